/**
 * Finding the place words of a message: what is left once question words,
 * dates and times are taken out ("is kentsh town police opning hours" ->
 * "kentsh town"), in runs of neighbouring words, each handed to the injected
 * `PlaceFinder`. Words no place explains are kept, so a question can say
 * "I couldn't find Blahville" rather than pretend it heard no place.
 */
import type { LocateResult, PlaceMatch } from '../stations/model';
import { LONDON_NAMES_WITHOUT_A_POINT } from '../stations/places';
import { UK_POSTCODE_AREAS } from '../stations/postcodes';
import type { Phrases } from './phrases';
import type { FoundPlace, PlaceFinder } from './placeFinder';
import type { PlaceMention } from './question';
import { BOROUGH_THE_PLACE, COMMON_WORDS, NOT_PLACE_WORDS, PART_OF_LONDON } from './lexicon';
import { readWords } from './message';

export interface PlaceReading {
  /** Every mention found, in message order (found, ambiguous, unknown or outside-London postcodes). */
  mentions: PlaceMention[];
  /** Words that looked like they could name a place but matched nothing. */
  unexplained: string[];
  /**
   * Unmatched runs right after a place word ("to", "in", "near", "for"...) or right before police
   * words: "nearest station to Blahville", "Blahville police station". Names we do not know, not stray words.
   */
  unknownNames: string[][];
  /**
   * Streets we do not know said after "on" ("the police station on rochester row", "im on kingsland road"): where the
   * resident is or the counter is, read only when nothing else in the message is.
   */
  streetsSaidOn: string[][];
}

/** Buildings whose names have "london" inside them after another word: "the royal london hospital". */
const BUILDINGS_NAMED_WITH_LONDON = new Set(['hospital', 'university', 'college', 'school', 'museum', 'zoo', 'aquarium', 'library', 'clinic', 'academy', 'hotel', 'theatre', 'hall', 'mosque', 'cathedral']);
/** Joining words kept inside a run when both neighbours are place words: "elephant and castle", "isle of dogs". */
const GLUE = new Set(['and', 'of', 'upon', 'on', 'le', 'de', 'la', 'by']);
const OUTCODE = /^[a-z]{1,2}\d[a-z\d]?$/;
/** Words that, right after a name, say it is the building ("kensington police station"): passed on to the finder. */
const STATION_TAIL = new Set(['police', 'station', 'stations', 'counter', 'desk', 'office', 'front']);

export interface PlaceRun {
  /** The words to search, station words after the name included. */
  text: string;
  /** The run's own words (no station words): what a place should explain. */
  words: string[];
  /** The word before the run ("to", "in"...), '' at the start. */
  after: string;
  /** "the" stood just before the run ("in the derby", "near the angel"): a thing as often as a place. */
  article?: true;
  /** The words of "of ..." said just after the run ("tower" of "the tower of london"): the run heads a longer name. */
  ofWhat?: string[];
  /** What a film, a book or a talk is about ("a documentary about street violence"): a subject, not a place. */
  subject?: true;
  /** A lone everyday word placed as a name ("to bank", "angel police station"): a place only if named by exactly it. */
  everyday?: true;
  /** A lone everyday word said for a counter only ("the hill station", "the cross one"): a counter named with it, or nothing. */
  counterOnly?: true;
}

/** Things told of that are about something: "a documentary about street violence", "an article about knife crime". */
const ABOUT_A_SUBJECT = new Set(['documentary', 'doc', 'film', 'movie', 'show', 'programme', 'program', 'series', 'episode', 'podcast', 'video', 'article', 'book', 'story', 'news', 'report', 'talk', 'lecture', 'play', 'song', 'essay', 'post', 'thread', 'piece', 'campaign', 'debate']);

/**
 * Words that make a name a venue, after its first word: "Twickenham Stadium", "the O2 Arena" ("ground" is also a floor,
 * or where one is; "park" is left out: most parks named after a place are in it, "Acton Park", "Barnet park").
 */
const VENUE_WORDS = new Set(['stadium', 'arena']);

const POSTCODE_KINDS: ReadonlySet<string> = new Set(['postcode', 'district']);

/** The words, up to and with their venue word, name a place the data knows exactly. */
function namedWhole(finder: PlaceFinder, words: readonly string[]): boolean {
  const end = words.findIndex((w, i) => i > 0 && VENUE_WORDS.has(w));
  const looked = safeLookup(finder, words.slice(0, end + 1).join(' '));
  return looked?.status === 'found' && looked.match.score === 1 && wordsOfName(looked.match.label).includes(words[end]);
}

/** Greetings before the first words of a question ("hi new cross nearest counter"): the words after them are still said first. */
const OPENERS = new Set(['hi', 'hello', 'hey', 'hiya', 'morning', 'afternoon', 'evening', 'ok', 'okay', 'so', 'um', 'erm', 'please', 'pls']);

/**
 * A lone everyday word is a place only placed as one (Bank, Angel): the whole message; before police words, with no
 * "the" or "my" before it ("angel police station"); or after one of these, either before a station word ("im near bank
 * station"), or at the end of the message (or before "please") when it asks for a desk ("nearest police station to
 * bank"), or where the resident says where they are, at the end or before the question ("i live in angel", "near
 * angel", "im at bank whats open"). Never inside a sentence ("my bank card", "to bank a cheque", "at bank holidays",
 * "youre an angel").
 */
const EVERYDAY_NAME_BEFORE = new Set(['to', 'near', 'at', 'around', 'in', 'nearest', 'closest']);
const EVERYDAY_NAME_STATION = new Set(['station', 'stn', 'tube', 'underground']);
const EVERYDAY_NAME_POLICE = new Set(['police', 'station', 'stn', 'nick']);
const EVERYDAY_NAME_PLEASE = new Set(['please', 'pls', 'plz']);
const OWNERS_AND_ARTICLES = new Set(['the', 'a', 'an', 'my', 'your', 'his', 'her', 'our', 'their', 'this', 'that']);
const ASKS_FOR_A_DESK = new Set(['police', 'station', 'counter', 'desk', 'nick', 'nearest', 'closest']);
/** Words just before "in", "at" or "near" that say the resident is there: "i live in", "im at", "staying near". */
const WHERE_ONE_IS = new Set(['live', 'lives', 'living', 'im', 'am', 'stay', 'staying', 'work', 'working', 'based']);
/** Words that begin the question after where one is: "im at bank whats open". */
/** After "is X": a lone word asked open or shut ("is wood open"), which only a name is. */
const ASKED_OPEN_OR_SHUT = new Set(['open', 'opened', 'closed', 'shut']);
/** Words before "one" that describe a counter, not name it: "the new one", "the main one". */
const DESCRIBES_A_COUNTER = new Set(['new', 'old', 'main', 'big', 'small', 'little', 'local', 'usual', 'other', 'next', 'last', 'first', 'second', 'third', 'same', 'right', 'wrong', 'only', 'open', 'closed', 'nearest', 'closest', 'nearer', 'closer', 'busy', 'quiet']);
const QUESTION_STARTS = new Set(['whats', 'what', 'where', 'wheres', 'is', 'are', 'any', 'anything', 'which', 'nearest', 'closest', 'how']);

