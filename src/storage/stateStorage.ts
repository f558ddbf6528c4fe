/**
 * Where the bot keeps each conversation's state (ConversationState, UserState
 * and any other BotState): this process's memory, or an Azure Blob Storage
 * container that every instance shares, so a conversation survives restarts
 * and can move between instances from one turn to the next. Either way the
 * bot's BotStates get a TurnStorage, which makes concurrent turns safe.
 */
import type { StorageConfig } from '../config';
import { type Logger, silentLogger } from '../logging';
import { MemoryStore } from './memoryStore';
import { StoreHealth } from './storeHealth';
import { TurnStorage } from './turnStorage';

/** What /readyz reports: memory is always there; a blob container answers or it does not. */
export type StorageStatus = 'memory' | 'reachable' | 'unreachable';

export interface StateStorage {
  readonly kind: StorageConfig['kind'];
  /** Given to ConversationState, UserState and friends; also the turn runner's state coordinator. */
  readonly storage: TurnStorage;
  /**
   * Gets storage ready before the first turn (blob: creates the container if
   * missing). Rejects with StorageUnreachableError, within a bounded time.
   */
  open(): Promise<void>;
  /** One cheap check, bounded in time; never throws. */
  status(): Promise<StorageStatus>;
}

export interface StorageTimeouts {
  /** How long start-up waits for the container before giving up. */
  openMs: number;
  /** How long one /readyz storage check may take. */
  probeMs: number;
  /** Deadline for one read, write or delete during a turn. */
  requestMs: number;
}

export const DEFAULT_STORAGE_TIMEOUTS: StorageTimeouts = { openMs: 10_000, probeMs: 2_000, requestMs: 3_000 };

export interface StorageOptions {
  logger?: Logger;
  timeouts?: Partial<StorageTimeouts>;
  /** STORAGE=memory: a conversation idle this long is forgotten. */
  memoryIdleMs?: number;
}

export const DEFAULT_MEMORY_IDLE_MS = 60 * 60_000;

/** Throws ConfigError (naming the variable) when the blob settings cannot be used; connects nothing until open(). */
export function createStorage(config: StorageConfig, options: StorageOptions = {}): StateStorage {
  const timeouts = { ...DEFAULT_STORAGE_TIMEOUTS, ...options.timeouts };
  const logger = options.logger ?? silentLogger;
  if (config.kind === 'blob') {
    // Required here, not imported above: @azure/storage-blob takes a noticeable share of start-up, and STORAGE=memory never uses it.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { BlobStateStorage } = require('./blobStateStorage') as typeof import('./blobStateStorage');
    return new BlobStateStorage(config, timeouts, logger);
  }
  const store = new MemoryStore({ idleMs: options.memoryIdleMs ?? DEFAULT_MEMORY_IDLE_MS });
  return {
    kind: 'memory',
    storage: new TurnStorage(store, new StoreHealth({ timeoutMs: timeouts.requestMs, logger, inProcess: true }), logger),
    open: async () => undefined,
    status: async () => 'memory',
  };
}
