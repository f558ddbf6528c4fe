/**
 * Loads the generated `data/` files into memory, checking each against its
 * schema (`dataSchema.ts`): a file that is missing, not JSON or not the shape
 * the code reads is refused with its name, line and field. Synchronous and done
 * once at start-up: the whole knowledge base is under a megabyte of JSON.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { DATA_FILES } from './dataSchema';
import { jsonValueLines } from './jsonLines';
import type { KnowledgeData } from './model';

/** The data folder: found by walking up from this module, so it works from `src/` (tsx) and `dist/src/` (node). */
export function defaultDataDir(): string {
  let dir = __dirname;
  for (;;) {
    if (existsSync(join(dir, 'data', 'meta.json'))) return join(dir, 'data');
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`StationDesk data folder not found above ${__dirname}`);
    dir = parent;
  }
}

/** A `data/` file the bot cannot trust: `data/plans.json line 3, field proposedOn: expected a date ...`. */
export class DataFileError extends Error {
  constructor(
    readonly file: string,
    readonly problems: { line?: number; field: string; reason: string }[],
  ) {
    super(`${file}: ${problems.map((p) => `${p.line !== undefined ? `line ${p.line}, ` : ''}field ${p.field || '(the whole file)'}: ${p.reason}`).join('; ')}`);
    this.name = 'DataFileError';
  }
}

/** How many problems of one file are worth listing: the first few say what is wrong. */
const PROBLEMS_SHOWN = 5;

function readFile<K extends keyof KnowledgeData>(dataDir: string, part: K): KnowledgeData[K] {
  const { file, schema } = DATA_FILES[part];
  const path = join(dataDir, file);
  const shown = `data/${file}`;
  let text: string;
  let json: unknown;
  try {
    text = readFileSync(path, 'utf8');
    json = JSON.parse(text);
  } catch (err) {
    throw new DataFileError(shown, [{ field: '', reason: `cannot load ${path}: ${(err as Error).message}` }]);
  }
  const checked = schema.safeParse(json);
  if (checked.success) return json as KnowledgeData[K];
  const lineOf = jsonValueLines(text);
  throw new DataFileError(
    shown,
    checked.error.issues.slice(0, PROBLEMS_SHOWN).map((issue) => ({
      line: lineOf(issue.path),
      // The record's index is a position, not a field: `[12, 'proposedOn']` names field proposedOn of record 13.
      field: issue.path.filter((p) => typeof p !== 'number').join('.'),
      reason: issue.message,
    })),
  );
}

export function loadKnowledge(dataDir: string = defaultDataDir()): KnowledgeData {
  return {
    stations: readFile(dataDir, 'stations'),
    events: readFile(dataDir, 'events'),
    plans: readFile(dataDir, 'plans'),
    districts: readFile(dataDir, 'districts'),
    sectors: readFile(dataDir, 'sectors'),
    places: readFile(dataDir, 'places'),
    placesElsewhere: readFile(dataDir, 'placesElsewhere'),
    residentFacts: readFile(dataDir, 'residentFacts'),
    publishers: readFile(dataDir, 'publishers'),
    meta: readFile(dataDir, 'meta'),
  };
}
