/**
 * The golden recording of understanding: every message the test suite sends to
 * `understand()` (with its conversation context and clock), and the question it
 * was read as, one JSON object a line in `questions.jsonl`. Replayed by
 * `goldenQuestions.test.ts`; rewritten on purpose by `npm run golden:understanding`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DateTime } from 'luxon';
import { loadKnowledge } from '../../../src/stations/loadKnowledge';
import { CorePlaceFinder } from '../../../src/understanding/corePlaceFinder';
import type { ConversationContext } from '../../../src/understanding/question';
import { explainUnderstanding, understand } from '../../../src/understanding/understand';
import { canonicalQuestion } from './canonical';

export const GOLDEN_FILE = join(__dirname, 'questions.jsonl');

/** One message as the suite sent it. */
export interface RecordedInput {
  say: string;
  /** The conversation so far; absent for a first message. */
  context?: ConversationContext;
  /** The clock the message was read against, ISO with its offset, and its zone. */
  now: string;
  zone: string;
}

/** What a message was read as: the rule that fired ("stage: rule") and the question, in canonical form. */
export interface Reading {
  rule: string;
  question: Record<string, unknown>;
}

export type GoldenLine = RecordedInput & Reading;

/** A message the suite sent, with the question it got during that run. */
export type CollectedLine = RecordedInput & Pick<Reading, 'question'>;

export function inputKey(i: RecordedInput): string {
  return JSON.stringify([i.say, i.context ?? {}, i.now, i.zone]);
}

export function readJsonLines<T>(file: string): T[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as T);
}

export function readGolden(): GoldenLine[] {
  return readJsonLines<GoldenLine>(GOLDEN_FILE);
}

export function writeGolden(lines: GoldenLine[]): void {
  writeFileSync(GOLDEN_FILE, lines.map((l) => JSON.stringify(l)).join('\n') + '\n');
}

let finder: CorePlaceFinder | undefined;

/** How `input` is read today: the rule `explainUnderstanding` says fired, and the question `understand` returns. */
export function readNow(input: RecordedInput): Reading {
  finder ??= CorePlaceFinder.fromData(loadKnowledge());
  const now = DateTime.fromISO(input.now, { zone: input.zone });
  const { fired } = explainUnderstanding(input.say, input.context ?? {}, now, finder);
  return { rule: `${fired.stage}: ${fired.rule}`, question: canonicalQuestion(understand(input.say, input.context ?? {}, now, finder)) };
}

/** The input part of a golden line (what is replayed), in a fixed key order. */
export function inputOf(line: RecordedInput): RecordedInput {
  return { say: line.say, ...(line.context ? { context: line.context } : {}), now: line.now, zone: line.zone };
}
