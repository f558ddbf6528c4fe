/**
 * One entry point for "where does the resident mean": a postcode, a station, a
 * place, a borough, or something mentioned inside a longer sentence. Every
 * result says what kind of thing matched and how sure we are.
 *
 * Station or place? A text "names the station" when it holds a police word
 * ("Brixton police station", "brixton nick", "Woodford counter") or matches a
 * key that is a building or street ("Agar Street", "Windmill Road"); it then
 * gives kind `station`. A bare locality ("Brixton", "Woodford", "Walthamstow")
 * gives kind `place`: the point is the station's (flagged `approximate` when
 * that is itself a district centroid) and `stationId` says which station the
 * place is named after, so "nearest desk to Woodford" works even though
 * Woodford's counter closed long ago.
 *
 * Borough or place? A place or station named exactly wins ("Richmond",
 * "Kingston", "Croydon"), with the borough among the alternatives; a borough
 * wins over a station only reachable through a "<borough> police station"
 * alias ("Bexley", "Hillingdon", "Redbridge").
 *
 * Neighbourhoods and towns ("Tooting", "Canary Wharf", "Watford") come from
 * the gazetteer (`places.ts`), matched more strictly than stations, and only
 * where no station or borough has the name ("Kilburn" stays Kilburn's). A
 * road ("Uxbridge Road police station") names every station the aliases put
 * on it, so the resident is asked which.
 *
 * Whose police? A match in the City of London (named, a gazetteer place there,
 * or a postcode mostly there) or outside Greater London carries `outsideMet`,
 * so the answer can say the Met is not its force.
 */
import type { KnowledgeData, LocateResult, OutsideMet, PlaceMatch, Station } from './model';
import { BoroughDirectory, type Borough } from './boroughs';
import { CITY_OF_LONDON, LONDON_NAMES_WITHOUT_A_POINT, PlaceGazetteer, gazetteerMatch, type PlaceName } from './places';
import { PostcodeDirectory, type PostcodeInText, type PostcodeResolution } from './postcodes';
import {
  GENERIC_WORDS,
  STATION_WORDS,
  StationSearch,
  editDistance,
  mentionsStationWords,
  normaliseText,
  stripGenericWords,
  type StationCandidate,
  type StationKey,
} from './stationSearch';

/**
 * Everyday words that must never be read as a place, even with a typo
 * ("eating" is not Ealing, "borough" alone is not Southwark's "Borough police
 * station"). A span may not start or end on one of these. (The place search's
 * own list, for the edges of a name; understanding's ordinary English is
 * `COMMON_WORDS` in src/understanding/lexicon.ts.)
 */
export const NEVER_A_PLACE_EDGE: ReadonlySet<string> = new Set(
  (
    'a about above after again against all almost also always am an and any anymore anyone anything anywhere are area around as ask at ' +
    'away back bail bank be been before being best better between big bit book borough both bring busy but by call can cannot cant ' +
    'car central centre center change check christmas church city close closed closer closes closest closing come contact could council ' +
    'crime cross day days desk did do does doing done dont down during each early easter east eating else emergency end evening ever ' +
    'every far find first for found friday from front full gate get give go going gone good great green had half has have hello help ' +
    'her here hey hi high hill his hour hours how i if im in info into is it its just keep kind know last late later left let like ' +
    'list live lives living local london long look lost main make many may me midnight mine monday more morning most much must my ' +
    'name near nearby nearest need new next night nights no none noon north not now number of off office old on once one only open ' +
    'opened opening opens or other our out over overnight park people phone place please police property report right road same ' +
    'saturday say see shop should show side since so some something soon south square still stolen street sunday sure tell than ' +
    'thank thanks that the their them then there these they thing think this those thursday time times to today tomorrow tonight too ' +
    'town tuesday two under until up upon us use very visit walk want was way we wednesday week weekend well went were west what ' +
    'when where which while who whole why will with within without would year years yes yesterday yet you your 24 24h 24hr 247 7'
  ).split(' '),
);

