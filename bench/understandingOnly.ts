/**
 * Understanding alone: every turn of the question mix (bench/questionMix.ts)
 * read by the recognizer the bot uses, with the conversation context each turn
 * had in the whole-turn pipeline, the clock moving one second a turn. Reports
 * CPU ms and KB allocated per turn. Part of `npm run bench`; also runs on its
 * own: `npx tsx bench/understandingOnly.ts`. Allocation is measured between
 * garbage collections (rounds a collection fell inside are left out).
 */
import { GCProfiler, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { DateTime } from 'luxon';
import { OfflineQuestionRecognizer } from '../dialogs/questionRecognizer';
import { FrontCounterKnowledge } from '../src/stations';
import type { ConversationContext } from '../src/understanding/question';
import { interleavedConversations } from './questionMix';
import { TurnPipeline } from './turnPipeline';

interface Turn {
  text: string;
  context: ConversationContext;
}

export interface UnderstandingFigures {
  turns: number;
  /** Mean CPU ms per turn over all rounds (the process's: compiler and GC threads included). */
  msPerTurn: number;
  /** Median over rounds of the elapsed ms per turn (the thread that reads: less noise from the machine's other work). */
  medianMsPerTurn: number;
  /** Median over rounds of KB allocated per turn; undefined without --expose-gc. */
  kbPerTurn?: number;
}

let sink = 0;

/** Each turn of the mix with the context it was read in (as the whole-turn pipeline carries it). */
function mixTurns(knowledge: FrontCounterKnowledge, now: DateTime): Turn[] {
  const pipeline = new TurnPipeline(knowledge);
  return interleavedConversations().flatMap((c) => pipeline.conversation(c.turns, now).map(({ text, context }) => ({ text, context })));
}

export function benchUnderstanding(options: { seconds: number; knowledge?: FrontCounterKnowledge }): UnderstandingFigures {
  const knowledge = options.knowledge ?? FrontCounterKnowledge.load();
  const recognizer = new OfflineQuestionRecognizer(knowledge);
  const start = DateTime.fromISO('2026-11-26T14:00', { zone: 'Europe/London' });
  const turns = mixTurns(knowledge, start);
  // The clocks of 100 rounds, made beforehand so the loop times understanding, not the making of clocks.
  const nows = Array.from({ length: 100 * turns.length }, (_, i) => start.plus({ seconds: i }));
  let at = 0;
  const round = () => {
    for (const t of turns) {
      sink += recognizer.recognize(t.text, t.context, nows[at]).intent.length;
      at = (at + 1) % nows.length;
    }
  };
  for (let i = 0; i < 5; i++) round(); // warm-up: JIT and caches

  const gc = (globalThis as { gc?: () => void }).gc ?? exposedGc();
  const kbs: number[] = [];
  if (gc) {
    for (let i = 0; i < 30; i++) {
      gc();
      const profiler = new GCProfiler();
      profiler.start();
      const before = process.memoryUsage().heapUsed;
      round();
      const after = process.memoryUsage().heapUsed;
      if (profiler.stop().statistics.length === 0) kbs.push((after - before) / 1024 / turns.length);
    }
    kbs.sort((a, b) => a - b);
  }

  const roundMs: number[] = [];
  const cpu0 = process.cpuUsage();
  const started = performance.now();
  while (performance.now() - started < options.seconds * 1000) {
    const t0 = performance.now();
    round();
    roundMs.push(performance.now() - t0);
  }
  const cpu = process.cpuUsage(cpu0);
  roundMs.sort((a, b) => a - b);
  return {
    turns: turns.length,
    msPerTurn: (cpu.user + cpu.system) / 1000 / (roundMs.length * turns.length),
    medianMsPerTurn: roundMs[Math.floor(roundMs.length / 2)] / turns.length,
    kbPerTurn: kbs.length > 0 ? kbs[Math.floor(kbs.length / 2)] : undefined,
  };
}

/** The collector, for measuring between collections, when node was not started with --expose-gc. */
function exposedGc(): (() => void) | undefined {
  try {
    setFlagsFromString('--expose-gc');
    return runInNewContext('gc') as () => void;
  } catch {
    return undefined;
  }
}

export function reportUnderstanding(f: UnderstandingFigures): void {
  const kb = f.kbPerTurn === undefined ? 'KB allocated: run with --expose-gc' : `${f.kbPerTurn.toFixed(1)} KB allocated per turn`;
  console.log(
    `\nUnderstanding only (${f.turns} turns of the mix a round): ${(f.medianMsPerTurn * 1000).toFixed(0)} µs per turn (median round), ${(f.msPerTurn * 1000).toFixed(0)} µs process CPU per turn, ${kb} (checksum ${sink % 997})`,
  );
}

if (require.main === module) reportUnderstanding(benchUnderstanding({ seconds: Number(process.env.BENCH_SECONDS ?? 5) }));
