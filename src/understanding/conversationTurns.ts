/**
 * Turns that only make sense in a conversation: a choice among the places
 * offered ("2", "green", "neither"), the second half of a postcode ("IG8" then
 * "0SB"), "which ones?" after a list, and the short follow-ups said of what was
 * just discussed ("why?", "when did that happen?", "no, Walworth").
 */
import type { PlaceMatch } from '../stations/model';
import type { Cues } from './cues';
import { NOW_ALONE, PART_OF_LONDON, THEM_ALL, wordTable } from './lexicon';
import { partOfLondon } from './partOfLondon';
import { readWords } from './message';
import type { PlaceFinder } from './placeFinder';
import { asBorough, primaryMention } from './places';
import type { ClosurePeriod, ConversationContext, ListAsOf, ListQuestion, PartOfLondon, PlaceMention, PlaceQuestion, Question } from './question';

/** What a follow-up to a list is read from. */
export interface ListFollowUp {
  text: string;
  cues: Cues;
  mentions: PlaceMention[];
  /** A day or time was named ("on Sunday"): a question about hours, not the list. */
  dayNamed: boolean;
  /** Said as a correction ("no I meant 2025", "sorry, 2018"): the list asked again of the new time, as "and in 2025?". */
  correcting?: boolean;
  /** A past date or year named ("in 2019"). */
  pastDate: ListAsOf | undefined;
  /** A period of closures named ("and in December 2017?", "what about the 2017 ones?"). */
  period: ClosurePeriod | undefined;
  /** The closures of a year, from the plans' rounds in the data: "which ones?" after two years compared names each year's. */
  yearPeriod: (year: number) => ClosurePeriod;
  /** The day before the latest round of closures: "before" said alone of the 24-hour counters is then. */
  beforeLatestRound: () => ListAsOf | undefined;
}

const ORDINALS = wordTable({
  1: 0, 2: 1, 3: 2, 4: 3, 5: 4, first: 0, second: 1, third: 2, fourth: 3, fifth: 4, '1st': 0, '2nd': 1, '3rd': 2, '4th': 3, '5th': 4,
  last: -1, top: 0,
});

/**
 * "the second one", "green" after "Did you mean Wood Green or Woodford?": the question waiting for the place,
 * with that candidate (a bare "wood police station" waits as a question about the place itself).
 */
export function pickCandidate(text: string, ctx: ConversationContext): Question | null {
  const bare = ctx.lastIntent === 'place-only' && ctx.lastPlace?.result.status === 'ambiguous' ? ctx.lastPlace : undefined;
  const waiting = ctx.pending?.place?.result.status === 'ambiguous' ? ctx.pending : bare ? { intent: 'place-only' as const, place: bare } : undefined;
  const result = waiting?.place?.result;
  if (!waiting || !result || result.status !== 'ambiguous') return null;
  // "neither", "none of them": ask again which station.
  if (NONE_OF_THEM.test(text)) return waiting.intent === 'place-only' ? { intent: 'status', place: null } : ({ ...waiting, place: null } as PlaceQuestion);
  const m = /^(?:(?:the|number|option|no) )*(\w+)(?: (?:one|option|please))*$/.exec(text);
  // "the other one" of two offered, neither chosen yet: the one not offered first.
  const index = result.candidates.length === 2 && OTHER_OF_TWO_OFFERED.test(text) ? 1 : m ? ORDINALS.get(m[1]) : undefined;
  const match = index === undefined ? candidateNamed(text, result.candidates) : index < 0 ? result.candidates[result.candidates.length - 1] : result.candidates[index];
  if (!match) return null;
  const place: PlaceMention = { text: match.label, result: { status: 'found', match, alternatives: [] } };
  return { ...waiting, place } as Question;
}

/** "the other one", "what about the other", "no the other option": the second of two places offered. */
const OTHER_OF_TWO_OFFERED = /^(?:(?:no|nah|and|so|ok|okay|what about|how about|i meant|i mean)\s+)*(?:the )?other(?: one| option| place| station| desk| counter)?(?: (?:please|pls|then|mate))*$/;

