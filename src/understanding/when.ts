/**
 * Reading when a resident means: "now", "today", "tomorrow", a weekday (with
 * abbreviations and typos), "this weekend", a date ("25 december", "25/12"),
 * a special day ("christmas day", "bank holiday", "easter"), a time ("at 9pm"),
 * and whether they care about the evening ("open late?"). Dates are resolved
 * against the injected `now`, on London's calendar; the wall clock is never read.
 */
import { DateTime } from 'luxon';
import { BoundedCache } from '../stations/boundedCache';
import { LONDON } from '../stations/hours/londonTime';
import { editDistance } from '../stations/stationSearch';
import { DAY_PART_HOURS, type DayPart, type SpecialDay, type WhenAsked } from './question';
import { daysAfter, isoDaysBetween, londonMidnight, londonToday } from './londonDays';
import type { PhraseMatch, Phrases } from './phrases';
import { bankHolidays, type BankHoliday, easterSunday, firstMonday, fixedDay, lastMonday, nextBankHoliday, nextYearly } from './specialDays';
import {
  AMOUNTS, ASKED_AHEAD, ASKED_IN_THE_PAST, COMMON_WORDS, DAY_NEXT_TO, HOUR, HOUR_NUMBERS, IN_A_WHILE, LOOSE_TIMES, MINUTES, MINUTES_AFTER, MINUTES_PAST, PART_OF_DAY, THIS_TIME,
  RESIDENTS_ROUTINE, WEEKEND_AFTER, wordTable,
} from './lexicon';

// London with its offsets kept an hour at a time (src/stations/hours/londonTime.ts): the same zone to luxon.
const ZONE = LONDON;
const LOCALE = 'en-GB';

export interface WhenReading {
  when?: WhenAsked;
  specialDay?: SpecialDay;
  /** The resident mentioned the evening: "late", "tonight", "after work". */
  late: boolean;
}

const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
const WEEKDAY_SHORT = wordTable({
  mon: 1, tue: 2, tues: 2, wed: 3, weds: 3, thu: 4, thur: 4, thurs: 4, fri: 5, sat: 6, sun: 7,
});

/** 1..7 for a weekday word, its plural, its abbreviation or a near miss ("wendsday"); undefined otherwise. */
export function weekdayOf(word: string): number | undefined {
  const short = WEEKDAY_SHORT.get(word);
  if (short) return short;
  const singular = word.endsWith('s') && word.length > 6 ? word.slice(0, -1) : word;
  const exact = WEEKDAYS.indexOf(singular);
  if (exact >= 0) return exact + 1;
  if (singular.length < 5 || !/^[a-z]+$/.test(singular) || COMMON_WORDS.has(singular)) return undefined;
  let best: number | undefined;
  let bestDistance = 3;
  WEEKDAYS.forEach((name, i) => {
    const d = editDistance(singular, name, 2);
    if (d < bestDistance) {
      best = i + 1;
      bestDistance = d;
    }
  });
  return bestDistance <= (singular.length >= 7 ? 2 : 1) ? best : undefined;
}

export const MONTHS = wordTable({
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6, june: 6,
  jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10, nov: 11, november: 11,
  dec: 12, december: 12,
});
const MONTH_WORDS = [...MONTHS.keys()].join('|');
/** The month a month word names (only month words are read as one; anything else is no month). */
const monthNumber = (word: string | undefined): number => MONTHS.get(word ?? '') ?? Number.NaN;

// A date's words depend only on the date (and whether its year is this year's): kept per date.
const dateWords = new BoundedCache<string, string>(256);

/** "today", "tomorrow", "yesterday", else "Sunday 29 November" (with the year when not this year's). Both London midnights. */
function labelDate(d: DateTime, today: DateTime): string {
  const iso = d.toISODate() as string;
  const days = isoDaysBetween(today.toISODate() as string, iso);
  if (days === 0) return 'today';
  if (days === 1) return 'tomorrow';
  if (days === -1) return 'yesterday';
  const withYear = d.year !== today.year;
  return dateWords.get(`${iso}${withYear ? ' y' : ''}`, () => (withYear ? d.toFormat('cccc d MMMM yyyy') : d.toFormat('cccc d MMMM')));
}

interface DayReading {
  date: DateTime;
  label: string;
  /** A weekday named as such: reported as `weekday`. */
  weekday?: number;
  specialDay?: SpecialDay;
  /** "bank holidays" in general: no one date. */
  general?: boolean;
}

// The special days' words, multi-word first; any of them has one of the words of ANY_SPECIAL_DAY.
const CHRISTMAS_EVE = /\bchristmas eve\b/g;
const BOXING_DAY = /\bboxing day\b/g;
const NEW_YEARS_EVE = /\bnew years? eve\b/g;
const NEW_YEARS_DAY = /\bnew years?(?: day)?\b/g;
const CHRISTMAS_DAY = /\b(?:christmas|xmas)(?: day)?\b(?: (?:holidays?|period|break))?/g;
const GOOD_FRIDAY = /\bgood friday\b/g;
const EASTER_MONDAY = /\beaster monday\b/g;
const EASTER_SUNDAY = /\beaster(?: sunday| day| weekend| holidays?)?\b/g;
const EARLY_MAY = /\b(?:early may|may day)(?: bank holiday)?\b/g;
const SPRING_BANK_HOLIDAY = /\bspring bank holiday\b/g;
const SUMMER_BANK_HOLIDAY = /\b(?:summer|august) bank holiday\b/g;
const BANK_HOLIDAYS = /\b(?:bank|public) holidays\b/g;
const BANK_HOLIDAY_MONDAY = /\b(?:(?:bank|public) holiday monday|monday (?:bank|public) holiday)\b/g;
const BANK_HOLIDAY = /\b(?:bank|public) holiday(?: weekend)?\b/g;
const HALLOWEEN = /\bhalloween\b/g;
const BONFIRE_NIGHT = /\b(?:bonfire night|guy fawkes(?: night| day)?)\b/g;
const VALENTINES_DAY = /\b(?:st )?valentines? day\b/g;
const ANY_SPECIAL_DAY = /\b(?:christmas|xmas|boxing day|new year|good friday|easter|early may|may day|(?:spring|summer|august) bank|(?:bank|public) holiday|halloween|bonfire night|guy fawkes|valentine)/;

