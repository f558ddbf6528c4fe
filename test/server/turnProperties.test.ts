/**
 * Properties of whole turns, for any conversation: the real bot behind the
 * real turn pipeline (TurnRunner over TurnStorage, as in production), fed
 * arbitrary sequences of messages mixing real questions, postcodes, station
 * names, emoji, markup and noise. Every message is answered with readable
 * text, no turn ends in the apology, every turn is counted once in state, and
 * replaying the same activities sends nothing more.
 */
import { expect } from 'chai';
import { type Activity, TestAdapter } from 'botbuilder';
import fc from 'fast-check';
import { DateTime } from 'luxon';
import { buildStationDeskBot } from '../../src/bots/buildStationDeskBot';
import { TurnRunner } from '../../src/http/turnRunner';
import { TURN_ERROR_REPLY } from '../../src/server';
import { FrontCounterKnowledge } from '../../src/stations';
import { TURN_LEDGER_FIELD, TurnStorage } from '../../src/storage';
import { MemoryStore } from '../../src/storage/memoryStore';
import { StoreHealth } from '../../src/storage/storeHealth';
import { captureLogs } from './helpers';

const knowledge = FrontCounterKnowledge.load();
const THURSDAY_AFTERNOON = DateTime.fromISO('2026-11-26T14:00', { zone: 'Europe/London' });

const stationNames = knowledge.data.stations.slice(0, 40).map((station) => station.name);
const words = fc.constantFrom(
  ...stationNames,
  'is', 'open', 'now', 'nearest', '24 hour', 'police station', 'front desk', 'on sunday', 'tomorrow', 'at 11pm', 'closing', 'closed',
  'hours', 'why', 'where', 'help', 'cancel', 'start over', 'forget me', 'yes', 'no', 'the first one', 'SE13 6LW', 'IG8 0SB', 'E17',
  'SW1A 2AA', 'CM14', 'ZZ99 9ZZ', 'N4', '999', '101', '?', '!!!', '🚓', '😀', '<b>x</b>', '{{card}}', '${x}', '\\n', 'ｗｏｏｄｆｏｒｄ',
);
const message = fc.oneof(
  { arbitrary: fc.array(words, { minLength: 1, maxLength: 6 }).map((parts) => parts.join(' ')), weight: 4 },
  { arbitrary: fc.string({ unit: 'grapheme', maxLength: 60 }), weight: 1 },
);

describe('whole-turn properties (fast-check, real bot, production turn pipeline)', function () {
  this.timeout(120_000);

  it('every message gets a readable answer, never the apology; every turn is counted once; replays send nothing', async () => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(message, { minLength: 1, maxLength: 5 }), async (texts) => {
        const conversationId = `property-${++run}`;
        const logs = captureLogs();
        const store = new MemoryStore({ idleMs: 60_000 });
        const storage = new TurnStorage(store, new StoreHealth({ timeoutMs: 1_000, logger: logs.logger }), logs.logger);
        const { bot } = buildStationDeskBot({ knowledge, storage, clock: () => THURSDAY_AFTERNOON });
        const runner = new TurnRunner({ state: storage, logger: logs.logger, replyTimeoutMs: 5_000 });
        const failures: unknown[] = [];
        const adapter = new TestAdapter(async (context) => runner.run(context, bot), {
          channelId: 'webchat',
          conversation: { id: conversationId, isGroup: false, conversationType: 'personal', name: '' },
          from: { id: 'resident', name: 'Resident' },
          recipient: { id: 'stationdesk', name: 'StationDesk' },
        });
        adapter.onTurnError = async (_context, error) => void failures.push(error);
        const activities = texts.map((text, i): Partial<Activity> => ({ type: 'message', id: `${conversationId}-${i}`, text }));

        for (const activity of activities) {
          await adapter.processActivity(activity);
          const replies = adapter.activeQueue.splice(0);
          expect(failures, String(activity.text)).to.deep.equal([]);
          expect(replies.length, String(activity.text)).to.be.greaterThan(0);
          const first = replies[0];
          expect(first.text ?? '', String(activity.text)).to.match(/\S/);
          expect(first.text).to.not.equal(TURN_ERROR_REPLY);
          expect(() => JSON.stringify(replies)).to.not.throw();
        }
        const forgotten = texts.some((text) => /forget me/i.test(text));
        const stored = await store.read(`webchat/conversations/${conversationId}/`);
        const ledger = stored?.value[TURN_LEDGER_FIELD] as { turns: number } | undefined;
        if (!forgotten) expect(ledger?.turns).to.equal(texts.length);

        // A channel redelivering the same activities: nothing is answered or counted again
        // (unless the resident asked to be forgotten: then their activity ids went too).
        if (forgotten) return;
        for (const activity of activities.slice(-2)) await adapter.processActivity(activity);
        expect(adapter.activeQueue.splice(0)).to.deep.equal([]);
      }),
      { numRuns: 80 },
    );
  });
});
