/**
 * A mocha `--require` hook for `npm run golden:understanding -- --collect`: it
 * wraps `understand()` so that every message the test suite sends to it (with
 * its conversation context and clock) is noted, and writes them on exit to the
 * file named by `UNDERSTANDING_INPUTS`. Only calls made with the real place
 * finder over the project's data are noted: a test's fake finder gives
 * answers the recording could not replay.
 *
 * It wraps the module as it is loaded rather than editing it, so no recording
 * code lives in `src/`.
 */
import { writeFileSync } from 'node:fs';
import Module from 'node:module';
import type { DateTime } from 'luxon';
import { loadKnowledge } from '../../../src/stations/loadKnowledge';
import { CorePlaceFinder } from '../../../src/understanding/corePlaceFinder';
import type { ConversationContext, Question } from '../../../src/understanding/question';
import type { PlaceFinder } from '../../../src/understanding/placeFinder';
import { canonicalQuestion } from './canonical';
import { inputKey, type CollectedLine } from './goldenFile';

type Understand = (text: string, context: ConversationContext, now: DateTime, finder: PlaceFinder) => Question;

const out = process.env.UNDERSTANDING_INPUTS;
if (!out) throw new Error('collectInputs: set UNDERSTANDING_INPUTS to the file to write');

/** Each message once, with the question it was read as during the run (to check the replay is faithful). */
const seen = new Map<string, CollectedLine>();

/** The plans of data/: a finder over a test's changed copy (another plan added) reads what the replay over data/ cannot. */
let projectPlans: string | undefined;
const plansOf = (finder: CorePlaceFinder): string => finder.plans.plans.map((p) => p.id).join(' ');

function note(text: unknown, context: unknown, now: DateTime, finder: unknown, question: Question): void {
  if (typeof text !== 'string' || !(finder instanceof CorePlaceFinder)) return;
  projectPlans ??= plansOf(CorePlaceFinder.fromData(loadKnowledge()));
  if (plansOf(finder) !== projectPlans) return;
  const ctx = context && typeof context === 'object' ? (JSON.parse(JSON.stringify(context)) as ConversationContext) : {};
  const line: CollectedLine = {
    say: text,
    ...(Object.keys(ctx).length > 0 ? { context: ctx } : {}),
    now: now.toISO() ?? '',
    zone: now.zoneName ?? 'Europe/London',
    question: canonicalQuestion(question),
  };
  const key = inputKey(line);
  if (!seen.has(key)) seen.set(key, line);
}

const wrapped = new WeakMap<object, object>();
const loader = Module as unknown as { _load: (request: string, parent: unknown, isMain: boolean) => unknown };
const load = loader._load;
loader._load = function (request: string, parent: unknown, isMain: boolean): unknown {
  const exported = load.call(this, request, parent, isMain) as Record<string, unknown> | undefined;
  if (!exported || typeof exported !== 'object' || !/(?:^|\/)understand(?:\.ts)?$/.test(request) || typeof exported.understand !== 'function') return exported;
  let proxy = wrapped.get(exported);
  if (!proxy) {
    const understand = exported.understand as Understand;
    proxy = {
      ...exported,
      understand: (text: string, context: ConversationContext, now: DateTime, finder: PlaceFinder): Question => {
        const question = understand(text, context, now, finder);
        note(text, context, now, finder, question);
        return question;
      },
    };
    wrapped.set(exported, proxy);
  }
  return proxy;
};

process.on('exit', () => {
  writeFileSync(out, [...seen.values()].map((i) => JSON.stringify(i)).join('\n') + '\n');
  process.stderr.write(`collectInputs: ${seen.size} distinct messages sent to understand() written to ${out}\n`);
});
