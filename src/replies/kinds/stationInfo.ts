/**
 * One station's address and history: "Ilford station address", "when did
 * Fulham police station close", "was Hammersmith closed for a while?", and
 * a station we cannot measure distances from.
 */
import type { Answer } from '../../answers/answer';
import type { TimelineEvent } from '../../stations/model';
import type { PlanStep } from '../../stations/timeline';
import { directionsUrl, type Fact } from '../cards/elements';
import { answerInstant, datedLabel, formatDate, markOf, onDate } from '../format/dates';
import { scheduleValueText, stateText } from '../format/hours';
import { addressLine, planShortName, shortStationName } from '../format/names';
import { citedOf } from '../format/sources';
import { afterAColon, bold, capitalise, countWord, lowerFirst, plural, pounds, sentence } from '../format/text';
import { DateTime } from 'luxon';
import { LONDON } from '../../stations/hours/londonTime';
import { describeNearby } from '../parts/nearby';
import { describeStatus } from '../parts/status';
import type { AnswerSections } from '../sections';
import { movedLine } from './stationStatus';

type AddressAnswer = Extract<Answer, { kind: 'station-address' }>;
type HistoryAnswer = Extract<Answer, { kind: 'station-history' }>;
type NoLocationAnswer = Extract<Answer, { kind: 'no-location-for-station' }>;

export function renderStationAddress(answer: AddressAnswer): AnswerSections {
  const { station, status } = answer;
  const address = addressLine(station);
  const today = answerInstant(answer.at, answer.asOf).toISODate() ?? answer.asOf;
  const meaning = describeStatus(status, today);
  const short = shortStationName(station);
  const statusLine = meaning.headline.replace(/^The front counter at \*\*[^*]+\*\* is/, 'Its front counter is');
  // Asked how to get there by bus, Tube or train: the data has no routes, so say so, with the address and where to look.
  const byTransport = answer.byTransport && address;
  // Asked for a map or directions: the bot gives no route itself (the card's Directions link opens Google Maps), said first, then the address and whether it is open now.
  const cannotSend = answer.mapOrDirections && !byTransport ? "I can't give turn-by-turn directions myself" : null;
  const headline = byTransport
    ? `I don't have ${answer.journey ? 'journey times or routes' : 'bus, Tube or train routes'}, but ${bold(station.name)} is at ${address}.`
    : address
      ? cannotSend ? `${cannotSend}, but ${bold(station.name)} is at ${address}.` : `${bold(station.name)}: ${address}.`
      : `${cannotSend ? `${cannotSend}, and I` : 'I'} don't have an address for ${bold(station.name)}. Check met.police.uk for it.`;
  return {
    headline,
    keyLines: byTransport
      ? [`TfL's Journey Planner (tfl.gov.uk) gives routes${answer.journey ? ' and times' : ''} from where you are.`, statusLine]
      : [...(answer.now ? [`${capitalise(stateText(answer.now, answerInstant(answer.at, answer.asOf)))}.`] : []), statusLine],
    card: {
      title: station.name,
      badge: meaning.badge,
      asOfLine: address ?? 'Address not known',
      facts: meaning.hoursFacts.length > 0 ? { heading: 'Opening hours (London time)', facts: meaning.hoursFacts } : null,
      links: station.location ? [{ title: 'Directions', url: directionsUrl(station.location) }] : [],
    },
    details: meaning.history,
    cautions: meaning.cautions,
    sources: { cited: meaning.cited, publishers: answer.publishers },
    dating: { asOf: status.asOf, verifiedOn: answer.verifiedOn, sourcesUpTo: answer.sourcesUpTo, beyondSources: status.beyondSources },
    speak: byTransport || cannotSend ? headline.replaceAll('**', '') : `${station.name}${address ? `: ${address}` : ': address not known'}.`,
    suggestions: [`Is ${short} open now?`, `${short} opening hours`, `Nearest 24-hour desk to ${short}`],
  };
}

const STAGE_WORDS: Record<PlanStep['stage'], string> = {
  proposed: 'proposed',
  decided: 'decided',
  implemented: 'carried out',
  reversed: 'reversed',
  paused: 'reported paused',
  note: 'note',
};

