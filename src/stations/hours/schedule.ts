/**
 * The shape of a front counter's weekly opening hours, in London wall-clock
 * terms. Pure data plus a few facts about it; turning it into real instants
 * (clock changes included) is `occurrences.ts`'s job.
 */

/** ISO weekday as luxon numbers them: 1 = Monday ... 7 = Sunday. */
export type Weekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

export const WEEKDAYS: readonly Weekday[] = [1, 2, 3, 4, 5, 6, 7];

export const DAY_NAMES: Record<Weekday, string> = {
  1: 'Monday',
  2: 'Tuesday',
  3: 'Wednesday',
  4: 'Thursday',
  5: 'Friday',
  6: 'Saturday',
  7: 'Sunday',
};

export const DAY_ABBREVIATIONS: Record<Weekday, string> = {
  1: 'Mon',
  2: 'Tue',
  3: 'Wed',
  4: 'Thu',
  5: 'Fri',
  6: 'Sat',
  7: 'Sun',
};

export const MINUTES_PER_DAY = 1440;
export const MINUTES_PER_WEEK = 7 * MINUTES_PER_DAY;

/**
 * One opening on one day of the week, in London wall-clock minutes from that
 * day's midnight. `closes` may pass midnight: `Fri 22:00-02:00` is
 * `{ weekday: 5, opens: 1320, closes: 1560 }` (Saturday 02:00), and `24:00`
 * is 1440. Invariant: `0 <= opens < 1440`, `opens < closes`, and an interval
 * lasts less than a day unless it is exactly `00:00-24:00`, so that its
 * times alone say which day it closes on.
 */
export interface WeeklyInterval {
  /** The day the desk opens for this interval. */
  weekday: Weekday;
  opens: number;
  closes: number;
}

/**
 * A desk's regular week. Unknown hours are not a schedule: upstream simply has
 * none. A weekly schedule lists only the open intervals; any time not inside
 * one is closed.
 */
export type WeeklySchedule = { kind: 'always' } | { kind: 'weekly'; intervals: WeeklyInterval[] };

/** Whether the desk shuts between two openings on the same day (a lunch break in the hours given). */
export function hasABreakInTheDay(schedule: WeeklySchedule): boolean {
  if (schedule.kind === 'always') return false;
  const byDay = new Map<Weekday, WeeklyInterval[]>();
  for (const iv of schedule.intervals) byDay.set(iv.weekday, [...(byDay.get(iv.weekday) ?? []), iv]);
  return [...byDay.values()].some((own) => own.sort((a, b) => a.opens - b.opens).some((iv, i) => i > 0 && iv.opens > own[i - 1].closes));
}

export function isWeekday(n: unknown): n is Weekday {
  return typeof n === 'number' && Number.isInteger(n) && n >= 1 && n <= 7;
}

/** The weekday `offset` days after `weekday`, wrapping Sunday -> Monday. */
export function addDays(weekday: Weekday, offset: number): Weekday {
  return ((((weekday - 1 + offset) % 7) + 7) % 7 + 1) as Weekday;
}

/** Throws if a hand-built schedule breaks the model's invariants, so queries never answer from garbage. */
export function assertWellFormed(schedule: WeeklySchedule): void {
  if (schedule === null || typeof schedule !== 'object') throw new TypeError('Opening hours: schedule is missing');
  if (schedule.kind === 'always') return;
  if (schedule.kind !== 'weekly' || !Array.isArray(schedule.intervals)) {
    throw new TypeError('Opening hours: schedule must be { kind: "always" } or { kind: "weekly", intervals: [...] }');
  }
  for (const iv of schedule.intervals) {
    const ok =
      isWeekday(iv.weekday) &&
      Number.isInteger(iv.opens) &&
      Number.isInteger(iv.closes) &&
      iv.opens >= 0 &&
      iv.opens < MINUTES_PER_DAY &&
      iv.closes > iv.opens &&
      isDayLength(iv.opens, iv.closes);
    if (!ok) throw new RangeError(`Opening hours: malformed interval ${JSON.stringify(iv)}`);
  }
}

/** The schedule as text, for cache keys: two schedules with the same openings answer alike. */
export function scheduleKey(schedule: WeeklySchedule): string {
  if (schedule.kind === 'always') return 'always';
  let key = '';
  for (const iv of schedule.intervals) key += `${iv.weekday}:${iv.opens}-${iv.closes},`;
  return key;
}

/** Shorter than a day, or exactly one whole day from midnight to midnight. */
export function isDayLength(opens: number, closes: number): boolean {
  return closes - opens < MINUTES_PER_DAY || (opens === 0 && closes === MINUTES_PER_DAY);
}

/** The interval as minutes from Monday 00:00; `end` may pass Sunday 24:00. */
function weekSpan(iv: WeeklyInterval): { start: number; end: number } {
  const base = (iv.weekday - 1) * MINUTES_PER_DAY;
  return { start: base + iv.opens, end: base + iv.closes };
}

/** True when the two intervals share any moment of the week (merely touching does not count). */
export function overlaps(a: WeeklyInterval, b: WeeklyInterval): boolean {
  const x = weekSpan(a);
  const y = weekSpan(b);
  // Try b shifted a week either way, for intervals that wrap past Sunday midnight.
  for (const shift of [-MINUTES_PER_WEEK, 0, MINUTES_PER_WEEK]) {
    if (x.start < y.end + shift && y.start + shift < x.end) return true;
  }
  return false;
}

/**
 * True when the intervals leave no moment of the wall-clock week closed,
 * e.g. `Mon-Sun 00:00-24:00`: such a desk never closes, like `24/7`.
 */
export function coversWholeWeek(intervals: readonly WeeklyInterval[]): boolean {
  const spans: Array<{ start: number; end: number }> = [];
  for (const iv of intervals) {
    const { start, end } = weekSpan(iv);
    if (end <= MINUTES_PER_WEEK) spans.push({ start, end });
    else {
      spans.push({ start, end: MINUTES_PER_WEEK });
      spans.push({ start: 0, end: end - MINUTES_PER_WEEK });
    }
  }
  spans.sort((a, b) => a.start - b.start);
  let reached = 0;
  for (const s of spans) {
    if (s.start > reached) return false;
    reached = Math.max(reached, s.end);
  }
  return reached >= MINUTES_PER_WEEK;
}

/** The intervals that open on `weekday`, earliest first. */
export function intervalsOpeningOn(intervals: readonly WeeklyInterval[], weekday: Weekday): WeeklyInterval[] {
  return intervals.filter((iv) => iv.weekday === weekday).sort((a, b) => a.opens - b.opens);
}