/** Special days, multi-word first. Each returns the day (or a general reading). */
function readSpecialDay(p: Phrases, today: DateTime): DayReading | undefined {
  if (!ANY_SPECIAL_DAY.test(p.text)) return undefined;
  const special = (m: PhraseMatch | undefined, kind: SpecialDay['kind'], label: string, date: DateTime | null): DayReading | undefined => {
    if (!m) return undefined;
    p.use(m);
    if (!date) return { date: today, label, specialDay: { kind, label }, general: true };
    return { date, label, specialDay: { kind, label, date: date.toISODate() ?? undefined } };
  };
  const first = (re: RegExp) => p.first(re);
  // The next one, unless the words say a past one: "christmas 2024", "last christmas", "boxing day last year", "was it open on christmas day".
  const occurrence = (m: PhraseMatch | undefined, dateOf: (year: number) => DateTime): DateTime => {
    const next = nextYearly(today, dateOf);
    if (!m) return next;
    const year = YEAR_WORD.exec(p.words[m.last + 1] ?? '');
    if (year) {
      p.use({ groups: [], first: m.last + 1, last: m.last + 1 });
      return dateOf(Number(year[0]));
    }
    // "boxing day last year", "easter monday this year".
    const back = { last: 1, this: 0 }[p.words[m.last + 1] === 'last' || p.words[m.last + 1] === 'this' ? p.words[m.last + 1] : ''];
    if (back !== undefined && p.words[m.last + 2] === 'year') {
      p.use({ groups: [], first: m.last + 1, last: m.last + 2 });
      return dateOf(today.year - back);
    }
    const past = p.words[m.first - 1] === 'last' || (ASKS_THE_PAST.test(p.text) && !ASKS_THE_PRESENT.test(p.text));
    if (!past) return next;
    const thisYears = dateOf(today.year);
    return thisYears <= today ? thisYears : dateOf(today.year - 1);
  };
  const yearly = (month: number, d: number) => fixedDay(month, d);

  let m = first(CHRISTMAS_EVE);
  if (m) return special(m, 'christmas', 'Christmas Eve', occurrence(m, yearly(12, 24)));
  m = first(BOXING_DAY);
  if (m) return special(m, 'christmas', 'Boxing Day', occurrence(m, yearly(12, 26)));
  m = first(NEW_YEARS_EVE);
  if (m) return special(m, 'new-year', "New Year's Eve", occurrence(m, yearly(12, 31)));
  m = first(NEW_YEARS_DAY);
  if (m) return special(m, 'new-year', "New Year's Day", occurrence(m, yearly(1, 1)));
  m = first(CHRISTMAS_DAY);
  if (m) return special(m, 'christmas', 'Christmas Day', occurrence(m, yearly(12, 25)));
  m = first(GOOD_FRIDAY);
  if (m) return special(m, 'easter', 'Good Friday', occurrence(m, (y) => easterSunday(y).minus({ days: 2 })));
  m = first(EASTER_MONDAY);
  if (m) return special(m, 'easter', 'Easter Monday', occurrence(m, (y) => easterSunday(y).plus({ days: 1 })));
  m = first(EASTER_SUNDAY);
  if (m) return special(m, 'easter', 'Easter Sunday', occurrence(m, easterSunday));
  m = first(EARLY_MAY);
  if (m) return special(m, 'bank-holiday', 'the early May bank holiday', occurrence(m, (y) => firstMonday(y, 5)));
  m = first(SPRING_BANK_HOLIDAY);
  if (m) return special(m, 'bank-holiday', 'the spring bank holiday', occurrence(m, (y) => lastMonday(y, 5)));
  m = first(SUMMER_BANK_HOLIDAY);
  if (m) return special(m, 'bank-holiday', 'the summer bank holiday', occurrence(m, (y) => lastMonday(y, 8)));
  m = first(BANK_HOLIDAYS);
  if (m) return special(m, 'bank-holiday', 'bank holidays', null);
  m = first(BANK_HOLIDAY_MONDAY);
  if (m) {
    // The next bank holiday that falls on a Monday (Easter Monday, the May and August ones, substitute days).
    let next = nextBankHoliday(today);
    while (next.date.weekday !== 1) next = nextBankHoliday(next.date.plus({ days: 1 }));
    return special(m, 'bank-holiday', `the next bank holiday Monday (${next.name})`, next.date);
  }
  m = first(BANK_HOLIDAY);
  if (m) {
    const next = nextBankHoliday(today);
    const named = bankHolidays(next.date.year).find((h) => h.date.equals(next.date))?.name ?? 'the bank holiday';
    return special(m, 'bank-holiday', `the next bank holiday (${named})`, next.date);
  }
  m = first(HALLOWEEN);
  if (m) return special(m, 'named', 'Halloween', occurrence(m, yearly(10, 31)));
  m = first(BONFIRE_NIGHT);
  if (m) return special(m, 'named', 'Bonfire Night', occurrence(m, yearly(11, 5)));
  m = first(VALENTINES_DAY);
  if (m) return special(m, 'named', "Valentine's Day", occurrence(m, yearly(2, 14)));
  return undefined;
}

// Dates: "25th of december", "december 25", "25/12", "on the 3rd". Every one has a digit.
const DAY_MONTH = new RegExp(`\\b(?:the )?(\\d{1,2})(?:st|nd|rd|th)?(?: of)? (${MONTH_WORDS})\\b(?: (\\d{4}))?`, 'g');
const MONTH_DAY = new RegExp(`\\b(${MONTH_WORDS}) (?:the )?(\\d{1,2})(?:st|nd|rd|th)?\\b(?: (\\d{4}))?`, 'g');
const NUMERIC_DATE = /\b(\d{1,2})\/(\d{1,2})(?:\/(\d{4}|\d{2}))?\b/g;
const DAY_OF_THE_MONTH = /\b(?:on (?:the )?|the )(\d{1,2})(?:st|nd|rd|th)\b(?! (?:floor|street|road|avenue|time|one|ones|station|stations|nearest|closest|option|choice|counter|desk|police))/g;

/** A day of the month said in words: "first" is 1, "twenty first" 21 (hyphens are spaces by now). */
const ORDINAL_DAYS: ReadonlyMap<string, number> = (() => {
  const units = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth'];
  const teens = ['tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth'];
  const days = new Map<string, number>();
  units.forEach((w, i) => days.set(w, i + 1));
  teens.forEach((w, i) => days.set(w, i + 10));
  days.set('twentieth', 20);
  units.forEach((w, i) => days.set(`twenty ${w}`, i + 21));
  days.set('thirtieth', 30);
  days.set('thirty first', 31);
  return days;
})();
const ORDINAL_WORDS = [...ORDINAL_DAYS.keys()].sort((a, b) => b.length - a.length).join('|');
/** "the first of january", "twenty first of december", "december the twelfth": a month named makes the word a date. */
const WORD_DAY_MONTH = new RegExp(`\\b(?:the )?(${ORDINAL_WORDS}) (?:of )?(${MONTH_WORDS})\\b(?: (\\d{4}))?`, 'g');
const MONTH_WORD_DAY = new RegExp(`\\b(${MONTH_WORDS}) (?:the )?(${ORDINAL_WORDS})\\b(?: (\\d{4}))?`, 'g');
/**
 * "is it open on the first", "what about on the twelfth?": a day of the month in words after "on the", nothing after it
 * that makes it a pick or a thing ("on the first one", "on the second floor", "on the third go").
 */
const WORD_DAY_OF_THE_MONTH = new RegExp(
  `\\bon the (${ORDINAL_WORDS})\\b(?! (?:floor|street|road|avenue|time|times|one|ones|station|stations|nearest|closest|option|choice|counter|desk|police|day|week|weekend|page|list|try|go|attempt|line|place|list|of))`,
  'g',
);

function readDate(p: Phrases, today: DateTime): DayReading | undefined {
  const build = (m: PhraseMatch, dd: number, month: number, yearText: string | undefined): DayReading | undefined => {
    let year = yearText ? Number(yearText.length === 2 ? `20${yearText}` : yearText) : today.year;
    let date = DateTime.fromObject({ year, month, day: dd }, { zone: ZONE, locale: LOCALE });
    if (!date.isValid) return undefined;
    if (!yearText && date < today) {
      year += 1;
      date = DateTime.fromObject({ year, month, day: dd }, { zone: ZONE, locale: LOCALE });
      if (!date.isValid) return undefined;
    }
    p.use(m);
    return { date, label: labelDate(date, today) };
  };
  // "on the 3rd", "on the first": the next day of the month with that number (today counts).
  const nextOfTheMonth = (m: Parameters<Phrases['use']>[0], dd: number): DayReading | undefined => {
    for (let k = 0; k < 3; k++) {
      const month = today.plus({ months: k });
      const date = DateTime.fromObject({ year: month.year, month: month.month, day: dd }, { zone: ZONE, locale: LOCALE });
      if (date.isValid && date >= today) {
        p.use(m);
        return { date, label: labelDate(date, today) };
      }
    }
    return undefined;
  };
  // The day in words ("the first of january", "december the twelfth", "on the first"): an ordinal ends in st, nd, rd or th.
  if (/(?:st|nd|rd|th)\b/.test(p.text)) {
    for (const [re, dayAt, monthAt] of [[WORD_DAY_MONTH, 1, 2], [MONTH_WORD_DAY, 2, 1]] as const) {
      for (const m of p.all(re)) {
        const r = build(m, ORDINAL_DAYS.get(m.groups[dayAt] ?? '') ?? 0, monthNumber(m.groups[monthAt]), m.groups[3]);
        if (r) return r;
      }
    }
    for (const m of p.all(WORD_DAY_OF_THE_MONTH)) {
      const r = nextOfTheMonth(m, ORDINAL_DAYS.get(m.groups[1] ?? '') ?? 0);
      if (r) return r;
    }
  }
  if (!/\d/.test(p.text)) return undefined;
  for (const m of p.all(DAY_MONTH)) {
    const r = build(m, Number(m.groups[1]), monthNumber(m.groups[2]), m.groups[3]);
    if (r) return r;
  }
  for (const m of p.all(MONTH_DAY)) {
    const r = build(m, Number(m.groups[2]), monthNumber(m.groups[1]), m.groups[3]);
    if (r) return r;
  }
  for (const m of p.all(NUMERIC_DATE)) {
    const r = build(m, Number(m.groups[1]), Number(m.groups[2]), m.groups[3]);
    if (r) return r;
  }
  for (const m of p.all(DAY_OF_THE_MONTH)) {
    const r = nextOfTheMonth(m, Number(m.groups[1]));
    if (r) return r;
  }
  return undefined;
}

