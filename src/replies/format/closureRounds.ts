/**
 * Rounds of closures as replies name them, from the data's own labels
 * ("December 2017", "February 2026"): never a period written here.
 */
import type { ClosurePeriod } from '../../understanding/question';
import { joinAnd } from './text';

/** "Which counters closed in February 2026?": the latest round, offered as the next question; none when the data has no round. */
export function latestRoundSuggestion(rounds: readonly ClosurePeriod[]): string[] {
  const latest = rounds.at(-1);
  return latest ? [`Which counters closed in ${latest.label}?`] : [];
}

/** "The rounds of closures so far: 2013, December 2017 and February 2026." */
export function roundsLine(rounds: readonly ClosurePeriod[]): string {
  return rounds.length > 0 ? `The rounds of closures so far: ${joinAnd(rounds.map((r) => r.label))}.` : '';
}
