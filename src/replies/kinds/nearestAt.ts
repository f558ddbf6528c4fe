/**
 * "Any desk open at midnight near N4?", "nearest station open on Sunday to E17 4PP?", "open on Christmas Day?":
 * the nearest desks for the moment named, with their hours then, the nearer desk open earlier or later that
 * day, and for special days the honest line that the data has no hours for them (the usual weekday's are given).
 */
import type { DateTime } from 'luxon';
import type { Answer, NearestMoment, NearestResult } from '../../answers/answer';
import { formatLondonTime, type DayHours } from '../../stations/openingHours';
import { answerInstant, formatDate, londonDateTime } from '../format/dates';
import { distanceSpoken, distanceText } from '../format/distance';
import { dayHoursCell } from '../format/hours';
import { alwaysAvailableLine, momentText, noSpecialHoursLine, onDayText } from '../format/moment';
import { shortStationName } from '../format/names';
import { citedOfHours } from '../format/sources';
import { bold, capitalise, joinAnd } from '../format/text';
import { distanceNote } from '../parts/nearby';
import type { AnswerSections } from '../sections';
import { deskCard, deskLine, fromSaid, fromShort, otherOptionsCollector, type OtherOptions } from './nearest';

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

/** The nearer desk open earlier or later that day, and the nearest 24-hour desk, when not already listed. */
function otherOptions(answer: NearestAtAnswer, now: DateTime): OtherOptions {
  const { moment } = answer;
  const other = otherOptionsCollector(answer.results, answer.passed);
  const sameDay = moment.openThatDay;
  if (sameDay && moment.when?.kind === 'instant' && sameDay.days[0]) {
    const time = formatLondonTime(londonDateTime(moment.when.iso));
    other.add(`Nearer, but not open at ${time}`, sameDay, `${dayText(sameDay.days[0])} ${onDayText(sameDay.days[0].date, now)}`);
  }
  if (answer.desk !== '24/7' && moment.open24x7) other.add('Nearest open 24 hours', moment.open24x7, null);
  return other;
}

/** `front counter open at 00:00 tonight`, `24-hour front counter on Sunday 29 November`. */
function whatText(answer: NearestAtAnswer, when: string): string {
  return answer.desk === '24/7' ? `24-hour front counter ${when}` : `front counter open ${when}`;
}

/** On a special day the usual weekday stands in: `on a usual Friday`, `at 03:00 on a usual Saturday`. */
function usualDayText(moment: NearestMoment): string {
  const dayName = londonDateTime(moment.dates[0]).setLocale('en-GB').toFormat('cccc');
  if (moment.when?.kind === 'instant') return `at ${formatLondonTime(londonDateTime(moment.when.iso))} on a usual ${dayName}`;
  return `on a usual ${dayName}`;
}

/**
 * An hour said without am or pm ("open at 9 on monday near SE1"): the other half of that day beside the hour taken, as for
 * one counter: the same desk ("At 21:00 it is the nearest open too.") or another ("If you meant 21:00, Walworth, 1.2 km, is open then.").
 */
function otherHalfText(other: NonNullable<NearestMoment['otherHalf']>, first: NearestResult): string {
  const at = formatLondonTime(londonDateTime(other.iso));
  if (!other.nearest) return `If you meant ${at}, none near is open then.`;
  if (other.nearest.station.id === first.station.id) return `At ${at} it is the nearest open too.`;
  return `If you meant ${at}, ${bold(shortStationName(other.nearest.station))}, ${distanceText(other.nearest)}, is open then.`;
}

/** Renders a nearest answer for a moment with at least one date (`moment.dates` not empty). */
export function renderNearestAt(answer: NearestAtAnswer): AnswerSections {
  const now = answerInstant(answer.at, answer.asOf);
  const { moment } = answer;
  const from = fromSaid(answer);
  const special = moment.specialDay ?? null;
  const when = momentText(moment.when, now) ?? '';
  const [first, ...rest] = answer.results;
  const other = otherOptions(answer, now);
  const note = distanceNote(answer.from);
  const caveat = special ? noSpecialHoursLine(special) : '';
  const always = special ? alwaysAvailableLine(moment.contacts) : '';
  const dating = { asOf: answer.asOf, verifiedOn: answer.verifiedOn, sourcesUpTo: answer.sourcesUpTo, beyondSources: answer.asOf > answer.sourcesUpTo };

  if (!first) {
    return {
      headline: answer.passed ? `I know of no other ${whatText(answer, when)} near ${from} beyond those I have given.` : `${caveat ? `${caveat} ` : ''}I couldn't find a ${whatText(answer, when)} near ${from}.`,
      keyLines: [...other.lines, always],
      dating,
      suggestions: [`Nearest open desk to ${fromShort(answer)}`, 'Which desks are open 24/7?', 'How do I report a crime?'],
    };
  }

  // A special day has no hours of its own: the desks are those open on that weekday as usual, and the lead says so.
  const lead = special
    ? `${capitalise(usualDayText(moment))}, the nearest ${answer.desk === '24/7' ? '24-hour front counter' : 'front counter open'} to ${from} is`
    : `The ${answer.passed ? 'next ' : ''}nearest ${whatText(answer, when)} to ${from} is`;
  const otherHalf = moment.otherHalf ? ` ${otherHalfText(moment.otherHalf, first)}` : '';
  const headline = `${lead} ${bold(first.station.name)}, ${distanceText(first)} away: ${stateAt(first, moment)}.${otherHalf}`;
  const next = rest.map((r) => deskLine('Next nearest', r, stateAt(r, moment)));
  const title = special ? `Nearest front counter to ${from}: ${special.label}` : capitalise(`nearest ${whatText(answer, when)} to ${from}`);
  return {
    headline: special ? `${caveat} ${headline}` : headline,
    keyLines: [...(special ? [always] : []), ...other.lines, ...next],
    card: {
      title,
      asOfLine: `As of ${formatDate(answer.asOf)}; times are London time`,
      blocks: answer.results.map((r) => deskCard(r, stateAt(r, moment), true)),
      alternatives: other.facts.length > 0 ? { heading: 'Also near you', facts: other.facts } : null,
    },
    details: [note, ...next.slice(1)],
    sources: { cited: citedOfHours(answer.results.map((r) => r.hours)), publishers: answer.publishers },
    dating,
    speak: `${special ? `${caveat} ` : ''}${lead} ${first.station.name}, ${distanceSpoken(first)} away, ${stateAt(first, moment).replace(/–/g, ' to ')}.`,
    suggestions: [`${shortStationName(first.station)} opening hours`, ...other.offered.slice(0, 1).map((s) => `${s} opening hours`), `Nearest open desk to ${fromShort(answer)}`],
  };
}