/** One place-like thing a resident's words mentioned inside a longer text. */
export interface Mention {
  /** The words as written ("Wimbledon police station", "ig80sb"). */
  text: string;
  /** UTF-16 offsets into the text: `text === input.slice(start, end)`. */
  start: number;
  end: number;
  /** The words named the building ("wimbledon police station", "brixton nick"), not just the place. */
  namesStation: boolean;
  /** 0..1, 1 = an exact name, alias, borough or postcode. */
  score: number;
  result: Exclude<LocateResult, { status: 'not-found' }>;
}

function appendTo<K, V>(lists: Map<K, V[]>, key: K, value: V): void {
  const list = lists.get(key);
  if (list) list.push(value);
  else lists.set(key, [value]);
}

/** How strongly one kind of match claims the words when scores tie; lower wins. */
const Rank = {
  StationNamed: 0,
  Place: 1,
  Borough: 2,
  Gazetteer: 2.5,
  StationByBoroughAlias: 3,
  /** A road said without police words ("I live on Harrow Road"): a gazetteer place of that name is the likelier reading. */
  Road: 3.5,
  Fuzzy: 4,
} as const;

interface Ranked {
  match: PlaceMatch;
  rank: number;
}

interface VocabEntry {
  full: string;
  core: string;
  key?: StationKey;
  borough?: Borough;
  place?: PlaceName;
}

interface Word {
  w: string;
  start: number;
  end: number;
}

interface SpanCandidate {
  i: number;
  j: number;
  score: number;
  entries: VocabEntry[];
  full: string;
}

const MAX_ALTERNATIVES = 4;
/** Things a place has, said after its name: where they are is the place ("old street roundabout" is at Old Street). */
const FEATURE_OF_A_PLACE =
  / (?:roundabout|junction|crossroads|gyratory|interchange|market|markets|high (?:street|st|road|rd)|broadway|(?:shopping|town|leisure) (?:centre|center)|bus (?:station|garage)|tube|underground|overground|dlr|(?:train|rail|railway|tube|overground|bus) station|library|clock tower|war memorial)$/;
/** Weaker candidates are noise next to a found match ("Kingston" ~ "Addington" 0.75). */
const MIN_ALTERNATIVE_SCORE = 0.8;
/** A place named without the direction its name begins with ("norwood" for South Norwood): sure, but not exact. */
const SCORE_WITHOUT_ITS_DIRECTION = 0.9;
/** For choosing among mentions of equal score: whole postcodes, then places, then sectors, districts, boroughs. */
const mentionPriority = new WeakMap<Mention, number>();
/** Sentences longer than this many words are only scanned this far. */
const MAX_WORDS = 2000;

export class Locator {
  readonly stationSearch: StationSearch;
  readonly postcodes: PostcodeDirectory;
  readonly boroughs: BoroughDirectory;
  readonly gazetteer: PlaceGazetteer;
  private readonly byFull = new Map<string, VocabEntry[]>();
  private readonly byCore = new Map<string, VocabEntry[]>();
  /** Cores of 5+ letters by first letter, for typo-tolerant scanning. */
  private readonly fuzzyBuckets = new Map<string, string[]>();

  /** `places` (the gazetteer) is optional: without it, only stations, boroughs and postcodes are known. */
  constructor(data: Pick<KnowledgeData, 'stations' | 'districts' | 'sectors'> & Partial<Pick<KnowledgeData, 'places' | 'placesElsewhere' | 'railPlaces' | 'tubePlaces'>>) {
    this.stationSearch = new StationSearch(data.stations);
    this.postcodes = new PostcodeDirectory(data.districts, data.sectors);
    this.boroughs = new BoroughDirectory(data.sectors, data.stations);
    this.buildVocabulary();
    // Built after the stations and boroughs, so that a name they hold stays theirs.
    const claimed = new Set<string>(this.stationSearch.keys.filter((k) => k.matchedOn !== 'road' && k.matchedOn !== 'borough' && (k.matchedOn !== 'area' || k.isPlace)).flatMap((k) => [k.core, k.full]));
    for (const name of this.boroughs.names().keys()) claimed.add(name);
    // London's own names (stations, localities, boroughs), not its streets: "Salisbury" is the city, not Salisbury Road.
    const londonNames = [...this.stationSearch.keys.filter((k) => k.matchedOn === 'name' || k.isPlace).map((k) => k.core), ...this.boroughs.names().keys()];
    // The railway- and Underground-station places name only what the gazetteer lacks (the build checks): one list of places.
    const places = [...(data.places ?? []), ...(data.railPlaces ?? []), ...(data.tubePlaces ?? [])];
    this.gazetteer = new PlaceGazetteer(places, (name) => claimed.has(name), NEVER_A_PLACE_EDGE, { names: data.placesElsewhere ?? [], londonNames });
    this.addGazetteerVocabulary();
  }

