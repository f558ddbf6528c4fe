/**
 * Finding a station from the words a resident types: names, aliases, the
 * localities of its address and its borough, forgiving typos and partial names
 * ("brixtn", "charring cross", "kentish twn") through fuse.js.
 *
 * An exact name or alias wins outright. Anything less certain is reported as
 * `ambiguous` with ranked candidates instead of being silently resolved:
 * - two or more stations are exact matches, or
 * - the words start the names of two or more stations ("wood": Wood Green, Woodford), or
 * - the best two fuzzy candidates are within `AMBIGUITY_MARGIN` of each other.
 *
 * The text helpers at the top (normalising, generic words, edit distance) are
 * shared with `locate.ts` so both read words the same way.
 */
import Fuse, { type FuseIndex, type FuseResult, type IFuseOptions } from 'fuse.js';
import type { Station } from './model';

// ---------------------------------------------------------------------------
// Reading words

const NOT_ASCII = /[^\u0000-\u007f]/;

/**
 * Lower-case ASCII words separated by single spaces: accents dropped,
 * apostrophes removed ("Shepherd's" -> "shepherds"), "&" read as "and",
 * everything else (punctuation, emoji) a word break.
 */
export function normaliseText(text: string): string {
  // ASCII is its own NFKD form with no accents to drop: most text skips that step (it is called thousands of times at start-up).
  return (NOT_ASCII.test(text) ? text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '') : text)
    .toLowerCase()
    .replace(/['\u2018\u2019`]/g, '')
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/**
 * Words that say "a police desk" rather than which one, dropped before
 * matching: "Brixton Police Station", "brixton nick" and "brixton" are the
 * same search. "old"/"former" are kept: they tell former stations apart.
 */
export const GENERIC_WORDS: ReadonlySet<string> = new Set([
  'police', 'station', 'stations', 'stn', 'front', 'counter', 'counters', 'desk', 'desks',
  'office', 'offices', 'nick', 'cop', 'cops', 'shop', 'met', 'metropolitan', 'enquiry',
  'enquiries', 'reception', 'public', 'the', 'a', 'an', 'safer', 'neighbourhood', 'base',
]);

/** Words that, present in a query, say the resident means the building, not the area. */
export const STATION_WORDS: ReadonlySet<string> = new Set([
  'police', 'station', 'stn', 'counter', 'desk', 'nick', 'cop', 'cops', 'office',
]);

export function stripGenericWords(normalised: string): string {
  return normalised
    .split(' ')
    .filter((w) => w !== '' && !GENERIC_WORDS.has(w))
    .join(' ');
}

export function mentionsStationWords(normalised: string): boolean {
  return normalised.split(' ').some((w) => STATION_WORDS.has(w));
}

/** Street and building words: a key holding one names a building or street, not a place people live. */
const STREET_WORDS: ReadonlySet<string> = new Set([
  'road', 'rd', 'street', 'lane', 'way', 'walk', 'row', 'square', 'place', 'vale', 'house',
  'centre', 'center', 'studios', 'arms', 'avenue', 'drive', 'parade', 'terrace', 'crescent',
  'custody', 'learning', 'central', 'blc', 'mps', 'police', 'station', 'counter', 'office',
]);

/** How a street's name ends ("Rainham Road South" aside): tells a street from a building in an address. */
const STREET_ENDINGS: ReadonlySet<string> = new Set([
  'road', 'street', 'lane', 'way', 'walk', 'row', 'square', 'place', 'vale', 'avenue', 'drive', 'parade', 'terrace', 'crescent', 'south', 'north', 'east', 'west',
]);

/** How a road's name ends, in aliases such as "Uxbridge Road Ealing" or "Park Lane Croydon". */
const ROAD_ENDINGS: ReadonlySet<string> = new Set(['road', 'street', 'lane', 'way', 'walk', 'row', 'square', 'place', 'vale', 'avenue', 'drive', 'parade', 'terrace', 'crescent']);

/** Road names found in every town ("High Road", "Main Road"): they say which station only with the town ("High Road Ilford"). */
const EVERY_TOWN_ROADS = /^(?:high|main|park|london|church|station|market) (?:road|street|lane)$/;

/**
 * The road of an alias that names a road and then a place ("Uxbridge Road
 * Ealing" -> "Uxbridge Road", "High Road Ilford" -> "High Road"), as written;
 * null for any other alias.
 */
export function roadOfAlias(alias: string): string | null {
  const words = alias.trim().split(/\s+/);
  for (let i = words.length - 2; i >= 1; i--) {
    if (!ROAD_ENDINGS.has(normaliseText(words[i]))) continue;
    const road = words.slice(0, i + 1).join(' ');
    return EVERY_TOWN_ROADS.test(normaliseText(road)) ? null : road;
  }
  return null;
}

function hasStreetWord(normalised: string): boolean {
  return normalised.split(' ').some((w) => STREET_WORDS.has(w));
}

/**
 * Optimal string alignment distance (Levenshtein plus adjacent swaps), giving
 * up early once it exceeds `max`: returns `max + 1` then.
 */
export function editDistance(a: string, b: string, max = Number.POSITIVE_INFINITY): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  if (a === b) return 0;
  const n = b.length;
  // Three rows of the table, kept between calls (each call is synchronous): no arrays made per word compared.
  let prev2 = editRows[0];
  let prev = editRows[1];
  let cur = editRows[2];
  for (let j = 0; j <= n; j++) {
    prev2[j] = 0;
    prev[j] = j;
    cur[j] = 0;
  }
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = i;
    for (let j = 1; j <= n; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prev2[j - 2] + 1);
      cur[j] = d;
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > max) return max + 1;
    const oldest = prev2;
    prev2 = prev;
    prev = cur;
    cur = oldest;
  }
  return prev[n];
}
const editRows: [number[], number[], number[]] = [[], [], []];

