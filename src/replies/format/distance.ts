/** Straight-line distances in the words residents use: `about 9.4 km (5.8 miles)`. */
import type { NearbyDesk } from '../../stations/nearest';

function number(n: number): string {
  return Number.isInteger(n) ? String(n) : n.toFixed(1);
}

export function distanceText(desk: Pick<NearbyDesk, 'distanceKm' | 'distanceMiles'>): string {
  // Distances are rounded to 0.1 km: below that, "about 0 km" would read as a mistake.
  if (desk.distanceKm < 0.1) return 'less than 100 metres';
  // Under a twentieth of a mile rounds to "0 miles": the kilometres alone say it.
  if (desk.distanceMiles < 0.05) return `about ${number(desk.distanceKm)} km`;
  const miles = desk.distanceMiles === 1 ? '1 mile' : `${number(desk.distanceMiles)} miles`;
  return `about ${number(desk.distanceKm)} km (${miles})`;
}

/** For a short line: `6.1 km`, `less than 100 metres`. */
export function distanceShort(desk: Pick<NearbyDesk, 'distanceKm'>): string {
  return desk.distanceKm < 0.1 ? 'less than 100 metres' : `${number(desk.distanceKm)} km`;
}

/** A state after a label that already says "open now": `until 22:00`, not `open now, until 22:00`. */
export function stateAfter(label: string, state: string | null): string | null {
  if (!state) return null;
  return /open now/i.test(label) ? state.replace(/^open now,?\s*/, '') || null : state;
}

/** The spoken form: `about 9.4 kilometres`. */
export function distanceSpoken(desk: Pick<NearbyDesk, 'distanceKm'>): string {
  if (desk.distanceKm < 0.1) return 'less than 100 metres';
  return `about ${number(desk.distanceKm)} kilometres`;
}
