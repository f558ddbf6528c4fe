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
import type { GazetteerMeta, GazetteerPlace, PostcodeArea } from '../src/stations/model';
import { NEAR_A_SECTOR_KM, SHARED_NAME_SPREAD_KM, placesFromStations, readPackageData } from './stationPlaces';

interface RailStation {
  stationName: string;
  lat: number;
  long: number;
  crsCode: string;
}

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

/**
 * London places named only by a railway station (see `placesFromStations`): names no gazetteer place or borough
 * has (`known`, by `comparableName`), with ids unlike any in `usedIds`.
 */
export function railStationPlaces(
  sectors: readonly PostcodeArea[],
  known: ReadonlySet<string>,
  usedIds: ReadonlySet<string>,
): { places: GazetteerPlace[]; meta: GazetteerMeta } {
  const { version, data: stations } = readPackageData<RailStation[]>('uk-railway-stations', 'stations.json');
  const source = 'uk-railway-stations';
  const places = placesFromStations(
    stations.map((s) => ({ name: railPlaceName(s.stationName), lat: Number(s.lat), lon: Number(s.long) })),
    { sectors, known, usedIds, source, idSuffix: 'station' },
  );
  const pkg = `uk-railway-stations ${version}`;
  return {
    places,
    meta: {
      source: `${source} (https://github.com/davwheat/uk-railway-stations), from Trainline EU's stations data (https://github.com/trainline-eu/stations)`,
      licence: 'ODbL 1.0',
      package: pkg,
      attribution: `London place names and points from railway stations in uk-railway-stations by David Wheatley (https://github.com/davwheat/uk-railway-stations), from Trainline EU's stations data (https://github.com/trainline-eu/stations) and its sources, via the npm package ${pkg}; licensed under the Open Database License 1.0 (https://opendatacommons.org/licenses/odbl/1-0/). data/places-rail.json, selected and reformatted for StationDesk, is available under the same licence.`,
      selection: `Railway stations whose nearest postcode sector is mostly in London and within ${NEAR_A_SECTOR_KM} km, named as residents name the area (without "London " before a terminus, a bracketed note or "Thameslink"; an airport's terminals as the airport), where no gazetteer place or London borough has the name; each name once, at the middle of its stations' points; also the first word that two or more such stations within ${SHARED_NAME_SPREAD_KM} km of each other share and no more of (Dalston of Dalston Junction and Dalston Kingsland), where nothing has that name.`,
    },
  };
}
