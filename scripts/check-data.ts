/**
 * Checks the generated `data/` (`npm run data:check [dataDir]`): prints one
 * line per problem, e.g.
 *
 *   data/events.json row 12 (ev-12): event for unknown station "foo"
 *
 * and exits 1, or prints a one-line summary and exits 0. A file that is
 * missing or not valid JSON is reported by name, never as a stack trace.
 * Notes (what the data lacks that answers handle honestly, such as a cited
 * domain with no publisher row in the resident facts) are printed and do not fail.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DATA_FILE_NAMES } from '../src/stations/dataFiles';
import { DATA_STAMP_FILE, DataFileError, loadKnowledge, unstampedFiles } from '../src/stations/loadKnowledge';
import type { KnowledgeData } from '../src/stations/model';
import { dataNotices, describeProblem, validateKnowledge, type DataProblem } from '../src/stations/validateData';

const FILES: Record<keyof KnowledgeData, string> = DATA_FILE_NAMES;

function readData(dataDir: string): { data: KnowledgeData | null; problems: DataProblem[] } {
  const problems: DataProblem[] = [];
  const parsed: Record<string, unknown> = {};
  for (const [key, name] of Object.entries(FILES)) {
    const file = `data/${name}`;
    const path = join(dataDir, name);
    if (!existsSync(path)) {
      problems.push({ file, reason: `file missing (looked for ${path})` });
      continue;
    }
    try {
      parsed[key] = JSON.parse(readFileSync(path, 'utf8'));
    } catch (err) {
      problems.push({ file, reason: `not valid JSON: ${(err as Error).message}` });
    }
  }
  return { data: problems.length === 0 ? (parsed as unknown as KnowledgeData) : null, problems };
}

/** The schema check every start would otherwise make (the first problem it finds). */
function schemaProblems(dataDir: string): DataProblem[] {
  try {
    loadKnowledge(dataDir, { checkEveryFile: true });
  } catch (err) {
    if (err instanceof DataFileError) return [{ file: err.file, reason: err.message.slice(err.file.length + 2) }];
    throw err;
  }
  return [];
}

/** Files data:build did not stamp as checked, so every start would check them in full. */
function stampProblems(dataDir: string): DataProblem[] {
  return unstampedFiles(dataDir).map((file) => ({
    file: `data/${file}`,
    reason: `not stamped as checked (${DATA_STAMP_FILE}): every start would check it in full; run npm run data:build`,
  }));
}

function main(): number {
  const dataDir = resolve(process.argv[2] ?? join(__dirname, '..', 'data'));
  const { data, problems } = readData(dataDir);
  if (data) problems.push(...validateKnowledge(data), ...schemaProblems(dataDir));
  // Only good data is worth stamping: the stamp is asked for once everything else is right.
  if (data && problems.length === 0) problems.push(...stampProblems(dataDir));
  if (problems.length > 0) {
    for (const p of problems) console.error(describeProblem(p));
    console.error(`data check failed: ${problems.length} problem${problems.length === 1 ? '' : 's'} in ${dataDir}`);
    return 1;
  }
  const d = data as KnowledgeData;
  const notices = dataNotices(d);
  for (const n of notices) console.log(`note: ${describeProblem(n)}`);
  console.log(
    `data OK: ${d.stations.length} stations, ${d.events.length} events, ${d.plans.length} plans, ${d.publishers.length} publishers, ` +
      `${d.districts.length} districts, ${d.sectors.length} sectors, ${d.places.length} places, ${d.railPlaces.length} railway-station places, ${d.tubePlaces.length} Underground-station places; sources up to ${d.meta.sourcesUpTo}` +
      `${notices.length > 0 ? `; ${notices.length} note${notices.length === 1 ? '' : 's'} above` : ''} (${dataDir})`,
  );
  return 0;
}

process.exitCode = main();
