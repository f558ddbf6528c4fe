/**
 * Reads the weekly schedules written in `events.csv` `hours` rows:
 *
 *   24/7
 *   Mon-Fri 10:00-22:00; Sat-Sun 09:00-19:00
 *   Mon, Wed, Fri 10:00-12:00        (day lists)
 *   Sat 09:00-12:00, 13:00-17:00     (several ranges a day)
 *   Fri-Sat 22:00-02:00              (past midnight: Fri 22:00 to Sat 02:00, ...)
 *   Sat-Mon 10:00-24:00              (day ranges wrap round Sunday)
 *
 * Anything else is rejected with the part that could not be read, so the data
 * validator can say exactly what is wrong instead of the bot guessing.
 */
import {
  DAY_ABBREVIATIONS,
  MINUTES_PER_DAY,
  WEEKDAYS,
  addDays,
  coversWholeWeek,
  isDayLength,
  overlaps,
  type Weekday,
  type WeeklyInterval,
  type WeeklySchedule,
} from './schedule';
import { clockText } from './clockText';

export class ScheduleParseError extends Error {
  override readonly name = 'ScheduleParseError';

  constructor(
    /** The whole value that was being read. */
    readonly text: string,
    /** The fragment that could not be read, e.g. `Mnd`. */
    readonly part: string,
    /** Why, in words for a data maintainer. */
    readonly reason: string,
  ) {
    super(`Cannot read opening hours "${text}": ${reason}`);
  }
}

export type ScheduleParseResult = { ok: true; schedule: WeeklySchedule } | { ok: false; reason: string; part: string };

/** Reads a schedule or throws `ScheduleParseError` naming the bad part. */
export function parseSchedule(text: string): WeeklySchedule {
  if (typeof text !== 'string') throw new ScheduleParseError(String(text), String(text), 'the value is not text');
  const fail = (part: string, reason: string): never => {
    throw new ScheduleParseError(text, part, reason);
  };

  const whole = text.trim();
  if (whole === '') fail(text, 'the value is empty');
  if (whole === '24/7') return { kind: 'always' };

  const found: Array<{ interval: WeeklyInterval; rule: string }> = [];
  for (const rawRule of whole.split(';')) {
    const rule = rawRule.trim();
    if (rule === '') fail(rawRule, 'there is an empty part between semicolons');
    if (rule.includes('24/7')) fail(rule, '"24/7" must be the whole value, not combined with other hours');

    const firstDigit = rule.search(/\d/);
    if (firstDigit < 0) fail(rule, `"${rule}" has no opening times`);
    const dayText = rule.slice(0, firstDigit).trim();
    const timeText = rule.slice(firstDigit).trim();
    if (dayText === '') fail(rule, `"${rule}" does not say which days`);

    const days = readDays(dayText, fail);
    const ranges = readRanges(timeText, fail);
    for (const weekday of days) {
      for (const { opens, closes } of ranges) found.push({ interval: { weekday, opens, closes }, rule });
    }
  }

  for (let i = 0; i < found.length; i++) {
    for (let j = i + 1; j < found.length; j++) {
      if (overlaps(found[i].interval, found[j].interval)) {
        const a = describeOne(found[i].interval);
        const b = describeOne(found[j].interval);
        fail(found[j].rule, `${a} overlaps ${b}`);
      }
    }
  }

  const intervals = mergeTouching(found.map((f) => f.interval));
  // One meaning, one shape: a week with no closed moment is simply 24/7.
  if (coversWholeWeek(intervals)) return { kind: 'always' };
  return { kind: 'weekly', intervals };
}

/** Like `parseSchedule`, but returns the reason (naming the bad part) instead of throwing. */
export function tryParseSchedule(text: string): ScheduleParseResult {
  try {
    return { ok: true, schedule: parseSchedule(text) };
  } catch (err) {
    if (err instanceof ScheduleParseError) return { ok: false, reason: err.reason, part: err.part };
    throw err;
  }
}

type Fail = (part: string, reason: string) => never;

const DAY_BY_NAME = new Map<string, Weekday>(WEEKDAYS.map((d) => [DAY_ABBREVIATIONS[d].toLowerCase(), d]));

