/**
 * Names as residents read them: a station's short name in lists and buttons
 * (`Wood Green`), its address on one line, and the plans by the short names
 * the data gives them rather than their full official titles.
 */
import type { Station } from '../../stations/model';

/** `Brixton Police Station` -> `Brixton`; `Fulham Police Station (temporary counter, ...)` -> `Fulham`. */
export function shortStationName(station: Pick<Station, 'name'>): string {
  const short = station.name
    .replace(/\s*\([^()]*\)\s*$/, '')
    .replace(/\s+(police (station|front counter|counter|office)|front counter|front office)$/i, '')
    .trim();
  return short || station.name;
}

/** `270-294 High Road, Ilford IG1 1GT`, or null when the data has no address. */
export function addressLine(station: Pick<Station, 'address' | 'postcode'>): string | null {
  const parts = [station.address, station.postcode].filter((p): p is string => Boolean(p && p.trim()));
  return parts.length > 0 ? parts.join(' ') : null;
}

/**
 * The name answers give a plan: its short name from the data (`Plan.shortName`, carried by each plan step
 * as `planName`: "2017 Public Access Strategy (MOPAC)"), never a name written here; without one, its id in
 * words (`2030-estate-review` -> `2030 estate review`).
 */
export function planShortName(planId: string | null | undefined, shortName?: string): string {
  if (shortName && shortName !== planId) return shortName;
  if (!planId) return 'an unnamed plan';
  return planId.replace(/-/g, ' ');
}
