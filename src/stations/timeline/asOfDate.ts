/**
 * The calendar arithmetic the timeline needs: which London date a question is
 * about, and whether that date still falls inside a row's precision window
 * (a `month` row dated 2017-12-01 says "some time in December 2017").
 */
import { DateTime } from 'luxon';
import { BoundedCache } from '../boundedCache';
import { isoDaysAfter, londonClock } from '../hours/londonTime';
import type { DatePrecision } from '../model';
import { LONDON_ZONE } from '../openingHours';

/** A date to ask about: an ISO `YYYY-MM-DD` London date, or an instant read on London's clock. */
export type AsOf = string | DateTime;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

// Dates already checked: a calendar date stays one. Only valid dates are kept (a miss throws).
const checkedDates = new BoundedCache<string, string>(512);

/** The London calendar date (`YYYY-MM-DD`) of `asOf`; throws RangeError on anything else. */
export function londonDate(asOf: AsOf): string {
  if (typeof asOf === 'string') {
    return checkedDates.get(asOf, () => {
      if (!ISO_DATE.test(asOf) || !DateTime.fromISO(asOf, { zone: LONDON_ZONE }).isValid) {
        throw new RangeError(`Timeline: "${asOf}" is not a calendar date like 2026-11-26`);
      }
      return asOf;
    });
  }
  if (!DateTime.isDateTime(asOf) || !asOf.isValid) throw new RangeError('Timeline: the as-of date must be a valid luxon DateTime or YYYY-MM-DD');
  return londonClock(asOf).date;
}

/** The first day after the period a dated row stands for (`2017-12-01`/month -> `2018-01-01`). */
export function endOfWindow(date: string, precision: DatePrecision): string {
  // Called for every dated row of every answer: plain calendar arithmetic on a YYYY-MM-DD date, luxon for anything else.
  const ymd = calendarDate(date);
  if (!ymd) {
    const start = DateTime.fromISO(date, { zone: 'utc' });
    const end = precision === 'year' ? start.plus({ years: 1 }) : precision === 'month' ? start.plus({ months: 1 }) : start.plus({ days: 1 });
    return end.toISODate() as string;
  }
  const [y, m, d] = ymd;
  // As luxon does, a month or year later keeps the day of the month, or the month's last day when it is shorter (31 Jan -> 28 Feb).
  if (precision === 'year') return isoDate(y + 1, m, Math.min(d, daysInMonth(y + 1, m)));
  if (precision === 'month') return m === 12 ? isoDate(y + 1, 1, d) : isoDate(y, m + 1, Math.min(d, daysInMonth(y, m + 1)));
  return isoDaysAfter(date, 1);
}

/**
 * `month`/`year` when `asOf` lies inside the window of a row with that
 * precision (the change may not yet have happened on that exact date), else null.
 */
export function uncertainWithin(row: { date: string; precision: DatePrecision }, asOf: string): 'month' | 'year' | null {
  if (row.precision === 'day') return null;
  return row.date <= asOf && asOf < endOfWindow(row.date, row.precision) ? row.precision : null;
}

/** The London date before `date` (`2020-11-30` -> `2020-11-29`). */
export function dayBefore(date: string): string {
  if (!calendarDate(date)) return DateTime.fromISO(date, { zone: 'utc' }).minus({ days: 1 }).toISODate() as string;
  return isoDaysAfter(date, -1);
}

/** Year, month and day of a valid `YYYY-MM-DD` date (years 1000-9999), else null. */
function calendarDate(date: string): [number, number, number] | null {
  if (date.length !== 10 || !ISO_DATE.test(date)) return null;
  const y = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7));
  const d = Number(date.slice(8, 10));
  if (y < 1000 || m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return null;
  return [y, m, d];
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

function isoDate(y: number, m: number, d: number): string {
  return `${y}-${m < 10 ? '0' : ''}${m}-${d < 10 ? '0' : ''}${d}`;
}
