/**
 * Which counters close at a time or soon, from the hours in the data as of the answer's day: those whose hours end at
 * the time named on every day asked ("at 7 on weekends"), or whose current opening ends within the while asked ("in
 * the next hour"); when none does, the next closing after it. 24-hour counters never close, and are said apart.
 */
import type { DateTime } from 'luxon';
import { openingStateAt, type WeeklySchedule } from '../stations/openingHours';
import type { CounterStatus } from '../stations/timeline';
import type { ClosingAsked } from '../understanding/question';
import type { Answer, AnswerDating } from './answer';

type ClosingListAnswer = Extract<Answer, { kind: 'closing-list' }>;

const MINUTES_PER_DAY = 1440;

export function closingList(statuses: readonly CounterStatus[], asked: ClosingAsked, at: DateTime, dating: AnswerDating): ClosingListAnswer {
  const open = statuses.filter((s) => s.counter === 'open');
  const withHours = open.filter((s) => s.hours !== null && s.hours !== undefined);
  const roundTheClock = withHours.filter((s) => s.hours!.is24x7);
  const weekly = withHours.filter((s) => !s.hours!.is24x7);
  const byName = (a: CounterStatus, b: CounterStatus) => a.station.name.localeCompare(b.station.name);
  const base = { kind: 'closing-list' as const, asked, roundTheClock, openCount: open.length, ...dating };

  if (asked.kind === 'extreme') {
    // The latest closing, earliest opening or earliest closing on every day asked, and the counters that have it.
    const closes = asked.which !== 'first';
    const latest = asked.which === 'last';
    const timesOn = (schedule: WeeklySchedule, weekday: number) =>
      schedule.kind === 'weekly' ? schedule.intervals.filter((i) => i.weekday === weekday).map((i) => (closes ? i.closes : i.opens)) : [];
    const keyOf = (s: CounterStatus) => {
      const times = asked.weekdays.flatMap((d) => timesOn(s.hours!.schedule, d));
      return times.length === 0 ? null : latest ? Math.max(...times) : Math.min(...times);
    };
    const keyed = weekly.map((status) => ({ status, key: keyOf(status) })).filter((k): k is { status: CounterStatus; key: number } => k.key !== null);
    const best = keyed.length === 0 ? null : latest ? Math.max(...keyed.map((k) => k.key)) : Math.min(...keyed.map((k) => k.key));
    const closing = keyed.filter((k) => k.key === best).map((k) => k.status).sort(byName);
    return { ...base, closing: closing.map((status) => ({ status, closesAt: null })), next: null, closingTimes: best === null ? [] : [best % MINUTES_PER_DAY] };
  }
  if (asked.kind === 'at') {
    const closesOn = (schedule: WeeklySchedule, weekday: number) => (schedule.kind === 'weekly' ? schedule.intervals.filter((i) => i.weekday === weekday).map((i) => i.closes % MINUTES_PER_DAY) : []);
    // At the time named, or (asked "before" or "by" it) at a time no later, on every day asked.
    const closesThen = (m: number) => (asked.before === 'strictly' ? m < asked.minutes : asked.before === 'or-at' ? m <= asked.minutes : m === asked.minutes);
    const closing = weekly.filter((s) => asked.weekdays.every((d) => closesOn(s.hours!.schedule, d).some(closesThen))).sort(byName);
    const closingTimes = [...new Set(weekly.flatMap((s) => asked.weekdays.flatMap((d) => closesOn(s.hours!.schedule, d))))].sort((a, b) => a - b);
    return { ...base, closing: closing.map((status) => ({ status, closesAt: null })), next: null, closingTimes };
  }

  const end = at.plus({ minutes: asked.minutes });
  const closesAfter = (s: CounterStatus): DateTime | null => {
    const state = openingStateAt(s.hours!.schedule, at);
    if (state.open) return state.closesAt;
    return state.opensAt ? ((st) => (st.open ? st.closesAt : null))(openingStateAt(s.hours!.schedule, state.opensAt)) : null;
  };
  const timed = weekly.map((status) => ({ status, closesAt: closesAfter(status), openNow: openingStateAt(status.hours!.schedule, at).open }));
  const closing = timed.filter((t) => t.openNow && t.closesAt !== null && t.closesAt <= end).sort((a, b) => a.closesAt!.toMillis() - b.closesAt!.toMillis() || byName(a.status, b.status));
  let next: ClosingListAnswer['next'] = null;
  if (closing.length === 0) {
    const later = timed.filter((t) => t.closesAt !== null).map((t) => t.closesAt!.toMillis());
    const first = later.length > 0 ? Math.min(...later) : null;
    const desks = timed.filter((t) => t.closesAt?.toMillis() === first).map((t) => t.status).sort(byName);
    const when = timed.find((t) => t.closesAt?.toMillis() === first)?.closesAt;
    if (when) next = { closesAt: when.toISO() ?? '', desks };
  }
  return { ...base, closing: closing.map((t) => ({ status: t.status, closesAt: t.closesAt!.toISO() })), next, closingTimes: [] };
}
