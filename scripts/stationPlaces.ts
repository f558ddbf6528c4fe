/**
 * London neighbourhoods named after their stations (railway or Underground): a resident says "near Herne Hill" or
 * "near Bermondsey" of the area around its station, and the station's point is a fair centre for it. The rules
 * every such source follows (scripts/railStationPlaces.ts, scripts/tubeStationPlaces.ts): only London stations, only
 * names nothing else the data holds already has, each name once, in the borough of most postcodes around it.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { haversineKm } from '../src/stations/geo';
import type { GazetteerPlace, PostcodeArea } from '../src/stations/model';
import { normaliseText } from '../src/stations/stationSearch';
import { nearestSector } from './gazetteerPlaces';

/**
 * The station must lie in London: its nearest postcode sector (of those any London postcodes are in) is mostly
 * London, and within this of the station. A station beyond London's sectors (Epsom, Dartford, Epping) is left out:
 * the gazetteer already knows such towns as places outside the Met's area.
 */
export const NEAR_A_SECTOR_KM = 1.5;
const LONDON_SECTOR_SHARE = 0.5;

const mean = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0) / xs.length;
/** Six decimals (about 0.1 m), as the packages give them. */
const round = (x: number): number => Number(x.toFixed(6));

/** Stations sharing a first word are one area only when no two of them are further apart than this. */
export const SHARED_NAME_SPREAD_KM = 2;
/** First words that name no area of their own: "West" of West Ham and West Hampstead. */
const NOT_AN_AREA = new Set(['north', 'south', 'east', 'west', 'new', 'old', 'st', 'upper', 'lower', 'great', 'little', 'the', 'king', 'kings', 'queens', 'royal', 'high', 'central', 'london']);

/** The first word two or more differently named London stations share, with their points, where they stand close together. */
function sharedFirstWords(stations: readonly { name: string; point: { lat: number; lon: number } }[]): Map<string, { lat: number; lon: number }[]> {
  const byFirstWord = new Map<string, { names: Set<string>; points: { lat: number; lon: number }[] }>();
  for (const { name, point } of stations) {
    const words = name.split(' ');
    if (words.length < 2 || NOT_AN_AREA.has(words[0].toLowerCase()) || !/^[A-Z][a-z]+$/.test(words[0])) continue;
    const group = byFirstWord.get(words[0]) ?? { names: new Set<string>(), points: [] };
    group.names.add(name);
    group.points.push(point);
    byFirstWord.set(words[0], group);
  }
  const out = new Map<string, { lat: number; lon: number }[]>();
  for (const [word, { names, points }] of byFirstWord) {
    if (names.size < 2 || points.some((a) => points.some((b) => haversineKm(a, b) > SHARED_NAME_SPREAD_KM))) continue;
    // Only a first word they share and no more: "Kentish Town" and "Kentish Town West" name Kentish Town, not "Kentish".
    const second = new Set([...names].map((n) => n.split(' ')[1]));
    if (second.size < names.size) continue;
    out.set(word, points);
  }
  return out;
}

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

/** A pinned data package's JSON file, and the package's version (for the attribution). */
export function readPackageData<T>(name: string, file: string): { version: string; data: T } {
  const dir = dirname(require.resolve(`${name}/package.json`));
  const version = (JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { version: string }).version;
  return { version, data: JSON.parse(readFileSync(join(dir, file), 'utf8')) as T };
}

/** A station as a place: the name residents give its area (null: none), and its point. */
export interface NamedStation {
  name: string | null;
  lat: number;
  lon: number;
}

/**
 * London places named only by a station: names no other source or borough has (`known`, by `comparableName`), each
 * once (at the middle of its stations' points), in the borough of most postcodes around its point, with ids unlike
 * any in `usedIds` (`<id>-<idSuffix>` where one is taken), sorted by name.
 */
export function placesFromStations(
  stations: readonly NamedStation[],
  options: { sectors: readonly PostcodeArea[]; known: ReadonlySet<string>; usedIds: ReadonlySet<string>; source: string; idSuffix: string },
): GazetteerPlace[] {
  const { sectors, known, usedIds, source } = options;
  const boroughs = new Set(sectors.filter((s) => s.londonShare >= LONDON_SECTOR_SHARE).map((s) => s.borough));
  // The London stations of each name, in the source's order: a name several stations give (Heathrow's terminals,
  // the two Edgware Roads) is one place, at the middle of their points.
  const byName = new Map<string, { name: string; points: { lat: number; lon: number }[] }>();
  const inLondon: { name: string; point: { lat: number; lon: number } }[] = [];
  for (const station of stations) {
    const name = station.name;
    if (name === null || normaliseText(name) === '') continue;
    const point = { lat: station.lat, lon: station.lon };
    const { sector: nearest, km: nearestKm } = nearestSector(point, sectors, true);
    if (nearestKm > NEAR_A_SECTOR_KM || nearest.londonShare < LONDON_SECTOR_SHARE) continue;
    inLondon.push({ name, point });
    if (known.has(comparableName(name)) || boroughs.has(name)) continue;
    const named = byName.get(comparableName(name)) ?? { name, points: [] };
    named.points.push(point);
    byName.set(comparableName(name), named);
  }
  // The area several stations are named after: "Dalston" of Dalston Junction and Dalston Kingsland, "Clapham" of
  // Clapham Common, North and South; only where they stand close together (not "Wood" of Wood Street and Wood Lane).
  for (const [stem, points] of sharedFirstWords(inLondon)) {
    if (!known.has(comparableName(stem)) && !boroughs.has(stem) && !byName.has(comparableName(stem))) byName.set(comparableName(stem), { name: stem, points });
  }
  const places: GazetteerPlace[] = [];
  for (const { name, points } of byName.values()) {
    const point = { lat: round(mean(points.map((p) => p.lat))), lon: round(mean(points.map((p) => p.lon))) };
    const borough = boroughAround(point, sectors) ?? nearestSector(point, sectors, true).sector.borough;
    let id = normaliseText(name).replace(/ /g, '-');
    if (usedIds.has(id)) id = `${id}-${options.idSuffix}`;
    places.push({ id, name, lat: point.lat, lon: point.lon, inLondon: true, borough, county: null, source });
  }
  return places.sort((a, b) => a.name.localeCompare(b.name));
}