/** Words after which the next words name a place: "nearest to ...", "hours for ...". */
const PLACE_PREPOSITIONS = new Set(['to', 'in', 'near', 'at', 'around', 'for', 'from', 'of', 'by', 'about', 'nearest', 'closest']);

/** A name that ends as a street's does ("kingsland road", "rochester row"). */
const ENDS_AS_A_STREET = /\w (?:road|street|lane|way|walk|row|square|avenue|drive|parade|terrace|crescent|grove|gardens|hill)$/;

/** Prepositions that say where: the words after them are a place the resident means. */
const WHERE_PREPOSITIONS = new Set(['in', 'near', 'at', 'around', 'by', 'nearest', 'closest']);

/** Names made of words that are otherwise never place words ("city of london", "london fields", "the City", "the Square Mile"). */
const NAMES_OF_EVERYDAY_WORDS = new RegExp(String.raw`\b(?:city of (?:london|westminster)|london (?:bridge|fields|wall|colney)|the city(?! of)|square mile)\b|${BOROUGH_THE_PLACE.source}`, 'g');
/** Borough in Southwark, a run only when said as the place (`BOROUGH_THE_PLACE`). */
const BOROUGH_NAMED = 'borough';

/** Words that, next to a place found, only say which part of it: "croydon town centre", "ilford high street". */
const LOCALITY_WORDS = new Set(['town', 'centre', 'center', 'central', 'city', 'village', 'area', 'district', 'high', 'street', 'side', 'end', 'way']);

/** Parts of London the data has no boundary for: "north london" names no one place. */
const REGIONS_OF_LONDON = new RegExp(`${PART_OF_LONDON.source}|\\bgreater london\\b`, 'g');

/** Indexes of words inside `NAMES_OF_EVERYDAY_WORDS`. */
function everydayNameWords(p: Phrases): Set<number> {
  const inside = new Set<number>();
  for (const m of p.all(NAMES_OF_EVERYDAY_WORDS)) for (let i = m.first; i <= m.last; i++) inside.add(i);
  return inside;
}

/**
 * A name ending in "-ing" said as the verb it also is: "the dog next door never stops barking", "he's barking mad",
 * "the dogs been barking for hours". Said so when a word that keeps, starts or stops an action comes before it, or a
 * word that only follows the verb comes after it, or a dog is told of with "is barking"; "is barking open", "im in
 * barking", "barking police station" stay the place.
 */
function saidAsAVerb(words: readonly string[], i: number): boolean {
  const w = words[i];
  if (!w.endsWith('ing') || w.length < 6) return false;
  const before = words[i - 1] ?? '';
  const after = words[i + 1] ?? '';
  if (AFTER_THE_VERB.has(after)) return true;
  if (KEEPS_AN_ACTION_GOING.has(before)) return true;
  return (before === 'is' || before === 'are' || before === 'was' || before === 'were' || before === 's') && after === '' && words.some((x) => ANIMALS_THAT_BARK.has(x));
}
const ANIMALS_THAT_BARK = new Set(['dog', 'dogs', 'puppy', 'pup', 'fox', 'foxes']);
/** Words before the verb that keep, start or stop it ("never stops barking"), or do it ("the dog barking"). */
const KEEPS_AN_ACTION_GOING = new Set(['keeps', 'kept', 'keep', 'keeping', 'stop', 'stops', 'stopped', 'start', 'starts', 'started', 'been', 'constantly', 'always', 'still', 'nonstop', ...ANIMALS_THAT_BARK]);
/** What a verb acts on, right after it: "to tow my car", "to drag it", "to bring them". */
const OBJECTS_OF_A_VERB = new Set(['my', 'your', 'his', 'her', 'our', 'their', 'it', 'them', 'him', 'me', 'us']);
const AFTER_THE_VERB = new Set(['mad', 'at', 'up', 'all', 'for', 'loudly', 'nonstop', 'constantly', 'again', 'like', 'every']);

