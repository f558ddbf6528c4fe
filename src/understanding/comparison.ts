/**
 * Two or three counters in one message: "is brixton or walworth open later
 * tonight", "which is open longer on saturday, lewisham or bromley?",
 * "lavender hill vs brixton opening hours". Which counters were named (in the
 * order named, each once), a name joined to them that we could not pin down
 * ("brixton or blahville"), and what the resident wants settled between them.
 * A station beside where the resident is ("is brixton open? I live in bromley")
 * is not one of them.
 */
import { notFoundMention, type PlaceReading } from './places';
import type { PlaceFinder } from './placeFinder';
import type { ComparisonRank, ComparisonYesNo, PlaceMention } from './question';

/** At most three counters are compared: the first named and two others. */
export const MAX_COMPARED = 3;

export interface ComparisonReading {
  /** The counters named, found ones first in message order, then names not found or ambiguous; two or three. */
  stations: PlaceMention[];
  rank?: ComparisonRank;
  /** The lesser of the rank was asked ("which is open less", "which shuts first", "which opens later"). */
  lesser?: true;
  /** A yes or no asked of them ("... later than ...?", "... as late as ...?", "the same hours?"). */
  settles?: ComparisonYesNo;
  /** Whether they open (or close) at the same time was asked: their hours, not whether both are open now. */
  sameTime?: true;
}

/** "later than", "longer than": the first named against the others. */
const THAN = /\b(?:longer|later|earlier|sooner|more hours|more|shorter|fewer hours|less) than\b/;
/** "as late as", "as long as", "as early as". */
const AS_MUCH_AS = /\bas (?:late|long|early|many hours) as\b/;
/** Their difference asked: "difference", "differ", "different". */
const DIFFERENCE = /\b(?:difference|differences|differ|differs|different)\b/;
/** Whether they differ, asked yes or no: "are x and y hours different", "is there any difference", "do they differ". */
const DIFFERENCE_ASKED_YES_OR_NO =
  /^(?:(?:so|and|but|ok|okay|hi|hey) )?(?:(?:is|are) there (?:any |a |much |a big )?differences?\b|(?:are|is|do|does|r)\b.*\b(?:different|differ)\b)/;
/** "the same hours", "different opening times", "same times as". */
const SAME_HOURS = /\b(same|different|similar|identical) (?:opening )?(?:hours|times)\b|\bhours (?:the )?(same)\b/;

/**
 * The same opening or closing time asked of them, not whether both are open at once: "does brixton open the same time
 * as walworth", "do they open at the same time", "same opening time?"; "do x and y close at the same time". "Are x and
 * y open at the same time" asks whether both are open then, and is left to the open-now reading.
 */
const OPENS_AT_THE_SAME_TIME = /\b(?:opens|opening)\b(?: \w+){0,4}? (?:at )?the same time\b|\b(?:do|does|did|will|would)\b(?: \w+){0,5}? open(?: up)?(?: at)? the same time\b|\bsame opening (?:time|hour)s?\b/;
const CLOSES_AT_THE_SAME_TIME = /\b(?:close|closes|closing|shut|shuts|shutting)(?: up)?(?: \w+){0,4}? (?:at )?the same time\b|\bsame closing (?:time|hour)s?\b/;

/** Words that join two names: "brixton or walworth", "lavender hill vs brixton", "compare x with y". */
const JOINERS: ReadonlySet<string> = new Set(['or', 'and', 'vs', 'versus', 'v', 'with', 'against', 'nor', 'then']);

/**
 * The resident's own whereabouts: "I live in Bromley" names where they are, not a counter they ask about. "from" says
 * where, but not after a difference ("how does lewisham differ from brixton", "different from walworth").
 */
const WHERE_I_AM = '(?:im|i am|i m|i live|we live|were|we are|living|staying|i work|i stay|located|based|(?<!\\b(?:differ|differs|different|apart|distinct) )from)(?: (?:in|at|near|by|around|on|off))?';

function stationIdOf(m: PlaceMention): string | undefined {
  return m.result.status === 'found' ? m.result.match.stationId : undefined;
}

/** The resident's whereabouts words ending exactly where the text given ends (where a name starts). */
const ENDS_SAYING_WHERE_I_AM = new RegExp(`\\b${WHERE_I_AM} (?:the )?$`);
/** The same words before any word boundary (a name of no letters). */
const SAYS_WHERE_I_AM = new RegExp(`\\b${WHERE_I_AM} (?:the )?\\b`);

/**
 * `\b<where I am> (?:the )?<the name>\b` somewhere in the text: each place the name is written is
 * checked for those words just before it, with one regex compiled once rather than one per name.
 */
