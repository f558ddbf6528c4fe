/**
 * From a postcode a resident types ("ig80sb", "IG8 0SB", "IG8", "e2 0") to a
 * point: the centroid of its sector, else of its district, from OS Code-Point
 * Open (`data/postcode-sectors.json`, `data/postcode-districts.json`). We hold
 * no unit coordinates, so every point is approximate and says which level it
 * came from. The London-only centroid is used, so a boundary sector such as
 * IG9 5 lands on its London part.
 *
 * Telling "outside London" from "not a postcode we know":
 * - the district is in our London list -> found (sector, or the district when
 *   the sector is missing and the district lies wholly in London);
 * - a sector missing from a boundary district (CM13, RM4, ...) -> outside-london:
 *   the sector list holds every sector with at least one London postcode;
 * - the area letters are a real UK postcode area outside our London list
 *   (M, B, CM1...) -> outside-london;
 * - anything else (ZZ99, a district of an all-London area we have no record
 *   of such as N99) -> unknown-postcode.
 */
import { isValid, toNormalised, toOutcode, toSector, validOutcode, fix } from 'postcode';
import type { LatLon, PostcodeArea } from './model';

/**
 * The UK's postcode areas (Royal Mail, stable since 2005), including the Crown
 * dependencies (GY, IM, JE) and the non-geographic BF (BFPO) and BX.
 */
export const UK_POSTCODE_AREAS: ReadonlySet<string> = new Set(
  (
    'AB AL B BA BB BD BF BH BL BN BR BS BT BX CA CB CF CH CM CO CR CT CV CW DA DD DE DG DH DL DN DT DY ' +
    'E EC EH EN EX FK FY G GL GU GY HA HD HG HP HR HS HU HX IG IM IP IV JE KA KT KW KY ' +
    'L LA LD LE LL LN LS LU M ME MK ML N NE NG NN NP NR NW OL OX PA PE PH PL PO PR ' +
    'RG RH RM S SA SE SG SK SL SM SN SO SP SR SS ST SW SY TA TD TF TN TQ TR TS TW ' +
    'UB W WA WC WD WF WN WR WS WV YO ZE'
  ).split(' '),
);

/** Areas lying wholly inside Greater London: a district of theirs we do not know is unknown, not outside. */
export const ALL_LONDON_AREAS: ReadonlySet<string> = new Set(['E', 'EC', 'N', 'NW', 'SE', 'SW', 'W', 'WC']);

export type PostcodeLevel = 'sector' | 'district';

/**
 * A district with under 5% of its postcodes in London (CM14 Brentwood, EN6
 * Potters Bar) is outside the Met's area for a resident; one that is partly
 * London (IG7 with Hainault, 37%) is answered from its London postcodes.
 */
/** A decade or an ordinal ("1990s", "80s", "21st"): digits and a suffix, no postcode. */
const DECADE_OR_ORDINAL = /^\d+(?:s|st|nd|rd|th)$/i;
const HARDLY_LONDON = 0.05;

/** What the resident typed: a whole postcode, a sector ("E2 0") or a district ("IG8"). */
export type PostcodeForm = 'unit' | 'sector' | 'district';

export interface ResolvedPostcode {
  status: 'found';
  form: PostcodeForm;
  /** Normalised: "IG8 0SB", "E2 0" or "IG8". */
  postcode: string;
  /** Which centroid the point is: the sector's or the district's. */
  level: PostcodeLevel;
  /** The London-postcodes-only centroid of that sector or district. */
  point: LatLon;
  /** Always true: a centroid, never the address itself. */
  approximate: true;
  /** Majority London borough of the sector or district. */
  borough: string;
  /** Share of the area's postcodes that lie in London (0..1); below 1 on the boundary. */
  londonShare: number;
  area: PostcodeArea;
  /** Plain words for the resident: "centroid of postcode sector IG8 0". */
  basis: string;
}

export type PostcodeResolution =
  | ResolvedPostcode
  | { status: 'outside-london'; form: PostcodeForm; postcode: string }
  | { status: 'unknown-postcode'; form: PostcodeForm; postcode: string };

/** A postcode found inside a sentence, with where it was. */
export interface PostcodeInText {
  /** As written ("ig80sb"). */
  text: string;
  start: number;
  end: number;
  form: PostcodeForm;
  /** Normalised ("IG8 0SB", "E2 0", "IG8"). */
  postcode: string;
}

const SECTOR_RE = /^([a-z]{1,2}\d[a-z\d]?)\s*(\d)$/i;
/** Letters of the area: the outward code's leading letters. */
export function areaOf(outcode: string): string {
  return /^[A-Z]{1,2}/.exec(outcode)?.[0] ?? '';
}

interface Parsed {
  form: PostcodeForm;
  postcode: string;
  district: string;
  sector: string | null;
}

/** A district's number, then a letter O, I or l where its second digit would be ("N1O", "SE1O 9HH", "E1l"). */
const DIGIT_TYPED_AS_A_LETTER = /^([a-z]{1,2}\d)([oil])(?=\s|\d[a-z]{2}$|$)/i;