/** Words around a name picked from a list: "the green one please", "i meant town centre". */
const CHOICE_FILLER = new Set(
  'the one a an please pls i mean meant want wanted that this at in on option number ok okay yes yeah yep sorry police station counter desk front office of'.split(' '),
);

/** The one candidate whose name holds every word said ("green" of Woodford / Wood Green); none if several or none do. */
function candidateNamed(text: string, candidates: PlaceMatch[]): PlaceMatch | undefined {
  const words = text.split(' ').filter((w) => w !== '' && !CHOICE_FILLER.has(w));
  if (words.length === 0 || words.length > 4) return undefined;
  const named = candidates.filter((c) => {
    const label = new Set(readWords(c.label));
    return words.every((w) => label.has(w));
  });
  // "the one in harrow" of Belmont (Sutton) / Belmont (Harrow): when no name holds the words, the borough each is offered with.
  const inBorough = named.length > 0 ? named : candidates.filter((c) => {
    const label = new Set([...readWords(c.label), ...readWords(c.borough ?? '')]);
    return words.every((w) => label.has(w));
  });
  const stations = new Set(inBorough.map((c) => c.stationId ?? `${c.label} ${c.borough ?? ''}`));
  return stations.size === 1 ? inBorough[0] : undefined;
}

/** "neither", "none of them", "not those": none of the places offered. */
const NONE_OF_THEM =
  /^(?:(?:no|sorry|um+|erm?|hmm+|oh)\s+)*(?:neither|none|neither one|none of (?:them|those|these|the above)|neither of (?:them|those|these)|not (?:them|those|these|either|either of them|any of them|any of those)|wrong|wrong ones?|no neither)(?: (?:of them|sorry|thanks|thank you|please|mate))*$/;

/**
 * The second half of a postcode sent on its own ("IG8", then "0SB"): joined to the district just given,
 * and the question asked again with the whole postcode.
 */
export function completePostcode(text: string, ctx: ConversationContext, finder: PlaceFinder): Question | null {
  const district = ctx.lastLocation;
  if (!/^\d[a-z]{2}$/.test(text) || district?.kind !== 'district' || !district.postcode || !/^[A-Z]{1,2}\d[A-Z\d]?$/.test(district.postcode)) return null;
  const whole = `${district.postcode.toLowerCase()} ${text}`;
  let found: PlaceMention | undefined;
  try {
    const first = finder.findPlaces(whole).find((f) => f.result.status !== 'not-found');
    if (first) found = { text: first.text, result: first.result };
  } catch {
    return null;
  }
  if (!found) return null;
  const waiting = ctx.pending ?? ctx.lastQuestion;
  if (waiting && (waiting.intent === 'nearest' || waiting.intent === 'borough-desks' || waiting.intent === 'alternatives')) return { ...waiting, place: found } as PlaceQuestion;
  return { intent: 'place-only', place: found };
}

