/**
 * Regenerates `data/` from the researched sources in the shared data folder
 * (`npm run data:build -- <shared data dir> [out dir]`, or the folder in
 * STATIONDESK_SHARED_DATA). The output is committed, so the bot runs without
 * the shared folder. Formats: JSON with one record per line, which loads with a single
 * JSON.parse and diffs line by line when a fact changes.
 *
 * The build converts faithfully and keeps every source and confidence; it does
 * not judge the data. `npm run data:check` does that.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseCsv, splitList } from '../src/stations/csv';
import { nameVariants } from '../src/stations/places';
import { normaliseText, stripGenericWords } from '../src/stations/stationSearch';
import { stampCheckedData } from '../src/stations/loadKnowledge';
import type {
  Confidence,
  DataMeta,
  DatePrecision,
  DateQualifier,
  EventKind,
  PlanRecord,
  PostcodeArea,
  Publisher,
  PublisherKind,
  SiteLocation,
  Station,
  TimelineEvent,
} from '../src/stations/model';
import { APPROXIMATE_SITE_DISTRICTS } from './approximateSiteDistricts';
import { counterListOf, describePlans } from './planFacts';
import { lastVerifiedOn } from './lastVerifiedOn';
import { buildGazetteerPlaces } from './gazetteerPlaces';
import { railStationPlaces } from './railStationPlaces';
import { comparableName } from './stationPlaces';
import { tubeStationPlaces } from './tubeStationPlaces';
import { parseResidentFacts } from './residentFacts';
import { SharedDataNotFound, sharedDataDir } from './sharedDataDir';

const sourceDir = sharedDataDirOrExit();
const outDir = resolve(process.argv[3] ?? join(__dirname, '..', 'data'));

function read(file: string): string {
  return readFileSync(join(sourceDir, file), 'utf8');
}

/** One JSON record per line inside a top-level array. */
function writeRecords(file: string, records: unknown[]): void {
  const body = records.map((r) => JSON.stringify(r)).join(',\n');
  writeFileSync(join(outDir, file), `[\n${body}\n]\n`);
  console.log(`data/${file}: ${records.length} records`);
}

function toNumber(cell: string): number | null {
  return cell.trim() === '' ? null : Number(cell);
}

function loadAreas(file: string, codeColumn: string): PostcodeArea[] {
  return parseCsv(read(file)).rows.map(({ values: v }) => ({
    code: v[codeColumn],
    lat: Number(v.lat),
    lon: Number(v.lon),
    borough: v.borough,
    londonShare: Number(v.london_share),
    nPostcodes: Number(v.n_postcodes),
    londonLat: Number(v.london_lat),
    londonLon: Number(v.london_lon),
    boroughs: Object.fromEntries(
      splitList(v.boroughs).map((pair) => {
        const i = pair.lastIndexOf(':');
        return [pair.slice(0, i), Number(pair.slice(i + 1))];
      }),
    ),
  }));
}

/**
 * Sites with no coordinates get an approximate point: the sector centroid of
 * their own postcode when it is known but missing from Code-Point Open, else the
 * centroid of the postcode district named for the place in their address.
 */
function locate(
  v: Record<string, string>,
  sectors: Map<string, PostcodeArea>,
  districts: Map<string, PostcodeArea>,
): SiteLocation | null {
  const lat = toNumber(v.lat);
  const lon = toNumber(v.lon);
  if (lat !== null && lon !== null) {
    return { lat, lon, precision: 'postcode-unit', basis: `postcode-unit centroid of ${v.postcode} (OS Code-Point Open)` };
  }
  const postcode = v.postcode.trim().toUpperCase();
  if (postcode) {
    const sector = sectors.get(postcode.slice(0, -2));
    if (sector) {
      return { lat: sector.londonLat, lon: sector.londonLon, precision: 'approximate', basis: `centroid of postcode sector ${sector.code} (${postcode} itself is not in Code-Point Open)` };
    }
  }
  const guess = APPROXIMATE_SITE_DISTRICTS[v.id];
  if (!guess) return null;
  const district = districts.get(guess.district);
  if (!district) throw new Error(`approximateSiteDistricts: ${v.id} names district ${guess.district}, which is not in london-outcodes.csv`);
  return {
    lat: district.londonLat,
    lon: district.londonLon,
    precision: 'approximate',
    basis: `centroid of postcode district ${district.code} (${guess.place}, from the address); no postcode is known for this site`,
  };
}

