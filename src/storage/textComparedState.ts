/**
 * botbuilder's BotState decides whether to save by hashing the state: at load,
 * before saving and again after, each time through a JSON replacer and SHA-256
 * (about a fifth of a millisecond a turn for StationDesk's three states). The
 * state is plain JSON (the stores keep it as JSON), so the text itself tells
 * whether it changed: this keeps the text read at load and compares the text
 * at save. Same behaviour as BotState otherwise: the turn's cached state, `eTag`
 * ignored in the comparison, `force` saves regardless, clear() forces the next
 * save.
 */
import type { BotState, StatePropertyAccessor, TurnContext } from 'botbuilder';
import { readText, writtenText } from './handedText';
import { storageFor } from './turnStorage';

type StateObject = Record<string, unknown>;

interface Cached {
  state: StateObject;
  /** The state's JSON (eTag left out) as loaded or last saved; null forces a save. */
  saved: string | null;
}

// botbuilder's own signature for BotState subclasses' constructors.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type BotStateClass = new (...args: any[]) => BotState;

export function comparedAsText<TBase extends BotStateClass>(Base: TBase) {
  return class TextComparedState extends Base {
    private readonly cacheKey = Symbol('textComparedState');

    override async load(context: TurnContext, force = false): Promise<StateObject> {
      const cached = context.turnState.get(this.cacheKey) as Cached | undefined;
      if (cached && !force) return cached.state;
      const key = await this.storageKey(context);
      const items = await storageFor(this.storage, context).read([key!]);
      const state = (items[key!] ?? {}) as StateObject;
      // TurnStorage hands over the text of what it read; another storage leaves it to be worked out.
      context.turnState.set(this.cacheKey, { state, saved: readText.take(state) ?? textOf(state) } satisfies Cached);
      return state;
    }

    override async saveChanges(context: TurnContext, force = false): Promise<void> {
      let cached = context.turnState.get(this.cacheKey) as Cached | undefined;
      const text = cached ? textOf(cached.state) : null;
      if (!force && (!cached || text === cached.saved)) return;
      const key = await this.storageKey(context);
      cached ??= { state: {}, saved: null };
      cached.state.eTag = '*';
      if (text !== null) writtenText.hand(cached.state, text);
      await storageFor(this.storage, context).write({ [key!]: cached.state });
      // Taken by TurnStorage; forgotten here if another storage left it.
      writtenText.take(cached.state);
      cached.saved = text ?? textOf(cached.state);
      context.turnState.set(this.cacheKey, cached);
    }

    override async clear(context: TurnContext): Promise<void> {
      context.turnState.set(this.cacheKey, { state: {}, saved: null } satisfies Cached);
    }

    override async delete(context: TurnContext): Promise<void> {
      context.turnState.delete(this.cacheKey);
      const key = await this.storageKey(context);
      await storageFor(this.storage, context).delete([key!]);
    }

    /** A property of this state: BotStatePropertyAccessor's behaviour, in native async functions (see TextComparedProperty). */
    // botbuilder's own default for a property's type.
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    override createProperty<T = any>(name: string): StatePropertyAccessor<T> {
      return new TextComparedProperty<T>(this, name);
    }

    override get(context: TurnContext): StateObject | undefined {
      const cached = context.turnState.get(this.cacheKey) as Cached | undefined;
      return typeof cached === 'object' && typeof cached.state === 'object' ? cached.state : undefined;
    }
  };
}

function textOf(state: StateObject): string {
  const { eTag: _eTag, ...rest } = state;
  return JSON.stringify(rest);
}

/**
 * botbuilder's BotStatePropertyAccessor, the same in every way (a missing property
 * takes a JSON copy of the default), written as native async functions: the
 * SDK's are compiled to generators, each call a generator, a promise and its
 * closures, and a turn makes half a dozen of these calls.
 */
class TextComparedProperty<T> implements StatePropertyAccessor<T> {
  constructor(
    private readonly state: Pick<BotState, 'load'>,
    readonly name: string,
  ) {}

  async get(context: TurnContext, defaultValue?: T): Promise<T> {
    const obj = await this.state.load(context);
    if (!Object.hasOwn(obj, this.name) && defaultValue !== undefined) {
      obj[this.name] = typeof defaultValue === 'object' ? JSON.parse(JSON.stringify(defaultValue)) : defaultValue;
    }
    return obj[this.name] as T;
  }

  async set(context: TurnContext, value: T): Promise<void> {
    const obj = await this.state.load(context);
    obj[this.name] = value;
  }

  async delete(context: TurnContext): Promise<void> {
    const obj = await this.state.load(context);
    if (Object.hasOwn(obj, this.name)) delete obj[this.name];
  }
}
