/**
 * The Storage every BotState (ConversationState, UserState,
 * PrivateConversationState...) is given. Inside a turn attempt it makes
 * BotState's last-writer-wins saves (`eTag: '*'`) safe for several instances:
 *
 * - reads remember the version (eTag) of each item, or that it was absent;
 * - writes and deletes are held back until the attempt commits, then made
 *   conditional on the version read, so a turn that raced another on the same
 *   conversation gets a StateConflictError and is re-run on fresh state;
 * - the conversation's item (ConversationState's key) carries a small turn
 *   ledger: the number of turns and the ids of the last activities, written in
 *   the same conditional write as the state, so a redelivered activity is
 *   recognised and not applied twice;
 * - when the store is down or too slow the attempt carries on with empty state
 *   and saves nothing (never overwriting what is stored), and says so.
 *
 * Outside an attempt (scripts, tests) it is a plain Storage over the store.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import type { Storage, StoreItems } from 'botbuilder';
import type { Logger } from '../logging';
import { StorageUnavailableError, type StoreHealth } from './storeHealth';
import { StateConflictError, type ExpectedVersion, type VersionedStore } from './versionedStore';

/** Where the ledger lives inside the conversation's item. */
export const TURN_LEDGER_FIELD = 'turnLedger';
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
  /** The conversation's item: `${channelId}/conversations/${conversationId}/`, ConversationState's key. */
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
  /** Runs the bot's turn with this attempt's view of state. */
  run<T>(work: () => Promise<T>): Promise<T>;
  /** Saves what the turn changed; rejects with StateConflictError when another turn got there first. */
  commit(options: { recordTurn: boolean }): Promise<AttemptOutcome>;
}

export interface TurnStateCoordinator {
  beginAttempt(turn: TurnIdentity): StateAttempt;
}

export function conversationKeyOf(activity: { channelId?: string; conversation?: { id?: string } }): string {
  return `${activity.channelId}/conversations/${activity.conversation?.id}/`;
}

interface ReadItem {
  value?: Record<string, unknown>;
  version: ExpectedVersion;
}

type PendingChange = { kind: 'write'; value: Record<string, unknown> } | { kind: 'delete' };

interface AttemptScope {
  turn: TurnIdentity;
  read: Map<string, ReadItem>;
  pending: Map<string, PendingChange>;
  ledger: TurnLedger;
  unavailable: boolean;
}

export class TurnStorage implements Storage, TurnStateCoordinator {
  private readonly scopes = new AsyncLocalStorage<AttemptScope>();

  constructor(
    private readonly store: VersionedStore,
    private readonly health: StoreHealth,
    private readonly logger: Logger,
  ) {}

  beginAttempt(turn: TurnIdentity): StateAttempt {
    const scope: AttemptScope = { turn, read: new Map(), pending: new Map(), ledger: { turns: 0, recentActivityIds: [] }, unavailable: false };
    return {
      run: (work) => this.scopes.run(scope, work),
      commit: (options) => this.commit(scope, options.recordTurn),
    };
  }

  async read(keys: string[]): Promise<StoreItems> {
    const scope = this.scopes.getStore();
    const items: StoreItems = {};
    for (const key of keys) {
      const item = scope ? await this.readInAttempt(scope, key) : await this.readDirect(key);
      if (item) items[key] = item;
    }
    return items;
  }

  async write(changes: StoreItems): Promise<void> {
    const scope = this.scopes.getStore();
    for (const [key, item] of Object.entries(changes)) {
      const { eTag, ...value } = (item ?? {}) as Record<string, unknown>;
      if (scope) scope.pending.set(key, { kind: 'write', value: clone(value) });
      else await this.health.call((signal) => this.store.write(key, value, typeof eTag === 'string' && eTag !== '*' ? { eTag } : 'any', signal));
    }
  }

  async delete(keys: string[]): Promise<void> {
    const scope = this.scopes.getStore();
    for (const key of keys) {
      if (scope) scope.pending.set(key, { kind: 'delete' });
      else await this.health.call((signal) => this.store.delete(key, 'any', signal));
    }
  }

  private async readDirect(key: string): Promise<Record<string, unknown> | undefined> {
    const found = await this.health.call((signal) => this.store.read(key, signal));
    return found ? { ...found.value, eTag: found.eTag } : undefined;
  }

