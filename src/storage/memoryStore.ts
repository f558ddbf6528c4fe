/**
 * STORAGE=memory: conversation state in this process, versioned like the blob
 * store (so concurrent turns are handled the same way), and forgotten once a
 * conversation has been idle for a while: without that, every new
 * conversation id would cost memory for as long as the process runs.
 */
import { StateConflictError, type ExpectedVersion, type StoredItem, type VersionedStore } from './versionedStore';

export interface MemoryStoreOptions {
  /** An item not read or written for this long is dropped. */
  idleMs: number;
  /** At most this many items; the least recently used goes first. */
  maxItems?: number;
  now?: () => number;
}

interface Entry {
  json: string;
  eTag: string;
  touched: number;
}

export class MemoryStore implements VersionedStore {
  private readonly items = new Map<string, Entry>();
  private readonly idleMs: number;
  private readonly maxItems: number;
  private readonly now: () => number;
  private version = 0;

  constructor(options: MemoryStoreOptions) {
    this.idleMs = options.idleMs;
    this.maxItems = options.maxItems ?? 100_000;
    this.now = options.now ?? Date.now;
  }

  get size(): number {
    return this.items.size;
  }

  async read(key: string): Promise<StoredItem | undefined> {
    const entry = this.live(key);
    if (!entry) return undefined;
    this.touch(key, entry);
    return { value: JSON.parse(entry.json) as Record<string, unknown>, eTag: entry.eTag };
  }

  async write(key: string, value: Record<string, unknown>, expected: ExpectedVersion): Promise<string> {
    this.check(key, expected);
    const entry: Entry = { json: JSON.stringify(value), eTag: String(++this.version), touched: this.now() };
    this.touch(key, entry);
    this.forgetIdle();
    return entry.eTag;
  }

  async delete(key: string, expected: ExpectedVersion): Promise<void> {
    if (this.live(key)) this.check(key, expected);
    this.items.delete(key);
  }

  async probe(): Promise<void> {
    this.forgetIdle();
  }

  private check(key: string, expected: ExpectedVersion): void {
    if (expected === 'any') return;
    const current = this.live(key);
    if (expected === 'absent' ? current !== undefined : current?.eTag !== expected.eTag) throw new StateConflictError(key);
  }

  private live(key: string): Entry | undefined {
    const entry = this.items.get(key);
    if (entry && this.now() - entry.touched > this.idleMs) {
      this.items.delete(key);
      return undefined;
    }
    return entry;
  }

  // Re-inserting keeps the map in least-recently-used order, so forgetting stops at the first fresh item.
  private touch(key: string, entry: Entry): void {
    entry.touched = this.now();
    this.items.delete(key);
    this.items.set(key, entry);
  }

  private forgetIdle(): void {
    const cutoff = this.now() - this.idleMs;
    for (const [key, entry] of this.items) {
      if (entry.touched >= cutoff && this.items.size <= this.maxItems) break;
      this.items.delete(key);
    }
  }
}
