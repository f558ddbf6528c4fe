/**
 * TurnStorage and the text-compared BotStates hand each other the state's JSON text instead of working it
 * out twice (src/storage/handedText.ts). What is stored, and whether a turn writes at all, must be exactly
 * what they did without the handing: here the same turns run once on TurnStorage itself and once through
 * a pass-through Storage that copies every item (so no text can be handed on), for arbitrary JSON state.
 */
import { expect } from 'chai';
import { ConversationState, type Storage, type StoreItems, TestAdapter, TurnContext } from 'botbuilder';
import fc from 'fast-check';
import { silentLogger } from '../../src/logging';
import { MemoryStore } from '../../src/storage/memoryStore';
import { StoreHealth } from '../../src/storage/storeHealth';
import { comparedAsText } from '../../src/storage/textComparedState';
import { TurnStorage } from '../../src/storage/turnStorage';

/** A turn's storage behind fresh copies of every item read and written: the objects it is given are never the ones it handed a text with. */
class CopyingStorage implements Storage {
  constructor(private readonly inner: Storage) {}
  async read(keys: string[]): Promise<StoreItems> {
    const items = await this.inner.read(keys);
    return Object.fromEntries(Object.entries(items).map(([key, item]) => [key, { ...item }]));
  }
  async write(changes: StoreItems): Promise<void> {
    await this.inner.write(Object.fromEntries(Object.entries(changes).map(([key, item]) => [key, { ...item }])));
  }
  async delete(keys: string[]): Promise<void> {
    await this.inner.delete(keys);
  }
}

const TextCompared = comparedAsText(ConversationState);
type Change = { property: string; value: unknown } | { property: string; mutate: true } | { reload: true };

/** Plays turns of changes through a text-compared ConversationState; returns, after each turn, how many times it has written and the stored document. */
async function play(handing: boolean, turns: Change[][], State: typeof ConversationState = TextCompared): Promise<string[]> {
  const store = new MemoryStore({ idleMs: 60_000 });
  const turnStorage = new TurnStorage(store, new StoreHealth({ timeoutMs: 1000, retryAfterMs: 0, logger: silentLogger }), silentLogger);
  // The BotState's own decision to write (the store is written at every commit, for the turn ledger).
  let writes = 0;
  const seen: string[] = [];
  for (const [i, changes] of turns.entries()) {
    const activity = { type: 'message', id: `a${i}`, text: 'hi', channelId: 'test', conversation: { id: 'c1' }, from: { id: 'u1' }, recipient: { id: 'bot' } };
    const context = new TurnContext(new TestAdapter(), activity as never);
    const attempt = turnStorage.beginAttempt({ conversationKey: 'test/conversations/c1/', activityId: undefined });
    // The turn's storage (the attempt's own), counting the BotState's writes; a BotState made for the turn on it.
    const turnOwn = attempt.storage;
    const write = turnOwn.write.bind(turnOwn);
    turnOwn.write = (changes) => (writes++, write(changes));
    const state = new State(handing ? turnOwn : new CopyingStorage(turnOwn));
    for (const change of changes) {
      if ('reload' in change) await state.load(context, true);
      else if ('mutate' in change) {
        const value = (await state.createProperty<Record<string, unknown>>(change.property).get(context, {}))!;
        if (typeof value === 'object' && value !== null) value.changed = ((value.changed as number) ?? 0) + 1;
      } else await state.createProperty(change.property).set(context, structuredClone(change.value));
    }
    await state.saveChanges(context, false);
    await attempt.commit({ recordTurn: false });
    seen.push(`${writes} ${JSON.stringify((await store.read('test/conversations/c1/'))?.value ?? null)}`);
  }
  return seen;
}

const property = fc.constantFrom('a', 'b', 'eTag', '__proto__', 'dialogState');
const change: fc.Arbitrary<Change> = fc.oneof(
  fc.record({ property, value: fc.jsonValue({ maxDepth: 3 }) }),
  fc.record({ property, mutate: fc.constant(true as const) }),
  fc.constant({ reload: true as const }),
);

describe('state text handed between TurnStorage and the BotStates', () => {
  for (const [name, State] of [['text-compared', TextCompared], ['plain (takes no text)', ConversationState]] as const) {
    it(`stores the same documents, and writes on the same turns, as working the text out each time (${name} BotState)`, async () => {
      await fc.assert(
        fc.asyncProperty(fc.array(fc.array(change, { maxLength: 4 }), { minLength: 1, maxLength: 5 }), async (turns) => {
          expect(await play(true, turns, State)).to.deep.equal(await play(false, turns, State));
        }),
        { numRuns: 150 },
      );
    });
  }

  it('does write what changed (the comparison is not vacuous)', async () => {
    const seen = await play(true, [[{ property: 'a', value: { x: -0 } }], [{ property: 'a', mutate: true }], [{ property: 'a', value: { x: 0, changed: 1 } }], []]);
    const document = (a: string, turns: number) => `{"items":{"test/conversations/c1/":{"a":${a}}},"turnLedger":{"turns":${turns},"recentActivityIds":[]}}`;
    expect(seen).to.deep.equal([`1 ${document('{"x":0}', 1)}`, `2 ${document('{"x":0,"changed":1}', 2)}`, `2 ${document('{"x":0,"changed":1}', 3)}`, `2 ${document('{"x":0,"changed":1}', 3)}`]);
  });
});