function readDay(name: string, fail: Fail): Weekday {
  const day = DAY_BY_NAME.get(name.toLowerCase());
  if (day === undefined) return fail(name, `"${name}" is not a day (use Mon, Tue, Wed, Thu, Fri, Sat, Sun)`);
  return day;
}

/** `Mon-Fri`, `Sat-Mon` (wraps), `Mon, Wed, Fri`, or a mix: `Mon-Wed, Fri`. */
function readDays(text: string, fail: Fail): Weekday[] {
  const days: Weekday[] = [];
  for (const rawItem of text.split(',')) {
    const item = rawItem.trim();
    if (item === '') fail(text, `the day list "${text}" has an empty item`);
    const range = /^([A-Za-z]+)\s*[-–]\s*([A-Za-z]+)$/.exec(item);
    let itemDays: Weekday[];
    if (range) {
      const from = readDay(range[1], fail);
      const to = readDay(range[2], fail);
      if (from === to) fail(item, `the day range "${item}" starts and ends on the same day`);
      const length = ((to - from + 7) % 7) + 1;
      itemDays = Array.from({ length }, (_, i) => addDays(from, i));
    } else if (/^[A-Za-z]+$/.test(item)) {
      itemDays = [readDay(item, fail)];
    } else {
      return fail(item, `"${item}" is not a day or a day range like Mon-Fri`);
    }
    for (const d of itemDays) {
      if (days.includes(d)) fail(text, `${DAY_ABBREVIATIONS[d]} is listed twice in "${text}"`);
      days.push(d);
    }
  }
  return days;
}

/** `10:00-22:00`, `09:00-12:00, 13:00-17:00`, `22:00-02:00` (past midnight). */
function readRanges(text: string, fail: Fail): Array<{ opens: number; closes: number }> {
  const ranges: Array<{ opens: number; closes: number }> = [];
  for (const rawItem of text.split(',')) {
    const item = rawItem.trim();
    if (item === '') fail(text, `the times "${text}" have an empty item`);
    const m = /^(\d{1,2}:\d{2})\s*[-–]\s*(\d{1,2}:\d{2})$/.exec(item);
    if (!m) return fail(item, `"${item}" is not a time range like 10:00-22:00`);
    const opens = readTime(m[1], fail);
    let closes = readTime(m[2], fail);
    if (opens === MINUTES_PER_DAY) fail(item, `"${item}" opens at 24:00; write 00:00 on the next day`);
    if (opens === closes) fail(item, `"${item}" opens and closes at the same time`);
    // A closing time before the opening time is on the next day (22:00-02:00).
    if (closes < opens) closes += MINUTES_PER_DAY;
    ranges.push({ opens, closes });
  }
  return ranges;
}

function readTime(text: string, fail: Fail): number {
  const m = /^(\d{2}):(\d{2})$/.exec(text);
  if (!m) return fail(text, `"${text}" is not a time; write two-digit hours and minutes like 09:00`);
  const hours = Number(m[1]);
  const minutes = Number(m[2]);
  if (minutes > 59 || hours > 24 || (hours === 24 && minutes !== 0)) {
    fail(text, `"${text}" is not a time of day (00:00 to 24:00)`);
  }
  return hours * 60 + minutes;
}

/** Joins `Sat 09:00-12:00, 12:00-17:00` into `Sat 09:00-17:00`; keeps Monday-first order. */
function mergeTouching(intervals: WeeklyInterval[]): WeeklyInterval[] {
  const sorted = [...intervals].sort((a, b) => a.weekday - b.weekday || a.opens - b.opens);
  const merged: WeeklyInterval[] = [];
  for (const iv of sorted) {
    const last = merged[merged.length - 1];
    const joinable = last && last.weekday === iv.weekday && last.closes === iv.opens && isDayLength(last.opens, iv.closes);
    if (joinable) last.closes = iv.closes;
    else merged.push({ ...iv });
  }
  return merged;
}

function describeOne(iv: WeeklyInterval): string {
  return `${DAY_ABBREVIATIONS[iv.weekday]} ${clockText(iv.opens, '24h')}-${clockText(iv.closes, '24h')}`;
}