  /**
   * The counters with `word` as a whole word of their name or of a name they go by ("hill": Notting Hill, Kings Head
   * Hill, Lavender Hill; "cross": Charing Cross), for a counter called by one word of its name ("the hill station", "the
   * cross one"): found when one counter has it, a choice when several do, not found when none does or the word only
   * says what a counter is ("police", "station", "road").
   */
  countersNamedWith(word: string): LocateResult {
    const w = normaliseText(word);
    if (!/^[a-z]+$/.test(w) || WORDS_OF_EVERY_COUNTER.has(w)) return { status: 'not-found', query: word };
    const matches: PlaceMatch[] = [];
    for (const station of this.stationSearch.stations()) {
      const name = [station.name, ...station.aliases].find((n) => normaliseText(n).split(' ').includes(w));
      if (name) matches.push(stationMatch(station, 1, name === station.name ? null : name));
    }
    if (matches.length === 0) return { status: 'not-found', query: word };
    return matches.length === 1 ? { status: 'found', match: matches[0], alternatives: [] } : { status: 'ambiguous', candidates: matches };
  }

  /**
   * The London places the gazetteer calls `name` exactly, whatever their borough ("hayes": Hayes in Hillingdon and Hayes
   * in Bromley, even where a counter holds the bare name), for the other one of a name asked after.
   */
  placesCalled(name: string): PlaceMatch[] {
    const called = normaliseText(name);
    const places = new Map<string, PlaceMatch>();
    for (const [, entries] of this.gazetteer.names()) {
      for (const { place } of entries) if (place.inLondon && !places.has(place.id) && normaliseText(place.name) === called) places.set(place.id, gazetteerMatch(place, 1));
    }
    return [...places.values()];
  }

  /** A British town far from London named by `query` ("brighton", "Manchester"), as the gazetteer spells it; else undefined. */
  townOutsideLondon(query: string): string | undefined {
    return this.gazetteer.townElsewhere(normaliseText(query));
  }

  // -------------------------------------------------------------------------
  // The whole text

  /**
   * What the whole text names; falls back to the best thing mentioned inside it. `mentionsInText`:
   * what `findMentions(text)` gave, when the caller has it already, so the text is not scanned twice.
   */
  locate(text: string, mentionsInText?: readonly Mention[]): LocateResult {
    const raw = String(text ?? '');
    const query = raw.trim().slice(0, 200);
    if (normaliseText(raw.slice(0, 1000)) === '') return { status: 'not-found', query };

    const postcode = this.postcodes.resolve(raw.trim());
    if (postcode) return this.fromPostcode(postcode);
    // London's Newington is not Stoke Newington, nor Kent's: a London name we have no point for is not found.
    if (LONDON_NAMES_WITHOUT_A_POINT.has(stripGenericWords(normaliseText(raw.slice(0, 400))))) return { status: 'not-found', query };

    const phrase = this.lookupPhrase(raw);
    const mentions = mentionsInText ?? this.findMentions(raw);
    const best = pickBestMention(mentions);
    const phraseScore = phrase ? topScore(phrase) : 0;
    if (phrase && (!best || phraseScore >= best.score)) return phrase;
    if (!best) return { status: 'not-found', query };
    if (best.result.status !== 'found') return best.result;
    const others = mentions.filter((m) => m !== best).flatMap((m) => (m.result.status === 'found' ? [m.result.match] : []));
    return { ...best.result, alternatives: dedupe([...best.result.alternatives, ...others]).slice(0, MAX_ALTERNATIVES) };
  }