function isWhereTheResidentIs(text: string, m: PlaceMention): boolean {
  const name = m.text.toLowerCase();
  if (name === '') return SAYS_WHERE_I_AM.test(text);
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    const end = at + name.length;
    if (isWordChar(text[end - 1]) !== isWordChar(text[end]) && ENDS_SAYING_WHERE_I_AM.test(text.slice(0, at))) return true;
  }
  return false;
}

/** A word character as a regex's `\b` sees it (ASCII, without the u flag); none past either end. */
function isWordChar(c: string | undefined): boolean {
  return c !== undefined && /\w/.test(c);
}

/**
 * Words joined to a counter that name nothing we know ("brixton or blahville"), or more than one counter
 * ("brixton or wood"): kept, so the answer can say it could not find them rather than drop them silently.
 */
function joinedNames(text: string, named: PlaceMention[], places: PlaceReading, finder: PlaceFinder): PlaceMention[] {
  // Words left unexplained, and names that matched more than one place or none ("wood police station").
  const unexplained = new Set(places.unexplained);
  for (const m of places.mentions) if (m.result.status === 'ambiguous' || m.result.status === 'not-found') for (const w of m.text.toLowerCase().split(' ')) unexplained.add(w);
  const words = text.split(' ');
  const found: PlaceMention[] = [];
  const seen = new Set<string>();
  const add = (run: string[]) => {
    const mention = notFoundMention(run);
    if (!mention || seen.has(mention.text)) return;
    seen.add(mention.text);
    let looked: PlaceMention['result'] | null = null;
    try {
      looked = finder.lookup ? finder.lookup(mention.text) : null;
    } catch {
      looked = null;
    }
    found.push(looked && looked.status === 'ambiguous' ? { text: mention.text, result: looked } : mention);
  };
  for (const m of named) {
    const name = m.text.toLowerCase().split(' ');
    for (let i = 0; i + name.length <= words.length; i++) {
      if (name.some((w, k) => words[i + k] !== w)) continue;
      // After the name: "brixton or blahville".
      let j = i + name.length;
      if (JOINERS.has(words[j] ?? '')) {
        j++;
        if (words[j] === 'the') j++;
        const run: string[] = [];
        while (j < words.length && run.length < 3 && unexplained.has(words[j])) run.push(words[j++]);
        if (run.length > 0) add(run);
      }
      // Before it: "blahville or brixton".
      let b = i - 1;
      if (JOINERS.has(words[b] ?? '')) {
        b--;
        const run: string[] = [];
        while (b >= 0 && run.length < 3 && unexplained.has(words[b])) run.unshift(words[b--]);
        if (run.length > 0) add(run);
      }
    }
  }
  return found;
}

/** Whether the place's name and one of the counters' names are written with only a joining word between them. */
function joinedToAName(text: string, place: PlaceMention, named: readonly PlaceMention[]): boolean {
  // "hounslow police station and feltham": the desk words after a name do not part it from its joiner.
  const bare = (words: string) => ` ${words.toLowerCase()} `.replace(/ (?:police station|police|station|front counter|counter|front desk|desk)(?= )/g, '').trim();
  const name = bare(place.text);
  const words = ` ${bare(text)} `;
  return named.some((m) => {
    const other = bare(m.text);
    return [...JOINERS].some((j) => words.includes(` ${other} ${j} ${name} `) || words.includes(` ${name} ${j} ${other} `));
  });
}

/** Words that say where one place lies by another: "the sutton end of croydon", "croydon near sutton", "the bit of hackney by stoke newington". */
const WHERE_IT_LIES = /^(?:(?:end|side|edge|bit|part|corner|border|fringe|outskirts) of(?: the)?|near(?: the)?|(?:close|next) to|by|towards|toward)$/;

/** The two names written with only words that say where one lies by the other between them, in either order. */
export function saidByWhereItLies(text: string, a: PlaceMention, b: PlaceMention): boolean {
  const words = ` ${text.toLowerCase()} `;
  const between = (first: string, second: string): string | undefined => {
    const at = words.indexOf(` ${first} `);
    const then = at < 0 ? -1 : words.indexOf(` ${second} `, at + first.length + 1);
    return then < 0 ? undefined : words.slice(at + first.length + 2, then).trim();
  };
  const [x, y] = [a.text.toLowerCase(), b.text.toLowerCase()];
  return [between(x, y), between(y, x)].some((w) => w !== undefined && WHERE_IT_LIES.test(w));
}

