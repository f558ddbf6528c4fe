/**
 * Turns that race on one conversation, redelivered activities, and a store
 * that fails or stalls, on the in-process store: the TurnRunner and
 * TurnStorage that every real turn goes through (the Azurite tests drive the
 * same code over HTTP with two instances).
 */
import { expect } from 'chai';
import { type Activity, ActivityHandler, ConversationState, TestAdapter, type TurnContext } from 'botbuilder';
import { CANNOT_REMEMBER_NOTE, TurnRunner } from '../../src/http/turnRunner';
import { MemoryStore } from '../../src/storage/memoryStore';
import { StoreHealth } from '../../src/storage/storeHealth';
import { comparedAsText } from '../../src/storage/textComparedState';
import { DOCUMENT_ITEMS_FIELD, TURN_LEDGER_FIELD, TurnStorage } from '../../src/storage/turnStorage';
import type { ExpectedVersion, StoredItem, VersionedStore } from '../../src/storage/versionedStore';
import { captureLogs } from '../server/helpers';

/**
 * Counts the turns it has seen in conversation state and says the count; `gate` can hold a turn after its read.
 * Asked "update", it says the count by updating an earlier message instead (as a clicked Teams card is replaced by its answer).
 */
class CountingBot extends ActivityHandler {
  gate: (() => Promise<void>) | undefined;

  constructor(readonly conversationState: ConversationState) {
    super();
    const count = conversationState.createProperty<number>('count');
    this.onMessage(async (context, next) => {
      const seen = (await count.get(context, 0)) ?? 0;
      await this.gate?.();
      await count.set(context, seen + 1);
      if (context.activity.text === 'update') await context.updateActivity({ type: 'message', id: 'card-1', text: `count=${seen + 1}` });
      else await context.sendActivity(`count=${seen + 1}`);
      await next();
    });
  }

  override async run(context: TurnContext): Promise<void> {
    await super.run(context);
    await this.conversationState.saveChanges(context);
  }
}

/** A store that can be made to fail or hang, over a working MemoryStore. */
class FlakyStore implements VersionedStore {
  mode: 'ok' | 'refuse' | 'stall' = 'ok';
  readonly inner = new MemoryStore({ idleMs: 60_000 });

  private async gate(signal: AbortSignal): Promise<void> {
    if (this.mode === 'refuse') throw Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' });
    if (this.mode === 'stall') await new Promise((_resolve, reject) => signal.addEventListener('abort', () => reject(signal.reason)));
  }
  async read(key: string, signal: AbortSignal): Promise<StoredItem | undefined> {
    await this.gate(signal);
    return this.inner.read(key);
  }
  async write(key: string, value: Record<string, unknown>, expected: ExpectedVersion, signal: AbortSignal): Promise<string> {
    await this.gate(signal);
    return this.inner.write(key, value, expected);
  }
  async delete(key: string, expected: ExpectedVersion, signal: AbortSignal): Promise<void> {
    await this.gate(signal);
    return this.inner.delete(key, expected);
  }
  async probe(signal: AbortSignal): Promise<void> {
    await this.gate(signal);
  }
}

/** TestAdapter that keeps the message updates it was asked to make. */
class UpdateRecordingAdapter extends TestAdapter {
  readonly updates: string[] = [];

  override async updateActivity(context: TurnContext, activity: Partial<Activity>): Promise<void> {
    this.updates.push(`${activity.id}: ${activity.text}`);
  }
}

/** One bot instance (its own storage client, runner and adapter) on `store`, as a separate process would be. */
function instanceOn(store: VersionedStore, options: { timeoutMs?: number; retryAfterMs?: number } = {}) {
  const logs = captureLogs();
  const health = new StoreHealth({ timeoutMs: options.timeoutMs ?? 200, retryAfterMs: options.retryAfterMs ?? 50, logger: logs.logger });
  const storage = new TurnStorage(store, health, logs.logger);
  // A BotState that reads and writes through the turn's attempt (as every state of the bot's does).
  const bot = new CountingBot(new (comparedAsText(ConversationState))(storage));
  const runner = new TurnRunner({ state: storage, logger: logs.logger, replyTimeoutMs: 1_000 });
  const adapter = new UpdateRecordingAdapter(async (context) => runner.run(context, bot), { channelId: 'test', conversation: { id: 'conv-1' } } as never);
  return { logs, health, storage, bot, adapter };
}

