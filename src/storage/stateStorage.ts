/**
 * Where the bot keeps each conversation's state (ConversationState and
 * UserState): this process's memory, or an Azure Blob Storage container that
 * every instance shares, so a conversation survives restarts and can move
 * between instances from one turn to the next.
 */
import { MemoryStorage, type Storage } from 'botbuilder';
import type { StorageConfig } from '../config';
import { BlobStateStorage, DEFAULT_STORAGE_TIMEOUTS, type StorageTimeouts } from './blobStateStorage';

/** What /readyz reports: memory is always there; a blob container answers or it does not. */
export type StorageStatus = 'memory' | 'reachable' | 'unreachable';

export interface StateStorage {
  readonly kind: StorageConfig['kind'];
  /** Given to ConversationState and UserState: MemoryStorage, or BlobsStorage (botbuilder-azure-blobs) for blob. */
  readonly storage: Storage;
  /**
   * Gets storage ready before the first turn (blob: creates the container if
   * missing). Rejects with StorageUnreachableError, within a bounded time.
   */
  open(): Promise<void>;
  /** One cheap read, bounded in time; never throws. */
  status(): Promise<StorageStatus>;
}

/** Throws ConfigError (naming the variable) when the blob settings cannot be used; connects nothing until open(). */
export function createStorage(config: StorageConfig, timeouts: StorageTimeouts = DEFAULT_STORAGE_TIMEOUTS): StateStorage {
  if (config.kind === 'blob') return new BlobStateStorage(config, timeouts);
  return {
    kind: 'memory',
    storage: new MemoryStorage(),
    open: async () => undefined,
    status: async () => 'memory',
  };
}