/** Closing first asked: "which shuts earlier", "which closes first on sunday", "does brixton close sooner than lewisham", "the earliest to close". */
const CLOSES_EARLIER = /\b(?:close|closes|closing|shut|shuts|shutting)(?: (?:up|its doors|the doors))?(?: \w+){0,2}? (?:earlier|earliest|sooner|soonest|first)\b|\b(?:first|earliest|soonest) to (?:close|shut)\b|\b(?:earlier|earliest) (?:closing|close|shut)\b/;
/** Opening last asked: "which opens later", "which one opens last on sunday", "the later opening", "last to open" ("is open later" is closing later). */
const OPENS_LATER = /\b(?:opens|opening|opens up)(?: \w+){0,2}? (?:later|latest|last)\b|\b(?:last|latest) to open\b|\b(?:later|latest) (?:opening|to open)\b/;
/** Less time open asked: "which is open less", "fewer hours", "shorter hours", "which has fewer" (not "at least", "more or less"). */
const OPEN_LESS = /\b(?<!\bat |\bmore or |\bno )(?:shorter|shortest|fewer|fewest|less|least)\b/;

/** Whether the lesser of the rank was asked: shorter hours, closing first, opening last (see `ComparedPlaces.lesser`). */
export function asksLesser(text: string, rank: ComparisonRank | undefined): boolean {
  if (rank === 'later') return CLOSES_EARLIER.test(text);
  if (rank === 'earlier') return OPENS_LATER.test(text);
  return rank === 'longer' && OPEN_LESS.test(text) && !/\b(?:longer|longest|more hours|most hours|more time)\b/.test(text);
}

/** How long asked in so many words ("longer", "more hours", "open less", "fewer"), not only "compare": answered with each one's hours a week. */
export function asksHowLong(text: string): boolean {
  return /\b(?:longer|longest|shorter|shortest|more|most|less|least|fewer|fewest|as long as|as many hours as|how many hours)\b/.test(text);
}

/** "which is open longer?", "which shuts later?", "compare ...": what to settle between the counters, if anything. */
export function readRank(text: string, setAgainst = false): ComparisonRank | undefined {
  // "does lewisham close later than walworth?": a comparative with "than" settles between them too.
  const which = /\b(?:which|whichever|what one|who|compare|compared|comparing|comparison|vs|versus|v|difference|differences|differ|differs|different|better|than|as late as|as early as|as long as|as many hours as|(?:close|closes|shut|shuts) (?:before|after))\b/.test(text);
  // "does wembley or harrow stay open later?": two names joined by "or" with a comparative asks which of them, too.
  const eitherComparative = /\bor\b/.test(text) && /\b(?:longer|longest|later|latest|earlier|earliest|open late|stays? open late|shorter|shortest|open less)\b/.test(text);
  if (!which && !eitherComparative && !setAgainst) return undefined;
  // "which shuts earlier", "which opens later": closing first is the lesser of closing later, opening last of opening earlier.
  if (CLOSES_EARLIER.test(text)) return 'later';
  if (OPENS_LATER.test(text)) return 'earlier';
  if (OPEN_LESS.test(text) && !/\b(?:later|latest|earlier|earliest)\b/.test(text)) return 'longer';
  if (/\b(?:longer|longest|more hours|most hours|more time|as long as|as many hours as|open (?:the )?(?:most|more))\b/.test(text)) return 'longer';
  // "which closes first?": the one that closes later is said, so the other closes first.
  if (/\b(?:later|latest|closes? last|shuts? last|stays? open late|open late|closes? first|shuts? first|first to (?:close|shut)|as late as|(?:close|closes|shut|shuts) (?:before|after))\b/.test(text)) return 'later';
  if (/\b(?:earlier|earliest|opens? first|first to open|sooner|soonest)\b/.test(text)) return 'earlier';
  if (/\bwhich\b.*\bopen\b|\bwhich (?:one|ones|of them|of the two)\b/.test(text)) return 'open';
  // "compare the hours of ...", "x vs y": how long each is open says it best.
  return 'longer';
}

/** Words that set one counter against another: "than", "as late as", "the same time as", "compared to", "differ from". */
const SET_AGAINST = '(?:than|as (?:late|early|long) as|(?:at )?the same (?:time|times|hours) as|same (?:time|times|hours) as|compared? (?:to|with)|compares? (?:to|with)|differ(?:s|ent)? from|vs|versus)';
const SETS_AGAINST = new RegExp(`\\b${SET_AGAINST}\\b`);
/**
 * A comparative said last with nothing after it ("is croydon open longer", "does croydon close later", "does it open
 * earlier then"): set against the counter just discussed. "Is it open later" is left alone (later today, as often as not).
 */
const ENDS_ON_A_BARE_COMPARATIVE = /\b(?:(?:is|stay|stays|staying|open) (?:open )?(?:for )?longer|(?:close|closes|shut|shuts) (?:later|earlier|sooner)|(?:open|opens) (?:earlier|sooner))(?: (?:then|too|instead|tho|though))?$/;
/** The counter just discussed, pointed at: "it", "that one", "there". */
const THE_ONE_DISCUSSED = '(?:it|that|that one|this one|there|that station|that counter|that desk)';