  /** The whole text as one name: station search plus boroughs. */
  private lookupPhrase(raw: string): LocateResult | null {
    const norm = normaliseText(raw.slice(0, 400));
    const core = stripGenericWords(norm);
    if (!core || core.split(' ').length > 5) return null;
    const namesStation = mentionsStationWords(norm);
    const search = this.stationSearch.search(raw, { limit: 6, kinds: ['name', 'alias', 'road', 'area'] });
    // A town far from London named exactly ("Brighton", "Sheffield") is not stretched into a station (Brixton) or a
    // place (Shenfield). Only "<town> police station" keeps a one-letter slip ("stretham police station"): the Met's
    // stations are all the bot knows of, and no town far from London has one.
    const elsewhere = this.gazetteer.isElsewhere(core) || this.gazetteer.streetNamedForATownElsewhere(core);
    const candidates = elsewhere
      ? search.candidates.filter((c) => c.exact || (namesStation && editDistance(core, stripGenericWords(normaliseText(c.matchedText)), 1) <= 1))
      : search.candidates;
    const ranked: Ranked[] = candidates.map((c) => this.rankCandidate(c, namesStation));
    const borough = this.boroughs.search(raw);
    if (borough) ranked.push({ match: boroughMatch(borough.borough, borough.score), rank: Rank.Borough });
    // The whole text as a place's name: an everyday one too ("Bow"), since nothing else was said.
    const exactPlaces = this.gazetteer.exact(core);
    const places = exactPlaces.length > 0 ? { entries: exactPlaces, score: 1 } : elsewhere ? null : (this.gazetteer.nearExact(core) ?? this.placeOfAFeature(core));
    for (const e of places?.entries ?? []) ranked.push({ match: gazetteerMatch(e.place, places!.score), rank: Rank.Gazetteer });
    if (ranked.length === 0) return this.placesAfterADirection(core);
    ranked.sort(byScoreThenRank);
    const top = ranked[0];
    // A place named exactly beats fuzzy station candidates ("Watford" is not Catford); two such places ("Belmont") are a choice.
    const placeOnTop = top.match.placeId !== undefined;
    const rivalPlace = placeOnTop && ranked.some((r) => r !== top && r.match.placeId && r.match.placeId !== top.match.placeId && r.match.score === top.match.score);
    if (rivalPlace) return { status: 'ambiguous', candidates: ranked.filter((r) => r.match.placeId && r.match.score === top.match.score).map((r) => r.match) };
    if (search.status === 'ambiguous' && top.match.kind !== 'borough' && !placeOnTop && candidates.length > 1) {
      return { status: 'ambiguous', candidates: choices(ranked.map((r) => r.match), namesStation) };
    }
    const alternatives = ranked.slice(1).filter((r) => r.match.score >= MIN_ALTERNATIVE_SCORE);
    return { status: 'found', match: top.match, alternatives: dedupe(alternatives.map((r) => r.match)).slice(0, MAX_ALTERNATIVES) };
  }

  /**
   * A name no place has alone, said without the direction its places have ("norwood": South, Upper or West Norwood):
   * a choice between them, or the one there is; null when there is none.
   */
  private placesAfterADirection(core: string): LocateResult | null {
    const entries = this.gazetteer.afterADirection(core);
    if (entries.length === 0) return null;
    const matches = entries.map((e) => gazetteerMatch(e.place, SCORE_WITHOUT_ITS_DIRECTION));
    return matches.length > 1 ? { status: 'ambiguous', candidates: matches.slice(0, MAX_ALTERNATIVES + 1) } : { status: 'found', match: matches[0], alternatives: [] };
  }

  /**
   * A place named with a thing of its own after it ("old street roundabout", "wood green shopping centre", "streatham
   * high road"): the place, when the whole wording names nothing and the words before the thing name a place exactly.
   */
  private placeOfAFeature(core: string): { entries: PlaceName[]; score: number } | null {
    const feature = FEATURE_OF_A_PLACE.exec(core);
    if (!feature || feature.index === 0) return null;
    const entries = this.gazetteer.exact(core.slice(0, feature.index));
    return entries.length > 0 ? { entries, score: 1 } : null;
  }

