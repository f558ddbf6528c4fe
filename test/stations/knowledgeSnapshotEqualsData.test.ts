/**
 * The knowledge snapshot `npm run build` leaves beside the compiled core (knowledgeSnapshot.ts) is what a
 * production start reads instead of building the timeline and place index from data/. It must be exactly
 * what a start would build from today's data/ (object for object: classes, fields, Map and Set order,
 * shared objects, frozen or not), it must read every recorded message as recorded, and it must be refused
 * once a data file no longer matches it.
 */
import { expect } from 'chai';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DateTime } from 'luxon';
import { FrontCounterKnowledge } from '../../src/stations';
import { emptyAllCaches } from '../../src/stations/boundedCache';
import { defaultDataDir } from '../../src/stations/loadKnowledge';
import { buildKnowledge, KNOWLEDGE_SNAPSHOT_FILE, readKnowledgeSnapshot, writeKnowledgeSnapshot, type BuiltKnowledge } from '../../src/stations/knowledgeSnapshot';
import { CorePlaceFinder } from '../../src/understanding/corePlaceFinder';
import { understand } from '../../src/understanding/understand';
import { canonicalQuestion } from '../understanding/golden/canonical';
import { readGolden } from '../understanding/golden/goldenFile';

const BUILT_SNAPSHOT = join(__dirname, '../../dist/src/stations', KNOWLEDGE_SNAPSHOT_FILE);

/**
 * Where two object graphs differ (empty when they are the same): every object compared with its counterpart
 * for prototype, own keys in order (symbols and non-enumerable ones too), property flags, frozen and
 * extensible state, Map and Set entries in order, typed arrays' contents, and one object shared by two
 * places on one side is one object shared by the same places on the other.
 */
function graphDifferences(a: unknown, b: unknown): string[] {
  const differences: string[] = [];
  const counterpart = new Map<object, object>();
  const compare = (x: unknown, y: unknown, path: string): void => {
    if (differences.length >= 10) return;
    if (x === null || y === null || typeof x !== 'object' || typeof y !== 'object') {
      if (!Object.is(x, y) && !(typeof x === 'function' && typeof y === 'function' && x.toString() === y.toString())) differences.push(`${path}: ${String(x)} vs ${String(y)}`);
      return;
    }
    const seen = counterpart.get(x) as object | undefined;
    if (seen !== undefined) {
      if (seen !== y) differences.push(`${path}: shared differently`);
      return;
    }
    if (counterpart.has(y)) return void differences.push(`${path}: shared differently`);
    counterpart.set(x, y).set(y, x);
    if (Object.getPrototypeOf(x) !== Object.getPrototypeOf(y)) return void differences.push(`${path}: another class`);
    if (Object.isFrozen(x) !== Object.isFrozen(y) || Object.isExtensible(x) !== Object.isExtensible(y)) differences.push(`${path}: frozen or extensible differently`);
    if (x instanceof Map && y instanceof Map) {
      const [xs, ys] = [[...x], [...y]];
      if (xs.length !== ys.length) differences.push(`${path}: ${xs.length} vs ${ys.length} entries`);
      xs.forEach(([k, v], i) => (compare(k, ys[i]?.[0], `${path}.key(${i})`), compare(v, ys[i]?.[1], `${path}.get(${String(k)})`)));
    } else if (x instanceof Set && y instanceof Set) {
      const [xs, ys] = [[...x], [...y]];
      if (xs.length !== ys.length) differences.push(`${path}: ${xs.length} vs ${ys.length} members`);
      xs.forEach((v, i) => compare(v, ys[i], `${path}[member ${i}]`));
    } else if (ArrayBuffer.isView(x) && ArrayBuffer.isView(y)) {
      if (Buffer.compare(Buffer.from(x.buffer, x.byteOffset, x.byteLength), Buffer.from(y.buffer, y.byteOffset, y.byteLength)) !== 0) differences.push(`${path}: other contents`);
    }
    const [xk, yk] = [Reflect.ownKeys(x), Reflect.ownKeys(y)];
    if (xk.map(String).join() !== yk.map(String).join()) return void differences.push(`${path}: keys ${xk.map(String).join()} vs ${yk.map(String).join()}`);
    for (const key of xk) {
      const [dx, dy] = [Reflect.getOwnPropertyDescriptor(x, key)!, Reflect.getOwnPropertyDescriptor(y, key)!];
      if (dx.enumerable !== dy.enumerable || dx.writable !== dy.writable || dx.configurable !== dy.configurable || 'get' in dx !== 'get' in dy) differences.push(`${path}.${String(key)}: other flags`);
      compare(dx.value, dy.value, `${path}.${String(key)}`);
    }
  };
  compare(a, b, 'knowledge');
  return differences;
}

