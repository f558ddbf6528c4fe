/** Straight-line distances in the words residents use: `about 9.4 km (5.8 miles)`. */
import type { NearbyDesk } from '../../stations/nearest';

function number(n: number): string {
  return Number.isInteger(n) ? String(n) : n.toFixed(1);
}

export function distanceText(desk: Pick<NearbyDesk, 'distanceKm' | 'distanceMiles'>): string {
  // Distances are rounded to 0.1 km: below that, "about 0 km" would read as a mistake.
  if (desk.distanceKm < 0.1) return 'less than 100 metres';
  const miles = desk.distanceMiles === 1 ? '1 mile' : `${number(desk.distanceMiles)} miles`;
  return `about ${number(desk.distanceKm)} km (${miles})`;
}

/** The spoken form: `about 9.4 kilometres`. */
export function distanceSpoken(desk: Pick<NearbyDesk, 'distanceKm'>): string {
  if (desk.distanceKm < 0.1) return 'less than 100 metres';
  return `about ${number(desk.distanceKm)} kilometres`;
}
