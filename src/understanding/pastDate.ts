/**
 * The past a list question is asked as of: "which stations were 24 hours in
 * 2020?", "... last year", "... on 1 March 2019". A year is read as its 1 July,
 * one day that stands for it (counters changed during some years), and the
 * reply says so. "Before March 2026", "before 2017": the day before. Only the past: "in 2027", or this
 * year, is today's list.
 */
import { DateTime } from 'luxon';
import { londonDate } from './londonDays';
import type { ListAsOf, WhenAsked } from './question';

const ZONE = 'Europe/London';
const LOCALE = 'en-GB';

function dateLabel(date: DateTime): string {
  return date.setLocale(LOCALE).toFormat('d MMMM yyyy');
}

function ofYear(year: number): ListAsOf {
  const date = DateTime.fromObject({ year, month: 7, day: 1 }, { zone: ZONE });
  return { date: date.toISODate() ?? '', label: dateLabel(date), year };
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
/** "before march 2026", "before feb 2026", "before 2017", "before the 3rd of march 2026". */
const BEFORE_A_DATE = /\bbefore (?:the )?(?:(\d{1,2})(?:st|nd|rd|th)? (?:of )?(?=[a-z]))?(?:(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]* )?((?:19|20)\d\d)\b/;

const NUMBER_WORDS: Readonly<Record<string, number>> = { a: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };
/** "two years ago", "5 years ago": that year. */
const YEARS_AGO = /\b(a|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2}) years? ago\b/;

/** The day before the month or year named after "before", or undefined. */
function dayBeforeNamed(text: string): ListAsOf | undefined {
  const m = BEFORE_A_DATE.exec(text);
  if (!m || (m[1] && !m[2])) return undefined;
  const month = m[2] ? MONTHS.findIndex((name) => name.startsWith(m[2])) + 1 : 1;
  const named = DateTime.fromObject({ year: Number(m[3]), month, day: m[1] ? Number(m[1]) : 1 }, { zone: ZONE });
  if (!named.isValid) return undefined;
  const date = named.minus({ days: 1 });
  return { date: date.toISODate() ?? '', label: dateLabel(date) };
}

/** The past date or year named, read against `now`; undefined when none is named, or it is not past. */
export function readPastDate(text: string, when: WhenAsked | undefined, now: DateTime): ListAsOf | undefined {
  const today = londonDate(now);
  const thisYear = Number(today.slice(0, 4));
  const before = dayBeforeNamed(text);
  if (before) return before.date < today ? before : undefined;
  if (when?.kind === 'date' && when.date < today) {
    return { date: when.date, label: dateLabel(DateTime.fromISO(when.date, { zone: ZONE })) };
  }
  if (/\blast year\b/.test(text)) return ofYear(thisYear - 1);
  const ago = YEARS_AGO.exec(text);
  if (ago) {
    const years = NUMBER_WORDS[ago[1]] ?? Number(ago[1]);
    if (years > 0 && years < 60) return ofYear(thisYear - years);
  }
  const years = /\b((?:19|20)\d\d)\b/.exec(text);
  const year = years ? Number(years[1]) : undefined;
  return year !== undefined && year < thisYear ? ofYear(year) : undefined;
}
