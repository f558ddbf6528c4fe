/**
 * A small least-recently-used cache with a fixed number of entries, for work
 * that does not change within a minute (is a desk open now) or a year (when
 * the clocks change). A Map keeps insertion order, so the oldest entry is the
 * first key; a hit only marks its entry, and eviction gives a marked entry a
 * second chance (the usual cheap approximation of least-recently-used).
 *
 * Every cache can be switched off at once (`withCachesOff`) so a test or a
 * benchmark can compute the same answers the slow way and compare, or emptied
 * at once (`emptyAllCaches`) to measure or test a cold start.
 */

let cachesOn = true;
/** Bumped by emptyAllCaches; a cache from an older generation empties itself on its next use. */
let generation = 0;

export class BoundedCache<K, V> {
  private readonly entries = new Map<K, { value: V; used: boolean }>();
  private generation = generation;

  constructor(readonly capacity: number) {
    if (!Number.isInteger(capacity) || capacity < 1) throw new RangeError(`BoundedCache: capacity must be a positive whole number, not ${capacity}`);
  }

  get size(): number {
    return this.generation === generation ? this.entries.size : 0;
  }

  /** The value for `key`, computed (and kept) on a miss; evicts the least recently used entry when full. */
  get(key: K, compute: () => V): V {
    if (!cachesOn) return compute();
    if (this.generation !== generation) this.clear();
    const kept = this.entries.get(key);
    if (kept !== undefined) {
      // A hit only marks its entry (hits are most calls; reordering the Map on each one was a cost of its own).
      kept.used = true;
      return kept.value;
    }
    const value = compute();
    if (this.entries.size >= this.capacity) this.evict();
    this.entries.set(key, { value, used: false });
    return value;
  }

  /** Forgets `key` if it still holds `value` (a kept promise that failed, say, so the next call tries again). */
  delete(key: K, value: V): void {
    if (this.generation === generation && this.entries.get(key)?.value === value) this.entries.delete(key);
  }

  clear(): void {
    this.entries.clear();
    this.generation = generation;
  }

  /**
   * Second chance: the oldest entry goes, unless it was used since it was kept or last spared; then it
   * moves to the newest end, unmarked, and the next oldest is considered. Entries used after they were
   * kept stay before those that were not, as in a least-recently-used list.
   */
  private evict(): void {
    for (const [key, entry] of this.entries) {
      this.entries.delete(key);
      if (!entry.used) return;
      entry.used = false;
      this.entries.set(key, entry);
    }
  }
}

/** Empties every BoundedCache (each on its next use), as after a restart. */
export function emptyAllCaches(): void {
  generation++;
}

/** Runs `work` with every BoundedCache bypassed (nothing read, nothing kept), then switches them back. */
export function withCachesOff<T>(work: () => T): T {
  const before = cachesOn;
  cachesOn = false;
  try {
    return work();
  } finally {
    cachesOn = before;
  }
}