/** What a row says, in words: `Opening hours: Mon–Fri 10:00–22:00`, `Front counter closed to the public`. */
function eventText(event: TimelineEvent): string {
  if (event.kind === 'hours') return `Opening hours: ${lowerFirst(scheduleValueText(event.value))}`;
  return capitalise(pounds(event.value));
}

/** `14 December 2017: Front counter closed to the public (2017 Public Access Strategy (MOPAC))`; plans named as the answer's plan steps name them. */
function eventLine(event: TimelineEvent, planNames: ReadonlyMap<string, string>): string {
  const plan = event.planId ? ` (${planShortName(event.planId, planNames.get(event.planId))})` : '';
  const doubt = event.conflict ? ' [disputed by other sources]' : event.confidence === 'low' ? ' [limited evidence]' : '';
  return `${datedLabel(event)}: ${eventText(event)}${plan}${doubt}`;
}

/**
 * Closures that ended: a `closed` row followed by a later `opened` row. Read
 * straight off the rows the answer holds ("was Hammersmith closed for a while?").
 */
function temporaryClosures(events: readonly TimelineEvent[]): { closed: TimelineEvent; reopened: TimelineEvent }[] {
  const out: { closed: TimelineEvent; reopened: TimelineEvent }[] = [];
  let open: TimelineEvent | null = null;
  for (const e of events) {
    if (e.conflict) continue;
    if (e.kind === 'closed') open = e;
    else if (e.kind === 'opened' && open) {
      out.push({ closed: open, reopened: e });
      open = null;
    }
  }
  return out;
}

/** Words of a desk moving in a closing row: "counter moved to Shepherd's Bush", "relocated to Barkingside". */
const MOVED_IN_ROW = /\b(?:moved|moving|relocated|relocation|transferred|operating at)\b/i;

/**
 * "Did Hammersmith move?": yes, while it was closed for a while (the closure's row says where), or a closed counter's desk
 * moved to another (the timeline's moves); else that the sources record no move, with what they do record.
 */
function movedText(name: string, events: readonly TimelineEvent[], answer: Pick<HistoryAnswer, 'status' | 'moves' | 'moved'>): string {
  const { status } = answer;
  // "Where did it move to?" asks no yes or no: what the sources record leads.
  const where = answer.moved === 'where';
  const spells = temporaryClosures(events);
  const movedSpells = spells.filter((s) => MOVED_IN_ROW.test(`${s.closed.value}`));
  if (movedSpells.length > 0) return `${where ? 'For a while' : 'Yes, for a while'}: the front counter at ${bold(name)} moved while it was closed. ${capitalise(spellsText(movedSpells))}.`;
  const moved = movedLine(answer.moves);
  // "Where did it move to?", "which counter replaced it?": where it went first, then when it closed.
  if (status.counter === 'closed' && moved && where) return `${moved.replace(/^Its counter moved/, `The front counter at ${bold(name)} moved`)} ${shortStationName(status.station)}'s own counter closed${status.since ? ` ${onDate(status.since)}` : ''}.`;
  if (status.counter === 'closed' && moved) return `Yes: the front counter at ${bold(name)} closed${status.since ? ` ${onDate(status.since)}` : ''}. ${moved}`;
  if (status.counter === 'closed') return `My sources record no move of the front counter at ${bold(name)}: it closed${status.since ? ` ${onDate(status.since)}` : ''}, and has not reopened.`;
  if (spells.length > 0) return `My sources record no move of the front counter at ${bold(name)}, only a closure for a while: ${spellsText(spells)}.`;
  return `${where ? 'M' : 'No: m'}y sources record no move or temporary closure of the front counter at ${bold(name)}.`;
}