/** The London date a remembered moment was about: "the day after" counts from it. */
function dayOf(when: WhenAsked | undefined, today: DateTime): DateTime {
  const iso = !when ? undefined : when.kind === 'date' || when.kind === 'weekday' ? when.date : when.kind === 'instant' ? when.iso.slice(0, 10) : when.kind === 'weekend' ? when.dates[1] : undefined;
  return iso ? londonMidnight(iso) : today;
}

const DAY_AFTER_TOMORROW = /\b(?:the )?day after tomorrow\b/g;
const TOMORROW = /\btomorrow(?: (morning|afternoon|evening|night))?\b/g;
const TONIGHT = /\b(?:tonight|this evening|later tonight|later today)\b/g;
const TODAY = /\b(?:today|this (morning|afternoon))\b/g;
const YESTERDAY = /\b(?:yesterday|last night)\b/g;

function readRelativeDay(p: Phrases, today: DateTime, previous?: WhenAsked): { day?: DayReading; late: boolean; morning?: boolean } {
  let m = p.first(DAY_AFTER_TOMORROW);
  if (m) {
    p.use(m);
    const date = daysAfter(today, 2);
    return { day: { date, label: labelDate(date, today) }, late: false };
  }
  // "and the day after?" after a question that named a day: the day after that one.
  m = previous ? p.first(DAY_NEXT_TO) : undefined;
  if (m && previous) {
    p.use(m);
    const date = daysAfter(dayOf(previous, today), m.groups[1] ? 1 : -1);
    if (date >= today) return { day: { date, label: labelDate(date, today) }, late: false };
  }
  m = p.first(TOMORROW);
  if (m) {
    p.use(m);
    const part = m.groups[1];
    return { day: { date: daysAfter(today, 1), label: 'tomorrow' }, late: part === 'evening' || part === 'night', morning: part === 'morning' };
  }
  m = p.first(TONIGHT);
  if (m) {
    p.use(m);
    return { day: { date: today, label: 'tonight' }, late: true };
  }
  m = p.first(TODAY);
  // "I murdered my driving test today lol, anyway what time is Kingston open saturday?": today tells what happened,
  // the day named later asks ("I'm free today, is Ilford open, or should I wait till Monday?" still asks of today).
  if (m && !(toldAsDone(p, m.first) && weekdayNamedLater(p, m.last))) {
    p.use(m);
    return { day: { date: today, label: 'today' }, late: false, morning: m.groups[1] === 'morning' };
  }
  m = p.first(YESTERDAY);
  if (m) {
    p.use(m);
    return { day: { date: daysAfter(today, -1), label: 'yesterday' }, late: false };
  }
  return { late: false };
}

function weekendFrom(saturday: DateTime, label: string): WhenAsked {
  return { kind: 'weekend', dates: [saturday.toISODate() ?? '', daysAfter(saturday, 1).toISODate() ?? ''], label };
}

const WEEKEND_AFTER_NEXT = /\bweekend after next\b/;
const WEEKEND = /\b(?:(this|next|coming|the) )?(?:weekends?|(?:saturday|sat) (?:and|or|n) (?:sunday|sun))\b/g;

/** "this weekend", "next weekend", "saturday and sunday": the coming Saturday and Sunday (this one, on a weekend). */
function readWeekend(p: Phrases, today: DateTime): WhenAsked | undefined {
  const m = p.first(WEEKEND);
  if (!m) return undefined;
  p.use(m);
  let saturday = daysAfter(today, (6 - today.weekday + 7) % 7);
  if (today.weekday === 7) saturday = daysAfter(today, -1);
  // On a Friday, Saturday or Sunday "this weekend" is the one starting or under way, so "next weekend" is the one after.
  if (m.groups[1] === 'next' && today.weekday >= 5) saturday = daysAfter(saturday, 7);
  // "the weekend after next": a week after the next.
  const afterNext = WEEKEND_AFTER_NEXT.test(p.text);
  if (afterNext) saturday = daysAfter(saturday, today.weekday >= 5 ? 14 : 7);
  return weekendFrom(saturday, afterNext ? 'the weekend after next' : m.groups[1] === 'next' ? 'next weekend' : 'this weekend');
}

/** "the weekend after", after a question that named a day: the first weekend after that day. */
function readWeekendAfter(p: Phrases, today: DateTime, previous: WhenAsked | undefined): WhenAsked | undefined {
  if (!previous || previous.kind === 'now' || previous.kind === 'week') return undefined;
  const m = p.first(WEEKEND_AFTER);
  if (!m) return undefined;
  p.use(m);
  const from = dayOf(previous, today);
  const saturday = daysAfter(from, ((6 - from.weekday + 7) % 7) || 7);
  return weekendFrom(saturday, `the weekend after (${saturday.toFormat('d')}–${daysAfter(saturday, 1).toFormat('d MMMM')})`);
}

/** A weekday named some words after `from` (not "the sun"): the day a question asks after a story told first. */
function weekdayNamedLater(p: Phrases, from: number): boolean {
  const words = p.words;
  for (let i = from + WORDS_BETWEEN_STORY_AND_QUESTION; i < words.length; i++) {
    if (!p.isUsed(i) && weekdayOf(words[i]) && !(words[i] === 'sun' && words[i - 1] === 'the')) return true;
  }
  return false;
}
/** A verb in the past just before `at`: "murdered my driving test today", "had a rough day today". */
function toldAsDone(p: Phrases, at: number): boolean {
  return p.words.slice(Math.max(0, at - WORDS_OF_A_STORY), at).some((w) => DONE.test(w));
}
const WORDS_OF_A_STORY = 6;
const DONE = /^(?:\w{2,}ed|had|was|were|got|did|went|saw|lost|found|broke|took|came|left|met|sent|made|won|fell|ran)$/;
/** A question of the present after a story: "is brixton open", "does it open", "what time does it close". */
const PRESENT_QUESTION = /\b(?:is|are|does|do|will|can) (?:\w+ ){0,4}?(?:open|opens|close|closes|shut|shuts|staffed|24)\b/;
/** Fewer words than this between "today" and a weekday are one phrase ("today, saturday", "today or sunday"). */
const WORDS_BETWEEN_STORY_AND_QUESTION = 4;

