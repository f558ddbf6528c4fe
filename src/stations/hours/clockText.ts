/**
 * Wall-clock times the way Londoners read them: `10:00` on a timetable,
 * `10am`, `9:30am`, `noon`, `midnight` in conversation.
 */
import { MINUTES_PER_DAY } from './schedule';

export type TimeStyle = '24h' | '12h';

/**
 * Text for a time given as minutes from a midnight. A closing time of exactly
 * 24:00 stays `24:00` (or `midnight`) so a range reads as ending that day;
 * later minutes are the next day's time (`22:00-02:00`).
 */
export function clockText(minutes: number, style: TimeStyle): string {
  const endOfDay = minutes === MINUTES_PER_DAY;
  const m = endOfDay ? minutes : ((minutes % MINUTES_PER_DAY) + MINUTES_PER_DAY) % MINUTES_PER_DAY;
  const hour = Math.floor(m / 60);
  const minute = m % 60;
  if (style === '24h') return `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;

  if (m === 0 || endOfDay) return 'midnight';
  if (m === 720) return 'noon';
  const suffix = hour < 12 ? 'am' : 'pm';
  const hour12 = hour % 12 === 0 ? 12 : hour % 12;
  return minute === 0 ? `${hour12}${suffix}` : `${hour12}:${String(minute).padStart(2, '0')}${suffix}`;
}
