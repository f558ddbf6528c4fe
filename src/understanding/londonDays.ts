/**
 * London dates for understanding, without a luxon zone look-up on every
 * message. A date a message names ("today", "next Sunday", "the 25th") is
 * London midnight of that date, made once per date and shared (luxon
 * DateTimes are immutable); day arithmetic is done on ISO dates, which have
 * no clock changes. Keyed on dates only, never on what was said.
 */
import { DateTime } from 'luxon';
import { BoundedCache } from '../stations/boundedCache';
import { isoDaysAfter, LONDON_LOCALE, LONDON_ZONE, londonClock } from '../stations/hours/londonTime';

export { isoDaysAfter, isoDaysBetween } from '../stations/hours/londonTime';

// A few weeks of dates either side of today cover every day a question names.
const midnights = new BoundedCache<string, DateTime>(128);

/** London midnight of an ISO date (`YYYY-MM-DD`), on the en-GB calendar. */
export function londonMidnight(iso: string): DateTime {
  return midnights.get(iso, () => DateTime.fromISO(iso, { zone: LONDON_ZONE, locale: LONDON_LOCALE }));
}

/** The London date `now` falls on, as its midnight: what `now.setZone(London).setLocale('en-GB').startOf('day')` gives. */
export function londonToday(now: DateTime): DateTime {
  return londonMidnight(londonDate(now));
}

/** The London date (`YYYY-MM-DD`) `now` falls on. */
export function londonDate(now: DateTime): string {
  return londonClock(now).date;
}

/** London midnight `days` days after the London midnight `day`: `day.plus({ days })`, shared. */
export function daysAfter(day: DateTime, days: number): DateTime {
  return londonMidnight(isoDaysAfter(day.toISODate() as string, days));
}