function setUp(options: { timeoutMs?: number; retryAfterMs?: number } = {}) {
  const store = new FlakyStore();
  return { store, ...instanceOn(store, options) };
}

function message(id: string, text = 'hello'): Partial<Activity> {
  return { type: 'message', id, text, channelId: 'test', conversation: { id: 'conv-1' } as never, from: { id: 'resident', name: '' }, recipient: { id: 'bot', name: '' } };
}

function repliesOf(adapter: TestAdapter): string[] {
  return adapter.activeQueue.splice(0).map((reply) => reply.text ?? '');
}

const CONVERSATION = 'test/conversations/conv-1/';

async function ledgerOf(store: FlakyStore): Promise<{ turns: number; recentActivityIds: string[] } | undefined> {
  const item = await store.inner.read(CONVERSATION);
  return item?.value[TURN_LEDGER_FIELD] as { turns: number; recentActivityIds: string[] } | undefined;
}

/** The count the CountingBot keeps, as stored in the conversation document. */
async function storedCount(store: FlakyStore): Promise<unknown> {
  const item = await store.inner.read(CONVERSATION);
  return (item?.value[DOCUMENT_ITEMS_FIELD] as Record<string, Record<string, unknown>> | undefined)?.[CONVERSATION]?.count;
}

/** Holds both bots' first attempts until both have read the count, so they really race; counts the attempts that ran. */
function raceFirstAttempts(one: CountingBot, two: CountingBot): { arrived: number } {
  const race = { arrived: 0 };
  let releaseBoth!: () => void;
  const bothRead = new Promise<void>((resolve) => (releaseBoth = resolve));
  one.gate = two.gate = async () => {
    race.arrived += 1;
    if (race.arrived === 2) releaseBoth();
    if (race.arrived <= 2) await bothRead;
  };
  return race;
}

describe('turns racing on one conversation', () => {
  it('on two instances, the turn that loses the race runs again on fresh state: both count, and each reply goes out once', async () => {
    const store = new FlakyStore();
    const one = instanceOn(store);
    const two = instanceOn(store);
    const race = raceFirstAttempts(one.bot, two.bot);
    await Promise.all([one.adapter.processActivity(message('a-1')), two.adapter.processActivity(message('a-2'))]);
    expect(race.arrived, 'the loser ran a second time').to.equal(3);
    expect([...repliesOf(one.adapter), ...repliesOf(two.adapter)].sort()).to.deep.equal(['count=1', 'count=2']);
    const ledger = await ledgerOf(store);
    expect(ledger?.turns).to.equal(2);
    expect([...(ledger?.recentActivityIds ?? [])].sort()).to.deep.equal(['a-1', 'a-2']);
    expect(await storedCount(store)).to.equal(2);
  });

  it('on one instance, a quick second message waits for the first (arrival order), without a retry', async () => {
    const { adapter, bot } = setUp();
    let runs = 0;
    bot.gate = async () => {
      runs += 1;
      if (runs === 1) await new Promise((resolve) => setTimeout(resolve, 50));
    };
    await Promise.all([adapter.processActivity(message('f-1', 'first')), adapter.processActivity(message('f-2', 'second'))]);
    expect(runs).to.equal(2);
    expect(repliesOf(adapter)).to.deep.equal(['count=1', 'count=2']);
  });

  it('twenty concurrent turns on two instances: the count of turns in state equals the number of activities', async () => {
    const store = new FlakyStore();
    const instances = [instanceOn(store), instanceOn(store)];
    await Promise.all(Array.from({ length: 20 }, (_, i) => instances[i % 2].adapter.processActivity(message(`b-${i}`))));
    const replies = instances.flatMap((instance) => repliesOf(instance.adapter));
    expect(replies.sort()).to.deep.equal(Array.from({ length: 20 }, (_, i) => `count=${i + 1}`).sort());
    expect((await ledgerOf(store))?.turns).to.equal(20);
    expect(await storedCount(store)).to.equal(20);
  });

  it("an update of an earlier message is a reply too: held until the turn commits, so a losing attempt's update is never made", async () => {
    const store = new FlakyStore();
    const one = instanceOn(store);
    const two = instanceOn(store);
    const race = raceFirstAttempts(one.bot, two.bot);
    await Promise.all([one.adapter.processActivity(message('u-1', 'update')), two.adapter.processActivity(message('u-2', 'update'))]);
    expect(race.arrived, 'the loser ran a second time').to.equal(3);
    // Three attempts ran; only the two that committed updated the message, each with the count it saved.
    expect([...one.adapter.updates, ...two.adapter.updates].sort()).to.deep.equal(['card-1: count=1', 'card-1: count=2']);
    // A redelivered click changes nothing again.
    await one.adapter.processActivity(message('u-1', 'update'));
    expect([...one.adapter.updates, ...two.adapter.updates]).to.have.length(2);
  });

  it('a redelivered activity (same id), sequential or concurrent, is answered and counted once', async () => {
    const { adapter, store } = setUp();
    await adapter.processActivity(message('c-1'));
    await adapter.processActivity(message('c-1'));
    await Promise.all([adapter.processActivity(message('c-2')), adapter.processActivity(message('c-2')), adapter.processActivity(message('c-2'))]);
    expect(repliesOf(adapter)).to.deep.equal(['count=1', 'count=2']);
    expect(await ledgerOf(store)).to.deep.equal({ turns: 2, recentActivityIds: ['c-1', 'c-2'] });
  });
});

