/**
 * The front-counter timeline: what was true at a station on any London date,
 * derived from `events.csv` by the rule in SOURCES.md §5.2 (see
 * `timeline/deriveStatus.ts`). Dates are parameters; nothing reads the clock.
 *
 *   const timeline = new Timeline(loadKnowledge());
 *   timeline.statusAsOf('chingford', '2026-01-10').upcoming  // closes 2026-02-28
 */
import { BoundedCache } from './boundedCache';
import type { KnowledgeData, Plan, Station, TimelineEvent } from './model';
import { tryParseSchedule, type WeeklySchedule } from './openingHours';
import { dayBefore, londonDate, type AsOf } from './timeline/asOfDate';
import { deriveStatus, isOnCounterList, isStateRow, type DerivationContext } from './timeline/deriveStatus';
import { toPlanStep } from './timeline/planSteps';
import type { CounterStatus, PlanStep } from './timeline/types';

export type { AsOf } from './timeline/asOfDate';
export { dayBefore, endOfWindow, londonDate } from './timeline/asOfDate';
export type {
  CounterState,
  CounterStatus,
  DatedMark,
  KnownHours,
  PlanStage,
  PlanStep,
  ReportedDoubt,
  StatusBasis,
  UpcomingChange,
} from './timeline/types';

/** One stretch of dates over which a counter's state (open or not, and its hours) stayed the same. */
export interface TimelineSpell {
  from: string;
  to: string;
  /** The status on `from`. */
  status: CounterStatus;
}

function sameState(a: CounterStatus, b: CounterStatus): boolean {
  return a.counter === b.counter && (a.hours?.text ?? null) === (b.hours?.text ?? null);
}

/** Row order in events.csv, from the id `ev-N`; rows on one date are read in this order. */
function rowNumber(event: TimelineEvent, index: number): number {
  const n = /^ev-(\d+)$/.exec(event.id);
  return n ? Number(n[1]) : index + 1;
}

function chronological(events: readonly TimelineEvent[]): TimelineEvent[] {
  return events
    .map((event, index) => ({ event, row: rowNumber(event, index) }))
    .sort((a, b) => (a.event.date < b.event.date ? -1 : a.event.date > b.event.date ? 1 : a.row - b.row))
    .map((x) => x.event);
}

/** How many dates' statuses a timeline keeps. */
const STATUS_DATES = 16;

export class Timeline {
  private readonly stationsById = new Map<string, Station>();
  private readonly eventsByStation = new Map<string, TimelineEvent[]>();
  private readonly plansById: Map<string, Plan>;
  private readonly planWide: TimelineEvent[];
  private readonly context: DerivationContext;
  /**
   * Statuses already derived, by London date then station: the answer for a date never
   * changes, and a day's questions ask about a handful of dates (today, tomorrow,
   * Saturday, a past date). At most STATUS_DATES dates, each at most every station.
   */
  private readonly derived = new BoundedCache<string, Map<string, CounterStatus>>(STATUS_DATES);

  /** Throws if an `hours` row cannot be read: run `npm run data:check`, which names the row. */
  constructor(private readonly data: KnowledgeData) {
    for (const station of data.stations) {
      this.stationsById.set(station.id, station);
      this.eventsByStation.set(station.id, []);
    }
    const sorted = chronological(data.events);
    for (const event of sorted) {
      if (event.stationId !== null) this.eventsByStation.get(event.stationId)?.push(event);
    }
    this.planWide = sorted.filter((e) => e.stationId === null);
    this.plansById = new Map(data.plans.map((p) => [p.id, p]));

    const schedules = new Map<string, WeeklySchedule>();
    for (const event of data.events) {
      if (event.kind !== 'hours') continue;
      const parsed = tryParseSchedule(event.value);
      if (!parsed.ok) throw new Error(`Timeline: ${event.id} has hours that cannot be read: ${parsed.reason}`);
      schedules.set(event.id, parsed.schedule);
    }
    this.context = { plansById: this.plansById, schedules, planWide: this.planWide, sourcesUpTo: data.meta.sourcesUpTo, counterList: data.meta.counterList };
  }

  station(stationId: string): Station | undefined {
    return this.stationsById.get(stationId);
  }

  /** Every row about one station, oldest first (CONFLICT rows included, flagged). Empty for an unknown id. */
  eventsFor(stationId: string): TimelineEvent[] {
    return [...(this.eventsByStation.get(stationId) ?? [])];
  }

  /** The station is on the list of counters the data is complete from (`meta.counterList`). */
  isOnCounterList(station: Station): boolean {
    return isOnCounterList(station, this.context.counterList);
  }

  planById(planId: string): Plan | undefined {
    return this.plansById.get(planId);
  }

  /** The plan-wide steps of one plan (rows with no station), oldest first. */
  planSteps(planId: string): PlanStep[] {
    return this.planWide
      .filter((e) => e.planId === planId)
      .map((e) => toPlanStep(e, this.plansById))
      .filter((s): s is PlanStep => s !== null);
  }

  /** The station's front-counter status on a London date. Throws RangeError for an unknown station or a bad date. */
  statusAsOf(stationId: string, asOf: AsOf): CounterStatus {
    const station = this.stationsById.get(stationId);
    if (!station) throw new RangeError(`Timeline: unknown station "${stationId}"`);
    return this.statusOn(station, londonDate(asOf));
  }

  /**
   * The station's states over a stretch of London dates (both inclusive): its status on `from`, then a new
   * spell wherever an opened/closed/hours row dated inside the stretch changes whether it is open or its
   * hours. Consecutive spells always differ; a row that only confirms the state (an hours "observation")
   * starts none. Throws RangeError like `statusAsOf`.
   */
  spellsBetween(stationId: string, from: AsOf, to: AsOf): TimelineSpell[] {
    const first = londonDate(from);
    const last = londonDate(to);
    // The counter list's date is a change too: from then its counters count as open without a row of their own.
    const dates = [...this.eventsFor(stationId).filter(isStateRow).map((e) => e.date), this.context.counterList.since];
    const changes = [...new Set(dates.filter((d) => d > first && d <= last))].sort();
    const spells: TimelineSpell[] = [];
    for (const date of [first, ...changes]) {
      const status = this.statusAsOf(stationId, date);
      const previous = spells.at(-1);
      if (previous && sameState(previous.status, status)) continue;
      if (previous) previous.to = dayBefore(date);
      spells.push({ from: date, to: last, status });
    }
    return spells;
  }

  /** Every station's status on a date, in the order of stations.csv (a new array; the statuses are shared). */
  statusesAsOf(asOf: AsOf): CounterStatus[] {
    const date = londonDate(asOf);
    return this.data.stations.map((s) => this.statusOn(s, date));
  }

  private statusOn(station: Station, date: string): CounterStatus {
    const onDate = this.derived.get(date, () => new Map());
    let status = onDate.get(station.id);
    if (!status) {
      status = deriveStatus(this.context, station, this.eventsByStation.get(station.id) ?? [], date);
      onDate.set(station.id, status);
    }
    return status;
  }

  /** The stations with an open public front counter on a date. */
  countersOpenAsOf(asOf: AsOf): CounterStatus[] {
    return this.statusesAsOf(asOf).filter((s) => s.counter === 'open');
  }
}
