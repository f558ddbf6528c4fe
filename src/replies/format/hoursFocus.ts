/**
 * "What time does it open?", "Is it open late?": the opening or closing time
 * of each day, grouped into runs of days ("until 22:00 Monday to Friday, and
 * until 19:00 on Saturday and Sunday"). Printed from the weekly schedule.
 */
import { clockText } from '../../stations/hours/clockText';
import { DAY_NAMES, type Weekday, type WeeklySchedule } from '../../stations/openingHours';
import type { HoursFocus } from '../../understanding/question';

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

/** The per-day time the focus asks about, in runs of consecutive days; null for a 24-hour desk. */
function runs(schedule: WeeklySchedule, focus: HoursFocus): { time: string; days: Weekday[] }[] | null {
  if (schedule.kind === 'always') return null;
  const out: { time: string; days: Weekday[] }[] = [];
  for (const day of WEEK) {
    const own = schedule.intervals.filter((iv) => iv.weekday === day).sort((a, b) => a.opens - b.opens);
    if (own.length === 0) continue;
    const time = focus === 'opening' ? timeOf(own[0].opens) : timeOf(own[own.length - 1].closes);
    const last = out[out.length - 1];
    if (last && last.time === time && last.days[last.days.length - 1] === day - 1) last.days.push(day);
    else out.push({ time, days: [day] });
  }
  return out.length > 0 ? out : null;
}

/** `opens at 10:00 Monday to Friday, and at 09:00 on Saturday and Sunday` / `is open until 22:00 ...`. */
export function focusText(schedule: WeeklySchedule, focus: HoursFocus): string | null {
  const found = runs(schedule, focus);
  if (!found) return null;
  const word = focus === 'opening' ? 'at' : 'until';
  const parts = found.map((r) => `${word} ${r.time} ${daysText(r.days)}`);
  const list = parts.length === 1 ? parts[0] : `${parts.slice(0, -1).join(', ')}, and ${parts[parts.length - 1]}`;
  return focus === 'opening' ? `opens ${list}` : `is open ${list}`;
}
