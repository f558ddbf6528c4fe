/**
 * The Storage every BotState (ConversationState, PersonState /
 * PrivateConversationState, UserState...) is given. It makes BotState's
 * last-writer-wins saves (`eTag: '*'`) safe for several instances:
 *
 * - Everything kept under one conversation (`<channel>/conversations/<id>/`,
 *   the conversation's own state and each person's part of it) lives in one
 *   item, the conversation document, so a turn's changes to it are saved in
 *   one conditional write: all or nothing.
 * - Inside a turn attempt, reads remember the version (eTag) of what they
 *   read; writes and deletes are held back until the attempt commits, then
 *   made conditional on those versions, so a turn that raced another on the
 *   same conversation gets a StateConflictError and is re-run on fresh state.
 * - The document carries a small turn ledger (the number of turns and the ids
 *   of the last activities), written in that same conditional write, so a
 *   redelivered activity is recognised and not applied twice.
 * - When the store is down or too slow the attempt carries on with empty state
 *   and saves nothing (never overwriting what is stored), and says so.
 *
 * Items outside a conversation (user state) are separate items, written after
 * the conversation's, each conditional on its own version. Outside an attempt
 * (scripts, tests) this is a plain Storage with the usual eTag rules.
 *
 * An attempt is explicit: it is a Storage of its own (its view of state), and
 * the turn runner attaches it to the attempt's TurnContext; a BotState built on
 * this TurnStorage finds it there (`storageFor`, which the text-compared states
 * use). Attempts of one conversation or of several may run at once in one
 * process, each with its own view; nothing is looked up through async context
 * (AsyncLocalStorage would switch on promise hooks for every promise in the
 * process). A BotState that does not look up its turn's storage uses this one
 * as a plain Storage, as outside an attempt.
 */
import type { Storage, StoreItems, TurnContext } from 'botbuilder';
import type { Logger } from '../logging';
import { readText, writtenText } from './handedText';
import { StorageUnavailableError, type StoreHealth } from './storeHealth';
import { StateConflictError, type ExpectedVersion, type VersionedStore } from './versionedStore';

/** Where the ledger lives inside the conversation document. */
export const TURN_LEDGER_FIELD = 'turnLedger';
/** Where the conversation document keeps its items, by their BotState key. */
export const DOCUMENT_ITEMS_FIELD = 'items';
/** How many recent activity ids are remembered for spotting redeliveries. */
export const REMEMBERED_ACTIVITY_IDS = 50;

export interface TurnLedger {
  /** Turns committed in this conversation. */
  turns: number;
  /** Ids of the last activities committed, oldest first. */
  recentActivityIds: string[];
}

/** One turn, as far as state is concerned. */
export interface TurnIdentity {
  /** The conversation document's key: `${channelId}/conversations/${conversationId}/`, ConversationState's own key. */
  conversationKey: string;
  activityId?: string;
}

/**
 * committed: saved (or nothing to save). duplicate: this activity was already
 * committed, so its replies must not go out again. unremembered: the store was
 * unavailable; the turn ran on empty state and nothing was saved.
 */
export type AttemptOutcome = 'committed' | 'duplicate' | 'unremembered';

export interface StateAttempt {
  /** This attempt's view of state: reads remember the versions they read, writes and deletes wait for the commit. */
  readonly storage: Storage;
  /** Makes `context` this attempt's turn: BotStates built on the TurnStorage read and write through `storage` in it (see storageFor). */
  attachTo(context: TurnContext): void;
  /** Saves what the turn changed; rejects with StateConflictError when another turn got there first. */
  commit(options: { recordTurn: boolean }): Promise<AttemptOutcome>;
}

export interface TurnStateCoordinator {
  beginAttempt(turn: TurnIdentity): StateAttempt;
}

export function conversationKeyOf(activity: { channelId?: string; conversation?: { id?: string } }): string {
  return `${activity.channelId}/conversations/${activity.conversation?.id}/`;
}

/** The conversation document a BotState key belongs to, or undefined for an item of its own (user state). */
export function documentKeyOf(key: string): string | undefined {
  const person = /^(.+?\/conversations\/.+?\/)users\/[^/]*\/.*$/.exec(key);
  if (person) return person[1];
  return /^.+?\/conversations\/.+\/$/.test(key) ? key : undefined;
}

type Item = Record<string, unknown>;

interface LoadedDocument {
  version: ExpectedVersion;
  items: Record<string, Item>;
  ledger: TurnLedger;
}

interface LoadedItem {
  version: ExpectedVersion;
  value?: Item;
}

