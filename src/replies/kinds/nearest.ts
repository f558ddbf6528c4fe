/**
 * "Nearest 24 hr police station to NW10 4AA": the nearest desk, how far,
 * whether it is open now; then the other kind of desk (open now vs 24 hours)
 * and the next nearest. Distances are straight-line and approximate.
 * A day or time named ("open at midnight", "on Sunday") is rendered by `nearestAt.ts`.
 */
import type { DateTime } from 'luxon';
import type { Answer, NearestResult } from '../../answers/answer';
import type { NearbyDesk } from '../../stations/nearest';
import type { OpeningState } from '../../stations/openingHours';
import { directionsUrl, type CardElement, type Fact } from '../cards/elements';
import { expandCard, shownIf } from '../cards/templates';
import { answerInstant, formatDate } from '../format/dates';
import { distanceShort, distanceSpoken, distanceText, stateAfter } from '../format/distance';
import { stateText } from '../format/hours';
import { alwaysAvailableLine, noSpecialHoursLine } from '../format/moment';
import { addressLine, shortStationName } from '../format/names';
import { citedOfHours } from '../format/sources';
import { bold, capitalise, joinAnd, sentence } from '../format/text';
import { distanceNote } from '../parts/nearby';
import type { AnswerSections } from '../sections';
import { renderNearestAt } from './nearestAt';

type NearestAnswer = Extract<Answer, { kind: 'nearest' }>;

const WHAT: Record<NearestAnswer['desk'], string> = {
  '24/7': 'nearest 24-hour front counter',
  'open-now': 'nearest front counter open now',
  any: 'nearest front counter',
};

function stateOf(result: NearestResult, now: DateTime): string {
  if (result.is24x7) return 'open 24 hours a day';
  return result.state ? stateText(result.state, now) : 'opening hours not known';
}

/** One desk of a nearest answer on the card: name, distance, state, address, directions. */
export function deskCard(result: NearestResult, state: string, open: boolean): CardElement {
  return expandCard('nearestDesk', {
    name: result.station.name,
    distance: `${distanceText(result)}${result.approximate ? ' (location approximate)' : ''}`,
    state: capitalise(state),
    stateColor: open ? 'Good' : 'Attention',
    address: shownIf(addressLine(result.station)),
    directionsUrl: shownIf(result.station.location ? directionsUrl(result.station.location) : null),
  });
}

/** `Next nearest: **Acton**, about 2.1 km (1.3 miles), open now, until 22:00.` */
export function deskLine(label: string, desk: NearbyDesk, state: string | null): string {
  const after = stateAfter(label, state);
  return `${label}: ${bold(shortStationName(desk.station))}, ${distanceShort(desk)}${after ? `, ${after}` : ''}.`;
}

export interface OtherOptions {
  lines: string[];
  facts: Fact[];
  offered: string[];
}

/** Collects the other desks worth a line, each once and never one already listed. */
export function otherOptionsCollector(listed: readonly NearestResult[], givenBefore: readonly string[] = []): OtherOptions & { add: (label: string, desk: NearbyDesk, state: string | null) => void } {
  const shown = new Set([...listed.map((r) => r.station.id), ...givenBefore]);
  const out = { lines: [] as string[], facts: [] as Fact[], offered: [] as string[] };
  const add = (label: string, desk: NearbyDesk, state: string | null) => {
    if (shown.has(desk.station.id)) return;
    shown.add(desk.station.id);
    out.lines.push(deskLine(label, desk, state));
    out.facts.push({ title: label, value: `${desk.station.name}, ${distanceText(desk)}${state ? `; ${state}` : ''}` });
    out.offered.push(shortStationName(desk.station));
  };
  return { ...out, add };
}

/** The other option worth a line: the 24-hour desk after an open-now answer, and the reverse. */
function otherOptions(answer: NearestAnswer, now: DateTime): OtherOptions {
  const other = otherOptionsCollector(answer.results, answer.passed);
  const { openNow, open24x7, openToday } = answer.nearby;
  const state = (d: { state: OpeningState | null } | null) => (d?.state ? stateText(d.state, now) : null);
  if (answer.desk !== 'open-now' && openNow) other.add('Nearest open now', openNow, state(openNow));
  if (answer.desk !== '24/7' && open24x7) other.add('Nearest open 24 hours', open24x7, null);
  // At night the desk open now may be far away; the nearest one opens in the morning.
  const first = answer.results[0];
  if (answer.desk !== 'any' && openToday && (!first || openToday.distanceKm < first.distanceKm)) other.add('Nearer, but not open at this hour', openToday, state(openToday));
  return other;
}

export function renderNearest(answer: NearestAnswer): AnswerSections {
  const { moment } = answer;
  // A day or time named: the desks open then. A special day with no one date ("bank holidays"): as now, said honestly.
  if (moment && moment.dates.length > 0) return renderNearestAt({ ...answer, moment });
  const special = moment?.specialDay;
  return renderNearestNow(answer, special ? noSpecialHoursLine(special) : null, special ? alwaysAvailableLine(moment.contacts) : null);
}

/** Where the desks are measured from, with the counters left out: "SE1 other than Walworth". */
export function fromSaid(answer: NearestAnswer): string {
  return answer.leftOut?.length ? `${answer.from.label} other than ${joinAnd(answer.leftOut.map((name) => shortStationName({ name })))}` : answer.from.label;
}

