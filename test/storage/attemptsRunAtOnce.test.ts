/**
 * A turn attempt's state is its own (TurnStorage's attempts are explicit: each
 * is a Storage attached to its TurnContext, nothing is found through async
 * context), so attempts that run at the same time in one process, on one
 * conversation or on several, never see or save each other's changes, and of
 * two on one conversation the later commit is the conflict.
 */
import { expect } from 'chai';
import { type Activity, ActivityHandler, ConversationState, MemoryStorage, TestAdapter, TurnContext, UserState } from 'botbuilder';
import { TurnRunner } from '../../src/http/turnRunner';
import { silentLogger } from '../../src/logging';
import { MemoryStore } from '../../src/storage/memoryStore';
import { StoreHealth } from '../../src/storage/storeHealth';
import { comparedAsText } from '../../src/storage/textComparedState';
import { DOCUMENT_ITEMS_FIELD, storageFor, TURN_LEDGER_FIELD, TurnStorage } from '../../src/storage/turnStorage';
import { StateConflictError } from '../../src/storage/versionedStore';

const TextComparedConversationState = comparedAsText(ConversationState);
const TextComparedUserState = comparedAsText(UserState);

function setUp() {
  const store = new MemoryStore({ idleMs: 60_000 });
  const storage = new TurnStorage(store, new StoreHealth({ timeoutMs: 1_000, retryAfterMs: 0, logger: silentLogger }), silentLogger);
  return { store, storage };
}

function contextIn(conversationId: string, id: string, from = 'resident'): TurnContext {
  const activity = { type: 'message', id, text: 'hi', channelId: 'test', conversation: { id: conversationId }, from: { id: from }, recipient: { id: 'bot' } };
  return new TurnContext(new TestAdapter(), activity as never);
}

const keyOf = (conversationId: string) => `test/conversations/${conversationId}/`;

/** Lets the event loop run, so whatever else is in flight moves on. */
const elsewhere = () => new Promise((resolve) => setImmediate(resolve));

