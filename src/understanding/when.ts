/**
 * Reading when a resident means: "now", "today", "tomorrow", a weekday (with
 * abbreviations and typos), "this weekend", a date ("25 december", "25/12"),
 * a special day ("christmas day", "bank holiday", "easter"), a time ("at 9pm"),
 * and whether they care about the evening ("open late?"). Dates are resolved
 * against the injected `now`, on London's calendar; the wall clock is never read.
 */
import { DateTime } from 'luxon';
import { editDistance } from '../stations/stationSearch';
import type { SpecialDay, WhenAsked } from './question';
import type { PhraseMatch, Phrases } from './phrases';
import { bankHolidays, easterSunday, firstMonday, fixedDay, lastMonday, nextBankHoliday, nextYearly } from './specialDays';
import { COMMON_WORDS, wordTable } from './lexicon';

const ZONE = 'Europe/London';
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

function labelDate(d: DateTime, today: DateTime): string {
  const days = Math.round(d.diff(today, 'days').days);
  if (days === 0) return 'today';
  if (days === 1) return 'tomorrow';
  if (days === -1) return 'yesterday';
  return d.year === today.year ? d.toFormat('cccc d MMMM') : d.toFormat('cccc d MMMM yyyy');
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

/** Special days, multi-word first. Each returns the day (or a general reading). */
function readSpecialDay(p: Phrases, today: DateTime): DayReading | undefined {
  const special = (m: PhraseMatch | undefined, kind: SpecialDay['kind'], label: string, date: DateTime | null): DayReading | undefined => {
    if (!m) return undefined;
    p.use(m);
    if (!date) return { date: today, label, specialDay: { kind, label }, general: true };
    return { date, label, specialDay: { kind, label, date: date.toISODate() ?? undefined } };
  };
  const first = (re: RegExp) => p.first(re);
  const yearly = (month: number, d: number) => nextYearly(today, fixedDay(month, d));

  let m = first(/\bchristmas eve\b/g);
  if (m) return special(m, 'christmas', 'Christmas Eve', yearly(12, 24));
  m = first(/\bboxing day\b/g);
  if (m) return special(m, 'christmas', 'Boxing Day', yearly(12, 26));
  m = first(/\bnew years? eve\b/g);
  if (m) return special(m, 'new-year', "New Year's Eve", yearly(12, 31));
  m = first(/\bnew years?(?: day)?\b/g);
  if (m) return special(m, 'new-year', "New Year's Day", yearly(1, 1));
  m = first(/\b(?:christmas|xmas)(?: day)?\b(?: (?:holidays?|period|break))?/g);
  if (m) return special(m, 'christmas', 'Christmas Day', yearly(12, 25));
  m = first(/\bgood friday\b/g);
  if (m) return special(m, 'easter', 'Good Friday', nextYearly(today, (y) => easterSunday(y).minus({ days: 2 })));
  m = first(/\beaster monday\b/g);
  if (m) return special(m, 'easter', 'Easter Monday', nextYearly(today, (y) => easterSunday(y).plus({ days: 1 })));
  m = first(/\beaster(?: sunday| day| weekend| holidays?)?\b/g);
  if (m) return special(m, 'easter', 'Easter Sunday', nextYearly(today, easterSunday));
  m = first(/\b(?:early may|may day)(?: bank holiday)?\b/g);
  if (m) return special(m, 'bank-holiday', 'the early May bank holiday', nextYearly(today, (y) => firstMonday(y, 5)));
  m = first(/\bspring bank holiday\b/g);
  if (m) return special(m, 'bank-holiday', 'the spring bank holiday', nextYearly(today, (y) => lastMonday(y, 5)));
  m = first(/\b(?:summer|august) bank holiday\b/g);
  if (m) return special(m, 'bank-holiday', 'the summer bank holiday', nextYearly(today, (y) => lastMonday(y, 8)));
  m = first(/\b(?:bank|public) holidays\b/g);
  if (m) return special(m, 'bank-holiday', 'bank holidays', null);
  m = first(/\b(?:(?:bank|public) holiday monday|monday (?:bank|public) holiday)\b/g);
  if (m) {
    // The next bank holiday that falls on a Monday (Easter Monday, the May and August ones, substitute days).
    let next = nextBankHoliday(today);
    while (next.date.weekday !== 1) next = nextBankHoliday(next.date.plus({ days: 1 }));
    return special(m, 'bank-holiday', `the next bank holiday Monday (${next.name})`, next.date);
  }
  m = first(/\b(?:bank|public) holiday(?: weekend)?\b/g);
  if (m) {
    const next = nextBankHoliday(today);
    const named = bankHolidays(next.date.year).find((h) => h.date.equals(next.date))?.name ?? 'the bank holiday';
    return special(m, 'bank-holiday', `the next bank holiday (${named})`, next.date);
  }
  m = first(/\bhalloween\b/g);
  if (m) return special(m, 'named', 'Halloween', yearly(10, 31));
  m = first(/\b(?:bonfire night|guy fawkes(?: night| day)?)\b/g);
  if (m) return special(m, 'named', 'Bonfire Night', yearly(11, 5));
  m = first(/\b(?:st )?valentines? day\b/g);
  if (m) return special(m, 'named', "Valentine's Day", yearly(2, 14));
  return undefined;
}

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
  for (const m of p.all(new RegExp(`\\b(?:the )?(\\d{1,2})(?:st|nd|rd|th)?(?: of)? (${MONTH_WORDS})\\b(?: (\\d{4}))?`, 'g'))) {
    const r = build(m, Number(m.groups[1]), monthNumber(m.groups[2]), m.groups[3]);
    if (r) return r;
  }
  for (const m of p.all(new RegExp(`\\b(${MONTH_WORDS}) (?:the )?(\\d{1,2})(?:st|nd|rd|th)?\\b(?: (\\d{4}))?`, 'g'))) {
    const r = build(m, Number(m.groups[2]), monthNumber(m.groups[1]), m.groups[3]);
    if (r) return r;
  }
  for (const m of p.all(/\b(\d{1,2})\/(\d{1,2})(?:\/(\d{4}|\d{2}))?\b/g)) {
    const r = build(m, Number(m.groups[1]), Number(m.groups[2]), m.groups[3]);
    if (r) return r;
  }
  // "on the 3rd", "the 15th": the next day of the month with that number (today counts).
  for (const m of p.all(/\b(?:on (?:the )?|the )(\d{1,2})(?:st|nd|rd|th)\b(?! (?:floor|street|road|avenue|time|one|ones|station|stations|nearest|closest|option|choice|counter|desk|police))/g)) {
    const dd = Number(m.groups[1]);
    for (let k = 0; k < 3; k++) {
      const month = today.plus({ months: k });
      const date = DateTime.fromObject({ year: month.year, month: month.month, day: dd }, { zone: ZONE, locale: LOCALE });
      if (date.isValid && date >= today) {
        p.use(m);
        return { date, label: labelDate(date, today) };
      }
    }
  }
  return undefined;
}

