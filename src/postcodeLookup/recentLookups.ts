/**
 * A small least-recently-used cache whose entries expire: residents ask about
 * the same few postcodes again within a conversation, and a lookup service
 * need not hear about each one twice in a day.
 */
export class RecentLookups<V> {
  // A Map iterates in insertion order, so re-inserting on read keeps the least recent first.
  private readonly entries = new Map<string, { value: V; storedAt: number }>();

  constructor(
    private readonly capacity: number,
    private readonly ttlMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** The value stored for `key`, or `undefined` when there is none or it has expired. */
  get(key: string): V | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    this.entries.delete(key);
    if (this.now() - entry.storedAt >= this.ttlMs) return undefined;
    this.entries.set(key, entry);
    return entry.value;
  }

  set(key: string, value: V): void {
    if (this.capacity <= 0) return;
    this.entries.delete(key);
    this.entries.set(key, { value, storedAt: this.now() });
    while (this.entries.size > this.capacity) {
      const oldest = this.entries.keys().next().value as string;
      this.entries.delete(oldest);
    }
  }

  get size(): number {
    return this.entries.size;
  }
}