/** A change held for the commit; `documentKey` is the conversation document its item lives in (documentKeyOf), if any. */
type PendingChange = { kind: 'write'; value: Item; documentKey: string | undefined } | { kind: 'delete'; documentKey: string | undefined };

interface AttemptScope {
  turn?: TurnIdentity;
  documents: Map<string, LoadedDocument>;
  items: Map<string, LoadedItem>;
  pending: Map<string, PendingChange>;
  unavailable: boolean;
}

const newScope = (turn?: TurnIdentity): AttemptScope => ({ turn, documents: new Map(), items: new Map(), pending: new Map(), unavailable: false });

/** Where an attempt travels with its TurnContext. */
const ATTEMPT = Symbol('stateAttempt');

/**
 * The Storage a BotState built on `storage` uses in `context`'s turn: the turn's attempt when it is an
 * attempt of that TurnStorage, otherwise `storage` itself (outside an attempt, or another storage).
 */
export function storageFor(storage: Storage, context: TurnContext): Storage {
  const attempt = context.turnState.get(ATTEMPT) as Attempt | undefined;
  return attempt !== undefined && attempt.owner === storage ? attempt : storage;
}

/** Carries `from`'s attempt, if it has one, to `to`: another TurnContext made for the same turn (a clicked card's message). */
export function carryAttempt(from: TurnContext, to: TurnContext): void {
  const attempt = from.turnState.get(ATTEMPT) as Attempt | undefined;
  if (attempt !== undefined) to.turnState.set(ATTEMPT, attempt);
}

/** One attempt of a turn: its own scope, read and changed as a Storage, committed once. */
class Attempt implements StateAttempt, Storage {
  constructor(
    readonly owner: TurnStorage,
    private readonly scope: AttemptScope,
    private readonly turn: TurnIdentity,
  ) {}

  get storage(): Storage {
    return this;
  }

  attachTo(context: TurnContext): void {
    context.turnState.set(ATTEMPT, this);
  }

  commit(options: { recordTurn: boolean }): Promise<AttemptOutcome> {
    return this.owner.commitAttempt(this.scope, this.turn, options.recordTurn);
  }

  read(keys: string[]): Promise<StoreItems> {
    return this.owner.readInScope(this.scope, keys, false);
  }

  async write(changes: StoreItems): Promise<void> {
    for (const key of Object.keys(changes)) {
      const item = changes[key] as Item | undefined;
      // The BotState hands the text it compared (the item without its eTag): the copy is made from it.
      const text = item ? writtenText.take(item) : undefined;
      const value = text === undefined ? clone(withoutETag(item)) : (JSON.parse(text) as Item);
      this.scope.pending.set(key, { kind: 'write', value, documentKey: documentKeyOf(key) });
    }
  }

  async delete(keys: string[]): Promise<void> {
    for (const key of keys) this.scope.pending.set(key, { kind: 'delete', documentKey: documentKeyOf(key) });
  }
}

export class TurnStorage implements Storage, TurnStateCoordinator {
  constructor(
    private readonly store: VersionedStore,
    private readonly health: StoreHealth,
    private readonly logger: Logger,
  ) {}

  beginAttempt(turn: TurnIdentity): StateAttempt {
    return new Attempt(this, newScope(turn), turn);
  }

  /** Outside an attempt: a plain Storage (each read fresh, each change made at once, an explicit eTag honoured). */
  read(keys: string[]): Promise<StoreItems> {
    return this.readInScope(newScope(), keys, true);
  }

  async write(changes: StoreItems): Promise<void> {
    for (const [key, item] of Object.entries(changes)) {
      const eTag = (item as Item | undefined)?.eTag;
      const change: PendingChange = { kind: 'write', value: withoutETag(item), documentKey: documentKeyOf(key) };
      await this.changeDirectly(key, change, typeof eTag === 'string' && eTag !== '*' ? eTag : undefined);
    }
  }

  async delete(keys: string[]): Promise<void> {
    for (const key of keys) await this.changeDirectly(key, { kind: 'delete', documentKey: documentKeyOf(key) }, undefined);
  }

  /** Reads `keys` as `scope` sees them (an attempt's, or a fresh one for a direct read). For Attempt only. */
  async readInScope(scope: AttemptScope, keys: string[], strict: boolean): Promise<StoreItems> {
    const items: StoreItems = {};
    for (const key of keys) {
      const found = await this.readIn(scope, key, strict);
      if (found) items[key] = found;
    }
    return items;
  }