/** Asked again of a list just given: "which ones?", "and in December 2017?", "what about Richmond?". */
export function followsList(list: ListQuestion, said: ListFollowUp): Question | null {
  const { text, cues: c, mentions } = said;
  if (WHICH_ONES.test(text) || THEM_ALL.test(text)) return listAsSaved(list, said.yearPeriod);
  // "how many?" after a list of closures or counters: the list again, which gives its count first.
  if (HOW_MANY_THEN.test(text) && list.intent !== 'plans') return list;
  // "are any of them 24 hours", "which of those are open 24/7" after the counters open in a part of London: that part's
  // 24-hour counters (London's, after London's list), not a question the bot cannot read.
  // "in 2019 were any of them 24 hours": those of that part open 24 hours then.
  if (list.intent === 'open-list' && c.roundTheClock && mentions.length === 0 && OF_THOSE_LISTED.test(text)) return { intent: 'list-24x7', ...(said.pastDate ? { asOf: said.pastDate } : {}), ...(list.part ? { part: list.part } : {}) };
  // "which were before?", "and before the changes?" after the 24-hour counters now: those open 24 hours before the latest round.
  if (list.intent === 'list-24x7' && !list.asOf && mentions.length === 0 && !said.dayNamed && !said.pastDate && BEFORE_ALONE.test(text)) {
    const asOf = said.beforeLatestRound();
    if (asOf) return { intent: 'list-24x7', asOf, ...(list.part ? { part: list.part } : {}) };
  }
  // "which of those were 24 hours" after a list of closures: those of the list open 24 hours until they closed.
  if (list.intent === 'closures-list' && c.roundTheClock && !list.roundTheClock && !list.reopened && mentions.length === 0 && OF_THOSE_LISTED.test(text)) return { ...list, roundTheClock: true };
  // "which is nearer to N1?", "which one's closest to me in SE15": the nearest of the 24-hour desks just listed.
  if (list.intent === 'list-24x7' && (c.nearest || NEARER.test(text)) && WHICH_OF_THEM.test(text) && mentions.length > 0) return { intent: 'nearest', place: primaryMention(mentions, 'location'), desk: '24/7' };
  // "which ones were in south london?", "how many of them in east london", "just the ones in north london" after a list:
  // the same list, narrowed to that part of London.
  const part = partOfLondon(text);
  if (part && list.intent !== 'plans' && mentions.length === 0 && NARROWED_TO_A_PART.test(`${text.replace(PART_OF_LONDON, ' ').replace(/\s+/g, ' ').trim()} `)) {
    return listAsSaved(list, said.yearPeriod, part);
  }
  // "how many of them were in westminster" after the closures of 2017: that list, narrowed to the borough named.
  const borough = list.intent === 'closures-list' && mentions.length === 1 ? asBorough(mentions[0]) : undefined;
  if (borough?.result.status === 'found' && borough.result.match.kind === 'borough') {
    const rest = text.replace(mentions[0].text.toLowerCase(), ' ').replace(/\b(?:borough|council)\b/g, ' ').replace(/\s+/g, ' ').trim();
    const label = borough.result.match.label;
    if (NARROWED_TO_A_PART.test(`${rest} `)) return listAsSaved(list, said.yearPeriod, { label, directions: [], boroughs: [label] });
  }
  // "and now?" after the counters of a year ("how many were open in 2019"): the count then against the count now.
  if (list.intent === 'list-24x7' && list.asOf && !list.versusNow && mentions.length === 0 && NOW_ALONE.test(text)) {
    const { asOf, allCounters, part } = list;
    return { intent: 'list-24x7', asOf, ...(allCounters ? { allCounters: 'counted' as const } : {}), ...(part ? { part } : {}), versusNow: {} };
  }
  // "what about croydon", "and in lambeth?" after London's counters at a time gone by (counted, set against now or another
  // year, or the 24-hour ones then): the same asked of that borough, not its counter's hours today.
  const then = list.intent === 'list-24x7' && list.asOf && !list.canGoIn ? boroughAskedAgain(text, c, mentions, said.dayNamed) : undefined;
  if (then && list.intent === 'list-24x7' && list.asOf) {
    const asOf = said.pastDate ?? list.asOf;
    if (!list.allCounters) return { intent: 'borough-desks', place: then, asOf, desk: '24/7' };
    if (list.versusYear && !said.pastDate) return { intent: 'borough-desks', place: then, asOf, versusYear: list.versusYear };
    return { intent: 'borough-desks', place: then, asOf, ...(list.versusNow ? { versusNow: {} } : {}) };
  }
  if (!c.followUp && !said.correcting) return null;
  // The moves of another time stay moves ("which counters moved in 2020", then "and 2024?").
  if (list.intent === 'closures-list' && mentions.length === 0 && said.period) {
    // After the closures "in" a year (that calendar year), another year said alone is that calendar year too ("which
    // closed in 2017", then "and 2018?": Holborn alone, not the round of 2017 that ran into January 2018).
    const year = /^(\d{4})-01-01$/.exec(list.period?.from ?? '') && list.period?.to.endsWith('-12-31') ? /\b((?:19|20)\d\d)\b/.exec(text) : null;
    // Not a month of that year ("i meant march 2026"), nor a plan named by its year ("the 2025 review").
    const monthSaid = said.period.from.slice(0, 7) === said.period.to.slice(0, 7);
    const period = year && !monthSaid && !/\b(?:review|plan|strategy|round|proposals?|consultation)\b/.test(text) ? said.yearPeriod(Number(year[1])) : said.period;
    return { intent: 'closures-list', period, ...(list.moved ? { moved: list.moved } : {}) };
  }
  // "and in 2019?" after the counters open in London or a part of it now: those open then, listed.
  if (list.intent === 'open-list' && (!list.when || list.when.kind === 'now') && mentions.length === 0 && said.pastDate && !c.roundTheClock) {
    return { intent: 'list-24x7', asOf: said.pastDate, allCounters: 'listed', ...(list.part ? { part: list.part } : {}) };
  }
  // "and in 2021?" after the counters of a part then, or a count then against now: the same question of the new date.
  if (list.intent === 'list-24x7' && mentions.length === 0 && said.pastDate) {
    const { allCounters, part, versusNow } = list;
    return { intent: 'list-24x7', asOf: said.pastDate, ...(allCounters ? { allCounters } : {}), ...(part ? { part } : {}), ...(versusNow ? { versusNow } : {}) };
  }
  const onlyAPlace = !c.hours && !c.status && !c.address && !c.open && !c.closedState && !c.nearest && !c.history && !said.dayNamed;
  // Not after the open counters: "whats open on sunday", then "croydon" asks the nearest open then (the rules' own).
  if (list.intent !== 'list-24x7' && list.intent !== 'open-list' && onlyAPlace && mentions.length > 0) {
    const borough = asBorough(primaryMention(mentions, 'station') as PlaceMention);
    if (borough.result.status === 'found' && borough.result.match.kind === 'borough') return { intent: 'borough-desks', place: borough };
  }
  return null;
}