/** The place a suggestion names: a station by its short name. */
export function fromShort(answer: NearestAnswer): string {
  return answer.from.stationId ? answer.from.label.replace(/\s+Police Station.*$/i, '') : answer.from.label;
}

/** The nearest desks now; `special` leads when a special day with no date was asked, `always` follows. */
function renderNearestNow(answer: NearestAnswer, special: string | null, always: string | null): AnswerSections {
  const now = answerInstant(answer.at, answer.asOf);
  const from = fromSaid(answer);
  // Asked again ("and another?"): the desks given before are left out, so this one is the next nearest.
  const what = `${answer.passed ? 'next ' : ''}${WHAT[answer.desk]}`;
  const [first, ...rest] = answer.results;
  const other = otherOptions(answer, now);
  const note = distanceNote(answer.from);
  const dating = { asOf: answer.asOf, verifiedOn: answer.verifiedOn, sourcesUpTo: answer.sourcesUpTo, beyondSources: answer.asOf > answer.sourcesUpTo };

  if (!first) {
    return {
      headline: answer.passed
        ? `I know of no other ${WHAT[answer.desk].replace('nearest ', '')} near ${from} beyond those I have given.`
        : `${special ? `${special} ` : ''}I couldn't find a ${what.replace('nearest ', '')} near ${from}.`,
      keyLines: [...other.lines, always ?? ''],
      dating,
      suggestions: ['Which desks are open 24/7?', 'How do I report a crime?'],
    };
  }

  // A counter named as the starting point ("near clapham junction station" is Lavender Hill's) is its own nearest: said so, not "0 m from itself".
  const itself = answer.from.kind === 'station' && answer.from.stationId === first.station.id;
  // A street named that only a counter's address holds ("park lane": Croydon's): that counter, and another of the name asked for.
  const street = itself && answer.streetNamed && first.station.address ? answer.streetNamed : undefined;
  // A place known only as a counter's other name ("battersea" is Lavender Hill's): that counter, at its address; a
  // distance from its own point ("less than 100 metres") would say nothing of where in the place the resident is.
  const namedFor = !itself && answer.from.kind === 'place' && answer.from.stationId === first.station.id && first.distanceKm < 0.1 ? addressLine(first.station) : null;
  const headline = street
    ? `${bold(first.station.name)} is on ${street}: it is at ${first.station.address}, ${stateOf(first, now)}.`
    : itself
      ? `The ${what} is ${bold(first.station.name)}, right there: ${stateOf(first, now)}.`
      : namedFor
        ? `The ${what} to ${from} is ${bold(first.station.name)}, at ${namedFor}: ${stateOf(first, now)}.`
        : `The ${what} to ${from} is ${bold(first.station.name)}, ${distanceText(first)} away: ${stateOf(first, now)}.`;
  const anotherStreet = street ? [`If you meant another ${street}, tell me its postcode (the first half is enough) or its area, and I'll find the nearest front counter to it.`] : [];
  // "nearest station to hayes": the name is also a London place far from the counter given (Hayes in Bromley): one line for it.
  const namesake = answer.namesakeElsewhere;
  const elsewhere = namesake ? [`If you meant ${namesake.place} in ${namesake.borough}, the ${WHAT[answer.desk]} is ${bold(shortStationName(namesake.desk.station))}, ${distanceShort(namesake.desk)}.`] : [];
  const next = rest.map((r) => deskLine('Next nearest', r, stateOf(r, now)));
  const firstShort = shortStationName(first.station);
  // Where to go once the counter asked of closes: what a source says of that closure.
  const closingNote = answer.closingNote ? `A source of ${formatDate(answer.closingNote.date, answer.closingNote.datePrecision)} says: ${sentence(capitalise(answer.closingNote.value))}` : null;
  return {
    headline: special ? `${special} ${headline}` : headline,
    keyLines: [...anotherStreet, ...elsewhere, ...(closingNote ? [closingNote] : []), ...other.lines, ...next],
    card: {
      title: capitalise(`${what} to ${from}`),
      asOfLine: `As of ${formatDate(answer.asOf)}; times are London time`,
      blocks: answer.results.map((r) => deskCard(r, stateOf(r, now), r.is24x7 || r.state?.open === true)),
      alternatives: other.facts.length > 0 ? { heading: 'Also near you', facts: other.facts } : null,
    },
    details: [note, ...next.slice(1), always ?? ''],
    // The hours each desk listed is said to keep rest on their sources, as in a station's own answer.
    sources: { cited: citedOfHours(answer.results.map((r) => r.hours)), publishers: answer.publishers },
    dating,
    speak: street ? headline.replace(/\*\*/g, '') : itself ? `The ${what} is ${first.station.name}, right there. It is ${stateOf(first, now)}.` : `The ${what} to ${from} is ${first.station.name}, ${distanceSpoken(first)} away. It is ${stateOf(first, now)}.`,
    suggestions: [`${firstShort} opening hours`, ...other.offered.slice(0, 1).map((s) => `${s} opening hours`), answer.desk === '24/7' ? `Nearest open desk to ${fromShort(answer)}` : `Nearest 24-hour desk to ${fromShort(answer)}`],
  };
}
