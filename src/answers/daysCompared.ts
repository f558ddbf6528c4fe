/**
 * One counter's days asked against its other days ("does tottenham open earlier on saturdays", "are the weekend hours
 * shorter at sutton"): for the days asked and for each run of the week's other days, the time it opens, the time it
 * closes and how long it is open, from its weekly hours on London's clock; and whether the days asked differ the way
 * asked from every other day that differs at all.
 */
import type { DateTime } from 'luxon';
import { hoursOn, type DayHours } from '../stations/openingHours';
import { earliestOpen, latestClose, minutesOpen } from './compareHours';
import type { WeeklySchedule } from '../stations/hours/schedule';
import type { DaysCompared } from '../understanding/question';

const DAY_MINUTES = 24 * 60;

/** A day's opening as minutes from its midnight: when it opens, closes (after midnight past 1440) and is open in all. */
export interface DayEdges {
  weekday: number;
  dayName: string;
  /** null: closed all day. */
  opens: number | null;
  closes: number | null;
  minutes: number;
  allDay: boolean;
}

export interface DaysComparedAnswer {
  asked: DaysCompared;
  /** The days asked ("Saturday", or Saturday and Sunday): all alike, or the question is left to the week's hours (null verdict). */
  these: DayEdges[];
  /** The week's other days, in runs of days alike (Monday to Friday; Sunday). */
  others: DayEdges[][];
  /**
   * The days the question means by "other days": Monday to Friday for a weekend day, the other weekdays for some
   * weekdays, the weekend for all five. yes: the days asked differ the way asked from every one of them that differs at
   * all, and some do; no: they do not, or none differs; same: no day of the week differs.
   */
  reference: number[];
  verdict: 'yes' | 'no' | 'same' | null;
}

const WEEKEND: ReadonlySet<number> = new Set([6, 7]);

function referenceDays(asked: ReadonlySet<number>): number[] {
  const all = [1, 2, 3, 4, 5, 6, 7].filter((d) => !asked.has(d));
  if ([...asked].every((d) => WEEKEND.has(d))) return all.filter((d) => !WEEKEND.has(d));
  const weekdays = all.filter((d) => !WEEKEND.has(d));
  return weekdays.length > 0 && [...asked].every((d) => !WEEKEND.has(d)) ? weekdays : all;
}

function edgesOf(day: DayHours): DayEdges {
  // The same measures as two counters compared (compareHours.ts), on the day's own midnight; a day closed has no edges.
  const closed = day.closedAllDay || day.intervals.length === 0;
  const opens = closed ? null : Math.round(earliestOpen(day));
  const closes = closed ? null : day.allDay ? DAY_MINUTES : Math.round(latestClose(day));
  const minutes = Math.round(minutesOpen(day));
  return { weekday: day.weekday, dayName: day.dayName, opens, closes, minutes, allDay: day.allDay };
}

/** Two days with the same opening, closing and length. */
export function alike(a: DayEdges, b: DayEdges): boolean {
  return a.opens === b.opens && a.closes === b.closes && a.minutes === b.minutes;
}

/** The measure asked, bigger meaning "more so" the way asked; null for a day it cannot say (closed all day, for its edges). */
function measure(day: DayEdges, asked: DaysCompared): number | null {
  switch (asked) {
    case 'opens-earlier':
      return day.opens === null ? null : -day.opens;
    case 'opens-later':
      return day.opens;
    case 'closes-earlier':
      return day.closes === null ? null : -day.closes;
    case 'closes-later':
      return day.closes;
    case 'longer':
      return day.minutes;
    case 'shorter':
      return -day.minutes;
  }
}

/** `days`: the days asked, from the hours answer; `from`: the start of the week of days to compare with. */
export function compareDays(schedule: WeeklySchedule, days: readonly DayHours[], asked: DaysCompared, from: DateTime): DaysComparedAnswer | null {
  if (days.length === 0) return null;
  const these = days.map(edgesOf);
  const askedDays = new Set(these.map((d) => d.weekday));
  const week = Array.from({ length: 7 }, (_, i) => edgesOf(hoursOn(schedule, from.plus({ days: i })))).sort((a, b) => a.weekday - b.weekday);
  const rest = week.filter((d) => !askedDays.has(d.weekday));
  const others: DayEdges[][] = [];
  for (const d of rest) {
    const run = others.at(-1);
    if (run && alike(run[0], d) && run.at(-1)!.weekday === d.weekday - 1) run.push(d);
    else others.push([d]);
  }
  const reference = referenceDays(askedDays);
  if (!these.every((d) => alike(d, these[0]))) return { asked, these, others, reference, verdict: null };
  if (rest.every((d) => alike(d, these[0]))) return { asked, these, others, reference, verdict: 'same' };
  const mine = measure(these[0], asked);
  const differing = rest.filter((d) => reference.includes(d.weekday) && !alike(d, these[0]));
  const theirs = differing.map((d) => measure(d, asked));
  if (mine === null || theirs.some((t) => t === null)) return { asked, these, others, reference, verdict: null };
  return { asked, these, others, reference, verdict: differing.length > 0 && theirs.every((t) => mine > t!) ? 'yes' : 'no' };
}
