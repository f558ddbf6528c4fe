/**
 * London dates for understanding, without a luxon zone look-up on every
 * message. A date a message names ("today", "next Sunday", "the 25th") is
 * London midnight of that date, made once per date and shared (luxon
 * DateTimes are immutable); day arithmetic is done on ISO dates, which have
 * no clock changes. Keyed on dates only, never on what was said.
 */
import { DateTime } from 'luxon';
import { BoundedCache } from '../stations/boundedCache';
import { londonClock } from '../stations/hours/londonTime';

const ZONE = 'Europe/London';
const LOCALE = 'en-GB';
const DAY_MS = 86_400_000;

// A few weeks of dates either side of today cover every day a question names.
const midnights = new BoundedCache<string, DateTime>(128);

/** London midnight of an ISO date (`YYYY-MM-DD`), on the en-GB calendar. */
export function londonMidnight(iso: string): DateTime {
  return midnights.get(iso, () => DateTime.fromISO(iso, { zone: ZONE, locale: LOCALE }));
}

/** The London date `now` falls on, as its midnight: what `now.setZone(London).setLocale('en-GB').startOf('day')` gives. */
export function londonToday(now: DateTime): DateTime {
  return londonMidnight(londonDate(now));
}

/** The London date (`YYYY-MM-DD`) `now` falls on. */
export function londonDate(now: DateTime): string {
  return londonClock(now).date;
}

/** The ISO date `days` calendar days after `iso` (negative: before). */
export function isoDaysAfter(iso: string, days: number): string {
  const t = Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) + days * DAY_MS;
  return new Date(t).toISOString().slice(0, 10);
}

/** Calendar days from `from` to `to` (ISO dates). */
export function isoDaysBetween(from: string, to: string): number {
  const at = (iso: string) => Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));
  return Math.round((at(to) - at(from)) / DAY_MS);
}

/** London midnight `days` days after the London midnight `day`: `day.plus({ days })`, shared. */
export function daysAfter(day: DateTime, days: number): DateTime {
  return londonMidnight(isoDaysAfter(day.toISODate() as string, days));
}
