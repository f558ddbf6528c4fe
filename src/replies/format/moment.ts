/**
 * The moment a nearest question named, in words: `at 00:00 tonight`, `at 08:00 tomorrow (Friday 27 November)`,
 * `on Sunday 29 November`, `on Saturday 28 November or Sunday 29 November`, and the honest line for special
 * days, which the data has no hours for. Without a `now`, days are named in full (nothing is relative).
 */
import type { DateTime } from 'luxon';
import type { ContactFacts } from '../../answers/answer';
import { formatLondonDay, formatLondonTime } from '../../stations/openingHours';
import type { DayPart, SpecialDay, WhenAsked } from '../../understanding/question';
import { contactNumber } from './contacts';
import { formatDate, londonDateTime } from './dates';
import { dayLabel } from './hours';

/** Before this hour, the small hours after midnight are still "tonight" to a resident. */
const NIGHT_ENDS_HOUR = 6;
/** From this hour, later today is "tonight". */
const EVENING_STARTS_HOUR = 18;

/**
 * `at 00:00 tonight`, `at 16:00 today`, `at 08:00 tomorrow (Friday 27 November)`, `at 09:00 on Saturday 28 November`;
 * `before 09:00 tomorrow (...)` for a time asked with "before" (the instant is the minute before the time said).
 */
export function instantText(instant: DateTime, now: DateTime | null, before = false): string {
  const time = formatLondonTime(timeSaid(instant, before));
  const at = before ? 'before' : 'at';
  const full = formatLondonDay(instant);
  if (!now) return `${at} ${time} on ${full}`;
  const relative = formatLondonDay(instant, now);
  const hour = instant.setZone('Europe/London').hour;
  if (relative === 'today') return `${at} ${time} ${hour >= EVENING_STARTS_HOUR ? 'tonight' : 'today'}`;
  if (relative === 'tomorrow' && time === '00:00') return `${at} ${time} tonight`;
  if (relative === 'tomorrow' && hour < NIGHT_ENDS_HOUR) return `${at} ${time} tonight (early on ${full})`;
  if (relative === 'tomorrow') return `${at} ${time} tomorrow (${full})`;
  return `${at} ${time} on ${relative}`;
}

/** The time the resident said: for "before 9am" the instant worked out is 08:59, the time said 09:00. */
export function timeSaid(instant: DateTime, before = false): DateTime {
  return before ? instant.plus({ minutes: 1 }) : instant;
}

/** `on Sunday 29 November`, `today (Thursday 26 November)`, `tomorrow (Friday 27 November)`. */
export function onDayText(isoDate: string, now: DateTime | null): string {
  // Mid-sentence, a relative day names its date in brackets: "open tomorrow (Friday 27 November) near E17".
  const label = dayLabel(isoDate, now).replace(/^(today|tomorrow|yesterday), (.*)$/, '$1 ($2)');
  return /^(?:today|tomorrow|yesterday)\b/.test(label) ? label : `on ${label}`;
}

export const PART_WORDS: Readonly<Record<DayPart, string>> = { morning: 'in the morning', afternoon: 'in the afternoon', evening: 'in the evening', night: 'at night' };

/** `this evening (Thursday 26 November)`, `tonight (...)`, `tomorrow morning (...)`, else `in the evening on Saturday 28 November`. */
export function partOfDayText(isoDate: string, part: DayPart, now: DateTime | null): string {
  const label = dayLabel(isoDate, now);
  const relative = /^(today|tomorrow|yesterday), (.*)$/.exec(label);
  if (!relative) return `${PART_WORDS[part]} on ${label}`;
  const day = relative[1] === 'today' ? (part === 'night' ? 'tonight' : `this ${part}`) : `${relative[1]} ${part}`;
  return `${day} (${relative[2]})`;
}

/** `Saturday 28 or Sunday 29 November`; both months named when the weekend spans two. */
function weekendDays([saturday, sunday]: [string, string]): string {
  const sat = londonDateTime(saturday);
  const sun = londonDateTime(sunday);
  const first = sat.month === sun.month ? sat.toFormat('cccc d') : formatLondonDay(sat);
  return `${first} or ${formatLondonDay(sun)}`;
}

/** The moment asked, after "open": null for "now", a week, or no moment at all. */
export function momentText(when: WhenAsked | undefined, now: DateTime | null): string | null {
  switch (when?.kind) {
    case 'instant':
      return instantText(londonDateTime(when.iso), now, when.before);
    case 'date':
    case 'weekday':
      return when.part ? partOfDayText(when.date, when.part, now) : onDayText(when.date, now);
    case 'weekend':
      return `${when.label} (${weekendDays(when.dates)})`;
    default:
      return null;
  }
}

/** `Christmas Day (25 December 2026)`, or just `bank holidays` when there is no one date. */
export function specialDayName(day: SpecialDay): string {
  if (!day.date) return day.label;
  // "the next bank holiday Monday (Boxing Day), 28 December 2026": no brackets inside brackets.
  return day.label.endsWith(')') ? `${day.label}, ${formatDate(day.date)}` : `${day.label} (${formatDate(day.date)})`;
}

/** The data has no special-day hours: say so, before any usual hours are given. */
export function noSpecialHoursLine(day: SpecialDay): string {
  return `The data has no special-day hours for ${specialDayName(day)}, so I can't say whether the front counters open as usual then.`;
}

/** Whatever the counters do on a special day, these always answer. */
export function alwaysAvailableLine(contacts: ContactFacts | null): string {
  const n999 = contactNumber(contacts, 'emergency');
  const n101 = contactNumber(contacts, 'nonEmergency');
  return `Check met.police.uk before you travel. ${n999} (emergency) and ${n101} or met.police.uk (non-emergency) are always available.`;
}

/**
 * The moment a question waiting for a place is about, named in full ("at 23:00 on Thursday 26 November"), and
 * for a special day the honest line first: said while asking where the resident is.
 */
export function askedMomentWords(moment: { when?: WhenAsked; specialDay?: SpecialDay } | undefined): { when: string | null; notes: string[] } {
  if (!moment) return { when: null, notes: [] };
  const special = moment.specialDay;
  const when = special?.date && moment.when?.kind !== 'instant' ? `on ${special.label}` : momentText(moment.when, null);
  return { when, notes: special ? [noSpecialHoursLine(special)] : [] };
}