export class PostcodeDirectory {
  private readonly districts: Map<string, PostcodeArea>;
  private readonly sectors: Map<string, PostcodeArea>;

  constructor(districts: readonly PostcodeArea[], sectors: readonly PostcodeArea[]) {
    this.districts = new Map(districts.map((d) => [d.code, d]));
    this.sectors = new Map(sectors.map((s) => [s.code, s]));
    // Residents say "W1", "SW1" or "EC1" for areas Royal Mail splits into W1A..W1W: give them the whole area.
    for (const area of splitAreas(districts)) if (!this.districts.has(area.code)) this.districts.set(area.code, area);
  }

  isLondonDistrict(outcode: string): boolean {
    return this.districts.has(outcode.toUpperCase());
  }

  /** The district of a normalised postcode, sector or district ("CM14 4AB", "CM14 4", "CM14") when we hold it, even if hardly in London. */
  knownDistrict(postcode: string): PostcodeArea | undefined {
    return this.districts.get(postcode.trim().split(/\s+/)[0].toUpperCase());
  }

  /**
   * Reads the whole input as a postcode, sector or district. `null` when it is
   * not shaped like one (then it is a place name, not a postcode).
   */
  parse(input: string): Parsed | null {
    const text = this.withDigitsForLetters(String(input ?? '').trim());
    if (text.length === 0 || text.length > 12) return null;
    // "1990s", "the 80s", "21st": a decade or an ordinal, never a postcode with its letters typed as digits.
    if (DECADE_OR_ORDINAL.test(text)) return null;
    // "IG8 OSB" with a letter O: fix() only swaps the letters a postcode cannot hold there.
    // Only for input already holding a digit, so that no word is read as a postcode.
    const unit = isValid(text) ? text : /\d/.test(text) && isValid(fix(text)) ? fix(text) : null;
    if (unit) {
      const postcode = toNormalised(unit);
      const district = toOutcode(unit);
      const sector = toSector(unit);
      if (postcode && district && sector) return { form: 'unit', postcode, district, sector };
    }
    const compact = text.replace(/\s+/g, '').toUpperCase();
    const sector = SECTOR_RE.exec(text);
    const asSector = (district: string, digit: string): Parsed | null =>
      validOutcode(district) ? { form: 'sector', postcode: `${district} ${digit}`, district, sector: `${district} ${digit}` } : null;
    // "E2 0" with a space is a sector.
    if (sector && /\s/.test(text)) return asSector(sector[1].toUpperCase(), sector[2]);
    // "O2", "F1", "K9": a letter that is no postcode area, with a number, is a name (the O2), not an outward code.
    if (/^[A-Z]\d/.test(compact) && !UK_POSTCODE_AREAS.has(compact[0])) return null;
    if (validOutcode(compact)) {
      // Without a space "E20" is the district E20, but "IG80" is the sector IG8 0.
      if (!this.districts.has(compact) && this.sectors.has(sectorFrom(compact))) return asSector(compact.slice(0, -1), compact.slice(-1));
      return { form: 'district', postcode: compact, district: compact, sector: null };
    }
    if (sector) return asSector(sector[1].toUpperCase(), sector[2]);
    return null;
  }

  /**
   * "N1O", "se1O 9hh", "E1l": a letter O, I or l typed for the digit after a district's number, where no postcode has
   * that letter. Swapped only when the district so read is a London one we hold and the district as typed is not.
   */
  private withDigitsForLetters(text: string): string {
    const swapped = text.replace(DIGIT_TYPED_AS_A_LETTER, (_, start: string, letter: string) => `${start}${letter.toLowerCase() === 'o' ? '0' : '1'}`);
    if (swapped === text) return text;
    const outward = (t: string) => (/^([a-z]{1,2}\d[a-z\d]?)(?:\s|\d[a-z]{2}$|$)/i.exec(t)?.[1] ?? '').toUpperCase();
    return this.districts.has(outward(swapped)) && !this.districts.has(outward(text)) ? swapped : text;
  }

  /** Resolves the whole input as a postcode; `null` when it is not shaped like one. */
  resolve(input: string): PostcodeResolution | null {
    const parsed = this.parse(input);
    return parsed ? this.resolveParsed(parsed) : null;
  }

  private resolveParsed(p: Parsed): PostcodeResolution {
    const district = this.districts.get(p.district);
    if (!district) {
      const area = areaOf(p.district);
      const outside = UK_POSTCODE_AREAS.has(area) && !ALL_LONDON_AREAS.has(area);
      return { status: outside ? 'outside-london' : 'unknown-postcode', form: p.form, postcode: p.postcode };
    }
    const sector = p.sector ? this.sectors.get(p.sector) : undefined;
    // A sector with hardly any London postcodes (EN9 1, TW19 7) is outside the Met's area, as such a district is.
    if (sector) return sector.londonShare < HARDLY_LONDON ? { status: 'outside-london', form: p.form, postcode: p.postcode } : this.found(p, 'sector', sector);
    // A missing sector of a boundary district has no London postcodes at all.
    if (p.sector && district.londonShare < 1) return { status: 'outside-london', form: p.form, postcode: p.postcode };
    if (district.londonShare < HARDLY_LONDON) return { status: 'outside-london', form: p.form, postcode: p.postcode };
    return this.found(p, 'district', district);
  }