describe('the conversation document', () => {
  const PERSON = `${CONVERSATION}users/resident/`;

  it("keeps the conversation's state and each person's part in one item, saved in one conditional write", async () => {
    const store = new FlakyStore();
    const { storage } = instanceOn(store);
    // Two attempts read the same versions; each changes a person's part only.
    const first = storage.beginAttempt({ conversationKey: CONVERSATION, activityId: 'g-1' });
    const second = storage.beginAttempt({ conversationKey: CONVERSATION, activityId: 'g-2' });
    await first.storage.read([PERSON, CONVERSATION]);
    await first.storage.write({ [PERSON]: { waiting: 'postcode', eTag: '*' } });
    await second.storage.read([PERSON]);
    await second.storage.write({ [PERSON]: { waiting: 'nothing', eTag: '*' } });
    expect(await first.commit({ recordTurn: true })).to.equal('committed');
    let conflict: unknown;
    await second.commit({ recordTurn: true }).catch((error: unknown) => (conflict = error));
    expect(String(conflict)).to.match(/StateConflictError/);

    const stored = (await store.inner.read(CONVERSATION))?.value;
    expect(stored?.[DOCUMENT_ITEMS_FIELD]).to.deep.equal({ [PERSON]: { waiting: 'postcode' } });
    expect(stored?.[TURN_LEDGER_FIELD]).to.deep.equal({ turns: 1, recentActivityIds: ['g-1'] });
    // Outside a turn, the person's part reads as an item of its own.
    expect((await storage.read([PERSON]))[PERSON]).to.include({ waiting: 'postcode' });
  });

  it('is deleted, ledger and all, once a "forget me" leaves nothing in it', async () => {
    const store = new FlakyStore();
    const { storage } = instanceOn(store);
    await storage.write({ [PERSON]: { said: 'SE13 6LW', eTag: '*' } });
    const attempt = storage.beginAttempt({ conversationKey: CONVERSATION, activityId: 'h-1' });
    await attempt.storage.delete([PERSON, CONVERSATION]);
    expect(await attempt.commit({ recordTurn: true })).to.equal('committed');
    expect(await store.inner.read(CONVERSATION)).to.equal(undefined);
  });
});

