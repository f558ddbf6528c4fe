/**
 * Dates the way the answers print them: `28 February 2026`, `February 2026`
 * or `2013`, as precise as the source and no more.
 */
import { DateTime } from 'luxon';
import { BoundedCache } from '../../stations/boundedCache';
import type { DatePrecision, TimelineEvent } from '../../stations/model';
import { LONDON, LONDON_LOCALE } from '../../stations/openingHours';
import type { DatedMark } from '../../stations/timeline';

// The dates and minutes replies name (today, a weekday asked, a source's date) recur all day, and reading
// one on London's clock costs luxon a time-zone lookup: each is read once. DateTimes never change.
const londonTimes = new BoundedCache<string, DateTime>(512);

function parse(iso: string): DateTime {
  // In LONDON, the zone that works out each hour's offset once: replies step these DateTimes (days, closing times).
  return londonTimes.get(iso, () => DateTime.fromISO(iso, { zone: LONDON, locale: LONDON_LOCALE }));
}

/** The precision an ISO-ish date is written with: `2013`, `2013-03`, `2013-03-01`. */
export function precisionOf(iso: string): DatePrecision {
  if (/^\d{4}$/.test(iso)) return 'year';
  if (/^\d{4}-\d{2}$/.test(iso)) return 'month';
  return 'day';
}

// The same few hundred dates of the data are printed again and again; luxon's date parsing is slow.
const printed = new BoundedCache<string, string>(1024);

/** `28 February 2026`, `February 2026` or `2013`; the text itself when it is not a date. */
export function formatDate(iso: string, precision: DatePrecision = precisionOf(iso)): string {
  return printed.get(`${precision} ${iso}`, () => printDate(iso, precision));
}

function printDate(iso: string, precision: DatePrecision): string {
  const dt = parse(iso);
  if (!dt.isValid) return iso;
  if (precision === 'year') return dt.toFormat('yyyy');
  if (precision === 'month') return dt.toFormat('LLLL yyyy');
  return dt.toFormat('d LLLL yyyy');
}

/**
 * `on 28 February 2026`, `in February 2026`, `in 2013`: for "it closed ___".
 * A date that is only the latest possible one, an estimate or a schedule says so.
 */
export function onDate(mark: DatedMark): string {
  const text = formatDate(mark.date, mark.precision);
  switch (mark.qualifier) {
    case 'by':
      return `by ${text} (the exact date is not known)`;
    case 'estimated':
      return `around ${text} (an estimated date)`;
    case 'scheduled':
      return `${mark.precision === 'day' ? 'on' : 'in'} ${text} (the date announced)`;
    default:
      return mark.precision === 'day' ? `on ${text}` : `in ${text}`;
  }
}

/** A row's date as a label: `6 August 2025`, `By 6 August 2025`, `Around October 2020 (estimated)`. */
export function datedLabel(event: Pick<TimelineEvent, 'date' | 'datePrecision' | 'dateQualifier'>): string {
  const text = formatDate(event.date, event.datePrecision);
  switch (event.dateQualifier) {
    case 'by':
      return `By ${text}`;
    case 'estimated':
      return `Around ${text} (estimated)`;
    case 'scheduled':
      return `${text} (date announced)`;
    default:
      return text;
  }
}

/** The dated mark of a timeline row, for `onDate`. */
export function markOf(event: Pick<TimelineEvent, 'date' | 'datePrecision' | 'dateQualifier'>): DatedMark {
  return { date: event.date, precision: event.datePrecision, qualifier: event.dateQualifier };
}

/** `the Met's announced arrangement since March 2026` starts the day after the last source. */
export function monthAfter(iso: string): string {
  return printed.get(`month after ${iso}`, () => {
    const dt = parse(iso);
    return dt.isValid ? dt.plus({ days: 1 }).toFormat('LLLL yyyy') : iso;
  });
}

/** An instant as `toISO()` writes it: `2026-11-26T14:00:00.000+00:00` (or `Z`). */
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}(?:Z|[+-]\d{2}:\d{2})$/;

/** The instant an answer was computed, on London's clock; falls back to the start of the as-of day. */
export function answerInstant(at: string, asOf: string): DateTime {
  // Answers write their instant as luxon's toISO() does; the engine's own parser reads that form exactly, and faster.
  // In LONDON, the zone that works out each hour's offset once (every reply steps this instant).
  const ms = ISO_INSTANT.test(at) ? Date.parse(at) : Number.NaN;
  if (!Number.isNaN(ms)) return DateTime.fromMillis(ms, { zone: LONDON, locale: LONDON_LOCALE });
  const instant = DateTime.fromISO(at, { setZone: true });
  if (at && instant.isValid) return instant.setZone(LONDON).setLocale(LONDON_LOCALE);
  return parse(asOf);
}

export function londonDateTime(iso: string): DateTime {
  return parse(iso);
}
