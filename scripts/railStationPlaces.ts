/**
 * London neighbourhoods named after their railway stations, which neither
 * gazetteer has (Herne Hill, Sydenham, Homerton, Wapping, Elephant and Castle,
 * Liverpool Street, Denmark Hill): a resident says "near Herne Hill" of the
 * area around its station, and the station's point is a fair centre for it.
 * From the npm package `uk-railway-stations` (David Wheatley's database of the
 * stations National Rail's Darwin knows, from Trainline EU's stations data),
 * licensed under the Open Database License: read here at build time only, and
 * written to a file of its own (`data/places-rail.json`), so that the derived
 * database stays under the ODbL with its attribution, apart from the CC BY
 * gazetteer. Underground-only stations (Bermondsey, Tufnell Park) are not in it.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { haversineKm } from '../src/stations/geo';
import type { GazetteerMeta, GazetteerPlace, PostcodeArea } from '../src/stations/model';
import { nearestSector } from './gazetteerPlaces';
import { normaliseText } from '../src/stations/stationSearch';

interface RailStation {
  stationName: string;
  lat: number;
  long: number;
  crsCode: string;
}

/**
 * The station must lie in London: its nearest postcode sector (of those any London postcodes are in) is mostly
 * London, and within this of the station. A station beyond London's sectors (Epsom, Dartford) is left out: the
 * gazetteer already knows such towns as places outside the Met's area.
 */
const NEAR_A_SECTOR_KM = 1.5;
const LONDON_SECTOR_SHARE = 0.5;

/**
 * The name a resident gives the area: "London Liverpool Street" is Liverpool Street (but London Bridge and London
 * Fields are names of their own), "Queens Park (London)" is Queens Park, "West Hampstead Thameslink" is West
 * Hampstead, "St Pancras International" St Pancras (but "City Thameslink" stays whole); an airport's terminal
 * ("Heathrow Terminals 2 & 3 Rail") is the airport (Heathrow).
 */
export function railPlaceName(stationName: string): string | null {
  const airport = /^(.+?) (?:Airport|Terminals?)\b.*$/.exec(stationName);
  if (airport) return airport[1];
  if (/\bRail$/.test(stationName)) return null;
  return stationName
    .replace(/^London (?!Bridge$|Fields$)/, '')
    .replace(/ \([^)]*\)$/, '')
    // Only where a name is left: "City Thameslink" stays whole.
    .replace(/(\S+ \S+) (?:Thameslink|International)$/, '$1')
    .trim();
}

const mean = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0) / xs.length;
/** The package's six decimals (about 0.1 m). */
const round = (x: number): number => Number(x.toFixed(6));

/** Sectors this near a station vote on its borough. */
const VOTING_KM = 0.8;

/**
 * The borough most of the postcodes around a point are in, nearer ones counting more: the single nearest sector's
 * centre may lie across a river or a border (London Bridge station is nearest the centre of a City sector, but it
 * stands in Southwark among SE1's postcodes; Stoke Newington's in Hackney). Undefined when no sector is that near.
 */
function boroughAround(point: { lat: number; lon: number }, sectors: readonly PostcodeArea[]): string | undefined {
  const votes = new Map<string, number>();
  for (const s of sectors) {
    const km = haversineKm(point, { lat: s.lat, lon: s.lon });
    if (km <= VOTING_KM) votes.set(s.borough, (votes.get(s.borough) ?? 0) + s.nPostcodes / Math.max(km, 0.1) ** 2);
  }
  let best: string | undefined;
  for (const [borough, weight] of votes) if (best === undefined || weight > votes.get(best)!) best = borough;
  return best;
}

/** A name as compared with the gazetteer's: "St Margarets" is GeoNames' "Saint Margarets". */
export function comparableName(name: string): string {
  return normaliseText(name).replace(/\bsaint\b/g, 'st');
}

/**
 * London places named only by a railway station: names no gazetteer place, borough or other source has (`known`,
 * by `comparableName`), each once (at the middle of its stations' points), in the borough of most
 * postcodes around its point, with ids unlike any in `usedIds`.
 */
export function railStationPlaces(
  sectors: readonly PostcodeArea[],
  known: ReadonlySet<string>,
  usedIds: ReadonlySet<string>,
): { places: GazetteerPlace[]; meta: GazetteerMeta } {
  const packageDir = dirname(require.resolve('uk-railway-stations/package.json'));
  const version = (JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as { version: string }).version;
  const stations = JSON.parse(readFileSync(join(packageDir, 'stations.json'), 'utf8')) as RailStation[];
  const boroughs = new Set(sectors.filter((s) => s.londonShare >= LONDON_SECTOR_SHARE).map((s) => s.borough));
  const source = 'uk-railway-stations';
  // The London stations of each name, in the package's order: a name several stations give (Heathrow's terminals,
  // West Hampstead and West Hampstead Thameslink) is one place, at the middle of their points.
  const byName = new Map<string, { name: string; points: { lat: number; lon: number }[] }>();
  for (const station of stations) {
    const name = railPlaceName(station.stationName);
    if (name === null || normaliseText(name) === '' || known.has(comparableName(name)) || boroughs.has(name)) continue;
    const point = { lat: Number(station.lat), lon: Number(station.long) };
    const { sector: nearest, km: nearestKm } = nearestSector(point, sectors, true);
    if (nearestKm > NEAR_A_SECTOR_KM || nearest.londonShare < LONDON_SECTOR_SHARE) continue;
    const named = byName.get(comparableName(name)) ?? { name, points: [] };
    named.points.push(point);
    byName.set(comparableName(name), named);
  }
  const places: GazetteerPlace[] = [];
  for (const { name, points } of byName.values()) {
    const point = { lat: round(mean(points.map((p) => p.lat))), lon: round(mean(points.map((p) => p.lon))) };
    const borough = boroughAround(point, sectors) ?? nearestSector(point, sectors, true).sector.borough;
    let id = normaliseText(name).replace(/ /g, '-');
    if (usedIds.has(id)) id = `${id}-station`;
    places.push({ id, name, lat: point.lat, lon: point.lon, inLondon: true, borough, county: null, source });
  }
  places.sort((a, b) => a.name.localeCompare(b.name));
  const pkg = `uk-railway-stations ${version}`;
  return {
    places,
    meta: {
      source: `${source} (https://github.com/davwheat/uk-railway-stations), from Trainline EU's stations data (https://github.com/trainline-eu/stations)`,
      licence: 'ODbL 1.0',
      package: pkg,
      attribution: `London place names and points from railway stations in uk-railway-stations by David Wheatley (https://github.com/davwheat/uk-railway-stations), from Trainline EU's stations data (https://github.com/trainline-eu/stations) and its sources, via the npm package ${pkg}; licensed under the Open Database License 1.0 (https://opendatacommons.org/licenses/odbl/1-0/). data/places-rail.json, selected and reformatted for StationDesk, is available under the same licence.`,
      selection: `Railway stations whose nearest postcode sector is mostly in London and within ${NEAR_A_SECTOR_KM} km, named as residents name the area (without "London " before a terminus, a bracketed note or "Thameslink"; an airport's terminals as the airport), where no gazetteer place or London borough has the name; each name once, at the middle of its stations' points.`,
    },
  };
}
