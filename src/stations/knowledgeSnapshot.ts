/**
 * The knowledge core's start-up work done at build time: `npm run build` loads
 * `data/`, builds the timeline and the place index (station search keys,
 * gazetteer names, boroughs, postcode areas, the locator's vocabulary) and
 * leaves them, data included, beside the compiled module as one V8-serialised
 * file (`knowledge-snapshot.bin`). A production start reads that file instead
 * of parsing the JSON and building the indexes again: the same objects, in
 * about a third of the time (a large share of what StationDesk adds to an echo
 * bot's start).
 *
 * It can never answer from other data than `data/` holds: the snapshot records
 * the SHA-256 of every data file it was built from, and a start uses it only
 * when every file still hashes the same (and the V8 that wrote it is the one
 * reading it); otherwise the start builds everything from `data/`, as a
 * development start (tsx, no snapshot beside `src/`) always does. The test
 * `knowledgeSnapshot.test.ts` proves the built snapshot equals, object for
 * object, what a start computes from `data/`.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { BoroughDirectory } from './boroughs';
import { BoundedCache } from './boundedCache';
import { DATA_FILE_NAMES } from './dataFiles';
import { defaultDataDir, loadKnowledge } from './loadKnowledge';
import { Locator } from './locate';
import type { KnowledgeData } from './model';
import { PlaceGazetteer } from './places';
import { PostcodeDirectory } from './postcodes';
import { StationSearch } from './stationSearch';
import { Timeline } from './timeline';

/** Written by `npm run build` beside the compiled module. */
export const KNOWLEDGE_SNAPSHOT_FILE = 'knowledge-snapshot.bin';

/** The parts of the knowledge core a start would otherwise build from `data/`. */
export interface BuiltKnowledge {
  data: KnowledgeData;
  timeline: Timeline;
  locator: Locator;
}

/**
 * The classes the snapshot's objects belong to: V8's serialiser keeps plain
 * objects, arrays, Maps and Sets (and which objects are shared), not classes,
 * so each instance is listed with its class's name and given its prototype back.
 */
const CLASSES = { Timeline, Locator, StationSearch, PostcodeDirectory, BoroughDirectory, PlaceGazetteer, BoundedCache } as const;
type ClassName = keyof typeof CLASSES;

interface Snapshot {
  /** The V8 that wrote it: another may read its format differently. */
  v8: string;
  /** SHA-256 of each data file the snapshot was built from, by file name. */
  dataHashes: Record<string, string>;
  built: BuiltKnowledge;
  instances: [object, ClassName][];
}

// The files' bytes, not their decoded text: the same digest for UTF-8 files, without decoding a megabyte at every start.
const sha256 = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('hex');

function dataHashesOf(dataDir: string): Record<string, string> {
  const hashes: Record<string, string> = {};
  for (const file of Object.values(DATA_FILE_NAMES)) hashes[file] = sha256(readFileSync(join(dataDir, file)));
  return hashes;
}

/** What a start without a snapshot builds from `data/`. */
export function buildKnowledge(dataDir: string = defaultDataDir()): BuiltKnowledge {
  const data = loadKnowledge(dataDir);
  return { data, timeline: new Timeline(data), locator: new Locator(data) };
}

/** Every class instance reachable from `root`, with its class's name; refuses an object of a class not in CLASSES. */
function instancesIn(root: object): [object, ClassName][] {
  const found: [object, ClassName][] = [];
  const seen = new Set<object>();
  const visit = (value: unknown): void => {
    if (value === null || typeof value !== 'object' || seen.has(value)) return;
    seen.add(value);
    const proto = Object.getPrototypeOf(value) as object | null;
    if (value instanceof Map) {
      for (const entry of value) entry.forEach(visit);
      return;
    }
    if (value instanceof Set) {
      for (const v of value) visit(v);
      return;
    }
    if (proto !== Object.prototype && proto !== Array.prototype && proto !== null) {
      const name = Object.entries(CLASSES).find(([, cls]) => cls.prototype === proto)?.[0] as ClassName | undefined;
      if (!name) throw new Error(`knowledge snapshot: an object of a class it cannot restore (${(proto as { constructor?: { name?: string } }).constructor?.name ?? 'unknown'})`);
      found.push([value, name]);
    }
    for (const key of Reflect.ownKeys(value)) {
      const v = (value as Record<string | symbol, unknown>)[key];
      if (typeof v === 'function') throw new Error(`knowledge snapshot: a function in field ${String(key)}`);
      visit(v);
    }
  };
  visit(root);
  return found;
}

/** `npm run build`: the snapshot of `data/` (see the module comment). */
export function writeKnowledgeSnapshot(dataDir: string = defaultDataDir(), file: string = join(__dirname, KNOWLEDGE_SNAPSHOT_FILE)): void {
  const dataHashes = dataHashesOf(dataDir);
  const built = buildKnowledge(dataDir);
  const snapshot: Snapshot = { v8: process.versions.v8, dataHashes, built, instances: instancesIn(built) };
  writeFileSync(file, serialize(snapshot));
}

/** The snapshot's knowledge, when there is one built from exactly the files in `dataDir` by this V8; otherwise undefined. */
export function readKnowledgeSnapshot(dataDir: string = defaultDataDir(), file: string = join(__dirname, KNOWLEDGE_SNAPSHOT_FILE)): BuiltKnowledge | undefined {
  let snapshot: Snapshot;
  try {
    snapshot = deserialize(readFileSync(file)) as Snapshot;
  } catch {
    return undefined;
  }
  if (snapshot?.v8 !== process.versions.v8 || typeof snapshot.dataHashes !== 'object' || !Array.isArray(snapshot.instances)) return undefined;
  let now: Record<string, string>;
  try {
    now = dataHashesOf(dataDir);
  } catch {
    return undefined;
  }
  const files = Object.keys(now);
  if (files.length !== Object.keys(snapshot.dataHashes).length || files.some((f) => snapshot.dataHashes[f] !== now[f])) return undefined;
  for (const [instance, name] of snapshot.instances) {
    if (!Object.hasOwn(CLASSES, name)) return undefined;
    Object.setPrototypeOf(instance, CLASSES[name].prototype);
    // A cache starts empty, as one made now (of the caches' current generation, see emptyAllCaches).
    if (instance instanceof BoundedCache) instance.clear();
  }
  return snapshot.built;
}