function readRelativeDay(p: Phrases, today: DateTime): { day?: DayReading; late: boolean } {
  let m = p.first(/\b(?:the )?day after tomorrow\b/g);
  if (m) {
    p.use(m);
    const date = today.plus({ days: 2 });
    return { day: { date, label: labelDate(date, today) }, late: false };
  }
  m = p.first(/\btomorrow(?: (morning|afternoon|evening|night))?\b/g);
  if (m) {
    p.use(m);
    const part = m.groups[1];
    return { day: { date: today.plus({ days: 1 }), label: 'tomorrow' }, late: part === 'evening' || part === 'night' };
  }
  m = p.first(/\b(?:tonight|this evening|later tonight|later today)\b/g);
  if (m) {
    p.use(m);
    return { day: { date: today, label: 'tonight' }, late: true };
  }
  m = p.first(/\b(?:today|this (?:morning|afternoon))\b/g);
  if (m) {
    p.use(m);
    return { day: { date: today, label: 'today' }, late: false };
  }
  m = p.first(/\b(?:yesterday|last night)\b/g);
  if (m) {
    p.use(m);
    return { day: { date: today.minus({ days: 1 }), label: 'yesterday' }, late: false };
  }
  return { late: false };
}

function readWeekday(p: Phrases, today: DateTime): DayReading | undefined {
  const words = p.words;
  for (let i = 0; i < words.length; i++) {
    if (p.isUsed(i)) continue;
    const weekday = weekdayOf(words[i]);
    if (!weekday) continue;
    const before = i > 0 && !p.isUsed(i - 1) ? words[i - 1] : '';
    let delta = (weekday - today.weekday + 7) % 7;
    let label = WEEKDAYS[weekday - 1].replace(/^./, (c) => c.toUpperCase());
    let first = i;
    if (before === 'next' || before === 'this' || before === 'coming' || before === 'last') {
      first = i - 1;
      if (before === 'next' && delta === 0) delta = 7;
      if (before === 'last') {
        delta = -(((today.weekday - weekday + 7) % 7) || 7);
        label = `last ${label}`;
      }
    }
    p.use({ groups: [], first, last: i });
    const date = today.plus({ days: delta });
    if (delta < 0) return { date, label };
    return { date, label, weekday };
  }
  return undefined;
}

