/**
 * Distances on the earth's surface, and the box London sits in. Pure maths:
 * every other geography module measures with these so that km and miles agree.
 */
import type { LatLon } from './model';

/** Mean earth radius (IUGG), the same one geokdbush uses, so the two agree. */
export const EARTH_RADIUS_KM = 6371.0088;
export const KM_PER_MILE = 1.609344;

/** Great-circle distance in kilometres (haversine). */
export function haversineKm(a: LatLon, b: LatLon): number {
  const toRad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * toRad;
  const dLon = (b.lon - a.lon) * toRad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * toRad) * Math.cos(b.lat * toRad) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

export function kmToMiles(km: number): number {
  return km / KM_PER_MILE;
}

export function haversineMiles(a: LatLon, b: LatLon): number {
  return kmToMiles(haversineKm(a, b));
}

/** Distances are shown to residents to one decimal place ("2.4 km"). */
export function roundToTenth(n: number): number {
  return Math.round(n * 10) / 10;
}

/**
 * A box around Greater London (the Metropolitan Police area) with a little
 * margin: a cheap first check that a point is plausibly in London, not a
 * boundary test (the box also holds parts of Essex, Kent, Surrey and Herts).
 */
export const LONDON_BOUNDS = { minLat: 51.28, maxLat: 51.7, minLon: -0.52, maxLon: 0.34 } as const;

export function isInLondonBox(p: LatLon): boolean {
  return (
    Number.isFinite(p.lat) &&
    Number.isFinite(p.lon) &&
    p.lat >= LONDON_BOUNDS.minLat &&
    p.lat <= LONDON_BOUNDS.maxLat &&
    p.lon >= LONDON_BOUNDS.minLon &&
    p.lon <= LONDON_BOUNDS.maxLon
  );
}
