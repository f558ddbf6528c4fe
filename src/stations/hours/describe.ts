/**
 * A schedule in words: the seven-row week table a resident sees on a
 * station's page, and the one-line summary used in answers.
 */
import { BoundedCache } from '../boundedCache';
import { clockText, type TimeStyle } from './clockText';
import {
  DAY_ABBREVIATIONS,
  DAY_NAMES,
  MINUTES_PER_DAY,
  WEEKDAYS,
  addDays,
  assertWellFormed,
  coversWholeWeek,
  intervalsOpeningOn,
  scheduleKey,
  type Weekday,
  type WeeklySchedule,
} from './schedule';

export interface WeekTableRow {
  weekday: Weekday;
  dayName: string;
  /** `10:00–22:00`, `09:00–12:00, 13:00–17:00`, `22:00–02:00` (past midnight), `Open 24 hours` or `Closed`. */
  text: string;
}

// The data has a handful of schedules, each described in two styles: 256 entries is plenty.
const tables = new BoundedCache<string, readonly WeekTableRow[]>(256);
const descriptions = new BoundedCache<string, string>(256);

const OPEN_24_HOURS = 'Open 24 hours';
const CLOSED = 'Closed';

/**
 * Monday to Sunday. Each row lists the openings that start that day, as
 * timetables do: Friday `22:00–02:00` is not repeated as Saturday `00:00–02:00`.
 */
export function weekTable(schedule: WeeklySchedule, style: TimeStyle = '24h'): WeekTableRow[] {
  assertWellFormed(schedule);
  // The rows are shared by every caller, so frozen; the list is the caller's own.
  return [
    ...tables.get(`${style} ${scheduleKey(schedule)}`, () =>
      WEEKDAYS.map((weekday) => Object.freeze({ weekday, dayName: DAY_NAMES[weekday], text: dayText(schedule, weekday, style) })),
    ),
  ];
}

/** `Mon–Fri 10:00–22:00; Sat–Sun 09:00–19:00`, `Every day 09:00–17:00`, `Open 24 hours, every day`. */
export function describeSchedule(schedule: WeeklySchedule, style: TimeStyle = '24h'): string {
  assertWellFormed(schedule);
  return descriptions.get(`${style} ${scheduleKey(schedule)}`, () => describeWeek(schedule, style));
}

function describeWeek(schedule: WeeklySchedule, style: TimeStyle): string {
  if (schedule.kind === 'always' || coversWholeWeek(schedule.intervals)) return `${OPEN_24_HOURS}, every day`;

  const daysByText = new Map<string, Weekday[]>();
  for (const weekday of WEEKDAYS) {
    const text = dayText(schedule, weekday, style);
    if (text === CLOSED) continue;
    daysByText.set(text, [...(daysByText.get(text) ?? []), weekday]);
  }
  if (daysByText.size === 0) return 'Closed every day';

  const parts = [...daysByText].map(([text, days]) => {
    const hours = text === OPEN_24_HOURS ? 'open 24 hours' : text;
    if (days.length === 7) return { first: 1, text: `Every day ${hours}` };
    const runs = dayRuns(days);
    return { first: runs[0].from, text: `${runs.map(runText).join(', ')} ${hours}` };
  });
  return parts
    .sort((a, b) => a.first - b.first)
    .map((p) => p.text)
    .join('; ');
}

function dayText(schedule: WeeklySchedule, weekday: Weekday, style: TimeStyle): string {
  if (schedule.kind === 'always') return OPEN_24_HOURS;
  const own = intervalsOpeningOn(schedule.intervals, weekday);
  if (own.length === 0) return CLOSED;
  if (own.some((iv) => iv.opens === 0 && iv.closes === MINUTES_PER_DAY)) return OPEN_24_HOURS;
  return own.map((iv) => `${clockText(iv.opens, style)}–${clockText(iv.closes, style)}`).join(', ');
}

interface DayRun {
  from: Weekday;
  length: number;
}

/** Consecutive days, wrapping Sunday to Monday (`Sat–Mon`); `days` is not the whole week. */
function dayRuns(days: readonly Weekday[]): DayRun[] {
  const set = new Set(days);
  const runs: DayRun[] = [];
  for (const from of days) {
    if (set.has(addDays(from, -1))) continue;
    let length = 1;
    while (set.has(addDays(from, length))) length++;
    runs.push({ from, length });
  }
  return runs.sort((a, b) => a.from - b.from);
}

function runText(run: DayRun): string {
  const first = DAY_ABBREVIATIONS[run.from];
  return run.length === 1 ? first : `${first}–${DAY_ABBREVIATIONS[addDays(run.from, run.length - 1)]}`;
}
