/**
 * The whole-turn part of `npm run bench`: understanding -> answer -> reply for
 * every kind of question in the mix (bench/questionMix.ts), in-process, with
 * p50/p99 per kind. Three loops take turns, round by round, so they share the
 * machine's noise:
 * - cached: the real pipeline, caches warm, the clock moving one second per turn
 *   (a minute of London time every 60 turns, so per-minute caches do miss);
 * - uncached: the same turns with every cache off (what the caches save);
 * - echo: a trivial turn that only repeats the text (the floor of a turn).
 */
import { DateTime } from 'luxon';
import { FrontCounterKnowledge } from '../src/stations';
import { withCachesOff } from '../src/stations/boundedCache';
import { interleavedConversations } from './questionMix';
import { TurnPipeline } from './turnPipeline';

type Loop = 'cached' | 'uncached' | 'echo';
const LOOPS: Loop[] = ['cached', 'uncached', 'echo'];

let sink = 0;

/** What an echo bot does with a message: trim it and say it back. */
function echoTurn(text: string): { text: string } {
  const said = text.trim();
  return { text: said ? `You said: ${said}` : 'I only understand text for now.' };
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
}

export function benchWholeTurns(options: { seconds: number } = { seconds: 15 }): void {
  const knowledge = FrontCounterKnowledge.load();
  const pipeline = new TurnPipeline(knowledge);
  const conversations = interleavedConversations();
  const turnsPerRound = conversations.reduce((n, c) => n + c.turns.length, 0);
  const samples = new Map<string, Record<Loop, number[]>>();
  for (const c of conversations) if (!samples.has(c.kind)) samples.set(c.kind, { cached: [], uncached: [], echo: [] });
  let now = DateTime.fromISO('2026-11-26T14:00', { zone: 'Europe/London' });

  /** One pass over the mix; each turn timed on its own. */
  const round = (loop: Loop) => {
    for (const c of conversations) {
      const times = samples.get(c.kind)![loop];
      if (loop === 'echo') {
        for (const text of c.turns) {
          const t0 = performance.now();
          sink += echoTurn(text).text.length;
          times.push(performance.now() - t0);
        }
        continue;
      }
      // Follow-ups need the turns before them: time each turn by the difference of running one more.
      const play = () => {
        const t0 = performance.now();
        const results = pipeline.conversation(c.turns, now);
        const t1 = performance.now();
        sink += results.length;
        return t1 - t0;
      };
      const ms = loop === 'uncached' ? withCachesOff(play) : play();
      for (let i = 0; i < c.turns.length; i++) times.push(ms / c.turns.length);
      now = now.plus({ seconds: c.turns.length });
    }
  };

  for (const loop of LOOPS) round(loop); // warm-up: JIT and caches
  for (const s of samples.values()) for (const loop of LOOPS) s[loop].length = 0;
  const started = performance.now();
  let rounds = 0;
  while (performance.now() - started < options.seconds * 1000) {
    for (const loop of rounds % 2 ? [...LOOPS].reverse() : LOOPS) round(loop);
    rounds++;
  }

  console.log(
    `\nWhole turns in-process: understanding -> answer -> reply, ${samples.size} kinds of question, ${turnsPerRound} turns a round, ${rounds} rounds of each loop (alternating), the clock one second a turn`,
  );
  console.log(
    `${'kind'.padEnd(20)}${'cached p50 µs'.padStart(15)}${'p99 µs'.padStart(10)}${'uncached p50'.padStart(14)}${'p99 µs'.padStart(10)}${'saved'.padStart(8)}${'× echo'.padStart(10)}`,
  );
  const all: Record<Loop, number[]> = { cached: [], uncached: [], echo: [] };
  const f = (ms: number) => Math.round(ms * 1000).toLocaleString('en-GB');
  for (const [kind, s] of samples) {
    for (const loop of LOOPS) {
      s[loop].sort((a, b) => a - b);
      all[loop].push(...s[loop]);
    }
    const cached = percentile(s.cached, 0.5);
    const uncached = percentile(s.uncached, 0.5);
    const echo = percentile(s.echo, 0.5);
    console.log(
      `${kind.padEnd(20)}${f(cached).padStart(15)}${f(percentile(s.cached, 0.99)).padStart(10)}${f(uncached).padStart(14)}${f(percentile(s.uncached, 0.99)).padStart(10)}${`${(uncached / cached).toFixed(1)}×`.padStart(8)}${Math.round(cached / Math.max(echo, 1e-4)).toLocaleString('en-GB').padStart(10)}`,
    );
  }
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  for (const loop of LOOPS) all[loop].sort((a, b) => a - b);
  console.log(
    `${'all turns'.padEnd(20)}${f(percentile(all.cached, 0.5)).padStart(15)}${f(percentile(all.cached, 0.99)).padStart(10)}${f(percentile(all.uncached, 0.5)).padStart(14)}${f(percentile(all.uncached, 0.99)).padStart(10)}${`${(percentile(all.uncached, 0.5) / percentile(all.cached, 0.5)).toFixed(1)}×`.padStart(8)}`,
  );
  console.log(
    `  mean turn: cached ${f(mean(all.cached))} µs (${Math.round(1000 / mean(all.cached)).toLocaleString('en-GB')} turns/s on one core), uncached ${f(mean(all.uncached))} µs: caches make a turn ${(mean(all.uncached) / mean(all.cached)).toFixed(1)}× faster; an echo turn ${f(mean(all.echo))} µs (checksum ${sink % 997})`,
  );
}
