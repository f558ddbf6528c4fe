/**
 * "Is it closing?" of a counter that is open: what the sources say about a
 * closure ahead, as of the answer's date. A closure already decided comes
 * from the timeline (`status.upcoming`); otherwise the latest proposal to
 * close the counter that no later step of the same plan settled, nor a later
 * plan's decision about the counter (Tottenham's 2013 draft to cut its hours
 * is moot once the 2017 plan decided to keep it 24/7); otherwise a
 * later note that says it is to close outside any plan that was carried out
 * (Stratford's estates strategy). None of them: no closure planned, as far as
 * the sources go. A proposal to cut its hours is worth saying with either.
 */
import type { TimelineEvent } from '../stations/model';
import type { CounterStatus, PlanStep, UpcomingChange } from '../stations/timeline';

export interface ClosingOutlook {
  decided: UpcomingChange | null;
  /** A proposal to close this counter with no decision, reversal or closure after it. */
  proposed: PlanStep | null;
  /** A proposal to cut its hours (close it overnight, daytime only), likewise unsettled. */
  proposedChange: PlanStep | null;
  /** A note about this counter that says it is to close, which no later step of its plan carried out. */
  reported: TimelineEvent | null;
}

/** How a note says a closure is ahead: "Stratford station to close once officers move ...". */
const SAYS_IT_WILL_CLOSE = /\b(?:to close|will close|to shut|will shut|closing)\b/i;

const SETTLED = new Set(['decided', 'reversed', 'implemented']);
/** What a later plan did that makes an earlier plan's open proposal about the same counter history. */
const DECIDED = new Set(['decided', 'reversed']);

export function closingOutlook(status: CounterStatus): ClosingOutlook {
  const own = status.plans.filter((p) => p.stationId === status.station.id);
  const settledAfter = (planId: string | null, date: string) => planId !== null && own.some((p) => p.planId === planId && SETTLED.has(p.stage) && p.date >= date);
  const decidedByALaterPlan = (step: PlanStep) => own.some((p) => p.planId !== step.planId && DECIDED.has(p.stage) && p.date > step.date);
  const unsettled = (kinds: readonly string[]) =>
    [...own].reverse().find((p) => p.stage === 'proposed' && kinds.includes(p.kind) && !settledAfter(p.planId, p.date) && !decidedByALaterPlan(p)) ?? null;
  const reported =
    [...status.notes].reverse().find((n) => n.stationId === status.station.id && !n.conflict && SAYS_IT_WILL_CLOSE.test(n.value) && !settledAfter(n.planId, n.date)) ?? null;
  return {
    decided: status.upcoming.find((u) => u.becomes === 'closed') ?? null,
    proposed: unsettled(['proposed-close']),
    proposedChange: unsettled(['proposed-reduce-hours', 'proposed-retain-daytime']),
    reported,
  };
}