/** Runs of words that may name a place. */
export function placeRuns(p: Phrases): PlaceRun[] {
  const words = p.words;
  const named = everydayNameWords(p);
  const regions = new Set<number>();
  for (const m of p.all(REGIONS_OF_LONDON)) for (let i = m.first; i <= m.last; i++) regions.add(i);
  const isContent = (i: number): boolean => {
    if (i < 0 || i >= words.length || p.isUsed(i) || regions.has(i)) return false;
    if (named.has(i)) return true;
    const w = words[i];
    if (/^\d+$/.test(w)) return i > 0 && OUTCODE.test(words[i - 1]) && w.length === 1;
    if (/^[\d:/]+$/.test(w)) return false;
    // "the 1990s", "the 80s", "21st": a decade or an ordinal, not a place ("SE15 5TH": a postcode's inward code).
    if (/^\d+(?:s|st|nd|rd|th)$/.test(w)) return i > 0 && OUTCODE.test(words[i - 1]) && w.length === 3;
    return !NOT_PLACE_WORDS.has(w) && !saidAsAVerb(words, i);
  };
  const runs: PlaceRun[] = [];
  let current: string[] = [];
  let startedAt = 0;
  const asksForADesk = words.some((w) => ASKS_FOR_A_DESK.has(w));
  /** The lone everyday word at `at` placed as a name (see `EVERYDAY_NAME_BEFORE`). */
  const placedAsAName = (at: number, next: number): boolean => {
    const after = words[next];
    if (at === 0 && after === undefined) return true;
    // "is wood open", "is green open today": the one word asked open or shut, as a counter is.
    const lead = greetingBefore(words);
    if (at === lead + 1 && words[lead] === 'is' && ASKED_OPEN_OR_SHUT.has(after ?? '') && next >= words.length - 2) return true;
    // "what time does the green one close": a counter called by a word of its name, as Londoners say "the Brixton one".
    if (words[at - 1] === 'the' && after === 'one' && !DESCRIBES_A_COUNTER.has(words[at])) return true;
    if (after !== undefined && EVERYDAY_NAME_POLICE.has(after) && !OWNERS_AND_ARTICLES.has(words[at - 1] ?? '')) return true;
    // "nearest police station to the angel", "im near the angel station": Londoners put "the" before some of these names.
    const the = words[at - 1] === 'the' && !p.isUsed(at - 1) && asksForADesk && (after === undefined || EVERYDAY_NAME_STATION.has(after)) ? 1 : 0;
    if (!EVERYDAY_NAME_BEFORE.has(words[at - 1 - the] ?? '') || p.isUsed(at - 1 - the)) return false;
    const whereOneIs = at - the === 1 || WHERE_ONE_IS.has(words[at - 2 - the]);
    if (after === undefined) return asksForADesk || whereOneIs;
    return EVERYDAY_NAME_STATION.has(after) || (EVERYDAY_NAME_PLEASE.has(after) && asksForADesk && next === words.length - 1) || (whereOneIs && QUESTION_STARTS.has(after));
  };
  const close = (next: number) => {
    if (current.length === 0) return;
    // A lone everyday word ("car", "phone", "weather") is not worth a place search, unless placed as a name ("to bank").
    const everyday = current.length === 1 && COMMON_WORDS.has(current[0]) && !/\d/.test(current[0]) && !(current[0] === BOROUGH_NAMED && named.has(startedAt));
    // "i need to tow my car to brixton", "got to lug it there": a lone word between "to" and the thing it acts on is a
    // verb, and a place only if named by exactly it ("get to brixton my phone is dying" is still Brixton).
    const verb = current.length === 1 && words[startedAt - 1] === 'to' && OBJECTS_OF_A_VERB.has(words[next] ?? '');
    const lone = everyday || verb;
    const asAName = !everyday || placedAsAName(startedAt, next);
    // "is the hill station open": an everyday word between "the" and a counter's word may be one word of its name.
    const counterOnly = !asAName && current.length === 1 && words[startedAt - 1] === 'the' && A_COUNTER_CALLED.has(words[next] ?? '') && !DESCRIBES_A_COUNTER.has(current[0]);
    if (asAName || counterOnly) {
      const tail: string[] = [];
      for (let k = next; k < words.length && STATION_TAIL.has(words[k]) && !p.isUsed(k); k++) tail.push(words[k]);
      let before = startedAt - 1;
      const article = before >= 0 && words[before] === 'the';
      if (article) before--;
      // "the tower of london": the words after "of" that did not join the run ("london" names no one place).
      const ofWhat: string[] = [];
      if (tail.length === 0 && words[next] === 'of') for (let k = next + 1; k < words.length && !p.isUsed(k) && (isContent(k) || words[k] === 'london'); k++) ofWhat.push(words[k]);
      // "a documentary about ...", "a new film about ...": one word may stand between the thing and "about".
      const subject = before >= 1 && words[before] === 'about' && (ABOUT_A_SUBJECT.has(words[before - 1]) || (before >= 2 && ABOUT_A_SUBJECT.has(words[before - 2])));
      runs.push({
        text: [...current, ...tail].join(' '),
        words: current,
        after: before >= 0 ? words[before] : '',
        ...(article ? { article: true as const } : {}),
        ...(subject ? { subject: true as const } : {}),
        ...(lone ? { everyday: true as const } : {}),
        ...(counterOnly ? { counterOnly: true as const } : {}),
        ...(ofWhat.length > 0 ? { ofWhat } : {}),
      });
    }
    current = [];
  };
  for (let i = 0; i < words.length; i++) {
    if (isContent(i)) {
      if (current.length === 0) startedAt = i;
      current.push(words[i]);
      continue;
    }
    // "on" joins only "X on Thames" and "X on the Hill" (Harrow on the Hill), never "Brixton on Sunday".
    const onName = words[i + 1] === 'thames' || (words[i + 1] === 'the' && words[i + 2] === 'hill');
    // "by" joins a one-word name to another ("bromley by bow"), never a name to how one travels ("walworth by bus").
    const byName = words[i] !== 'by' || (current.length === 1 && isContent(i + 1) && !isContent(i + 2) && !COMMON_WORDS.has(words[i + 1]));
    const glue = GLUE.has(words[i]) && byName && !p.isUsed(i) && current.length > 0 && (isContent(i + 1) || (words[i] === 'on' && onName)) && (words[i] !== 'on' || onName);
    // "royal london hospital", "university college london hospital": "london" inside a building's name, not London.
    if (words[i] === 'london' && current.length > 0 && !p.isUsed(i) && !p.isUsed(i + 1) && BUILDINGS_NAMED_WITH_LONDON.has(words[i + 1] ?? '')) {
      current.push('london', words[i + 1]);
      i++;
      continue;
    }
    if (glue && words[i] === 'on' && words[i + 1] === 'the') {
      current.push('on', 'the');
      i++;
      continue;
    }
    if (glue) {
      current.push(words[i]);
      continue;
    }
    close(i);
  }
  close(words.length);
  return runs;
}

/** How many words of greeting or thanks begin the message ("hi", "cheers", "ok thanks"). */
function greetingBefore(words: readonly string[]): number {
  let n = 0;
  while (n < words.length - 1 && (OPENERS.has(words[n]) || THANKS_BEFORE.has(words[n]))) n++;
  return n;
}
const THANKS_BEFORE = new Set(['thanks', 'cheers', 'ta', 'great', 'lovely', 'cool', 'right', 'and']);

/** "is wood open", "is green shut today": the run is all that stands between "is" and an open or shut word. */
function askedOpenOrShut(words: readonly string[], run: PlaceRun): boolean {
  const n = run.words.length;
  // "cheers, is green open", "hi is wood open": a greeting or thanks before the question leaves it as it is.
  const lead = greetingBefore(words);
  return words[lead] === 'is' && words.slice(lead + 1, lead + 1 + n).join(' ') === run.words.join(' ') && ASKED_OPEN_OR_SHUT.has(words[lead + 1 + n] ?? '') && words.length <= lead + n + 4;
}

