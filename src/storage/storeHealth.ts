/**
 * Every request to the state store, bounded in time and watched: a request
 * that fails or does not answer within its deadline is abandoned (its abort
 * signal fires and the turn stops waiting for it even if the SDK does not),
 * the fault is logged once when it starts and once when it ends (not per
 * turn), and while the store is failing turns skip it at once instead of
 * each waiting out the deadline. After a short pause, or when a readiness
 * probe gets through, requests are tried again: recovery needs no restart.
 */
import type { Logger } from '../logging';
import { reasonFor } from './storageUnreachable';
import { StateConflictError } from './versionedStore';

export interface StoreHealthOptions {
  /** Deadline for one request (read, write or delete). */
  timeoutMs: number;
  /** After a failure, requests fail at once for this long before the store is tried again. */
  retryAfterMs?: number;
  logger: Logger;
  now?: () => number;
  /**
   * The store lives in this process (STORAGE=memory): a request is done when
   * it returns, so it gets no deadline timer or abort signal of its own.
   */
  inProcess?: boolean;
}

/** The signal an in-process store's requests get: nothing ever aborts them. */
const NEVER_ABORTED = new AbortController().signal;

/** The store could not be used for this request: unreachable, too slow, or failing recently. */
export class StorageUnavailableError extends Error {
  constructor(readonly reason: string) {
    super(`conversation storage unavailable (${reason})`);
    this.name = 'StorageUnavailableError';
  }
}

export class StoreHealth {
  private failingSince: number | undefined;
  private retryAt = 0;
  private readonly now: () => number;

  constructor(private readonly options: StoreHealthOptions) {
    this.now = options.now ?? Date.now;
  }

  /** Whether the last request failed (and no request has succeeded since). */
  get failing(): boolean {
    return this.failingSince !== undefined;
  }

  /**
   * Runs one request with its deadline. A conflict is an answer, not a fault.
   * `force` tries the store even while it is failing (readiness probes do).
   */
  async call<T>(request: (signal: AbortSignal) => Promise<T>, options: { timeoutMs?: number; force?: boolean } = {}): Promise<T> {
    if (this.failing && !options.force && this.now() < this.retryAt) throw new StorageUnavailableError('failing recently');
    if (this.options.inProcess) return this.watched(request, NEVER_ABORTED);
    const timeoutMs = options.timeoutMs ?? this.options.timeoutMs;
    const controller = new AbortController();
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<never>((_resolve, reject) => {
      timer = setTimeout(() => {
        controller.abort();
        reject(Object.assign(new Error(`no answer within ${timeoutMs} ms`), { name: 'TimeoutError' }));
      }, timeoutMs);
    });
    try {
      return await this.watched((signal) => Promise.race([request(signal), deadline]), controller.signal);
    } finally {
      clearTimeout(timer);
    }
  }

  /** Runs a request, recording whether the store answered; a conflict is an answer. */
  private async watched<T>(request: (signal: AbortSignal) => Promise<T>, signal: AbortSignal): Promise<T> {
    try {
      const result = await request(signal);
      this.recovered();
      return result;
    } catch (error) {
      if (error instanceof StateConflictError) {
        this.recovered();
        throw error;
      }
      const reason = reasonFor(error);
      this.failed(reason);
      throw new StorageUnavailableError(reason);
    }
  }

  private failed(reason: string): void {
    this.retryAt = this.now() + (this.options.retryAfterMs ?? 5_000);
    if (this.failingSince !== undefined) return;
    this.failingSince = this.now();
    this.options.logger.error('conversation storage unavailable: answering without memory until it is back', { reason });
  }

  private recovered(): void {
    if (this.failingSince === undefined) return;
    const downMs = this.now() - this.failingSince;
    this.failingSince = undefined;
    this.options.logger.info('conversation storage is back', { downMs });
  }
}
