/**
 * The stretch of the past a question about one counter is asked of: "in
 * 2018", "back in 2015", "in March 2019", "summer 2021", "last year", "two
 * years ago", "during covid", "between 2018 and 2020", "before 2026", a past
 * calendar date, or "before it closed" (whose date only the counter's timeline
 * knows, so it is left for the answer). Loose periods are taken as stated
 * dates, and the reading says which ("summer 2021": June to August 2021).
 * Read against the injected `now`; never the wall clock.
 */
import { DateTime } from 'luxon';
import { LONDON } from '../stations/hours/londonTime';
import { londonMidnight, londonToday } from './londonDays';
import { BEFORE_IT_CLOSED, BEFORE_THE_CHANGE, HOURS_BECAME, LATEST_ARRIVAL, COVID_PERIOD, COVID_WORDS, SEASONS, WHAT_HAPPENED, WHEN_CHANGED, YEAR_OF_A_PLAN, globally } from './lexicon';
import type { PastAsked, PastPeriod, SpecialDay, WhenAsked } from './question';

// London with its offsets kept an hour at a time (src/stations/hours/londonTime.ts): the same zone to luxon.
const ZONE = LONDON;
const LOCALE = 'en-GB';

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH_SHORT: Readonly<Record<string, number>> = { jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12 };
const MONTH = `${MONTHS.join('|')}|${Object.keys(MONTH_SHORT).join('|')}`;
const YEAR = '(?:19|20)\\d\\d';
const NUMBER_WORDS: Readonly<Record<string, number>> = { a: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };

const BETWEEN_YEARS = new RegExp(`\\b(?:between|from) (${YEAR}) (?:and|to|till|until) (${YEAR})\\b`);
// "before March" with no year: the last March begun ("before may i" is not a month).
const BEFORE_A_DATE = new RegExp(`\\bbefore (?:(?:the )?(\\d{1,2})(?:st|nd|rd|th)? (?:of )?(${MONTH}) (${YEAR})|(${MONTH}) (${YEAR})|(${YEAR})|(${MONTH})(?! (?:\\d|i|we|you)\\b))\\b`);
const A_SEASON = new RegExp(`\\b(?:(last|this) )?(spring|summer|autumn|fall|winter)(?: (?:of|in))?(?: (${YEAR}))?\\b`);
const A_MONTH_OF_A_YEAR = new RegExp(`\\b(${MONTH}) (${YEAR})\\b`);
// "was kensington open in january": a month without its year, in a question in the past tense ("may" is a word too).
const A_MONTH_ALONE = new RegExp(`\\b(?:in|during|over|through|throughout|back in|last) (${MONTH.replace('|may|', '|')})\\b(?! (?:${YEAR}|\\d))`);
const PAST_VERB = /\b(?:was|were|did|had|used to)\b/;
/** "since 2017", "from 2018 onwards": from the start of that year to today (the year in group 1 or 2). Shared with planNames. */
export const SINCE_A_YEAR = new RegExp(`\\bsince (${YEAR})\\b|\\b(?:from )?(${YEAR}) onwards?\\b`);
/** "did any reopen after 2017", "post 2020": from the start of the next year to today, not that year alone. Shared with planNames. */
export const AFTER_A_YEAR = new RegExp(`\\b(?:after|post) (${YEAR})\\b`);
const A_YEAR = new RegExp(`\\b(${YEAR})\\b`);

function monthOf(word: string): number {
  const full = MONTHS.indexOf(word);
  return full >= 0 ? full + 1 : (MONTH_SHORT[word] ?? 0);
}

const day = (year: number, month: number, d = 1) => DateTime.fromObject({ year, month, day: d }, { zone: ZONE, locale: LOCALE });
const iso = (d: DateTime) => d.toISODate() ?? '';

/** A period from `first` to `last` (inclusive), cut at today; undefined if it has not begun. */
function period(first: DateTime, last: DateTime, today: DateTime, label: string, taken?: string): PastPeriod | undefined {
  if (first > today) return undefined;
  const to = last > today ? today : last;
  return { from: iso(first), to: iso(to), label: to < last ? `${label} (so far)` : label, ...(taken ? { taken } : {}) };
}

function ofYear(year: number, today: DateTime, label = String(year), taken?: string): PastPeriod | undefined {
  return period(day(year, 1), day(year, 12, 31), today, label, taken);
}

function ofMonth(year: number, month: number, today: DateTime): PastPeriod | undefined {
  const first = day(year, month);
  return period(first, first.endOf('month').startOf('day'), today, first.toFormat('LLLL yyyy'));
}