/** Words that begin what is told of someone's own: "my sisters are visiting", "her bow was broken". */
const OWNERS = new Set(['my', 'your', 'his', 'her', 'our', 'their']);
const TOLD_OF = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'had', 's', 're', 'keeps', 'kept', 'came', 'come', 'comes', 'went', 'goes', 'got', 'broke', 'broken']);

/** A name said after an owner and before a verb ("my seven sisters are", "his angel was"): a thing or a person of theirs. */
function ownedAndToldOf(words: readonly string[], name: string): boolean {
  const named = name.toLowerCase().split(/\s+/);
  const n = named.length;
  return words.some((w, i) => OWNERS.has(w) && TOLD_OF.has(words[i + 1 + n] ?? '') && named.every((x, k) => words[i + 1 + k] === x));
}

/** Words that, said before a place's name, name another place: North Woolwich, West Brixton, Lower Edmonton. */
const DIRECTIONS_OF_A_NAME = new Set(['north', 'south', 'east', 'west', 'upper', 'lower']);

/** The run begins with a direction the one counter found does not include ("west brixton" found as Brixton's counter). */
function anotherPlaceByItsDirection(words: readonly string[], found: readonly FoundPlace[]): boolean {
  if (words.length < 2 || !DIRECTIONS_OF_A_NAME.has(words[0]) || found.length !== 1) return false;
  if (found[0].result.status !== 'found' || found[0].result.match.stationId === undefined) return false;
  const named = found[0].text.toLowerCase();
  return named.startsWith(`${words[1]}`) && !named.split(/\s+/).includes(words[0]);
}

/** "the green one", "the kings one": the run alone between "the" and "one", a word of a counter's name said for it. */
function calledTheOne(words: readonly string[], run: PlaceRun): boolean {
  const n = run.words.length;
  if (DESCRIBES_A_COUNTER.has(run.words[0])) return false;
  return words.some((w, i) => w === 'the' && words[i + 1 + n] === 'one' && words.slice(i + 1, i + 1 + n).join(' ') === run.words.join(' '));
}

/** What "the X station", "the X police station" or "the X one" may call a counter by (not "the train station"). */
const A_COUNTER_CALLED = new Set(['one', 'station', 'police', 'nick', 'counter', 'desk']);

/**
 * "is the hill station open", "hours for the cross one": one word said for a counter, which no place or counter is named
 * by alone; the counters with it as a whole word of a name they go by (Charing Cross; Notting Hill, Kings Head Hill or
 * Lavender Hill, a choice). Adds the mention and says whether it did.
 */
function pushCounterByAWordOfItsName(finder: PlaceFinder, words: readonly string[], run: PlaceRun, mentions: PlaceMention[]): boolean {
  if (run.words.length !== 1 || DESCRIBES_A_COUNTER.has(run.words[0]) || !finder.countersNamedWith) return false;
  const at = words.findIndex((w, i) => w === 'the' && words[i + 1] === run.words[0] && A_COUNTER_CALLED.has(words[i + 2] ?? ''));
  if (at < 0) return false;
  let named: LocateResult;
  try {
    named = finder.countersNamedWith(run.words[0]);
  } catch {
    return false;
  }
  if (named.status !== 'found' && named.status !== 'ambiguous') return false;
  mentions.push({ text: run.text, result: named });
  return true;
}