interface TimeReading {
  hour: number;
  minute: number;
  label: string;
}

function timeLabel(hour: number, minute: number): string {
  if (hour === 12 && minute === 0) return 'midday';
  if (hour === 0 && minute === 0) return 'midnight';
  const h12 = hour % 12 === 0 ? 12 : hour % 12;
  return `${h12}${minute ? `:${String(minute).padStart(2, '0')}` : ''}${hour < 12 ? 'am' : 'pm'}`;
}

function readTime(p: Phrases, evening: boolean): TimeReading | undefined {
  const make = (m: PhraseMatch, hour: number, minute: number): TimeReading | undefined => {
    if (hour > 23 || minute > 59) return undefined;
    p.use(m);
    return { hour, minute, label: timeLabel(hour, minute) };
  };
  for (const m of p.all(/\b(?:(?:at|by|around|about|before|after|until|till|til|for|from) )?(\d{1,2})(?::(\d{2}))? ?(am|pm)\b/g)) {
    let hour = Number(m.groups[1]);
    if (hour < 1 || hour > 12) continue;
    if (m.groups[3] === 'pm' && hour !== 12) hour += 12;
    if (m.groups[3] === 'am' && hour === 12) hour = 0;
    const r = make(m, hour, Number(m.groups[2] ?? 0));
    if (r) return r;
  }
  for (const m of p.all(/\b(?:(?:at|by|around|about|before|after|until|till|til|from) )?(\d{1,2}):(\d{2})\b/g)) {
    const r = make(m, Number(m.groups[1]), Number(m.groups[2]));
    if (r) return r;
  }
  const named = p.first(/\b(?:at |by |around |before |after |until |till )?(noon|midday|midnight)\b/g);
  if (named) return make(named, named.groups[1] === 'midnight' ? 0 : 12, 0);
  // "half 9", "half past 9", "quarter to 10": British spoken times.
  for (const m of p.all(/\b(?:(?:at|by|around|about|before|after|until|till|til) )?(half|quarter) (?:(past|to) )?(\d{1,2})\b(?! ?(?::|am|pm))/g)) {
    let hour = Number(m.groups[3]);
    if (hour < 1 || hour > 12) continue;
    let minute = m.groups[1] === 'half' ? 30 : 15;
    if (m.groups[2] === 'to') {
      if (m.groups[1] === 'half') continue;
      minute = 45;
      hour -= 1;
    }
    if (hour <= 6 || (evening && hour < 12)) hour += 12;
    const r = make(m, hour % 24, minute);
    if (r) return r;
  }
  // "at 9": a counter's day runs from about 7am to 11pm, so 1-6 read as afternoon ("at 10 tonight": evening).
  for (const m of p.all(/\b(?:at|by|around|before|after|until|till|til) (\d{1,2})(?: oclock)?\b(?! ?(?:am|pm|:))/g)) {
    let hour = Number(m.groups[1]);
    if (hour < 1 || hour > 12) continue;
    if (hour <= 6 || (evening && hour < 12)) hour += 12;
    const r = make(m, hour, 0);
    if (r) return r;
  }
  return undefined;
}

/**
 * The special day a date falls on, if any ("the 25th" is Christmas Day): the data has no
 * hours for them, so a date that is one must be answered as one.
 */
export function specialDayOn(date: DateTime): SpecialDay | undefined {
  const iso = date.toISODate() ?? undefined;
  const named = wordTable<[SpecialDay['kind'], string]>({
    '12-24': ['christmas', 'Christmas Eve'],
    '12-25': ['christmas', 'Christmas Day'],
    '12-26': ['christmas', 'Boxing Day'],
    '12-31': ['new-year', "New Year's Eve"],
    '01-01': ['new-year', "New Year's Day"],
  });
  const fixed = named.get(date.toFormat('MM-dd'));
  if (fixed) return { kind: fixed[0], label: fixed[1], date: iso };
  const holiday = bankHolidays(date.year).find((h) => h.date.hasSame(date, 'day'));
  if (!holiday) return undefined;
  const kind: SpecialDay['kind'] = /easter|good friday/i.test(holiday.name) ? 'easter' : /christmas|boxing/i.test(holiday.name) ? 'christmas' : /new year/i.test(holiday.name) ? 'new-year' : 'bank-holiday';
  const label = kind === 'bank-holiday' ? `the ${holiday.name.replace(/^Early/, 'early')}` : `${holiday.name} (bank holiday)`;
  return { kind, label, date: iso };
}

