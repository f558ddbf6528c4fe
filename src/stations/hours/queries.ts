/**
 * Questions a resident asks of a schedule: is it open now, when does it
 * close or open next, what are the hours on a given day. The instant or date
 * is always an argument, read on London's clock.
 */
import type { DateTime } from 'luxon';
import { BoundedCache } from '../boundedCache';
import { addCalendarDays, londonClock, londonDay, requireValid, wallClockInstantOn, type CalendarDay } from './londonTime';
import {
  DAY_NAMES,
  MINUTES_PER_DAY,
  assertWellFormed,
  coversWholeWeek,
  scheduleKey,
  type Weekday,
  type WeeklyInterval,
  type WeeklySchedule,
} from './schedule';

/** A stretch of real time the desk is open; `close` is the first closed moment. */
export interface OpenInterval {
  open: DateTime;
  close: DateTime;
}

export type OpeningState =
  | { open: true; /** `null`: never closes (24/7). */ closesAt: DateTime | null }
  | { open: false; /** `null`: never opens. */ opensAt: DateTime | null };

export interface DayHours {
  /** ISO date, `YYYY-MM-DD`. */
  date: string;
  weekday: Weekday;
  dayName: string;
  /**
   * The openings that touch this day, earliest first, with their real open
   * and close instants: the last may close after midnight, and the first may
   * be the previous evening's opening still running (`fromPreviousDay`).
   * For a 24/7 desk, one interval from this midnight to the next.
   */
  intervals: Array<OpenInterval & { fromPreviousDay: boolean }>;
  /** Open at every moment of the day. */
  allDay: boolean;
  /** Open at no moment of the day. */
  closedAllDay: boolean;
}

/** True when the desk is open at that instant. */
export function isOpenAt(schedule: WeeklySchedule, at: DateTime): boolean {
  assertWellFormed(schedule);
  if (neverCloses(schedule)) return true;
  if (schedule.kind !== 'weekly') return false;
  // Read the wall clock, as the desk does: open when London's clock shows a
  // time inside a range (the same rule wallClockInstant applies on clock-change
  // days), without building instants, so nearest-open queries stay cheap.
  const now = londonClock(at);
  const minute = now.minuteOfDay;
  const yesterday = now.weekday === 1 ? 7 : now.weekday - 1;
  return schedule.intervals.some(
    (iv) =>
      (iv.weekday === now.weekday && iv.opens <= minute && minute < iv.closes) ||
      (iv.weekday === yesterday && iv.closes > MINUTES_PER_DAY && minute < iv.closes - MINUTES_PER_DAY),
  );
}

// What a schedule answers does not change within a minute (opening times are whole minutes):
// 2,048 entries hold a few minutes of every schedule in the data, or the hours asked about one day.
const states = new BoundedCache<string, OpeningState>(2048);
const days = new BoundedCache<string, DayHours>(1024);

/**
 * Open or closed at `at`, and until when. Openings that run into each other
 * (a Monday ending 24:00 and a Tuesday starting 00:00) count as one, so
 * `closesAt` is when the desk really shuts. Cached per schedule and minute.
 */
export function openingStateAt(schedule: WeeklySchedule, at: DateTime): OpeningState {
  assertWellFormed(schedule);
  requireValid(at, 'instant');
  return states.get(`${scheduleKey(schedule)}@${Math.floor(at.toMillis() / 60_000)}`, () => Object.freeze(findOpeningState(schedule, at)));
}

function findOpeningState(schedule: WeeklySchedule, at: DateTime): OpeningState {
  if (neverCloses(schedule)) return { open: true, closesAt: null };
  const intervals = schedule.kind === 'weekly' ? schedule.intervals : [];
  if (intervals.length === 0) return { open: false, opensAt: null };

  // Most answers are settled within a day before and a week after; only a
  // stretch that runs to the edge of that window (or no opening in it) needs
  // the wide search. A week that is not fully open has a closed moment every
  // week, so any stretch ends within 8 days; 15 days either side also covers
  // a gap that vanishes when the clocks go forward.
  const today = londonClock(at);
  const t = at.toMillis();
  return stateWithin(intervals, today, t, 1, 8) ?? (stateWithin(intervals, today, t, 15, 15) as OpeningState);
}