  /** The item as the scope sees it: its own pending change, else what it read, else a fresh read. */
  private async readIn(scope: AttemptScope, key: string, strict: boolean): Promise<Item | undefined> {
    const pending = scope.pending.get(key);
    if (pending) return pending.kind === 'write' ? clone(pending.value) : undefined;
    const documentKey = documentKeyOf(key);
    if (documentKey) {
      const document = await this.loadDocument(scope, documentKey, strict);
      const value = document?.items[key];
      return value ? copyRead(value, versionText(document.version)) : undefined;
    }
    const item = await this.loadItem(scope, key, strict);
    return item?.value ? copyRead(item.value, versionText(item.version)) : undefined;
  }

  private async loadDocument(scope: AttemptScope, key: string, strict: boolean): Promise<LoadedDocument | undefined> {
    const known = scope.documents.get(key);
    if (known) return known;
    const found = await this.fetch(scope, key, strict);
    if (found === undefined) return undefined;
    const document = found === 'absent' ? { version: 'absent' as const, items: {}, ledger: ledgerFrom(undefined) } : documentFrom(key, found.value, found.eTag);
    scope.documents.set(key, document);
    return document;
  }

  private async loadItem(scope: AttemptScope, key: string, strict: boolean): Promise<LoadedItem | undefined> {
    const known = scope.items.get(key);
    if (known) return known;
    const found = await this.fetch(scope, key, strict);
    if (found === undefined) return undefined;
    const item: LoadedItem = found === 'absent' ? { version: 'absent' } : { version: { eTag: found.eTag }, value: found.value };
    scope.items.set(key, item);
    return item;
  }

  /** One read through the health guard: the item, 'absent', or undefined once the store is unavailable to this scope. */
  private async fetch(scope: AttemptScope, key: string, strict: boolean) {
    if (scope.unavailable) return undefined;
    try {
      return (await this.health.call((signal) => this.store.read(key, signal))) ?? ('absent' as const);
    } catch (error) {
      if (strict || !(error instanceof StorageUnavailableError)) throw error;
      scope.unavailable = true;
      return undefined;
    }
  }

  /** Commits an attempt's scope (see StateAttempt.commit). For Attempt only. */
  async commitAttempt(scope: AttemptScope, turn: TurnIdentity, recordTurn: boolean): Promise<AttemptOutcome> {
    if (scope.unavailable) return 'unremembered';
    if (!recordTurn && scope.pending.size === 0 && scope.documents.size === 0 && scope.items.size === 0) return 'committed';
    const conversation = await this.loadDocument(scope, turn.conversationKey, false);
    if (!conversation) return 'unremembered';
    const { activityId } = turn;
    if (activityId !== undefined && conversation.ledger.recentActivityIds.includes(activityId)) return 'duplicate';
    try {
      // The commit point: the conversation's document, every change to it and the ledger in one conditional write.
      await this.saveDocument(scope, turn.conversationKey, {
        turns: conversation.ledger.turns + 1,
        recentActivityIds: activityId === undefined ? conversation.ledger.recentActivityIds : remembering(conversation.ledger.recentActivityIds, activityId),
      });
      // Anything else the turn changed (user state, another conversation) follows. The turn is already
      // committed, so a conflict here cannot re-run it: the other turn's version stands and that is logged.
      await this.saveTheRest(scope, turn.conversationKey);
    } catch (error) {
      if (error instanceof StorageUnavailableError) return 'unremembered';
      throw error;
    }
    return 'committed';
  }

  /** Writes (or, once it holds nothing, deletes) a document with the scope's changes, conditional on the version read. */
  private async saveDocument(scope: AttemptScope, key: string, ledger?: TurnLedger): Promise<void> {
    const document = scope.documents.get(key)!;
    const items = { ...document.items };
    let deleted = false;
    for (const [itemKey, change] of scope.pending) {
      if (change.documentKey !== key) continue;
      if (change.kind === 'write') items[itemKey] = change.value;
      else deleted = delete items[itemKey] || deleted;
    }
    // Forgotten: nothing of the conversation is kept, its ledger included.
    if (deleted && Object.keys(items).length === 0) {
      await this.health.call((signal) => this.store.delete(key, document.version, signal));
      return;
    }
    const body = { [DOCUMENT_ITEMS_FIELD]: items, [TURN_LEDGER_FIELD]: ledger ?? document.ledger };
    await this.health.call((signal) => this.store.write(key, body, document.version, signal));
  }