/** A name's words, lower case: "Bethnal Green" -> bethnal, green. */
const wordsOfName = (label: string): string[] => label.toLowerCase().split(/[^a-z']+/).filter(Boolean);

/** The finder's scan of `text`; null if it failed (read as nothing found). */
function safeFind(finder: PlaceFinder, text: string): FoundPlace[] | null {
  try {
    return finder.findPlaces(text) ?? null;
  } catch {
    return null;
  }
}

function safeLookup(finder: PlaceFinder, name: string, found?: readonly FoundPlace[]): LocateResult | null {
  try {
    return finder.lookup ? finder.lookup(name, found) : null;
  } catch {
    return null;
  }
}

/** Words that name a part of a place before "of": "the croydon side of town", "the romford part of havering". */
const PART_OF_A_PLACE = new Set(['side', 'end', 'part', 'parts', 'area', 'bit', 'half', 'corner', 'edge', 'top', 'bottom', 'centre', 'center', 'middle', 'heart', 'outskirts', 'north', 'south', 'east', 'west']);

/**
 * A landmark named "X of Y" ("the tower of london", "the bank of england"): a place or counter found in its head, before
 * "of", is not where the landmark is ("tower" reaches Tower Hamlets' counter), so nothing found in it is taken; the
 * whole name is one we do not know, and the resident is asked for a postcode. A name found across the "of" ("city of
 * london") is a place of its own; one found after it ("the centre of croydon") is where the thing is.
 */
function landmarkOf(words: readonly string[], scanned: readonly FoundPlace[], headLooked: LocateResult | null): boolean {
  const of = words.indexOf('of');
  // "the croydon side of town", "the brixton end of coldharbour lane": a part of the place named, not a landmark.
  if (of <= 0 || of === words.length - 1 || PART_OF_A_PLACE.has(words[of - 1])) return false;
  // The head alone, looked up as one name ("tower"), found a place: the words hold one, which is no reason to guess.
  if (headLooked && headLooked.status !== 'not-found') return true;
  const head = ` ${words.slice(0, of).join(' ')} `;
  const found = scanned.filter((f) => f.result.status !== 'not-found');
  const spans = (f: FoundPlace) => ` ${f.text.toLowerCase()} `.includes(' of ');
  return found.length > 0 && !found.some(spans) && found.some((f) => head.includes(` ${f.text.toLowerCase()} `));
}

export function readPlaces(p: Phrases, finder: PlaceFinder): PlaceReading {
  const mentions: PlaceMention[] = [];
  const unexplained: string[] = [];
  const unknownNames: string[][] = [];
  // Names after "near", "in", "at" (or before "police station") are surer than after "to" or "for" ("to sort out").
  const surer: string[][] = [];
  // After "the", least sure: "got battered in the derby at Stamford Bridge" names Stamford Bridge, not Derby.
  const afterArticle: string[][] = [];
  const streetsSaidOn: string[][] = [];
  for (const run of placeRuns(p)) {
    // Borough said by its station or market (only then a run): the place if the data knows it, else a name to ask about.
    // Its market or high street ("borough market") is the same place, named by its first word.
    if (run.words[0] === BOROUGH_NAMED) {
      const looked = safeLookup(finder, BOROUGH_NAMED);
      if (looked?.status === 'found' && looked.match.score === 1 && looked.match.kind !== 'borough') mentions.push({ text: BOROUGH_NAMED, result: looked });
      else {
        unexplained.push(...run.words);
        surer.push([...run.words]);
      }
      continue;
    }
    if (run.counterOnly) {
      // Only a word no place shares is taken so ("is the green police station open" still asks which: Green names places too).
      const looked = safeLookup(finder, run.words[0]);
      if (looked?.status === 'not-found' || (looked?.status === 'found' && looked.match.stationId !== undefined)) pushCounterByAWordOfItsName(finder, p.words, run, mentions);
      continue;
    }
    if (run.everyday) {
      // A lone everyday word placed as a name: a place the finder names by exactly it ("bank", "angel"), or nothing at all.
      const looked = safeLookup(finder, run.text);
      if (looked?.status === 'found' && looked.match.score === 1) mentions.push({ text: run.text, result: looked });
      // "is green open": a word several counters' names share, asked open or shut, is a choice between them.
      else if (looked?.status === 'ambiguous' && (askedOpenOrShut(p.words, run) || calledTheOne(p.words, run))) mentions.push({ text: run.text, result: looked });
      else pushCounterByAWordOfItsName(finder, p.words, run, mentions);
      continue;
    }
    const scanned = safeFind(finder, run.text);
    // A venue we have no name for ("twickenham stadium", "the o2 arena"): not the place or counter its first word names.
    // One the data names whole is that place.
    const venue = run.words.some((w, i) => i > 0 && VENUE_WORDS.has(w)) && !(scanned ?? []).some((f) => f.text.split(/\s+/).some((w) => VENUE_WORDS.has(w))) && !namedWhole(finder, run.words);
    // "the tower of london": its whole name, the words after "of" included, is what the resident named; a place when
    // the data knows it so ("the west end of london").
    const named = run.ofWhat ? [...run.words, 'of', ...run.ofWhat] : run.words;
    const whole = run.ofWhat ? safeLookup(finder, named.join(' ')) : null;
    if (whole?.status === 'found') {
      mentions.push({ text: named.join(' '), result: whole });
      continue;
    }
    const landmark = landmarkOf(named, scanned ?? [], run.ofWhat ? safeLookup(finder, run.text, scanned ?? undefined) : null);
    // A postcode said with the venue ("E20 1EJ Olympic Park") is still where the resident is.
    const found = (scanned ?? []).filter((f) => f.result.status !== 'not-found' && (!(venue || landmark) || (venue && POSTCODE_KINDS.has(f.result.status === 'found' ? f.result.match.kind : ''))));
    // "my seven sisters are visiting", "my bow is broken": someone's own, told of with a verb, not the place of that name.
    if (found.length === 1 && ownedAndToldOf(p.words, found[0].text)) continue;
    // "west brixton", "lower edmonton": a direction before a counter's name the data does not know with it is another
    // place, not the counter inside it; a name we do not know, to ask a postcode for. Compounds the data knows ("west
    // norwood", "south woodford") were found whole; a place with no counter of its name ("north finchley") stays near it.
    if (!venue && !landmark && anotherPlaceByItsDirection(run.words, found)) {
      unexplained.push(...run.words);
      surer.push([...run.words]);
      continue;
    }
    let left = ` ${named.join(' ')} `;
    const runText = ` ${named.join(' ')} `;
    for (const [i, f] of found.entries()) {
      // "stoke newington church street", "whitechapel brick lane": a street said right after the area it is in is a road
      // of that area, not a second place to weigh against it (Church Street and Brick Lane also name counters). Said
      // before "police station" ("whitechapel brick lane police station"), it names the counter.
      const namedAsADesk = i === found.length - 1 && run.text.length > run.words.join(' ').length;
      const before = found[i - 1]?.result;
      const areaBefore = before?.status === 'found' && (before.match.kind === 'place' || before.match.kind === 'borough');
      const roadOfTheAreaBefore = i > 0 && areaBefore && !namedAsADesk && ENDS_AS_A_STREET.test(f.text.toLowerCase()) && runText.includes(` ${found[i - 1].text.toLowerCase()} ${f.text.toLowerCase()} `);
      if (!roadOfTheAreaBefore) mentions.push({ text: f.text, result: f.result });
      for (const w of f.text.toLowerCase().split(/\s+/)) if (w) left = left.replace(` ${w} `, ' ');
    }
    // Words placed as a name ("... to X", "X police station", or the whole message) that the
    // sentence scan did not match: read them as one name, which also reports ambiguity ("wood").
    const namesADesk = run.text.length > run.words.join(' ').length;
    const placedAsName = (PLACE_PREPOSITIONS.has(run.after) && !run.subject) || namesADesk || run.words.length === p.words.length;
    // Words said first, before the question ("new cross nearest front desk", "seven sisters opening hours"): a name of
    // everyday words the sentence scan leaves alone, if they name a place exactly.
    // One word is enough with its station after it ("arsenal tube nearest counter", "oval station whats open").
    const byItsStation = run.words.length === 1 && EVERYDAY_NAME_STATION.has(p.words[p.words.indexOf(run.words[0]) + 1] ?? '');
    const saidFirst = (run.after === '' || OPENERS.has(run.after)) && !run.article && (run.words.length >= 2 || byItsStation);
    // "is wood open": the words asked open or shut, as only a counter is, when several counters' names share them.
    // "when does the kings one shut": said for a counter the same way.
    const askedOpen = askedOpenOrShut(p.words, run) || calledTheOne(p.words, run);
    if (found.length === 0 && !venue && !landmark && askedOpen) {
      const looked = safeLookup(finder, run.text, scanned ?? undefined);
      // "is bethnal open": a whole word of one counter's name, asked open or shut, is that counter; "is bow open": a place
      // named exactly, whose counter (or the nearest, when it has none) is what the resident asks after.
      const counterWord = looked?.status === 'found' && looked.match.stationId !== undefined && wordsOfName(looked.match.label).includes(run.text);
      const placeNamed = looked?.status === 'found' && looked.match.kind === 'place' && looked.match.score === 1;
      if (looked?.status === 'ambiguous' || counterWord || placeNamed) {
        mentions.push({ text: run.text, result: looked });
        continue;
      }
    }
    // "is the hill station open", "hours for the cross one": the counters with that word in their names.
    if (found.length === 0 && !venue && !landmark && pushCounterByAWordOfItsName(finder, p.words, run, mentions)) continue;
    if (found.length === 0 && !venue && !landmark && (placedAsName || saidFirst)) {
      // The same words as one name; the finder is given its own scan of them, not to make it again.
      const looked = safeLookup(finder, run.text, scanned ?? undefined);
      if (looked && looked.status !== 'not-found' && (placedAsName || (looked.status === 'found' && looked.match.score === 1))) {
        mentions.push({ text: run.text, result: looked });
        continue;
      }
    }
    // "police near great portland street": an everyday word before the run ("great", "old", "new") may begin the name;
    // taken only when the two together name a place exactly.
    if (found.length === 0 && !venue && !landmark && /^[a-z]{2,}$/.test(run.after) && !PLACE_PREPOSITIONS.has(run.after) && !OPENERS.has(run.after) && !GLUE.has(run.after) && !OWNERS_AND_ARTICLES.has(run.after)) {
      const longer = `${run.after} ${run.text}`;
      const looked = safeLookup(finder, longer);
      if (looked?.status === 'found' && looked.match.score === 1 && looked.match.kind === 'place' && looked.match.label.toLowerCase().replace(/[^a-z ]/g, '') === longer.replace(/ (?:police|station|stations|counter|desk|nick|front)\b/g, '')) {
        mentions.push({ text: longer, result: looked });
        continue;
      }
    }
    const rest = left.split(' ').filter((w) => w && !GLUE.has(w) && !(found.length > 0 && LOCALITY_WORDS.has(w)));
    // A postcode shape the finder did not know ("W1", "ZZ9 9ZZ") is still a postcode, just not one we know.
    // "The O2" is a venue: a postcode is never said with "the".
    const shaped = found.length === 0 && !run.article && !venue ? postcodeShape(run.words) : null;
    if (shaped) {
      mentions.push({ text: shaped, result: { status: 'unknown-postcode', postcode: shaped.toUpperCase() } });
      continue;
    }
    unexplained.push(...rest);
    // The unknown name keeps its joining words ("elephant and castle"), so the reply can quote it. A London name we
    // have no point for ("is newington open") is a place wherever it is said.
    const londonsOwn = LONDON_NAMES_WITHOUT_A_POINT.has(run.words.join(' ')) || venue;
    if (rest.length > 0 && found.length === 0 && run.after === 'on' && ENDS_AS_A_STREET.test(left.trim())) streetsSaidOn.push(left.split(' ').filter((w) => w));
    if (rest.length > 0 && found.length === 0 && ((PLACE_PREPOSITIONS.has(run.after) && !run.subject) || namesADesk || londonsOwn)) {
      (run.article && !namesADesk ? afterArticle : namesADesk || londonsOwn || WHERE_PREPOSITIONS.has(run.after) ? surer : unknownNames).push(left.split(' ').filter((w) => w));
    }
  }
  return { mentions, unexplained, unknownNames: [...surer, ...unknownNames, ...afterArticle], streetsSaidOn };
}

const STATUS_RANK: Record<LocateResult['status'], number> = {
  found: 0,
  ambiguous: 1,
  'outside-london': 2,
  'unknown-postcode': 2,
  'not-found': 3,
};

/**
 * The mention a question is about. For "nearest" a location (postcode first)
 * beats a station; for a station question, a station beats an area.
 */
export function primaryMention(mentions: PlaceMention[], prefer: 'location' | 'station'): PlaceMention | null {
  if (mentions.length === 0) return null;
  const kindRank = (m: PlaceMention): number => {
    if (m.result.status !== 'found') return 5;
    const kind = m.result.match.kind;
    const order = prefer === 'location' ? ['postcode', 'district', 'place', 'station', 'borough'] : ['station', 'place', 'postcode', 'district', 'borough'];
    return order.indexOf(kind);
  };
  return [...mentions].sort((a, b) => STATUS_RANK[a.result.status] - STATUS_RANK[b.result.status] || kindRank(a) - kindRank(b))[0];
}

/** A whole run shaped like a postcode, district or sector ("w1", "zz99 9zz", "e2 0"). */
function postcodeShape(words: string[]): string | null {
  const text = words.join(' ');
  if (!/^[a-z]{1,2}\d[a-z\d]?(?: ?\d(?:[a-z]{2})?)?$/.test(text)) return null;
  // A letter no postcode area is ("O2", "F1", "K9") with a number is a name: the one-letter areas are few and known.
  return /^[a-z]\d/.test(text) && !UK_POSTCODE_AREAS.has(text[0].toUpperCase()) ? null : text;
}

/** A mention for words that named nothing we know, so the answer can say so. */
export function notFoundMention(words: string[] | undefined, message?: string): PlaceMention | null {
  if (!words) return null;
  // Everyday words named as a police station ("snow hill police station", "tower bridge station"): a name all the same.
  if (message !== undefined && words.length > 0 && words.length <= 3 && words.every((w) => /^[a-z]{2,}$/.test(w) && !NOT_PLACE_WORDS.has(w))) {
    const name = words.join(' ');
    if (new RegExp(`\\b${name} (?:police )?(?:station|nick|front counter|front desk)\\b`).test(message)) return { text: name, result: { status: 'not-found', query: name } };
  }
  // A name word: not everyday English, and more than a letter ("f***" leaves an "f").
  const named = (w: string) => !COMMON_WORDS.has(w) && /[a-z]/.test(w) && w.length > 1;
  // A landmark "X of Y" with a name word in it ("tower of london", "bank of england"): quoted whole, never one word of it.
  const of = words.indexOf('of');
  if (of > 0 && of < words.length - 1 && words.length <= 5 && words.every((w) => /^[a-z]+$/.test(w)) && words.some(named)) {
    const text = words.join(' ');
    return { text, result: { status: 'not-found', query: text } };
  }
  // Everyday words that are parts of names ("nine elms", "kings cross", "seven sisters") stay beside a name word.
  const partOfName = (w: string | undefined) => w !== undefined && w.length > 1 && /^[a-z]+$/.test(w) && !NOT_PLACE_WORDS.has(w);
  // A neighbour of a word, the joining word between them skipped ("bank" in "bank of england" stands beside "england").
  const besideNamed = (i: number) => [-1, 1].some((d) => named(words[i + d] ?? '') || (GLUE.has(words[i + d] ?? '') && named(words[i + 2 * d] ?? '')));
  const kept = words.map((w, i) => named(w) || (partOfName(w) && besideNamed(i)));
  const name = words.filter((w, i) => kept[i] || (GLUE.has(w) && kept[i - 1] === true && kept[i + 1] === true && (named(words[i - 1]) || named(words[i + 1]) || besideNamed(i))));
  // A name made only of everyday words ("london bridge") is quoted whole.
  const everyday = words.join(' ').match(NAMES_OF_EVERYDAY_WORDS);
  if (everyday) return { text: everyday[0], result: { status: 'not-found', query: everyday[0] } };
  if (name.filter(named).length === 0 || name.filter(named).length > 4) return null;
  const text = name.join(' ');
  return { text, result: { status: 'not-found', query: text } };
}

/**
 * For a question about a borough: "Richmond" is a place and a station, with
 * the borough among its alternatives; read it as the borough it names.
 */
export function asBorough(m: PlaceMention): PlaceMention {
  if (m.result.status !== 'found' || m.result.match.kind === 'borough') return m;
  const { match, alternatives } = m.result;
  const borough = alternatives.find((a) => a.kind === 'borough' && a.label === match.borough);
  if (!borough) return m;
  return { ...m, result: { status: 'found', match: borough, alternatives: [match, ...alternatives.filter((a) => a !== borough)] } };
}

/** The desk words a station match may have taken in with a name: "waltham forest police" is "waltham forest". */
const TRAILING_DESK_WORDS = /(?: (?:police|station|front|counter|desk|office))+$/;

/** What follows a counter's name said as a counter ("sutton police station"), and a borough's ("sutton borough"); what comes before a borough's ("borough of sutton"). Sticky: tried at one position. */
const AS_A_STATION = / (?:borough )?police station\b/y;
const AS_A_BOROUGH = / borough\b/y;
const BOROUGH_OF = /(?<=\bborough of (?:the )?)/y;
const WORD_BOUNDARY = /\b/y;

/** Whether sticky `re` matches `text` at `at` (a lookbehind: ends there). */
export function followedBy(re: RegExp, text: string, at: number): boolean {
  re.lastIndex = at;
  return re.test(text);
}

/** `\b` at `at`, as a pattern reads it. */
export function wordBoundaryAt(text: string, at: number): boolean {
  return followedBy(WORD_BOUNDARY, text, at);
}

/** Whether `holds` is true at some position where `words` occur in `text` (every position for no words, as a pattern would try). */
export function atSomeOccurrence(text: string, words: string, holds: (at: number) => boolean): boolean {
  for (let at = text.indexOf(words); at >= 0; at = at < text.length ? text.indexOf(words, at + 1) : -1) if (holds(at)) return true;
  return false;
}

/** `\b<name> (?:borough )?police station\b` ("sutton police station"), read where the name occurs: no pattern made per message. */
export function saidAsAStation(text: string, name: string): boolean {
  return atSomeOccurrence(text, name, (at) => wordBoundaryAt(text, at) && followedBy(AS_A_STATION, text, at + name.length));
}

/** `\b<name> borough\b|\bborough of (?:the )?<name>\b` ("sutton borough", "the borough of sutton"), read where the name occurs. */
export function saidAsABorough(text: string, name: string): boolean {
  return atSomeOccurrence(
    text,
    name,
    (at) => (wordBoundaryAt(text, at) && followedBy(AS_A_BOROUGH, text, at + name.length)) || (followedBy(BOROUGH_OF, text, at) && wordBoundaryAt(text, at + name.length)),
  );
}

/**
 * A place said with the borough it lies in, right after it ("holloway islington", "angel, islington", "sydenham
 * lewisham"): one place, the borough only says where it is, so it is neither a second place nor a counter compared.
 * Not when the borough is another one ("croydon, sutton": two boroughs listed), nor across other words ("brixton or lambeth"),
 * nor after a postcode, nor when a list goes on ("nearer to SE6, lewisham or bromley": Lewisham is one of those compared).
 */
/** After a name, words that make it one of a list or a choice ("islington or camden", "lewisham and bromley"). */
const A_LIST_GOES_ON = /^[\s,]*(?:or|and|vs|versus|v|against|compared)\b/;

/** Between a place and the borough it is said to lie in: nothing, a comma, or "in" ("hayes in bromley", "belmont in the borough of harrow"). */
const SAID_IN_ITS_BOROUGH = /^(?:[\s,]*|\s+in\s+(?:the\s+)?(?:(?:london\s+)?borough\s+of\s+)?)$/;

/** The borough a mention names as a name (not "<borough> police station", a counter), if it names one. */
function boroughNamed(m: PlaceMention): PlaceMatch | undefined {
  if (m.result.status !== 'found' || (m.result.match.kind !== 'borough' && m.result.match.kind !== 'place') || TRAILING_DESK_WORDS.test(m.text.toLowerCase())) return undefined;
  return [m.result.match, ...m.result.alternatives].find((c) => c.kind === 'borough');
}

/**
 * A name several places share, said with the borough of one of them ("hayes in bromley" when Hayes is also Hayes End's
 * counter in Hillingdon; "belmont in harrow", "belmont, sutton"): the place of that name in that borough, one mention,
 * as the finder already reads the two words side by side ("belmont sutton"). Only when the finder knows a place of the
 * name in that borough; otherwise the mentions are left as they were.
 */
export function placesInTheBoroughSaid(mentions: PlaceMention[], text: string, finder: PlaceFinder): PlaceMention[] {
  if (mentions.length < 2) return mentions;
  const out: PlaceMention[] = [];
  let from = 0;
  let previous: { at: number; end: number } | undefined;
  for (const m of mentions) {
    const said = m.text.toLowerCase();
    const at = m.fromContext ? -1 : text.indexOf(said, from);
    const before = out.at(-1);
    const borough = boroughNamed(m);
    const gap = previous && at >= 0 ? text.slice(previous.end, at) : undefined;
    const already = before?.result.status === 'found' && before.result.match.borough === borough?.label;
    if (before && previous && borough && gap !== undefined && SAID_IN_ITS_BOROUGH.test(gap) && !already && !A_LIST_GOES_ON.test(text.slice(at + said.length)) && (before.result.status === 'found' || before.result.status === 'ambiguous')) {
      const looked = safeLookup(finder, `${before.text.toLowerCase()} ${said}`);
      if (looked?.status === 'found' && looked.match.kind === 'place' && looked.match.borough === borough.label && looked.match.stationId === undefined) {
        out[out.length - 1] = { text: text.slice(previous.at, at + said.length), result: looked };
        from = at + said.length;
        previous = { at: previous.at, end: from };
        continue;
      }
    }
    out.push(m);
    if (at >= 0) {
      from = at + said.length;
      previous = { at, end: from };
    }
  }
  return out.length === mentions.length ? mentions : out;
}

/** A clause that asks of London's counters as a whole: "how many counters are left in london", "which are open across london". */
const LONDONS_COUNTERS_ASKED = /\b(?:counters|stations|desks|nicks|ones)\b.*\b(?:in|across|around|throughout|all over|of) (?:all of |the whole of |greater |the whole |all )?london\b/;
const A_COUNTER_WORD = /\b(?:police|station|stations|counter|counters|desk|desks|nick|open|closed|hours)\b/;
/** Where the resident is, told in the aside ("i live in ilford, ..."): kept for the nearest. */
const WHERE_ONE_IS_TOLD = /\b(?:live|living|lives|staying|based|im (?:in|at|near|by|from)|i am (?:in|at|near|by|from)|were (?:in|at|near)|work(?:ing)? (?:in|at|near))\b/;

/**
 * "chelsea got robbed by the ref smh, how many counters are left in london", "we had a great day in brixton. how many
 * are left in london": a place told in an aside before a last clause that asks of London as a whole is not where the
 * question is asked of. Only when the aside names no counter words nor where the resident is; a place in the last clause
 * itself stays ("how many stations in hackney, london" is Hackney).
 */
export function placesBeforeLondonAsked(mentions: PlaceMention[], original: string): PlaceMention[] {
  if (mentions.length === 0 || !/london/i.test(original)) return mentions;
  const clauses = original.toLowerCase().split(/[.!?,;:]|\s[-–—]\s/);
  let last = clauses.length - 1;
  while (last > 0 && clauses[last].trim() === '') last--;
  if (last === 0) return mentions;
  const asked = ` ${readWords(clauses[last]).join(' ')} `;
  if (!LONDONS_COUNTERS_ASKED.test(asked)) return mentions;
  const aside = readWords(clauses.slice(0, last).join(' ')).join(' ');
  if (A_COUNTER_WORD.test(aside) || WHERE_ONE_IS_TOLD.test(aside)) return mentions;
  const kept = mentions.filter((m) => !m.fromContext && asked.includes(` ${m.text.toLowerCase()} `));
  return kept.length === mentions.length ? mentions : kept;
}

export function placesWithoutTheirBorough(mentions: PlaceMention[], text: string): PlaceMention[] {
  if (mentions.length < 2) return mentions;
  const kept: PlaceMention[] = [];
  let from = 0;
  let previous: { mention: PlaceMention; end: number } | undefined;
  for (const m of mentions) {
    const said = m.text.toLowerCase();
    const at = m.fromContext ? -1 : text.indexOf(said, from);
    const before = previous?.mention.result.status === 'found' ? previous.mention.result.match : undefined;
    // The borough as a name, not a counter named after it ("uxbridge (hillingdon) police station" names one counter).
    const borough = boroughNamed(m);
    const qualifies =
      previous !== undefined && at >= 0 && (before?.kind === 'place' || before?.kind === 'station') && borough !== undefined &&
      before.borough === borough.label && SAID_IN_ITS_BOROUGH.test(text.slice(previous.end, at)) && !A_LIST_GOES_ON.test(text.slice(at + said.length));
    if (!qualifies) kept.push(m);
    if (at >= 0) {
      from = at + said.length;
      previous = { mention: m, end: from };
    }
  }
  return kept.length === mentions.length ? mentions : kept;
}

/**
 * A borough named as a borough, where the words also reach a counter: "richmond borough", "the borough of
 * sutton", or a borough's full name that is not the counter's own ("waltham forest police front desk": the
 * name reaches Chingford only through its alias "Waltham Forest police station"). "<name> police station"
 * stays the counter, so "sutton police station" and "waltham forest police station" keep theirs.
 */
export function boroughsAsSaid(mentions: PlaceMention[], text: string): PlaceMention[] {
  return mentions.map((m) => {
    if (m.result.status !== 'found' || m.result.match.kind === 'borough' || m.fromContext) return m;
    const { match, alternatives } = m.result;
    const borough = alternatives.find((a) => a.kind === 'borough' && a.label === match.borough);
    if (!borough) return m;
    const name = m.text.toLowerCase().replace(TRAILING_DESK_WORDS, '');
    if (saidAsAStation(text, name)) return m;
    const saysBorough = saidAsABorough(text, name);
    // With another place named ("was stratford the newham counter"), the name is said of that counter.
    const fullNameNotTheCounters = mentions.length === 1 && name === borough.label.toLowerCase() && match.kind === 'station' && !match.label.toLowerCase().startsWith(name);
    return saysBorough || fullNameNotTheCounters ? asBorough(m) : m;
  });
}

/**
 * Words that compare two places said with "between" ("which is closer between brixton and walworth") or measure from one
 * to the other ("the distance between brixton police station and sw2"), not one place between them.
 */
const COMPARES_BETWEEN = /\b(?:which|whichever|compare|comparing|difference|closer|nearer|further|farther|later|earlier|longer|better|quicker|faster|or|distance|far|miles?|km|kilometres?|kilometers?|metres?|meters?|journey|route|walk|walking|drive|driving|travel)\b/;

/**
 * "nearest police station between brixton and clapham", "i live between sutton and cheam": one place halfway between
 * two the data has points for, not the first of them; the two mentions become one, at the middle of their points
 * (approximate). Two places compared ("which is closer between ...") stay two.
 */
export function halfwayBetween(mentions: PlaceMention[], text: string): PlaceMention[] {
  if (mentions.length !== 2 || COMPARES_BETWEEN.test(text) || mentions.some((m) => m.asCounter)) return mentions;
  const [a, b] = mentions.map((m) => (m.result.status === 'found' ? m.result.match : undefined));
  if (!a?.point || !b?.point || a.label === b.label) return mentions;
  const said = `between ${mentions[0].text.toLowerCase()} and ${mentions[1].text.toLowerCase()}`;
  if (!` ${text} `.includes(` ${said} `)) return mentions;
  const point = { lat: (a.point.lat + b.point.lat) / 2, lon: (a.point.lon + b.point.lon) / 2 };
  const label = `halfway between ${a.label} and ${b.label}`;
  return [{ text: said, result: { status: 'found', match: { kind: 'place', label, point, approximate: true, borough: a.borough === b.borough ? a.borough : null, score: 1 }, alternatives: [] } }];
}