function temporaryClosureText(name: string, events: readonly TimelineEvent[], answer: Pick<HistoryAnswer, 'status' | 'reopening' | 'alwaysOpen' | 'why' | 'moved' | 'moves'>): string {
  const { status } = answer;
  if (answer.moved) return movedText(name, events, answer);
  const spells = temporaryClosures(events);
  // "Will it reopen?" of a counter closed now: whether a reopening is decided ahead leads, then when it closed.
  if (answer.reopening === 'ahead' && status.counter === 'closed') {
    const reopens = status.upcoming.find((u) => u.becomes === 'open');
    const closed = status.since ? ` it closed ${onDate(status.since)}` : ' it is closed';
    return reopens
      ? `Yes: the front counter at ${bold(name)} is due to reopen ${onDate(markOf(reopens.event))}, as decided under the ${reopens.decidedBy.planName};${closed}.`
      : `My sources show no plan to reopen the front counter at ${bold(name)}:${closed}.`;
  }
  if (answer.reopening === 'ahead' && status.counter === 'open') return `The front counter at ${bold(name)} is open, so there is no reopening to come.`;
  // "When did it reopen?": the latest reopening first, then the closure it ended.
  const last = spells.at(-1);
  if (answer.reopening && last) {
    return `The front counter at ${bold(name)} reopened ${onDate(markOf(last.reopened))}, after closing ${onDate(markOf(last.closed))} (${pounds(last.closed.value)}).`;
  }
  // "Why did it close?" of a counter open again: what the sources record of that closure is the reason they give.
  if (answer.why && last) {
    return `The front counter at ${bold(name)} closed ${onDate(markOf(last.closed))}; my sources record: ${pounds(last.closed.value)}. It reopened ${onDate(markOf(last.reopened))}.`;
  }
  // "Has it always been open?" is "was it ever closed?" turned round: a closure on record answers No.
  const answerWord = answer.alwaysOpen ? 'No' : 'Yes';
  // "was Pinner ever closed?" of a counter that closed for good: yes, and when.
  if (spells.length === 0 && status.counter === 'closed' && status.since) {
    return `${answer.alwaysOpen ? 'No: the' : 'The'} front counter at ${bold(name)} closed ${onDate(status.since)}, and has not reopened.`;
  }
  if (spells.length === 0) {
    return answer.alwaysOpen
      ? `Yes, as far as my sources go: they show no closure of the front counter at ${bold(name)}.`
      : `My sources show no temporary closure of the front counter at ${bold(name)}.`;
  }
  return `${answerWord}: the front counter at ${bold(name)} was closed for a while. ${capitalise(spellsText(spells))}.`;
}

/** `it closed on 8 October 2016 (…) and reopened on 29 September 2020; then it closed …`: each closure that ended. */
function spellsText(spells: readonly { closed: TimelineEvent; reopened: TimelineEvent }[]): string {
  return spells.map(({ closed, reopened }) => `it closed ${onDate(markOf(closed))} (${pounds(closed.value)}) and reopened ${onDate(markOf(reopened))}`).join('; then ');
}

/** Rows worth listing in a history: what happened, not every restatement of the same hours. */
function historyEvents(events: readonly TimelineEvent[]): TimelineEvent[] {
  const out: TimelineEvent[] = [];
  let lastHours: string | null = null;
  for (const e of events) {
    if (e.kind === 'hours') {
      if (e.value === lastHours) continue;
      lastHours = e.value;
    }
    if (e.kind.startsWith('proposed-') || e.kind.startsWith('decided-')) continue; // the plan lines say these
    out.push(e);
  }
  return out;
}

/**
 * Since when a counter's hours apply, from the status line that dates them ("These hours apply from 3 March 2026 under
 * ...", "These hours were first reported in 2024."): the counter named, as the first sentence of an answer.
 */
function hoursSinceText(line: string | undefined, name: string): string | null {
  const plan = line?.match(/^These hours apply from (.+)\.$/);
  if (plan) return `The front counter at ${name} has had these hours since ${plan[1].replace(/ under /, ', under ')}.`;
  const reported = line?.match(/^These hours were first reported (?:on|in) (.+)\.$/);
  if (reported) return `The front counter at ${name} has had these hours since at least ${reported[1]}, when they were first reported.`;
  return null;
}

/**
 * "Since when?" of hours that a later row only restated (Lewisham: 24/7 reported from November 2017, kept by the 2025
 * review from 3 March 2026): since the first report of the same hours with no closure between, then when the latest
 * row set them again. Null when the latest row is the first with these hours.
 */