function ofSeason(name: string, year: number, today: DateTime): PastPeriod | undefined {
  const season = SEASONS.get(name);
  if (!season) return undefined;
  const first = day(year, season.first);
  const last = first.plus({ months: season.months }).minus({ days: 1 });
  const taken = `${first.toFormat('LLLL')} to ${last.toFormat('LLLL yyyy')}`;
  return period(first, last, today, `${name === 'fall' ? 'autumn' : name} ${year}`, taken);
}

/** The first day of the latest such month begun by `today` ("before March" in December 2026: 1 March 2026). */
function lastBegun(month: number, today: DateTime): DateTime {
  const first = day(today.year, month);
  return first > today ? first.minus({ years: 1 }) : first;
}

/** The first day of the date, month or year named after "before" ("before March 2026": 1 March 2026), and the words; or undefined. */
export function firstDayBefore(text: string, today: DateTime): { first: DateTime; said: string } | undefined {
  const m = BEFORE_A_DATE.exec(text);
  if (!m) return undefined;
  const first = m[7] ? lastBegun(monthOf(m[7]), today) : m[6] ? day(Number(m[6]), 1) : m[5] ? day(Number(m[5]), monthOf(m[4])) : day(Number(m[3]), monthOf(m[2]), Number(m[1]));
  return first.isValid ? { first, said: m[0] } : undefined;
}

const YEARS_AGO = /\b(a|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2}) years? ago\b/;

/** The year "two years ago" / "5 years ago" names, counted back from `thisYear`, and the words; or undefined. */
export function yearsAgo(text: string, thisYear: number): { year: number; said: string } | undefined {
  const m = YEARS_AGO.exec(text);
  if (!m) return undefined;
  const years = NUMBER_WORDS[m[1]] ?? Number(m[1]);
  return years > 0 && years < 60 ? { year: thisYear - years, said: m[0] } : undefined;
}

function dayBefore(first: DateTime, today: DateTime, said: string): PastPeriod | undefined {
  const before = first.minus({ days: 1 });
  return period(before, before, today, `${before.toFormat('d MMMM yyyy')}`, `"${said}" taken as ${before.toFormat('d MMMM yyyy')}, the day before`);
}

/** The past period named in a message (normalised words), or undefined. `when`: the moment `readWhen` found. */
export function readPastAsked(text: string, when: WhenAsked | undefined, now: DateTime, specialDay?: SpecialDay): PastAsked | undefined {
  const today = londonToday(now);
  // "can I make it before closing?": today's closing time, not the day before a closure.
  if (BEFORE_IT_CLOSED.test(text) && !LATEST_ARRIVAL.test(text)) return { kind: 'before-closure' };
  const found = readPeriod(text.replace(globally(YEAR_OF_A_PLAN), ' '), when, today, specialDay);
  if (found) return { kind: 'period', period: found };
  // "when did walworth become 9 to 5", "when did brixton start closing at 10": when its hours last changed, the time named
  // being the new hours', not a moment asked.
  if (HOURS_BECAME.test(text)) return { kind: 'before-change', when: true };
  // "its old hours", "did it use to be 24 hours": before its last change, unless a day is named ("what hours did it have on Sunday").
  if (!BEFORE_THE_CHANGE.test(text) || when !== undefined) return undefined;
  return WHEN_CHANGED.test(text) ? { kind: 'before-change', when: true } : { kind: 'before-change' };
}

/** The word before a covid phrase that puts the time asked on one side of it ("before covid", "post lockdown"). */
function covidSide(text: string, covid: RegExpExecArray): string | undefined {
  return /\b(before|pre|after|post|since)\s*$/.exec(text.slice(0, covid.index))?.[1];
}

const BEFORE_COVID = "the day before England's first covid lockdown";

/** "before covid", "pre lockdown": the day before the first lockdown (ISO date) and what it is, for a list as of then. */
export function beforeCovid(text: string): { date: string; label: string } | undefined {
  COVID_WORDS.lastIndex = 0;
  const covid = COVID_WORDS.exec(text);
  const side = covid ? covidSide(text, covid) : undefined;
  if (side !== 'before' && side !== 'pre') return undefined;
  return { date: DateTime.fromISO(COVID_PERIOD.from, { zone: ZONE }).minus({ days: 1 }).toISODate() ?? '', label: BEFORE_COVID };
}