describe('turn attempts running at once in one process', () => {
  it('on one conversation: each keeps its own changes, the first commit wins and the second is a conflict', async () => {
    const { store, storage } = setUp();
    const state = new TextComparedConversationState(storage);
    const count = state.createProperty<number>('count');
    const said = state.createProperty<string>('said');

    // Two attempts interleaved step by step: both read before either saves or commits.
    const turn = async (id: string, words: string) => {
      const context = contextIn('c1', id);
      const attempt = storage.beginAttempt({ conversationKey: keyOf('c1'), activityId: id });
      attempt.attachTo(context);
      const seen = (await count.get(context, 0))!;
      await elsewhere();
      await count.set(context, seen + 1);
      await said.set(context, words);
      await state.saveChanges(context);
      await elsewhere();
      // What this attempt reads now is its own change, never the other's.
      const reread = await state.load(context, true);
      return { seen, reread: { count: reread.count, said: reread.said }, attempt };
    };
    const [first, second] = await Promise.all([turn('a-1', 'first'), turn('a-2', 'second')]);
    expect([first.seen, second.seen]).to.deep.equal([0, 0]);
    expect(first.reread).to.deep.equal({ count: 1, said: 'first' });
    expect(second.reread).to.deep.equal({ count: 1, said: 'second' });

    expect(await first.attempt.commit({ recordTurn: true })).to.equal('committed');
    let conflict: unknown;
    await second.attempt.commit({ recordTurn: true }).catch((error: unknown) => (conflict = error));
    expect(conflict).to.be.instanceOf(StateConflictError);

    const stored = (await store.read(keyOf('c1')))?.value;
    expect(stored?.[DOCUMENT_ITEMS_FIELD]).to.deep.equal({ [keyOf('c1')]: { count: 1, said: 'first' } });
    expect(stored?.[TURN_LEDGER_FIELD]).to.deep.equal({ turns: 1, recentActivityIds: ['a-1'] });

    // Run again on fresh state, the loser sees the winner's change.
    const again = await turn('a-2', 'second');
    expect(again.seen).to.equal(1);
    expect(await again.attempt.commit({ recordTurn: true })).to.equal('committed');
    expect((await store.read(keyOf('c1')))?.value[DOCUMENT_ITEMS_FIELD]).to.deep.equal({ [keyOf('c1')]: { count: 2, said: 'second' } });
  });

  it('on different conversations (and one person in both): each commits only its own changes', async () => {
    const { store, storage } = setUp();
    const conversationState = new TextComparedConversationState(storage);
    const userState = new TextComparedUserState(storage);
    const said = conversationState.createProperty<string>('said');
    const last = userState.createProperty<string>('lastConversation');

    const turn = async (conversationId: string) => {
      const context = contextIn(conversationId, `${conversationId}-1`);
      const attempt = storage.beginAttempt({ conversationKey: keyOf(conversationId), activityId: `${conversationId}-1` });
      attempt.attachTo(context);
      await said.get(context);
      await last.get(context);
      await elsewhere();
      await said.set(context, `in ${conversationId}`);
      await conversationState.saveChanges(context);
      await elsewhere();
      return attempt;
    };
    const attempts = await Promise.all(['c1', 'c2', 'c3'].map(turn));
    // Nothing is saved before a commit, and none of the attempts saved the user item.
    expect(store.size).to.equal(0);
    for (const attempt of attempts) expect(await attempt.commit({ recordTurn: true })).to.equal('committed');
    for (const id of ['c1', 'c2', 'c3']) {
      const stored = (await store.read(keyOf(id)))?.value;
      expect(stored?.[DOCUMENT_ITEMS_FIELD]).to.deep.equal({ [keyOf(id)]: { said: `in ${id}` } });
      expect(stored?.[TURN_LEDGER_FIELD]).to.deep.equal({ turns: 1, recentActivityIds: [`${id}-1`] });
    }
  });

  it("finds a turn's attempt only for the TurnStorage it belongs to; elsewhere the storage is used as it is", async () => {
    const { storage } = setUp();
    const other = setUp().storage;
    const plain = new MemoryStorage();
    const context = contextIn('c1', 'x-1');
    expect(storageFor(storage, context)).to.equal(storage);
    const attempt = storage.beginAttempt({ conversationKey: keyOf('c1'), activityId: 'x-1' });
    attempt.attachTo(context);
    expect(storageFor(storage, context)).to.equal(attempt.storage);
    expect(storageFor(other, context)).to.equal(other);
    expect(storageFor(plain, context)).to.equal(plain);
    expect(storageFor(storage, contextIn('c1', 'x-2'))).to.equal(storage);
  });

  it('used directly while an attempt runs, TurnStorage is a plain Storage: its writes are made at once, the attempt still conflicts', async () => {
    const { store, storage } = setUp();
    const state = new TextComparedConversationState(storage);
    const count = state.createProperty<number>('count');
    const context = contextIn('c1', 'd-1');
    const attempt = storage.beginAttempt({ conversationKey: keyOf('c1'), activityId: 'd-1' });
    attempt.attachTo(context);
    await count.set(context, (await count.get(context, 0))! + 1);
    await state.saveChanges(context);

    await storage.write({ [keyOf('c1')]: { count: 10, eTag: '*' } });
    expect((await storage.read([keyOf('c1')]))[keyOf('c1')]).to.include({ count: 10 });
    let conflict: unknown;
    await attempt.commit({ recordTurn: true }).catch((error: unknown) => (conflict = error));
    expect(conflict).to.be.instanceOf(StateConflictError);
    expect((await store.read(keyOf('c1')))?.value[DOCUMENT_ITEMS_FIELD]).to.deep.equal({ [keyOf('c1')]: { count: 10 } });
  });

  it('through two turn runners sharing one TurnStorage: racing turns on one conversation are both counted, each once', async () => {
    const { store, storage } = setUp();
    const state = new TextComparedConversationState(storage);
    const count = state.createProperty<number>('count');
    let arrived = 0;
    let open!: () => void;
    const bothRead = new Promise<void>((resolve) => (open = resolve));
    const bot = new (class extends ActivityHandler {
      override async run(context: TurnContext): Promise<void> {
        const seen = (await count.get(context, 0))!;
        // The first attempt of each turn waits until both have read: they truly race.
        if (++arrived === 2) open();
        if (arrived <= 2) await bothRead;
        await count.set(context, seen + 1);
        await context.sendActivity(`count=${seen + 1}`);
        await state.saveChanges(context);
      }
    })();
    // Two runners: their per-conversation queues do not know of each other, as on two instances.
    const adapters = [0, 1].map(() => {
      const runner = new TurnRunner({ state: storage, logger: silentLogger, replyTimeoutMs: 1_000 });
      return new TestAdapter(async (context) => runner.run(context, bot), { channelId: 'test', conversation: { id: 'c1' } } as never);
    });
    const message = (id: string): Partial<Activity> => ({ type: 'message', id, text: 'hi', channelId: 'test', conversation: { id: 'c1' } as never, from: { id: 'resident', name: '' }, recipient: { id: 'bot', name: '' } });
    await Promise.all([adapters[0].processActivity(message('r-1')), adapters[1].processActivity(message('r-2'))]);

    const replies = adapters.flatMap((adapter) => adapter.activeQueue.splice(0).map((reply) => reply.text));
    expect(replies.sort()).to.deep.equal(['count=1', 'count=2']);
    const stored = (await store.read(keyOf('c1')))?.value;
    expect(stored?.[DOCUMENT_ITEMS_FIELD]).to.deep.equal({ [keyOf('c1')]: { count: 2 } });
    expect((stored?.[TURN_LEDGER_FIELD] as { turns: number }).turns).to.equal(2);
    expect(arrived).to.equal(3);
  });
});