function readWeekday(p: Phrases, today: DateTime, previous?: WhenAsked): DayReading | undefined {
  const words = p.words;
  for (let i = 0; i < words.length; i++) {
    if (p.isUsed(i)) continue;
    const weekday = weekdayOf(words[i]);
    if (!weekday) continue;
    // "sitting in the sun", "the sun's out": the sun, not Sunday.
    if (words[i] === 'sun' && i > 0 && words[i - 1] === 'the') continue;
    // "my son was arrested on monday is brixton open": the day of a story told in the past, a question of the present
    // after it. "Was brixton open on monday?" has no question after its day, and keeps it.
    if (toldAsDone(p, i) && PRESENT_QUESTION.test(words.slice(i + 1).join(' '))) continue;
    const before = i > 0 && !p.isUsed(i - 1) ? words[i - 1] : '';
    let delta = (weekday - today.weekday + 7) % 7;
    let label = WEEKDAYS[weekday - 1].replace(/^./, (c) => c.toUpperCase());
    let first = i;
    if (before === 'next' || before === 'this' || before === 'coming' || before === 'last') {
      first = i - 1;
      // "next saturday" said on a Friday: tomorrow, in this same week, would be "tomorrow" or "this saturday", so the one
      // a week later. On a Sunday "next monday" is tomorrow: the Monday of next week.
      if (before === 'next' && (delta === 0 || (delta === 1 && today.weekday !== 7))) delta += 7;
      // "is walworth open sunday?" then "what about next sunday?": the coming Sunday was just asked, so the one after.
      else if (before === 'next' && previous && previous.kind !== 'now' && previous.kind !== 'week' && dayOf(previous, today).equals(daysAfter(today, delta))) delta += 7;
      if (before === 'last') {
        delta = -(((today.weekday - weekday + 7) % 7) || 7);
        label = `last ${label}`;
      }
    } else if (!words[i].endsWith('days') && words.some((w) => ASKED_IN_THE_PAST.has(w)) && !words.some((w) => ASKED_AHEAD.has(w))) {
      // "was lewisham open on monday?": the Monday gone, not the coming one ("on mondays" is every one).
      delta = -(((today.weekday - weekday + 7) % 7) || 7);
      label = `last ${label}`;
    }
    p.use({ groups: [], first, last: i });
    const date = daysAfter(today, delta);
    if (delta < 0) return { date, label };
    return { date, label, weekday };
  }
  return undefined;
}

/** A clock time as said, before it is placed on a day: "half 9" has no am or pm yet. */
interface ClockReading {
  /** 0-23 when the words fix it ("9pm", "21:30", "4 in the morning"); 1-12 otherwise. */
  hour: number;
  minute: number;
  /** Fixed by the words: "pm", "in the morning", "21:30", "noon". Undefined: "half 9", "at 5". */
  meridiem?: 'am' | 'pm' | '24h';
  /** Said the spoken way ("half 9", "quarter past 8", "ten to six"): read as its next showing, am or pm. */
  spoken?: boolean;
  /** Midnight: the end of the day it is said of ("midnight on Saturday" is 00:00 on Sunday). */
  endOfDay?: boolean;
  /** A loose phrase ("after work"): the reading says what it was taken as. */
  loose?: string;
  /** The words read, for saying back what was taken ("half 9"). */
  said?: string;
  /** "before 10am": asked of the minute before, when it must already be open ("can I go before 10am"). */
  before?: true;
  /** Said as a moment ("at 8", "around 9", "8:30"), not as a bound ("until 7", "after 6", "by 5"). */
  moment?: true;
}

function timeLabel(hour: number, minute: number): string {
  if (hour === 12 && minute === 0) return 'midday';
  if (hour === 0 && minute === 0) return 'midnight';
  const h12 = hour % 12 === 0 ? 12 : hour % 12;
  return `${h12}${minute ? `:${String(minute).padStart(2, '0')}` : ''}${hour < 12 ? 'am' : 'pm'}`;
}

/** What follows a number in London's place names: Seven Sisters, Seven Kings, Seven Dials, One Tree Hill, Three Mills. */
const NUMBER_NAMED_PLACES = 'sisters|kings|dials|tree|mills|bridges|elms|wells|acres?|ways';

/** Words before a time that are not part of it: "at 9", "until half 10". */
const BEFORE_TIME = '(?:(?:at|by|around|about|before|after|until|till|til|for|from) )?';
/** The part of the day said after an hour, read (or, when a day reader took it, looked ahead at): "in the morning", "tonight". */
const PART_AFTER = `(?: (?:oclock )?(${[...PART_OF_DAY.keys()].filter((k) => k.startsWith('in ') || k.startsWith('at ')).join('|')})|(?= (?:oclock )?(${[...PART_OF_DAY.keys()].join('|')})\\b))?`;

const hourOf = (word: string | undefined): number => HOUR_NUMBERS.get(word ?? '') ?? Number(word);
const minutesOf = (word: string | undefined): number => MINUTES_PAST.get(word ?? '') ?? Number(word);

/** am/pm from a part of the day named after the hour. */
function partOf(m: PhraseMatch, at: number): 'am' | 'pm' | undefined {
  return PART_OF_DAY.get(m.groups[at] ?? m.groups[at + 1] ?? '');
}

/**
 * The clock readers, tried in order; the first that reads a valid time wins. Each names what it reads,
 * as luxon's own parser lists its formats.
 */
