/**
 * London's 32 boroughs and the City of London, as named in the data (station
 * boroughs and the postcode sectors' borough shares), with the other names
 * residents use for them ("Richmond", "K&C", "LBHF", "the City").
 *
 * A borough's point is the mean of its postcodes' positions, built from the
 * sector centroids weighted by how many of each sector's postcodes lie in the
 * borough: a fair "middle of the borough", not its town hall.
 */
import type { LatLon, PostcodeArea, Station } from './model';
import { editDistance, normaliseText } from './stationSearch';

export interface Borough {
  /** As the data spells it: "Kensington and Chelsea", "City of London". */
  name: string;
  point: LatLon;
  /** Number of postcodes the point averages. */
  nPostcodes: number;
  /** Normalised other names ("richmond", "rbkc"), the canonical one first. */
  names: string[];
}

export interface BoroughMatch {
  borough: Borough;
  /** 1 for a name we hold exactly, less for a typo. */
  score: number;
  /** The wording matched the borough's own name, not a short form ("Richmond") or abbreviation. */
  canonical: boolean;
}

/**
 * Other names, by canonical borough. Short forms ("Richmond") come from the
 * data's own pattern ("X upon Thames", "X and Y"); these are the ones that do
 * not. "City" alone is left out: it is too common a word.
 */
const EXTRA_NAMES = new Map<string, string[]>(
  Object.entries({
  'City of London': ['the city', 'square mile', 'city of london corporation'],
  'Kensington and Chelsea': ['k and c', 'kandc', 'rbkc', 'chelsea'],
  'Hammersmith and Fulham': ['h and f', 'handf', 'lbhf'],
  'Barking and Dagenham': ['b and d', 'lbbd'],
  Westminster: ['city of westminster'],
  'Tower Hamlets': ['lbth'],
  'Waltham Forest': ['lbwf'],
  }),
);

/** Words around a borough's name that do not change which borough it is. */
const FRAME = /^(?:the )?(?:(?:royal|london) )?(?:borough of |lb of |rb of )|(?: london)? borough(?: council)?$| council$/g;

export function stripBoroughFrame(normalised: string): string {
  return normalised.replace(FRAME, '').trim();
}

function shortForms(name: string): string[] {
  const n = normaliseText(name);
  const forms: string[] = [];
  if (n.endsWith(' upon thames')) forms.push(n.slice(0, -' upon thames'.length));
  if (n.includes(' and ')) forms.push(...n.split(' and '));
  return forms;
}

export class BoroughDirectory {
  private readonly boroughs: Borough[];
  private readonly byName = new Map<string, { borough: Borough; canonical: boolean }>();

  constructor(sectors: readonly PostcodeArea[], stations: readonly Station[] = []) {
    const sums = new Map<string, { lat: number; lon: number; n: number }>();
    for (const s of sectors) {
      for (const [name, share] of Object.entries(s.boroughs)) {
        const weight = s.nPostcodes * s.londonShare * share;
        if (!(weight > 0)) continue;
        const sum = sums.get(name) ?? { lat: 0, lon: 0, n: 0 };
        sum.lat += s.londonLat * weight;
        sum.lon += s.londonLon * weight;
        sum.n += weight;
        sums.set(name, sum);
      }
    }
    for (const st of stations) {
      if (!sums.has(st.borough)) throw new Error(`boroughs: station ${st.id} names borough "${st.borough}", which no postcode sector has`);
    }
    this.boroughs = [...sums.entries()]
      .map(([name, sum]) => ({
        name,
        point: { lat: Math.round((sum.lat / sum.n) * 1e5) / 1e5, lon: Math.round((sum.lon / sum.n) * 1e5) / 1e5 },
        nPostcodes: Math.round(sum.n),
        names: [normaliseText(name), ...shortForms(name), ...(EXTRA_NAMES.get(name) ?? [])],
      }))
      .sort((a, b) => a.name.localeCompare(b.name));
    for (const b of this.boroughs) {
      b.names.forEach((n, i) => {
        if (!this.byName.has(n)) this.byName.set(n, { borough: b, canonical: i === 0 });
      });
    }
  }

  all(): readonly Borough[] {
    return this.boroughs;
  }

  /** The borough the whole text names ("Richmond", "London Borough of Croydon", "K&C"), or null. */
  byText(text: string): BoroughMatch | null {
    const n = stripBoroughFrame(normaliseText(String(text ?? '')));
    const hit = this.byName.get(n);
    return hit ? { borough: hit.borough, score: 1, canonical: hit.canonical } : null;
  }

  /** A borough by its exact data name ("Redbridge"). */
  get(name: string): Borough | undefined {
    return this.boroughs.find((b) => b.name === name);
  }

  /**
   * The borough the text names, allowing a typo in names of 6 letters or more
   * ("tower hamlts", "wandswoth"): one edit, two from 10 letters.
   */
  search(text: string): BoroughMatch | null {
    const exact = this.byText(text);
    if (exact) return exact;
    const n = stripBoroughFrame(normaliseText(String(text ?? '')));
    if (n.length < 6 || n.length > 40) return null;
    const max = n.length >= 10 ? 2 : 1;
    let best: BoroughMatch | null = null;
    for (const [name, { borough, canonical }] of this.byName) {
      if (name.length < 6 || name[0] !== n[0]) continue;
      const d = editDistance(n, name, max);
      if (d > max) continue;
      const score = Math.round((1 - d / Math.max(n.length, name.length)) * 1000) / 1000;
      if (!best || score > best.score) best = { borough, score, canonical };
    }
    return best;
  }

  /** Every normalised name we hold, for scanning sentences. */
  names(): ReadonlyMap<string, { borough: Borough; canonical: boolean }> {
    return this.byName;
  }
}
