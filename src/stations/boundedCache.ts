/**
 * A small least-recently-used cache with a fixed number of entries, for work
 * that does not change within a minute (is a desk open now) or a year (when
 * the clocks change). A Map keeps insertion order, so the oldest entry is the
 * first key; a hit moves its entry to the end.
 *
 * Every cache can be switched off at once (`withCachesOff`) so a test or a
 * benchmark can compute the same answers the slow way and compare, or emptied
 * at once (`emptyAllCaches`) to measure or test a cold start.
 */

let cachesOn = true;
/** Bumped by emptyAllCaches; a cache from an older generation empties itself on its next use. */
let generation = 0;

export class BoundedCache<K, V> {
  private readonly entries = new Map<K, V>();
  private generation = generation;
  /** The most recently used key: a hit on it needs no reordering. */
  private newest: K | undefined;

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
    if (kept !== undefined || this.entries.has(key)) {
      // A run of hits on one key (the same London minute for every desk) moves nothing: it is already the newest.
      if (key !== this.newest) {
        this.entries.delete(key);
        this.entries.set(key, kept as V);
        this.newest = key;
      }
      return kept as V;
    }
    const value = compute();
    if (this.entries.size >= this.capacity) this.entries.delete(this.entries.keys().next().value as K);
    this.entries.set(key, value);
    this.newest = key;
    return value;
  }

  clear(): void {
    this.entries.clear();
    this.newest = undefined;
    this.generation = generation;
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
