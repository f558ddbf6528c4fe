/**
 * London's clock: turning wall-clock times into real instants across the two
 * clock changes, and printing instants back as Londoners read them. Every
 * instant is passed in; nothing here reads the system clock.
 */
import { DateTime, IANAZone } from 'luxon';
import { BoundedCache } from '../boundedCache';
import { clockText, type TimeStyle } from './clockText';

export const LONDON_ZONE = 'Europe/London';
export const LONDON_LOCALE = 'en-GB';

const HOUR_MS = 3_600_000;

/**
 * Europe/London whose UTC offset is worked out once an hour of time rather than on every call: luxon
 * asks the zone for its offset on each DateTime it makes from another (plus, startOf, set...), and
 * answers by formatting the instant with Intl (formatToParts), the largest part of its cost. London's
 * clocks change on the hour (01:00 UTC), so an hour whose first and last millisecond have the same
 * offset has it throughout; an hour where they differ is worked out call by call, as luxon does. It is
 * the IANA zone of that name to luxon (`equals`, formatting, names), so DateTimes made with it are the
 * same as those made with the string.
 */
class LondonZone extends IANAZone {
  // Keyed by the hour since 1970 (UTC): a year of hours, far more than a few weeks of answers look at.
  private readonly offsets = new BoundedCache<number, number | null>(8192);

  constructor() {
    super(LONDON_ZONE);
  }

  override offset(ts: number): number {
    if (!Number.isFinite(ts)) return super.offset(ts);
    const hour = Math.floor(ts / HOUR_MS);
    const steady = this.offsets.get(hour, () => {
      const first = super.offset(hour * HOUR_MS);
      return first === super.offset((hour + 1) * HOUR_MS - 1) ? first : null;
    });
    return steady ?? super.offset(ts);
  }
}

/** London's zone for DateTimes made often (the clock each turn reads): see LondonZone. */
export const LONDON = new LondonZone();

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

// The times questions name ("at 9pm", "tomorrow morning") recur, and reading one on London's clock costs
// luxon an ISO parse and a time-zone lookup: each text is read once. DateTimes never change.
const namedInstants = new BoundedCache<string, DateTime>(1024);

/** `DateTime.fromISO(iso, { zone: 'Europe/London' })`, kept for the next question naming the same time. */
export function londonInstant(iso: string): DateTime {
  return namedInstants.get(iso, () => DateTime.fromISO(iso, { zone: LONDON_ZONE }));
}

/** A date on the calendar, with its ISO weekday (1 = Monday ... 7 = Sunday); no zone, no instant. */
export interface CalendarDay {
  year: number;
  month: number;
  day: number;
  weekday: number;
}

/** The calendar day `offset` days after `day` (calendar arithmetic in UTC: no clock changes, no zone lookups). */
export function addCalendarDays(day: CalendarDay, offset: number): CalendarDay {
  const t = DateTime.utc(day.year, day.month, day.day).plus({ days: offset });
  return { year: t.year, month: t.month, day: t.day, weekday: t.weekday };
}

const DAY_MS = 86_400_000;

const utcMidnightOf = (iso: string): number => Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));

/** The ISO date (`YYYY-MM-DD`) `days` calendar days after `iso` (negative: before); plain UTC arithmetic, no zone lookups. */
export function isoDaysAfter(iso: string, days: number): string {
  return new Date(utcMidnightOf(iso) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Calendar days from `from` to `to` (ISO dates). */
export function isoDaysBetween(from: string, to: string): number {
  return Math.round((utcMidnightOf(to) - utcMidnightOf(from)) / DAY_MS);
}

/** What London's clock shows at an instant: its date and the minute of that day. */
export interface LondonClock extends CalendarDay {
  /** `YYYY-MM-DD`. */
  date: string;
  /** Minutes since London midnight, 0-1439. */
  minuteOfDay: number;
}

// London's clock moves by whole hours, so every instant of one UTC minute shows the same London minute.
// 1,440 entries: a day of minutes asked about; "now" needs one entry a minute.
const clocks = new BoundedCache<number, LondonClock>(1440);

/** London's date and time of day at `dt` (cached per minute: reading a zone's offset is the slow part of luxon). */
export function londonClock(dt: DateTime): LondonClock {
  requireValid(dt, 'instant');
  return clocks.get(Math.floor(dt.toMillis() / 60_000), () => {
    const london = toLondon(dt);
    const date = london.toISODate() as string;
    return Object.freeze({ date, year: london.year, month: london.month, day: london.day, weekday: london.weekday, minuteOfDay: london.hour * 60 + london.minute });
  });
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
  return wallClockInstantOn({ year: day.year, month: day.month, day: day.day, weekday: day.weekday }, minutes, side);
}

// Which instant a wall-clock time is never changes: 4,096 entries hold a few weeks of every
// opening and closing time in the data (about 30 a day), well beyond the window one answer looks at.
const instants = new BoundedCache<string, DateTime>(4096);

/** `wallClockInstant` for a calendar day; cached, as the same desks' times are asked about all day. */
export function wallClockInstantOn(day: CalendarDay, minutes: number, side: 'opening' | 'closing'): DateTime {
  return instants.get(`${day.year}-${day.month}-${day.day} ${minutes} ${side}`, () => findWallClockInstant(day, minutes, side));
}

function findWallClockInstant(day: CalendarDay, minutes: number, side: 'opening' | 'closing'): DateTime {
  const date = addCalendarDays(day, Math.floor(minutes / 1440));
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
  return clockText(londonClock(dt).minuteOfDay, style);
}

// Day names depend only on the two London dates: a few hundred cover every day a week of answers names.
const dayNames = new BoundedCache<string, string>(512);

/**
 * The London day of `dt` in words: `today`, `tomorrow`, `yesterday` (when
 * `relativeTo` is given and it applies), otherwise `Saturday 28 November`,
 * with the year added when it differs from `relativeTo`'s.
 */
export function formatLondonDay(dt: DateTime, relativeTo?: DateTime): string {
  const key = `${londonClock(dt).date}|${relativeTo === undefined ? '' : londonClock(relativeTo).date}`;
  return dayNames.get(key, () => {
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
  });
}
