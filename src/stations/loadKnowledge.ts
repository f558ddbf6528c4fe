/**
 * Loads the generated `data/` files into memory, checking each against its
 * schema (`dataSchema.ts`): a file that is missing, not JSON or not the shape
 * the code reads is refused with its name, line and field. Synchronous and done
 * once at start-up: the whole knowledge base is under a megabyte of JSON.
 *
 * The schema check itself is done once, when `npm run data:build` writes the
 * files (a quarter of a second, most of StationDesk's own start-up otherwise):
 * it leaves a stamp (`schema-checked.json`) with each file's content hash and
 * the schemas' fingerprint. A start trusts a file only when both still match,
 * which costs a hash of the text; any other file (edited by hand, written by an
 * older build, or checked against other schemas) gets the full check again.
 * `npm run build` also leaves the fingerprint beside the compiled module, so a
 * production start neither builds the schemas nor turns them into JSON Schema
 * unless a file needs checking.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { DATA_FILE_NAMES } from './dataFiles';
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

/** The stamp `npm run data:build` leaves beside the files it checked. */
export const DATA_STAMP_FILE = 'schema-checked.json';

interface DataStamp {
  /** Fingerprint of the schemas the files were checked against. */
  schema: string;
  /** Each checked file's content hash, by file name. */
  files: Record<string, string>;
}

const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

/** The schemas (zod), loaded only when a file must be checked or the fingerprint worked out. */
function dataSchemas(): typeof import('./dataSchema') {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require('./dataSchema') as typeof import('./dataSchema');
}

/** Written by `npm run build` beside the compiled module: the fingerprint, and a hash of the compiled schema module it was worked out from. */
export const BUILT_FINGERPRINT_FILE = 'schema-fingerprint.json';

let fingerprint: string | undefined;
/** Changes whenever a schema in dataSchema.ts changes what it accepts (its JSON Schema), so an old stamp is not trusted. */
export function schemaFingerprint(): string {
  fingerprint ??= builtFingerprint(join(__dirname, BUILT_FINGERPRINT_FILE), schemaModuleText()) ?? computeSchemaFingerprint();
  return fingerprint;
}

export function computeSchemaFingerprint(): string {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { z } = require('zod') as typeof import('zod');
  return sha256(JSON.stringify(Object.entries(dataSchemas().DATA_FILES).map(([part, { file, schema }]) => [part, file, z.toJSONSchema(schema)])));
}

function schemaModuleText(): string | undefined {
  try {
    return readFileSync(require.resolve('./dataSchema'), 'utf8');
  } catch {
    return undefined;
  }
}

/** The fingerprint the build left, when it was worked out from this very schema module; otherwise undefined. */
export function builtFingerprint(file: string, moduleText: string | undefined): string | undefined {
  if (moduleText === undefined) return undefined;
  try {
    const built = JSON.parse(readFileSync(file, 'utf8')) as { fingerprint?: unknown; schemaModule?: unknown };
    return typeof built.fingerprint === 'string' && built.schemaModule === sha256(moduleText) ? built.fingerprint : undefined;
  } catch {
    return undefined;
  }
}

/** `npm run build`: the fingerprint beside the compiled module (see BUILT_FINGERPRINT_FILE). */
export function writeBuiltFingerprint(file: string = join(__dirname, BUILT_FINGERPRINT_FILE)): void {
  const moduleText = schemaModuleText();
  if (moduleText === undefined) throw new Error('the compiled schema module (dataSchema) was not found');
  writeFileSync(file, `${JSON.stringify({ fingerprint: computeSchemaFingerprint(), schemaModule: sha256(moduleText) })}\n`);
}

/** The stamp, if there is one made against today's schemas; anything unreadable counts as no stamp. */
function currentStamp(dataDir: string): DataStamp | undefined {
  try {
    const stamp = JSON.parse(readFileSync(join(dataDir, DATA_STAMP_FILE), 'utf8')) as Partial<DataStamp>;
    return stamp.schema === schemaFingerprint() && typeof stamp.files === 'object' && stamp.files !== null ? (stamp as DataStamp) : undefined;
  } catch {
    return undefined;
  }
}

function readFile<K extends keyof KnowledgeData>(dataDir: string, part: K, stamp: DataStamp | undefined): KnowledgeData[K] {
  const file = DATA_FILE_NAMES[part];
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
  if (stamp?.files[file] === sha256(text)) return json as KnowledgeData[K];
  const checked = dataSchemas().DATA_FILES[part].schema.safeParse(json);
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

/** `checkEveryFile` ignores the stamp (data:build and data:check use it). */
export function loadKnowledge(dataDir: string = defaultDataDir(), options: { checkEveryFile?: boolean } = {}): KnowledgeData {
  const stamp = options.checkEveryFile ? undefined : currentStamp(dataDir);
  return {
    stations: readFile(dataDir, 'stations', stamp),
    events: readFile(dataDir, 'events', stamp),
    plans: readFile(dataDir, 'plans', stamp),
    districts: readFile(dataDir, 'districts', stamp),
    sectors: readFile(dataDir, 'sectors', stamp),
    places: readFile(dataDir, 'places', stamp),
    placesElsewhere: readFile(dataDir, 'placesElsewhere', stamp),
    railPlaces: readFile(dataDir, 'railPlaces', stamp),
    tubePlaces: readFile(dataDir, 'tubePlaces', stamp),
    residentFacts: readFile(dataDir, 'residentFacts', stamp),
    publishers: readFile(dataDir, 'publishers', stamp),
    meta: readFile(dataDir, 'meta', stamp),
  };
}

function stampOf(dataDir: string): DataStamp {
  const files: Record<string, string> = {};
  for (const file of Object.values(DATA_FILE_NAMES)) files[file] = sha256(readFileSync(join(dataDir, file), 'utf8'));
  return { schema: schemaFingerprint(), files };
}

/** Checks every file against its schema (throwing DataFileError) and, when all pass, stamps them so starts can skip the check. */
export function stampCheckedData(dataDir: string = defaultDataDir()): void {
  loadKnowledge(dataDir, { checkEveryFile: true });
  writeFileSync(join(dataDir, DATA_STAMP_FILE), `${JSON.stringify(stampOf(dataDir), null, 2)}\n`);
}

/** Files whose stamp is missing or stale (so every start checks them in full), for `npm run data:check`. */
export function unstampedFiles(dataDir: string = defaultDataDir()): string[] {
  const stamp = currentStamp(dataDir);
  const now = stampOf(dataDir);
  return Object.keys(now.files).filter((file) => stamp?.files[file] !== now.files[file]);
}