const CLOCK_READINGS: readonly { name: string; re: RegExp; read: (m: PhraseMatch) => ClockReading | undefined }[] = [
  {
    name: '9pm, 9:30 am',
    re: new RegExp(`\\b${BEFORE_TIME}(\\d{1,2})(?::(\\d{2}))? ?(am|pm)\\b`, 'g'),
    read: (m) => {
      const hour = Number(m.groups[1]);
      if (hour < 1 || hour > 12) return undefined;
      const pm = m.groups[3] === 'pm';
      return { hour: (hour % 12) + (pm ? 12 : 0), minute: Number(m.groups[2] ?? 0), meridiem: pm ? 'pm' : 'am' };
    },
  },
  {
    name: '21:30',
    re: new RegExp(`\\b${BEFORE_TIME}(\\d{1,2}):(\\d{2})\\b`, 'g'),
    // "18:30", "06:30": a 24-hour clock. "6:30" or "6.30", "10:30": am or pm unsaid, placed as a bare hour is ("after work, like 6.30").
    read: (m) => {
      const said = m.groups[1] ?? '';
      const hour = Number(said);
      return { hour, minute: Number(m.groups[2]), ...(hour === 0 || hour >= 13 || said.startsWith('0') ? { meridiem: '24h' as const } : {}) };
    },
  },
  {
    // "at 0300", "by 1830": a 24-hour clock written without the colon, after a word that introduces a time. "after 2017",
    // "before 1995", "by 2030" are years (the closures' timeline), not 20:17: only "at" or "hrs" keeps such a number a time.
    name: 'at 0300',
    re: /\b(at|by|around|about|before|after|until|till|from) ([01]\d|2[0-3])([0-5]\d)\b(?! ?(?:am|pm))( ?(?:hrs|hours|h)\b)?/g,
    read: (m) => {
      const year = /^(?:19[5-9]\d|20(?:0[1-9]|[12]\d))$/.test(`${m.groups[2]}${m.groups[3]}`);
      if (year && m.groups[1] !== 'at' && m.groups[4] === undefined) return undefined;
      return { hour: Number(m.groups[2]), minute: Number(m.groups[3]), meridiem: '24h' };
    },
  },
  {
    // "around 9 30 tonight", "at 6 45": hour and minutes typed with a space; am or pm placed as a bare hour is.
    name: 'at 9 30',
    re: new RegExp(`\\b(?:at|by|around|about|before|after|until|till) (\\d{1,2}) ([0-5]\\d)\\b(?! ?(?:am|pm|mins?|minutes?|hours?|hrs?|:))${PART_AFTER}`, 'g'),
    read: (m) => {
      const hour = Number(m.groups[1]);
      return hour >= 1 && hour <= 12 ? { hour, minute: Number(m.groups[2]), meridiem: partOf(m, 3) } : undefined;
    },
  },
  {
    // "at 8ish", "8-ish": about that hour, read as the hour.
    name: '8ish',
    re: /\b(?:at |around |about |by )?(\d{1,2}) ?ish\b/g,
    read: (m) => {
      const hour = Number(m.groups[1]);
      return hour >= 1 && hour <= 12 ? { hour, minute: 0 } : undefined;
    },
  },
  {
    name: 'noon, midday, midnight',
    re: /\b(?:at |by |around |before |after |until |till )?(noon|midday|mid day|midnight|mid night)\b/g,
    read: (m) => (m.groups[1]?.endsWith('night') ? { hour: 0, minute: 0, meridiem: '24h', endOfDay: true } : { hour: 12, minute: 0, meridiem: '24h' }),
  },
  {
    name: 'quarter past 8, ten to six, half past 9',
    re: new RegExp(`\\b${BEFORE_TIME}(${MINUTES}) (past|to|after) (${HOUR})\\b(?! ?(?::|am|pm))${PART_AFTER}`, 'g'),
    read: (m) => {
      const hour = hourOf(m.groups[3]);
      const minutes = minutesOf(m.groups[1]);
      // "open 10 to 6" is a range of hours: minutes "to" an hour must be said in words ("ten to six"), or in digits
      // after "at" ("at 10 to 7"), where no range is meant.
      const digits = /^\d/.test(m.groups[1] ?? '') && !(/^(?:at|by|around|about) /.test(m.groups[0] ?? '') && [5, 10, 15, 20, 25].includes(minutes));
      if (!(hour >= 1 && hour <= 12) || !(minutes > 0 && minutes < 60) || (m.groups[2] === 'to' && (minutes === 30 || digits))) return undefined;
      const before = m.groups[2] === 'to';
      return { hour: before ? (hour === 1 ? 12 : hour - 1) : hour, minute: before ? 60 - minutes : minutes, spoken: true, meridiem: partOf(m, 4) };
    },
  },
  {
    name: 'half 9 (half past 9)',
    re: new RegExp(`\\b${BEFORE_TIME}half (${HOUR})\\b(?! ?(?::|am|pm))${PART_AFTER}`, 'g'),
    read: (m) => {
      const hour = hourOf(m.groups[1]);
      return hour >= 1 && hour <= 12 ? { hour, minute: 30, spoken: true, meridiem: partOf(m, 2) } : undefined;
    },
  },
  {
    name: 'nine thirty',
    re: new RegExp(`\\b${BEFORE_TIME}(${[...HOUR_NUMBERS.keys()].join('|')}) (${[...MINUTES_AFTER.keys()].join('|')})\\b${PART_AFTER}`, 'g'),
    read: (m) => ({ hour: hourOf(m.groups[1]), minute: MINUTES_AFTER.get(m.groups[2] ?? '') ?? 0, spoken: true, meridiem: partOf(m, 3) }),
  },
  {
    name: '4 in the morning, ten at night, 9 tonight',
    re: new RegExp(`\\b${BEFORE_TIME}(${HOUR})(?: oclock)?(?: (${[...PART_OF_DAY.keys()].filter((k) => k.startsWith('in ') || k.startsWith('at ')).join('|')})|(?= (${[...PART_OF_DAY.keys()].join('|')})\\b))`, 'g'),
    read: (m) => {
      const hour = hourOf(m.groups[1]);
      return hour >= 1 && hour <= 12 ? { hour, minute: 0, meridiem: partOf(m, 2) } : undefined;
    },
  },
  {
    // "does sutton close at 7 on saturday", "before it shuts at 7": a closing time is the evening (no counter closes at 7am).
    name: 'closes at 7',
    re: new RegExp(`\\b(?:closes?|closing|shuts?|shutting) (?:at|by|around) (${HOUR})(?: oclock)?\\b(?! ?(?:am|pm|:))`, 'g'),
    read: (m) => {
      const hour = hourOf(m.groups[1]);
      if (hour < 1 || hour > 12) return undefined;
      return hour <= 11 ? { hour, minute: 0, meridiem: 'pm' } : { hour, minute: 0 };
    },
  },
  {
    // "is anything open past 10", "does it stay open past 9": an hour the opening runs beyond, so the evening (not "the
    // past 5 years", nor "half past 9", read above).
    name: 'open past 10',
    re: new RegExp(`(?<=\\b(?:open|opens|staying|stays|stay|shut|closed|late|anything|anywhere) )past (${HOUR})(?: oclock)?\\b(?! ?(?:am|pm|:))(?! (?:${NUMBER_NAMED_PLACES}|years?|months?|weeks?|days?|decades?|hours?|hrs?|mins?|minutes?)\\b)`, 'g'),
    read: (m) => {
      const hour = hourOf(m.groups[1]);
      if (hour < 1 || hour > 12) return undefined;
      return hour >= 7 && hour <= 11 ? { hour, minute: 0, meridiem: 'pm' } : { hour, minute: 0 };
    },
  },
  {
    name: 'at 9, at nine oclock',
    // Not the number that begins a place's name: "at seven sisters", "by seven kings", "near one tree hill".
    re: new RegExp(`\\b(?:at|by|around|before|after|until|untill|till|til) (${HOUR})(?: oclock)?\\b(?! ?(?:am|pm|:))(?! (?:${NUMBER_NAMED_PLACES})\\b)`, 'g'),
    read: (m) => {
      const hour = hourOf(m.groups[1]);
      if (hour < 1 || hour > 12) return undefined;
      // "open till 7", "until 9 on saturday": a closing time, so the evening (a counter does not close at 7am).
      return UNTIL_AN_HOUR.test(m.groups[0] ?? '') && hour >= 7 && hour <= 11 ? { hour, minute: 0, meridiem: 'pm' } : { hour, minute: 0 };
    },
  },
  ...LOOSE_TIMES.map(({ words, hour, minute }) => ({
    name: words,
    re: new RegExp(`\\b(?:${words})\\b`, 'g'),
    read: (m: PhraseMatch): ClockReading => ({ hour, minute, meridiem: '24h', loose: m.groups[0] }),
  })),
];

/** "till 7", "until 9": an hour said as the end of the opening, read as a closing time. */
const UNTIL_AN_HOUR = /^(?:until|untill|till|til) /;

/** Each clock reader with its reading kept only when it is a time of day. */
const CLOCK_READERS = CLOCK_READINGS.map((reader) => ({
  ...reader,
  readValid: (m: PhraseMatch): ClockReading | undefined => {
    const clock = reader.read(m);
    return !clock || clock.hour > 23 || clock.minute > 59 ? undefined : clock;
  },
}));

function readClock(p: Phrases): ClockReading | undefined {
  for (const reader of CLOCK_READERS) {
    const found = p.firstRead(reader.re, reader.readValid);
    if (!found) continue;
    p.use(found.match);
    const words = found.match.groups[0] ?? '';
    const moment = !/^(?:by|before|after|until|untill|till|til|for|from|past) /.test(words);
    return {
      ...found.read,
      said: words.replace(/^(?:at|by|around|about|before|after|until|till|til|for|from|past) /, ''),
      ...(words.startsWith('before ') ? { before: true as const } : {}),
      ...(moment ? { moment: true as const } : {}),
    };
  }
  return undefined;
}

/**
 * The hour of a time said without am or pm, on a day. Said of the evening ("tonight") it is pm; of the
 * morning, am. A spoken time ("half 9") on today is its next showing, am or pm, and the label says which.
 * Otherwise a counter's day runs from about 7am to 11pm, so 1-6 are the afternoon and 7-11 the morning, unless
 * that morning is already gone today (then it is tonight's, said back).
 */
function placeClock(clock: ClockReading, day: DateTime, now: DateTime, part: 'am' | 'pm' | undefined, opening: boolean, closedAsked: boolean): { at: DateTime; chose?: boolean; bare?: true } {
  const at = (hour: number) => wallTime(day, hour, clock.minute);
  if (clock.meridiem === '24h') return { at: at(clock.hour) };
  const meridiem = clock.meridiem ?? part;
  const am = clock.hour % 12;
  if (meridiem) return { at: at(meridiem === 'pm' ? am + 12 : am) };
  // Neither am nor pm, nor a part of the day, nor a word that settles it: either half of the day may be meant.
  // An opening asked ("does it open at 9") is the morning's: no other half.
  if (clock.moment && !opening && !clock.loose && !clock.endOfDay && clock.hour >= 1 && clock.hour <= 11) return { ...placeBareClock(clock, day, now, opening, closedAsked), bare: true };
  return placeBareClock(clock, day, now, opening, closedAsked);
}