  private rankCandidate(c: StationCandidate, namesStation: boolean): Ranked {
    const asPlace = c.isPlace && !namesStation;
    const match = stationMatch(c.station, c.score, asPlace ? c.matchedText : null);
    if (!c.exact) return { match, rank: Rank.Fuzzy };
    if (namesStation) return { match, rank: Rank.StationNamed };
    if (c.matchedOn === 'road') return { match, rank: Rank.Road };
    if (asPlace) return { match, rank: Rank.Place };
    // "Bexley" reaches Bexleyheath only through its alias "Bexley police station": the borough is the better reading.
    return { match, rank: c.matchedText.split(/\s+/).some((w) => STATION_WORDS.has(normaliseText(w))) ? Rank.StationByBoroughAlias : Rank.StationNamed };
  }

  // -------------------------------------------------------------------------
  // Inside a sentence

  /**
   * The places, stations, boroughs and postcodes mentioned in a sentence, in
   * order, without overlaps: "is wimbledon police station still open" ->
   * Wimbledon (station); "nearest 24h to woodford please" -> Woodford (place).
   * Word spans of 1-4 words are compared with every name, alias, locality and
   * borough, exactly or with a typo in words of 5+ letters; spans may not
   * start or end on an everyday word, so "open", "now", "green" or "sunday"
   * never match.
   */
  findMentions(text: string): Mention[] {
    const raw = String(text ?? '');
    const words = tokenise(raw);
    const taken = new Array<boolean>(words.length).fill(false);
    const mentions: Mention[] = [];

    for (const p of this.postcodes.findAll(raw)) {
      const covered = words.map((w, i) => (w.start < p.end && w.end > p.start ? i : -1)).filter((i) => i >= 0);
      if (covered.some((i) => taken[i])) continue;
      covered.forEach((i) => (taken[i] = true));
      mentions.push(this.postcodeMention(p));
    }

    const spans: SpanCandidate[] = [];
    for (let i = 0; i < words.length; i++) {
      if (taken[i]) continue;
      // The span's wording and its core (without generic words) grow a word at a time: no slicing and joining per span.
      let full = '';
      let core = '';
      for (let n = 1; n <= 4 && i + n <= words.length; n++) {
        const j = i + n - 1;
        if (taken[j]) break;
        const w = words[j].w;
        full = n === 1 ? w : `${full} ${w}`;
        if (!GENERIC_WORDS.has(w)) core = core === '' ? w : `${core} ${w}`;
        const span = this.matchSpan(words, i, j, full, core);
        if (span) spans.push(span);
      }
    }
    spans.sort((a, b) => b.score - a.score || b.j - b.i - (a.j - a.i) || a.i - b.i);
    for (const s of spans) {
      let free = true;
      for (let k = s.i; k <= s.j; k++) if (taken[k]) free = false;
      if (!free) continue;
      for (let k = s.i; k <= s.j; k++) taken[k] = true;
      if (s.entries.length > 0) mentions.push(this.spanMention(raw, words, s));
    }
    return mentions.sort((a, b) => a.start - b.start);
  }

  /** Same as `findMentions`: every place-like thing in the text, in order. */
  locateAll(text: string): Mention[] {
    return this.findMentions(text);
  }

