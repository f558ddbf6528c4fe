/**
 * The derivation rule of SOURCES.md §5.2 ("How to derive open on date D"),
 * applied to one station's rows:
 *
 * 1. The latest `opened`, `closed` or `hours` row on or before D decides,
 *    ignoring CONFLICT rows. Rows sharing that date are read in file order,
 *    the last one winning (in the data they always agree: `hours` + `opened`).
 * 2. `closed` means no open counter; `opened` or `hours` means open.
 * 3. No such row: a counter on the list the data is complete from (the 73
 *    counters of 2017, `meta.counterList`) counts as open from the list's date;
 *    anything else, or any date before that, is `unknown`.
 * 4. Hours: the latest `hours` row on or before D not followed by a `closed`
 *    row. A later `opened` row does NOT end earlier hours: in the data an
 *    `opened` row after `hours` without a `closed` in between is a reopening
 *    of the same desk (Dagenham, 3 Jul 2023), and reopenings that changed the
 *    hours carry their own `hours` row on the same date.
 */
import type { Confidence, CounterList, Plan, Station, TimelineEvent } from '../model';
import type { WeeklySchedule } from '../openingHours';
import { uncertainWithin } from './asOfDate';
import { toPlanStep } from './planSteps';
import type { CounterStatus, KnownHours, PlanStep, ReportedDoubt, UpcomingChange } from './types';

/** The counter list is a reconstruction (SOURCES.md §1.2), so an answer resting on it is at best medium. */
const COUNTER_LIST_CONFIDENCE: Confidence = 'medium';

/** The station is on the list of counters the data is complete from: stations.csv marks it so in its notes. */
export function isOnCounterList(station: Station, list: CounterList): boolean {
  return station.notes.includes(list.marker);
}

export function isStateRow(event: TimelineEvent): boolean {
  return !event.conflict && (event.kind === 'opened' || event.kind === 'closed' || event.kind === 'hours');
}

const RANK: Record<Confidence, number> = { low: 0, medium: 1, high: 2 };

export function weakest(confidences: Confidence[]): Confidence | null {
  if (confidences.length === 0) return null;
  return confidences.reduce((a, b) => (RANK[b] < RANK[a] ? b : a));
}

export interface DerivationContext {
  plansById: ReadonlyMap<string, Plan>;
  /** Parsed schedules of every `hours` row, by event id. */
  schedules: ReadonlyMap<string, WeeklySchedule>;
  /** Plan-wide rows (stationId null), sorted. */
  planWide: readonly TimelineEvent[];
  sourcesUpTo: string;
  counterList: CounterList;
}

/** `events` are the station's rows sorted by date then file order; `asOf` a London `YYYY-MM-DD`. */
export function deriveStatus(ctx: DerivationContext, station: Station, events: readonly TimelineEvent[], asOf: string): CounterStatus {
  const upTo = events.filter((e) => e.date <= asOf);
  const stateRows = upTo.filter(isStateRow);
  const plans = upTo.filter((e) => !e.conflict).map((e) => toPlanStep(e, ctx.plansById)).filter((s): s is PlanStep => s !== null);

  let counter: CounterStatus['counter'] = 'unknown';
  let basis: CounterStatus['basis'] = 'no-evidence';
  let decidedBy: TimelineEvent[] = [];
  let since: CounterStatus['since'] = null;
  let counterConfidence: Confidence | null = null;

  const last = stateRows.at(-1);
  if (last) {
    counter = last.kind === 'closed' ? 'closed' : 'open';
    basis = 'timeline';
    decidedBy = stateRows.filter((e) => e.date === last.date && (e.kind === 'closed') === (last.kind === 'closed'));
    since = { date: last.date, precision: last.datePrecision, qualifier: last.dateQualifier };
    counterConfidence = weakest(decidedBy.map((e) => e.confidence));
  } else if (isOnCounterList(station, ctx.counterList) && asOf >= ctx.counterList.since) {
    counter = 'open';
    basis = 'counter-list';
    decidedBy = upTo.filter((e) => e.planId === ctx.counterList.planId && !e.conflict && e.kind !== 'note');
    since = { date: ctx.counterList.since, precision: 'month' };
    counterConfidence = weakest([COUNTER_LIST_CONFIDENCE, ...decidedBy.map((e) => e.confidence)]);
  }

  const hoursRow = counter === 'open' ? currentRow(stateRows, 'hours') : null;
  const openedBy = counter === 'open' ? currentRow(stateRows, 'opened') : null;
  const hours = hoursRow ? knownHours(ctx, hoursRow, asOf) : null;
  const deciding = hoursRow && !decidedBy.includes(hoursRow) ? [...decidedBy, hoursRow] : decidedBy;
  const confidence = weakest([...(counterConfidence ? [counterConfidence] : []), ...(hoursRow ? [hoursRow.confidence] : [])]);

  return {
    station,
    asOf,
    counter,
    basis,
    since,
    uncertainWithin: since ? uncertainWithin(since, asOf) : null,
    decidedBy,
    ...(basis === 'counter-list' ? { counterList: ctx.counterList } : {}),
    hours,
    openedBy,
    plans,
    conflicts: doubts(ctx, upTo, deciding, plans, asOf),
    notes: upTo.filter((e) => e.kind === 'note'),
    upcoming: upcoming(ctx, events, plans, asOf),
    confidence,
    sources: [...new Set(deciding.flatMap((e) => e.sources))],
    beyondSources: asOf > ctx.sourcesUpTo,
    sourcesUpTo: ctx.sourcesUpTo,
  };
}