/** A copy of data/ in a temporary folder, removed after `test`. */
function withDataCopy(test: (dir: string) => void): void {
  const dir = mkdtempSync(join(tmpdir(), 'stationdesk-snapshot-'));
  try {
    cpSync(defaultDataDir(), dir, { recursive: true });
    test(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('the knowledge snapshot a production start reads equals what it would build from data/', function () {
  // Builds the whole place index twice and reads the golden recording: seconds on a busy machine.
  this.timeout(60_000);
  let computed: BuiltKnowledge;
  // Built for each test: a cache made before emptyAllCaches is of an older generation than one made after.
  beforeEach(() => (computed = buildKnowledge()));

  it('the snapshot `npm run build` left in dist/ is, object for object, what data/ builds today', () => {
    expect(existsSync(BUILT_SNAPSHOT), `${BUILT_SNAPSHOT} is missing: run npm run build`).to.equal(true);
    const built = readKnowledgeSnapshot(defaultDataDir(), BUILT_SNAPSHOT);
    expect(built, 'the built snapshot was refused (made from other data/ files, or by another V8): run npm run build').to.not.equal(undefined);
    expect(graphDifferences(built, computed)).to.deep.equal([]);
  });

  it('restores its caches empty, as caches made now, after every cache was emptied (emptyAllCaches)', () => {
    emptyAllCaches();
    expect(graphDifferences(readKnowledgeSnapshot(defaultDataDir(), BUILT_SNAPSHOT), buildKnowledge())).to.deep.equal([]);
  });

  it('tells a snapshot apart from data it differs from (the comparison is not blind)', () => {
    const other = buildKnowledge();
    other.locator.stationSearch.keys[0].isPlace = !other.locator.stationSearch.keys[0].isPlace;
    expect(graphDifferences(other, computed)).to.deep.equal([`knowledge.locator.stationSearch.keys.0.isPlace: ${String(!computed.locator.stationSearch.keys[0].isPlace)} vs ${String(computed.locator.stationSearch.keys[0].isPlace)}`]);
    Object.freeze(other.data.meta);
    expect(graphDifferences(other, computed)).to.include('knowledge.data.meta: frozen or extensible differently');
  });

  it('reads every recorded message as recorded, from a snapshot written and read back', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'stationdesk-snapshot-')), KNOWLEDGE_SNAPSHOT_FILE);
    try {
      writeKnowledgeSnapshot(defaultDataDir(), file);
      const snapshot = readKnowledgeSnapshot(defaultDataDir(), file);
      expect(graphDifferences(snapshot, computed)).to.deep.equal([]);
      const finder = CorePlaceFinder.of(new FrontCounterKnowledge(snapshot!.data, snapshot));
      const lines = readGolden();
      const differ = lines.filter((line) => {
        const now = DateTime.fromISO(line.now, { zone: line.zone });
        return JSON.stringify(canonicalQuestion(understand(line.say, line.context ?? {}, now, finder))) !== JSON.stringify(line.question);
      });
      expect(lines.length).to.be.greaterThan(1000);
      expect(differ.map((l) => l.say)).to.deep.equal([]);
    } finally {
      rmSync(join(file, '..'), { recursive: true, force: true });
    }
  });

  it('is refused, and the knowledge built from data/, once a data file changes', () => {
    withDataCopy((dir) => {
      const file = join(dir, KNOWLEDGE_SNAPSHOT_FILE);
      writeKnowledgeSnapshot(dir, file);
      expect(readKnowledgeSnapshot(dir, file)).to.not.equal(undefined);
      const meta = join(dir, 'meta.json');
      writeFileSync(meta, readFileSync(meta, 'utf8').replace(/\n$/, ' \n'));
      expect(readKnowledgeSnapshot(dir, file)).to.equal(undefined);
    });
  });

  it('is refused when it cannot be read, and a start then builds everything from data/', () => {
    withDataCopy((dir) => {
      const file = join(dir, KNOWLEDGE_SNAPSHOT_FILE);
      writeFileSync(file, 'not a snapshot');
      expect(readKnowledgeSnapshot(dir, file)).to.equal(undefined);
      expect(readKnowledgeSnapshot(dir, join(dir, 'missing.bin'))).to.equal(undefined);
    });
    expect(graphDifferences(FrontCounterKnowledge.load().locator, computed.locator)).to.deep.equal([]);
  });
});
