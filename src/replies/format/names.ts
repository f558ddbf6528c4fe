/**
 * Names as residents read them: a station's short name in lists and buttons
 * (`Wood Green`), its address on one line, and the plans by the names people
 * know them by rather than their full official titles.
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
 * The official plan titles are long ("MOPAC/MPS Public Access and Engagement
 * Strategy (draft Jul 2017) / Public Access Strategy (final Nov 2017)"), so
 * answers use the short names of resident-facts.md §6, keyed by plan id.
 */
const SHORT_PLAN_NAMES: Record<string, string> = {
  '2013-police-and-crime-plan': '2013 Police and Crime Plan (MOPAC)',
  '2017-public-access-strategy': '2017 Public Access Strategy (MOPAC)',
  '2025-front-counter-review': '2025 front counter review (Met)',
};

/** The short name of a plan; for a plan not listed above, its id in words (`2030-estate-review` -> `2030 estate review`). */
export function planShortName(planId: string | null | undefined, fullName?: string): string {
  if (!planId) return fullName ?? 'an unnamed plan';
  const known = SHORT_PLAN_NAMES[planId];
  if (known) return known;
  if (fullName && fullName !== planId && fullName.length <= 60) return fullName;
  return planId.replace(/-/g, ' ');
}