/** A bare hour placed (see `placeClock`): `chose` when the label must say which half was taken. */
function placeBareClock(clock: ClockReading, day: DateTime, now: DateTime, opening: boolean, closedAsked: boolean): { at: DateTime; chose?: boolean } {
  const at = (hour: number) => wallTime(day, hour, clock.minute);
  const am = clock.hour % 12;
  if (clock.spoken && day.toISODate() === now.toISODate()) {
    const next = [at(am), at(am + 12)].find((t) => t >= now);
    if (next) return { at: next, chose: true };
    return { at: dayLater(at(am)), chose: true };
  }
  // "open at 9?" asked at 2pm: the morning is gone, so it is tonight's 9, and the label says so. Not an opening
  // asked ("does it open at 9?"): a counter opens in the morning, so that is the next morning's 9.
  if (!opening && clock.hour >= 7 && clock.hour <= 11 && day.toISODate() === now.toISODate() && at(am) < now && at(am + 12) >= now) return { at: at(am + 12), chose: true };
  // "are all of them closed at 7 on saturday", "is brixton shut at 8 on sunday": every counter but the 24-hour ones is
  // still shut at 7 or 8 in the morning (they open at 9 or 10), so shut asked of 7 or 8 is the evening's, and the label
  // says so. From 9 a counter may be opening: the morning, as before.
  if (closedAsked && !opening && (clock.hour === 7 || clock.hour === 8)) return { at: at(am + 12), chose: true };
  return { at: at(clock.hour <= 6 || clock.hour === 12 ? am + 12 : am) };
}

// Times of day on London dates, as luxon places them (clock changes included): the same few are asked all day.
const wallTimes = new BoundedCache<string, DateTime>(256);
const nextDays = new BoundedCache<number, DateTime>(256);

/** `hour:minute` on the London midnight `day`. Both `day` and `now` below are on London's clock. */
function wallTime(day: DateTime, hour: number, minute: number): DateTime {
  return wallTimes.get(`${day.toISODate()} ${hour}:${minute}`, () => day.set({ hour, minute, second: 0, millisecond: 0 }));
}

/** The same time of day a day later. */
function dayLater(at: DateTime): DateTime {
  return nextDays.get(at.toMillis(), () => at.plus({ days: 1 }));
}

/** "today", "tomorrow", "on Saturday 28 November": the day of an instant, as said after its time. */
function onDay(at: DateTime, today: DateTime): string {
  const label = labelDate(londonMidnight(at.toISODate() as string), today);
  return label === 'today' || label === 'tomorrow' || label === 'yesterday' ? label : `on ${label}`;
}

/** The words around a time said alone as a follow-up: "and at 10am?", "what about 10am", "10am then?". */
const TIME_FOLLOW_UP_WORDS: ReadonlySet<string> = new Set(['and', 'so', 'ok', 'okay', 'oh', 'hmm', 'but', 'what', 'whats', 'about', 'abt', 'how', 'at', 'by', 'around', 'from', 'then', 'instead', 'too', 'pls', 'please', 'though', 'tho', 'if']);

/** The day of a time or day asked before, when it is not today (today's own hours need no carrying). */
function dayAskedBefore(previous: WhenAsked, today: DateTime): DayReading | undefined {
  const iso = previous.kind === 'instant' ? DateTime.fromISO(previous.iso).setZone(ZONE).toISODate() : previous.kind === 'date' || previous.kind === 'weekday' ? previous.date : undefined;
  if (!iso || iso <= (today.toISODate() ?? '')) return undefined;
  const date = londonMidnight(iso);
  return { date, label: labelDate(date, today) };
}

/** A clock time put on the day asked about (a bare time: its next showing), with the label said back. */
function placeTime(
  clock: ClockReading,
  day: DayReading | undefined,
  today: DateTime,
  now: DateTime,
  part: 'am' | 'pm' | undefined,
  opening: boolean,
  closedAsked: boolean,
): { at: DateTime; label: string; said?: string; otherHalf?: DateTime; before?: true } {
  const named = day !== undefined && !day.general;
  const base = named ? day.date : today;
  const placed = placeClock(clock, base, now, part, opening, closedAsked);
  const chose = placed.chose;
  let at = placed.at;
  if (clock.endOfDay) {
    // Midnight belongs to the night after the day named: "midnight on Saturday" is 00:00 on Sunday.
    at = at.plus({ days: 1 });
    const of = named && !['today', 'tonight'].includes(day.label) ? `at the end of ${day.label}` : 'tonight';
    return { at, label: `midnight ${of} (00:00 on ${at.toFormat('cccc d MMMM')})` };
  }
  // A bare time means its next showing.
  if (!named && at < now) at = dayLater(at);
  // "open before 10am on monday": the minute before the hour said, when a counter opening at 10:00 is still shut.
  // Its label keeps the hour said: "before 9am tomorrow", never "8:59am tomorrow".
  const saidAt = at;
  if (clock.before) at = at.minus({ minutes: 1 });
  const on = named && at.toISODate() === base.toISODate() ? (['today', 'tomorrow', 'tonight', 'yesterday'].includes(day.label) ? day.label : `on ${day.label}`) : onDay(at, today);
  const label = `${clock.before ? 'before ' : ''}${timeLabel(saidAt.hour, saidAt.minute)} ${on}`;
  const said = clock.loose ?? (chose ? clock.said : undefined);
  // "at 8 on sunday": 08:00 taken, and 20:00 that day kept beside it (a time whose label says which half was taken keeps to it).
  const otherHalf = placed.bare && !said ? at.plus({ hours: at.hour < 12 ? 12 : -12 }) : undefined;
  // An other half already gone ("around 5" asked at 2pm) was not meant.
  return { at, label, ...(said ? { said } : {}), ...(otherHalf && otherHalf.toISODate() === at.toISODate() && otherHalf >= now ? { otherHalf } : {}), ...(clock.before ? { before: true as const } : {}) };
}

/** "in 20 minutes", "in an hour", "this time next week": an instant counted from now. */
function readFromNow(p: Phrases, londonNow: () => DateTime): { at: DateTime; said: string } | undefined {
  const inAWhile = p.first(IN_A_WHILE);
  if (inAWhile) {
    const now = londonNow();
    const amount = inAWhile.groups[1] === undefined ? 1 : (AMOUNTS.get(inAWhile.groups[1]) ?? Number(inAWhile.groups[1]));
    const unit = inAWhile.groups[2]?.startsWith('h') ? 'hours' : 'minutes';
    if (!Number.isFinite(amount) || amount <= 0 || (unit === 'hours' ? amount > 48 : amount > 48 * 60)) return undefined;
    p.use(inAWhile);
    return { at: now.plus({ minutes: unit === 'hours' ? amount * 60 : amount }).startOf('minute'), said: inAWhile.groups[0] ?? '' };
  }
  const same = p.first(THIS_TIME);
  if (same) {
    const now = londonNow();
    const on = same.groups[1] ?? '';
    const weekday = weekdayOf(on.replace(/^next /, ''));
    const days = on === 'tomorrow' ? 1 : on === 'next week' || weekday === undefined ? 7 : ((weekday - now.weekday + 7) % 7 || 7) + (weekday <= now.weekday ? 0 : 7);
    p.use(same);
    return { at: now.plus({ days }).startOf('minute'), said: same.groups[0] ?? '' };
  }
  return undefined;
}

/**
 * The special day a date falls on, if any ("the 25th" is Christmas Day): the data has no
 * hours for them, so a date that is one must be answered as one.
 */
export function specialDayOn(date: DateTime): SpecialDay | undefined {
  const iso = date.toISODate() ?? undefined;
  if (!iso) return undefined;
  const fixed = FIXED_SPECIAL_DAYS.get(iso.slice(5));
  if (fixed) return { kind: fixed[0], label: fixed[1], date: iso };
  const holiday = bankHolidayOn(iso);
  if (!holiday) return undefined;
  const kind: SpecialDay['kind'] = /easter|good friday/i.test(holiday.name) ? 'easter' : /christmas|boxing/i.test(holiday.name) ? 'christmas' : /new year/i.test(holiday.name) ? 'new-year' : 'bank-holiday';
  const label = kind === 'bank-holiday' ? `the ${holiday.name.replace(/^Early/, 'early')}` : `${holiday.name} (bank holiday)`;
  return { kind, label, date: iso };
}

