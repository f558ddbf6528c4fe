/**
 * Made-up stations for measuring and testing at scale: a deterministic PRNG
 * (mulberry32) scatters them inside the London box, so every run sees the same
 * 10,000 points. Never shown to residents.
 */
import { LONDON_BOUNDS, haversineKm } from '../src/stations/geo';
import type { LatLon, Station } from '../src/stations/model';

/** mulberry32: small, fast and good enough to scatter points. Returns numbers in [0, 1). */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function randomLondonPoint(random: () => number): LatLon {
  return {
    lat: LONDON_BOUNDS.minLat + random() * (LONDON_BOUNDS.maxLat - LONDON_BOUNDS.minLat),
    lon: LONDON_BOUNDS.minLon + random() * (LONDON_BOUNDS.maxLon - LONDON_BOUNDS.minLon),
  };
}

const SYLLABLES = ['bar', 'ton', 'ham', 'wick', 'ley', 'stead', 'ford', 'ing', 'wood', 'brook', 'field', 'mere', 'den', 'bury', 'well', 'thorn', 'ash', 'holm', 'by', 'cot', 'worth', 'low', 'marsh', 'gate'];

/** A made-up place name of two or three syllables ("Ashleyford"), plus the index so names stay unique. */
function placeName(random: () => number, i: number): string {
  const n = 2 + Math.floor(random() * 2);
  const word = Array.from({ length: n }, () => SYLLABLES[Math.floor(random() * SYLLABLES.length)]).join('');
  return `${word[0].toUpperCase()}${word.slice(1)} ${i}`;
}

/** `n` stations, one in ten with only an approximate location, like the real data. */
export function syntheticStations(n: number, seed = 20261126): Station[] {
  const random = prng(seed);
  return Array.from({ length: n }, (_, i) => {
    const p = randomLondonPoint(random);
    const approximate = random() < 0.1;
    const place = placeName(random, i);
    return {
      id: `synthetic-${i}`,
      name: `${place} Police Station`,
      aliases: [place],
      borough: 'Synthetic',
      address: null,
      postcode: null,
      location: { ...p, precision: approximate ? 'approximate' : 'postcode-unit', basis: 'synthetic' },
      notes: '',
    };
  });
}

/** The obvious way to find the nearest: look at every station. The baseline the index is measured against. */
export function linearNearest(stations: readonly Station[], point: LatLon, filter: (id: string) => boolean = () => true): Station | null {
  let best: Station | null = null;
  let bestKm = Number.POSITIVE_INFINITY;
  for (const s of stations) {
    if (!s.location || s.location.precision !== 'postcode-unit' || !filter(s.id)) continue;
    const km = haversineKm(point, s.location);
    if (km < bestKm) {
      bestKm = km;
      best = s;
    }
  }
  return best;
}
