/**
 * "Any desk open at midnight near N4?", "nearest station open on Sunday to E17 4PP?", "open on Christmas Day?":
 * the nearest desks for the moment named, with their hours then, the nearer desk open earlier or later that
 * day, and for special days the honest line that the data has no hours for them (the usual weekday's are given).
 */
import type { DateTime } from 'luxon';
import type { Answer, NearestMoment, NearestResult } from '../../answers/answer';
import type { NearbyDesk } from '../../stations/nearest';
import { formatLondonTime, type DayHours } from '../../stations/openingHours';
import { actionsOrNull, directionsUrl, openUrl, warningBlock, type CardElement, type Fact } from '../cards/elements';
import { CARD_TEMPLATES } from '../cards/templates';
import { fillTemplate } from '../cards/template';
import { answerInstant, formatDate, londonDateTime } from '../format/dates';
import { distanceSpoken, distanceText } from '../format/distance';
import { dayHoursCell } from '../format/hours';
import { alwaysAvailableLine, momentText, noSpecialHoursLine, onDayText } from '../format/moment';
import { addressLine, shortStationName } from '../format/names';
import { MET_URL, freshnessFooter, freshnessLine } from '../format/sources';
import { bold, capitalise, joinAnd } from '../format/text';
import { distanceNote } from '../parts/nearby';
import type { ReplyDraft } from '../reply';

type NearestAnswer = Extract<Answer, { kind: 'nearest' }>;
export type NearestAtAnswer = NearestAnswer & { moment: NearestMoment };

/** `22:00`, or `02:00 the next day` for a close after midnight. */
function closingTime(close: DateTime, instant: DateTime): string {
  const time = formatLondonTime(close);
  if (close.setZone('Europe/London').hasSame(instant.setZone('Europe/London'), 'day')) return time;
  return time === '00:00' ? 'midnight' : `${time} the next day`;
}

/** One day's hours after "open": `09:00–19:00`, `24 hours`, or `closed`. */
function dayText(day: DayHours): string {
  if (day.allDay) return 'open 24 hours';
  const cell = dayHoursCell(day);
  return cell === 'Closed' ? 'closed' : `open ${cell}`;
}

/** A desk's state at the moment asked: at an instant, until when it stays open; on days, its hours each day. */
function stateAt(result: NearestResult, moment: NearestMoment): string {
  if (result.is24x7 && moment.when?.kind === 'instant') return 'open 24 hours a day';
  if (moment.when?.kind === 'instant' && result.state?.open) return result.state.closesAt ? `open until ${closingTime(result.state.closesAt, londonDateTime(moment.when.iso))}` : 'open 24 hours a day';
  const days = result.days ?? [];
  if (days.length === 0) return 'opening hours not known';
  if (days.length === 1) return dayText(days[0]);
  const texts = days.map(dayText);
  if (days.length === 2 && texts[0] === texts[1]) return `${texts[0]} on both days`;
  return joinAnd(days.map((d, i) => `${d.dayName} ${texts[i].replace(/^open /, '')}`));
}

function deskLine(result: NearestResult, moment: NearestMoment): string {
  const address = addressLine(result.station);
  return `${bold(result.station.name)}, ${distanceText(result)} away: ${stateAt(result, moment)}.${address ? ` Address: ${address}.` : ''}`;
}

function deskCard(result: NearestResult, moment: NearestMoment): CardElement {
  return fillTemplate(CARD_TEMPLATES.nearestDesk, {
    name: result.station.name,
    distance: `${distanceText(result)}${result.approximate ? ' (location approximate)' : ''}`,
    state: capitalise(stateAt(result, moment)),
    stateColor: 'Good',
    address: addressLine(result.station),
    directionsUrl: result.station.location ? directionsUrl(result.station.location) : null,
  });
}

/** The nearer desk open earlier or later that day, and the nearest 24-hour desk, when not already listed. */
function otherOptions(answer: NearestAtAnswer, now: DateTime): { lines: string[]; facts: Fact[]; offered: string[] } {
  const { moment } = answer;
  const shown = new Set(answer.results.map((r) => r.station.id));
  const lines: string[] = [];
  const facts: Fact[] = [];
  const offered: string[] = [];
  const add = (label: string, desk: NearbyDesk, state: string | null) => {
    if (shown.has(desk.station.id)) return;
    shown.add(desk.station.id);
    lines.push(`- ${label}: ${bold(desk.station.name)}, ${distanceText(desk)} away${state ? `, ${state}` : ''}.`);
    facts.push({ title: label, value: `${desk.station.name}, ${distanceText(desk)}${state ? `; ${state}` : ''}` });
    offered.push(shortStationName(desk.station));
  };
  const sameDay = moment.openThatDay;
  if (sameDay && moment.when?.kind === 'instant' && sameDay.days[0]) {
    const time = formatLondonTime(londonDateTime(moment.when.iso));
    add(`Nearer, but not open at ${time}`, sameDay, `${dayText(sameDay.days[0])} ${onDayText(sameDay.days[0].date, now)}`);
  }
  if (answer.desk !== '24/7' && moment.open24x7) add('Nearest open 24 hours', moment.open24x7, null);
  return { lines, facts, offered };
}