const FIXED_SPECIAL_DAYS = wordTable<[SpecialDay['kind'], string]>({
  '12-24': ['christmas', 'Christmas Eve'],
  '12-25': ['christmas', 'Christmas Day'],
  '12-26': ['christmas', 'Boxing Day'],
  '12-31': ['new-year', "New Year's Eve"],
  '01-01': ['new-year', "New Year's Day"],
});

// A year's bank holidays by their (London) ISO dates: a year never changes.
const holidaysByDate = new BoundedCache<string, ReadonlyMap<string, BankHoliday>>(8);

/** The bank holiday on a London date, if any. */
function bankHolidayOn(iso: string): BankHoliday | undefined {
  const year = iso.slice(0, 4);
  return holidaysByDate.get(year, () => new Map(bankHolidays(Number(year)).map((h) => [h.date.toISODate() as string, h]))).get(iso);
}

/** A year said right after a special day ("christmas 2024"). */
const YEAR_WORD = /^(?:19|20)\d\d$/;

// The words of the rest of a when-reading.
const ASKS_THE_PRESENT = /\b(?:is|are|isnt|arent|does|do|will|can)\b/;
const ASKS_THE_PAST = /\b(?:was|were|did)\b(?: \w+){0,4} (?:open|opened|close|closed|shut)\b/;
const THE_WEEK = /\b(?:weekdays|week days|during the week|in the week|this week|next week|all week|every day|everyday|each day|daily|(?<!\b(?:in|for|within|after|next|last|past|the|than|over) )(?:7|seven) days(?: a week)?|mon(?:day)? (?:to|til|till|through|thru) (?:fri|friday|sun|sunday)|mon fri|mon sun)\b/g;
/** The week said as every one of its days ("every day", "7 days a week"), not only its weekdays ("during the week"). */
const EVERY_DAY_OF_THE_WEEK = /^(?:every ?day|each day|daily|all week|(?:7|seven) days|mon(?:day)? (?:to|til|till|through|thru) (?:sun|sunday)|mon sun)/;
const EVENING = /\b(?:tonight|evening|night|pm)\b/g;
/** The morning said, or said by what comes after it ("before work tomorrow about 7.45"). */
const MORNING = /\bmorning\b|\bbefore (?:work|school|college|uni)\b/;
/** The opening itself asked at a time ("does it open at 9", "opens at 8?"), not the state ("is it open at 9", "will it still be open at 8"). */
const ASKS_AN_OPENING_AT = /\b(?:does|do|will|would|did)(?: (?!be\b|still\b|stay\b|remain\b)\w+){0,4} (?:open|reopen)(?: up)? (?:at|by|around|before)\b|\b(?:opens|opening|reopens|reopening)(?: up)? (?:at|by|around|before)\b/;
/** Shut asked at an hour ("closed at 7", "are they all shut by 8"): the state, not a closing time (read as one above). */
const SHUT_AT_AN_HOUR = /\b(?:closed|shut) (?:at|by|around|from)\b/;
const NOW = /\b(?:right now|now|currently|at the moment|at present|presently|atm|as we speak|this minute|at this time|yet)\b/g;
const GREETING = /\b(?:good (?:morning|afternoon|evening|night)|see you later)\b/g;
const LATE = /\b(?:late|later|evening|evenings|night|nights|after work|after dark)\b/g;

/** Reads the when-words of a message, marking the words used. */
export function readWhen(p: Phrases, now: DateTime, previous?: WhenAsked): WhenReading {
  // The instant on London's clock is needed only for a time read; the date, always.
  let local: DateTime | undefined;
  const londonNow = (): DateTime => (local ??= now.setZone(ZONE).setLocale(LOCALE));
  const today = londonToday(now);

  const fromNow = readFromNow(p, londonNow);
  if (fromNow) {
    const { at, said } = fromNow;
    const label = `${timeLabel(at.hour, at.minute)} ${onDay(at, today)}`;
    const specialDay = specialDayOn(at);
    return { when: { kind: 'instant', iso: at.toISO() ?? '', label, said }, ...(specialDay ? { specialDay } : {}), late: at.hour >= 19 };
  }

  const special = readSpecialDay(p, today);
  const date = special ? undefined : readDate(p, today);
  const relative = special || date ? { late: false } : readRelativeDay(p, today, previous);
  // "my car was broken into last night, is Walworth open?": yesterday is when it happened, not what is asked,
  // unless the question itself is in the past ("was it open yesterday?").
  const asksThePresent = ASKS_THE_PRESENT.test(p.text) && !ASKS_THE_PAST.test(p.text);
  if (relative.day?.label === 'yesterday' && asksThePresent) delete relative.day;
  let day: DayReading | undefined = special ?? date ?? relative.day;
  if (day && !day.specialDay && !day.general) {
    const onSpecialDay = specialDayOn(day.date);
    if (onSpecialDay) day = { ...day, specialDay: onSpecialDay };
  }

  let weekend: WhenAsked | undefined;
  let week: { everyDay: boolean } | undefined;
  let nowAsked = false;
  if (!day) weekend = readWeekendAfter(p, today, previous) ?? readWeekend(p, today);
  // "I drive past it every day": the resident's routine, not the counter's week.
  // Only its "every day" is used: the place passed by is still read.
  const routine = p.first(RESIDENTS_ROUTINE);
  if (routine) p.use({ ...routine, first: routine.last - ((routine.groups[1] ?? '').split(' ').length - 1) });
  const weekMatch = p.first(
    THE_WEEK,
  );
  if (weekMatch) {
    p.use(weekMatch);
    week = { everyDay: EVERY_DAY_OF_THE_WEEK.test(weekMatch.groups[0] ?? '') };
  }
  if (!day && !weekend) {
    day = readWeekday(p, today, previous);
    const onSpecialDay = day ? specialDayOn(day.date) : undefined;
    if (day && onSpecialDay) day = { ...day, specialDay: onSpecialDay };
  }

  const evening = relative.late || p.first(EVENING) !== undefined;
  const morning = !evening && (relative.morning === true || MORNING.test(p.text));
  const clock = readClock(p);
  // "and at 10am?" right after a day asked ("on sunday at 8am"): that day's hour, not the hour's next showing.
  const dayBefore = clock && !day && !weekend && !week && !relative.late && previous && p.words.every((w, i) => p.isUsed(i) || TIME_FOLLOW_UP_WORDS.has(w)) ? dayAskedBefore(previous, today) : undefined;
  const time = clock ? placeTime(clock, day ?? dayBefore, today, londonNow(), evening ? 'pm' : morning ? 'am' : undefined, ASKS_AN_OPENING_AT.test(p.text), SHUT_AT_AN_HOUR.test(p.text)) : undefined;
  const nowMatch = p.first(NOW);
  if (nowMatch) {
    p.use(nowMatch);
    nowAsked = true;
  }
  // A greeting ("good evening") or a sign-off ("good night") is not a question about the evening.
  const greeting = p.first(GREETING);
  if (greeting) p.use(greeting);
  const lateMatch = p.first(LATE);
  if (lateMatch) p.use(lateMatch);
  const late = relative.late || lateMatch !== undefined || (time !== undefined && time.at.hour >= 19);

  const another = !time && !day && !weekend && !week && !nowAsked ? anotherHourThatDay(p.text, previous, today) : undefined;
  if (another) return { when: another.when, late: another.late };
  const partAlone = !time && !day && !weekend && !week && !nowAsked ? aPartOfTheDayAlone(p.text, previous, today, londonNow()) : undefined;
  if (partAlone) return { when: partAlone, late: partAlone.part === 'evening' };
  const partAsked = !time && !day && !weekend && !week && !nowAsked ? aPartOfTheDayAsked(p.text, today, londonNow()) : undefined;
  if (partAsked === 'habitually') return { when: { kind: 'week' }, late };
  if (partAsked) return { when: partAsked, late: partAsked.part === 'evening' || partAsked.part === 'night' };

  let when: WhenAsked | undefined;
  if (time) {
    when = { kind: 'instant', iso: time.at.toISO() ?? '', label: time.label, ...(time.said ? { said: time.said } : {}), ...(time.otherHalf ? { otherHalf: time.otherHalf.toISO() ?? '' } : {}), ...(time.before ? { before: true as const } : {}) };
  } else if (day && !day.general) {
    const iso = day.date.toISODate() ?? '';
    // "saturday evening", "sunday morning": the part of that day, asked of (a special day has no hours to part).
    const part = day.specialDay ? undefined : dayPartSaid(p.text);
    const parted = part ? { part } : {};
    when = day.weekday ? { kind: 'weekday', weekday: day.weekday, date: iso, label: day.label, ...parted } : { kind: 'date', date: iso, label: day.label, ...parted };
  } else if (weekend) {
    when = weekend;
  } else if (week || day?.general) {
    when = week?.everyDay ? { kind: 'week', everyDay: true } : { kind: 'week' };
  } else if (nowAsked) {
    when = { kind: 'now' };
  }
  return { when, specialDay: day?.specialDay, late };
}