/** A borough said alone as the follow-up ("what about croydon", "and in lambeth?", "croydon?"), else undefined. */
function boroughAskedAgain(text: string, c: Cues, mentions: PlaceMention[], dayNamed: boolean): PlaceMention | undefined {
  if (mentions.length !== 1 || dayNamed || c.hours || c.status || c.address || c.open || c.nearest || c.history) return undefined;
  const borough = asBorough(mentions[0]);
  if (borough.result.status !== 'found' || borough.result.match.kind !== 'borough') return undefined;
  const rest = text.replace(mentions[0].text.toLowerCase(), ' ').replace(/\b(?:borough|council|then|too|as well|in (?:19|20)\d\d)\b/g, ' ').replace(/[?.!,]/g, ' ').replace(/\s+/g, ' ').trim();
  return /^(?:(?:and|so|ok|okay|but|what|how|about|in|for|of|with|the|same|question|ask|please|pls) ?)*$/.test(rest) ? borough : undefined;
}

/**
 * The list again, to name its counters (narrowed to a part of London when one is said). A list kept in conversation state
 * before periods were read from the data ("feb-2026") is every closure; a count of the counters left, the counters.
 */
function listAsSaved(list: ListQuestion, yearPeriod: (year: number) => ClosurePeriod, part?: PartOfLondon): Question {
  const inPart = <Q extends Question>(q: Q): Q => (part ? { ...q, part } : q);
  // "how many are left?" then "which ones?": the counters themselves, not the count again.
  if (list.intent === 'plans') return inPart({ intent: 'open-list' });
  // "which year had the most closures?" then "which ones?": that year's closures, named, not the counts again.
  if (list.intent === 'closures-list' && !list.compareYears && !list.period && (list.byYear === 'most' || list.byBorough === 'most')) return inPart({ ...list, namedOfTheMost: true });
  // "how many closed each year?" then "which ones?": every closure counted, named, not the counts again.
  if (list.intent === 'closures-list' && !list.compareYears && !list.period && (list.byYear === 'each' || list.byBorough === 'each')) {
    return inPart({ intent: 'closures-list', ...(list.part ? { part: list.part } : {}) });
  }
  // "which closed more, 2017 or 2026?" then "which ones?": the closures of each year, named, not the counts again.
  if (list.intent === 'closures-list' && list.compareYears) {
    const within = part ?? list.part;
    const ofYear = (year: string): Question => ({ intent: 'closures-list', period: yearPeriod(Number(year)), ...(within ? { part: within } : {}) });
    return { intent: 'both', questions: [ofYear(list.compareYears[0]), ofYear(list.compareYears[1])] };
  }
  if (list.intent !== 'closures-list' || list.period === undefined || (typeof list.period === 'object' && typeof list.period.from === 'string')) return inPart(list);
  return inPart({ intent: 'closures-list' });
}