  private found(p: Parsed, level: PostcodeLevel, area: PostcodeArea): ResolvedPostcode {
    return {
      status: 'found',
      form: p.form,
      postcode: p.postcode,
      level,
      point: { lat: area.londonLat, lon: area.londonLon },
      approximate: true,
      borough: area.borough,
      londonShare: area.londonShare,
      area,
      basis: `centroid of postcode ${level} ${area.code}${area.londonShare < 1 ? ' (its London postcodes only)' : ''}`,
    };
  }

  /**
   * Postcodes inside free text, in order: whole postcodes ("ig80sb"), and
   * sectors ("E2 0") or districts ("IG8", "se18") we hold as London ones or
   * whose area is a real UK one. A bare outward code of an unknown area ("A1",
   * "B12" vitamins) is not taken as a postcode.
   */
  findAll(text: string): PostcodeInText[] {
    const found: PostcodeInText[] = [];
    const source = String(text ?? '');
    // Every postcode, sector and district has a digit: most sentences have none, and need no scan.
    if (!HAS_DIGIT.test(source)) return found;
    const taken = (start: number, end: number) => found.some((f) => start < f.end && end > f.start);
    for (const m of source.matchAll(/(?<![a-z0-9])([a-z]{1,2}\d[a-z\d]?)\s*(\d[a-z]{2})(?![a-z0-9])/gi)) {
      const postcode = toNormalised(m[0]);
      if (postcode) found.push({ text: m[0], start: m.index, end: m.index + m[0].length, form: 'unit', postcode });
    }
    for (const m of source.matchAll(/(?<![a-z0-9])([a-z]{1,2}\d[a-z\d]?)(?:\s+(\d))?(?![a-z0-9])/gi)) {
      const district = m[1].toUpperCase();
      if (!validOutcode(district) || taken(m.index, m.index + m[0].length)) continue;
      const known = this.districts.has(district);
      // Outside London only counts for a real area and a shape that is unmistakably a postcode district.
      if (!known && !(UK_POSTCODE_AREAS.has(areaOf(district)) && areaOf(district).length === 2)) continue;
      // "CM14 4" is a sector even when we hold no such London sector: resolving it says it is outside London.
      if (m[2] !== undefined && (this.sectors.has(`${district} ${m[2]}`) || (known && this.districts.get(district)!.londonShare < 1))) {
        found.push({ text: m[0], start: m.index, end: m.index + m[0].length, form: 'sector', postcode: `${district} ${m[2]}` });
      } else {
        const end = m.index + m[1].length;
        found.push({ text: m[1], start: m.index, end, form: 'district', postcode: district });
      }
    }
    return found.sort((a, b) => a.start - b.start);
  }

  /** Resolves something found by `findAll`. */
  resolveFound(p: PostcodeInText): PostcodeResolution {
    return this.resolve(p.postcode) ?? { status: 'unknown-postcode', form: p.form, postcode: p.postcode };
  }
}

/**
 * The areas split into lettered districts (W1 -> W1A, W1B, ... W1W), each as
 * one area: centroids averaged by postcode count, borough by majority.
 */
function splitAreas(districts: readonly PostcodeArea[]): PostcodeArea[] {
  const groups = new Map<string, PostcodeArea[]>();
  for (const d of districts) {
    const parent = /^([A-Z]{1,2}\d)[A-Z]$/.exec(d.code)?.[1];
    if (parent) groups.set(parent, [...(groups.get(parent) ?? []), d]);
  }
  return [...groups].map(([code, parts]) => {
    const total = parts.reduce((n, p) => n + p.nPostcodes, 0) || 1;
    const mean = (value: (p: PostcodeArea) => number) => parts.reduce((sum, p) => sum + value(p) * p.nPostcodes, 0) / total;
    const shares = new Map<string, number>();
    for (const p of parts) for (const [b, share] of Object.entries(p.boroughs)) shares.set(b, (shares.get(b) ?? 0) + (share * p.nPostcodes) / total);
    const boroughs = Object.fromEntries(shares);
    const borough = [...shares].sort((a, b) => b[1] - a[1])[0]?.[0] ?? parts[0].borough;
    const round = (n: number, places: number) => Number(n.toFixed(places));
    return {
      code,
      lat: round(mean((p) => p.lat), 5),
      lon: round(mean((p) => p.lon), 5),
      borough,
      londonShare: round(mean((p) => p.londonShare), 3),
      nPostcodes: total,
      londonLat: round(mean((p) => p.londonLat), 5),
      londonLon: round(mean((p) => p.londonLon), 5),
      boroughs,
    };
  });
}

const HAS_DIGIT = /\d/;

function sectorFrom(compact: string): string {
  return `${compact.slice(0, -1)} ${compact.slice(-1)}`;
}

/** The first postcode (unit, sector or district) in a sentence, or `null`. */
export function findPostcodeInText(directory: PostcodeDirectory, text: string): PostcodeInText | null {
  const all = directory.findAll(text);
  return all.find((p) => p.form === 'unit') ?? all[0] ?? null;
}
