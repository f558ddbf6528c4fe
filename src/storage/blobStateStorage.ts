/**
 * STORAGE=blob: conversation state in an Azure Blob Storage container, one
 * JSON blob per conversation (and per user), written by botbuilder-azure-blobs'
 * BlobsStorage with eTag checks, so two instances cannot silently overwrite
 * each other's turn.
 */
import { ContainerClient, type StoragePipelineOptions } from '@azure/storage-blob';
import { BlobsStorage } from 'botbuilder-azure-blobs';
import { ConfigError, type StorageConfig } from '../config';
import type { StateStorage, StorageStatus } from './stateStorage';
import { reasonFor, StorageUnreachableError } from './storageUnreachable';

export interface StorageTimeouts {
  /** How long start-up waits for the container before giving up. */
  openMs: number;
  /** How long one /readyz storage check may take. */
  probeMs: number;
}

export const DEFAULT_STORAGE_TIMEOUTS: StorageTimeouts = { openMs: 10_000, probeMs: 2_000 };

// Turns: a few quick retries instead of the SDK's default (4 tries, delays growing to 2 minutes),
// so a storage outage fails a resident's turn in seconds rather than hanging it.
const TURN_PIPELINE: StoragePipelineOptions = {
  retryOptions: { maxTries: 3, retryDelayInMs: 200, maxRetryDelayInMs: 2_000, tryTimeoutInMs: 10_000 },
};
// Start-up and probes are bounded by an abort signal; one retry covers a pooled connection the server has closed.
const PROBE_PIPELINE: StoragePipelineOptions = { retryOptions: { maxTries: 2, retryDelayInMs: 100, maxRetryDelayInMs: 100 } };

type BlobStorageConfig = Extract<StorageConfig, { kind: 'blob' }>;

export class BlobStateStorage implements StateStorage {
  readonly kind = 'blob';
  readonly storage: BlobsStorage;
  private readonly container: ContainerClient;

  constructor(
    private readonly config: BlobStorageConfig,
    private readonly timeouts: StorageTimeouts,
  ) {
    try {
      this.storage = new BlobsStorage(config.connectionString, config.container, { storagePipelineOptions: TURN_PIPELINE });
      this.container = new ContainerClient(config.connectionString, config.container, PROBE_PIPELINE);
    } catch {
      // The SDK's own message may quote parts of the string; ours does not.
      throw new ConfigError('AZURE_STORAGE_CONNECTION_STRING', 'could not be read as an Azure Storage connection string');
    }
  }

  async open(): Promise<void> {
    const deadline = Date.now() + this.timeouts.openMs;
    try {
      await this.container.createIfNotExists({ abortSignal: AbortSignal.timeout(this.timeouts.openMs) });
      // BlobsStorage creates the container on its first call and keeps that first outcome for
      // good, a failure included; make that first call now, while storage is known to answer.
      await withinTime(this.storage.read([]), Math.max(deadline - Date.now(), 1));
    } catch (error) {
      throw new StorageUnreachableError(this.config.container, reasonFor(error), this.timeouts.openMs);
    }
  }

  async status(): Promise<StorageStatus> {
    try {
      // Reads the container's properties: cheap, and fails if the account, the credentials or the container are gone.
      await withinTime(this.container.getProperties({ abortSignal: AbortSignal.timeout(this.timeouts.probeMs) }), this.timeouts.probeMs);
      return 'reachable';
    } catch {
      return 'unreachable';
    }
  }
}

// BlobsStorage takes no abort signal, so its wait is bounded from outside.
function withinTime<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(Object.assign(new Error(`no answer within ${ms} ms`), { name: 'TimeoutError' })), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}
