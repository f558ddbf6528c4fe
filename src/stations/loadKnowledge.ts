/**
 * Loads the generated `data/` files into memory. Synchronous and done once at
 * start-up: the whole knowledge base is under a megabyte of JSON.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { DataMeta, GazetteerPlace, KnowledgeData, Plan, PostcodeArea, Publisher, ResidentFacts, Station, TimelineEvent } from './model';

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

function readJson<T>(dataDir: string, file: string): T {
  const path = join(dataDir, file);
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as T;
  } catch (err) {
    throw new Error(`cannot load ${path}: ${(err as Error).message}`);
  }
}

export function loadKnowledge(dataDir: string = defaultDataDir()): KnowledgeData {
  return {
    stations: readJson<Station[]>(dataDir, 'stations.json'),
    events: readJson<TimelineEvent[]>(dataDir, 'events.json'),
    plans: readJson<Plan[]>(dataDir, 'plans.json'),
    districts: readJson<PostcodeArea[]>(dataDir, 'postcode-districts.json'),
    sectors: readJson<PostcodeArea[]>(dataDir, 'postcode-sectors.json'),
    places: readJson<GazetteerPlace[]>(dataDir, 'places.json'),
    placesElsewhere: readJson<string[]>(dataDir, 'places-elsewhere.json'),
    residentFacts: readJson<ResidentFacts>(dataDir, 'resident-facts.json'),
    publishers: readJson<Publisher[]>(dataDir, 'publishers.json'),
    meta: readJson<DataMeta>(dataDir, 'meta.json'),
  };
}
