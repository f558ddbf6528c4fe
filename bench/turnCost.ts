/**
 * What the answer and the reply of one turn cost, each on its own, in CPU time and in
 * bytes allocated, over the question mix (bench/questionMix.ts). The questions are understood once (that
 * stage is another benchmark's); then rounds of answering every turn and of rendering every answer are
 * timed, and single rounds are weighed with the heap measured before and after, a garbage collection
 * first and none during (a round is discarded when the collector ran inside it). The card engine's share is the
 * adaptivecards-templating expands of one webchat round, recorded and replayed alone. Run with
 * `node --expose-gc --min-semi-space-size=64 --max-semi-space-size=64 --import tsx bench/turnCost.ts`.
 * The London clock advances a second a turn, as in bench/wholeTurn.ts. Nothing here is asserted.
 */
import { PerformanceObserver } from 'node:perf_hooks';
import { DateTime } from 'luxon';
import type { Answer } from '../src/answers/answer';
import { Answerer } from '../src/answers/answerQuestion';
import { renderReply } from '../src/replies';
import { toActivity } from '../src/replies/toActivity';
import { FrontCounterKnowledge } from '../src/stations';
import type { Question } from '../src/understanding/question';
import { interleavedConversations } from './questionMix';
import { TurnPipeline } from './turnPipeline';

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with node --expose-gc (see the comment at the top)');

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 100);
const CHANNELS = (process.env.BENCH_CHANNELS ?? 'webchat,msteams').split(',');

interface Turn {
  question: Question;
  now: DateTime;
  answer: Answer;
}

const knowledge = FrontCounterKnowledge.load();
const answerer = new Answerer(knowledge);

// Each conversation of the mix a second after the one before, its turns with the question and answer the pipeline gave.
const pipeline = new TurnPipeline(knowledge);
const start = DateTime.fromISO('2026-11-26T14:00', { zone: 'Europe/London' });
const turns: Turn[] = interleavedConversations().flatMap((c, i) => {
  const now = start.plus({ seconds: i });
  return pipeline.conversation(c.turns, now).map(({ question, answer }) => ({ question, now, answer }));
});

// The card engine's own share of a webchat render: every Template.expand a round makes, recorded once and replayed.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { Template } = require('adaptivecards-templating') as typeof import('adaptivecards-templating');
const expands: [InstanceType<typeof Template>, Parameters<InstanceType<typeof Template>['expand']>[0]][] = [];
const expandOnce = Template.prototype.expand;
Template.prototype.expand = function (this: InstanceType<typeof Template>, context) {
  expands.push([this, context]);
  return expandOnce.call(this, context) as unknown;
};
for (const t of turns) renderReply(t.answer, { channelId: 'webchat', botName: 'StationDesk' });
Template.prototype.expand = expandOnce;

let gcs = 0;
new PerformanceObserver((list) => (gcs += list.getEntries().length)).observe({ entryTypes: ['gc'] });

let sink = 0;
const stages: Record<string, () => void> = {
  answer: () => {
    for (const t of turns) sink += answerer.answer(t.question, t.now).kind.length;
  },
  ...Object.fromEntries(
    CHANNELS.map((channelId) => [
      `renderReply ${channelId}`,
      () => {
        for (const t of turns) sink += renderReply(t.answer, { channelId, botName: 'StationDesk' }).text.length;
      },
    ]),
  ),
  'card engine (webchat)': () => {
    for (const [template, context] of expands) sink += Object.keys(template.expand(context) as object).length;
  },
  'reply JSON (webchat)': () => {
    for (const t of turns) sink += JSON.stringify(toActivity(renderReply(t.answer, { channelId: 'webchat', botName: 'StationDesk' }))).length;
  },
};

/** Garbage-collection entries reach the observer a little later. */
function settle(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 20));
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

async function main(): Promise<void> {
  const ms: Record<string, number[]> = {};
  const kb: Record<string, number[]> = {};
  for (const name of Object.keys(stages)) {
    ms[name] = [];
    kb[name] = [];
  }
  for (const run of Object.values(stages)) for (let i = 0; i < 30; i++) run(); // warm-up: JIT and caches
  for (let r = 0; r < ROUNDS; r++) {
    for (const [name, run] of Object.entries(stages)) {
      if (r % 10 === 0) {
        gc!();
        await settle(); // let the observer count that collection
        const before = gcs;
        const heap0 = process.memoryUsage().heapUsed;
        run();
        const heap1 = process.memoryUsage().heapUsed;
        await settle();
        if (gcs === before) kb[name].push((heap1 - heap0) / 1024 / turns.length);
      } else {
        const t0 = performance.now();
        run();
        ms[name].push((performance.now() - t0) / turns.length);
      }
    }
  }
  const bytes = turns.map((t) => JSON.stringify(toActivity(renderReply(t.answer, { channelId: 'webchat', botName: 'StationDesk' }))).length);
  console.log(`${turns.length} turns a round, ${ROUNDS} rounds; per turn (median of rounds):`);
  console.log(`${'stage'.padEnd(26)}${'ms'.padStart(9)}${'KB alloc'.padStart(11)}`);
  for (const name of Object.keys(stages)) {
    console.log(`${name.padEnd(26)}${median(ms[name]).toFixed(4).padStart(9)}${(kb[name].length ? median(kb[name]).toFixed(1) : 'n/a').padStart(11)}`);
  }
  console.log(`webchat activity JSON: ${Math.round(bytes.reduce((a, b) => a + b, 0) / bytes.length)} bytes a turn on average (checksum ${sink % 997})`);
}

void main();
