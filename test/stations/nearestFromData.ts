/**
 * The nearest counters to a point, worked out in the test from the data alone
 * (each station's status on the day and straight-line distance), so tests
 * never copy the expected desks from the bot's own output.
 */
import type { DateTime } from 'luxon';
import type { FrontCounterKnowledge } from '../../src/stations';
import { haversineKm } from '../../src/stations/geo';
import type { LatLon } from '../../src/stations/model';

export interface ExpectedDesk {
  id: string;
  name: string;
  km: number;
}

/** Open counters (24-hour ones for '24/7') nearest first, as of `at`. */
export function nearestFromData(knowledge: FrontCounterKnowledge, point: LatLon, desk: '24/7' | 'any', at: DateTime): ExpectedDesk[] {
  return knowledge
    .statusesAsOf(at)
    .filter((s) => s.counter === 'open' && s.station.location && (desk === 'any' || s.hours?.is24x7))
    .map((s) => ({ id: s.station.id, name: s.station.name, km: haversineKm(point, s.station.location!) }))
    .sort((a, b) => a.km - b.km);
}

/** A gazetteer place's point, by name (one place of that name). */
export function placePoint(knowledge: FrontCounterKnowledge, name: string): LatLon {
  const found = knowledge.data.places.filter((p) => p.name === name);
  if (found.length !== 1) throw new Error(`test setup: ${found.length} places named ${name}`);
  return { lat: found[0].lat, lon: found[0].lon };
}

/** A station's point, by id. */
export function stationPoint(knowledge: FrontCounterKnowledge, id: string): LatLon {
  const location = knowledge.data.stations.find((s) => s.id === id)?.location;
  if (!location) throw new Error(`test setup: station ${id} has no location`);
  return { lat: location.lat, lon: location.lon };
}