/**
 * One counter named and the one just discussed set against it: "is it open later than lewisham" (the one discussed
 * first), "does walworth open at the same time as it", "how does it compare to lewisham". Not a time ("is lewisham open
 * later than 9"): the other side must be the counter named, or "it".
 */
function setAgainstTheOneDiscussed(text: string, named: PlaceMention): 'before' | 'after' | undefined {
  const name = named.text.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  // "is croydon open longer", "does croydon close later?" said last and short: than the one just discussed.
  if (!SETS_AGAINST.test(text)) return ENDS_ON_A_BARE_COMPARATIVE.test(text) && text.split(' ').length <= 8 && new RegExp(`\\b${name}\\b`).test(text) ? 'after' : undefined;
  if (new RegExp(`\\b${THE_ONE_DISCUSSED}\\b(?: \\w+){0,8}? ${SET_AGAINST} (?:the )?${name}\\b`).test(text)) return 'before';
  if (new RegExp(`\\b${name}\\b(?: \\w+){0,8}? ${SET_AGAINST} ${THE_ONE_DISCUSSED}\\b`).test(text)) return 'after';
  return undefined;
}

/**
 * The counters a message names, when it names two or more (or one and a name joined to it we could not pin down, or
 * one set against the counter just discussed).
 */
export function readComparison(text: string, places: PlaceReading, finder: PlaceFinder, discussed?: PlaceMention): ComparisonReading | null {
  const stations: PlaceMention[] = [];
  const ids = new Set<string>();
  for (const m of places.mentions) {
    const id = stationIdOf(m);
    if (!id || ids.has(id) || isWhereTheResidentIs(text, m)) continue;
    ids.add(id);
    stations.push(m);
  }
  if (stations.length === 0) return null;
  const discussedId = discussed && stationIdOf(discussed);
  if (stations.length === 1 && discussed && discussedId && !ids.has(discussedId)) {
    const side = setAgainstTheOneDiscussed(text, stations[0]);
    const remembered = { ...discussed, fromContext: true as const };
    if (side === 'before') stations.unshift(remembered);
    else if (side === 'after') stations.push(remembered);
  }
  // "compare hounslow and feltham": a place with no counter of its own joined to a counter is compared too (the answer
  // gives its nearest counter); a place said as where the resident is ("I live in bromley") is not.
  for (const m of places.mentions) {
    if (stations.length >= MAX_COMPARED || m.result.status !== 'found' || stationIdOf(m) || !m.result.match.point || isWhereTheResidentIs(text, m)) continue;
    if (joinedToAName(text, m, stations)) stations.push(m);
  }
  // "the sutton end of croydon", "edge of croydon near sutton": one place said by where it lies, not two to compare.
  if (stations.length === 2 && saidByWhereItLies(text, stations[0], stations[1])) return null;
  const unsure = stations.length < MAX_COMPARED ? joinedNames(text, stations, places, finder) : [];
  const all = [...stations, ...unsure].slice(0, MAX_COMPARED);
  if (all.length < 2) return null;
  const hours = SAME_HOURS.exec(text)?.[1];
  // "are walworth and brixton hours different", "is there any difference between ...": yes or no, whether they differ;
  // "what's the difference between ...", "how do ... differ": their hours set side by side, no yes or no.
  const differ = !hours && DIFFERENCE_ASKED_YES_OR_NO.test(text);
  const sameTime = !hours && !differ ? (CLOSES_AT_THE_SAME_TIME.test(text) ? 'later' : OPENS_AT_THE_SAME_TIME.test(text) ? 'earlier' : undefined) : undefined;
  // "is croydon open longer" after another counter: the bare comparative ranks them as "than" would.
  const thanTheOneDiscussed = ENDS_ON_A_BARE_COMPARATIVE.test(text) && all.some((m) => m.fromContext);
  const settles: ComparisonYesNo | undefined = hours || sameTime ? (hours === 'different' ? 'different' : 'same') : differ ? 'different' : AS_MUCH_AS.test(text) ? 'as-much' : THAN.test(text) || thanTheOneDiscussed ? 'more' : undefined;
  const rank = sameTime ?? readRank(text, thanTheOneDiscussed) ?? (hours || DIFFERENCE.test(text) ? 'longer' : undefined);
  const lesser = asksLesser(text, rank);
  return { stations: all, ...(rank ? { rank } : {}), ...(lesser ? { lesser: true as const } : {}), ...(settles ? { settles } : {}), ...(sameTime ? { sameTime: true as const } : {}) };
}