/** What is left of a follow-up that narrows a list to a part of London, once the part is taken out: "which ones were in", "how many of them", "just those in". */
const NARROWED_TO_A_PART =
  /^(?:(?:and|so|ok|okay|but|right|what about|how about)\s+)*(?:(?:which|what|how many|any|were any|are any|only|just)(?: ones?| of (?:them|those|these|em)| ones?)?(?: (?:were|was|are|is|closed|shut|there|of them|are there|were there))*\s*)?(?:(?:just|only) )?(?:the ones |those |them )?(?:(?:in|from|around|across) )?(?:(?:only|then|please|pls) )*$/;

/** The counters just listed, referred to: "any of them", "which of those", "are they", "any", "which ones". */
const OF_THOSE_LISTED = /\b(?:of (?:them|those|these|em)|(?:are|r|were) (?:they|those|these|them)|(?:is|are|r) (?:any|there any)|any|which(?: ones?)?|ones)\b/;

/** "before" said alone of a list now: "which were before?", "and before the changes?", "what about previously", "how about in the past". */
const BEFORE_ALONE =
  /^(?:(?:and|so|ok|okay|but|what about|how about|which|what|ones?|were|was|they|there|them|of them|any|how many|roundtheclock|open|used to be)\s+)*(?:before|previously|in the past|back then|before (?:that|then|the (?:changes?|cuts|closures|review|new hours)|march|the change))(?:\s+(?:then|please|pls))?$/;

/** Which of the counters just listed: "which is", "which one's", "which of them", "which of the two". */
const NEARER = /\b(?:nearer|closer)\b/;
const WHICH_OF_THEM = /\bwhich(?: one| ones| of (?:them|those|these|the two|em))?(?: is| s|s)?\b/;

/** "which ones?", "name them", "give me the full list": the list again. */
const WHICH_ONES =
  /^(?:(?:and|so|ok|okay|but|oh|right|hmm+)\s+)*(?:which(?: ones?| stations?| counters?| desks?| police stations?| ones were they| ones are they)?|what ones|what are they|what were they|name them|list them|can you (?:name|list) them|tell me which(?: ones)?|which are they|which were they|(?:(?:give|show|send) (?:me|us) )?(?:the|a|your) (?:full|whole|complete|entire) list)(?: (?:are they|were they|were those|are those|then|please|pls|plz|exactly))*$/;

/** "how many?", "how many was that", "how many in total": the count of the list just given. */
const HOW_MANY_THEN = /^(?:(?:and|so|ok|okay|but|oh|right)\s+)*how many(?: (?:of them|were there|was that|is that|are there|are they|were they|in total|altogether|overall|then|exactly|roughly))*$/;

/** The places not named after "not": "not Sutton, Croydon" is about Croydon. */
export function withoutNegated(mentions: PlaceMention[], text: string): PlaceMention[] {
  const kept = mentions.filter((m) => !new RegExp(`\\bnot (?:the |at |in )?${m.text.toLowerCase().replace(/[^a-z0-9 ]/g, '')}\\b`).test(text));
  return kept.length > 0 ? kept : mentions;
}