function sameHoursBefore(answer: HistoryAnswer, name: string): string | null {
  const current = answer.events.find((e) => e.id === answer.status.hours?.eventId);
  if (!current) return null;
  // The timeline gives a station's rows oldest first.
  const ordered = answer.events.filter((e) => !e.conflict && e.date <= current.date);
  let first: TimelineEvent = current;
  for (let i = ordered.length - 1; i >= 0; i--) {
    const e = ordered[i];
    if (e.kind === 'closed' || e.kind === 'opened' || (e.kind === 'hours' && e.value !== current.value)) break;
    if (e.kind === 'hours' && e.date < first.date) first = e;
  }
  if (first === current) return null;
  const plan = current.planId ? answer.plans.find((p) => p.planId === current.planId)?.planName : undefined;
  return `The front counter at ${name} has had these hours since at least ${formatDate(first.date, first.datePrecision)}, when my sources first report them${plan ? `; the ${plan} kept them from ${formatDate(current.date, current.datePrecision)}` : ''}.`;
}

/**
 * How long before `asOf` a dated mark fell: "nine months ago", "8 years and 11 months ago", "about 9 years ago" (a year
 * only), "at least ..." (known only by that date). Null if it falls after `asOf`.
 */
export function timeAgo(mark: { date: string; precision: string; qualifier?: string }, asOf: string): string | null {
  const from = DateTime.fromISO(mark.date.length === 4 ? `${mark.date}-01-01` : mark.date.length === 7 ? `${mark.date}-01` : mark.date, { zone: LONDON });
  const to = DateTime.fromISO(asOf, { zone: LONDON });
  if (!from.isValid || !to.isValid || from > to) return null;
  const { years, months, days } = to.diff(from, ['years', 'months', 'days']).toObject();
  const y = Math.floor(years ?? 0);
  const m = Math.floor(months ?? 0);
  const d = Math.floor(days ?? 0);
  const count = (n: number, unit: string) => `${countWord(n)} ${plural(n, unit)}`;
  const span =
    mark.precision === 'year'
      ? `about ${count(Math.max(1, y), 'year')}`
      : y > 0
        ? m > 0 && mark.precision !== 'month' ? `${count(y, 'year')} and ${count(m, 'month')}` : `${mark.precision === 'month' ? 'about ' : ''}${count(y, 'year')}`
        : m > 0
          ? `${mark.precision === 'month' ? 'about ' : ''}${count(m, 'month')}`
          : d > 0 ? count(d, 'day') : 'today';
  if (span === 'today') return 'Today';
  return `${mark.qualifier === 'by' ? 'at least ' : ''}${span} ago`;
}

