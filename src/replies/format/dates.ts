/**
 * Dates the way the answers print them: `28 February 2026`, `February 2026`
 * or `2013`, as precise as the source and no more.
 */
import { DateTime } from 'luxon';
import type { DatePrecision } from '../../stations/model';
import { LONDON_LOCALE, LONDON_ZONE } from '../../stations/openingHours';
import type { DatedMark } from '../../stations/timeline';

function parse(iso: string): DateTime {
  return DateTime.fromISO(iso, { zone: LONDON_ZONE, locale: LONDON_LOCALE });
}

/** The precision an ISO-ish date is written with: `2013`, `2013-03`, `2013-03-01`. */
export function precisionOf(iso: string): DatePrecision {
  if (/^\d{4}$/.test(iso)) return 'year';
  if (/^\d{4}-\d{2}$/.test(iso)) return 'month';
  return 'day';
}

/** `28 February 2026`, `February 2026` or `2013`; the text itself when it is not a date. */
export function formatDate(iso: string, precision: DatePrecision = precisionOf(iso)): string {
  const dt = parse(iso);
  if (!dt.isValid) return iso;
  if (precision === 'year') return dt.toFormat('yyyy');
  if (precision === 'month') return dt.toFormat('LLLL yyyy');
  return dt.toFormat('d LLLL yyyy');
}

/** `on 28 February 2026`, `in February 2026`, `in 2013`: for "it closed ___". */
export function onDate(mark: DatedMark): string {
  const text = formatDate(mark.date, mark.precision);
  return mark.precision === 'day' ? `on ${text}` : `in ${text}`;
}

/** `the Met's announced arrangement since March 2026` starts the day after the last source. */
export function monthAfter(iso: string): string {
  const dt = parse(iso);
  return dt.isValid ? dt.plus({ days: 1 }).toFormat('LLLL yyyy') : iso;
}

/** The instant an answer was computed, on London's clock; falls back to the start of the as-of day. */
export function answerInstant(at: string, asOf: string): DateTime {
  const instant = DateTime.fromISO(at, { setZone: true });
  if (at && instant.isValid) return instant.setZone(LONDON_ZONE).setLocale(LONDON_LOCALE);
  return parse(asOf);
}

export function londonDateTime(iso: string): DateTime {
  return parse(iso);
}