  /** `full`: the span's words joined by spaces; `core`: the same without generic words (what `stripGenericWords(full)` gives). */
  private matchSpan(words: Word[], i: number, j: number, full: string, core: string): SpanCandidate | null {
    const first = words[i].w;
    const last = words[j].w;
    // Exact: the whole wording ("the city", "walthamstow police station"), or
    // the words without generic ones, if the span is not padded with them
    // ("the wimbledon" is "wimbledon", found from its own first word).
    const padded = GENERIC_WORDS.has(first) || (GENERIC_WORDS.has(last) && !STATION_WORDS.has(last));
    // Inside a sentence, an everyday place name ("bow", "west end") needs more than its words (see `locate`).
    const byFull = this.byFull.get(full);
    const byCore = !padded && core ? this.byCore.get(core) : undefined;
    if (byFull !== undefined || byCore !== undefined) {
      const exact = new Set([...(byFull ?? []), ...(byCore ?? [])].filter((e) => !e.place?.everyday));
      if (exact.size > 0) return { i, j, score: 1, entries: [...exact], full };
    }
    // "Sutton Coldfield", "Kingston upon Hull": a town far from London takes its words, so no London name inside it is read;
    // so does a street named for one ("Rochester Row" is in Westminster, not Medway).
    if (!padded && core.includes(' ') && (this.gazetteer.isElsewhere(core) || this.gazetteer.streetNamedForATownElsewhere(core))) return { i, j, score: 1, entries: [], full };
    if (padded || !core || NEVER_A_PLACE_EDGE.has(first) || (NEVER_A_PLACE_EDGE.has(last) && !STATION_WORDS.has(last))) return null;
    // "Harlow", "Sheffield": a town's own name, said exactly, is not a typo of a London one (Harrow, Shenfield);
    // "stretham police station" still is (see `lookupPhrase`).
    if (this.gazetteer.isElsewhere(core) && !mentionsStationWords(full)) return null;

    // A typo: 5+ letters, not everyday words, same first letter, one edit (two from 10 letters).
    if (core.length < 5 || core.split(' ').every((w) => NEVER_A_PLACE_EDGE.has(w))) return null;
    const place = this.gazetteer.nearExact(core);
    const placeCandidate: SpanCandidate | null = place ? { i, j, score: place.score, entries: place.entries.map((e) => ({ full: e.name, core: e.name, place: e })), full } : null;
    const max = core.length >= 10 ? 2 : 1;
    let bestScore = 0;
    let bestCore: string | null = null;
    for (const candidate of this.fuzzyBuckets.get(core[0]) ?? []) {
      if (Math.abs(candidate.length - core.length) > max) continue;
      const d = editDistance(core, candidate, max);
      if (d > max) continue;
      const score = Math.round((1 - d / Math.max(core.length, candidate.length)) * 1000) / 1000;
      if (score > bestScore) {
        bestScore = score;
        bestCore = candidate;
      }
    }
    // A place's name is matched more strictly than a station's (one typo, 8+ letters): when both fit, the closer wins, the station on a tie.
    const stationCandidate = bestCore ? { i, j, score: bestScore, entries: (this.byCore.get(bestCore) ?? []).filter((e) => !e.place), full } : null;
    if (placeCandidate && (!stationCandidate || placeCandidate.score > stationCandidate.score)) return placeCandidate;
    return stationCandidate && stationCandidate.entries.length > 0 ? stationCandidate : null;
  }

  private spanMention(raw: string, words: Word[], s: SpanCandidate): Mention {
    const start = words[s.i].start;
    const end = words[s.j].end;
    const namesStation = mentionsStationWords(s.full);
    const ranked: Ranked[] = [];
    const stationEntries = s.entries.filter((e) => e.key);
    // As in the station search: a key whose whole wording is the words wins
    // ("walthamstow" is the office, "walthamstow police station" the former
    // station); for a typo, the closest whole wording. Otherwise ("walthamstow
    // nick") both stay in, and the mention is ambiguous.
    const gaps = stationEntries.map((e) => editDistance(s.full, e.full));
    const closest = Math.min(...gaps);
    const preferClosest = closest === 0 || s.score < 1;
    for (const e of s.entries) {
      if (e.borough) {
        ranked.push({ match: boroughMatch(e.borough, s.score), rank: Rank.Borough });
        continue;
      }
      if (e.place) {
        ranked.push({ match: gazetteerMatch(e.place.place, s.score), rank: Rank.Gazetteer });
        continue;
      }
      const key = e.key!;
      const station = this.stationSearch.station(key.stationId);
      if (!station) continue;
      const asPlace = key.isPlace && !namesStation;
      const match = stationMatch(station, s.score, asPlace ? key.text : null);
      let rank: number = asPlace ? Rank.Place : Rank.StationNamed;
      if (!namesStation && !asPlace && key.full !== key.core) rank = Rank.StationByBoroughAlias;
      if (!namesStation && key.matchedOn === 'road') rank = Rank.Road;
      if (preferClosest && editDistance(s.full, e.full) > closest) rank += 0.5;
      ranked.push({ match, rank });
    }
    ranked.sort(byScoreThenRank);
    const matches = dedupe(ranked.map((r) => r.match));
    // Two stations on one road, two places of one name: the resident is asked which.
    const distinct = new Set(ranked.filter((r) => r.rank === ranked[0].rank && r.match.score === ranked[0].match.score).map((r) => r.match.stationId ?? r.match.placeId).filter((id) => id));
    const result: Mention['result'] =
      distinct.size > 1
        ? { status: 'ambiguous', candidates: choices(matches, namesStation) }
        : { status: 'found', match: matches[0], alternatives: matches.slice(1, MAX_ALTERNATIVES + 1) };
    return { text: raw.slice(start, end), start, end, namesStation, score: s.score, result };
  }