/**
 * The latest row of `kind` since the last `closed` row: rule 4's hours row
 * (`hours`), or the opening that began the current open spell (`opened`).
 */
function currentRow(stateRows: readonly TimelineEvent[], kind: 'hours' | 'opened'): TimelineEvent | null {
  for (let i = stateRows.length - 1; i >= 0; i--) {
    const row = stateRows[i];
    if (row.kind === 'closed') return null;
    if (row.kind === kind) return row;
  }
  return null;
}

function knownHours(ctx: DerivationContext, row: TimelineEvent, asOf: string): KnownHours {
  const schedule = ctx.schedules.get(row.id);
  if (!schedule) throw new Error(`Timeline: no parsed schedule for ${row.id}`);
  const since = { date: row.date, precision: row.datePrecision, qualifier: row.dateQualifier };
  return {
    text: row.value,
    schedule,
    is24x7: schedule.kind === 'always',
    since,
    uncertainWithin: uncertainWithin(since, asOf),
    confidence: row.confidence,
    sources: row.sources,
    eventId: row.id,
  };
}

/**
 * What the answer must mention without resting on it: CONFLICT rows, low-confidence
 * rows that decided it, and low-confidence rows dated after the deciding rows -
 * the station's own, or plan-wide rows of a plan already decided for this station
 * (the single "paused" report of Feb 2026).
 */
function doubts(
  ctx: DerivationContext,
  upTo: readonly TimelineEvent[],
  deciding: readonly TimelineEvent[],
  plans: readonly PlanStep[],
  asOf: string,
): ReportedDoubt[] {
  // A contradicted claim matters while nothing trusted has happened since: Woodford's 2017 hours
  // (its last trusted row closed it in 2013) still do; Barkingside's 2017 hours no longer do once it closed.
  const superseded = (claim: TimelineEvent) => upTo.some((e) => !e.conflict && isStateRow(e) && e.date > claim.date);
  const found: ReportedDoubt[] = upTo.filter((e) => e.conflict && !superseded(e)).map((event) => ({ reason: 'conflict', event }));
  for (const event of deciding) if (event.confidence === 'low') found.push({ reason: 'low-confidence-deciding', event });

  const decidedOn = deciding.reduce((latest, e) => (e.date > latest ? e.date : latest), '');
  for (const event of upTo) {
    if (event.confidence === 'low' && !event.conflict && !deciding.includes(event) && event.date > decidedOn) {
      found.push({ reason: 'low-confidence-later', event });
    }
  }
  for (const event of ctx.planWide) {
    if (event.confidence !== 'low' || event.date > asOf) continue;
    const decided = plans.some((s) => s.stage === 'decided' && s.planId === event.planId && s.date <= event.date);
    if (decided) found.push({ reason: 'low-confidence-later', event });
  }
  return found;
}

/**
 * Opened/closed/hours rows dated after `asOf` that a plan had already decided
 * for this station by then (and not reversed since), e.g. Chingford on
 * 2026-01-10: decided 2025-10-15, closes 2026-02-28.
 */
function upcoming(ctx: DerivationContext, events: readonly TimelineEvent[], plans: readonly PlanStep[], asOf: string): UpcomingChange[] {
  const changes: UpcomingChange[] = [];
  for (const event of events) {
    if (event.date <= asOf || !isStateRow(event) || event.planId === null) continue;
    const decision = plans.filter((s) => s.stage === 'decided' && s.planId === event.planId).at(-1);
    if (!decision) continue;
    const reversedSince = plans.some((s) => s.stage === 'reversed' && s.planId === event.planId && s.date > decision.date);
    if (reversedSince) continue;
    changes.push({
      event,
      becomes: event.kind === 'closed' ? 'closed' : event.kind === 'opened' ? 'open' : 'hours',
      date: event.date,
      precision: event.datePrecision,
      decidedBy: decision,
    });
  }
  return changes;
}
