/**
 * A counter as it was at a time gone by, from the timeline: its spells over
 * the period asked (open, closed, its hours), the counters that stood in while
 * it was closed (a counter run from another station during a refurbishment),
 * notes on the record for those dates, and its status today. "Before it
 * closed" is the day before its latest closure. Every status carries its
 * rows, sources, confidence and date precision, so the reply can say how sure
 * the record is (SOURCES.md §5.2).
 */
import { DateTime } from 'luxon';
import type { Station, TimelineEvent } from '../stations/model';
import { dayBefore, endOfWindow, type CounterStatus, type PlanStep, type Timeline } from '../stations/timeline';
import type { PastAsked, PastFocus, PastPeriod } from '../understanding/question';
import type { Answer, AnswerDating, HoursSince, PastSpell, StandIn } from './answer';
import { namesStation } from './namesInText';

type PastAnswer = Extract<Answer, { kind: 'station-past' }>;

export function pastStatus(
  timeline: Timeline,
  stations: readonly Station[],
  station: Station,
  asked: PastAsked,
  focus: PastFocus,
  today: CounterStatus,
  /** The date the data is complete from (its counter list); before it, only some counters are covered. */
  completeFrom: string,
  dating: AnswerDating,
): PastAnswer {
  const events = timeline.eventsFor(station.id);
  const change = asked.kind === 'before-change' ? lastChange(events, dating.asOf) : null;
  const closure = asked.kind === 'before-closure' ? lastClosure(events, dating.asOf) : change?.kind === 'closed' ? change : null;
  const period = asked.kind === 'period' ? hoursBeforeClosingDay(asked.period, focus, events) : change ? dayBeforeChange(change) : closure ? dayBeforeClosure(closure) : null;
  const spells: PastSpell[] = period
    ? timeline.spellsBetween(station.id, period.from, period.to).map((spell) => ({
        ...spell,
        standIns: spell.status.counter === 'closed' ? standInsFor(timeline, stations, station, spell) : [],
      }))
    : [];
  const notes = period ? events.filter((e) => e.kind === 'note' && e.planId === null && overlaps(e, period)) : [];
  // A contradicted claim inside the period is said beside the answer, whatever day the spells were read on.
  const disputed = period ? events.filter((e) => e.conflict && e.kind !== 'note' && overlaps(e, period)) : [];
  return {
    kind: 'station-past',
    station,
    asked,
    focus,
    period,
    closure,
    change,
    spells,
    notes,
    disputed,
    patchy: period !== null && period.from < completeFrom,
    completeFrom,
    plans: period ? decisionsAround(today.plans, period) : [],
    today,
    ...(asked.kind === 'since' ? { hoursSince: hoursSince(timeline, station, events, asked.roundTheClock === true, dating.asOf) } : {}),
    ...dating,
  };
}

/**
 * The latest spell of one schedule (of 24 hours, when that was asked) on or before the answer's day: rows restating the
 * same hours continue it, a closure or other hours end it. Contradicted claims are left out.
 */
function hoursSince(timeline: Timeline, station: Station, events: readonly TimelineEvent[], roundTheClock: boolean, asOf: string): HoursSince | null {
  const spells: { from: TimelineEvent; until: TimelineEvent | null }[] = [];
  let open: { from: TimelineEvent; until: TimelineEvent | null } | null = null;
  for (const e of events) {
    if (e.conflict || e.date > asOf || (e.kind !== 'hours' && e.kind !== 'closed')) continue;
    if (open && e.kind === 'hours' && e.value === open.from.value) continue;
    if (open) open.until = e;
    open = e.kind === 'hours' ? { from: e, until: null } : null;
    if (open) spells.push(open);
  }
  const spell = spells.filter((s) => !roundTheClock || s.from.value === TWENTY_FOUR_SEVEN).at(-1);
  if (!spell) return null;
  return { ...spell, observedOnly: OBSERVED_ONLY.test(spell.from.notes), status: timeline.statusAsOf(station.id, spell.from.date) };
}

/** The data's own value for a counter open all day, every day (SOURCES.md §5.2, `hours` rows). */
const TWENTY_FOUR_SEVEN = '24/7';
/** SOURCES.md §5.2: an `hours` row that only saw the hours in force says so in its notes; when they began is not known. */
const OBSERVED_ONLY = /\bstart date unknown\b/i;

