/**
 * London neighbourhoods named after their Underground stations, which neither gazetteer nor the railway stations
 * have (Bermondsey, Tufnell Park, Stockwell, Maida Vale, Bank): a resident says "near Tufnell Park" of the area
 * around its station, and the station's point is a fair centre for it. From the npm package `tube-map` (by ogme01,
 * MIT), whose `data/network.json` holds the Underground's stations as its js/fetch_network.js fetched them from
 * TfL's Unified API (TfL open data; the points are NaPTAN's): read here at build time only, and written to a file of
 * its own (`data/places-tube.json`) with TfL's attribution.
 */
import type { GazetteerMeta, GazetteerPlace, PostcodeArea } from '../src/stations/model';
import { NEAR_A_SECTOR_KM, SHARED_NAME_SPREAD_KM, placesFromStations, readPackageData } from './stationPlaces';

interface TubeStation {
  name: string;
  lat: number;
  lon: number;
  lines: string[];
}

/**
 * The name a resident gives the area: a bracketed note that tells one of a name's stations from another goes
 * ("Edgware Road (Bakerloo)", "Paddington (H&C Line)-Underground", "Kensington (Olympia)"); "St." is written "St",
 * as the data's other names write it ("St Paul's"); an airport's terminal ("Heathrow Terminal 4") is the airport.
 * The package's own clean-up took "Station" off every name, also the one place whose name ends in it: its
 * "Battersea Power" is TfL's "Battersea Power Station".
 */
export function tubePlaceName(stationName: string): string {
  const airport = /^(.+?) (?:Airport|Terminals?)\b.*$/.exec(stationName);
  if (airport) return airport[1];
  return stationName
    .replace(/ \([^)]*\)(?:-Underground)?$/, '')
    .replace(/\bSt\. /g, 'St ')
    .replace(/ Power$/, ' Power Station')
    .trim();
}

/**
 * London places named only by an Underground station (see `placesFromStations`): names no gazetteer place,
 * railway-station place, borough or counter has (`known`, by `comparableName`), with ids unlike any in `usedIds`.
 */
export function tubeStationPlaces(
  sectors: readonly PostcodeArea[],
  known: ReadonlySet<string>,
  usedIds: ReadonlySet<string>,
): { places: GazetteerPlace[]; meta: GazetteerMeta } {
  const { version, data: network } = readPackageData<{ stations: Record<string, TubeStation> }>('tube-map', 'data/network.json');
  const source = 'tube-map';
  const places = placesFromStations(
    Object.values(network.stations).map((s) => ({ name: tubePlaceName(s.name), lat: Number(s.lat), lon: Number(s.lon) })),
    { sectors, known, usedIds, source, idSuffix: 'underground' },
  );
  const pkg = `tube-map ${version}`;
  return {
    places,
    meta: {
      source: `${source} (https://github.com/og2701/tube-map), from Transport for London's Unified API (https://api.tfl.gov.uk), station points from NaPTAN`,
      licence: 'MIT (the tube-map package); the station data is TfL open data (Powered by TfL Open Data)',
      package: pkg,
      attribution: `London place names and points from London Underground stations in the npm package ${pkg} by ogme01 (https://github.com/og2701/tube-map, MIT licence), fetched from Transport for London's Unified API. Powered by TfL Open Data. Contains OS data © Crown copyright and database rights. data/places-tube.json is selected and reformatted for StationDesk.`,
      selection: `London Underground stations whose nearest postcode sector is mostly in London and within ${NEAR_A_SECTOR_KM} km, named as residents name the area (without a bracketed note; "St." as "St"; an airport's terminals as the airport), where no gazetteer place, railway-station place, London borough or police counter has the name; each name once, at the middle of its stations' points; also the first word that two or more such stations within ${SHARED_NAME_SPREAD_KM} km of each other share and no more of (Dalston of Dalston Junction and Dalston Kingsland), where nothing has that name.`,
    },
  };
}
