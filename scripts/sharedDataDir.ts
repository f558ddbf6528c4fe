/**
 * Where `npm run data:build` reads the researched data from: the first
 * argument, else the STATIONDESK_SHARED_DATA environment variable. There is no
 * guessed default: a build from the wrong folder would quietly change every
 * answer, so a missing or incomplete folder stops the build with what to set.
 */
import { existsSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const SHARED_DATA_VARIABLE = 'STATIONDESK_SHARED_DATA';

/** The files the build reads; the folder must hold every one. */
export const SHARED_DATA_FILES = [
  'stations.csv',
  'events.csv',
  'plans.csv',
  'publishers.csv',
  'resident-facts.md',
  'london-outcodes.csv',
  'london-sectors.csv',
  'SOURCES.md',
  'CODE-POINT-OPEN-LICENCE.txt',
] as const;

export class SharedDataNotFound extends Error {}

const HOW = `Give the folder holding the shared research data (stations.csv, events.csv, ...) as the first argument (npm run data:build -- /path/to/shared/data) or set ${SHARED_DATA_VARIABLE}=/path/to/shared/data.`;

/** The shared data folder, checked to hold every file the build reads. */
export function sharedDataDir(argument: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  const given = argument?.trim() || env[SHARED_DATA_VARIABLE]?.trim();
  if (!given) throw new SharedDataNotFound(`No shared data folder given. ${HOW}`);
  const dir = resolve(given);
  const from = argument?.trim() ? 'the argument' : SHARED_DATA_VARIABLE;
  if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new SharedDataNotFound(`${dir} (from ${from}) is not a folder. ${HOW}`);
  const missing = SHARED_DATA_FILES.filter((file) => !existsSync(join(dir, file)));
  if (missing.length > 0) throw new SharedDataNotFound(`${dir} (from ${from}) lacks ${missing.join(', ')}. ${HOW}`);
  return dir;
}