/**
 * A part of a day said with the day ("saturday evening", "sat night", "on sunday in the morning", "tomorrow arvo", "this
 * evening", "the 5th at night"), or "tonight" (the evening). Only next to the day: "I work nights, is it open saturday?"
 * tells of the resident's nights, not the part of Saturday asked.
 */
const DAY_PART_WORDS = /\b(?:(?:mon|tue|tues|wed|weds|thu|thur|thurs|fri|sat|sun|\w+day|tomorrow|tmrw|tmr|this|today|\d{1,2}(?:st|nd|rd|th)?|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*)s? (?:(?:in|during) the |at |on (?:the )?)?(mornings?|morn|afternoons?|arvo|evenings?|eve|nights?)|(tonight))\b/;
/** Not a part asked: a greeting or sign-off ("good morning"), "all night" (round the clock), "night night". */
const NOT_A_DAY_PART = /\bgood (?:morning|afternoon|evening|night)\b|\bnight night\b|\b(?:all|over) ?night\b|\bnight (?:shift|bus|tube|out)\b/g;
const DAY_PART_OF: Readonly<Record<string, DayPart>> = { morning: 'morning', morn: 'morning', afternoon: 'afternoon', arvo: 'afternoon', evening: 'evening', eve: 'evening', tonight: 'evening', night: 'night' };

/** The part of a day a message asks of, if it names one. */
function dayPartSaid(text: string): DayPart | undefined {
  const m = DAY_PART_WORDS.exec(text.replace(NOT_A_DAY_PART, ' '));
  return m ? DAY_PART_OF[(m[1] ?? m[2]).replace(/s$/, '')] : undefined;
}

/** Only a part of a day, said as a follow-up: "and in the morning?", "what about the evening", "and at night?". */
const PART_ALONE = /^(?:(?:and|so|ok|okay|what|how|but|hmm) )*(?:about |abt )?(?:(?:(?:in|during) the |this |the )?(mornings?|morn|afternoons?|arvo|evenings?)|at (night))(?: (?:then|too|instead|pls|please|though|tho))*$/;

/**
 * "is croydon open?", then "and in the morning?": that part of the day asked before ("on sunday", then "in the
 * evening?": Sunday evening), else of today while the part is still to come, else of tomorrow.
 */
function aPartOfTheDayAlone(text: string, previous: WhenAsked | undefined, today: DateTime, now: DateTime): Extract<WhenAsked, { kind: 'date' | 'weekday' }> | undefined {
  const m = PART_ALONE.exec(text);
  if (!m) return undefined;
  const part = DAY_PART_OF[(m[1] ?? m[2]).replace(/s$/, '')];
  if (!part) return undefined;
  if (previous?.kind === 'date' || previous?.kind === 'weekday') return { ...previous, part };
  return partOfTodayOrTomorrow(part, today, now);
}

/** A part of a day with no day said: today's while it is still to come, else tomorrow's. */
function partOfTodayOrTomorrow(part: DayPart, today: DateTime, now: DateTime): Extract<WhenAsked, { kind: 'date' }> {
  const date = now.hour < DAY_PART_HOURS[part].to ? today : today.plus({ days: 1 });
  return { kind: 'date', date: date.toISODate() ?? '', label: labelDate(date, today), part };
}

/**
 * A part of a day said with a question and no day, where it asks of the counter's opening: right after "open", or
 * ending a message that asks of opening or going ("is brixton open in the morning", "can i go to ilford at night?"). One part
 * ("in the morning", "at night"): today's while it is still to come, else tomorrow's. Said as a habit ("in the
 * mornings", "evenings", "at nights"): the usual week. Not the time of something told ("i was robbed in the morning,
 * is brixton open"), a greeting, "all night" (round the clock) or a night shift.
 */
const PART_OF_A_DAY_ASKED =
  /(?:\bopen\b(?: \w+){0,3}? |(?<=\S )(?=(?:(?:in|during) the |at )?(?:mornings?|afternoons?|evenings?|nights?)(?: (?:too|then|as well|please|pls|though|tho))*$))(?<!\b(?:last|other|one|that|previous|same|every|from|a) )(?:(?:in|during) the |at )?(mornings?|afternoons?|evenings?|nights?)\b(?! (?:shift|bus|tube|out|time))/;
/** Opening asked, or going there: a part of a day at the end of the message is then when ("can i go to ilford at night"). */
const OPENING_OR_GOING = /\bopen\b|\b(?:can|could|should|shall) (?:i|we) (?:go|pop|drop|come|head|visit|get seen)\b/;
/** Closing asked: "does hayes close at night" asks whether it shuts for the night, of its usual week. */
const CLOSING_ASKED = /\b(?:close|closes|closed|closing|shut|shuts|shutting)\b/;

function aPartOfTheDayAsked(text: string, today: DateTime, now: DateTime): Extract<WhenAsked, { kind: 'date' }> | 'habitually' | undefined {
  if (!OPENING_OR_GOING.test(text) || CLOSING_ASKED.test(text)) return undefined;
  const m = PART_OF_A_DAY_ASKED.exec(text.replace(NOT_A_DAY_PART, ' '));
  if (!m) return undefined;
  const said = m[1];
  // "at night" is one night; "at nights", "mornings" and "in the evenings" are every one of them.
  if (said.endsWith('s')) return 'habitually';
  const part = DAY_PART_OF[said];
  return part ? partOfTodayOrTomorrow(part, today, now) : undefined;
}

/** Only another hour, after a time was asked: "what about 8", "and at 7 then", "10 instead". */
const ANOTHER_HOUR = /^(?:(?:and|so|ok|okay|what|how|hmm) )*(?:about |at |by |around |for )?(\d{1,2})(?:[ :.](\d\d))?(?: ?(am|pm))?(?: (?:then|instead|pls|please))*$/;

/**
 * "is walworth open at 9pm?", then "what about 8": 8 on the same day, in the same half of it (20:00), unless am or pm
 * is said. Only after a time was asked, and only an hour a clock has.
 */
function anotherHourThatDay(text: string, previous: WhenAsked | undefined, today: DateTime): { when: Extract<WhenAsked, { kind: 'instant' }>; late: boolean } | undefined {
  if (previous?.kind !== 'instant') return undefined;
  const m = ANOTHER_HOUR.exec(text);
  if (!m) return undefined;
  const hour = Number(m[1]);
  const minute = m[2] === undefined ? 0 : Number(m[2]);
  if (hour > 23 || minute > 59) return undefined;
  const before = DateTime.fromISO(previous.iso, { zone: ZONE });
  const half = m[3] === 'am' ? 0 : m[3] === 'pm' ? 12 : before.hour >= 12 ? 12 : 0;
  const at = before.set({ hour: hour > 12 || hour === 0 ? hour : (hour % 12) + half, minute });
  const when = { kind: 'instant' as const, iso: at.toISO() ?? '', label: `${timeLabel(at.hour, at.minute)} ${onDay(at, today)}`, said: `${m[1]}${m[2] === undefined ? '' : `:${m[2]}`}${m[3] ?? ''}` };
  return { when, late: at.hour >= 19 };
}
