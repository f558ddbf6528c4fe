/** Turns timeline rows that carry a plan id into plan steps (proposed, decided, implemented, ...). */
import type { EventKind, Plan, TimelineEvent } from '../model';
import type { PlanStage, PlanStep } from './types';

const STAGE_BY_KIND: Record<EventKind, PlanStage> = {
  'proposed-close': 'proposed',
  'proposed-retain-24h': 'proposed',
  'proposed-retain-daytime': 'proposed',
  'proposed-reduce-hours': 'proposed',
  'decided-close': 'decided',
  'decided-retain-24h': 'decided',
  'decided-retain-daytime': 'decided',
  'decided-reduce-hours': 'decided',
  opened: 'implemented',
  closed: 'implemented',
  hours: 'implemented',
  reversed: 'reversed',
  paused: 'paused',
  note: 'note',
};

export function planStageOf(kind: EventKind): PlanStage {
  return STAGE_BY_KIND[kind];
}

/** The step a row records, or null for a row that belongs to no plan. */
export function toPlanStep(event: TimelineEvent, plansById: ReadonlyMap<string, Plan>): PlanStep | null {
  if (event.planId === null) return null;
  return {
    planId: event.planId,
    planName: plansById.get(event.planId)?.shortName ?? event.planId,
    stage: planStageOf(event.kind),
    stationId: event.stationId,
    eventId: event.id,
    date: event.date,
    precision: event.datePrecision,
    kind: event.kind,
    value: event.value,
    sources: event.sources,
    confidence: event.confidence,
    notes: event.notes,
  };
}
