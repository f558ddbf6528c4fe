/** A station as a place to measure from or to, with its location's precision. */
import type { PlaceMatch, Station } from './model';

export function stationPlace(station: Station): PlaceMatch {
  return {
    kind: 'station',
    label: station.name,
    point: station.location ? { lat: station.location.lat, lon: station.location.lon } : null,
    approximate: station.location?.precision !== 'postcode-unit',
    borough: station.borough,
    stationId: station.id,
    score: 1,
  };
}