  private postcodeMention(p: PostcodeInText): Mention {
    const result = this.fromPostcode(this.postcodes.resolveFound(p));
    const mention: Mention = { text: p.text, start: p.start, end: p.end, namesStation: false, score: 1, result: result as Mention['result'] };
    mentionPriority.set(mention, p.form === 'unit' ? 0 : p.form === 'sector' ? 2 : 3);
    return mention;
  }

  // -------------------------------------------------------------------------

  private buildVocabulary(): void {
    const add = (entry: VocabEntry) => {
      const byFull = this.byFull.get(entry.full) ?? [];
      byFull.push(entry);
      this.byFull.set(entry.full, byFull);
      // A core that is one everyday word ("borough" from "Borough police station") is only found by its whole wording.
      if (NEVER_A_PLACE_EDGE.has(entry.core) || entry.core.length < 3) return;
      const byCore = this.byCore.get(entry.core) ?? [];
      byCore.push(entry);
      this.byCore.set(entry.core, byCore);
    };
    const named = new Set(this.stationSearch.keys.filter((k) => k.matchedOn === 'name' || k.matchedOn === 'alias').map((k) => k.core));
    for (const key of this.stationSearch.keys) {
      // Street names in addresses ("Fore Street") are too loose for sentences; a
      // locality ("Mayfair") is fine unless a station is named after it ("Croydon").
      if (key.matchedOn === 'borough') continue;
      if (key.matchedOn === 'area' && (!key.isPlace || named.has(key.core))) continue;
      add({ full: key.full, core: key.core, key });
    }
    for (const [name, { borough }] of this.boroughs.names()) add({ full: name, core: stripGenericWords(name), borough });
    for (const core of this.byCore.keys()) {
      if (core.length < 5) continue;
      const bucket = this.fuzzyBuckets.get(core[0]) ?? [];
      bucket.push(core);
      this.fuzzyBuckets.set(core[0], bucket);
    }
  }

  /** Gazetteer names, found exactly in sentences; their typos go through `PlaceGazetteer.nearExact`, not the station buckets. */
  private addGazetteerVocabulary(): void {
    for (const [name, entries] of this.gazetteer.names()) {
      const core = stripGenericWords(name);
      for (const place of entries) {
        const entry: VocabEntry = { full: name, core, place };
        // Appended in place: thousands of names at every start, and no list here is handed out yet.
        appendTo(this.byFull, name, entry);
        if (core) appendTo(this.byCore, core, entry);
      }
    }
  }

  // -------------------------------------------------------------------------
  // Postcodes, and whose police they are

  /**
   * A postcode's match. One mostly in the City of London says so; one outside
   * London whose district we hold (a boundary district such as CM14 or EN6)
   * still has a point, the district's centroid, so the nearest Met counter can
   * be measured; any other outside postcode stays `outside-london`.
   */
  private fromPostcode(p: PostcodeResolution): LocateResult {
    if (p.status === 'unknown-postcode') return { status: p.status, postcode: p.postcode };
    if (p.status === 'outside-london') {
      const district = this.postcodes.knownDistrict(p.postcode);
      if (!district) return { status: p.status, postcode: p.postcode };
      const outsideMet: OutsideMet = { area: 'outside-london', county: null };
      const match: PlaceMatch = { ...postcodeMatch(p.postcode, p.form), point: { lat: district.lat, lon: district.lon }, borough: null, outsideMet };
      return { status: 'found', match, alternatives: [] };
    }
    const cityShare = p.area.boroughs[CITY_OF_LONDON] ?? 0;
    const match: PlaceMatch = { ...postcodeMatch(p.postcode, p.form), point: { ...p.point }, borough: p.borough };
    // The data gives each sector's borough shares: a sector mostly in the City is the City Police's.
    if (cityShare >= 0.5) match.outsideMet = { area: 'city-of-london', share: cityShare };
    return { status: 'found', match, alternatives: [] };
  }
}

