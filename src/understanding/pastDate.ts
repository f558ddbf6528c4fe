/**
 * The past a list question is asked as of: "which stations were 24 hours in
 * 2020?", "... last year", "... on 1 March 2019". A year is read as its 1 July,
 * one day that stands for it (counters changed during some years), and the
 * reply says so. "Before March 2026", "before 2017": the day before. Only the past: "in 2027", or this
 * year, is today's list.
 */
import { DateTime } from 'luxon';
import { londonDate, londonMidnight } from './londonDays';
import { beforeCovid, firstDayBefore, yearsAgo } from './pastPeriod';
import type { ListAsOf, WhenAsked } from './question';

const ZONE = 'Europe/London';
const LOCALE = 'en-GB';

function dateLabel(date: DateTime): string {
  return date.setLocale(LOCALE).toFormat('d MMMM yyyy');
}

export function ofYear(year: number): ListAsOf {
  const date = DateTime.fromObject({ year, month: 7, day: 1 }, { zone: ZONE });
  return { date: date.toISODate() ?? '', label: dateLabel(date), year };
}

/** The second of two past years named ("how many stations in 2017 vs 2019": 2019), as the middle of that year. */
export function secondPastYear(text: string, now: DateTime): ListAsOf | undefined {
  const thisYear = Number(londonDate(now).slice(0, 4));
  const years = [...new Set(text.match(/\b(?:19|20)\d\d\b/g) ?? [])].map(Number);
  return years.length === 2 && years.every((y) => y < thisYear) ? ofYear(years[1]) : undefined;
}

/**
 * A year gone by set against this year ("how many stations in 2017 vs 2026", "2026 compared to 2017", "in 2017 and
 * 2026"): this year is now (its list is today's), so the year gone by, as the middle of it, is counted against now.
 */
export function pastYearAgainstThisYear(text: string, now: DateTime): ListAsOf | undefined {
  const thisYear = Number(londonDate(now).slice(0, 4));
  const m = /\b((?:19|20)\d\d)\b(?: \w+){0,3}? (?:than|vs|versus|compared (?:to|with)|comparing|against|as opposed to|and|or|to) (?:in |back in |during |now in |this year in )?((?:19|20)\d\d)\b/.exec(text);
  if (!m || (text.match(/\b(?:19|20)\d\d\b/g) ?? []).length !== 2) return undefined;
  const [a, b] = [Number(m[1]), Number(m[2])];
  if (a === thisYear && b < thisYear) return ofYear(b);
  if (b === thisYear && a < thisYear) return ofYear(a);
  return undefined;
}

/** The day before a London date ("2026-02-28" -> 27 February 2026): a count as of just before a change. */
export function dayBefore(isoDate: string): ListAsOf {
  const date = DateTime.fromISO(isoDate, { zone: ZONE }).minus({ days: 1 });
  return { date: date.toISODate() ?? '', label: dateLabel(date) };
}

/** The past date or year named, read against `now`; undefined when none is named, or it is not past. */
export function readPastDate(text: string, when: WhenAsked | undefined, now: DateTime): ListAsOf | undefined {
  const today = londonDate(now);
  const thisYear = Number(today.slice(0, 4));
  // Today's London midnight, shared by date (the same instant and year as made from the ISO date here, without a zone look-up a message).
  const covid = beforeCovid(text);
  if (covid) return { date: covid.date, label: `${dateLabel(DateTime.fromISO(covid.date, { zone: ZONE }))}, ${covid.label}` };
  const named = firstDayBefore(text, londonMidnight(today));
  if (named) {
    const date = named.first.minus({ days: 1 });
    const before = { date: date.toISODate() ?? '', label: dateLabel(date) };
    return before.date < today ? before : undefined;
  }
  if (when?.kind === 'date' && when.date < today) {
    return { date: when.date, label: dateLabel(DateTime.fromISO(when.date, { zone: ZONE })) };
  }
  if (/\blast year\b/.test(text)) return ofYear(thisYear - 1);
  const ago = yearsAgo(text, thisYear);
  if (ago) return ofYear(ago.year);
  // "in the 1990s", "back in the 80s": the middle of a decade gone by, said as such.
  const decade = /\b(?:(19|20)(\d)0s|the ([2-9])0s)\b/.exec(text);
  if (decade) {
    const start = Number(`${decade[1] ?? '19'}${decade[2] ?? decade[3]}0`);
    if (start + 9 < thisYear) {
      const middle = DateTime.fromObject({ year: start + 5, month: 7, day: 1 }, { zone: ZONE });
      return { date: middle.toISODate() ?? '', label: `${dateLabel(middle)} (the middle of the ${start}s)` };
    }
  }
  const years = /\b((?:19|20)\d\d)\b/.exec(text);
  const year = years ? Number(years[1]) : undefined;
  return year !== undefined && year < thisYear ? ofYear(year) : undefined;
}