/** Decisions of a plan dated from two years before the period to its end, and reversals up to a year after it. */
function decisionsAround(steps: readonly PlanStep[], period: PastPeriod): PlanStep[] {
  const year = (iso: string, by: number) => `${Number(iso.slice(0, 4)) + by}${iso.slice(4)}`;
  return steps.filter(
    (s) => (s.stage === 'decided' && s.date >= year(period.from, -2) && s.date <= period.to) || (s.stage === 'reversed' && s.date >= year(period.from, -2) && s.date <= year(period.to, 1)),
  );
}

/** The latest closure on record (not a contradicted claim) on or before the answer's day. */
function lastClosure(events: readonly TimelineEvent[], asOf: string): TimelineEvent | null {
  return events.filter((e) => e.kind === 'closed' && !e.conflict && e.date <= asOf).at(-1) ?? null;
}

/**
 * The counter's latest change on or before the answer's day: its closing, or new hours unlike the ones before
 * (a row restating the same hours is no change). Contradicted claims are left out.
 */
function lastChange(events: readonly TimelineEvent[], asOf: string): TimelineEvent | null {
  let change: TimelineEvent | null = null;
  let hours: string | null = null;
  for (const e of events) {
    if (e.conflict || e.date > asOf) continue;
    if (e.kind === 'closed') change = e;
    if (e.kind !== 'hours') continue;
    if (hours !== null && e.value !== hours) change = e;
    hours = e.value;
  }
  return change;
}

function dayBeforeChange(change: TimelineEvent): PastPeriod {
  const date = dayBefore(change.date);
  const what = change.kind === 'closed' ? 'it closed' : 'its hours changed';
  // A change known only to its month or year has no "day before": the label says the date as the record has it.
  return { from: date, to: date, label: `the day before ${what} (${change.datePrecision === 'day' ? 'on ' : 'in '}${formatDay(change.date, change.datePrecision)})` };
}

/** "Its hours before March 2026" of a counter that closed on the day taken (28 February 2026): its hours the day before. */
function hoursBeforeClosingDay(period: PastPeriod, focus: PastFocus, events: readonly TimelineEvent[]): PastPeriod {
  if (focus !== 'hours' || period.from !== period.to || !period.taken) return period;
  const closed = events.find((e) => e.kind === 'closed' && !e.conflict && e.date === period.from);
  return closed ? dayBeforeClosure(closed) : period;
}

const DAY_FORMATS: Record<string, string> = { day: 'd MMMM yyyy', month: 'MMMM yyyy', year: 'yyyy' };
/** A London date as residents read it: "1 July 2017" (or "July 2017", "2017" for a coarser record). */
export const formatDay = (iso: string, precision = 'day'): string => DateTime.fromISO(iso).setLocale('en-GB').toFormat(DAY_FORMATS[precision] ?? DAY_FORMATS.day);

function dayBeforeClosure(closure: TimelineEvent): PastPeriod {
  const date = dayBefore(closure.date);
  return { from: date, to: date, label: 'the day before it closed' };
}

/** A row's date window (a `year` row: some time that year) meets the period. */
function overlaps(event: TimelineEvent, period: PastPeriod): boolean {
  return event.date <= period.to && endOfWindow(event.date, event.datePrecision) > period.from;
}

function mentions(event: TimelineEvent, station: Station): boolean {
  return namesStation(`${event.value} ${event.notes}`, station);
}

/**
 * Counters that opened while this one was closed and that the record ties to it: the row that opened
 * them names this counter ("temporary front counter for Islington"), or the row that closed this one
 * names them ("counter moved to Shepherd's Bush").
 */
function standInsFor(timeline: Timeline, stations: readonly Station[], station: Station, spell: PastSpell | Omit<PastSpell, 'standIns'>): StandIn[] {
  const closedBy = spell.status.decidedBy;
  const found: StandIn[] = [];
  for (const other of stations) {
    if (other.id === station.id) continue;
    const rows = timeline.eventsFor(other.id).filter((e) => !e.conflict && (e.kind === 'opened' || e.kind === 'closed'));
    rows.forEach((opened, i) => {
      if (opened.kind !== 'opened') return;
      const ended = rows.slice(i + 1).find((e) => e.kind === 'closed');
      const from = opened.date > spell.from ? opened.date : spell.from;
      const until = ended ? dayBefore(ended.date) : spell.to;
      const to = until < spell.to ? until : spell.to;
      if (from > to || !(mentions(opened, station) || closedBy.some((e) => mentions(e, other)))) return;
      found.push({ station: other, from, to, status: timeline.statusAsOf(other.id, from), opened });
    });
  }
  return found;
}
