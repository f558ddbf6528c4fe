/**
 * data/ is checked against its schema (zod): a file that is missing, not JSON,
 * or not the shape the code reads is refused with its name, the line to fix and
 * the field, never cast and trusted. The check is made once by data:build,
 * which stamps the files; a start trusts only files whose content hash and
 * schemas still match the stamp, and checks any other file in full.
 */
import { expect } from 'chai';
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  builtFingerprint,
  computeSchemaFingerprint,
  DATA_STAMP_FILE,
  DataFileError,
  defaultDataDir,
  loadKnowledge,
  schemaFingerprint,
  stampCheckedData,
  unstampedFiles,
  writeBuiltFingerprint,
} from '../../src/stations/loadKnowledge';
import { DATA_FILE_NAMES } from '../../src/stations/dataFiles';
import { jsonValueLines } from '../../src/stations/jsonLines';

/** A copy of data/ with one file's text changed; removed after the test. */
function withChange(file: string, change: (text: string) => string, test: (dir: string) => void): void {
  const dir = mkdtempSync(join(tmpdir(), 'stationdesk-data-'));
  try {
    cpSync(defaultDataDir(), dir, { recursive: true });
    writeFileSync(join(dir, file), change(readFileSync(join(dir, file), 'utf8')));
    test(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function refusal(dir: string): DataFileError {
  try {
    loadKnowledge(dir);
  } catch (err) {
    if (err instanceof DataFileError) return err;
    throw err;
  }
  throw new Error('the broken data loaded');
}

/** The line of `data/<file>` where `needle` first appears. */
function lineOf(text: string, needle: string): number {
  return text.slice(0, text.indexOf(needle)).split('\n').length;
}

describe('loading data/ checks it against its schema', () => {
  it('loads the real data', () => {
    const data = loadKnowledge();
    expect(data.plans.length).to.be.greaterThan(0);
    expect(data.plans.every((p) => p.shortName && p.years.proposed > 0)).to.equal(true);
  });

  it('refuses a plan whose date is not a date: file, line and field', () => {
    withChange('plans.json', (t) => t.replace('"proposedOn":"2017-07"', '"proposedOn":"July 2017"'), (dir) => {
      const err = refusal(dir);
      const text = readFileSync(join(dir, 'plans.json'), 'utf8');
      expect(err.file).to.equal('data/plans.json');
      expect(err.problems[0]).to.deep.include({ line: lineOf(text, '"July 2017"'), field: 'proposedOn' });
      expect(err.message).to.match(/^data\/plans\.json: line \d+, field proposedOn: expected a date YYYY-MM-DD or a month YYYY-MM/);
    });
  });

  it('refuses an event of a kind the timeline does not know', () => {
    withChange('events.json', (t) => t.replace('"kind":"closed"', '"kind":"shut"'), (dir) => {
      const err = refusal(dir);
      const text = readFileSync(join(dir, 'events.json'), 'utf8');
      expect(err.problems[0]).to.deep.include({ line: lineOf(text, '"kind":"shut"'), field: 'kind' });
    });
  });

  it('refuses a missing field, naming the record\'s line (the build writes one record a line)', () => {
    withChange('stations.json', (t) => t.replace(/"borough":"[^"]*",/, ''), (dir) => {
      const err = refusal(dir);
      expect(err.file).to.equal('data/stations.json');
      expect(err.problems[0]).to.deep.include({ line: 2, field: 'borough' });
    });
  });

  it('refuses a nested field in a pretty-printed file at its own line', () => {
    withChange('meta.json', (t) => t.replace(/"since": "[^"]*"/, '"since": 2017'), (dir) => {
      const err = refusal(dir);
      const text = readFileSync(join(dir, 'meta.json'), 'utf8');
      expect(err.problems[0]).to.deep.include({ line: lineOf(text, '"since": 2017'), field: 'counterList.since' });
    });
  });

  it('refuses a file that is not JSON, or is missing, by name', () => {
    withChange('plans.json', (t) => t.slice(0, -5), (dir) => {
      expect(refusal(dir).message).to.match(/^data\/plans\.json: .*cannot load .*plans\.json/);
    });
    withChange('meta.json', () => '', (dir) => {
      rmSync(join(dir, 'meta.json'));
      expect(refusal(dir).message).to.match(/^data\/meta\.json: .*cannot load/);
    });
  });

  it('lets a field a later build adds pass through', () => {
    withChange('plans.json', (t) => t.replace('"id":"2013-police-and-crime-plan"', '"id":"2013-police-and-crime-plan","later":true'), (dir) => {
      const plan = loadKnowledge(dir).plans[0] as unknown as Record<string, unknown>;
      expect(plan.later).to.equal(true);
    });
  });

  it('ships data/ stamped as checked against today\'s schemas, so a start only compares hashes', () => {
    expect(unstampedFiles(), 'run npm run data:build').to.deep.equal([]);
  });

  it('checks in full a file changed after it was stamped, and a file stamped against other schemas', () => {
    // The copy keeps the real stamp: the changed file's hash no longer matches it.
    withChange('events.json', (t) => t.replace('"kind":"closed"', '"kind":"shut"'), (dir) => {
      expect(refusal(dir).file).to.equal('data/events.json');
      expect(unstampedFiles(dir)).to.deep.equal(['events.json']);
    });
    // A stamp whose hashes match but whose schemas differ is not trusted either.
    withChange('events.json', (t) => t.replace('"kind":"closed"', '"kind":"shut"'), (dir) => {
      const stamp = JSON.parse(readFileSync(join(dir, DATA_STAMP_FILE), 'utf8')) as { schema: string; files: Record<string, string> };
      stamp.files['events.json'] = createHash('sha256').update(readFileSync(join(dir, 'events.json'), 'utf8')).digest('hex');
      writeFileSync(join(dir, DATA_STAMP_FILE), JSON.stringify({ ...stamp, schema: 'schemas of an older build' }));
      expect(refusal(dir).file).to.equal('data/events.json');
      // The same stamp made against today's schemas is what lets a start skip the check.
      writeFileSync(join(dir, DATA_STAMP_FILE), JSON.stringify({ ...stamp, schema: schemaFingerprint() }));
      expect(loadKnowledge(dir).events.some((e) => (e.kind as string) === 'shut')).to.equal(true);
      expect(() => loadKnowledge(dir, { checkEveryFile: true })).to.throw(DataFileError, /events\.json/);
    });
  });

  it('stamps only data that passes the check', () => {
    withChange('plans.json', (t) => t.replace('"proposedOn":"2017-07"', '"proposedOn":"July 2017"'), (dir) => {
      rmSync(join(dir, DATA_STAMP_FILE));
      expect(() => stampCheckedData(dir)).to.throw(DataFileError, /plans\.json/);
      expect(unstampedFiles(dir)).to.have.lengthOf(Object.keys(DATA_FILE_NAMES).length);
    });
    withChange('plans.json', (t) => t.replace('"id":"2013-police-and-crime-plan"', '"id":"2013-police-and-crime-plan","later":true'), (dir) => {
      stampCheckedData(dir);
      expect(unstampedFiles(dir)).to.deep.equal([]);
    });
  });

  it('trusts the fingerprint the build left only while the schema module is the one it was worked out from', () => {
    const dir = mkdtempSync(join(tmpdir(), 'stationdesk-fingerprint-'));
    try {
      const file = join(dir, 'schema-fingerprint.json');
      writeBuiltFingerprint(file);
      const moduleText = readFileSync(require.resolve('../../src/stations/dataSchema'), 'utf8');
      expect(builtFingerprint(file, moduleText)).to.equal(computeSchemaFingerprint()).and.to.equal(schemaFingerprint());
      expect(builtFingerprint(file, `${moduleText}\n// a schema changed`), 'another schema module').to.equal(undefined);
      expect(builtFingerprint(join(dir, 'missing.json'), moduleText), 'no file').to.equal(undefined);
      writeFileSync(file, '{ not json');
      expect(builtFingerprint(file, moduleText), 'a damaged file').to.equal(undefined);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('finds the line of any value of a JSON text by its path', () => {
    const lines = jsonValueLines('{\n  "a": [\n    {"b": 1},\n    {"b": "x\\"y", "c": [true, null]}\n  ],\n  "d": {}\n}');
    expect(lines(['a', 0, 'b'])).to.equal(3);
    expect(lines(['a', 1, 'c', 1])).to.equal(4);
    expect(lines(['d'])).to.equal(6);
    expect(lines(['a', 7, 'z']), 'a path the text lacks: its nearest enclosing value').to.equal(2);
  });
});
