/**
 * "Which stations reopened?": the counters the timeline shows closing and later opening again, read off their rows: a
 * `closed` row, then the next `opened` row (a refurbishment's end, a rebuilt station, a closed counter opened again
 * for a time to stand in for another), and the `closed` row after it when the counter closed again. A counter that
 * closed for good has no such pair, so it is not a reopening; CONFLICT rows are left out, as the status rule does.
 */
import type { TimelineEvent } from '../stations/model';
import type { CounterStatus, Timeline } from '../stations/timeline';
import type { Answer, AnswerDating } from './answer';

type ReopeningsAnswer = Extract<Answer, { kind: 'reopenings' }>;
export type Reopening = ReopeningsAnswer['reopenings'][number];

/**
 * Each closure that ended, of the counters given, reopened on or before `asOf`; with a period, only those reopened in it
 * (`of: 'closed'`: those that closed in it).
 */
export function reopeningsOf(statuses: readonly CounterStatus[], timeline: Timeline, asOf: string, period?: { from: string; to: string; of: 'closed' | 'reopened' }): Reopening[] {
  const found: Reopening[] = [];
  for (const status of statuses) {
    let closed: TimelineEvent | null = null;
    let last: Reopening | null = null;
    for (const e of timeline.eventsFor(status.station.id)) {
      if (e.conflict || e.date > asOf) continue;
      if (e.kind === 'closed') {
        if (last && last.closedAgain === null) last.closedAgain = e;
        closed = e;
      } else if (e.kind === 'opened' && closed) {
        last = { status, closed, reopened: e, closedAgain: null };
        found.push(last);
        closed = null;
      }
    }
  }
  const dateOf = (r: Reopening) => (period?.of === 'closed' ? r.closed.date : r.reopened.date);
  const inPeriod = (r: Reopening) => !period || (dateOf(r) >= period.from && dateOf(r) <= period.to);
  return found.filter(inPeriod).sort((a, b) => (a.reopened.date === b.reopened.date ? a.status.station.name.localeCompare(b.status.station.name) : a.reopened.date < b.reopened.date ? -1 : 1));
}

export function reopeningsAnswer(reopenings: Reopening[], asked: Pick<ReopeningsAnswer, 'period' | 'part' | 'periodOf' | 'latest' | 'whetherAsked'>, dating: AnswerDating): ReopeningsAnswer {
  const { period, part, periodOf, latest, whetherAsked } = asked;
  return { kind: 'reopenings', reopenings, ...(period ? { period } : {}), ...(part ? { part } : {}), ...(periodOf ? { periodOf } : {}), ...(latest ? { latest } : {}), ...(whetherAsked ? { whetherAsked } : {}), ...dating };
}