/** Reads the row conventions of SOURCES.md §5.2 from the notes' opening words. */
function dateQualifierOf(notes: string): DateQualifier {
  if (/^Terminus-ante-quem/i.test(notes)) return 'by';
  if (/^(Estimated|Expected date)|\(estimated date\)/i.test(notes)) return 'estimated';
  if (/^Scheduled date/i.test(notes)) return 'scheduled';
  return 'on';
}

/** The shared data folder, or a message saying what to set and exit code 1 (no stack trace). */
function sharedDataDirOrExit(): string {
  try {
    return sharedDataDir(process.argv[2]);
  } catch (error) {
    if (!(error instanceof SharedDataNotFound)) throw error;
    console.error(`data:build: ${error.message}`);
    process.exit(1);
  }
}

function main(): void {
  mkdirSync(outDir, { recursive: true });
  const districts = loadAreas('london-outcodes.csv', 'outcode');
  const sectors = loadAreas('london-sectors.csv', 'sector');
  const districtByCode = new Map(districts.map((d) => [d.code, d]));
  const sectorByCode = new Map(sectors.map((s) => [s.code, s]));

  const stations: Station[] = parseCsv(read('stations.csv')).rows.map(({ values: v }) => ({
    id: v.id.trim(),
    name: v.name.trim(),
    aliases: splitList(v.aliases),
    borough: v.borough.trim(),
    address: v.address.trim() || null,
    postcode: v.postcode.trim() || null,
    location: locate(v, sectorByCode, districtByCode),
    notes: v.notes.trim(),
  }));

  // Kinds, confidences and dates are copied as written; the validator rejects
  // anything outside the vocabulary, with the row number.
  const events: TimelineEvent[] = parseCsv(read('events.csv')).rows.map(({ row, values: v }) => ({
    id: `ev-${row}`,
    stationId: v.station_id.trim() || null,
    date: v.date.trim(),
    datePrecision: v.date_precision.trim() as DatePrecision,
    dateQualifier: dateQualifierOf(v.notes.trim()),
    kind: v.kind.trim() as EventKind,
    planId: v.plan.trim() || null,
    value: v.value.trim(),
    sources: splitList(v.source_urls),
    confidence: v.confidence.trim() as Confidence,
    notes: v.notes.trim(),
    conflict: /^CONFLICT/.test(v.notes.trim()),
  }));

  const planRecords: PlanRecord[] = parseCsv(read('plans.csv')).rows.map(({ values: v }) => ({
    id: v.id.trim(),
    name: v.name.trim(),
    body: v.body.trim(),
    proposedOn: v.proposed_on.trim(),
    decidedOn: v.decided_on.trim(),
    status: v.status.trim(),
    summary: v.summary.trim(),
    sources: splitList(v.source_urls),
  }));

  // Kinds are copied as written; the validator rejects any outside the vocabulary and any cited domain without a row.
  const publishers: Publisher[] = parseCsv(read('publishers.csv')).rows.map(({ values: v }) => ({
    domain: v.domain.trim().toLowerCase(),
    name: v.publisher.trim(),
    kind: v.kind.trim() as PublisherKind,
    notes: v.notes.trim(),
  }));

  // What understanding and answers know of each plan (its names, years and closure rounds) comes from here, not from code.
  const residentFacts = parseResidentFacts(read('resident-facts.md'));
  const plans = describePlans(planRecords, events, residentFacts);

  const sourcesMd = read('SOURCES.md');
  const verifiedOn = lastVerifiedOn(sourcesMd);
  if (!/No source dated after 28 Feb 2026 was found/.test(sourcesMd)) {
    throw new Error('SOURCES.md: the statement on the latest source date changed; update sourcesUpTo in scripts/build-data.ts');
  }
  // The licence file is Latin-1 (its © is byte 0xA9); store it as UTF-8.
  const licence = readFileSync(join(sourceDir, 'CODE-POINT-OPEN-LICENCE.txt'), 'latin1');
  const gazetteer = buildGazetteerPlaces(sectors);
  const rail = railStationPlaces(
    sectors,
    new Set(gazetteer.places.map((p) => comparableName(p.name))),
    new Set(gazetteer.places.map((p) => p.id)),
  );
  // Underground stations name only what nothing else has: no gazetteer or railway place (by any name it is found by:
  // "Knightsbridge" of "Knightsbridge and Belgravia"), borough, or counter (its name or an alias, without the police
  // words: Islington's "Angel", Southwark's "Borough police station").
  const tube = tubeStationPlaces(
    sectors,
    new Set([
      ...[...gazetteer.places, ...rail.places].flatMap((p) => nameVariants(p.name, p.inLondon)).map(comparableName),
      ...sectors.map((s) => comparableName(s.borough)),
      ...stations.flatMap((s) => [s.name, ...s.aliases]).map((name) => comparableName(stripGenericWords(normaliseText(name)))),
    ]),
    new Set([...gazetteer.places, ...rail.places].map((p) => p.id)),
  );
  const meta: DataMeta = {
    verifiedOn,
    sourcesUpTo: '2026-02-28',
    attribution:
      'Contains OS data © Crown copyright and database right 2025; Contains Royal Mail data © Royal Mail copyright and database right 2025; Contains National Statistics data © Crown copyright and database right 2025. Postcode centroids from OS Code-Point Open 2025.4, under the Open Government Licence v3.0.',
    gazetteer: gazetteer.meta,
    railPlaces: rail.meta,
    tubePlaces: tube.meta,
    builtFrom: `shared/data: stations.csv, events.csv, plans.csv, publishers.csv, resident-facts.md, london-outcodes.csv, london-sectors.csv, SOURCES.md; places: ${[gazetteer.meta, ...(gazetteer.meta.more ?? [])].map((g) => g.package).join(', ')}; railway-station places: ${rail.meta.package}; Underground-station places: ${tube.meta.package}`,
    counterList: counterListOf(stations, plans),
  };

  writeRecords('stations.json', stations);
  writeRecords('events.json', events);
  writeRecords('plans.json', plans);
  writeRecords('publishers.json', publishers);
  writeRecords('postcode-districts.json', districts);
  writeRecords('postcode-sectors.json', sectors);
  writeRecords('places.json', gazetteer.places);
  writeRecords('places-elsewhere.json', gazetteer.elsewhere);
  writeRecords('places-rail.json', rail.places);
  writeRecords('places-tube.json', tube.places);
  writeFileSync(join(outDir, 'resident-facts.json'), JSON.stringify(residentFacts, null, 2) + '\n');
  writeFileSync(join(outDir, 'meta.json'), JSON.stringify(meta, null, 2) + '\n');
  // The licence travels with the data (OGL attribution), and so does the research log.
  writeFileSync(join(outDir, 'CODE-POINT-OPEN-LICENCE.txt'), licence);
  writeFileSync(join(outDir, 'SOURCES.md'), sourcesMd);
  // Checked against the schemas here, once, so a start only compares content hashes (src/stations/loadKnowledge.ts).
  stampCheckedData(outDir);
  console.log(`built data/ from ${sourceDir} (verified ${verifiedOn})`);
}

main();
