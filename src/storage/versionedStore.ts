/**
 * The store under conversation state: each item comes with a version (an
 * eTag), and a write or delete names the version it expects to replace, so two
 * instances racing on one conversation cannot silently overwrite each other:
 * the loser gets a StateConflictError and re-runs its turn on fresh state.
 */

export interface StoredItem {
  value: Record<string, unknown>;
  eTag: string;
}

/** What a write or delete expects to find: the version that was read, no item at all, or anything (last writer wins). */
export type ExpectedVersion = { eTag: string } | 'absent' | 'any';

export interface VersionedStore {
  read(key: string, signal: AbortSignal): Promise<StoredItem | undefined>;
  /** Resolves with the new eTag; rejects with StateConflictError when the item is not as expected. */
  write(key: string, value: Record<string, unknown>, expected: ExpectedVersion, signal: AbortSignal): Promise<string>;
  /** Deleting what is already gone succeeds; an item changed since it was read is a StateConflictError. */
  delete(key: string, expected: ExpectedVersion, signal: AbortSignal): Promise<void>;
  /** One cheap request that fails when the store cannot be reached. */
  probe(signal: AbortSignal): Promise<void>;
}

/** Another turn changed the item since this turn read it. */
export class StateConflictError extends Error {
  readonly code = 'StateConflict';

  constructor(readonly key: string) {
    super('conversation state changed since this turn read it');
    this.name = 'StateConflictError';
  }
}
