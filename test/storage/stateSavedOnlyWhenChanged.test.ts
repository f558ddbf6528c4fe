/**
 * comparedAsText(ConversationState) must save exactly when botbuilder's own
 * ConversationState would: the same operations on both, over storages that
 * record every write and delete, give the same record.
 */
import { expect } from 'chai';
import { ConversationState, MemoryStorage, type StoreItems, TestAdapter, TurnContext, UserState } from 'botbuilder';
import { comparedAsText } from '../../src/storage/textComparedState';

class RecordingStorage extends MemoryStorage {
  readonly log: string[] = [];
  override async write(changes: StoreItems): Promise<void> {
    for (const [key, value] of Object.entries(changes)) {
      const { eTag: _eTag, ...rest } = value as Record<string, unknown>;
      this.log.push(`write ${key} ${JSON.stringify(rest)}`);
    }
    await super.write(changes);
  }
  override async delete(keys: string[]): Promise<void> {
    this.log.push(`delete ${keys.join(',')}`);
    await super.delete(keys);
  }
}

type Step = (state: ConversationState, context: TurnContext) => Promise<void>;

const context = () =>
  new TurnContext(new TestAdapter(), { type: 'message', text: 'hi', channelId: 'test', conversation: { id: 'c1' } as never, from: { id: 'u1' } as never, recipient: { id: 'bot' } as never });

/** Plays the turns (each a list of steps on a fresh TurnContext) against a state class; returns what reached storage. */
async function play(makeState: (storage: RecordingStorage) => ConversationState, turns: Step[][]): Promise<string[]> {
  const storage = new RecordingStorage();
  const state = makeState(storage);
  for (const steps of turns) {
    const turnContext = context();
    for (const step of steps) await step(state, turnContext);
  }
  return storage.log;
}

const set = (name: string, value: unknown): Step => (state, ctx) => state.createProperty(name).set(ctx, value);
const read = (name: string): Step => async (state, ctx) => void (await state.createProperty(name).get(ctx, {}));
const mutate = (name: string): Step => async (state, ctx) => {
  const value = (await state.createProperty<{ n?: number }>(name).get(ctx, {}))!;
  value.n = (value.n ?? 0) + 1;
};
const save: Step = (state, ctx) => state.saveChanges(ctx, false);
const forceSave: Step = (state, ctx) => state.saveChanges(ctx, true);
const clear: Step = (state, ctx) => state.clear(ctx);
const remove: Step = (state, ctx) => state.delete(ctx);
const load: Step = async (state, ctx) => void (await state.load(ctx, true));

const SCENARIOS: Record<string, Step[][]> = {
  'a first save of a new value, then nothing changed': [[set('a', 1), save], [read('a'), save]],
  'the same value set again is not a change': [[set('a', { x: [1, 2] }), save], [set('a', { x: [1, 2] }), save]],
  'a nested object changed in place': [[mutate('m'), save], [mutate('m'), save], [read('m'), save]],
  'a default read and saved creates the property': [[read('d'), save]],
  'nothing loaded, nothing saved': [[save], [forceSave]],
  'force saves an unchanged state': [[set('a', 1), save], [read('a'), forceSave]],
  'clear forces the next save, even of an empty state': [[set('a', 1), save], [clear, save], [read('a'), save]],
  'delete removes it; the next turn starts empty': [[set('a', 1), save], [read('a'), remove], [read('a'), save], [set('a', 2), save]],
  'a reload in the turn drops unsaved changes': [[set('a', 1), save], [set('a', 2), load, save]],
  'saved twice in one turn writes once': [[set('a', 1), save, save], [set('a', 3), save, set('b', 4), save]],
};

describe('state saved only when it changed (text compared, as BotState decides by its hash)', () => {
  const TextCompared = comparedAsText(ConversationState);
  for (const [name, turns] of Object.entries(SCENARIOS)) {
    it(name, async () => {
      const expected = await play((storage) => new ConversationState(storage), turns);
      const actual = await play((storage) => new TextCompared(storage), turns);
      expect(actual).to.deep.equal(expected);
    });
  }

  it('writes what changed and skips unchanged turns (the record is not empty)', async () => {
    const log = await play((storage) => new TextCompared(storage), SCENARIOS['a nested object changed in place']!);
    expect(log).to.deep.equal(['write test/conversations/c1/ {"m":{"n":1}}', 'write test/conversations/c1/ {"m":{"n":2}}']);
  });

  it('keeps user state keyed as UserState does', async () => {
    const storage = new RecordingStorage();
    const state = new (comparedAsText(UserState))(storage);
    const ctx = context();
    await state.createProperty('p').set(ctx, 'x');
    await state.saveChanges(ctx);
    expect(storage.log).to.deep.equal(['write test/users/u1/ {"p":"x"}']);
  });
});
