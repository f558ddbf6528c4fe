/**
 * The dates of the days residents name ("Christmas Day", "Easter", "the bank
 * holiday") in England and Wales, computed from the calendar. Extra one-off
 * bank holidays (a coronation, a jubilee) cannot be computed and are not known.
 */
import { DateTime } from 'luxon';
import { BoundedCache } from '../stations/boundedCache';
import { LONDON } from '../stations/hours/londonTime';

// London with its offsets kept an hour at a time (src/stations/hours/londonTime.ts): the same zone to luxon.
const ZONE = LONDON;

function day(year: number, month: number, d: number): DateTime {
  return DateTime.fromObject({ year, month, day: d }, { zone: ZONE, locale: 'en-GB' });
}

/** Easter Sunday (anonymous Gregorian algorithm). */
export function easterSunday(year: number): DateTime {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const dd = ((h + l - 7 * m + 114) % 31) + 1;
  return day(year, month, dd);
}

function firstMonday(year: number, month: number): DateTime {
  const first = day(year, month, 1);
  return first.plus({ days: (8 - first.weekday) % 7 });
}

function lastMonday(year: number, month: number): DateTime {
  const last = day(year, month, 1).endOf('month').startOf('day');
  return last.minus({ days: (last.weekday + 6) % 7 });
}

export interface BankHoliday {
  date: DateTime;
  name: string;
}

// A year's bank holidays never change, and building them is a dozen slow luxon zone look-ups.
const holidaysByYear = new BoundedCache<number, readonly BankHoliday[]>(8);

/** England and Wales bank holidays of a year, with substitute days for weekends (shared, so frozen). */
export function bankHolidays(year: number): readonly BankHoliday[] {
  return holidaysByYear.get(year, () => Object.freeze(findBankHolidays(year).map((h) => Object.freeze(h))));
}

function findBankHolidays(year: number): BankHoliday[] {
  const newYear = day(year, 1, 1);
  const newYearObserved = newYear.weekday === 6 ? newYear.plus({ days: 2 }) : newYear.weekday === 7 ? newYear.plus({ days: 1 }) : newYear;
  const easter = easterSunday(year);
  const christmas = day(year, 12, 25);
  let christmasObserved = christmas;
  let boxingObserved = day(year, 12, 26);
  if (christmas.weekday === 5) boxingObserved = day(year, 12, 28);
  if (christmas.weekday === 6) {
    christmasObserved = day(year, 12, 27);
    boxingObserved = day(year, 12, 28);
  }
  if (christmas.weekday === 7) christmasObserved = day(year, 12, 27);
  return [
    { date: newYearObserved, name: "New Year's Day" },
    { date: easter.minus({ days: 2 }), name: 'Good Friday' },
    { date: easter.plus({ days: 1 }), name: 'Easter Monday' },
    { date: firstMonday(year, 5), name: 'Early May bank holiday' },
    { date: lastMonday(year, 5), name: 'Spring bank holiday' },
    { date: lastMonday(year, 8), name: 'Summer bank holiday' },
    { date: christmasObserved, name: 'Christmas Day' },
    { date: boxingObserved, name: 'Boxing Day' },
  ].sort((a, b) => a.date.toMillis() - b.date.toMillis());
}

/** The next bank holiday from `today` (today counts). */
export function nextBankHoliday(today: DateTime): BankHoliday {
  const start = today.setZone(ZONE).startOf('day');
  for (const year of [start.year, start.year + 1]) {
    const found = bankHolidays(year).find((h) => h.date >= start);
    if (found) return found;
  }
  throw new Error('unreachable: every year has bank holidays');
}

/** The next date (today counts) on which `dateOf(year)` falls. */
export function nextYearly(today: DateTime, dateOf: (year: number) => DateTime): DateTime {
  const start = today.setZone(ZONE).startOf('day');
  const thisYear = dateOf(start.year);
  return thisYear >= start ? thisYear : dateOf(start.year + 1);
}

export function fixedDay(month: number, d: number): (year: number) => DateTime {
  return (year) => day(year, month, d);
}

export { firstMonday, lastMonday };