describe('turns with the store down or stalled', () => {
  it('answers without memory when the store refuses, says so, saves nothing, and logs the fault once', async () => {
    const { adapter, store, logs } = setUp({ retryAfterMs: 60_000 });
    await adapter.processActivity(message('d-1'));
    expect(repliesOf(adapter)).to.deep.equal(['count=1']);

    store.mode = 'refuse';
    for (const id of ['d-2', 'd-3', 'd-4']) await adapter.processActivity(message(id));
    // Every answer is the one for an empty conversation, followed by the plain warning.
    expect(repliesOf(adapter)).to.deep.equal(['count=1', CANNOT_REMEMBER_NOTE, 'count=1', CANNOT_REMEMBER_NOTE, 'count=1', CANNOT_REMEMBER_NOTE]);
    expect(logs.lines.filter((line) => line.includes('conversation storage unavailable'))).to.have.length(1);
    // What was stored before the fault was not overwritten with empty state.
    expect(await storedCount(store)).to.equal(1);
  });

  it('abandons a stalled store at its deadline, then remembers again by itself once it answers', async () => {
    const { adapter, store, logs, health } = setUp({ timeoutMs: 150, retryAfterMs: 100 });
    await adapter.processActivity(message('e-1'));
    repliesOf(adapter);

    store.mode = 'stall';
    const started = Date.now();
    await adapter.processActivity(message('e-2'));
    expect(Date.now() - started).to.be.lessThan(1_000);
    expect(repliesOf(adapter)).to.deep.equal(['count=1', CANNOT_REMEMBER_NOTE]);
    expect(health.failing).to.equal(true);

    store.mode = 'ok';
    await new Promise((resolve) => setTimeout(resolve, 120));
    await adapter.processActivity(message('e-3'));
    expect(repliesOf(adapter)).to.deep.equal(['count=2']);
    expect(health.failing).to.equal(false);
    expect(logs.text()).to.contain('conversation storage is back');
  });
});

describe('the in-process store', () => {
  it('has its requests watched for faults without a deadline timer of their own (it answers within the call)', async () => {
    const logs = captureLogs();
    const health = new StoreHealth({ timeoutMs: 200, retryAfterMs: 0, logger: logs.logger, inProcess: true });
    const timers = () => process.getActiveResourcesInfo().filter((r) => r === 'Timeout').length;
    const before = timers();
    let release!: () => void;
    let seen: AbortSignal | undefined;
    const pending = health.call(async (signal) => {
      seen = signal;
      await new Promise<void>((resolve) => (release = resolve));
      return 'answered';
    });
    expect(timers(), 'no deadline timer while the request runs').to.equal(before);
    release();
    expect(await pending).to.equal('answered');
    expect(seen?.aborted).to.equal(false);

    let refused: unknown;
    await health.call(async () => Promise.reject(new Error('memory full'))).catch((error: unknown) => (refused = error));
    expect(String(refused)).to.match(/StorageUnavailableError/);
    expect(health.failing).to.equal(true);
    expect(await health.call(async () => 'back')).to.equal('back');
    expect(health.failing).to.equal(false);
  });

  it('forgets a conversation idle for longer than its idle time, and keeps a busy one', async () => {
    let now = 0;
    const store = new MemoryStore({ idleMs: 10_000, now: () => now });
    await store.write('idle', { a: 1 }, 'any');
    await store.write('busy', { b: 1 }, 'any');
    for (let t = 0; t < 4; t++) {
      now += 4_000;
      await store.read('busy');
    }
    await store.write('new', { c: 1 }, 'any');
    expect(await store.read('idle')).to.equal(undefined);
    expect(await store.read('busy')).to.not.equal(undefined);
    expect(store.size).to.equal(2);
  });

  it('refuses a write whose expected version is stale, or a create where an item exists', async () => {
    const store = new MemoryStore({ idleMs: 60_000 });
    const first = await store.write('k', { v: 1 }, 'absent');
    await store.write('k', { v: 2 }, { eTag: first });
    let stale: unknown;
    await store.write('k', { v: 3 }, { eTag: first }).catch((error: unknown) => (stale = error));
    let created: unknown;
    await store.write('k', { v: 4 }, 'absent').catch((error: unknown) => (created = error));
    expect(String(stale)).to.match(/StateConflictError/);
    expect(String(created)).to.match(/StateConflictError/);
    expect((await store.read('k'))?.value).to.deep.equal({ v: 2 });
  });
});