// ---------------------------------------------------------------------------
// What each station can be called

/** `road`: the road an alias places the station on ("Uxbridge Road" from "Uxbridge Road Ealing"), shared by every station on it. */
export type MatchedOn = 'name' | 'alias' | 'road' | 'area' | 'borough';

/** One way of naming a station. */
export interface StationKey {
  stationId: string;
  matchedOn: MatchedOn;
  /** As written in the data ("Brixton Road", "Woodford"). */
  text: string;
  /** Normalised, generic words kept ("brixton police station"). */
  full: string;
  /** Normalised, generic words dropped ("brixton"): what queries are compared with. */
  core: string;
  /** The key names a locality residents live in ("Woodford"), not a building or street ("Agar Street"). */
  isPlace: boolean;
}

function withoutBrackets(text: string): string {
  return text.replace(/\([^)]*\)/g, ' ');
}

/** "Woodford Police Station" -> "Woodford", keeping the data's own spelling and case. */
function withoutGenericWords(text: string): string {
  const kept = text.split(/\s+/).filter((w) => w && !GENERIC_WORDS.has(normaliseText(w)));
  return (kept.length > 0 ? kept.join(' ') : text).trim();
}

/**
 * Address parts that name somewhere: the locality (the last part, "Mayfair")
 * and street names ("Rainham Road South"), without house numbers. Other parts
 * ("Portacabin behind former Fulham Police Station", "The Oaks") and notes
 * ("street address not found") are skipped, as are bare "High Street"s.
 */
function addressAreas(address: string | null): string[] {
  if (!address) return [];
  const parts = withoutBrackets(address)
    .split(',')
    .map((part) => part.replace(/^[\s\d&-]+[a-z]?\s+/i, '').trim());
  return parts.filter((part, i) => {
    const words = normaliseText(part).split(' ').filter((w) => w !== '');
    if (words.length === 0 || /not found|inferred|transcribed/i.test(part)) return false;
    if (words.length === 1 && words[0] === 'london') return false;
    if (words.every((w) => ['high', 'street', 'road', 'main', 'lane', 'town', 'centre'].includes(w) || GENERIC_WORDS.has(w))) return false;
    return i === parts.length - 1 || STREET_ENDINGS.has(words[words.length - 1]);
  });
}

/**
 * Every key of every station. An alias loses its bracketed note ("Walthamstow
 * police station (old)" -> "walthamstow police station") unless that would make
 * it read exactly like another station's key; then the note's words stay, so
 * each alias still points at exactly one station.
 */
