/**
 * Whole turns in-process through the bot's real activity pipeline: the
 * CloudAdapter (anonymous), the TurnRunner with TurnStorage on the in-memory
 * store, the bot, its dialogs and states, understanding, answer, reply and
 * card, and the expectReplies body as JSON: everything `npm run bench:http`
 * measures but restify and the sockets, over the same question mix
 * (bench/questionMix.ts), each conversation under a new id, with production
 * logging (JSON lines, written nowhere). Reports CPU ms and KB allocated per
 * turn; the KB are measured between collections (rounds a collection fell
 * inside are left out), so they are exact and steady where the HTTP
 * benchmark's sampled heap phase and a shared machine's CPU figures move: the
 * figure to compare before and after a change to anything a turn allocates.
 *
 * node --expose-gc --min-semi-space-size=64 --max-semi-space-size=64 --import tsx bench/pipelineTurns.ts
 * (BENCH_ROUNDS, default 40). Nothing here is asserted.
 */
import { GCProfiler } from 'node:v8';
import { buildStationDeskBot } from '../src/bots/buildStationDeskBot';
import { loadConfig } from '../src/config';
import type { WireActivity } from '../src/directline/conversationStore';
import { activityPipeline, createAdapter } from '../src/http/adapter';
import { InFlightTurns } from '../src/http/shutdown';
import { TurnRunner } from '../src/http/turnRunner';
import { loggerFor } from '../src/logging';
import { FrontCounterKnowledge } from '../src/stations';
import { createStorage } from '../src/storage';
import { interleavedConversations } from './questionMix';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 40);
const WARM_UP_ROUNDS = 15;

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with node --expose-gc (see the comment at the top)');

async function main(): Promise<void> {
  const config = loadConfig({ PORT: '0', NODE_ENV: 'production', LOG_LEVEL: 'info', LOG_MESSAGE_TEXT: 'false', STORAGE: 'memory' });
  const logger = loggerFor(config, () => {});
  const state = createStorage(config.storage, { logger, memoryIdleMs: config.stateIdleMinutes * 60_000 });
  await state.open();
  const knowledge = FrontCounterKnowledge.load();
  const adapter = createAdapter(config, logger, { reuseClients: true });
  const { bot } = buildStationDeskBot({
    knowledge,
    storage: state.storage,
    botName: config.botName,
    onAnswered: (event) => logger.info('question answered', { ...event }),
  });
  const runner = new TurnRunner({ state: state.storage, logger, replyTimeoutMs: config.timeouts.replyMs });
  const run = activityPipeline(adapter, bot, runner, logger, new InFlightTurns());

  const turns = interleavedConversations().flatMap((c) => c.turns.map((text, i) => ({ text, first: i === 0 })));
  let conversations = 0;
  let activities = 0;
  let bytes = 0;
  const round = async (): Promise<void> => {
    let conversation = '';
    for (const turn of turns) {
      if (turn.first) conversation = `pipeline-${++conversations}`;
      // As the HTTP edge hands it over: the parsed JSON of the request body.
      const wire = JSON.parse(
        JSON.stringify({
          type: 'message',
          id: `activity-${++activities}`,
          channelId: 'webchat',
          serviceUrl: 'http://127.0.0.1:9/',
          from: { id: `resident-${conversation}`, name: 'Resident' },
          recipient: { id: 'stationdesk', name: 'StationDesk' },
          conversation: { id: conversation },
          locale: 'en-GB',
          text: turn.text,
          deliveryMode: 'expectReplies',
        }),
      ) as WireActivity;
      const response = await run('', wire);
      bytes += Buffer.byteLength(JSON.stringify(response?.body));
    }
  };

  for (let i = 0; i < WARM_UP_ROUNDS; i++) await round(); // JIT, caches, the card engine loaded
  bytes = 0;
  const cpuMs: number[] = [];
  const kb: number[] = [];
  for (let r = 0; r < ROUNDS; r++) {
    if (r % 4 === 0) {
      gc!();
      const profiler = new GCProfiler();
      profiler.start();
      const before = process.memoryUsage().heapUsed;
      await round();
      const after = process.memoryUsage().heapUsed;
      if (profiler.stop().statistics.length === 0) kb.push((after - before) / 1024 / turns.length);
    } else {
      const before = process.cpuUsage();
      await round();
      const used = process.cpuUsage(before);
      cpuMs.push((used.user + used.system) / 1000 / turns.length);
    }
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  console.log(
    `Whole turns through the activity pipeline, in-process (${turns.length} turns a round, ${ROUNDS} rounds): ` +
      `CPU ${median(cpuMs).toFixed(3)} ms a turn (median round; fastest ${Math.min(...cpuMs).toFixed(3)}), ` +
      `${kb.length > 0 ? `${median(kb).toFixed(1)} KB` : 'KB not measured (a collection fell in every measured round; raise --min-semi-space-size)'} allocated a turn, ` +
      `${Math.round(bytes / (turns.length * ROUNDS))} bytes of expectReplies body a turn`,
  );
}

void main();