export function renderStationHistory(answer: HistoryAnswer): AnswerSections {
  const { station, status, topic } = answer;
  const now = answerInstant(answer.at, answer.asOf);
  const meaning = describeStatus(status, now.toISODate() ?? answer.asOf);
  const short = shortStationName(station);
  const name = bold(station.name);

  let headline: string;
  // The counter named just before: "It is open: ...".
  const itIs = meaning.headline.replace(/^The front counter at \*\*[^*]+\*\* is/, 'It is');
  let keyLines: string[] = [];
  const hoursFrom = answer.hoursSince && status.counter === 'open' ? (sameHoursBefore(answer, name) ?? hoursSinceText(meaning.history[0], name)) : null;
  if (hoursFrom) {
    // "Since when?" after its hours: since when they apply, then the hours themselves.
    headline = hoursFrom;
    keyLines = [itIs];
  } else if ((topic === 'closure-date' || answer.hoursSince) && status.counter === 'closed' && status.since) {
    headline = meaning.history[0]?.replace(/^It closed/, `The front counter at ${name} closed`) ?? `The front counter at ${name} closed ${onDate(status.since)}.`;
    keyLines = meaning.history.slice(1, 2);
    // "how long ago did wimbledon close": how long ago first, the date and the plan after.
    const ago = answer.agoAsked ? timeAgo(status.since, answer.asOf) : null;
    if (ago) headline = `${capitalise(ago)}: ${afterAColon(headline)}`;
  } else if (topic === 'closure-date' && status.counter === 'open' && temporaryClosures(answer.events).length > 0) {
    // "When did hammersmith close?" of a counter that closed and reopened: the closure asked about, then that it reopened.
    headline = `The front counter at ${name} has not closed for good: ${spellsText(temporaryClosures(answer.events))}.`;
    keyLines = [itIs];
  } else if (topic === 'closure-date' && status.counter === 'open') {
    headline = `The front counter at ${name} has not closed: ${meaning.headline.replace(/^.*? is open/, 'it is open')}`;
  } else if (topic === 'temporary-closure') {
    headline = temporaryClosureText(station.name, answer.events, answer);
    keyLines = status.counter === 'closed' && temporaryClosures(answer.events).length === 0 ? meaning.history.slice(1, 2) : [meaning.headline];
  } else if (status.counter === 'open' && temporaryClosures(answer.events).length > 0) {
    // "What happened to hammersmith?" of a counter that closed and reopened: what happened (the closure and the
    // reopening) first, then that it is open today.
    headline = `The front counter at ${name} was closed for a while: ${spellsText(temporaryClosures(answer.events))}.`;
    keyLines = [itIs];
  } else {
    headline = meaning.headline;
    keyLines = meaning.history.slice(0, 1);
  }

  // "Did wimbledon close?": Yes or No leads the closing said ("has not closed for good" of one that reopened is neither).
  if (answer.closedAsked && topic === 'closure-date' && !hoursFrom) {
    if (status.counter === 'closed' && status.since) headline = `Yes, ${afterAColon(headline)}`;
    else if (status.counter === 'open' && temporaryClosures(answer.events).length === 0) headline = `No, ${afterAColon(headline)}`;
  }
  const shown = historyEvents(answer.events);
  const planNames = new Map(answer.plans.map((p) => [p.planId, p.planName]));
  const decisions = answer.plans
    .filter((p) => p.stage === 'decided' || p.stage === 'proposed')
    .map((p) => `${formatDate(p.date, p.precision)}: ${capitalise(STAGE_WORDS[p.stage])} under the ${planShortName(p.planId, p.planName)}: ${sentence(p.value)}`);
  const nearby = describeNearby(answer.nearby, now);
  const facts: Fact[] = shown.slice(0, 20).map((e) => ({ title: datedLabel(e), value: eventText(e) }));

  return {
    headline,
    // A doubt about the answer itself (a source saying a closed counter was open after it closed) is said here too, as
    // a status answer says it: "when did woodford close" rests on what the sources disagree about.
    // Of a closed counter, where to go instead comes before what was reported at the time.
    keyLines: [...(meaning.mustKnow ? [meaning.mustKnow] : []), ...(status.counter === 'open' ? keyLines : [...nearby.lines.slice(0, 1), ...keyLines])],
    // What happened, in order: this is the answer to a question about a station's past.
    list: topic === 'general' && shown.length > 0 ? { heading: `What happened at ${station.name}:`, items: shown.slice(-8).map((e) => eventLine(e, planNames)) } : null,
    card: {
      title: `${station.name}: history`,
      badge: meaning.badge,
      asOfLine: `As of ${formatDate(status.asOf)}`,
      facts: facts.length > 0 ? { facts } : null,
      alternatives: nearby.facts.length > 0 ? { heading: 'Where to go instead', facts: nearby.facts, note: nearby.note } : null,
      links: nearby.links,
    },
    details: [...meaning.history, ...(topic === 'general' ? decisions : shown.map((e) => eventLine(e, planNames)))],
    // The doubt a status answer says up front is a caution here.
    cautions: [meaning.mustKnow, ...meaning.cautions].filter((c): c is string => c !== null),
    sources: { cited: [...meaning.cited, ...citedOf(shown)], publishers: answer.publishers },
    dating: { asOf: status.asOf, verifiedOn: answer.verifiedOn, sourcesUpTo: answer.sourcesUpTo, beyondSources: status.beyondSources },
    speak: headline,
    suggestions:
      status.counter === 'open'
        ? [`Is ${short} open now?`, `${short} opening hours`, 'Why did counters close?']
        : [`Nearest open desk to ${short}`, 'Why did counters close?', 'Which desks are open 24/7?'],
  };
}

export function renderNoLocation(answer: NoLocationAnswer): AnswerSections {
  const meaning = describeStatus(answer.status);
  return {
    headline: `I don't have a location for ${bold(answer.station.name)}, so I can't measure distances from it.`,
    keyLines: ['Tell me your postcode or area (for example E17 4PP or Walthamstow) and I will find the nearest front counter.', meaning.headline],
    inputHint: 'expectingInput',
  };
}
