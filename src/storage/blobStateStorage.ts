/**
 * STORAGE=blob: conversation state in an Azure Blob Storage container shared
 * by every instance (BlobStore: conditional writes, so instances cannot
 * silently overwrite each other's turn), opened at start and probed by /readyz.
 * Loaded by createStorage only when STORAGE=blob: @azure/storage-blob is a
 * large part of start-up that STORAGE=memory never needs.
 */
import { ContainerClient, type StoragePipelineOptions } from '@azure/storage-blob';
import { ConfigError, type StorageConfig } from '../config';
import type { Logger } from '../logging';
import { BlobStore } from './blobStore';
import type { StateStorage, StorageStatus, StorageTimeouts } from './stateStorage';
import { StoreHealth } from './storeHealth';
import { reasonFor, StorageUnreachableError } from './storageUnreachable';
import { TurnStorage } from './turnStorage';

type BlobStorageConfig = Extract<StorageConfig, { kind: 'blob' }>;

export class BlobStateStorage implements StateStorage {
  readonly kind = 'blob';
  readonly storage: TurnStorage;
  readonly health: StoreHealth;
  private readonly container: ContainerClient;
  private readonly store: BlobStore;

  constructor(
    private readonly config: BlobStorageConfig,
    private readonly timeouts: StorageTimeouts,
    logger: Logger,
  ) {
    // One quick retry covers a pooled connection the server closed; the deadline bounds the rest
    // (the SDK's default is 4 tries with delays growing to 2 minutes).
    const pipeline: StoragePipelineOptions = {
      retryOptions: { maxTries: 2, retryDelayInMs: 100, maxRetryDelayInMs: 500, tryTimeoutInMs: timeouts.requestMs },
    };
    try {
      this.container = new ContainerClient(config.connectionString, config.container, pipeline);
    } catch {
      // The SDK's own message may quote parts of the string; ours does not.
      throw new ConfigError('AZURE_STORAGE_CONNECTION_STRING', 'could not be read as an Azure Storage connection string');
    }
    this.store = new BlobStore(this.container);
    this.health = new StoreHealth({ timeoutMs: timeouts.requestMs, logger });
    this.storage = new TurnStorage(this.store, this.health, logger);
  }

  async open(): Promise<void> {
    try {
      await this.container.createIfNotExists({ abortSignal: AbortSignal.timeout(this.timeouts.openMs) });
    } catch (error) {
      throw new StorageUnreachableError(this.config.container, reasonFor(error), this.timeouts.openMs);
    }
  }

  async status(): Promise<StorageStatus> {
    try {
      // A probe that gets through also ends a "storage unavailable" spell, so turns use storage again.
      await this.health.call((signal) => this.store.probe(signal), { timeoutMs: this.timeouts.probeMs, force: true });
      return 'reachable';
    } catch {
      return 'unreachable';
    }
  }
}
