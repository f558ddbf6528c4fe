/**
 * "Nearest 24 hr police station to NW10 4AA": the desk(s), how far, whether
 * they are open now, directions, and the other kind of desk (open now vs
 * 24 hours) for comparison. Distances are straight-line and approximate.
 * A day or time named ("open at midnight", "on Sunday") is rendered by `nearestAt.ts`.
 */
import type { DateTime } from 'luxon';
import type { Answer } from '../../answers/answer';
import type { NearbyDesk } from '../../stations/nearest';
import type { OpeningState } from '../../stations/openingHours';
import { actionsOrNull, directionsUrl, openUrl, warningBlock, type CardElement, type Fact } from '../cards/elements';
import { CARD_TEMPLATES } from '../cards/templates';
import { fillTemplate } from '../cards/template';
import { answerInstant, formatDate } from '../format/dates';
import { distanceSpoken, distanceText } from '../format/distance';
import { stateText } from '../format/hours';
import { alwaysAvailableLine, noSpecialHoursLine } from '../format/moment';
import { addressLine, shortStationName } from '../format/names';
import { MET_URL, freshnessFooter, freshnessLine } from '../format/sources';
import { bold } from '../format/text';
import { distanceNote } from '../parts/nearby';
import type { RenderContext, ReplyDraft } from '../reply';
import { renderNearestAt } from './nearestAt';

type NearestAnswer = Extract<Answer, { kind: 'nearest' }>;
type Result = NearestAnswer['results'][number];

const WHAT: Record<NearestAnswer['desk'], string> = {
  '24/7': 'nearest 24-hour front counter',
  'open-now': 'nearest front counter open now',
  any: 'nearest front counter',
};

function stateOf(result: Result, now: DateTime): string {
  if (result.is24x7) return 'open 24 hours a day';
  return result.state ? stateText(result.state, now) : 'opening hours not known';
}

function deskLine(result: Result, now: DateTime): string {
  const address = addressLine(result.station);
  return `${bold(result.station.name)}, ${distanceText(result)} away: ${stateOf(result, now)}.${address ? ` Address: ${address}.` : ''}`;
}

function deskCard(result: Result, now: DateTime): CardElement {
  const state = stateOf(result, now);
  const open = result.is24x7 || result.state?.open === true;
  return fillTemplate(CARD_TEMPLATES.nearestDesk, {
    name: result.station.name,
    distance: `${distanceText(result)}${result.approximate ? ' (location approximate)' : ''}`,
    state: state.charAt(0).toUpperCase() + state.slice(1),
    stateColor: open ? 'Good' : 'Attention',
    address: addressLine(result.station),
    directionsUrl: result.station.location ? directionsUrl(result.station.location) : null,
  });
}

/** The other option worth a line: the 24-hour desk after an open-now answer, and the reverse. */
function otherOptions(answer: NearestAnswer, now: DateTime): { lines: string[]; facts: Fact[]; offered: string[] } {
  const shown = new Set(answer.results.map((r) => r.station.id));
  const lines: string[] = [];
  const facts: Fact[] = [];
  const offered: string[] = [];
  const add = (label: string, desk: NearbyDesk & { state?: OpeningState | null }, state: string | null) => {
    if (shown.has(desk.station.id)) return;
    shown.add(desk.station.id);
    lines.push(`- ${label}: ${bold(desk.station.name)}, ${distanceText(desk)} away${state ? `, ${state}` : ''}.`);
    facts.push({ title: label, value: `${desk.station.name}, ${distanceText(desk)}${state ? `; ${state}` : ''}` });
    offered.push(shortStationName(desk.station));
  };
  const { openNow, open24x7, openToday } = answer.nearby;
  if (answer.desk !== 'open-now' && openNow) add('Nearest open now', openNow, openNow.state ? stateText(openNow.state, now) : null);
  if (answer.desk !== '24/7' && open24x7) add('Nearest open 24 hours', open24x7, null);
  // At night the desk open now may be far away; the nearest one opens in the morning.
  const first = answer.results[0];
  if (answer.desk !== 'any' && openToday && (!first || openToday.distanceKm < first.distanceKm)) {
    add('Nearer, but not open at this hour', openToday, openToday.state ? stateText(openToday.state, now) : null);
  }
  return { lines, facts, offered };
}

export function renderNearest(answer: NearestAnswer, _context: RenderContext): ReplyDraft {
  const { moment } = answer;
  // A day or time named: the desks open then. A special day with no one date ("bank holidays"): as now, said honestly.
  if (moment && moment.dates.length > 0) return renderNearestAt({ ...answer, moment });
  const special = moment?.specialDay;
  return renderNearestNow(answer, special ? [noSpecialHoursLine(special)] : [], special ? alwaysAvailableLine(moment.contacts) : '');
}

/** The nearest desks now; `notes` lead the reply (and the card), `after` follows the list. */
function renderNearestNow(answer: NearestAnswer, notes: string[], after: string): ReplyDraft {
  const now = answerInstant(answer.at, answer.asOf);
  const from = answer.from.label;
  const what = WHAT[answer.desk];
  const [first, ...rest] = answer.results;
  const other = otherOptions(answer, now);
  const note = distanceNote(answer.from);
  const fromShort = answer.from.stationId ? from.replace(/\s+Police Station.*$/i, '') : from;

  if (!first) {
    const text = `I couldn't find a ${what.replace('nearest ', '')} near ${from} as of ${formatDate(answer.asOf)}.`;
    return {
      paragraphs: [...notes, text, other.lines.length > 0 ? ['Other options:', ...other.lines].join('\n') : '', other.lines.length > 0 ? note : '', after, freshnessLine(answer)],
      suggestions: ['Which desks are open 24/7?', 'How do I report a crime?'],
    };
  }

  const headline = `The ${what} to ${from} is ${deskLine(first, now)}`;
  const more = rest.length > 0 ? ['Next nearest:', ...rest.map((r) => `- ${deskLine(r, now)}`)].join('\n') : '';
  const others = other.lines.length > 0 ? ['Also near you:', ...other.lines].join('\n') : '';

  const card = fillTemplate(CARD_TEMPLATES.nearest, {
    title: `${what.charAt(0).toUpperCase()}${what.slice(1)} to ${from}`,
    asOfLine: `As of ${formatDate(answer.asOf)}`,
    desks: [...notes.map((n) => warningBlock(n)), ...answer.results.map((r) => deskCard(r, now))],
    otherFacts: other.facts,
    distanceNote: note,
    footer: freshnessFooter(answer),
    actions: actionsOrNull([openUrl('met.police.uk', MET_URL)]),
  });

  const firstShort = shortStationName(first.station);
  const suggestions = [
    `${firstShort} opening hours`,
    answer.desk === '24/7' ? `Nearest open desk to ${fromShort}` : `Nearest 24-hour desk to ${fromShort}`,
    ...other.offered.slice(0, 1).map((s) => `${s} opening hours`),
    'How do I report a crime?',
  ];

  return {
    paragraphs: [...notes, headline, more, others, note, after, freshnessLine(answer)],
    speak: `The ${what} to ${from} is ${first.station.name}, ${distanceSpoken(first)} away. It is ${stateOf(first, now)}.`,
    card,
    suggestions,
  };
}
