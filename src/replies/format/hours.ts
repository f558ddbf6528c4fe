/**
 * Opening hours in words, on London's clock: a day's hours ("from 09:00 to
 * 19:00"), an opening state ("open now, until 22:00", "closed now; opens at
 * 10:00 tomorrow (Friday)") and their spoken forms. Everything is printed
 * from values the answer already holds.
 */
import type { DateTime } from 'luxon';
import {
  describeSchedule,
  formatLondonDay,
  formatLondonTime,
  tryParseSchedule,
  type DayHours,
  type OpeningState,
  type WeeklySchedule,
} from '../../stations/openingHours';
import { londonDateTime } from './dates';
import { joinAnd } from './text';

/** `Sunday 29 November`, `today, Thursday 26 November`, `tomorrow, Friday 27 November`: a relative day always names its date. */
export function dayLabel(isoDate: string, now: DateTime | null): string {
  const day = londonDateTime(isoDate);
  const full = formatLondonDay(day);
  if (!now) return full;
  const relative = formatLondonDay(day, now);
  if (relative === 'today' || relative === 'tomorrow' || relative === 'yesterday') return `${relative}, ${full}`;
  return relative;
}

/** `22:00`, `midnight` for a close at the next midnight, `02:00 the next day` past it. */
function closingText(close: DateTime, day: string): string {
  const time = formatLondonTime(close);
  if (close.setZone('Europe/London').toISODate() === day) return time;
  if (time === '00:00') return 'midnight';
  return `${time} the next day`;
}

/**
 * A day's hours after "open": `from 09:00 to 19:00`, `24 hours`,
 * `from 09:00 to 12:00 and from 13:00 to 17:00`; null when closed all day.
 */
export function dayHoursText(day: DayHours): string | null {
  if (day.allDay) return '24 hours';
  if (day.closedAllDay || day.intervals.length === 0) return null;
  const parts = day.intervals.map((iv) =>
    iv.fromPreviousDay ? `until ${formatLondonTime(iv.close)} (from the night before)` : `from ${formatLondonTime(iv.open)} to ${closingText(iv.close, day.date)}`,
  );
  return joinAnd(parts);
}

/** `09:00–19:00`, `Open 24 hours`, `Closed`: a day as a table cell. */
export function dayHoursCell(day: DayHours): string {
  if (day.allDay) return 'Open 24 hours';
  if (day.closedAllDay || day.intervals.length === 0) return 'Closed';
  return day.intervals
    .map((iv) => `${iv.fromPreviousDay ? '00:00' : formatLondonTime(iv.open)}–${closingText(iv.close, day.date).replace(' the next day', '')}`)
    .join(', ');
}

/** `at 10:00 today`, `at 10:00 tomorrow (Friday 27 November)`, `at 09:00 on Saturday 28 November`. */
export function whenText(instant: DateTime, now: DateTime): string {
  const time = formatLondonTime(instant);
  const relative = formatLondonDay(instant, now);
  if (relative === 'today') return `at ${time} today`;
  if (relative === 'tomorrow') return `at ${time} tomorrow (${formatLondonDay(instant)})`;
  return `at ${time} on ${relative}`;
}

/** `until 22:00`, `until 02:00 tomorrow (Saturday)`. */
function untilText(instant: DateTime, now: DateTime): string {
  const time = formatLondonTime(instant);
  const relative = formatLondonDay(instant, now);
  if (relative === 'today') return `until ${time}`;
  if (relative === 'tomorrow') return `until ${time} tomorrow`;
  return `until ${time} on ${relative}`;
}

/**
 * `open now, until 22:00` / `closed now; opens at 10:00 tomorrow (Friday)`.
 * `moment` is the word after open/closed: `now`, or `` for another time.
 */
export function stateText(state: OpeningState, reference: DateTime, moment = 'now'): string {
  const open = moment ? `open ${moment}` : 'open';
  const closed = moment ? `closed ${moment}` : 'closed';
  if (state.open) return state.closesAt ? `${open}, ${untilText(state.closesAt, reference)}` : `${open}, 24 hours a day`;
  return state.opensAt ? `${closed}; opens ${whenText(state.opensAt, reference)}` : `${closed}, with no opening hours in the data`;
}

/** `Mon–Fri 10:00–22:00; Sat–Sun 09:00–19:00`, or `Open 24 hours, every day`. */
export function scheduleText(schedule: WeeklySchedule): string {
  return describeSchedule(schedule);
}

/** A schedule written in the data (`Mon-Fri 10:00-22:00; ...`), printed the same way as the others. */
export function scheduleValueText(value: string): string {
  const parsed = tryParseSchedule(value);
  return parsed.ok ? describeSchedule(parsed.schedule) : value;
}

const SPOKEN_DAYS: Record<string, string> = {
  Mon: 'Monday',
  Tue: 'Tuesday',
  Wed: 'Wednesday',
  Thu: 'Thursday',
  Fri: 'Friday',
  Sat: 'Saturday',
  Sun: 'Sunday',
};

/** `Mon–Fri 10:00–22:00` -> `Monday to Friday 10:00 to 22:00`: what a speech engine should say. */
export function spokenHours(text: string): string {
  return text
    .replace(/\b(Mon|Tue|Wed|Thu|Fri|Sat|Sun)\b/g, (d) => SPOKEN_DAYS[d])
    .replace(/\s*[–-]\s*(?=\d|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)/g, ' to ')
    .replace(/;/g, ',');
}
