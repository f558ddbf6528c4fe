/**
 * London's clock: turning wall-clock times into real instants across the two
 * clock changes, and printing instants back as Londoners read them. Every
 * instant is passed in; nothing here reads the system clock.
 */
import { DateTime } from 'luxon';
import { clockText, type TimeStyle } from './clockText';

export const LONDON_ZONE = 'Europe/London';
export const LONDON_LOCALE = 'en-GB';

/** The same instant on London's clock, with the locale that names BST/GMT properly. */
export function toLondon(dt: DateTime): DateTime {
  requireValid(dt, 'instant');
  return dt.setZone(LONDON_ZONE).setLocale(LONDON_LOCALE);
}

export function requireValid(dt: DateTime, what: string): void {
  if (!DateTime.isDateTime(dt)) throw new TypeError(`Opening hours: the ${what} must be a luxon DateTime`);
  if (!dt.isValid) throw new RangeError(`Opening hours: the ${what} is not a valid date/time (${dt.invalidReason ?? 'unknown reason'})`);
}

/**
 * The London calendar date a question is about, as London midnight. A DateTime
 * is read on London's clock (23:30 UTC on 30 June is 1 July in London); a
 * string must be an ISO `YYYY-MM-DD`.
 */
export function londonDay(date: DateTime | string): DateTime {
  if (typeof date === 'string') {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new RangeError(`Opening hours: "${date}" is not a date like 2026-03-29`);
    const day = DateTime.fromISO(date, { zone: LONDON_ZONE, locale: LONDON_LOCALE });
    if (!day.isValid) throw new RangeError(`Opening hours: "${date}" is not a calendar date`);
    return day;
  }
  return toLondon(date).startOf('day');
}

/**
 * The instant London's clocks show `minutes` after the midnight starting `day`
 * (minutes may run into the next day). Clock-change days read the way a wall
 * clock does:
 * - a time skipped in March (01:00-01:59) happens when the clocks jump, 02:00 BST;
 * - a time shown twice in October (01:00-01:59) is its first showing for an
 *   opening and its second for a closing, so the desk is open whenever the
 *   clock on the wall reads inside the range.
 */
export function wallClockInstant(day: DateTime, minutes: number, side: 'opening' | 'closing'): DateTime {
  const date = day.plus({ days: Math.floor(minutes / 1440) });
  const within = minutes % 1440;
  const wanted = {
    year: date.year,
    month: date.month,
    day: date.day,
    hour: Math.floor(within / 60),
    minute: within % 60,
  };
  const wantedKey = wallKey(wanted);
  const dt = DateTime.fromObject(wanted, { zone: LONDON_ZONE, locale: LONDON_LOCALE });

  if (wallKey(dt) !== wantedKey) {
    // Skipped time: luxon moves it forward by the gap; step back to the jump itself.
    let jump = dt;
    for (let i = 0; i < 180; i++) {
      const earlier = jump.minus({ minutes: 1 });
      if (wallKey(earlier) < wantedKey) break;
      jump = earlier;
    }
    return jump;
  }

  // Shown twice: the other showing is an hour of real time away.
  const other = side === 'opening' ? dt.minus({ hours: 1 }) : dt.plus({ hours: 1 });
  return wallKey(other) === wantedKey ? other : dt;
}

function wallKey(t: { year: number; month: number; day: number; hour: number; minute: number }): string {
  const p = (n: number, w = 2) => String(n).padStart(w, '0');
  return `${p(t.year, 4)}-${p(t.month)}-${p(t.day)} ${p(t.hour)}:${p(t.minute)}`;
}

/** `10:00` (24h) or `10am`, `9:30am`, `7pm`, `noon`, `midnight` (12h), on London's clock. */
export function formatLondonTime(dt: DateTime, style: TimeStyle = '24h'): string {
  const london = toLondon(dt);
  return clockText(london.hour * 60 + london.minute, style);
}

/**
 * The London day of `dt` in words: `today`, `tomorrow`, `yesterday` (when
 * `relativeTo` is given and it applies), otherwise `Saturday 28 November`,
 * with the year added when it differs from `relativeTo`'s.
 */
export function formatLondonDay(dt: DateTime, relativeTo?: DateTime): string {
  const day = toLondon(dt).startOf('day');
  if (relativeTo !== undefined) {
    const base = toLondon(relativeTo).startOf('day');
    const iso = day.toISODate();
    if (iso === base.toISODate()) return 'today';
    if (iso === base.plus({ days: 1 }).toISODate()) return 'tomorrow';
    if (iso === base.minus({ days: 1 }).toISODate()) return 'yesterday';
    if (day.year !== base.year) return day.toFormat('cccc d LLLL yyyy');
  }
  return day.toFormat('cccc d LLLL');
}
