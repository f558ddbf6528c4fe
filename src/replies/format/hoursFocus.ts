/**
 * "What time does it open?", "Is it open late?": the opening or closing time
 * of each day, grouped into runs of days ("until 22:00 Monday to Friday, and
 * until 19:00 on Saturday and Sunday"). Printed from the weekly schedule.
 * "Does it close for lunch?": the breaks within a day, or that the hours show none.
 */
import { clockText } from '../../stations/hours/clockText';
import { DAY_NAMES, type Weekday, type WeeklySchedule } from '../../stations/openingHours';
import type { HoursFocus } from '../../understanding/question';
import { scheduleText } from './hours';

const WEEK: Weekday[] = [1, 2, 3, 4, 5, 6, 7];

function timeOf(minutes: number): string {
  const text = clockText(minutes, '24h');
  return text === '24:00' ? 'midnight' : text;
}

/** `Monday to Friday`, `on Saturday and Sunday`, `on Wednesday`. */
function daysText(days: Weekday[]): string {
  if (days.length === 1) return `on ${DAY_NAMES[days[0]]}`;
  if (days.length === 2) return `on ${DAY_NAMES[days[0]]} and ${DAY_NAMES[days[1]]}`;
  return `${DAY_NAMES[days[0]]} to ${DAY_NAMES[days[days.length - 1]]}`;
}

/** The per-day time the focus asks about (for a break, its gaps: `13:00–14:00`), in runs of consecutive days; null for a 24-hour desk. */
function runs(schedule: WeeklySchedule, focus: HoursFocus): { time: string; days: Weekday[] }[] | null {
  if (schedule.kind === 'always') return null;
  const out: { time: string; days: Weekday[] }[] = [];
  for (const day of WEEK) {
    const own = schedule.intervals.filter((iv) => iv.weekday === day).sort((a, b) => a.opens - b.opens);
    if (own.length === 0) continue;
    const gaps = own.slice(1).filter((iv, i) => iv.opens > own[i].closes).map((iv, i) => `${timeOf(own[i].closes)}–${timeOf(iv.opens)}`);
    if (focus === 'break' && gaps.length === 0) continue;
    const time = focus === 'break' ? gaps.join(' and ') : focus === 'opening' ? timeOf(own[0].opens) : timeOf(own[own.length - 1].closes);
    const last = out[out.length - 1];
    if (last && last.time === time && last.days[last.days.length - 1] === day - 1) last.days.push(day);
    else out.push({ time, days: [day] });
  }
  return out.length > 0 ? out : null;
}

/** `opens at 10:00 Monday to Friday, and at 09:00 on Saturday and Sunday` / `is open until 22:00 ...`. */
export function focusText(schedule: WeeklySchedule, focus: HoursFocus): string | null {
  if (focus === 'season') return seasonText(schedule);
  const found = runs(schedule, focus);
  if (focus === 'break') return breakText(schedule, found);
  if (!found) return null;
  const word = focus === 'opening' ? 'at' : 'until';
  const parts = found.map((r) => `${word} ${r.time} ${daysText(r.days)}`);
  const list = parts.length === 1 ? parts[0] : `${parts.slice(0, -1).join(', ')}, and ${parts[parts.length - 1]}`;
  return focus === 'opening' ? `opens ${list}` : `is open ${list}`;
}

/**
 * `has one set of hours all year in my sources (...)`: the data gives no counter hours for a season or the school
 * holidays, nor for bank holidays, and the reply says so rather than guess.
 */
function seasonText(schedule: WeeklySchedule): string {
  const hours = schedule.kind === 'always' ? 'open 24 hours a day, every day' : scheduleText(schedule);
  return `has one set of hours all year in my sources (${hours}): they give no summer, winter or school-holiday hours, and no special hours for bank holidays or Christmas`;
}

/**
 * `has no break in the day in the hours my sources give (...)` / `closes 13:00–14:00 Monday to Friday`: what the hours
 * show; a break they do not list (lunch, staff breaks) is not known, and the reply says so rather than guess.
 */
function breakText(schedule: WeeklySchedule, gaps: { time: string; days: Weekday[] }[] | null): string | null {
  if (schedule.kind === 'always') return null;
  if (gaps && gaps.length > 0) return `closes ${gaps.map((g) => `${g.time} ${daysText(g.days)}`).join(', and ')} in the hours my sources give (${scheduleText(schedule)})`;
  return `has no break in the day in the hours my sources give (${scheduleText(schedule)}): they do not say whether it shuts for lunch or staff breaks`;
}
