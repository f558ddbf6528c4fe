/**
 * A counter's opening within a part of a day ("saturday evening"): the part's span on that date, as understanding takes
 * it (DAY_PART_HOURS), and the opening intervals of that day cut to it. Computed from the day's hours; no clock read.
 */
import type { DayHours } from '../stations/openingHours';
import { DAY_PART_HOURS, type DayPart } from '../understanding/question';

export interface PartOfDayOpen {
  part: DayPart;
  /** The part's span, ISO instants in London. */
  from: string;
  to: string;
  /** The openings within it, earliest first (empty: closed throughout). */
  open: { from: string; to: string }[];
  /** Open for the whole of it. */
  whole: boolean;
  /** Open as it begins; open as it ends. */
  startsOpen: boolean;
  endsOpen: boolean;
}

/** A part of a day's span on one date, as epoch milliseconds: worked out once for all the counters a filter looks at. */
export interface PartSpan {
  from: number;
  to: number;
}

export function partSpan(part: DayPart, midnight: DayHours['intervals'][number]['open']): PartSpan {
  const hours = DAY_PART_HOURS[part];
  return { from: +midnight.plus({ hours: hours.from }), to: +midnight.plus({ hours: hours.to }) };
}

/**
 * Whether the counter opens at all within the span: what filters ask of every counter ("anything open tomorrow night",
 * the nearest open "tomorrow morning"), so it makes no dates or ISO strings and stops at the first opening.
 */
export function opensWithin(day: DayHours, span: PartSpan): boolean {
  return day.intervals.some((iv) => Math.max(+iv.open, span.from) < Math.min(+iv.close, span.to));
}

export function openDuringPart(day: DayHours, part: DayPart, midnight: DayHours['intervals'][number]['open']): PartOfDayOpen {
  const hours = DAY_PART_HOURS[part];
  const from = midnight.plus({ hours: hours.from });
  const to = midnight.plus({ hours: hours.to });
  const open = day.intervals
    .map((iv) => ({ from: iv.open < from ? from : iv.open, to: iv.close > to ? to : iv.close }))
    .filter((iv) => iv.from < iv.to);
  // Compared as instants: the day's intervals and the part's span may carry London's zone under different names.
  const startsOpen = open.length > 0 && +open[0].from === +from;
  const endsOpen = open.length > 0 && +open[open.length - 1].to === +to;
  const whole = open.length === 1 && startsOpen && endsOpen;
  return { part, from: from.toISO() ?? '', to: to.toISO() ?? '', open: open.map((iv) => ({ from: iv.from.toISO() ?? '', to: iv.to.toISO() ?? '' })), whole, startsOpen, endsOpen };
}
