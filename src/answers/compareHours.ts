/**
 * Which of two or three counters is open longer, later, earlier, or at all, at
 * the moment or on the days asked: computed from each counter's own answer, on
 * London's clock. A counter whose hours are not known leaves the question
 * unsettled (null), rather than guessed.
 */
import { DateTime } from 'luxon';
import { hoursOn, type DayHours } from '../stations/openingHours';
import type { ComparisonRank } from '../understanding/question';
import type { ComparedAnswer, HoursVerdict } from './answer';

const LONDON = 'Europe/London';
const DAY_MINUTES = 24 * 60;
/** Beyond any real minute of a day: "open all day" closes after, and opens before, any counter that shuts. */
const ALL_DAY = 2 * DAY_MINUTES;

export function hoursVerdict(answers: readonly ComparedAnswer[], rank: ComparisonRank, at: DateTime, lesser = false, weekly = false): HoursVerdict | null {
  // "Which has longer hours?", no time said: the hours of the coming seven days, each counter's total said.
  if (weekly && rank === 'longer') return weeklyVerdict(answers, at, lesser);
  const scores = answers.map((a) => score(a, rank, at));
  if (scores.some((s) => s === null) || answers.length < 2) return null;
  const values = scores as number[];
  // "Which one is open?": the ones open, none when none is. "Which shuts first?": the one that scores least leads.
  const least = lesser && rank !== 'open';
  const best = rank === 'open' ? 1 : least ? Math.min(...values) : Math.max(...values);
  const leaders = answers.filter((_, i) => values[i] === best).map((a) => a.status.station.id);
  return { rank, ...(least ? { lesser: true as const } : {}), leaders, allEqual: leaders.length === answers.length || leaders.length === 0 };
}

/**
 * Which is open longer over a week: each counter's hours in the coming seven days (a closed counter none, one whose hours
 * are not known null). Settled only when every counter's hours are known.
 */
function weeklyVerdict(answers: readonly ComparedAnswer[], at: DateTime, lesser: boolean): HoursVerdict | null {
  if (answers.length < 2) return null;
  const weeklyHours = answers.map((a) => weekHours(a, at));
  if (weeklyHours.some((h) => h === null)) return { rank: 'longer', leaders: [], allEqual: false, weeklyHours };
  const values = weeklyHours as number[];
  const best = lesser ? Math.min(...values) : Math.max(...values);
  const leaders = answers.filter((_, i) => values[i] === best).map((a) => a.status.station.id);
  return { rank: 'longer', ...(lesser ? { lesser: true as const } : {}), leaders, allEqual: leaders.length === answers.length, weeklyHours };
}

/** Hours open in the coming seven days; 0 for a closed counter; null when its hours are not known. */
function weekHours(answer: ComparedAnswer, at: DateTime): number | null {
  const { status } = answer;
  if (status.counter === 'unknown') return null;
  if (status.counter !== 'open') return 0;
  const schedule = status.hours?.schedule;
  if (!schedule) return null;
  const days = Array.from({ length: 7 }, (_, i) => hoursOn(schedule, at.setZone(LONDON).plus({ days: i })));
  return Math.round(sum(days, minutesOpen) / 60);
}

/** Higher is better for the rank asked; null when the counter's hours are not known. */
function score(answer: ComparedAnswer, rank: ComparisonRank, at: DateTime): number | null {
  const { status } = answer;
  if (status.counter === 'unknown') return null;
  const closed = status.counter !== 'open';
  if (rank === 'open' && answer.kind === 'station-status') return closed ? 0 : 1;
  if (closed) return rank === 'longer' || rank === 'open' ? 0 : -ALL_DAY;
  const schedule = status.hours?.schedule;
  if (!schedule) return null;

  const moment = answer.kind === 'station-hours' && (answer.when.kind === 'now' || answer.when.kind === 'instant') ? answer.state : null;
  if (moment && rank === 'open') return moment.open ? 1 : 0;
  if (moment && rank === 'later') return moment.open ? (moment.closesAt ? moment.closesAt.diff(at, 'minutes').minutes : Number.MAX_SAFE_INTEGER) : -ALL_DAY;

  // The days asked about; for the week (or a status), the coming seven.
  const asked = answer.kind === 'station-hours' ? answer.days : [];
  const days: DayHours[] = asked.length > 0 ? asked : Array.from({ length: 7 }, (_, i) => hoursOn(schedule, at.setZone(LONDON).plus({ days: i })));
  switch (rank) {
    case 'open':
      return days.some((d) => !d.closedAllDay) ? 1 : 0;
    case 'longer':
      return sum(days, minutesOpen);
    case 'later':
      return sum(days, latestClose);
    case 'earlier':
      return -sum(days, earliestOpen);
  }
}

function sum(days: readonly DayHours[], measure: (day: DayHours) => number): number {
  return days.reduce((total, d) => total + measure(d), 0);
}

function dayStart(day: DayHours): DateTime {
  return DateTime.fromISO(day.date, { zone: LONDON }).startOf('day');
}

/** Minutes open within the calendar day. */
export function minutesOpen(day: DayHours): number {
  const start = dayStart(day);
  const end = start.plus({ days: 1 });
  return day.intervals.reduce((total, iv) => {
    const from = iv.open < start ? start : iv.open;
    const to = iv.close > end ? end : iv.close;
    return total + Math.max(0, to.diff(from, 'minutes').minutes);
  }, 0);
}

/** Minutes after the day's midnight of its last closing; a closed day scores below any opening. */
export function latestClose(day: DayHours): number {
  if (day.allDay) return ALL_DAY;
  if (day.closedAllDay || day.intervals.length === 0) return -1;
  const start = dayStart(day);
  return Math.max(...day.intervals.map((iv) => iv.close.diff(start, 'minutes').minutes));
}

/** Minutes after the day's midnight of its first opening; open from midnight scores 0, a closed day worst. */
export function earliestOpen(day: DayHours): number {
  if (day.allDay) return 0;
  if (day.closedAllDay || day.intervals.length === 0) return ALL_DAY;
  const start = dayStart(day);
  return Math.min(...day.intervals.map((iv) => (iv.fromPreviousDay ? 0 : iv.open.diff(start, 'minutes').minutes)));
}