  private async saveTheRest(scope: AttemptScope, committed: string): Promise<void> {
    const documents = new Set<string>();
    let items = false;
    for (const { documentKey } of scope.pending.values()) {
      if (documentKey === undefined) items = true;
      else if (documentKey !== committed) documents.add(documentKey);
    }
    // Most turns change nothing outside their own conversation.
    if (documents.size === 0 && !items) return;
    const writes: [string, () => Promise<unknown>][] = [];
    for (const key of documents) {
      if (!(await this.loadDocument(scope, key, false))) throw new StorageUnavailableError('unavailable');
      writes.push([key, () => this.saveDocument(scope, key)]);
    }
    for (const [key, change] of scope.pending) {
      if (change.documentKey !== undefined) continue;
      const expected = scope.items.get(key)?.version ?? 'any';
      writes.push([
        key,
        () =>
          this.health.call(async (signal) => {
            if (change.kind === 'delete') await this.store.delete(key, expected, signal);
            else await this.store.write(key, change.value, expected, signal);
          }),
      ]);
    }
    for (const [key, write] of writes) {
      try {
        await write();
      } catch (error) {
        if (!(error instanceof StateConflictError)) throw error;
        this.logger.warn('state item changed by another turn; kept its version', { item: key.split('/')[1] ?? 'unknown' });
      }
    }
  }

  /** Outside a turn: one change, read-modify-write, honouring an explicit eTag (a stale one is a StateConflictError). */
  private async changeDirectly(key: string, change: PendingChange, eTag: string | undefined): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      const scope = newScope();
      const { documentKey } = change;
      const current = documentKey ? (await this.loadDocument(scope, documentKey, true))!.version : (await this.loadItem(scope, key, true))!.version;
      if (eTag !== undefined && versionText(current) !== eTag) throw new StateConflictError(key);
      scope.pending.set(key, change);
      try {
        if (documentKey) await this.saveDocument(scope, documentKey);
        else if (change.kind === 'delete') await this.health.call((signal) => this.store.delete(key, current, signal));
        else await this.health.call((signal) => this.store.write(key, change.value, current, signal));
        return;
      } catch (error) {
        // Without an eTag the caller asked to overwrite whatever is there: read again and retry.
        if (!(error instanceof StateConflictError) || eTag !== undefined || attempt >= 5) throw error;
      }
    }
  }
}

/** The stored document; one written before documents existed (the conversation's state at top level) reads as its only item. */
function documentFrom(key: string, stored: Item, eTag: string): LoadedDocument {
  const { [TURN_LEDGER_FIELD]: ledger, [DOCUMENT_ITEMS_FIELD]: items, ...legacy } = stored;
  const isDocument = items !== null && typeof items === 'object' && !Array.isArray(items);
  return {
    version: { eTag },
    items: isDocument ? (items as Record<string, Item>) : Object.keys(legacy).length > 0 ? { [key]: legacy } : {},
    ledger: ledgerFrom(ledger),
  };
}

function ledgerFrom(raw: unknown): TurnLedger {
  const ledger = (raw ?? {}) as Partial<TurnLedger>;
  return {
    turns: typeof ledger.turns === 'number' && Number.isFinite(ledger.turns) ? ledger.turns : 0,
    recentActivityIds: Array.isArray(ledger.recentActivityIds) ? onlyStrings(ledger.recentActivityIds) : [],
  };
}

// The ids as read (a fresh copy from the store, held by this ledger only) unless some are not strings.
function onlyStrings(ids: unknown[]): string[] {
  return ids.every(isString) ? (ids as string[]) : ids.filter(isString);
}

function isString(value: unknown): value is string {
  return typeof value === 'string';
}

/** The last REMEMBERED_ACTIVITY_IDS ids once `id` is added, in a new array. */
function remembering(ids: readonly string[], id: string): string[] {
  const kept = ids.slice(Math.max(0, ids.length + 1 - REMEMBERED_ACTIVITY_IDS));
  kept.push(id);
  return kept;
}

function versionText(version: ExpectedVersion): string {
  return typeof version === 'object' ? version.eTag : '*';
}

/** The item without its eTag (a BotState's item carries the version it read), as stored. */
function withoutETag(item: unknown): Item {
  const { eTag: _eTag, ...value } = (item ?? {}) as Item;
  return value;
}

function clone<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/** A copy of an item read, with its version; the copy's text goes with it (what a text-compared BotState keeps as loaded). */
function copyRead(value: Item, eTag: string): Item {
  const text = JSON.stringify(value);
  const copy = JSON.parse(text) as Item;
  copy.eTag = eTag;
  // An item stored with an eTag of its own would not read back as this text once that eTag is left out.
  if (!Object.hasOwn(value, 'eTag')) readText.hand(copy, text);
  return copy;
}