// ---------------------------------------------------------------------------

const WORD_RUN = /[\p{L}\p{N}'\u2019&]+/gu;
const NORMAL_WORD = /^[a-z0-9]+$/;

function tokenise(raw: string): Word[] {
  const words: Word[] = [];
  for (const m of raw.matchAll(WORD_RUN)) {
    // Understanding hands over lower-case words: a word already normal is its own normal form.
    if (NORMAL_WORD.test(m[0])) {
      words.push({ w: m[0], start: m.index, end: m.index + m[0].length });
    } else {
      for (const w of normaliseText(m[0]).split(' ')) {
        if (w) words.push({ w, start: m.index, end: m.index + m[0].length });
      }
    }
    if (words.length >= MAX_WORDS) break;
  }
  return words;
}

/** Words that say what a counter is or where on a street, not which one: never one counter's name alone. */
const WORDS_OF_EVERY_COUNTER = new Set(['police', 'station', 'counter', 'front', 'desk', 'office', 'the', 'of', 'and', 'road', 'street', 'lane', 'high', 'borough', 'name', 'mps', 'former', 'volunteer', 'run', 'centre', 'town', 'new', 'old']);

function stationMatch(station: Station, score: number, placeLabel: string | null): PlaceMatch {
  const loc = station.location;
  return {
    kind: placeLabel ? 'place' : 'station',
    label: placeLabel ?? station.name,
    point: loc ? { lat: loc.lat, lon: loc.lon } : null,
    approximate: loc ? loc.precision !== 'postcode-unit' : false,
    borough: station.borough,
    stationId: station.id,
    score,
  };
}

function boroughMatch(borough: Borough, score: number): PlaceMatch {
  // The middle of a borough stands for the whole borough: always approximate.
  const match: PlaceMatch = { kind: 'borough', label: borough.name, point: { ...borough.point }, approximate: true, borough: borough.name, score };
  if (borough.name === CITY_OF_LONDON) match.outsideMet = { area: 'city-of-london', share: 1 };
  return match;
}

function postcodeMatch(postcode: string, form: PostcodeResolution['form']): Omit<PlaceMatch, 'point' | 'borough'> {
  return { kind: form === 'district' ? 'district' : 'postcode', label: postcode, approximate: true, postcode, score: 1 };
}

/** What to offer when the words fit several things; asked about a police station, only stations. */
function choices(matches: PlaceMatch[], namesStation: boolean): PlaceMatch[] {
  const offered = namesStation && matches.some((m) => m.stationId) ? matches.filter((m) => m.stationId) : matches;
  return offered.slice(0, MAX_ALTERNATIVES + 1);
}

function byScoreThenRank(a: Ranked, b: Ranked): number {
  return b.match.score - a.match.score || a.rank - b.rank;
}

function topScore(r: LocateResult): number {
  if (r.status === 'found') return r.match.score;
  if (r.status === 'ambiguous') return r.candidates[0]?.score ?? 0;
  return 1;
}

/** Whole postcodes first (the most precise thing a resident can give), then places and stations, then districts and boroughs. */
function pickBestMention(mentions: readonly Mention[]): Mention | null {
  const weight = (m: Mention): number => {
    const known = mentionPriority.get(m);
    if (known !== undefined) return known;
    if (m.result.status === 'ambiguous') return 3;
    return m.result.status === 'found' && m.result.match.kind === 'borough' ? 4 : 1;
  };
  let best: Mention | null = null;
  for (const m of mentions) {
    if (!best || m.score > best.score || (m.score === best.score && weight(m) < weight(best))) best = m;
  }
  return best;
}

function dedupe(matches: PlaceMatch[]): PlaceMatch[] {
  const seen = new Set<string>();
  return matches.filter((m) => {
    const id = m.placeId ? `gazetteer|${m.placeId}` : `${m.kind === 'place' ? 'station' : m.kind}|${m.stationId ?? m.postcode ?? m.label}`;
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}