function readPeriod(text: string, when: WhenAsked | undefined, today: DateTime, specialDay?: SpecialDay): PastPeriod | undefined {
  COVID_WORDS.lastIndex = 0;
  const covid = COVID_WORDS.exec(text);
  if (covid) {
    const first = DateTime.fromISO(COVID_PERIOD.from, { zone: ZONE, locale: LOCALE });
    const last = DateTime.fromISO(COVID_PERIOD.to, { zone: ZONE, locale: LOCALE });
    const said = covid[0].replace(/^(?:during|in|over|through|throughout|at the time of) /, '');
    // "before covid" is the day before the first lockdown; "after covid", from the day the last restrictions lifted to today.
    const side = covidSide(text, covid);
    if (side === 'before' || side === 'pre') {
      const before = first.minus({ days: 1 });
      return period(before, before, today, BEFORE_COVID);
    }
    if (side) {
      const after = last.plus({ days: 1 });
      return period(after, today, today, `after ${said}`, `taken as ${after.toFormat('d MMMM yyyy')}, the day after the last legal restrictions lifted, to today`);
    }
    return period(first, last, today, said, COVID_PERIOD.taken);
  }

  let m = BETWEEN_YEARS.exec(text);
  if (m && Number(m[1]) < Number(m[2])) return period(day(Number(m[1]), 1), day(Number(m[2]), 12, 31), today, `${m[1]} to ${m[2]}`);

  const before = firstDayBefore(text, today);
  if (before) return dayBefore(before.first, today, before.said);

  // "What happened on 3 March?" without its year: the last 3 March, not the next one.
  if (when?.kind === 'date' && when.date > iso(today) && !A_YEAR.test(text) && WHAT_HAPPENED.test(text)) {
    const d = londonMidnight(when.date).minus({ years: 1 });
    if (d < today) return period(d, d, today, d.toFormat('d MMMM yyyy'));
  }
  // A calendar date in the past ("on 1 March 2019"); "yesterday" and "last Tuesday" stay questions about that day.
  if (when?.kind === 'date' && when.date < iso(today) && when.label !== 'yesterday' && !when.label.startsWith('last ')) {
    const d = londonMidnight(when.date);
    const day = period(d, d, today, d.toFormat('d MMMM yyyy'));
    return day && specialDay?.date === when.date ? { ...day, specialDay: specialDay.label } : day;
  }

  m = A_SEASON.exec(text);
  if (m && (m[1] || m[3])) {
    let year = m[3] ? Number(m[3]) : today.year;
    if (m[1] === 'last' && !m[3]) {
      // The last such season that has ended (or begun) before today.
      const thisYears = ofSeason(m[2], year, today);
      if (!thisYears || thisYears.label.endsWith('(so far)')) year -= 1;
    }
    const season = ofSeason(m[2], year, today);
    if (season) return season;
  }

  m = A_MONTH_OF_A_YEAR.exec(text);
  if (m && monthOf(m[1])) return ofMonth(Number(m[2]), monthOf(m[1]), today);
  // The latest such month begun by today.
  m = A_MONTH_ALONE.exec(text);
  if (m && PAST_VERB.test(text) && monthOf(m[1])) {
    const first = lastBegun(monthOf(m[1]), today);
    return ofMonth(first.year, first.month, today);
  }

  if (/\blast month\b/.test(text)) {
    const first = today.startOf('month').minus({ months: 1 });
    return period(first, first.endOf('month').startOf('day'), today, `${first.toFormat('LLLL yyyy')} (last month)`);
  }
  // "since last year": from the start of last year to today, not last year alone.
  if (/\bsince last year\b/.test(text)) return period(day(today.year - 1, 1), today, today, `since ${today.year - 1} (last year)`);
  if (/\blast year\b/.test(text)) return ofYear(today.year - 1, today, `${today.year - 1} (last year)`);
  if (/\bthe year before last\b/.test(text)) return ofYear(today.year - 2, today, `${today.year - 2} (the year before last)`);
  const ago = yearsAgo(text, today.year);
  if (ago) return ofYear(ago.year, today, `${ago.year} (${ago.said})`);

  m = SINCE_A_YEAR.exec(text);
  if (m) return period(day(Number(m[1] ?? m[2]), 1), today, today, `since ${m[1] ?? m[2]}`);
  m = AFTER_A_YEAR.exec(text);
  if (m) return period(day(Number(m[1]) + 1, 1), today, today, `after ${m[1]}`);
  m = A_YEAR.exec(text);
  if (m) return ofYear(Number(m[1]), today);
  return undefined;
}
