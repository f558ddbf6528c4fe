/**
 * A clicked choice card (a Teams `adaptiveCard/action` invoke) is answered as
 * the message it stands for, on a TurnContext of its own: its state must still
 * go through the invoke's turn attempt, so it is saved in the attempt's one
 * conditional write (with the turn ledger), never written ahead of the commit.
 */
import { expect } from 'chai';
import { type Activity, TestAdapter } from 'botbuilder';
import { buildStationDeskBot } from '../../src/bots/buildStationDeskBot';
import { TurnRunner } from '../../src/http/turnRunner';
import { silentLogger } from '../../src/logging';
import { MemoryStore } from '../../src/storage/memoryStore';
import { StoreHealth } from '../../src/storage/storeHealth';
import { DOCUMENT_ITEMS_FIELD, TURN_LEDGER_FIELD, TurnStorage } from '../../src/storage/turnStorage';
import type { ExpectedVersion } from '../../src/storage/versionedStore';
import { BOT, cardOf, knowledge, THURSDAY_AFTERNOON } from './harness';
import { cardClick, mentioning } from './teamsActivities';

/** MemoryStore that counts its writes. */
class CountingStore extends MemoryStore {
  writes = 0;
  override async write(key: string, value: Record<string, unknown>, expected: ExpectedVersion): Promise<string> {
    this.writes++;
    return super.write(key, value, expected);
  }
}

describe("a clicked card's state, in the invoke's turn attempt", () => {
  it('is saved with the ledger in one conditional write at the commit', async () => {
    const store = new CountingStore({ idleMs: 60_000 });
    const storage = new TurnStorage(store, new StoreHealth({ timeoutMs: 1_000, logger: silentLogger }), silentLogger);
    const { bot } = buildStationDeskBot({ knowledge, storage, clock: () => THURSDAY_AFTERNOON });
    const runner = new TurnRunner({ state: storage, logger: silentLogger, replyTimeoutMs: 1_000 });
    const conversation = { id: 'a:click-state', conversationType: 'personal', isGroup: false, tenantId: 'tenant-1' };
    const adapter = new TestAdapter(async (context) => runner.run(context, bot), { channelId: 'msteams', conversation, bot: BOT, user: { id: '29:alice', name: 'Alice' } } as never);
    const from = { id: '29:alice', name: 'Alice' };

    await adapter.processActivity({ ...mentioning('nearest 24 hour desk to wood'), id: 'm-1', from, conversation } as Partial<Activity>);
    const choice = adapter.activeQueue.splice(0).find((reply) => cardOf(reply));
    const button = (cardOf(choice!)!.body as Record<string, unknown>[]).find((element) => element.type === 'ActionSet')!;
    const woodford = (button.actions as Record<string, unknown>[]).find((action) => /^Woodford/.test(String(action.title)))!;

    const writesBefore = store.writes;
    await adapter.processActivity({ ...cardClick(woodford, { cardMessageId: 'reply-1' }), id: 'click-1', from, conversation } as Partial<Activity>);
    expect(store.writes - writesBefore).to.equal(1);
    const stored = (await store.read('msteams/conversations/a:click-state/'))?.value;
    expect((stored?.[TURN_LEDGER_FIELD] as { recentActivityIds: string[] }).recentActivityIds).to.deep.equal(['m-1', 'click-1']);
    // The click answered the waiting question: the person's dialog is no longer waiting.
    const person = (stored?.[DOCUMENT_ITEMS_FIELD] as Record<string, { dialogState?: { dialogStack: unknown[] } }>)['msteams/conversations/a:click-state/users/29:alice/'];
    expect(person?.dialogState?.dialogStack).to.deep.equal([]);
  });
});