/** The state at `t` (on London day `today`) from the openings `before`..`after` days around it, or null when that window cannot tell. */
function stateWithin(intervals: readonly WeeklyInterval[], today: CalendarDay, t: number, before: number, after: number): OpeningState | null {
  const occurrences: OpenInterval[] = [];
  for (let offset = -before; offset <= after; offset++) occurrences.push(...occurrencesOn(intervals, addCalendarDays(today, offset)));
  const stretches = joinTouching(occurrences);
  const wide = before >= 15;
  const current = stretches.findIndex((s) => s.open.toMillis() <= t && t < s.close.toMillis());
  if (current >= 0) {
    // The last stretch may go on past the window: only the wide search may say when it ends.
    if (current === stretches.length - 1 && !wide) return null;
    return { open: true, closesAt: stretches[current].close };
  }
  const next = stretches.find((s) => s.open.toMillis() > t);
  if (next) return { open: false, opensAt: next.open };
  return wide ? { open: false, opensAt: null } : null;
}

/** The hours on one London calendar date (a DateTime read on London's clock, or `YYYY-MM-DD`). Cached per schedule and date. */
export function hoursOn(schedule: WeeklySchedule, date: DateTime | string): DayHours {
  assertWellFormed(schedule);
  const key = typeof date === 'string' ? date : londonClock(date).date;
  return days.get(`${scheduleKey(schedule)}@${key}`, () => freezeDay(findHours(schedule, date)));
}

function findHours(schedule: WeeklySchedule, date: DateTime | string): DayHours {
  const day = londonDay(date);
  const nextDay = day.plus({ days: 1 });
  const weekday = day.weekday as Weekday;
  const base = { date: day.toISODate() as string, weekday, dayName: DAY_NAMES[weekday] };

  if (neverCloses(schedule)) {
    return { ...base, intervals: [{ open: day, close: nextDay, fromPreviousDay: false }], allDay: true, closedAllDay: false };
  }
  const weekly = schedule.kind === 'weekly' ? schedule.intervals : [];
  const start = day.toMillis();
  const calendarDay: CalendarDay = { year: day.year, month: day.month, day: day.day, weekday };
  const fromPreviousDay = occurrencesOn(weekly, addCalendarDays(calendarDay, -1))
    .filter((o) => o.close.toMillis() > start)
    .map((o) => ({ ...o, fromPreviousDay: true }));
  const own = occurrencesOn(weekly, calendarDay).map((o) => ({ ...o, fromPreviousDay: false }));
  const intervals = [...fromPreviousDay, ...own];

  const end = nextDay.toMillis();
  const allDay = joinTouching(intervals).some((s) => s.open.toMillis() <= start && s.close.toMillis() >= end);
  return { ...base, intervals, allDay, closedAllDay: intervals.length === 0 };
}

/** A cached answer is shared by every caller: frozen, so a caller that changed it would fail loudly, not change the next answer. */
function freezeDay(hours: DayHours): DayHours {
  for (const iv of hours.intervals) Object.freeze(iv);
  Object.freeze(hours.intervals);
  return Object.freeze(hours);
}

// Whether a schedule's intervals cover the whole week, worked out once per schedule (schedules are never changed).
const wholeWeek = new WeakMap<readonly WeeklyInterval[], boolean>();

function neverCloses(schedule: WeeklySchedule): boolean {
  if (schedule.kind === 'always') return true;
  let covered = wholeWeek.get(schedule.intervals);
  if (covered === undefined) wholeWeek.set(schedule.intervals, (covered = coversWholeWeek(schedule.intervals)));
  return covered;
}

/** The real open/close instants of the intervals that open on London calendar day `day`. */
function occurrencesOn(intervals: readonly WeeklyInterval[], day: CalendarDay): OpenInterval[] {
  return intervals
    .filter((iv) => iv.weekday === day.weekday)
    .map((iv) => ({ open: wallClockInstantOn(day, iv.opens, 'opening'), close: wallClockInstantOn(day, iv.closes, 'closing') }))
    // An opening wholly inside the hour skipped in March never happens.
    .filter((o) => o.close.toMillis() > o.open.toMillis())
    .sort((a, b) => a.open.toMillis() - b.open.toMillis());
}

/** Sorts and joins openings that overlap or meet into continuous stretches. */
function joinTouching(intervals: readonly OpenInterval[]): OpenInterval[] {
  const sorted = [...intervals].sort((a, b) => a.open.toMillis() - b.open.toMillis());
  const joined: OpenInterval[] = [];
  for (const iv of sorted) {
    const last = joined[joined.length - 1];
    if (last && iv.open.toMillis() <= last.close.toMillis()) {
      if (iv.close.toMillis() > last.close.toMillis()) last.close = iv.close;
    } else {
      joined.push({ open: iv.open, close: iv.close });
    }
  }
  return joined;
}
