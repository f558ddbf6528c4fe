/**
 * Shared by the understanding tests: the real place finder over the real data,
 * a fixed "now" (the development set's date, Thursday 26 November 2026, 14:30
 * London time), and short descriptions of questions for readable failures.
 */
import { expect } from 'chai';
import { DateTime } from 'luxon';
import { loadKnowledge } from '../../src/stations/loadKnowledge';
import { CorePlaceFinder } from '../../src/understanding/corePlaceFinder';
import { nextContext } from '../../src/understanding/context';
import type { ConversationContext, PlaceMention, Question } from '../../src/understanding/question';
import { understand } from '../../src/understanding/understand';

export const data = loadKnowledge();
export const finder = CorePlaceFinder.fromData(data);
export const NOW = DateTime.fromISO('2026-11-26T14:30:00', { zone: 'Europe/London' });

export function ask(text: string, context: ConversationContext = {}, now: DateTime = NOW): Question {
  return understand(text, context, now, finder);
}

/** Asks each message in turn, carrying the context, and returns every question. */
export function conversation(messages: string[], now: DateTime = NOW): Question[] {
  let ctx: ConversationContext = {};
  return messages.map((m) => {
    const q = understand(m, ctx, now, finder);
    ctx = nextContext(q, ctx);
    return q;
  });
}

export function placeOf(q: Question): PlaceMention | null | undefined {
  return 'place' in q ? q.place : undefined;
}

/**
 * What a place mention resolved to, in a few characters: `station:brixton`,
 * `place:brixton`, `postcode:IG8 0SB`, `district:SE18`, `borough:Hackney`,
 * `not-found`, `outside-london:M1 1AA`; `none` for no place.
 */
export function placeKey(q: Question): string {
  const p = placeOf(q);
  if (!p) return 'none';
  const r = p.result;
  if (r.status === 'found') {
    const m = r.match;
    if (m.kind === 'station' || m.kind === 'place') return `${m.kind}:${m.stationId ?? m.placeId}`;
    if (m.kind === 'borough') return `borough:${m.label}`;
    return `${m.kind}:${m.postcode ?? m.label}`;
  }
  if (r.status === 'ambiguous') return `ambiguous:${r.candidates.map((c) => c.stationId ?? c.placeId ?? c.label).join('/')}`;
  if (r.status === 'not-found') return 'not-found';
  return `${r.status}:${r.postcode}`;
}

/** The station a mention points at, whether read as the building or the place named after it. */
export function stationIdOf(q: Question): string | undefined {
  const p = placeOf(q);
  return p && p.result.status === 'found' ? p.result.match.stationId : undefined;
}

export function describe_(q: Question): string {
  return JSON.stringify({ ...q, place: placeOf(q) ? placeKey(q) : undefined });
}

/** One row of a case table: a message and what its question must hold. */
export interface QuestionRow {
  say: string;
  intent: Question['intent'];
  station?: string;
  place?: string;
  topic?: string;
  /** The plan id a plans question is about. */
  plan?: string;
  desk?: string;
  focus?: string;
  /** The special day's label (or 'none'), or fields it must include. */
  special?: string | { kind: string; date?: string };
  when?: Record<string, unknown>;
  /** The label of the period of closures asked about ("February 2026"), or `all`. */
  period?: string;
  reason?: string;
  /** The language named or guessed; null for "not sure". */
  language?: string | null;
}

/** One mocha test per row, inside the current `describe`. */
export function checkRows(rows: readonly QuestionRow[]): void {
  for (const row of rows) {
    it(`${row.say} -> ${row.intent}`, () => {
      const q = ask(row.say);
      const got = describe_(q);
      const any = q as Question & Record<string, unknown>;
      expect(q.intent, got).to.equal(row.intent);
      if (row.station) expect(stationIdOf(q), got).to.equal(row.station);
      if (row.place) expect(placeKey(q), got).to.equal(row.place);
      if (row.topic) expect(any.topic, got).to.equal(row.topic);
      if (row.desk) expect(any.desk, got).to.equal(row.desk);
      if (row.focus) expect(any.focus ?? 'none', got).to.equal(row.focus);
      if (typeof row.special === 'string') expect((any.specialDay as { label?: string } | undefined)?.label ?? 'none', got).to.equal(row.special);
      else if (row.special) expect(any.specialDay, got).to.include(row.special);
      if (row.when) expect(any.when, got).to.include(row.when);
      if (row.plan) expect(any.planId, got).to.equal(row.plan);
      if (row.period) expect((any.period as { label?: string } | undefined)?.label ?? 'all', got).to.equal(row.period);
      if (row.reason) expect(any.reason, got).to.equal(row.reason);
      if (row.language !== undefined) expect(any.language, got).to.equal(row.language);
    });
  }
}
