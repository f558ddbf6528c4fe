/**
 * Plays held-out cases through the real bot (botbuilder's TestAdapter, the
 * whole turn pipeline) at the set's fixed clock, and judges each turn without
 * throwing, so a report can count every miss rather than stop at the first.
 */
import type { Activity } from 'botbuilder';
import { DateTime } from 'luxon';
import { Conversation } from '../bot/harness';
import type { HeldoutCase, UnseenTurn } from './heldoutQuestions';
import { firstLine, replyText } from './replyText';

/** Friday 4 December 2026, 14:00 in London (GMT): the held-out set's "now". */
export const HELDOUT_NOW = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });

export interface TurnVerdict {
  say: string;
  passed: boolean;
  /** What was expected and not found (or found and not wanted), one line each. */
  misses: string[];
  /** The reply as judged: text plus card texts. */
  got: string;
}

export interface CaseVerdict {
  case: HeldoutCase;
  turns: TurnVerdict[];
  passed: boolean;
  /** Set when the bot threw: the conversation stopped there. */
  crash?: string;
}

/** Judges one turn's replies against what a good answer must (and must not) contain. */
export function judgeTurn(turn: UnseenTurn, activities: readonly Partial<Activity>[]): TurnVerdict {
  const got = replyText(activities);
  const misses: string[] = [];
  for (const re of turn.must ?? []) if (!re.test(got)) misses.push(`missing ${re}`);
  for (const re of turn.mustNot ?? []) if (re.test(got)) misses.push(`unwanted ${re}`);
  if (turn.emergencyFirst && !/999/.test(firstLine(activities))) misses.push('999 not on the first line');
  return { say: turn.say, passed: misses.length === 0, misses, got };
}

/** Plays one case as one conversation; every turn is judged even after a miss. */
export async function playCase(c: HeldoutCase, now: DateTime = HELDOUT_NOW): Promise<CaseVerdict> {
  const chat = new Conversation(c.channel ?? 'webchat', now);
  const turns: TurnVerdict[] = [];
  for (const turn of c.turns) {
    try {
      turns.push(judgeTurn(turn, await chat.say(turn.say)));
    } catch (error) {
      const crash = error instanceof Error ? error.stack ?? error.message : String(error);
      turns.push({ say: turn.say, passed: false, misses: ['the bot crashed'], got: '' });
      return { case: c, turns, passed: false, crash };
    }
  }
  return { case: c, turns, passed: turns.every((t) => t.passed) };
}