  /** The item as this attempt sees it: its own pending change, else what it read, else a fresh read. */
  private async readInAttempt(scope: AttemptScope, key: string): Promise<Record<string, unknown> | undefined> {
    const pending = scope.pending.get(key);
    if (pending) return pending.kind === 'write' ? clone(pending.value) : undefined;
    const item = await this.fetch(scope, key);
    if (!item?.value) return undefined;
    return { ...clone(item.value), eTag: item.version === 'any' || item.version === 'absent' ? '*' : item.version.eTag };
  }

  private async fetch(scope: AttemptScope, key: string): Promise<ReadItem | undefined> {
    const known = scope.read.get(key);
    if (known) return known;
    if (scope.unavailable) return undefined;
    try {
      const found = await this.health.call((signal) => this.store.read(key, signal));
      const item: ReadItem = found ? { value: found.value, version: { eTag: found.eTag } } : { version: 'absent' };
      if (key === scope.turn.conversationKey && item.value) {
        const { [TURN_LEDGER_FIELD]: ledger, ...state } = item.value;
        scope.ledger = ledgerFrom(ledger);
        item.value = state;
      }
      scope.read.set(key, item);
      return item;
    } catch (error) {
      if (!(error instanceof StorageUnavailableError)) throw error;
      scope.unavailable = true;
      return undefined;
    }
  }

  private async commit(scope: AttemptScope, recordTurn: boolean): Promise<AttemptOutcome> {
    if (scope.unavailable) return 'unremembered';
    if (!recordTurn && scope.pending.size === 0 && scope.read.size === 0) return 'committed';

    const { conversationKey, activityId } = scope.turn;
    const conversation = await this.fetch(scope, conversationKey);
    if (!conversation) return 'unremembered';
    if (activityId !== undefined && scope.ledger.recentActivityIds.includes(activityId)) return 'duplicate';

    // The commit point: the conversation's item, state and ledger in one conditional write.
    const change = scope.pending.get(conversationKey);
    try {
      if (change?.kind === 'delete') {
        await this.health.call((signal) => this.store.delete(conversationKey, conversation.version, signal));
      } else {
        const state = change?.value ?? conversation.value ?? {};
        const ledger: TurnLedger = {
          turns: scope.ledger.turns + 1,
          recentActivityIds: activityId === undefined ? scope.ledger.recentActivityIds : [...scope.ledger.recentActivityIds, activityId].slice(-REMEMBERED_ACTIVITY_IDS),
        };
        await this.health.call((signal) => this.store.write(conversationKey, { ...state, [TURN_LEDGER_FIELD]: ledger }, conversation.version, signal));
      }
    } catch (error) {
      if (error instanceof StorageUnavailableError) return 'unremembered';
      throw error;
    }

    // Other items (user state, per-person state) follow. The turn is already committed, so a
    // conflict here cannot re-run it: the other turn's version stands and the fact is logged.
    for (const [key, pending] of scope.pending) {
      if (key === conversationKey) continue;
      const expected = scope.read.get(key)?.version ?? 'any';
      try {
        await this.health.call(async (signal) => {
          if (pending.kind === 'delete') await this.store.delete(key, expected, signal);
          else await this.store.write(key, pending.value, expected, signal);
        });
      } catch (error) {
        if (error instanceof StateConflictError) this.logger.warn('state item changed by another turn; kept its version', { item: itemKind(key) });
        else if (error instanceof StorageUnavailableError) return 'unremembered';
        else throw error;
      }
    }
    return 'committed';
  }
}

function ledgerFrom(raw: unknown): TurnLedger {
  const ledger = (raw ?? {}) as Partial<TurnLedger>;
  return {
    turns: typeof ledger.turns === 'number' && Number.isFinite(ledger.turns) ? ledger.turns : 0,
    recentActivityIds: Array.isArray(ledger.recentActivityIds) ? ledger.recentActivityIds.filter((id): id is string => typeof id === 'string') : [],
  };
}

function clone<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/** "users" or "conversations": enough to tell operators which kind of item, without ids. */
function itemKind(key: string): string {
  return key.split('/')[1] ?? 'unknown';
}