/** Reads the when-words of a message, marking the words used. */
export function readWhen(p: Phrases, now: DateTime): WhenReading {
  const local = now.setZone(ZONE).setLocale(LOCALE);
  const today = local.startOf('day');

  const special = readSpecialDay(p, today);
  const date = special ? undefined : readDate(p, today);
  const relative = special || date ? { late: false } : readRelativeDay(p, today);
  // "my car was broken into last night, is Walworth open?": yesterday is when it happened, not what is asked,
  // unless the question itself is in the past ("was it open yesterday?").
  const asksThePresent = /\b(?:is|are|isnt|arent|does|do|will|can)\b/.test(p.text) && !/\b(?:was|were|did)\b(?: \w+){0,4} (?:open|opened|close|closed|shut)\b/.test(p.text);
  if (relative.day?.label === 'yesterday' && asksThePresent) delete relative.day;
  let day: DayReading | undefined = special ?? date ?? relative.day;
  if (day && !day.specialDay && !day.general) {
    const onSpecialDay = specialDayOn(day.date);
    if (onSpecialDay) day = { ...day, specialDay: onSpecialDay };
  }

  let weekend: WhenAsked | undefined;
  let week = false;
  let nowAsked = false;
  if (!day) {
    const weekendMatch = p.first(/\b(?:(this|next|coming|the) )?(?:weekends?|(?:saturday|sat) (?:and|or|n) (?:sunday|sun))\b/g);
    if (weekendMatch) {
      p.use(weekendMatch);
      let saturday = today.plus({ days: (6 - today.weekday + 7) % 7 });
      if (today.weekday === 7) saturday = today.minus({ days: 1 });
      if (weekendMatch.groups[1] === 'next' && today.weekday >= 6) saturday = saturday.plus({ days: 7 });
      const sunday = saturday.plus({ days: 1 });
      const label = weekendMatch.groups[1] === 'next' ? 'next weekend' : 'this weekend';
      weekend = { kind: 'weekend', dates: [saturday.toISODate() ?? '', sunday.toISODate() ?? ''], label };
    }
  }
  const weekMatch = p.first(
    /\b(?:weekdays|week days|during the week|in the week|this week|next week|all week|every day|everyday|each day|daily|mon(?:day)? (?:to|til|till|through|thru) (?:fri|friday|sun|sunday)|mon fri|mon sun)\b/g,
  );
  if (weekMatch) {
    p.use(weekMatch);
    week = true;
  }
  if (!day && !weekend) {
    day = readWeekday(p, today);
    const onSpecialDay = day ? specialDayOn(day.date) : undefined;
    if (day && onSpecialDay) day = { ...day, specialDay: onSpecialDay };
  }

  const evening = relative.late || p.first(/\b(?:tonight|evening|night|pm)\b/g) !== undefined;
  const time = readTime(p, evening);
  const nowMatch = p.first(/\b(?:right now|now|currently|at the moment|at present|presently|atm|as we speak|this minute|at this time|yet)\b/g);
  if (nowMatch) {
    p.use(nowMatch);
    nowAsked = true;
  }
  // A greeting ("good evening") or a sign-off ("good night") is not a question about the evening.
  const greeting = p.first(/\b(?:good (?:morning|afternoon|evening|night)|see you later)\b/g);
  if (greeting) p.use(greeting);
  const lateMatch = p.first(/\b(?:late|later|evening|evenings|night|nights|after work|after dark)\b/g);
  if (lateMatch) p.use(lateMatch);
  const late = relative.late || lateMatch !== undefined || (time !== undefined && time.hour >= 19);

  let when: WhenAsked | undefined;
  if (time) {
    let base = day?.general ? local.startOf('day') : (day?.date ?? local.startOf('day'));
    let instant = base.set({ hour: time.hour, minute: time.minute });
    let dayLabel = day && !day.general ? day.label : 'today';
    if (!day || day.general) {
      // A bare time means its next showing.
      if (instant < local) {
        base = base.plus({ days: 1 });
        instant = base.set({ hour: time.hour, minute: time.minute });
        dayLabel = 'tomorrow';
      }
    }
    const on = dayLabel === 'today' || dayLabel === 'tomorrow' || dayLabel === 'tonight' || dayLabel === 'yesterday' ? dayLabel : `on ${dayLabel}`;
    when = { kind: 'instant', iso: instant.toISO() ?? '', label: `${time.label} ${on}` };
  } else if (day && !day.general) {
    const iso = day.date.toISODate() ?? '';
    when = day.weekday ? { kind: 'weekday', weekday: day.weekday, date: iso, label: day.label } : { kind: 'date', date: iso, label: day.label };
  } else if (weekend) {
    when = weekend;
  } else if (week || day?.general) {
    when = { kind: 'week' };
  } else if (nowAsked) {
    when = { kind: 'now' };
  }
  return { when, specialDay: day?.specialDay, late };
}