/** `front counter open at 00:00 tonight`, `24-hour front counter on Sunday 29 November`. */
function whatText(answer: NearestAtAnswer, when: string): string {
  return answer.desk === '24/7' ? `24-hour front counter ${when}` : `front counter open ${when}`;
}

/** On a special day the usual weekday stands in: `on a usual Friday`, `at 03:00 on a usual Saturday`. */
function usualDayText(moment: NearestMoment): string {
  const date = moment.dates[0];
  const dayName = londonDateTime(date).setLocale('en-GB').toFormat('cccc');
  if (moment.when?.kind === 'instant') return `at ${formatLondonTime(londonDateTime(moment.when.iso))} on a usual ${dayName}`;
  return `on a usual ${dayName}`;
}

/** Renders a nearest answer for a moment with at least one date (`moment.dates` not empty). */
export function renderNearestAt(answer: NearestAtAnswer): ReplyDraft {
  const now = answerInstant(answer.at, answer.asOf);
  const { moment } = answer;
  const from = answer.from.label;
  const fromShort = answer.from.stationId ? from.replace(/\s+Police Station.*$/i, '') : from;
  const special = moment.specialDay ?? null;
  const when = momentText(moment.when, now) ?? '';
  const [first, ...rest] = answer.results;
  const other = otherOptions(answer, now);
  const note = distanceNote(answer.from);
  const caveat = special ? noSpecialHoursLine(special) : '';
  const always = special ? alwaysAvailableLine(moment.contacts) : '';

  if (!first) {
    const text = `I couldn't find a ${whatText(answer, when)} near ${from}.`;
    return {
      paragraphs: [caveat, text, other.lines.length > 0 ? ['Other options:', ...other.lines].join('\n') : '', other.lines.length > 0 ? note : '', always, freshnessLine(answer)],
      suggestions: [`Nearest open desk to ${fromShort}`, 'Which desks are open 24/7?', 'How do I report a crime?'],
    };
  }

  // A special day has no hours of its own: the desks are those open on that weekday as usual, and the lead says so.
  const lead = special
    ? `${capitalise(usualDayText(moment))}, the nearest ${answer.desk === '24/7' ? '24-hour front counter' : 'front counter open'} to ${from} is`
    : `The nearest ${whatText(answer, when)} to ${from} is`;
  const headline = `${lead} ${deskLine(first, moment)}`;
  const more = rest.length > 0 ? ['Next nearest:', ...rest.map((r) => `- ${deskLine(r, moment)}`)].join('\n') : '';
  const others = other.lines.length > 0 ? ['Also near you:', ...other.lines].join('\n') : '';
  const title = special ? `Nearest front counter to ${from}: ${special.label}` : capitalise(`nearest ${whatText(answer, when)} to ${from}`);

  const card = fillTemplate(CARD_TEMPLATES.nearest, {
    title,
    asOfLine: `As of ${formatDate(answer.asOf)}`,
    desks: [...(special ? [warningBlock(caveat)] : []), ...answer.results.map((r) => deskCard(r, moment))],
    otherFacts: other.facts,
    distanceNote: note,
    footer: special ? `${always} ${freshnessFooter(answer)}` : freshnessFooter(answer),
    actions: actionsOrNull([openUrl('met.police.uk', MET_URL)]),
  });

  const spokenLead = special ? `The data has no special-day hours for ${special.label}. ${capitalise(usualDayText(moment))}, the nearest counter open` : `The nearest ${whatText(answer, when)}`;
  return {
    paragraphs: [caveat, headline, more, others, note, always, freshnessLine(answer)],
    speak: `${spokenLead} to ${from} is ${first.station.name}, ${distanceSpoken(first)} away, ${stateAt(first, moment).replace(/–/g, ' to ')}.`,
    card,
    suggestions: [`${shortStationName(first.station)} opening hours`, ...other.offered.slice(0, 1).map((s) => `${s} opening hours`), `Nearest open desk to ${fromShort}`, 'How do I report a crime?'],
  };
}