export function buildStationKeys(stations: readonly Station[]): StationKey[] {
  const keys: StationKey[] = [];
  const make = (station: Station, matchedOn: MatchedOn, text: string, isPlace: (full: string, core: string) => boolean): StationKey | null => {
    const full = normaliseText(text);
    const core = stripGenericWords(full);
    if (!core) return null;
    return { stationId: station.id, matchedOn, text: withoutGenericWords(text), full, core, isPlace: isPlace(full, core) };
  };
  for (const s of stations) {
    const name = make(s, 'name', withoutBrackets(s.name), (_f, core) => !hasStreetWord(core));
    if (name) keys.push(name);
  }
  const claimed = new Map<string, string>();
  for (const k of keys) claimed.set(k.core, k.stationId);
  for (const s of stations) {
    for (const alias of s.aliases) {
      const placeRule = (full: string, core: string) => full === core && !hasStreetWord(core);
      let key = make(s, 'alias', withoutBrackets(alias), placeRule);
      const owner = key ? claimed.get(key.core) : undefined;
      if (key && owner !== undefined && owner !== s.id) key = make(s, 'alias', alias.replace(/[()]/g, ' '), placeRule);
      if (!key) continue;
      key.text = alias.trim();
      if (!claimed.has(key.core)) claimed.set(key.core, s.id);
      keys.push(key);
    }
  }
  // "Uxbridge Road police station" is any station on Uxbridge Road (Shepherd's Bush, Ealing, Hayes), not Uxbridge.
  for (const s of stations) {
    for (const alias of s.aliases) {
      const road = roadOfAlias(withoutBrackets(alias));
      const key = road ? make(s, 'road', road, () => false) : null;
      if (key) keys.push(key);
    }
  }
  // An alias that is itself a road other stations stand on too ("Uxbridge Road" of Shepherd's Bush) names the road.
  const roadsOfOthers = new Map<string, Set<string>>();
  for (const k of keys) if (k.matchedOn === 'road') roadsOfOthers.set(k.core, (roadsOfOthers.get(k.core) ?? new Set()).add(k.stationId));
  for (const k of keys) {
    const onRoad = roadsOfOthers.get(k.core);
    if (k.matchedOn === 'alias' && onRoad && [...onRoad].some((id) => id !== k.stationId)) k.matchedOn = 'road';
  }
  for (const s of stations) {
    for (const area of addressAreas(s.address)) {
      const key = make(s, 'area', area, (_f, core) => !hasStreetWord(core));
      if (key) keys.push(key);
    }
    const borough = make(s, 'borough', s.borough, () => false);
    if (borough) keys.push(borough);
  }
  // One key per station and wording is enough; keep the strongest kind (the order above).
  const seen = new Set<string>();
  return keys.filter((k) => {
    const id = `${k.stationId}|${k.core}`;
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}

// ---------------------------------------------------------------------------
// Searching

export interface StationCandidate {
  station: Station;
  /** 0..1, 1 = an exact name or alias. */
  score: number;
  matchedOn: MatchedOn;
  /** The key that matched, as written in the data. */
  matchedText: string;
  /** The matched key names a locality rather than the building (see `StationKey.isPlace`). */
  isPlace: boolean;
  /** The words matched a name or alias exactly (generic words aside). */
  exact: boolean;
}

export interface StationSearchResult {
  status: 'match' | 'ambiguous' | 'none';
  /** The words actually compared, after normalising and dropping generic words. */
  query: string;
  /** Best first. For `match`, the first is the answer; the rest are shown for context. */
  candidates: StationCandidate[];
}

/** Below this a fuzzy candidate is noise ("now" ~ "walthamstow" scores 0.67). */
export const MIN_FUZZY_SCORE = 0.7;
/** Two candidates closer than this are too close to call. */
export const AMBIGUITY_MARGIN = 0.08;
/** Queries shorter than this are only matched exactly or as a prefix: fuzzy matching of 3 letters matches everything. */
const MIN_FUZZY_LENGTH = 4;
/** Below this length a fuzzy candidate must start a word of the key or be one typo from it. */
const SHORT_QUERY_LENGTH = 6;
/** Longer text is a sentence, not a name: search only its start (see `findMentions` in `locate.ts`). */
const MAX_QUERY_LENGTH = 64;

/** The key behind each candidate, kept out of the public shape. */
const candidateKeys = new WeakMap<StationCandidate, StationKey>();
function keyOf(c: StationCandidate): StationKey {
  const key = candidateKeys.get(c);
  if (!key) throw new Error('stationSearch: candidate without a key');
  return key;
}
/** How far the query's whole wording (generic words included) is from the key's. */
function fullGap(full: string, key: StationKey): number {
  return editDistance(full, key.full);
}

const KIND_WEIGHT: Record<MatchedOn, number> = { name: 1, alias: 1, road: 1, area: 0.92, borough: 0.85 };
const KIND_ORDER: Record<MatchedOn, number> = { name: 0, alias: 1, road: 1.5, area: 2, borough: 3 };

export interface StationSearchOptions {
  /** How many candidates to return (default 5). */
  limit?: number;
  kinds?: readonly MatchedOn[];
}

/** A key's entry in a fuse.js index: its words and their length norm. */
type FuseEntry = FuseIndex<StationKey>['records'][number]['$'];

/** fuse.js scores the shortlist: bitap over the key's words, typos and all. */
export const FUSE_OPTIONS: IFuseOptions<StationKey> = { keys: ['core'], includeScore: true, threshold: 0.45, ignoreLocation: true };

/** Letter pairs of the padded words ("wood" -> " w", "wo", "oo", "od", "d "). */
function bigrams(text: string): Set<string> {
  const padded = ` ${text} `;
  const out = new Set<string>();
  for (let i = 0; i < padded.length - 1; i++) out.add(padded.slice(i, i + 2));
  return out;
}

/** A key's words, and the same run together ("stokenewington"), as `wordsFoundIn` compares them. */
interface KeyWords {
  words: readonly string[];
  joined: string;
}

/**
 * Each word of the query (`queryWords`: its words of 3+ letters) starts a word
 * of the key, or is a typo of one (one edit, two from 8 letters), or of the
 * key's words run together ("stokenewington").
 */
function wordsFoundIn(queryWords: readonly string[], key: KeyWords): boolean {
  return queryWords.every((w) => {
    const max = w.length >= 8 ? 2 : 1;
    return key.words.some((k) => k.startsWith(w) || editDistance(w, k, max) <= max) || editDistance(w, key.joined, max) <= max;
  });
}

export class StationSearch {
  readonly keys: readonly StationKey[];
  private readonly byId: Map<string, Station>;
  /** Name and alias keys by whole wording and by core, for exact matches. */
  private readonly byFull = new Map<string, StationKey[]>();
  private readonly byCore = new Map<string, StationKey[]>();
  /** Which keys hold each letter pair: picks the few keys worth scoring, so search stays fast at 10,000 stations. */
  private readonly byBigram = new Map<string, number[]>();
  /** The fuse.js searcher and each key's index entry, made at the first fuzzy search (see `scoreFuzzily`). */
  private fuzzy?: { fuse: Fuse<StationKey>; shortlistIndex: FuseIndex<StationKey>; entries: FuseEntry[] };
  /** Each key's words (by its place in `keys`), split at its first fuzzy search. */
  private readonly keyWords: KeyWords[] = [];
  /** Letter pairs each key shares with the query, by its place in `keys` (see `shortlist`). */
  private pairCounts?: Uint16Array;

  constructor(stations: readonly Station[]) {
    this.byId = new Map(stations.map((s) => [s.id, s]));
    this.keys = buildStationKeys(stations);
    const push = <K>(map: Map<K, StationKey[]>, k: K, key: StationKey) => {
      const list = map.get(k);
      if (list) list.push(key);
      else map.set(k, [key]);
    };
    this.keys.forEach((key, i) => {
      if (key.matchedOn === 'name' || key.matchedOn === 'alias' || key.matchedOn === 'road') {
        push(this.byFull, key.full, key);
        push(this.byCore, key.core, key);
      }
      for (const b of bigrams(key.core)) {
        const list = this.byBigram.get(b);
        if (list) list.push(i);
        else this.byBigram.set(b, [i]);
      }
    });
  }

  /** Every station searched, in the data's order. */
  stations(): IterableIterator<Station> {
    return this.byId.values();
  }

  station(id: string): Station | undefined {
    return this.byId.get(id);
  }

  /**
   * Keys sharing enough letter pairs with the query to possibly score
   * `MIN_FUZZY_SCORE`: each typo spoils at most two pairs, and a match inside
   * a longer key loses the two padded ends.
   */
  private shortlist(core: string): number[] {
    const pairs = bigrams(core);
    const need = Math.max(1, Math.floor(0.4 * core.length) - 1);
    // Counts per key in one array kept between searches (each is synchronous), the keys met listed in the
    // order first met (the shortlist's order, which fuse.js's ties follow), and the counts cleared after.
    const counts = (this.pairCounts ??= new Uint16Array(this.keys.length));
    const met: number[] = [];
    for (const b of pairs) {
      for (const i of this.byBigram.get(b) ?? []) if (counts[i]++ === 0) met.push(i);
    }
    const out: number[] = [];
    for (const i of met) {
      if (counts[i] >= need) out.push(i);
      counts[i] = 0;
    }
    return out;
  }

  /**
   * fuse.js's results for `core` over the shortlisted keys (indexes into
   * `keys`, in shortlist order), exactly as `new Fuse(shortlist).search(core)`:
   * one searcher serves every search, and each key's index entry (its words
   * and their length norm) is made once, so a search only lists the entries
   * of its shortlist in shortlist order (fuse.js orders tied scores by that
   * position).
   */
  private scoreFuzzily(core: string, shortlist: readonly number[]): FuseResult<StationKey>[] {
    if (!this.fuzzy) {
      const fuse = new Fuse(this.keys, FUSE_OPTIONS);
      const whole = fuse.getIndex();
      const entries: FuseEntry[] = [];
      for (const record of whole.records) entries[record.i] = record.$;
      this.fuzzy = { fuse, shortlistIndex: Fuse.parseIndex<StationKey>({ keys: whole.keys, records: [] }), entries };
    }
    const { fuse, shortlistIndex, entries } = this.fuzzy;
    shortlistIndex.setIndexRecords(shortlist.map((keyAt, i) => ({ i, $: entries[keyAt] })));
    fuse.setCollection(shortlist.map((keyAt) => this.keys[keyAt]), shortlistIndex);
    return fuse.search(core);
  }

  private wordsOfKey(i: number): KeyWords {
    let known = this.keyWords[i];
    if (known === undefined) {
      const words = this.keys[i].core.split(' ');
      known = this.keyWords[i] = { words, joined: words.join('') };
    }
    return known;
  }

  /** `kinds` limits what may match (default all five); `locate` leaves boroughs to the borough directory. */
  search(query: string, options: StationSearchOptions = {}): StationSearchResult {
    const limit = Math.max(1, options.limit ?? 5);
    const kinds = new Set<MatchedOn>(options.kinds ?? ['name', 'alias', 'road', 'area', 'borough']);
    const full = normaliseText(String(query ?? '').slice(0, MAX_QUERY_LENGTH * 4)).slice(0, MAX_QUERY_LENGTH).trim();
    const core = stripGenericWords(full);
    if (!core) return { status: 'none', query: core, candidates: [] };

    // Exact: the whole wording, else the wording without generic words. A bare
    // place ("walthamstow") is the place. Asked about its police station, every
    // station known by that place counts, so "barking police station" is
    // ambiguous between the former station of that name and the counter
    // residents call "Barking".
    const isName = (k: StationKey) => (k.matchedOn === 'name' || k.matchedOn === 'alias' || k.matchedOn === 'road') && kinds.has(k.matchedOn);
    const byFull = (this.byFull.get(full) ?? []).filter(isName);
    const byCore = (this.byCore.get(core) ?? []).filter(isName);
    const exact = byFull.length === 0 ? byCore : full === core ? byFull : [...new Set([...byFull, ...byCore])];

    const best = new Map<string, StationCandidate>();
    const gaps = new Map<StationCandidate, number>();
    const offer = (key: StationKey, score: number, isExact: boolean) => {
      const station = this.byId.get(key.stationId);
      if (!station || !kinds.has(key.matchedOn)) return;
      const prev = best.get(key.stationId);
      const better =
        !prev || score > prev.score || (score === prev.score && KIND_ORDER[key.matchedOn] < KIND_ORDER[prev.matchedOn]);
      if (better) {
        const candidate: StationCandidate = { station, score, matchedOn: key.matchedOn, matchedText: key.text, isPlace: key.isPlace, exact: isExact };
        candidateKeys.set(candidate, key);
        gaps.set(candidate, fullGap(full, key));
        best.set(key.stationId, candidate);
      }
    };
    for (const k of exact) offer(k, 1, true);

    const shortlisted = this.shortlist(core).filter((i) => kinds.has(this.keys[i].matchedOn));
    const shortlist = shortlisted.map((i) => this.keys[i]);
    const startsWord = (k: StationKey) => k.core.startsWith(core) || k.core.includes(` ${core}`);
    if (core.length >= MIN_FUZZY_LENGTH) {
      // Whether a key may match at all does not depend on fuse.js's score, so only the keys that may are
      // scored (fuse.js scores each key on its own and orders ties by position, which the filter keeps):
      // - short words match too much inside other words ("open" in "Penge"): they must start a word of
      //   the key or be one typo away from it;
      // - every word the resident typed must be (nearly) in the key: "kings cross" shares "cross" with
      //   Charing Cross, and is not it.
      const queryWords = core.split(' ').filter((w) => w.length >= 3);
      const mayMatch = (i: number): boolean => {
        const key = this.keys[i];
        if (startsWord(key)) return true;
        if (core.length < SHORT_QUERY_LENGTH && editDistance(core, key.core, 1) > 1) return false;
        return wordsFoundIn(queryWords, this.wordsOfKey(i));
      };
      const scored = shortlisted.filter(mayMatch);
      for (const r of scored.length === 0 ? [] : this.scoreFuzzily(core, scored)) {
        const key = r.item;
        const prefix = startsWord(key);
        // fuse.js finds the words inside a longer key; the edit distance rewards
        // a key that is the same length ("sheperds bush" is Shepherd's Bush, not Shepherds Bush Road).
        const fuzzy = Math.min(prefix ? 0.99 : 0.98, 1 - (r.score ?? 1));
        const typo = 1 - editDistance(core, key.core) / Math.max(core.length, key.core.length);
        // Only an exact key scores 1; a perfect fuzzy hit on an area or borough does not win outright.
        const score = Math.min(0.99, Math.max(fuzzy, typo)) * KIND_WEIGHT[key.matchedOn];
        offer(key, Math.round(score * 1000) / 1000, false);
      }
    } else {
      // Short words: the start of a name or alias ("brix") and nothing fuzzier.
      for (const k of shortlist) if (isName(k) && k.core.startsWith(core)) offer(k, Math.max(0.7, core.length / k.core.length), false);
    }

    const gap = (c: StationCandidate) => gaps.get(c) ?? 0;
    const ranked = [...best.values()]
      .filter((c) => c.exact || c.score >= MIN_FUZZY_SCORE)
      .sort(
        (a, b) =>
          b.score - a.score ||
          gap(a) - gap(b) ||
          KIND_ORDER[a.matchedOn] - KIND_ORDER[b.matchedOn] ||
          a.station.name.localeCompare(b.station.name),
      );
    const candidates = ranked.slice(0, limit);
    if (ranked.length === 0) return { status: 'none', query: core, candidates: [] };

    const exactStations = new Set(exact.map((k) => k.stationId));
    if (exactStations.size === 1) return { status: 'match', query: core, candidates };
    if (exactStations.size > 1) return { status: 'ambiguous', query: core, candidates };

    const prefixStations = new Set(shortlist.filter((k) => isName(k) && startsWord(k)).map((k) => k.stationId));
    if (prefixStations.size > 1) return { status: 'ambiguous', query: core, candidates };
    // Two stations can share a wording once generic words go ("Walthamstow" the
    // office, "Walthamstow Police Station" the former station): as with exact
    // matches, the one whose whole wording is closer to the query takes it.
    const [top, ...rest] = ranked;
    const rival = rest.find((c) => !(keyOf(c).core === keyOf(top).core && gap(top) < gap(c)));
    if (rival && top.score - rival.score < AMBIGUITY_MARGIN - 1e-9) return { status: 'ambiguous', query: core, candidates };
    return { status: 'match', query: core, candidates };
  }
}

/** `search.search(query)`, as a function for callers that prefer one. */
export function searchStations(search: StationSearch, query: string, options: StationSearchOptions = {}): StationSearchResult {
  return search.search(query, options);
}
