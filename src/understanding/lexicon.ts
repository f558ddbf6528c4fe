/**
 * The lexicon: every group of words understanding reads with, named and
 * written once. Readers (`cues.ts`, `reading.ts`, `conversationTurns.ts`) and
 * the rules (`rules.ts`) build their patterns from these groups, so "station",
 * "counter", "desk" is spelled in one place and a new kind of question is a
 * rule plus the words it needs here.
 *
 * Three kinds of entry:
 * - word lists (`Set`s, safe for any word: "constructor" is just a word);
 * - fragments: alternatives to put inside `(?:...)` in a pattern (`DESK`, `DESKS`);
 * - patterns: whole phrases a rule asks about (`PUSHBACK`, `BARE_WHY`), tested on
 *   the message's normalised words (lower case, apostrophes dropped: "whats").
 */

/** A pattern built from fragments, backslashes kept as written: pattern`\b(?:${DESK})\b` is /\b(?:station|counter|desk)\b/. */
export function pattern(strings: TemplateStringsArray, ...fragments: string[]): RegExp {
  // A tagged template passes the same `strings` object each time it runs, so each pattern is compiled once.
  const key = fragments.join('\u0000');
  const seen = compiled.get(strings);
  if (seen?.key === key) return seen.re;
  const re = new RegExp(String.raw(strings, ...fragments));
  compiled.set(strings, { key, re });
  return re;
}
const compiled = new WeakMap<TemplateStringsArray, { key: string; re: RegExp }>();

/**
 * A lookup from words, written as an object literal but kept as a `Map`: any word is an ordinary key
 * ("constructor", "toString" and "__proto__" find nothing, where an object would find its own members).
 */
export function wordTable<V>(entries: Readonly<Record<string, V>>): ReadonlyMap<string, V> {
  return new Map(Object.entries(entries));
}

/** The same pattern, for every match (`replace`, `Phrases.all`). */
export function globally(re: RegExp): RegExp {
  let all = everyMatch.get(re);
  if (!all) everyMatch.set(re, (all = new RegExp(re.source, `${re.flags}g`)));
  return all;
}
const everyMatch = new WeakMap<RegExp, RegExp>();

/** No match: one shared empty list. */
export const NO_MATCHES: readonly RegExpExecArray[] = [];


/** Every match of `re` in `text`, in order: what `text.matchAll(globally(re))` gives, without an iterator and a copy of the pattern a call. */
export function matchesIn(re: RegExp, text: string): readonly RegExpExecArray[] {
  const g = globally(re);
  g.lastIndex = 0;
  let m = g.exec(text);
  if (m === null) return NO_MATCHES;
  const out: RegExpExecArray[] = [];
  while (m !== null) {
    out.push(m);
    if (m[0] === '') g.lastIndex++;
    m = g.exec(text);
  }
  return out;
}

/** Where the last match of `re` in `text` ends (0 when there is none). */
export function lastEnd(re: RegExp, text: string): number {
  const all = matchesIn(re, text);
  const last = all[all.length - 1];
  return last ? last.index + last[0].length : 0;
}

/** Where the last match of `re` in `text` begins; -1 when there is none. */
export function lastMatchAt(re: RegExp, text: string): number {
  const all = matchesIn(re, text);
  return all.length > 0 ? all[all.length - 1].index : -1;
}

// ---------------------------------------------------------------------------
// Word lists. `NOT_PLACE_WORDS` never name a place on their own: what is left of
// a message without them (and without its dates and times) is what the place
// finder is asked about. `COMMON_WORDS` are ordinary English: never "corrected"
// into a keyword, and their presence tells an unrelated question from keyboard
// noise. Street-and-place words ("green", "hill", "cross", "park", "street",
// "high", "new", "old", "north") are deliberately absent from `NOT_PLACE_WORDS`:
// they are parts of names (Bethnal Green, Notting Hill, Charing Cross).
// ---------------------------------------------------------------------------

const list = (s: string): string[] => s.split(/\s+/).filter((w) => w !== '');

export const NOT_PLACE_WORDS: ReadonlySet<string> = new Set(
  list(`
  a an the is are was were be been being am im i me my mine myself we us our ours you your youre yours it its itself outside record gunpoint knifepoint
  commissioner commissioners commander superintendent inspector sergeant constable detective mayor mayors
  this that these those there theres here they them their theyre he she him his her hes shes ive id ill weve
  what whats which who whom whose when where why how hows whens whos do does did doing done dont doesnt didnt
  can cant could couldnt would wouldnt should shouldnt will wont shall may might must have has had havent hasnt
  having get gets got getting go goes going gone went come comes coming to too for from of off on onto in into at by
  with without within about above below over under near nearest closest close closer nearby around round next
  nearer beside besides along across towards toward up down out than then so just still again also and or but if
  not no yes yeah yep nope ok okay okey please thanks thank thankyou cheers ta hi hello hey hiya
  police station stations cop cops shop met metropolitan mps front counter counters desk desks office offices
  tube underground overground
  enquiry enquiries reception public access building buildings one ones local service services
  hours hour opening open opens opened closing closes closed close shut shuts shutting shutdown time times timetable
  schedule late later early earliest latest address addresses located location locations directions direction map
  postcode post code find finding tell know want wanted need needed like looking look show give info information
  details detail list many much more most other another others else instead status staying stay stays remain
  remains remaining left exist exists existing running operating working available really actually currently
  right moment atm rn now today tonight tomorrow yesterday morning afternoon evening night day days week weeks weekday
  weekdays weekend weekends month year years am pm oclock noon midday midnight monday tuesday wednesday thursday
  friday saturday sunday mondays tuesdays wednesdays thursdays fridays saturdays sundays mon tue wed thu fri sat sun
  every each all any some something anything someone somebody anyone anybody everyone
  roundtheclock reopen reopened reopening reopens closure closures closedown still
  when whats whens during until till til before after since ago while whilst
  person personally visit visiting walk walkin drop report reporting crime crimes speak talk see
  please pls there theres go get gonna wanna gotta let lets tell say said ask asked answer
  sure maybe perhaps probably definitely only even ever never always usually often sometimes
  anymore longer permanently good bad best nice great
  area london borough council councils covers cover covering serves serve serving responsible
  produce producing documents document driving licence license insurance bail property belongings collect collecting
  officer officers staff staffed manned unmanned staffing custody arrested detained wheelchair accessible accessibility parking toilet toilets loo visiting
  oops whoops meant mean sorry typo mistake wrong neither either none nvm nevermind scratch
  covid covid19 coronavirus corona pandemic lockdown lockdowns summer spring autumn winter ago holidays hols seasons seasonal
  isnt arent wasnt werent aint anymore
  normal normally regular ordinary standard
  anyway anyways anyhow haha hahaha lol lmao bedtime teatime lunchtime dinnertime playtime naptime
  `),
);

/** Ordinary English words (beyond `NOT_PLACE_WORDS`), including the ones that mark an unrelated question. */
export const COMMON_WORDS: ReadonlySet<string> = new Set([
  ...NOT_PLACE_WORDS,
  ...list(`
  about after again against all almost alone already although always among amount another answer anything appear counted counting
  apple apply april arrive ask attend attending august away baby back bank base because become bed before begin behind believe
  best better between big bill bird black blue boat body book both box boy bread break bring brother brown build
  business buy call called calling car card care carry case cat catch cause centre chair chance change cheap check
  child children city class clean clear clock clothes cold colour computer cost country course cover cross cut
  dark date daughter dead dear death december decide deep dinner doctor dog door draw dream dress drink drive
  drop dry during each earth easy eat egg eight either end english enjoy enough even evening event example
  face fact fair fall family far fast father fear feel few field fight fill film final fine finger finish fire
  first fish five floor fly follow food foot force forget form four free friend full fun funny game garden gave
  general girl glad glass gold grand great green ground group grow guess gun hair half hand happen happy hard
  head health hear heard heart heat heavy help high hill history hold hole holiday home hope horse hospital hot
  house human hundred husband idea important inside interest iron island job join joke jump keep key kill kind
  king kitchen knew land language large last laugh law lay lead learn least leave leg less letter level lie life
  light line little live long lose lost lot love low machine made main make man market matter mean meet member
  men message middle mind minute miss money morning mother mountain mouth move music name nation nature never news
  night nine nothing notice number often oil old once order own page paper parent park part party pass past pay
  peace people perhaps phone picture piece place plan plane plant play point poor possible power present pretty
  price problem program pull push question quick quickly quite rain reach read ready real reason red remember rest
  result return rich ride ring river road rock room rule run safe same school science sea second seem sell send
  sense seven shape share ship short side sign simple since sing sister sit six size sleep slow small snow soft
  son song soon sorry sound south speak special spend sport spring stand star start state stay step stop story
  street strong student study such summer sun supposed table take talk teach team tell ten test than them thing
  think third three through today together told took top town travel tree true try turn twelve twenty two type
  understand until use usual very voice wait walk wall war warm watch water way wear weather well west white whole
  wife win window winter wish woman women wonder word work world worry write wrong young situation situations
  weather forecast football match score recipe cook cooking pizza movie movies song songs music lyrics bitcoin
  crypto stock stocks president prime minister capital france paris homework maths math poem story game games
  play joke jokes riddle laugh funny meaning life universe love date dating sing dance cinema restaurant
  restaurants pub pubs train trains bus buses tube traffic flight flights hotel hotels shopping shops
  table drop users select insert delete update union script alert null true false undefined
  ignore previous instructions system prompt pretend act
  stolen steal stole robbed mugged burgled burglary broken theft thief thieves attacked assaulted hit scam scammed
  fraud damaged vandalised smashed car bike phone wallet bag purse keys laptop van lost found witness
  interpreter translator translate translates translating translation interpret language polish spanish french anonymous anonymously emergency urgent
  plan plans strategy review proposal proposals consultation budget funding savings cuts money reason reasons
  history happened happen happening happens future latest used moved temporarily temporary while losing loses nearly clothing dearest
  policy policies polite politely rude rotation citation section sections allocated allocation relocation relocated relocate counties county nation notion
  hiring jobs job career careers recruitment recruiting vacancies apply application dbs check licence firearms complaint
  complain copy passport chatgpt gpt
  bail signing sign hand handing myself himself herself themselves property evidence documents licence license insurance
  named name called bot robot human real ai chatbot assistant computer machine
  morning afternoon hello goodbye bye later cancel stop restart reset forget delete erase clear remove data
  `),
  // Underground stations' one-word names that are everyday words ("youre an angel"): a place only placed as one ("near angel").
  ...list('angel'),
]);

// ---------------------------------------------------------------------------
// Fragments: groups of words to put inside `(?:...)`.
// ---------------------------------------------------------------------------

/** One police desk, as residents name it. */
export const DESK = 'station|counter|desk';
/** Several desks. */
export const DESKS = 'stations|counters|desks';
/** Any word about police desks at all: "police", "station", "counter", "the met". */
export const DESK_WORDS = `police|${DESK}|${DESKS}|front|met|office|reception`;
/** Closing, as a verb: "when does it close", "what time does it shut". */
export const CLOSES = 'close|closes|shut|shuts';
/** Words that ask for reasons ("why" apart). */
export const REASONS = 'reasons?|reasoning|rationale|justification|how come';
/** The plans as documents: "the 2017 strategy", "the consultation". */
export const PLAN_NOUNS = 'plans?|strategy|review|consultation|proposals?';
/** Talk about a plan and what it did: "the 2013 cuts", "what happened", "the closures". */
/** A pledge, as said: "what did boris promise", "sadiq's manifesto". */
export const PLEDGE_WORDS = 'promise|promised|promises|pledge|pledged|pledges|commitment|committed|manifesto|vow|vowed';
export const PLAN_TALK = 'plans?|strategy|review|changes|changed|closures?|closed|close|cuts?|happened|proposals?';
/** The most recent plan, however it is called: "the latest review", "the recent cuts", "the new plan", "the last round of closures". */
export const LATEST_PLAN =
  /\b(?:latest|newest|most recent|recent|last) (?:round (?:of )?)?(?:plan|review|changes|cuts|closures)\b|\bnew (?:plan|review|changes|cuts)\b/;
/**
 * The whole network, not one desk: "all the police front desks", "every front counter", "list the stations",
 * "counters across London", "police stations in london".
 */
export const EVERY_COUNTER = pattern`\b(?:all|every|each)(?: of)?(?: the)?(?: (?:open|police|met|front|london|opened))* (?:${DESK}|${DESKS})\b|\blist (?:of |the |me )*(?:(?:open|police|front) )*(?:${DESKS})\b|\b(?:${DESKS})\b.*\b(?:across|in|throughout|all over|around|all of|of) (?:the )?london\b|\blondon ?wide\b|^(?:(?:give|show|send) (?:me|us) )?(?:the|a|your) (?:full|whole|complete|entire) list\b|\bwhat (?:are|r) the (?:\d+|remaining|open|other) (?:police )?(?:front )?(?:${DESKS})\b`;
/**
 * Every one of "them" asked for, with no counter words: "show me all of them", "list them all", "give me the lot", "what
 * are they all", "which ones are there". With nothing said before, "them" can only be London's counters.
 */
export const THEM_ALL = /^(?:(?:ok|okay|so|and|right|hi|hello|hey|please|pls|can you|could you|can u|just)\b ?)*(?:(?:show|list|give|send|tell|name)(?: me| us)?(?: all| every one)?(?: of)? (?:them|em|those|they|the lot|all of (?:them|em)|all)\b(?: all)?|(?:what|which|wat) (?:are|r) (?:they|them|the ones)(?: all)?|(?:which|what) ones (?:are (?:there|open|left)|exist)|(?:all|list) of (?:them|em))(?: (?:please|pls|then|thanks|thx))?\??$/;
/**
 * Closures asked as what someone closed, with no counter words: "what did the met close in 2020", "did they close any in
 * 2021", "how many did they shut last year", "what has mopac closed since 2017". A year or "last/this year" says when.
 */
export const WHAT_THEY_CLOSED = /\b(?:what|which|how many|any|anything|many)\b.*\b(?:did|have|has|had)\b (?:the met|the police|police|they|mopac|the mayor|sadiq|boris|the government|the council)\b(?: (?:close|shut)(?: down)?| closed| shut)\b.*\b(?:(?:19|20)\d\d|last year|this year|since|in the last)\b|\bdid (?:the met|the police|police|they|mopac|the mayor|sadiq|boris|the government) (?:close|shut)(?: down)? (?:any|many|some|much|anything|any more|more)\b/;

/** "where are all the front counters": every counter, not one counter's address (a place or "near" keeps it a nearest question). */
export const WHERE_ALL_COUNTERS_ARE = pattern`\bwhere (?:are|r) (?:all )?(?:the )?(?:police )?(?:front )?(?:${DESKS})\b(?!.*\b(?:near|nearest|closest|close to|around me|by me)\b)`;
/**
 * Which of the network's counters are open (then): "which stations are open on Sunday?", "which ones are still open",
 * "what police stations are open now", "open police stations list". A place or "near me" makes it a nearest question.
 */
export const WHICH_ARE_OPEN = pattern`\b(?:which|what) (?:of the )?(?:police |met )?(?:front )?(?:${DESKS}|ones|front counters|front desks)\b(?: (?:are|r|is))?(?: still)? (?:open|opens|opened|running|operating|in operation|in use|working|functioning|going)\b|\b(?:which|what) (?:are|r) (?:still )?open\b|\bopen (?:police |front )*(?:${DESKS}) list\b|\blist (?:of )?(?:the )?open (?:ones|${DESKS}|police ${DESKS})\b`;
/** A part of London named by compass ("south london"): not the whole network, and no borough either. */
// "se london", "s w london" (from "s.w."), "e london": the postcode areas' letters; "the east end": east London.
/**
 * "borough tube", "near borough station", "borough market": Borough in Southwark named by its station, market or high
 * street, not a council's area ("the borough", "which borough", "sutton borough station" are never it).
 */
// "is borough police station open": the old name of Southwark's counter on Borough High Street, said straight after a
// verb or preposition ("is hackney borough police station open" and "the borough police station" are a borough's).
export const BOROUGH_THE_PLACE =
  /(?<!\b(?:the|my|your|our|their|which|what|each|every|this|that|a|of|london) )\bborough(?= (?:tube|station|stn|underground|market|high st(?:reet)?)\b)|(?<=(?:^|\b(?:is|at|to|from|near|by|does|did|was|about|for|in|when|where|whens|wheres|hows|how) ))borough(?= (?:police station|police|nick|cop shop)\b)/;

export const PART_OF_LONDON = /\b(?:(?:north|south) ?(?:east|west) |north |south |east |west |central |inner |outer |[ns] ?[ew] |[nsew] )london\b|\b(?:the|londons) east end\b|\beast end of london\b|\b(?:in|from|around|across|over) the (?:(?:north|south) ?(?:east|west)|north|south|east|west)\b(?! (?:end|of|side|london|bank|wing|coast|country|midlands)\b)/;
/**
 * More or fewer of something asked between two ("which has more counters", "does westminster have fewer than camden",
 * "who has the most"): not "any more", "no more", "one more" (another), nor "more than one" (a number).
 */
export const MORE_OR_FEWER_ASKED = /\b(?<!\b(?:any|no|one|some|once|anymore) )(?:more|fewer|less|most|fewest|least)\b(?! than (?:one|two|three|\d))/;
/** A yes or no asked of one having more than another: "does westminster have more ... than camden", "more in north london than south?". */
export const THAN_THE_OTHER = /^(?:(?:does|do|is|are|has|have|did)\b.*\b)?(?:more|fewer|less)\b.*\bthan\b(?! (?:one|two|three|\d))/;
/**
 * A counter to be lost, ahead: "is newham going to lose another counter", "will havering lose its police station", "is
 * my borough losing its front desk", "could we lose any more police stations". Said of a borough (or of one's own), the
 * closures ahead of its counters.
 */
export const A_COUNTER_LOST_AHEAD = pattern`\b(?:going to|gonna|will|set to|due to|about to|likely to|expected to|could|might|may|to)(?: \w+){0,3}? lose\b|\b(?:is|are|will be)(?: \w+){1,3}? losing\b|\blosing\b(?= (?:another|any more|more|a further|one more|its|their|our|my|the|a|an|any)\b)`;
/** What is lost in a counter lost ahead: "another counter", "its police station", "any more front desks", "one more station". */
export const A_COUNTER_AS_LOST = pattern`\b(?:lose|losing) (?:another|any more|more|a further|one more|an?|its|their|the|our|my|any|yet another)(?: (?:other|more|of its|of their|only|last|local|remaining|own|police|front))* (?:${DESKS}|station|counter|desk|nick|front counters?|front desks?|police stations?|front office)\b`;
/** A counter lost that is not the one named or the borough's one: "another", "any more", "a further", "one more", "a", "any". */
export const ANOTHER_LOST = /\b(?:lose|losing) (?:another|any more|more|a further|one more|yet another|an?|any)\b/;
/** One's own borough or area, none named: "is my borough losing its front desk", "will our area lose its station". */
export const OWN_BOROUGH = /\b(?:my|our|this|the) (?:borough|area|council|neighbourhood|neighborhood|local area|part of london)\b/;
/**
 * A counter said as "one", had or kept: "does my borough have one", "has every borough still got one", "my area got
 * one?". Not "one of", "one more thing", "one question".
 */
export const HAS_ONE = /\b(?:have|has|got|keep|kept)(?: (?:still|got|even))* one(?: (?:left|still))?\b(?! (?:of|more|thing|things|question|day|sec|second|minute|moment|person|who|that|too)\b)/;
/** One's own area said loosely: "my borough", "our town", "my road", "round here", "where i live". */
export const OWN_AREA = /\b(?:my|our) (?:borough|area|council|neighbourhood|neighborhood|local area|part of london|town|street|road|estate|ends?|high street|village|postcode)\b|\b(?:round|around|near) (?:here|me|us)\b|\bwhere (?:i|we) (?:live|am|are|stay)\b/;
/** Words that put closures asked about in the future ("any more closures", "closures planned"): without them, "any closures in south london" asks what closed. */
export const CLOSURES_TO_COME =
  /\b(?:more|further|other|planned|plans?|future|upcoming|coming|ahead|next|proposed|going to|gonna|due|will|pipeline|soon|at risk|threat|threatened|expected|likely)\b|^(?:so |and |but )?(?:are|is) (?:there )?(?:any|some|a|an|another)\b(?!.*\b(?:was|were|did|closed|ever)\b).*\b(?:closing|shutting)(?: down)?(?: (?:in|across|around) (?!the next\b|an? \w+$|\d|half\b|a few\b|ten\b|five\b|twenty\b)(?:\w+ ){0,3}\w+)?$/;
/** "whats open", "what's left open", "what is still open": what is open, asked of the places named. */
export const WHATS_OPEN = /\b(?:whats|what is|what s|what are)(?: still)?(?: left)? open\b/;
/**
 * Whether anything at all is open, none named: "anything open at this hour", "is anything still open", "any open rn",
 * "whats still open". Not "any open cases" (a thing after "open"), which the rule asking it rules out by its other words.
 */
export const ANYTHING_OPEN = /\b(?:anything|owt|any(?: ones?)?|whats|what is|what s)(?: (?:still|else|at all))?(?: left)?(?: (?:be|be still|still be|stay))? open\b(?! (?:cases?|investigations?|days?|events?|evenings?|mic|water|plan|door|house)\b)/;
/** What joins the names of a list of places ("croydon and sutton", "barnet, enfield and haringey": the comma is gone by now); not "or" or "vs", which compare. */
export const JOINS_A_LIST_OF_PLACES = /^(?:and|n|plus|as well as|and also|also)?$/;
/** Saying no: "not", "isn't", "no". */
export const NEGATION = 'not|isnt|non|no|wasnt|arent|nothing';
/** Going to a counter in person: "report it at", "go to", "visit". */
export const GO_IN_PERSON = 'report|reporting|go|going|come|visit';

// ---------------------------------------------------------------------------
// Patterns the rules ask about.
// ---------------------------------------------------------------------------

/** The word "police" itself: "the fire station near the police station" is about a police desk too. */
export const POLICE = /\bpolice\b/;
export const HELP = /\bhelp\b/;
export const HOW_MANY = /\bhow many\b/;
/** "how many", "the number of": a count asked for. */
/** "what happened", "what changed", "anything happen", "what went on": the events of a day or a year asked for. */
export const WHAT_HAPPENED = /\b(?:what|wat|wht|anything|what else) (?:has |had |exactly )?(?:happened|happen|changed|went on|occurred|took place)\b|\bwhat (?:did|was) (?:happen|change|changed|going on)\b/;
export const COUNT_ASKED = /\b(?:how many|number of|total|altogether)\b/;
/** Whose state then is asked: "it", "things", "the front counters", "london's police stations". */
const THEN_SUBJECT = '(?:it|things|they|(?:the |londons |our )?(?:front )?(?:counters?|desks?|police stations?|stations?)(?: \\w+){0,2}?)';
/**
 * The state of the counters then asked, with no count said: "what were the front counters like in 2016", "what was it
 * like before the closures", "how were things before the cuts". Answered with the counters counted then.
 */
export const WHAT_IT_WAS_LIKE = new RegExp(
  `\\bwhat (?:(?:was|were|did) ${THEN_SUBJECT}|${THEN_SUBJECT} (?:was|were|used to be|did)) (?:like|look like)\\b|\\bhow (?:was|were) (?:it|things|they)(?: \\w+){0,2}? (?:before|after|in (?:19|20)\\d\\d|back in)\\b|\\bwhat (?:was|were) the (?:situation|picture)\\b`,
);
/** "what was the total then?", "how many altogether": a count of the counters themselves, no desk word needed. */
export const TOTAL_ASKED = /\b(?:total|altogether)\b/;
/** "does the met have", "has the metropolitan police got", "are there in london": who holds the counters counted. */
export const WHO_HAS_THEM =
  '(?:does|do) (?:the )?(?:met|metropolitan police|mps|police|london|they|we) (?:have|got)|(?:has|have) (?:the )?(?:met|metropolitan police|mps|police|london|they|we) got|(?:the )?(?:met|metropolitan police) (?:has|have|runs?)';
/** "before the closures", "after the cuts": a round of closures as the moment a count is asked of (which round: the one named, else the latest). */
export const AROUND_THE_CLOSURES = /\b(before|after|since) (?:the |all the |these |those |this |that |last |latest |recent |last lot of |(?:19|20)\d\d )*(?:(?:front )?(?:counter |desk |station )?(?:closures?|closings?|cuts?|changes|shutdowns?|review)|(?:they|the met) (?:closed|shut|cut) (?:them|some|stations|counters|desks))\b/;
/** "in", as in "counters in Hackney". */
export const IN = /\bin\b/;
/** "another one", "the other": a place other than the one named. */
export const ONE_OF_SEVERAL = /\b(?:one|ones|another|other)\b/;
/** "the nearest of those", "which one": one of a list just given. */
export const ONE_OF_THOSE = /\b(?:one|ones|them|those)\b/;
/** A greeting at the start of a short message. */
export const GREETING = /^(?:hi|hello|hey|hiya|good (?:morning|afternoon|evening))\b/;
/** "why", "the reason", "how come". */
export const ASKS_REASONS = pattern`\b(?:why|${REASONS})\b`;
/** Words of the plans themselves: "the 24-hour desks in the 2017 plan" is a plan question, not a list as of a date. */
export const MENTIONS_A_PLAN = pattern`\b(?:${PLAN_NOUNS}|proposed)\b`;
/** "the new hours", "the reduced hours": the 2025 review's change of hours. */
export const NEW_HOURS = /\b(?:new|reduced|shorter|changed) (?:opening )?(?:hours|times)\b|\b(?:stopped|lost|dropped|ended|scrapped) (?:being |their |its |the )?(?:open )?roundtheclock\b|\bhours (?:changed|were cut|were reduced)\b|\b(?:stop|stopped|end|ended|scrap|scrapped|cut) (?:the )?(?:roundtheclock|all night|overnight|night) (?:opening|service|counters?|desks?|stations?)\b|\b(?:stop|stopped|stopping) (?:opening|being open|staying open) (?:roundtheclock|all night|overnight|at night)\b|\b(?:when|wen|what date|which date|what year) (?:did|were|was|have|had)\b(?=.*\b(?:hours|opening times|roundtheclock)\b).{0,50}\b(?:change|changed|cut|reduced|reduce|go down|went down|drop|dropped|stop|stopped|end|ended|shorten|shortened)\b/;
/** "which boroughs have no counter?", "which areas have no counter", "what boroughs are left without a police station", "boroughs that don't have one". */
export const BOROUGHS_WITHOUT =
  /\b(?:boroughs?|areas?|parts? of london|parts of the city|places|districts?|councils?)\b(?: (?:of|in) london)?(?: (?:have|has|are|is|were|was|got|left|now|that|which|still|been|ended up|with)){0,3} (?:no|without|lost|lose|losing|dont have|do not have|havent got|have not got|lack|lacking)\b/;
/**
 * Why a counter was kept rather than closed: "why was wimbledon kept open", "why did they keep brixton open",
 * "why wasn't lewisham closed", "why didn't they shut ilford", "how come croydon survived the cuts", "why was it spared".
 */
export const WHY_KEPT =
  /\b(?:why|how come)\b(?: \w+){0,6}? (?:(?:kept|keep|keeping) (?:\w+ ){0,4}?(?:open|going|running|on)\b|(?:spared|saved|survived?|survives|stayed open|stay open|remained open|escaped? (?:the )?(?:axe|cuts?|closures?|chop))\b|(?:not|never|wasnt|werent|didnt|did not|wasn't|didn't) (?:\w+ ){0,3}?(?:closed|shut|close|axed|cut)\b)/;
/**
 * Counters saved from a closure, none named: "which stations were saved in 2025", "which counters were spared",
 * "were any police stations reprieved". Not "which survived the cuts": those left open (`how-many-left`).
 */
export const WHICH_SAVED =
  /\b(?:which|what|any|were any|did any)(?: police| front)? (?:stations?|counters?|desks?|ones?)\b(?: \w+){0,2}? (?:(?:were|got|was|been) )?(?:saved|spared|reprieved|rescued|(?:given |had |got )?a reprieve|dropped from (?:the )?(?:closure )?list)\b/;
/**
 * The latest closure asked, in the past tense: "what was the last station to close", "when was the most recent
 * closure", "which counter shut most recently", "when did london last lose a police station", "when did a counter last
 * close", "when did the last police station close", "when did the most recent closures happen". Not "what time does the last
 * one close" (today's hours).
 */
export const LATEST_CLOSURE =
  /\b(?:what|which|when|where) (?:was|were) (?:the )?(?:last|latest|most recent|newest) (?:police |front )?(?:stations?|counters?|desks?|ones?|closures?|round of closures)\b(?: (?:to )?(?:close|closed|shut|go|be (?:closed|shut)))?|\b(?:which|what)(?: (?:police |front )?(?:stations?|counters?|desks?|ones?))? (?:closed|shut) (?:most recently|last(?! (?:night|week|weekend|year|month|time|monday|tuesday|wednesday|thursday|friday|saturday|sunday|summer|winter|spring|autumn))|latest)\b|\bwhen (?:was|is) the (?:last|most recent|latest) time (?:a|any) (?:police |front )?(?:stations?|counters?|desks?) (?:was )?(?:closed|shut)(?: down)?\b|\bwhen did (?:a|any) (?:police |front )?(?:stations?|counters?|desks?) (?:last|most recently) (?:close|shut)\b|\bwhen did (?:london|the met|they|we|the police) (?:last|most recently) (?:lose|close|shut) (?:a|any) (?:police |front )?(?:stations?|counters?|desks?)\b|\bwhen did (?:the )?(?:last|latest|most recent) (?:police |front )?(?:stations?|counters?|desks?|ones?|closures?|round of closures)(?: in london)? (?:close|closed|shut|happen|take place)\b/;
/**
 * A time gone by set against now: "more police stations in 2017 than now", "how many now compared to 2017", "fewer now
 * than in 2013", "in 2017 versus today"; a year alone set against a question in the present ("how many stations in south
 * london compared to 2018"). Read with a past date: the count then and the count now.
 */
export const VERSUS_NOW =
  /\b(?:than|compared (?:to|with)|comparing|versus|vs|against)\b.{0,30}\b(?:now|today|nowadays|these days|currently|at present|at the moment|there are)\b|\b(?:now|today|nowadays|these days|currently)\b.{0,40}\b(?:than|compared (?:to|with)|versus|vs)\b|\bcompar(?:e|ing)\b.*\b(?:and|with|to) (?:now|today|these days|nowadays)\b|^(?!.*\b(?:was|were|wasnt|werent|did|had|used to)\b)(?!.*\b(?:19|20)\d\d\b.*\b(?:19|20)\d\d\b).*\b(?:compared (?:to|with)|versus|vs|against|as opposed to) (?:in |back in )?(?:19|20)\d\d\b/;
/**
 * A time gone by and now set side by side, no "than": "then and now", "in 2017 and now", "2019 and today", "back then vs
 * today", "back in the day compared to now", "in 2017 and how many now". Read as the count then against the count now
 * (with no date said, then is the earliest the sources count every counter).
 */
export const THEN_AND_NOW =
  /\b(?:then|before|previously|originally|in the past|back in the day|in the old days|years ago|(?:19|20)\d\d)(?: (?:and|n|vs|versus|compared (?:to|with)|against|as opposed to)) (?:how many |what about |and )?(?:(?:are there|there are|are open|open|left) )?(?:now|today|nowadays|these days|currently|at present|at the moment)\b|\band how many (?:(?:are there|there are|are open|open|left) )?(?:now|today|nowadays|these days|currently)\b/;
/**
 * One year gone by set against another, the verb left out: "more police stations in 2020 than 2024?", "fewer counters in
 * 2019 than in 2017", "2018 vs 2025 police stations", "more stations 2018 or 2025" ("or" only with more or fewer asked).
 */
export const YEAR_AGAINST_YEAR = /\b(?:19|20)\d\d\b(?: \w+){0,3}? (?:than|vs|versus|compared (?:to|with)|against|as opposed to|(or)) (?:in |back in |during )?(?:19|20)\d\d\b/;
/**
 * When a counter first opened, asked of it by name ("when did addington open", "what year did hornsey open", "when was
 * streatham opened", "when did catford first open its doors"); the group caught is a word that makes it the first
 * opening whatever the counter is now ("first", "originally", "what year", "was ... opened"). Without one, a counter open
 * now may be asked of today's opening ("when did brixton open"). Not a reopening ("open again", "reopen").
 */
export const FIRST_OPENING_ASKED =
  /^(?:(?:and|so|ok|okay|but|hi|hey|just wondering|wondering) )*(?:(what year|which year|what date|how long ago|how many years ago)|when) (?:did|was|were) (?:\w+ ){1,5}?(?:(first|originally|initially|ever) )?(?:open|(opened)|open up|(opened up)|(built|founded|set up))(?: (?:its|their) doors)?(?: (for the first time))?$/;
/**
 * More or fewer asked of a time gone by against now, with no "than now": "were there more police stations in the 1990s",
 * "there used to be loads more", "did london have fewer back then", "did hackney use to have more". The group caught is
 * "more", "fewer" or "less".
 */
export const MORE_BACK_THEN =
  /\b(?:were|was) there (?:\w+ ){0,2}?(more|fewer|less)\b|\bthere (?:used to be|were) (?:\w+ ){0,2}?(more|fewer|less)\b|\bused to (?:be|have) (?:\w+ ){0,2}?(more|fewer|less)\b|\b(?:did|do) (?:london|we|they|the met|the police|there) (?:use to )?(?:have|be) (?:\w+ ){0,2}?(more|fewer|less)\b|\bdid (?:\w+ ){1,2}use to (?:have|be) (?:\w+ ){0,2}?(more|fewer|less)\b/;
/**
 * Now against a year said, "now" left out: "are there fewer 24 hour counters than in 2020" (more or fewer now, the
 * group caught), "has the number of stations gone down since 2018" (down or up since then, the group caught).
 */
export const NOW_AGAINST_A_YEAR = /\b(?:are|is|do|does|have|has) (?:there |we |london |they )?(?:\w+ ){0,4}?(more|fewer|less)\b.*\bthan (?:in |back in |there (?:were|was) in |in the year )?(?:19|20)\d\d\b/;
export const CHANGED_SINCE_A_YEAR = /\b(?:(?:gone|went|come|came) (down|up)|(dropped|fallen|fell|decreased|reduced|shrunk|shrank|halved)|(risen|rose|increased|grown|grew|doubled))\b.*\bsince (?:19|20)\d\d\b|\bsince (?:19|20)\d\d\b.*\b(?:(?:gone|went|come|came) (down|up)|(dropped|fallen|fell|decreased|reduced|shrunk|shrank|halved)|(risen|rose|increased|grown|grew|doubled))\b/;
/**
 * Whether a counter changed was asked: "has anything changed at ilford", "what's different at brixton", "has walworth
 * changed", "any changes at lewisham", "what's new at croydon since 2020" (with a period, read by the past rules).
 */
export const CHANGE_ASKED =
  /\b(?:(?:has|have|did|is|was) (?:\w+ ){0,3}(?:changed?|different)|(?:any|what|which) (?:\w+ )?(?:changes?|changed)|(?:what s|whats|what is|what has|anything|something|much|owt) (?:been )?(?:different|changed|new)|differences?)\b/;
/** Now asked alone after a time gone by: "and now?", "what about today", "how about these days". */
export const NOW_ALONE = /^(?:(?:and|so|ok|okay|but|what about|how about|what s it like|whats it like)\s+)*(?:now|right now|today|nowadays|these days|at the moment|currently)(?: (?:then|please|pls))*$/;
/** A time gone by, said without a date: "back then", "in the old days", "years ago", "when i was a kid". */
export const VAGUE_PAST =
  /\b(?:back then|in the old days|back in the day|in days gone by|years ago|decades ago|in the past|before|once|used to|in my day|when i was (?:a kid|young|little|growing up|younger)|in the olden days|way back|did (?:\w+ ){1,3}use to)\b/;
/** The quiet end asked of how busy counters are: "the quietest counter", "least busy", "which has the fewest visitors". */
export const QUIETEST_ASKED = /\b(?:quietest|least (?:busy|visited|used)|(?:the )?(?:fewest|least) (?:people|visitors|visits|footfall|reports|crime reports|customers))\b/;
/** A wait or a queue asked as more or less: "the shortest queue", "where is the wait shortest", "least waiting". */
export const WAIT_COMPARED =
  /\b(?:shortest|longest|quickest|least|less|smallest|biggest|no) (?:queues?|wait|waits|waiting(?: times?)?|lines?)\b|\b(?:queues?|wait|waits|waiting times?) (?:is |are )?(?:the )?(?:shortest|longest|quickest)\b/;
/**
 * Changes ahead asked of a counter: "is anything changing at croydon", "any changes coming to ilford". Answered by the
 * closures ahead, as far as the sources show ("any news about X", "what's happening to X" have their own rules).
 */
export const CHANGES_AHEAD =
  /\b(?:is|are) (?:anything|something|much|owt|there any changes?) (?:changing|going to change|gonna change|happening|planned|coming)\b|\bany (?:changes?|updates?)\b|\bchanges? (?:coming|planned|ahead|due|on the way)\b/;
/**
 * The next counter to close for good, asked of London: "which ones are closing down next", "whos next for the chop",
 * "which counter will close next". Not today's closing times ("which counter closes next today").
 */
export const NEXT_TO_CLOSE =
  /\b(?:closing down|shutting down|closing for good|to close down|to shut down|to be axed|to go) next\b|\bnext (?:for (?:the )?(?:chop|axe|closure)|to (?:be axed|close down|shut down|go|be closed for good))\b|\b(?:will|going to|gonna) (?:close|shut)(?: down)? next\b|\bnext (?:closures?|round of closures)\b|\b(?:station|counter|desk|one) (?:is |will be )?next to (?:close|shut)\b(?!.*\b(?:today|tonight|now|soon|this (?:evening|afternoon|morning))\b)/;
/** More or fewer asked of two counts: "more", "fewer", "less". */
export const MORE_OR_FEWER = /\b(?:(more)|(?:fewer|less))\b/;
/**
 * The first closure asked, in the past: "what was the first station to close", "when did the first counter close", "what
 * was the earliest closure", "which station closed first". Not "which is the first to close today" (today's hours).
 */
/**
 * The first or last closure asked of, in words that hold with a period named: "the first police station to close in
 * 2017", "the last counter to close in 2026", "which closed first in 2013", "what was the final closure of 2017", "the
 * most recent station to shut in 2020". Not "closed last year" nor "shut last february" (a period, not an order), nor "their last counter" (the one left). Group 1: first; group 2: last.
 */
export const FIRST_OR_LAST_CLOSED =
  /(?<!\b(?:their|its|our|my|your|his|her|boroughs|s) )\b(?:(first|earliest)|(last|latest|final|most recent))(?: ever)?(?: (?:police|front))? (?:stations?|counters?|desks?|ones?|closures?|one|office)\b(?! (?:year|month|week|time)\b)|\b(?:closed|shut|went|go|to close|to shut|to go|got closed|was closed)(?: down)? (?:(first|earliest|soonest)|(last|latest|most recently))(?=$| (?:in|of|during|among|then|that year|and)\b)|\b(?:(first|earliest)|(last|final))(?: one)? to (?:be )?(?:close|closed|shut|go)\b/;
/**
 * A counter's closing for good or its past asked of ("when did it close", "why did it shut", "will it reopen", "what
 * happened to it"), not its hours ("when does it close", "what time does it shut today").
 */
export const A_COUNTERS_CLOSURE_ASKED =
  /\b(?:did|was|has|had|got|have)\b(?: \w+){0,3}? (?:close|closed|closing|shut|shutting|shut down|closed down)\b|\b(?:why|what happened|closed down|shut down|closure|for good|permanently|reopen|reopened|reopening|re open|open again|come back|coming back)\b/;
/** A year or month named as a period: "in 2017", "this year", "last month". Not "the latest" (the latest round). */
export const A_YEAR_OR_MONTH_NAMED = /\b(?:(?:19|20)\d\d|(?:this|last) (?:year|month))\b/;
export const FIRST_CLOSURE =
  /\b(?:what|which|when|where) (?:was|were|did) (?:the )?(?:very )?(?:first|earliest)(?: ever)?(?: police| front)? (?:stations?|counters?|desks?|ones?|closures?)\b(?! (?:to )?(?:open|opened|reopen))|\b(?:first|earliest)(?: ever)?(?: police| front)? (?:stations?|counters?|desks?|ones?)(?: in london)? (?:to (?:be )?(?:close|closed|shut)|that (?:closed|shut|was closed)|ever (?:closed|shut)|(?:was |were |got )?(?:closed|shut) (?:down )?(?:in london|first|ever))\b|\b(?:which|what)(?: police| front)? (?:stations?|counters?|desks?|ones?) (?:closed|shut|was closed|were closed|got closed|went) (?:down )?first\b|\b(?:first|earliest)(?: ever)? (?:front counter |police station |counter |station )?closures?\b|\b(?:was|were) (?:the )?(?:very )?(?:first|earliest)(?: ones?)?(?: ever)? to (?:be )?(?:close|closed|shut)\b|\b(?:when|what year|which year) (?:did|was|were) (?:the )?(?:(?:police|front|station|counter|desk) ){0,2}(?:closures|closings|cuts) (?:first )?(?:start|begin|began|started|kick off)\b|\b(?:when|what year|which year) did (?:they|the met|the police|london|the mayor) (?:first )?(?:start|begin) (?:closing|shutting|cutting) (?:down )?(?:the )?(?:police |front )?(?:stations|counters|desks|front counters)\b/;
/**
 * The counters a round of closures kept, none named: "which stations were kept open in 2017", "which survived the 2017
 * cuts", "which counters did they keep in 2017", "which stations stayed open after 2017". Read with a period named.
 */
export const KEPT_OPEN =
  /\b(?:which|what)(?: police| front)? (?:stations?|counters?|desks?|ones?)\b(?: \w+){0,3}? (?:(?:were|was|got|been) )?(?:kept(?: open| going| on)?|survived|stayed open|remained open|left open|escaped|not closed|werent closed)\b|\b(?:which|what)(?:(?: police| front)? (?:stations?|counters?|desks?|ones?))? did (?:they|the met|mopac|the mayor|sadiq(?: khan)?|boris(?: johnson)?|he|london) (?:keep|not close|not shut)\b/;
/**
 * Whether one counter was saved, asked yes or no: "was wimbledon saved", "was dagenham spared from closure", "did wimbledon
 * escape closure", "was bexleyheath reprieved". Not "why was it kept open" (`WHY_KEPT`), nor "did it survive the cuts".
 */
export const SAVED_ASKED =
  /\b(?:was|were|has|have|did|got|get)\b(?: \w+){0,5}? (?:(?:been|got|get) )?(?:saved|spared|reprieved|rescued|given a reprieve|(?:escape|escaped) (?:the )?(?:closure|closures|axe|chop))\b/;
/** A counter lost, as against having none: "lost their police station", "lose their last counter". */
export const LOST_ASKED = /\b(?:lost|lose|losing)\b/;
/** The date of a loss asked: "and when", "when did they", "in which year", "what year". */
export const WHEN_LOST = /\b(?:when|(?:which|what) (?:year|date|month)s?|dates?)\b/;
/** Reaching someone: "how do I contact", "can I text", "call". */
export const REACHES_SOMEONE = /\b(?:contact|call|calling|reach|ring|phone|text|texting|get hold of|get through|work|works|use)\b/;
/** "it's not an emergency": someone to call, not 999. */
export const NOT_AN_EMERGENCY = pattern`\b(?:${NEGATION})\b.{0,20}\b(?:emergency|urgent)\b`;
/** "report it at the police station", "go to the counter": a visit to a desk. */
export const GOES_TO_A_DESK = pattern`\b(?:${GO_IN_PERSON})\b[a-z ]{0,40}\b(?:at|to) (?:the )?[a-z ]{0,30}(?:${DESK})\b`;
/** "report it at <station named>": `reportsAt` puts the name after these. */
export const GO_IN_PERSON_AT = `${GO_IN_PERSON}|hand|take|sign on|sign`;
/** "where can I go?": somewhere to go, not a particular desk. */
/**
 * "every day" said of the resident's own routine ("i drive past croydon every day, is it open"): when they pass by,
 * not a question about the counter's week.
 */
export const RESIDENTS_ROUTINE =
  /\b(?:i|we)(?: \w+){0,2} (?:drive|walk|cycle|bike|go|pass|commute|work|jog|run|ride|travel|come|walk the dog|take the bus|get the bus)(?: \w+){0,4} (every ?day|each day|daily)\b/g;
/**
 * "why does ilford close at 10?", "how come brixton shuts so early", "why isn't croydon open 24 hours": why a counter
 * keeps the hours it keeps (present tense), not why it closed for good.
 */
export const WHY_OF_THE_HOURS =
  /\b(?:why|how come)\b(?: (?!did\b|was\b|were\b|had\b)\w+){0,5} (?:close|closes|closing|shut|shuts|shutting)(?: \w+){0,2} (?:at (?:\d+(?:[ap]m)?|ten|nine|eight|seven|six|five)|early|earlier|so early|at night|in the evening)\b|\b(?:why|how come)\b(?: (?!did\b|was\b|were\b|had\b)\w+){0,4} (?:not|no longer|isnt|arent|doesnt|dont|cant|wont)(?: \w+){0,3} (?:open|opened) (?:24|all night|at night|late|later|longer|round the clock|roundtheclock|overnight|in the evening)\b|\b(?:why|how come)\b(?: \w+){0,4} (?:open|opens) so (?:late|few hours|little)\b|\b(?:why|how come)\b(?: \w+){0,5} (?:cut|cuts|reduce|reduced|shorten|shortened|change|changed)(?: \w+){0,2}? (?:the |its |their )?(?:hours|opening hours|opening times)\b|\b(?:why|how come)\b(?: \w+){0,4} (?:stop|stopped|stops) (?:being )?(?:open )?(?:at night|overnight|all night|roundtheclock|late)\b/;
/** Opened again after a closure, said of the past: "reopened", "opened again", "came back", "back open", "were temporary". */
const REOPENED_VERB = '(?:reopened|re opened|reopen|re open|opened (?:up )?again|open (?:up )?again|opened back up|came back|come back|back open|back in (?:use|service|business)|(?:were|was|been) (?:only )?(?:temporary|(?:closed |shut )?(?:temporarily|for a while)))';
/** What the reopening is said of: counters, or any or which of them ("which stations", "any of them", "which ones"). */
const REOPENED_SUBJECT = '(?:stations?|counters?|desks?|nicks?|ones|of them|any|anything|anywhere|closures)';
/**
 * Counters said to have opened again, the counters before the verb ("which stations reopened", "did any counters come
 * back", "which closures were temporary") or after "reopened" ("reopened police stations", "have they reopened any
 * stations"); never a person who came back ("my ex came back, which station is open").
 */
export const REOPENED = new RegExp(
  `\\b${REOPENED_SUBJECT}\\b(?: \\w+){0,4}? ${REOPENED_VERB}\\b|\\b(?:reopened|re opened|reopen) (?:\\w+ ){0,4}?(?:police )?(?:front )?(?:stations|counters|desks)\\b|\\b(?:what|which) (?:has |have |s )?(?:reopened|re opened)\\b|\\btemporary closures?\\b|\\b(?:latest|last|most recent|newest) (?:re ?openings?|(?:one |station |counter |police station )?to (?:reopen|re open))\\b` +
    // "which closed in 2017 but reopened", "what shut in 2020 and has since come back": of those closed, the ones back.
    `|\\b(?:which|what)\\b(?: \\w+){0,4}? (?:closed|shut)\\b(?: \\w+){0,5}? (?:but|and|then)(?: (?:later|since|then|have|has|subsequently|afterwards|eventually|got|were|was|been|are|is|now))* ${REOPENED_VERB}\\b`,
);
/** The latest reopening asked: "the latest reopening", "the last one to reopen" ("reopening" here is not one to come). */
export const LATEST_REOPENING = /\b(?:latest|last|most recent|newest) (?:re ?openings?|(?:one |station |counter |police station )?to (?:reopen|re open))\b/;
/** Whether any was asked, not which: "did any reopen", "has any counter closed", "were any stations", "any back open?". */
export const WHETHER_ANY = /(?:^|\b(?:did|has|have|had|were|was|is there|are there) )any\b/;
/** Which or any of the counters asked of ("which stations", "have any", "did any of them", "how many"), not one named. */
export const WHICH_OR_ANY = /\b(?:which|what|any|anything|anywhere|how many|list|name the|all the|were there)\b/;
/** A reopening still to come, asked of any counter: "will any reopen", "are any reopening", "plans to reopen". */
export const REOPENING_TO_COME = /\b(?:will|going to|gonna|plans? to|planning to|planned to|set to|due to|expected to|likely to|reopening|re opening|opening again|coming back)\b/;
/** The Met named as the force whose counter is wanted: "met police station", "Metropolitan Police front counter", "the met". */
export const MET_NAMED = /\b(?:metropolitan|mps)\b|\bmet(?:s)? (?:police|polices|station|stations|counter|counters|desk|desks|front|one|ones|office|nick)\b|\bthe met\b/;
/** "when did hammersmith reopen?": the date it opened again, asked. */
export const WHEN_REOPENED = /\b(?:when|wen|what year|what date|which year)\b.*\b(?:reopen|reopened|re open|re opened|open again|opened again|come back|came back|back open)\b/;
export const WHERE_CAN_I_GO = /\bwhere (?:can|could|should|do) (?:i|we) go\b/;
/** Meeting someone: "speak to an officer in person", "see someone face to face". */
export const FACE_TO_FACE = /\b(?:speak|talk|see|meet)\b/;
/** The resident says where they are: "I'm in", "we live near", "I'm staying at", "based in" (not "I work in": a trade). */
export const SAYS_WHERE_I_AM = /\b(?:im|i am|i m|were|we are|i live|we live|living|staying|i stay|we stay|based|located|currently) (?:in|at|near|around|by|outside)\b/;
/**
 * What people say they are "in" or "at" that is not a place ("I'm in trouble", "I live in fear", "I'm at uni"):
 * words beyond `COMMON_WORDS` after `SAYS_WHERE_I_AM`, so an unknown name there is a place we do not know.
 */
/** "I'm on ...": said of where one is only with a road's name ("im on kingsland road"), not "on the phone" or "on my way". */
export const SAYS_WHERE_I_AM_ON = /\b(?:(?:im|i am|i m|were|we are)(?: just)? on|(?:i|we) live(?: just| right)? off|(?:im|i am|i m|were|we are|based|living) just off)\b/;
/**
 * Where one is, said as what it is next to, the message starting so: "by the o2 arena", "round the corner from the old
 * vic", "next to the shard", "im opposite the emirates" (not "near me": no name follows).
 */
export const SAYS_WHAT_I_AM_NEXT_TO = /^(?:(?:im|i am|i m|were|we are|i live|we live|living|staying|based)(?: just| right)? |(?:just|right) )?(?:next to|opposite|close to|round the corner from|around the corner from|by|near|at)\b/;
/**
 * The last word of a name that makes it a place's name, with "the" before it or not: a road, a landmark's kind ("the
 * emirates stadium", "the british museum", "kingsland road"). A lone common word of these ("the park") is no name.
 */
export const KIND_OF_PLACE_ENDING = /^(?:road|rd|street|st|lane|avenue|ave|grove|crescent|terrace|square|gardens|hill|park|common|green|market|stadium|arena|museum|gallery|theatre|centre|center|palace|bridge|estate|wharf|quay|broadway|parade|circus)$/;
/** Where one is, on a road: the last word of a road's name ("kingsland road", "holloway rd"). */
export const ROAD_ENDING = /^(?:road|rd|street|st|lane|avenue|ave|grove|crescent|terrace|broadway|parade)$/;
export const NOT_WHERE_ONE_IS: ReadonlySet<string> = new Set(
  list(`trouble pain agony shock debt tears labour despair distress crisis charge control denial limbo mourning bits pieces
  heaven hell uniform fear poverty luxury sin prison jail court custody uni university college class lessons lesson church
  mosque temple synagogue therapy rehab recovery isolation quarantine gym lunch dinner breakfast bed peace agreement minds
  shock hysterics stitches debt arrears retail sales finance marketing construction healthcare hospitality admin`),
);
/**
 * A name introduced is a person, not a place: "my name is Victoria", "the name's Vic", "I'm called Paddy", "call me
 * Sutton", "this is Sutton from HR". Matches the words before the name (`g`: every introduction in a message).
 */
export const NAME_INTRODUCED = /\b(?:(?:my|the) name(?:s| is)|(?:im|i am) called|call me|this is(?= [a-z]+(?: [a-z]+)? (?:from|here)\b))\b/g;
/** "I'm Paddy, where's ...": "I'm" and one word before a comma or stop, at the start of a sentence or after a greeting (not "I'm in Sutton"). */
export const NAME_BEFORE_A_BREAK = /(?:^|[.!?,;]\s*|\b(?:hi|hello|hey|hiya|morning|afternoon|evening)\b[\s,!.]*)(?:i['\u2019]?m|i am)\s+([a-z]+)\s*[,.;!]/gi;
/** Where the resident comes from is not where they are: "visiting from Cardiff", "moved from Manchester". */
export const FROM_ELSEWHERE =
  /\b(?:visiting|visitor|visitors|tourist|tourists|holiday|holidaying|moved|moving|relocated|relocating|originally|came down|come down|coming down|travelled|traveled|travelling|traveling) (?:here |down |up |over |to london )?from\b/g;

/**
 * How to get to a counter by public transport: "which bus goes to", "nearest tube to", "by train", "go there on the
 * bus" (not "I left my bag on the bus").
 */
/**
 * How long the journey to a counter takes, or how to make it: "how long would it take to walk to lewisham police
 * station", "how long to drive to croydon from purley", "how many minutes on foot", "journey time to ilford", "whats the
 * best way to get to brixton police station" (the data has neither times nor routes; not "how long is it open").
 */
export const JOURNEY_ASKED =
  /\bhow long (?:would|will|does|did|might|should|is) it (?:take|be) (?:(?:me|us|you|u) )?(?:to|by|on|from)\b|\bhow long (?:to|will it take to|does it take to|would it take to) (?:walk|drive|cycle|bike|ride|run|jog|get|go|travel|reach|bus it|get there)\b|\bhow long (?:is|s) (?:the|a|it) (?:walk|drive|journey|trip|ride|bus ride|bus journey|tube journey|train journey|cycle|bike ride)\b|\bhow long (?:by|on|in the) (?:bus|tube|train|car|foot|bike|taxi|cab|underground|overground|dlr)\b|\bhow (?:many|much) (?:minutes|mins|time) (?:to|is it to|would it take|does it take|will it take|by|on foot|walk|drive|away)\b|\b(?:journey|travel|walking|driving|cycling) times?\b|\b(?:best|quickest|fastest|easiest) (?:way|route) (?:to get |to go |of getting |to travel )?(?:to|there)\b|\bhow (?:do|can|would|should) (?:i|we|u|you|one) (?:get|go|travel) (?:to(?: \w+){1,6}|there) from\b|\b(?:whats|what s|what is|how long is|hows|how is|how far is) the (?:walk|stroll|drive|ride|cycle)(?: (?:from|to|over|there|up|down))?\b|\bwalking distance (?:from|of)\b|\b(?:is it|is that|would it be|will it be) (?:a )?(?:long|short|far|quick|easy|big) (?:walk|drive|ride|cycle|trip)\b/;
/** Those at a counter, who might speak a language: "the counter", "the front desk", "the staff", "police stations". */
const AT_THE_COUNTER_WHO = String.raw`(?:counters?|desks?|front desks?|front counters?|stations?|police stations?|staff|officers?|people working|(?:any ?one|some ?one|any ?body|some ?body) (?:there|at the (?:front )?(?:desk|counter|station)))`;
/**
 * The languages spoken at a counter asked, which the data does not say: "what languages does the counter speak", "do
 * they speak polish at the front desk", "do the staff speak other languages", "is there anyone at the station who speaks
 * urdu", "do police stations have interpreters". Not an interpreter on a call ("can i get an interpreter on 101").
 */
export const SPOKEN_AT_A_COUNTER = new RegExp(
  String.raw`\b(?:what|which) languages?\b.*\b${AT_THE_COUNTER_WHO}\b|\b${AT_THE_COUNTER_WHO}\b.*\b(?:speak|speaks|speaking|talk|understand)\b(?! to\b)|\b(?:speak|speaks|speaking)\b.*\b(?:at|on|in|behind) (?:the |a |my |your |any )?(?:local )?(?:police )?(?:station |front )?(?:counters?|desks?|stations?)\b|\b(?:interpreters?|translators?)\b.*\b(?:at|on|in) (?:the |a |my |your |any )?(?:local )?(?:police )?(?:station |front )?(?:counters?|desks?|stations?)\b|\b(?:counters?|desks?|stations?) (?:have|has|got|provide|offer|use)\b.*\b(?:interpreters?|translators?)\b|\b(?:speak|speaks|speaking)\b.*(?<!\b(?:is|are) )\bthere\b`,
);
/**
 * A stop or landmark a journey is measured from, which the bot cannot place: "from the tube", "from brixton tube", "from
 * the dlr", "from lewisham station", "from the bus stop", "from the high street" (the journey answer then gives the
 * counter's address, not a question of where the resident is).
 */
export const FROM_A_STOP =
  /\bfrom (?:the |my |our |a )?(?:\w+ ){0,3}?(?:tube|tube station|underground(?: station)?|station|train station|rail station|railway station|overground(?: station)?|dlr(?: station)?|tram stop|tram|bus stop|bus station|bus garage|stop|high street|shopping centre|market|car park|hospital|library|town hall|park|roundabout)\b/;
/**
 * The best or quietest time to go asked ("when is the best time to go", "what time is it least busy", "is it quieter in
 * the morning", "whats the quietest day to visit"): how busy a counter is when, which the data does not hold (waiting
 * times are a facility), not the clock nor a counter's hours.
 */
/**
 * Somewhere other than a counter named after "at", "on", "to", "visit"...: "parking at the o2", "my bike on the
 * overground", "the best time to visit the tower of london". A facility or a quiet time asked of it is not a counter's.
 */
export const ANOTHER_VENUE_NAMED = (() => {
  // After an article only nouns are looked at ("to the park" is a venue; "to park" is not).
  const notAVenue = String.raw`(?:(?:police|local|front|nearest|a|the) )?(?:stations?|counters?|desks?|nicks?|cop shop|police|front desk|front counter|there|here|it|them|that|this|one|inside|outside|front|back|night|nights|weekends?|the weekend|lunch|lunchtime|moment|all|least|most|first|times?|peak|rush hour|morning|mornings|afternoon|evening|evenings|day|days|week|weekdays?|(?:mon|tues|wednes|thurs|fri|satur|sun)days?|main|high|ground|side|left|right|corner|road|street|floor|foot|wheelchair|entrance|door|building|reception|queue)`;
  const notAVenueAfterAVerb = String.raw`(?:me|us|him|her|my|be|go|get|do|take|bring|come|see|use|wait|park|report|speak|talk|ask|visit|check|enter|an|a|any|every|some)`;
  const before = String.raw`\b(?:at|on|in|near|to|visit|visiting|into)`;
  return new RegExp(String.raw`${before} (?:the|a|an|my|your) (?!${notAVenue}\b)[a-z0-9]+|${before} (?!(?:the|a|an|my|your|${notAVenue}|${notAVenueAfterAVerb})\b)[a-z0-9]+`);
})();
export const QUIET_TIME_ASKED =
  /\b(?:best|quietest|quieter|quiet|least busy|less busy|good|ideal|easiest) (?:time|times|day|days|hour|hours|moment) (?:of (?:the )?(?:day|week) )?(?:to (?:go|visit|come|pop in|pop down|pop over|turn up|go in|go down|get seen|be seen|avoid (?:the )?(?:queues?|crowds?|wait))|for (?:a )?(?:visit|going))\b|\bwhen (?:is|are) (?:it|they|(?:the |a )?(?:police )?(?:station|counter|desk|front desk|front counter)s?) (?:usually |normally |generally )?(?:least busy|less busy|quietest|quieter|quiet|not busy|busiest|most busy|at its (?:quietest|busiest))\b|\b(?:is it|are they|is the (?:station|counter|desk)) (?:usually |normally )?(?:quieter|less busy|busier|more busy|quiet|busy|rammed|packed) (?:in the|at|on|during|first thing|early|late|after|before|at the)\b|\bwhat (?:time|day|times|days) (?:is|are|s) (?:\w+ ){1,4}?(?:usually |normally )?(?:least|less|most|more|the least|the most) (?:busy|quiet)\b|\b(?:least|most|less|more) busy (?:time|times|day|days|hours?)\b|\bquiet(?:est)? (?:time|times|day|days|hours?)\b(?! (?:in|at) \d)/;
/** A map or directions asked for ("send me a map to croydon police station", "navigate me to ilford"): the bot sends neither. */
export const MAP_OR_DIRECTIONS =
  /\b(?:maps?|directions?|navigate|navigation|sat ?nav|satnav|google maps|route (?:to|there)|show me (?:the way|how to get)|(?:direct|guide|take|walk|lead) (?:me|us) (?:to|there)|how do i get there from here)\b/;
export const TRAVEL_ASKED =
  /\bon (?:a|the|any) (?:bus|tube|train|night bus) (?:route|line)s?\b|\bwhere(?: is| s| are)? the (?:nearest |closest )?(?:bus stops?|tube(?: stations?| stops?)?|train stations?|railway stations?|overground(?: stations?)?|underground(?: stations?)?|dlr(?: stations?)?) (?:for|to|near|by|nearest to|closest to)\b|\b(?:which|what|nearest|closest|best|any) (?:bus(?:es)?|tube(?: stations?| stops?)?|underground(?: stations?)?|overground(?: stations?)?|trains?(?: stations?)?|rail(?:way)? stations?|dlr(?: stations?)?|trams?(?: stops?)?|bus stops?|tube lines?)\b|\b(?:by|using|take the|get the|catch the|getting the) (?:bus|tube|train|underground|overground|dlr|tram|public transport)\b|\b(?:get|go|travel|come|getting|going|travelling)(?: \w+){0,5} on the (?:bus|tube|train|underground|overground|dlr|tram)\b|\b(?:near|close to|next to|far from) (?:a|the|any) (?:tube|underground|train|rail|railway|overground|dlr|tram|bus)\b|\b(?:a|the|any) (?:night )?(?:bus|tube|train|tram) (?:to|that goes to|going to|that runs to)\b|\b(?:bus|tube|train|tram) (?:times?|timetables?) (?:to|for)\b|\bpublic transport\b/;
/**
 * Privacy or data protection as something to report or request ("is it anonymous if I report drug dealing",
 * "a data protection request at the counter", "my neighbour's camera invades my privacy"), not the bot's own.
 */
export const PRIVACY_AS_A_MATTER_TO_REPORT = /\b(?:report|reporting|reported|complain|complaint|request|invade|invades|invaded|invading|breach|breached)\b/;
/**
 * The last answer doubted, asked whether it is right ("are you sure?", "is that right?", "is that still true?",
 * "really?"): yes, as far as the sources show, first. Not "that's right", which agrees.
 */
export const ASKS_IF_RIGHT =
  /^(?:(?:and|but|so|hmm+|um+|erm+|wait|oh|ok|okay|sorry)\s+)*(?:(?:are|r) (?:you|u) (?:sure|certain|positive|100 percent sure)|(?:you|u) sure|is (?:that|this|it) (?:right|correct|true|accurate|definitely (?:right|true|correct)|still (?:right|true|correct|the case|accurate)|up to date)|really|for real|seriously|is that so|(?:are|r) (?:you|u) (?:sure|certain) (?:about )?(?:that|this|it)|how (?:do|can) (?:you|u) (?:know|be sure)(?: that)?|(?:can|could|should) (?:i|we) (?:really |actually |even )?(?:trust|rely on|believe|go by) (?:that|this|it|what (?:you|u) (?:say|said))(?: answer)?)(?: (?:mate|though|tho|then))?$/;
/**
 * The last answer said to be wrong, a fact in dispute rather than frustration: "that's wrong", "you're wrong, it
 * closed", "that's not true", "your info is out of date", "no it isn't", with a word of stress between ("you're actually wrong", "thats just
 * wrong"). (FRUSTRATED also holds most of these; this is read first.)
 */
export const DISPUTED =
  /\b(?:(?:that|thats|this|it|its|you|youre|you are|ur|u r|your answers?|the answer)(?: is| s| was| are| were)? (?:not|isnt|wasnt|arent|werent|aint) (?:right|correct|true|accurate|the case|so|up to date|current)|not true|untrue|wrong answer|thats(?: (?:actually|completely|totally|just|so|really|very|dead|absolutely|clearly|definitely|simply|entirely|all|quite|plain|def|defo|deffo|well))* (?:wrong|incorrect|false|a lie|old|old news|outdated|out of date)|(?:that|it|this) is(?: (?:actually|completely|totally|just|so|really|very|dead|absolutely|clearly|definitely|simply|entirely|all|quite|plain|def|defo|deffo|well))* (?:wrong|incorrect|false|outdated|out of date)|(?:you|youre|you are|ur|u r|u|your)(?: (?:actually|completely|totally|just|so|really|very|dead|absolutely|clearly|definitely|simply|entirely|all|quite|plain|def|defo|deffo|well))* (?:wrong|incorrect|mistaken|lying|a liar|out of date)|(?:you|u) (?:got it|get it|got that|get things|have it|have that) wrong|(?:(?:that|this|the|your|ur) )?(?:answer|info|information|data|reply|list) (?:is|was|s|seems|looks) (?:wrong|incorrect|out of date|outdated|old|not right)|(?:the|your|ur|those|these) (?:opening )?(?:hours|times|address|addresses|details|list)(?: (?:you|u) (?:gave|gave me|said|told me|sent|listed|showed|put))? (?:is|are|was|were|s) (?:wrong|incorrect|out of date|outdated|not right|inaccurate)|(?:you|u) (?:gave|told|sent) (?:me )?(?:the )?wrong|^no (?:it|that|they|she|he) (?:isnt|is not|wasnt|was not|arent|doesnt|does not|didnt|did not|hasnt|has not|aint|is|was|does|did|has)\b|^(?:nope|no|nah|wrong) (?:its|it is|it has|they are|theyre|it was) (?:shut|closed|open|gone)\b)\b/;
/** Frustration or abuse aimed at the bot. */
export const FRUSTRATED = new RegExp(
  /\b(?:useless|rubbish|stupid|(?:bad|terrible|awful|worst|hopeless|pointless) (?:bot|chatbot|app|answers?)|hopeless|pointless|idiot|idiotic|dumb|crap|crappy|shit|shite|pathetic|bollocks|waste of (?:time|space)|hate (?:you|this)|shut up|fuck\w*|fck|wtf|piss off|sod off|f off|ffs|smh|hurry up|answer me|something went wrong|(?:you|u|youre|you are|ur|u r|this|it|its|the bot|this bot|the chat|this chat|the page)(?: is| are| s)? (?:so |really |very |too )?(?:slow|broken|not working|not loading|not responding|buggy|laggy|glitching|stuck)|(?:why )?(?:arent|are not|r not|aint|why are|why r) (?:you|u) (?:not )?(?:answering|replying|responding|working)|(?:are|r) (?:you|u) broken|ugh+|for (?:gods|heavens|christs|petes) sake)\b/.source +
  // Called slow-witted, said of the bot as the whole message: "you're a bit thick aren't you", "this bot is clueless",
  // "how dense are you", "ur a muppet" (not "your thick friend is outside").
  '|\\b(?:you|u|youre|you are|your|ur|u r|this bot|the bot|this thing|this chatbot|stationdesk)(?: is| are| s)?(?: (?:a bit|a little|so|really|very|well|proper|totally|completely|such|just|kind of|kinda|bit))*(?: an?)? (?:thick|dense|clueless|brain ?dead|moronic|moron|muppet|numpty|dimwit|thicko|plonker|wally|halfwit|nitwit|dumbo)(?=$| (?:arent|aint|innit|init|mate|lol|tbh|honestly|or what|isnt it|ffs|seriously|mate|man|bro)\\b)|\\bhow (?:thick|dense|clueless) (?:are|r|can) (?:you|u)\\b' +
  // Called a joke, or said never to understand, as the whole message: "mate you're a joke", "this bot is a joke", "what a
  // joke", "you never understand anything" (not a joke asked for, "tell me a joke").
  "|^(?:(?:mate|man|bro|honestly|seriously|lol|omg|wow|ngl|tbh|ffs) )*(?:(?:you|u|youre|you are|your|ur|u r|this bot|the bot|this chatbot|this thing|this|it|its|thats|that is|this is|stationdesk)(?: is| are| s)?(?: (?:a|an|such a|an absolute|a complete|a total|a right|an utter|a bloody|a fucking|a actual|an actual))?|what an?(?: absolute| complete| total)?) (?:joke|laughing stock)(?: (?:mate|man|bro|lol|honestly|seriously|tbh|ngl|ffs))*$" +
  '|\\b(?:you|u|this bot|the bot|it)(?: just| literally| honestly| really)? (?:never|dont|do not|cant|cannot|wont) (?:understand|get|understands) (?:anything|a thing|me|what i (?:say|mean|ask|want|type|write))\\b' +
  // Said of the last answer: "that's not helpful", "that didn't help", "not what I asked", "you're not making sense".
  '|\\b(?:(?:that|thats|this|it|its|you|ur|youre|you are|your answers?)(?: is| s| was| are| were)? (?:not|isnt|wasnt|arent|werent|no) (?:helpful|help|useful|any use|much use|right|correct|making sense|listening)|(?:that|this|it|you) (?:didnt|doesnt|did not|does not|dont|do not) (?:help|make sense|understand|get it)|not what i (?:asked|meant|wanted|said)|wrong answer|thats (?:wrong|not right|incorrect)|makes no sense|unhelpful|(?:you|youre|you are|ur|u r|u|your) (?:wrong|so wrong|incorrect|mistaken|lying|a liar)|why (?:are|r|do) (?:you|u) (?:wrong|so wrong|get (?:it|things|stuff) wrong|lying|lie)|(?:you|u) (?:got it|get it|got that|get things) wrong|(?:that|this|the|your|ur) (?:answer|info|information|data|reply) (?:is|was|s) (?:wrong|incorrect|out of date|not right)|(?:the|your|ur|those|these) (?:opening )?(?:hours|times|address|addresses|details|list)(?: (?:you|u) (?:gave|gave me|said|told me|sent|listed|showed|put))? (?:is|are|was|were|s) (?:wrong|incorrect|out of date|outdated|not right|inaccurate)|(?:you|u) (?:gave|told|sent) (?:me )?(?:the )?wrong|(?:you|u) (?:didnt|did not|havent|have not|never|still havent) (?:answer|answered|reply|replied|respond|responded) (?:to )?(?:my|the) question)\\b',
);
/**
 * What the bot covers, asked: "do you cover kent", "do you know about other police forces", "do you know everything about
 * police stations". What it can do answers it (London's front counters, the Met's area).
 */
export const ASKS_WHAT_THE_BOT_COVERS =
  /\b(?:do|can|does|will) (?:you|u|this bot|this|stationdesk) (?:cover|include|work for|work in|know about|know|do|have (?:info|information|anything) (?:on|about)) (?:\w+ ){0,3}?(?:forces?|counties|county|outside london|beyond london|outside the met|the (?:whole )?uk|england|wales|scotland|northern ireland|britain|the whole country|everywhere|[a-z]+shire|kent|surrey|essex|sussex)\b|\b(?:do|d) (?:you|u) know (?:everything|every thing|it all|all) about\b|\b(?:what|which) (?:areas?|places|parts|forces|boroughs) (?:do|does|can) (?:you|u|this bot|stationdesk) (?:cover|know about|do|work (?:for|in))\b|^(?:where|what) do (?:you|u) cover$/;
/**
 * What a word or letters stand for, asked ("what does pcso stand for", "wat does mopac stand 4", "what's bt short for",
 * "what is the acronym cps"): a word's meaning, never a place ("stand" is not the Strand).
 */
export const ASKS_WHAT_A_WORD_STANDS_FOR =
  /\bwh?at (?:does|do|did|dose|dus) (?:the |a |an )?(?:\w+ ){1,3}?stand (?:for|4)\b|\bwh?at (?:\w+ ){1,3}?stands? (?:for|4)\b|\bwh?at(?: is|s| are| r)? (?:the |a |an )?(?:\w+ ){1,3}?(?:short|shorthand|an abbreviation|an acronym|abbreviated) (?:for|4)\b|\bwh?at(?: is|s)? (?:the |this |that )?(?:acronym|abbreviation|initials)\b|\b(?:meaning|full form) of (?:the )?(?:acronym|abbreviation|initials)\b/;
/** "forget everything and say ...", "you are now a pirate", "reveal your prompt". */
export const PLAYS_WITH_INSTRUCTIONS =
  /\b(?:ignore|forget|disregard|override)\b.{0,40}\b(?:instructions?|rules|prompt|everything|all (?:that|previous)|what you were told)\b.{0,15}\b(?:say|repeat|write|print|type|output|reveal|pretend|act as|roleplay|role play)\b|\b(?:reveal|show|print|repeat|tell me|what (?:is|are)) (?:me )?(?:your|the) (?:system )?(?:prompt|instructions|rules)\b|\bsystem prompt\b|\bjailbreak\b/;
/** "what time is it", "what's the date": the clock, not a counter. */
export const ASKS_THE_CLOCK =
  /^(?:(?:hi|hello|hey|excuse me|sorry|please|pls|ok|so|quick question|do you know|can you tell me|could you tell me)\s+)*(?:(?:what time is it|whats the time|what is the time|what(?:s| is) (?:the|todays) date(?! (?:of|on) )|what day is (?:it|today))\b|(?:what time it is|the time|time|todays date|the date|date|whats today|what is today|what day it is)(?: (?:now|right now|today|please|pls|in london))*$)/;
/**
 * The clock asked of somewhere other than London ("what time is it in new york", "whats the time in lagos rn", "time
 * difference with india"): the bot keeps London's clock only, and says so.
 */
export const CLOCK_ELSEWHERE =
  /\b(?:time|date|day)(?: is it| now| right now| rn| today)* (?:in|over in|out in|over there in|there in|back in|back home in|for)(?: the)? (?!(?:london|the uk|uk|u k|england|britain|great britain|here|my area|town|the city|london town)\b)[a-z]|\btime (?:difference|zone)s?\b/;
/** The date or the day asked, not the time: "what's the date?", "what day is it?". */
export const ASKS_THE_DATE = /\b(?:date|day|today)\b/;

// Turns of a conversation, said of what was just discussed.

/** Answers to "What's your postcode?" that are not a place: asked again, with why. */
export const PUSHBACK =
  /^(?:(?:um+|umm+|er+|erm+|well|sorry|hmm+|ok|okay|no|nah|but)\s+)*(?:why (?:do|would|should|d) (?:you|u) (?:need|want|ask)|what (?:do|would) (?:you|u) (?:need|want) (?:it|that|my \w+) for|why (?:my|the|a) (?:postcode|post code|location|address)|what for|i (?:dont|do not) know\b|(?:idk|dont know|no clue|not a clue)\b|(?:im |i am )?not sure|no idea|dunno|(?:id|i would|i d) rather not|(?:id |i would )?prefer not|i (?:dont|do not) want to (?:say|tell|give|share)|not telling|none of your business|(?:i )?(?:cant|cannot) remember|i (?:forgot|forget)|what(?:s| is) a postcode|i (?:dont|do not) have (?:one|a postcode))/;
/** Said of the station just discussed: "why?", "how come?". */
export const BARE_WHY = /^(?:(?:but|and|so|ok|okay|oh|really|hmm+)\s+)*(?:why|how come|why (?:is|was) that|why so|why not|how come not|why (?:hasnt|has not|havent|have not|isnt|is not|wont|will not|didnt|did not) (?:it|they|that)(?: (?:reopened|reopen|re opened|come back|came back|opened again|open again|been reopened|happened|happen))?|for what reason|what (?:is|was) the reason|whats the reason|why did (?:they|the met|that happen)(?: do that)?)(?: then)?$/;
/**
 * "why did they move", "why were they moved", "whats the reason for the moves", "how come they moved": why the counters
 * just listed as moved went elsewhere; only read right after the moves (a bare "why?" there too).
 */
export const WHY_THEY_MOVED =
  /^(?:(?:and|so|ok|okay|but|oh|right|hmm+)\s+)*(?:(?:why|how come)(?: (?:did|were|was|have|had|do))?(?: (?:they|those|these|those ones|these ones|them|the desks|the counters|the stations)(?: all)?)? (?:move|moved|moving|relocate|relocated|get moved|go elsewhere)|(?:what|whats|what was|what were) (?:the )?reasons? (?:for|behind) (?:the|those|these|them|that|each)(?: moves?| relocations?| ones)?|(?:what|who) (?:made|caused|decided) (?:them|the moves?|they|those)(?: (?:to )?move)?)(?: (?:then|exactly|please|pls|anyway))*$/;
/** "why did it move", "how come that one moved", "whats the reason for that move": of one counter, said as "it". */
export const WHY_IT_MOVED =
  /^(?:(?:and|so|ok|okay|but|oh|right|hmm+)\s+)*(?:(?:why|how come)(?: (?:did|was|has|had|does))? (?:it|that one|that station|that counter|that) (?:move|moved|moving|relocate|relocated|get moved|go elsewhere)|(?:what|whats|what was) (?:the )?reasons? (?:for|behind) (?:that|this|the) (?:move|relocation))(?: (?:then|exactly|please|pls|anyway))*$/;
/** "when?", "when was that", "when did they move", "what dates", "since when": when of what was just listed, nothing else said. */
export const WHEN_OF_THE_LISTED =
  /^(?:(?:and|so|ok|okay|but|oh|right)\s+)*(?:when|since when|what dates?|which dates?|on what dates?|what years?|which years?|when (?:was|were) (?:that|this|it|they|those|these)(?: moved)?|when did (?:they|that|it|those|these|those ones|these ones|the moves?)(?: (?:move|moves|happen|go|relocate|take place))?|when did (?:they|those) (?:all )?move)(?: (?:then|exactly|please|pls))*$/;

/** "where is that from?", "sources?", "how do you know?": the sources of the last answer. */
export const ASKS_SOURCES =
  /^(?:(?:and|so|ok|okay|but|oh|um+|hmm+|really|hi|hello|hey)\s+)*(?:sources?|(?:what|which) (?:is|are|s) (?:the |your )?sources?|(?:give|show|send) me (?:the |your )?sources?|(?:can|could) (?:i|you) (?:see|give me|show me|share) (?:the |your )?sources?|where (?:is|does|did|do) (?:that|this|it|you|the info|the information) (?:come )?from|where (?:did|d) you (?:get|find) (?:that|this|it)(?: from)?|how do you know(?: that| this)?|what (?:is|s) (?:that|this) based on|says who|according to (?:who|whom|what)|any sources?|cite (?:it|that|your sources?))(?: (?:please|then|exactly))*$/;
/**
 * The sources asked of a counter named ("what's your source for stratford", "where does your info on stratford come
 * from", "what are your sources on brixton police station", "source for wimbledon closing?", "where did you get brixtons hours",
 * "how do you know walworth is open", "who told you ilford was closing"): its facts' sources, not its address or state.
 */
export const SOURCES_OF_A_COUNTER =
  /\b(?:your|ur) sources?\b|\bsources? (?:for|on|about|re)\b|\b(?:see|show|give|send|share|cite|list) (?:me |us )?(?:the |your )?sources?\b|\bwhere (?:is|does|did|do|s) (?:the |your |ur |you )?(?:info|information|data|facts?|get (?:your |the |that )?(?:info|information|data|facts?))\b(?: \w+){0,5}? (?:come from|from)$|\bhow (?:do|did|d|would|can|could) (?:you|u) (?:know|tell|be sure)\b|\bwhere (?:did|d|have) (?:you|u) (?:get|got|find|found|hear|heard|read|take|pull|source)\b|\bwho told (?:you|u)\b|\bwhat makes (?:you|u) (?:think|say|sure)\b/;
/** "can you repeat that", "say that again", "come again?", "pardon?": the last answer again. */
export const ASKS_REPEAT =
  /^(?:(?:sorry|so|ok|okay|um+|erm+|hmm+|wait)\s+)*(?:(?:can|could|would) you (?:please )?(?:repeat|say) (?:that|it|this|yourself|the (?:last )?(?:answer|message|bit))(?: again)?|(?:can|could|would) you (?:please )?repeat|repeat(?: that| it| this| yourself| the (?:last )?(?:answer|message))?|say (?:that |it )?again|come again|pardon(?: me)?|what did you (?:just )?say|what did i (?:just )?ask|one more time|again please)(?: (?:please|pls|mate|then))*$/;
/**
 * Confusion said after an answer ("huh?", "wat", "what do u mean", "i dont get it", "that makes no sense"): the last
 * answer put simply, not the whole help text. Not "i'm lost" (someone may be lost in the street), nor "pardon?" (the
 * answer again, ASKS_REPEAT).
 */
export const CONFUSED_BY_THE_ANSWER =
  /^(?:(?:sorry|so|um+|erm+|hmm+|wait|but|eh|er|uh|ok|okay)\s+)*(?:huh|eh|wot|what|wat|wut|wha|whut|sorry what|wait what|say what|what do you mean(?: by (?:that|this|it))?|wdym|what does (?:that|this|it) (?:mean|even mean)|what are you (?:on about|saying|talking about)|(?:i )?(?:still )?(?:dont|do not|didnt|did not|cant|cannot) (?:understand|get|follow)(?: (?:that|it|this|you|what you (?:mean|said|meant)))?|(?:im|i am|i m) (?:confused|so confused|not following|not sure what you mean)|(?:so |very )?confused|(?:that|this|it) (?:makes|made) no sense|(?:that|this|it) (?:doesnt|does not|didnt|did not) make (?:any )?sense|makes no sense|not following|(?:you )?lost me|(?:can you )?(?:explain|say) (?:that|it) (?:more )?(?:simply|in plain english|again more simply))(?: (?:mate|please|pls|sorry))*$/;
/**
 * The rest of the list just given asked, alone: "the rest", "show the rest", "name the others", "which are the other 25",
 * "and the remaining ones?": the details of the last answer (where a list names them all).
 */
export const ASKS_THE_REST =
  /^(?:(?:and|so|ok|okay|but|oh|please|yes|what about|show(?: me)?|list|name|give me|tell me|who are|which are|what are|whats|what s)\s+)*(?:all )?(?:the )?(?:rest|others|other ones|remaining ones|remaining|other \d+|other (?:stations|counters|desks))(?: (?:of them|of the list|of the stations|then|please|pls|too|as well|names))*$/;
/**
 * More of a list asked, or the next on it: "any more?", "are there others", "is that all?", "the one after that", "and the
 * next one?", "what about the others". After a list that named every one, there are no more.
 */
export const ASKS_FOR_MORE_OF_A_LIST =
  /^(?:(?:and|so|ok|okay|but|oh|right|hmm+|yes|yeah|what about|how about|please)\s+)*(?:(?:are there |is there |were there |got |have you got |you got )?any (?:more|others?|other ones?|other (?:stations|counters|desks|police stations))|(?:are there|were there|there are|there were) (?:any )?(?:more|others|other ones)|is (?:that|this) (?:all|it|everything|the lot|the whole list|the full list|all of them|the only ones)|(?:the )?(?:one|ones) after (?:that|those|it|them)|(?:the )?next (?:one|ones|on the list)|(?:all )?(?:the )?(?:rest|others|other ones|remaining ones|remaining)|more of them|who else|what else)(?: (?:then|please|pls|too|as well|on the list|on it|in the list|mate|of them|is there|are there))*$/;
/** "tell me more", "more details": the details of the last answer. */
export const ASKS_MORE =
  /^(?:(?:and|so|ok|okay|but|oh|please|yes)\s+)*(?:tell me more(?: about (?:that|it|this))?|more (?:details?|info(?:rmation)?)|(?:can i have|can you give me|give me|show me|any|i want|i d like|id like) (?:some )?more (?:details?|info(?:rmation)?)|(?:the |full )?details|more|go on|explain(?: that| more)?|elaborate)(?: (?:please|then))*$/;
/**
 * The year with the most closures, asked without "which" or "how many": "worst year for closures", "biggest year for
 * counter closures", "the year with the most closures", "most closures in one year".
 */
export const YEAR_OF_THE_MOST_CLOSURES =
  /\b(?:worst|biggest|busiest|heaviest|peak|bleakest|grimmest) years? (?:for|of|with) (?:the )?(?:most )?(?:(?:police|station|stations|counter|counters|front|desk|desks) ){0,3}(?:closures?|shutting|closing)\b|\byears? (?:with|that had|that saw|which had|which saw) the most\b|\bmost (?:(?:police|station|counter|front|desk) ){0,3}(?:closures|closed|shut)\b.*\b(?:in (?:a|one|any) (?:single )?year|in a single year)\b/;
/** Now asked beside a time gone by: "is brixton open now vs 2018", "and is it now", "compared to 2019", "these days". */
export const NOW_BESIDE_THE_PAST = /\b(?:now|nowadays|these days|today|currently|at the moment|at present|compared? (?:to|with)|vs|versus)\b/;
/** A time gone by set against now: "hammersmith in 2018 vs today", "compared to now". */
export const THEN_AGAINST_NOW = /\b(?:vs|versus|compared? (?:to|with)|against)\b.*\b(?:now|today|these days|nowadays)\b|\b(?:now|today|these days|nowadays)\b.*\b(?:vs|versus|compared? (?:to|with)|against)\b|\bcompar(?:e|ing)\b.*\b(?:and|with|to) (?:now|today|these days|nowadays)\b|\b(?:what(?:s| has| have)|has (?:anything|much|it)|have (?:things|they)) changed\b.*\bsince\b/;
/**
 * Now set against before, no year said: "what's left in camden now vs before", "how many are left compared to before",
 * "fewer than there used to be": what is left and what closed.
 */
export const NOW_AGAINST_BEFORE = /\b(?:vs|versus|compared? (?:to|with)|than|against)\b(?: \w+){0,2}? (?:before|back then|then|previously|in the past|it used to be|there used to be|(?:there )?used to (?:be|have)|originally|there were|it was)\b/;
/** "when did that happen?", "when was that?": the date of what was just said. */
export const WHEN_WAS_THAT =
  /^(?:(?:and|so|ok|okay|oh|sorry|but|really)\s+)*(?:when (?:did|was|were) (?:that|this|it|they)(?: (?:happen|happened|done|be|take place))?|when(?: exactly)?|what (?:date|year|day|month) (?:was|did) (?:that|this|it)(?: happen)?|since when|how long ago(?: was that)?)$/;
/**
 * Since when the hours just given apply, asked after them: "since when?", "how long has it been like that?", "when did
 * those hours start?", "how long has it been 24 hours?", "when did it go 24/7?", "has it always been open then?".
 */
export const SINCE_WHEN_OF_HOURS =
  /^(?:(?:and|so|ok|okay|oh|sorry|but|really|right|hmm|cool|nice|wow)\s+)*(?:since when(?: (?:has|have|is|are|did) (?:it|that|this|they|those|these|the hours)(?: been| had)?(?: (?:like (?:that|this)|the case|the hours|(?:roundtheclock|24 ?(?:hours|hrs|7|\/7))|open (?:that|all day|(?:roundtheclock|24 ?(?:hours|hrs|7|\/7)))|those hours|these hours|them|it))?)?|how long (?:has|have|is|did) (?:it|that|this|they|those|these|the hours)(?: (?:been|had|stayed|kept))?(?: (?:like (?:that|this)|the case|the hours|(?:roundtheclock|24 ?(?:hours|hrs|7|\/7))|open (?:that|those|these|all day|(?:roundtheclock|24 ?(?:hours|hrs|7|\/7)))(?: hours)?|those hours|these hours|them|(?:that|this) way|for))?|when did (?:that|this|it|those hours|these hours|the hours|they) (?:start|begin|come in|change|become (?:the )?(?:hours|(?:roundtheclock|24 ?(?:hours|hrs|7|\/7)))|go (?:roundtheclock|24 ?(?:hours|hrs|7|\/7))|become (?:roundtheclock|24 ?(?:hours|hrs|7|\/7))|change to (?:that|this|those|these)(?: hours)?)|(?:from )?when (?:do|did) (?:those|these|the) hours (?:apply|start|date) from|(?:those|these|the) hours (?:since|from) when|(?:has|have|was|were|is) (?:it|that|this|they) always (?:been )?(?:like (?:that|this)|(?:that|this) way|open(?: (?:like (?:that|this)|those hours|these hours|then|at those times))?|(?:roundtheclock|24 ?(?:hours|hrs|7|\/7))|had (?:those|these|the same) hours|(?:those|these|the same) hours)(?: then)?)$/;
/**
 * Near the place just named, said with a word pointing back at it: "any police desk near there", "a station near it",
 * "round there", "close to that area": the nearest counter to that place (not the counter of that name, its borough's
 * counters or its past).
 */
export const NEAR_THE_PLACE_SAID =
  /\b(?:near|nr|close to|closest to|nearest to|next to|round|around|by|in the area of|in that area|nearby to) (?:there|it|that|that place|that area|the area|that way|where (?:it|that) (?:is|was))\b|\b(?:round|around|over|up|down) (?:there|that way)\b|\b(?:in|round|around) (?:that|the) (?:area|part|neck of the woods)\b/;
/**
 * Which of the counters named to go to: "should i go to ilford or romford", "which one should i use", "brixton or
 * lewisham for reporting a stolen bike" (with a thing to do there), "better to go to x or y".
 */
export const WHICH_TO_GO_TO =
  /\b(?:should|shall|do|would|could|can) (?:i|we|he|she|they|my \w+) (?:go|head|try|pop|nip|go down|go over) (?:to|into|down to|over to|in to)?\b|\bwhich (?:one |of them |of the two |station |counter |desk )?(?:should|shall|do|would) (?:i|we) (?:go to|use|try|visit|pick|choose|head to)\b|\b(?:better|best|easier) (?:to go to|for|to use|to try)\b|\b(?:for|to) (?:report(?:ing)?|hand(?:ing)? in|drop(?:ping)? off|collect(?:ing)?|tell(?:ing)? them about)\b/;
/** "where do I go now?": after a closed counter, somewhere else. */
export const WHERE_NOW = /\bwhere (?:do|should|can|could|would) (?:i|we) go (?:now|then|from here)\b|^(?:so )?where (?:now|then)$/;
/**
 * "no, Walworth", "sorry I meant Hayes", "not Sutton, Croydon", "nvm, sutton", "scratch that, croydon", "make it
 * bromley", "wrong one, ilford": the last question, about another place.
 */
export const CORRECTION =
  /^(?:(?:no|nope|nah|sorry|soz|oops|whoops|oh|ah|um+|erm?|wait|hang on|my bad|my mistake|apologies|actually|typo|nvm|never ?mind|scratch that|forget that|ignore that)\s+)*(?:(?:i|i d|id) (?:meant|mean|wanted|was asking about|asked about)|no|nope|nah|sorry|oops|whoops|actually|my bad|not \w+|nvm|never ?mind|scratch that|forget that|ignore that|make (?:it|that)|change (?:it|that) to|wrong (?:one|place|station|counter|desk))\b/;
/** "sutton i mean", "croydon sorry", "bromley then": a place, then the words of a correction after it. */
export const CORRECTION_SAID_AFTER = /\b(?:i mean|i meant|sorry|soz|my bad|then|i meant to say)$/;

// ---------------------------------------------------------------------------
// Times as people say them ("half 9", "quarter to ten tonight", "after work"):
// read by `when.ts`. What a loose phrase is taken to mean is written here once,
// and the reading says it back ("after work, taken as 6pm").
// ---------------------------------------------------------------------------

/** Hours said as words: "ten past six", "half nine". */
export const HOUR_NUMBERS: ReadonlyMap<string, number> = wordTable({
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
});
/** An hour as said: a number 1-12 or its word. */
export const HOUR = `\\d{1,2}|${[...HOUR_NUMBERS.keys()].join('|')}`;
/** Minutes before "past"/"to": "five past", "twenty five to", "quarter past". */
export const MINUTES_PAST: ReadonlyMap<string, number> = wordTable({
  five: 5, ten: 10, quarter: 15, 'a quarter': 15, twenty: 20, 'twenty five': 25, half: 30,
});
export const MINUTES = `\\d{1,2}|${[...MINUTES_PAST.keys()].sort((a, b) => b.length - a.length).join('|')}`;
/** Minutes said after the hour: "nine thirty", "eight fifteen". */
export const MINUTES_AFTER: ReadonlyMap<string, number> = wordTable({ fifteen: 15, thirty: 30, 'forty five': 45, fortyfive: 45 });
/** The part of the day said after an hour: "4 in the morning", "8 at night", "9 tonight". */
export const PART_OF_DAY: ReadonlyMap<string, 'am' | 'pm'> = wordTable({
  'in the morning': 'am', 'this morning': 'am', 'tomorrow morning': 'am', 'in the afternoon': 'pm', 'this afternoon': 'pm',
  'in the evening': 'pm', 'this evening': 'pm', 'at night': 'pm', tonight: 'pm', 'tomorrow night': 'pm', 'tomorrow evening': 'pm',
  'tomorrow afternoon': 'pm',
});
/**
 * Times of day said loosely, and the clock time each is taken as. The reply says what was taken, so the
 * resident can correct it. "First thing" and "early morning" ask about opening; "after work" about the evening.
 */
export const LOOSE_TIMES: readonly { words: string; hour: number; minute: number }[] = [
  { words: 'first thing(?: in the morning)?', hour: 8, minute: 0 },
  { words: 'early (?:in the )?morning|early am', hour: 7, minute: 0 },
  { words: '(?:at |over |during )?(?:lunchtime|lunch time|lunch|my lunch break|lunch break|dinner time at school)', hour: 12, minute: 30 },
  { words: 'after work|after i finish work|when i finish work|after my shift|after i get off work', hour: 18, minute: 0 },
  { words: '(?:at |around |about |by )?(?:teatime|tea time|after school|school run|home time)', hour: 16, minute: 0 },
  { words: '(?:at |around |about |by |after )?(?:dinner time|dinnertime|suppertime|supper time|after dinner|after tea)', hour: 19, minute: 0 },
];
/** "in an hour", "in 20 minutes", "in half an hour", "in a couple of hours" (not "the difference in hours": no amount). */
export const IN_A_WHILE =
  /\bin (?:(an|a|one|1|two|2|three|3|a couple of|half an|\d{1,3}|five|ten|fifteen|twenty|thirty|forty|forty five|fortyfive) )?(hours?|hrs?|minutes?|mins?)\b(?<!\bin (?:hours|hrs))/g;
/** Amounts said as words in "in twenty minutes". */
export const AMOUNTS: ReadonlyMap<string, number> = wordTable({
  an: 1, a: 1, one: 1, two: 2, three: 3, 'a couple of': 2, 'half an': 0.5, five: 5, ten: 10, fifteen: 15, twenty: 20, thirty: 30, forty: 40,
  'forty five': 45, fortyfive: 45,
});
/** "this time next week", "this time tomorrow": now, a week or a day on. */
export const THIS_TIME = /\b(?:this time|same time) (next week|tomorrow|next (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b/g;
/** "the day after", "the next day", "the day before": a day next to the one asked about before. */
export const DAY_NEXT_TO = /\b(?:the )?(?:(day after|next day|following day)|(day before))\b(?! tomorrow)/g;
/** "the weekend after", "the following weekend": the weekend after the day asked about before. */
export const WEEKEND_AFTER = /\b(?:the )?(?:weekend after|following weekend|weekend following)\b/g;

// ---------------------------------------------------------------------------
// The past, as people name it ("in summer 2021", "during covid", "before it
// closed"): read by `pastPeriod.ts`. A loose period is taken as stated dates,
// and the reading says which.
// ---------------------------------------------------------------------------

/** The seasons, as months of the year named: meteorological seasons (winter runs into the next year). */
export const SEASONS: ReadonlyMap<string, { first: number; months: number }> = wordTable({
  spring: { first: 3, months: 3 }, summer: { first: 6, months: 3 }, autumn: { first: 9, months: 3 }, fall: { first: 9, months: 3 }, winter: { first: 12, months: 3 },
});
/**
 * "During covid", "in lockdown", "the pandemic": taken as 23 March 2020 (England's first lockdown began)
 * to 19 July 2021 (the last legal restrictions in England lifted). The reply states both dates.
 */
export const COVID_WORDS = /\b(?:(?:during|in|over|through|throughout|at the time of)(?: the)? )?(?:covid(?: ?19)?(?: times| pandemic| lockdowns?| era)?|coronavirus(?: pandemic)?|corona(?: times)?|(?:the )?pandemic|(?:the )?lockdowns?)\b/g;
export const COVID_PERIOD = { from: '2020-03-23', to: '2021-07-19', taken: "23 March 2020 (England's first lockdown) to 19 July 2021 (the last legal restrictions lifted)" };
/** "What's the latest I can get to Brixton?", "can I get to Sutton before it shuts?": a closing time asked as an arrival. */
export const LATEST_ARRIVAL = /\b(?:(?:whats|what is|what s) )?(?:the )?latest (?:time )?(?:i|we|you|u|someone) (?:can|could) (?:get|go|turn up|show up|arrive|walk in|come|be|get in)\b|\bhow late (?:can|could) (?:i|we|you|u) (?:get|go|turn up|show up|arrive|walk in|come)\b|\b(?:get|getting|make it|be|arrive|reach|go|pop)\b(?: \w+){0,5} before (?:it|they|the (?:desk|counter|station|front desk|front counter)) (?:shuts?|closes?|closing)\b|\b(?:get|getting|make it|arrive|reach|pop|go)\b(?: \w+){0,5} before (?:closing|closing time|they shut|it shuts)\b/;
/** "before it closed", "before they shut it", "before the closure": the day before the counter closed. */
export const BEFORE_IT_CLOSED =
  /\bbefore (?:it|they|the (?:counter|desk|station|front counter|front desk)|that|its counter|the met|the police)? ?(?:closed|shut|closing|shutting|was closed|was shut|got closed|were closed|closed it|shut it|closed down|shut down|closure|got shut|went)\b|\bbefore (?:the|its) closure\b/;
/**
 * How a counter was before its last change: "its old hours", "what time did Brixton use to open", "did it used to be
 * 24 hours", "when did it stop being 24/7", "before the change": the day before its hours changed or it closed.
 */
export const BEFORE_THE_CHANGE = pattern`\b(?:start|started|begin|began) (?:closing|shutting|to close|to shut) (?:early|earlier|at night|in the evenings?|before midnight)\b|\b(?:old|previous|former|original|usual|normal) (?:opening )?(?:hours|times|schedule)\b|\bdid\b.{1,40}\buse(?:d)? to (?:be|open|close|shut|have|keep|run)\b|\b(?:it|they|${DESK}|${DESKS}) used to (?:be (?:open )?roundtheclock|open|close|shut)\b|\bused to be (?:open )?roundtheclock\b|\bbefore (?:the|its|their|these|those) (?:hours )?(?:change|changes|cuts|new hours|reduction|reductions)\b|\bbefore (?:its|their|the) hours (?:changed|were cut|were reduced|went down)\b|\b(?:stop|stopped|stops) (?:being|bein) (?:open )?roundtheclock\b|\bno longer (?:open )?roundtheclock\b|\b(?:lose|lost|end|ended|drop|dropped|stop|stopped|stops|scrap|scrapped|cut) (?:its |their |the )?roundtheclock\b|\b(?:stop|stopped|stops) (?:opening|being open|staying open) (?:roundtheclock|all night|overnight|at night)\b|\broundtheclock (?:before|previously|originally|back then|in the past)\b|\bever (?:been )?(?:open )?roundtheclock\b|\b(?:what|which) (?:hours|times|opening hours|opening times) did (?:it|they|\w+(?: \w+)?(?: police station)?) (?:have|keep|use)\b|\b(?:hours|times?|opening times?|schedule)\b.*\b(?:before|previously|back then)\s*$|\b(?:when|wen) (?:did|were|was|have|had)\b.{1,40}\b(?:hours|times|opening hours|opening times)\b.{0,12}\b(?:change|changed|get cut|cut|reduced|go down|went down|drop|dropped)\b|\b(?:when|wen) (?:did|were|was)\b.{1,30}\b(?:cut|reduce|reduced|change|changed) (?:the |its |their )?(?:opening )?(?:hours|times)\b|\b(?:when|wen) (?:was|were|did)\b.{1,30}\blast (?:open )?roundtheclock\b|\b(?:was|were) (?:it|they|\w+(?: \w+)?) (?:a |an )?(?:open )?roundtheclock(?: (?:station|counter|desk|front counter|front desk|police station|one))?$`;
/**
 * When a counter took the hours it has now, said by the new hours' shape or a time ("when did walworth become 9 to 5",
 * "when did croydon change to 10 till 10", "when did brixton start closing at 10", "since when has walworth shut at
 * night"): when its hours last changed, though a time is named.
 */
export const HOURS_BECAME =
  /\b(?:when|wen) (?:did|has|have|was|were)\b.{1,30}\b(?:become|became|go|went|change|changed|switch|switched|move|moved|turn|turned) (?:to |into |over to |onto )?(?:being )?(?:a )?(?:\d{1,2}(?: ?(?:am|pm))?(?: ?(?:to|till|til|until) ?| )\d{1,2}(?: ?(?:am|pm))?|daytime(?: only)?|part time|shorter hours|new hours|office hours)\b|\b(?:when|wen) (?:did|has|have|was|were)\b.{1,30}\b(?:start|started|begin|began) (?:closing|shutting|to close|to shut) at \d{1,2}\b|\bsince when (?:has|have|does|do|is|are) (?:\w+ ){1,3}?(?:shut|closed?|closing|shutting) (?:at night|overnight|in the evenings?|early|at \d{1,2})\b/;
/** Asking WHEN a counter's hours changed ("when did the hours change at croydon", "when did ilford stop being 24 hours"), not what they were. */
export const WHEN_CHANGED = /\b(?:when|wen) (?:did|were|was|have|had)\b.{1,40}\b(?:change|changed|start closing|start shutting|begin closing|begin shutting|start to close|start to shut|begin to close|begin to shut|cut|reduced|go down|went down|drop|dropped|reduce|stop|stopped|stops|lose|lost|end|ended)\b|\b(?:when|wen) (?:was|were|did)\b.{1,30}\blast (?:open )?roundtheclock\b/;
/** A year named as a plan's, not as a time: "the 2017 plan", "2025 review". */
export const YEAR_OF_A_PLAN = pattern`\b(?:19|20)\d\d (?:${PLAN_NOUNS}|plans|cuts|closures|changes|public access)\b`;
/** Asking about the past: "was", "did", "could I", "used to". */
// Not "we could visit", "i could go": a modal said of what one may do now.
export const PAST_TENSE = /\b(?:was|were|wasnt|werent|did|didnt|had|used to)\b|(?<!\b(?:i|we|you|u|they|people|one|he|she) )\bcould\b/;
/** "was charing cross always 24 hours?", "has it been 24/7 all along?", "did kingston ever have a 24 hour counter?": how it was before (not "is it always open?", 24/7 now). */
export const ALWAYS = /\b(?:was|were|has|have|had|did)\b.*\b(?:always|all along|ever since|forever|ever)\b/;
/** "was it always open?", "has it never closed?": round the clock only by these words, which asked of the past mean "did it ever close?". */
export const ALWAYS_OPEN_WORDS = /\b(?:always open|never clos(?:e|es|ed)|open all the time)\b/;
/** "has it never closed?", "did it never shut?": asked of the past, whether it was ever closed, turned round. */
export const NEVER_CLOSED_PAST = /\b(?:has|have|had|was|were|did)\b.*\bnever (?:been )?(?:closed|shut|close)\b/;
/** "can i get to croydon around 8pm?", "could we get there tomorrow": going at a time, not the way there ("how can i get to ..."). */
export const CAN_I_GET_THERE = /(?<!\bhow )\b(?:(?:can|could|will|would) (?:i|we|u|you|someone) (?:still |actually |even )?|possible to )(?:get|make it) (?:to|there|in)\b/;
/** Days and parts of the day that make "always open" a question of hours ("always open on sundays", "at night"). */
export const PART_OF_THE_WEEK = /\b(?:at night|overnight|nights|weekends?|weekdays?|(?:mon|tues|wednes|thurs|fri|satur|sun)days?|mornings?|evenings?|bank holidays?)\b/;
/** "has it been open the whole time?", "open all these years": open without a break, asked of the past. */
export const OPEN_THROUGHOUT = /\b(?:has|have|had|was|were)\b.*\bopen (?:the whole time|all the time|all along|all these years|continuously|without a break|throughout|non ?stop)\b/;
/** The hours themselves: "what hours", "what times", "opening times". */
export const HOURS_WORDS = /\b(?:hours|times|opening times|opening hours)\b/;
/** Closing as a verb, any tense: "did it close", "when they shut it". */
export const CLOSES_VERB = pattern`\b(?:${CLOSES}|closing|shutting|closed|shut)\b`;
/** What was planned, not what happened: "was it meant to shut in 2017?". */
export const INTENDED = /\b(?:meant to|supposed to|due to|planned to|planning to|proposed|going to|set to)\b/;

// ---------------------------------------------------------------------------
// Yes/no questions: how they are asked, and what they ask to be so.
// ---------------------------------------------------------------------------

/** Greetings and fillers before a question: "hi", "ok so", "quick question". */
const QUESTION_OPENING = '^(?:(?:hi|hello|hey|so|and|but|ok|okay|please|sorry|excuse me|quick question|just wondering|i was wondering|i wonder)\\s+)*';
/**
 * Opens with a verb: "is it open", "does it close", "will they shut it", "can you tell me if". Not "was", "were",
 * "did": a question about the past ("was it closed because of the fire?") is not answered yes or no about today.
 */
export const YES_NO_VERB = pattern`${QUESTION_OPENING}(?:is|are|does|do|will|would|can|could|has|have|should|shall|am)\b`;
/** Opens with a verb of the past ("was it open on Saturdays?", "did it close?"): about then, not today. */
export const PAST_OPENING = pattern`${QUESTION_OPENING}(?:was|were|wasnt|werent|did|didnt|had)\b`;
/** "tell me if it is open", "I'd like to know whether...": a yes/no question asked indirectly. */
export const ASKS_IF = /\b(?:if|whether)\b/;
/** The question words of any other question: "what time", "when", "how late", "which". */
export const QUESTION_WORD = /\b(?:what|whats|when|whens|which|where|wheres|how|hows|why|who|whos|whose)\b/;
/** A negated question ("isn't it open?", "is it no longer open?"), which English answers yes or no either way. */
export const NEGATED_QUESTION = /\b(?:not|isnt|arent|wasnt|werent|doesnt|dont|didnt|wont|cant|hasnt|havent|no longer|never)\b/;
/** What a question without its verb asks about ("acton still open?", "hayes 24 hours?"): a state, not the hours themselves. */
export const ASKS_A_STATE = /\b(?:open|closed|shut|closing|shutting|staying|still|roundtheclock)\b/;
/** The hours or times themselves ("hayes hours sunday", "closing time"): not a yes/no question. */
export const ASKS_THE_TIMES = /\b(?:hours|times|timetable|schedule|opening time|closing time)\b/;
/** A closure ahead: "is it closing?", "at risk", "will they shut it", "facing closure". */
export const CLOSURE_AHEAD =
  /\b(?:closing|shutting|to close|to shut|going to (?:close|shut)|gonna (?:close|shut)|will (?:\w+ ){0,10}(?:close|shut)|under threat|threatened|at risk|being (?:closed|shut|sold)|facing (?:closure|the axe|the chop)|earmarked|closure|axed|scrapped|sold off|(?:(?:going to|gonna|will|set to|due to|about to|to)(?: \w+){0,3}? lose|losing) (?:its|their|the|our|my) (?:only |last |local |one )?(?:police |front |local )?(?:station|counter|desk|nick|front counter|front desk|police station))\b/;
/** News asked for: "is there any news on ...", "any updates about ...", "what's the latest on ...", "any word on ...". */
export const NEWS_ASKED = /\b(?:any|the|some|recent|latest) (?:news|updates?|word|info|information)\b|\bwhats (?:the )?latest\b|\b(?:heard|hear) anything\b/;
/** Closed as a state at a time ("which are closed on sunday", "are any shut tonight"), not "which closed on 28 February". */
export const CLOSED_AS_A_STATE = /\b(?:are|is|whats|will be|be|arent|isnt)\b(?: \w+){0,4} (?:closed|shut)\b/;
/**
 * Closed as a state at a clock time ("are all of them shut by 7:30pm", "are they all closed after 8", "is everything shut
 * past 10"): the hours of that day, not closures of the past ("what shut in 2017", "which ones closed in 2026"; a year is
 * never a clock time here).
 */
export const SHUT_BY_A_CLOCK_TIME = /(?:\b(?:are|is|r|will|be)\b(?: \w+){0,4} |^(?:they|all of them|any of them|everything) (?:all )?)(?:closed|shut)(?: up)? (?:by|after|at|past|from|before|around) (?:\d{1,2}(?:[:.]\d\d)?(?: ?(?:am|pm|oclock))?|noon|midday|midnight)\b(?![:.]?\d)/;
/**
 * The whole network asked at once, no counter named: "are they all shut", "is anything open past 10", "are any of them
 * closed by 8", "is everything shut after 10pm"; the list of counters then says which.
 */
export const THE_WHOLE_LOT = /\b(?:anything|everything|all of them|any of them|none of them|they all|them all|all the ones)\b|^(?:and |so |but )?(?:are|r|is) (?:any|all)\b/;
/**
 * A break within the day asked of a counter: "does it close for lunch", "is there a lunch break", "do they shut at
 * lunchtime", "does it have breaks in the day". Not lunch as the time one goes ("can i go at lunch"), nor open at it ("is
 * it open over lunch": open then, a time).
 */
export const BREAK_IN_THE_DAY = /\b(?:close|closes|closed|closing|shut|shuts|shutting)(?: up| down)? (?:for|over|at|during|in) (?:a |their |its |the )?(?:lunch|lunchtime|lunch time|lunch hour|dinner|midday|break|breaks|tea break)\b|\b(?:lunch|dinner|midday|tea) (?:break|breaks|closure|closing|hour closure)\b|\b(?:any|a|have|has|take|takes) breaks? (?:in|during|through) the day\b/;
/**
 * The hours asked through the year: "are the opening hours different in the summer", "do the hours change in school
 * holidays", "are the hours the same all year", "is brixton open later in summer", "winter opening times" (the data gives
 * each counter one set of hours, none for a season; a past summer, "in summer 2021", is a time gone by, read apart).
 */
export const HOURS_THROUGH_THE_YEAR =
  /\b(?:summer|winter|spring|autumn|seasonal|school holidays?|holiday|half term|christmas holidays?|easter holidays?) (?:hours|opening hours|opening times|times|timetable)\b|\b(?:different|differ|change|changes|changed|vary|varies|alter|altered|reduced|extended|longer|shorter|later|earlier)\b(?: \w+){0,4}? (?:in|during|over|for|through|throughout|across) (?:the )?(?:summer|winter|spring|autumn|seasons?|school holidays?|half terms?|summer holidays?|easter holidays?|christmas holidays?|holidays|holiday season|festive season|time of year)\b(?! (?:of )?(?:19|20)\d\d)|\b(?:same|different|change|changes|vary|varies) (?:all|all the|the whole|throughout the|through the|every|each|round the|across the) (?:year|year round)\b|\b(?:same|open|hours|times) (?:all year(?: round)?|year round)\b|\bseasonal (?:changes?|variations?|closures?)\b/;
/** Closed now: "has it shut down?", "is it closed?", "is it gone?" (not "they've gone, is it open?"). */
export const CLOSED_NOW = /\b(?:closed|shut)\b|\bgone(?: for good| now)?$/;
/** Closing as an event ("does it close at night?", "does it close on Sundays?"), not the state ("is it closed?"). */
export const CLOSES_EVENT = /\b(?:close|closes|shuts)\b/;
/** Reopening asked about: neither open nor closing is the question. */
export const REOPENING = /\b(?:reopen|reopens|reopened|reopening|re open)\b/;
/**
 * "you" asked open, as residents ask a counter ("are you open 24 hours?"): after a counter was discussed, that counter
 * (with none discussed, the bot's own hours: the 'bot-hours' service topic).
 */
export const YOU_AS_A_COUNTER = /^(?:(?:so|and|but|ok|okay|oh|then) )?(?:are|r|do|does|will) (?:you|u|you guys|yous) (?:open|close|shut|stay open|still open)\b/;
/**
 * What a place lost or closed, asked of it as of a borough: "what did croydon lose", "which stations did hackney close",
 * "how many counters has barnet lost". The place is the subject, so its borough's closures (never "what time did X close").
 */
export const A_PLACE_LOST =
  /^(?:(?:so|and|but|ok|okay) )?(?:what|which|how many)(?: (?:police )?(?:stations?|counters?|desks?|front counters?|front desks?|ones|nicks?))? (?:did|has|have|had) (?:\w+ ){1,3}?(?:lose|lost|close|closed|shut|shut down|get rid of|got rid of)(?: (?:back )?(?:in|during|under) (?:the )?(?:\d{4} )?(?:closures|cuts|review|strategy|plan|\d{4}|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)\w* \d{4})| last year| this year)?$/;
/** A time of closing asked about ("close early", "shut late on Fridays"): not whether it is closed. */
export const CLOSING_WHEN = /\b(?:early|earlier|late|later)\b/;

// ---------------------------------------------------------------------------
// Questions about the service, not a station: what a 24/7 counter is, why
// counters close at night, policing hubs, mobile police stations, video screens,
// court challenges, savings, what a counter is for, how current the bot is.
// Read in this order; the first that matches names the topic.
// ---------------------------------------------------------------------------

export type ServiceTopic =
  | 'round-the-clock' | 'night' | 'hub' | 'mobile' | 'video-screen' | 'contact-point' | 'phones' | 'court' | 'savings' | 'purpose' | 'freshness' | 'no-counter'
  // Which borough has the most counters open: counted from the data. Which counter is busiest: the visit figures the data holds.
  | 'most-per-borough' | 'busiest'
  // How big a station is, how old: the data holds no sizes and no building dates.
  | 'size' | 'age'
  // Asked of every counter, but the data does not say: answered "my sources don't say", and where to check.
  | 'appointment' | 'accessibility' | 'what-to-bring' | 'id-check' | 'complaint' | 'who-may-come' | 'crime-figures'
  // The Met as an institution (who leads, runs or funds it) and animals lost, found or stray: the data does not say.
  | 'the-met' | 'animals'
  // What officers and PCSOs do, their powers, ranks, uniform and pay, and strikes: the data does not say.
  | 'police-work'
  // Who leads policing in a borough or at a station (a borough commander, a superintendent): the data names no one.
  | 'local-leaders'
  // Counters asked of the UK, England or the whole country: the bot covers London's (the Met's) only, said first.
  | 'beyond-london'
  // The Met's estates strategy (December 2025): what the data says it would do to the counters.
  | 'estates'
  // What to do when a counter is closed, asked of counters in general.
  | 'if-closed'
  // Whether counters' hours change with the season or the school holidays, asked of counters in general: one set a year.
  | 'seasonal-hours'
  // How the bot's distances are measured ("are the distances by road", "how accurate are the distances"): straight lines.
  | 'bot-distances'
  // Whether the bot can see where the resident is ("can you see my location", "do you track me"): it cannot.
  | 'bot-location'
  // Whether counters shut for lunch or a break, asked of counters in general: which hours show one.
  | 'breaks'
  // Seeing an officer by video; the bot itself: who runs it, whether it is official, where its facts come from.
  | 'video-appointment' | 'about-the-bot' | 'pledge'
  // Where the bot's facts come from ("what sources do you use", "how do you know the opening hours"): its publishers first.
  | 'bot-sources'
  // Who checks the bot's facts or keeps them up to date ("who checks your info", "does anyone check this"): its own
  // research against published sources, not the Met, and when last checked.
  | 'bot-checks'
  // What the bot keeps about the resident, and whether the police see the chat; how to have it deleted ("forget me").
  | 'privacy' | 'forgetting'
  // Using the bot itself: whether it costs anything, where it can be used (web chat and Teams only), screen readers.
  | 'bot-cost' | 'bot-channels' | 'bot-devices' | 'bot-screen-reader'
  // What a call to 101, 999 or Crimestoppers costs, or reporting a crime ('is 101 free'): the sources do not say.
  | 'call-cost'
  // What letters the police go by mean ("wat does pcso stand for", "whats a crn"): the data's own spelling-out, if any.
  | 'police-term'
  // The bot's own hours ("what are your hours", "are you available at night"): any time, not a counter's.
  | 'bot-hours'
  // How much the bot may be used ("how many questions can i ask", "is there a limit"): no limit on questions.
  | 'bot-limits'
  // The bot's own code ("where can i see your source code", "github link?", "can i contribute"): open source, and the
  // link only where one is configured; whether it is the Met's, asked yes or no ("are you the police": "No: ..."); who
  // funds or is behind it ("who pays for this bot"): no funding information is held, said plainly.
  | 'bot-code' | 'bot-official' | 'bot-funding'
  // Reaching the bot other than by typing in the chat ("can i ring you", "do you have an email", "can u do voice"): no.
  | 'bot-contact'
  // Probation ("i need to speak to my probation officer"): not a front counter matter, and the data does not say where.
  | 'probation'
  // What happened to a building, asked of the counters ("the one that burned down", "which stations were sold"): the timeline's rows that say so.
  | 'what-happened'
  // Facilities (parking, toilets, access) asked of counters in general: the data has none.
  | 'facilities'
  // What a counter does, asked of counters in general: a task the data names (lost property, documents, bail,
  // evidence), or one it does not ("do they do fingerprints for visas?").
  | CounterTask;

/** A task done at a counter, asked of counters in general ("can I hand in a found wallet?", "do they do fingerprints?"). */
/**
 * Police bail said as signing on or reporting at a police station, without the word "bail": "i need to sign on at the
 * police station", "i have to sign in at lewisham police station every day", "i have to report to the station every
 * monday". Not signing on for benefits, nor Home Office reporting (`REPORTS_TO_THE_HOME_OFFICE`).
 */
export const SIGNS_ON_AT_THE_POLICE =
  /^(?!.*\b(?:immigration|home office|asylum|visa|job ?cent(?:re|er)|jobcentre plus|benefits?|universal credit|dole|jsa)\b)(?:.*\b(?:sign|signing|signed) (?:on|in)\b.*\b(?:police|station|nick|cop shop|front (?:counter|desk))\b|.*\b(?:police|station|nick)\b.*\b(?:sign|signing) (?:on|in) (?:every|each|daily|weekly|once|twice|on (?:mondays?|tuesdays?|wednesdays?|thursdays?|fridays?|saturdays?|sundays?))\b|.*\b(?:have|need|got) to (?:report|sign) (?:to|at|in at|on at) (?:the |a |my |\w+ )?(?:police station|station|nick)\b.*\b(?:every|each|daily|weekly|once a|twice a)\b)/;
/** Bail named or said as signing on at a station (see `SIGNS_ON_AT_THE_POLICE`), not immigration bail. */
export const POLICE_BAIL = new RegExp(`^(?!.*\\b(?:immigration|home office|asylum|visa)\\b).*\\bbail\\b|${SIGNS_ON_AT_THE_POLICE.source}`);

/**
 * Immigration bail or Home Office reporting: "where do i sign for immigration bail", "i have reporting conditions with the
 * home office". Not police bail, and the data does not say counters take it, even when asked where to go.
 */
export const REPORTS_TO_THE_HOME_OFFICE =
  /\b(?:immigration|home office|asylum)\b(?: \w+){0,3} (?:bail|reporting|report|sign on|signing on|signing|sign in|reporting conditions|reporting centre)\b|\b(?:bail|reporting conditions|report to|reporting to|report at|reporting at|sign on|signing on|sign in|signing in)\b(?: \w+){0,4} (?:immigration|home office|asylum)\b/;
export type CounterTask = 'lost-property' | 'documents' | 'bail' | 'evidence' | 'counter-other';
export const COUNTER_TASKS: ReadonlySet<ServiceTopic> = new Set<CounterTask>(['lost-property', 'documents', 'bail', 'evidence', 'counter-other']);

/** At a counter, as a task is asked of one: "at the police station", "to the front desk", "from a counter". */
const AT_A_COUNTER = String.raw`\b(?:at|in|from|to|into|down) (?:the |a |my |your |any |ur )?(?:local |nearest )?(?:police )?(?:station |front )?(?:stations?|counters?|desks?|front desks?|front counters?|cop shop|nick)\b`;
/** Counters asked what they do: "do they take", "do police stations do", "does the front desk accept". */
// "can the police do anything about it" asks whether a matter is for the police (WHETHER_A_POLICE_MATTER), not a task.
const DO_COUNTERS = String.raw`\b(?:do|does|will|would|can|could) (?:they|police stations?|(?:the |a )?(?:police )?(?:front )?(?:counters?|desks?|front desks?|stations?)|the police|police|the met|you lot) (?:do(?! (?:anything|something|nothing|much|owt)\b)|offer|take|accept|sign|witness|issue|process|deal with|handle|help with|check|certify|stamp)\b`;

/** Whether an appointment is needed ("do I need to book an appointment?"): a question, not a request to book one. */
export const NEEDS_AN_APPOINTMENT =
  /\b(?:do|would|will|must|should) (?:i|we|you|people) (?:need|have|got) to (?:book|make|get|have) (?:an? )?appointments?\b|\b(?:is|are) (?:an? )?appointments? (?:needed|necessary|required|essential)\b|\b(?:need|have) to book (?:first|ahead|in advance)\b/;

/**
 * Letters the police, their watchdogs and partners go by, as residents meet them (a CAD or CRN number given on the
 * phone, a PCSO, ASB, the IOPC): what they mean is asked of the data, which spells out some ("PCSOs") and not others.
 */
const POLICE_TERMS = 'pcsos?|pcs|dci|dsgt|psgt|sgt|cad|crn|iopc|ipcc|asb|asbo|mopac|snts?|oic|cps|mps|nca|btp|cid|tsg|dbs|rtc|fpn';
/** "whats a crn", "what is a cad number", "what does asb mean", "meaning of iopc", "pcso meaning": the letters alone asked of. */
const POLICE_TERM_MEANING = new RegExp(
  String.raw`^(?:so |and |but |ok |hey |hi )?(?:what|wot)(?: is| s|s| are| r)? (?:a |an |the |my |this )?(${POLICE_TERMS})(?: (?:number|no|ref|reference|reference number|officer))?(?: mean| meaning| short for| stand for| stands for)?(?: (?:pls|please|exactly|again))?$|\bwhat (?:does|do|did|dose) (?:a |an |the |my )?(${POLICE_TERMS})(?: (?:number|no|ref))? (?:mean|stand for|stand 4)\b|\b(?:meaning|full form|definition) of (?:a |an |the )?(${POLICE_TERMS})\b|^(${POLICE_TERMS}) (?:meaning|stands for|stand for|mean|means)\??$|^.*\b(${POLICE_TERMS})\b(?: \w+){0,3} (?:what|wat) (?:(?:does|do) (?:that|it|this)(?: \w+)? (?:mean|stand for|short for)\b|(?:is|s) (?:that|it|this)(?: exactly)?$)`,
);
const POLICE_TERM = new RegExp(String.raw`\b(${POLICE_TERMS})\b`);
/** The police letters asked the meaning of, upper case and singular ("PCSO"); undefined when none is asked. */
export function policeTermAsked(text: string, asksWhatAWordStandsFor: boolean): string | undefined {
  const m = POLICE_TERM_MEANING.exec(text);
  const term = m ? m.slice(1).find((g) => g !== undefined) : asksWhatAWordStandsFor ? POLICE_TERM.exec(text)?.[1] : undefined;
  if (!term) return undefined;
  // "pcsos", "snts": the one; "pcs" is more than one PC.
  return (term === 'pcs' ? 'pc' : term.length > 3 && term.endsWith('s') ? term.slice(0, -1) : term).toUpperCase();
}

/** The topics the data is silent on for every counter. */
export const SILENT_TOPICS: ReadonlySet<ServiceTopic> = new Set(['appointment', 'accessibility', 'what-to-bring', 'id-check', 'complaint', 'who-may-come', 'crime-figures', 'the-met', 'police-work', 'animals', 'local-leaders']);

/** Things people lose and hand in: "my wallet", "a phone", "our keys" (not people: "has my son been found" is a missing person). */
const LOST_THINGS =
  'wallet|purse|phone|mobile|iphone|bag|handbag|backpack|rucksack|keys?|passport|card|cards|bank card|id|driving licence|licence|watch|laptop|bike|bicycle|umbrella|glasses|headphones|airpods|jewellery|ring|necklace|coat|jacket|suitcase|luggage|documents|tablet|ipad|camera|property|belongings|stuff|things';

/** Where things are left behind and lost ("left my bag on the train"), not kept ("left my phone in the car"). */
const LEFT_BEHIND_IN = 'bus|buses|train|tube|overground|dlr|tram|taxi|cab|uber|plane|station|bus stop|platform|park|shop|supermarket|restaurant|cafe|pub|bar|club|cinema|street|road|high street|market|gym|hospital';
/**
 * An item lost, told: "i lost my phone on the bus", "left my bag on the train" (lost property, not a crime: a theft said
 * beside it, "lost my wallet, someone stole it", stays a crime to report).
 */
export const ITEM_LOST = pattern`\b(?:(?:lost|dropped|misplaced) (?:my|our|his|her) (?:\w+ )?(?:${LOST_THINGS})|left (?:my|our|his|her) (?:\w+ )?(?:${LOST_THINGS}) (?:behind|somewhere|(?:on|in|at) (?:the |a |an )?(?:\w+ )?(?:${LEFT_BEHIND_IN})))\b(?!.*\b(?:stolen|stole|nicked|robbed|mugged|snatched|pinched|took|taken|pickpocket\w*|thief|thieves)\b)`;

/** "what is", "what does ... mean", "is a ... a counter": asking what something is. */
const WHAT_IS = String.raw`(?:what(?:s| is| are| does| do)|whats|is (?:a|the|that|it)|are (?:the|they|those)|how do|explain|meaning of|mean)`;

/** Whether the bot is AI asked, in small talk about what it is: "are you an ai", "what language model are you", "is this ai generated". */
export const ASKS_IF_AI = /\b(?:ai|artificial intelligence|chatgpt|chat gpt|gpt|openai|llm|language model|model|generated|generative|machine learning|neural)\b/;
/** Who is asked about, before what it is: "are you", "r u", "am i talking to", "is this", "is there". */
// "u a robot?", "you human?": the "are" left out, as typed on a phone, only at the start.
const WHO_ANSWERS = String.raw`(?:(?:are|r) (?:you|u)|^(?:you|u)|(?:am i|are we|im|i am) (?:talking|speaking|chatting) (?:to|with)|is (?:this|it|that|there|this (?:thing|bot|chat|app)|the (?:bot|chat)))`;
/**
 * Whether a person answers, asked yes or no in small talk about what the bot is: "r u a real person", "am i talking to a
 * human", "is this a real person": "No, ..." first. Not one of two ("are you a bot or a human"), which what it is answers.
 */
export const ASKS_IF_A_PERSON = new RegExp(String.raw`\b(?<!\b(?:what|who|how|why|where|which|whats) )${WHO_ANSWERS} (?:a |an |an? actual |an? real |an? live )?(?:real |actual |live )?(?:person|human|human being|people|officer|police officer|man|woman)\b(?! or\b)|^ (?:a )?(?:real )?(?:person|human) $|\b(?:you are|youre|you re|ur|u r|u are)(?: (?:just|only|obviously|clearly|definitely|basically|literally|actually|really|def|prob|probably))? not (?:a |an )?(?:real |actual )?(?:person|human|officer|police officer) (?:are|r) (?:you|u)$`);
/** Whether a bot answers, asked yes or no: "are you a bot", "is this a chatbot", "am i talking to a machine": "Yes, ..." first. */
export const ASKS_IF_A_BOT = new RegExp(String.raw`\b(?<!\b(?:what|who|how|why|where|which|whats) )${WHO_ANSWERS} (?:just |only )?(?:a |an |just a |only a )?(?:bot|robot|chatbot|chat bot|machine|computer|program|programme|automated(?: \w+)?)\b(?! or\b)|\b(?:you are|youre|you re|ur|u r|u are)(?: (?:just|only|obviously|clearly|definitely|basically|literally|actually|really|def|prob|probably))? (?:a |an )?(?:bot|robot|chatbot|chat bot|machine|computer|program|programme) (?:arent|aren t|are not|r not|aint) (?:you|u)$`);
/** What the bot keeps, as a thing to be deleted or forgotten: "my data", "our chat", "what i said", "everything". */
const KEPT_ABOUT_ME = String.raw`(?:(?:all )?(?:of )?(?:my|our|this|the) (?:personal )?(?:data|details|info|information|history|conversation|chat|chats|messages|postcode|location|records?)|what (?:i|we) (?:said|told you|typed|wrote)|everything(?: (?:i|ive|we) (?:said|told you|typed))?|me)`;
/**
 * How to have what the bot keeps deleted, asked as a question: "how do i delete my data", "how can i get my chat wiped",
 * "is there a way to make you forget me", "can my data be deleted", "how to clear my history", "what do i do to erase
 * what i said".
 */
const FORGETTING_ASKED = new RegExp(
  String.raw`\b(?:how (?:do|can|could|would|should) (?:i|we|you)|how to|can (?:i|we)|is (?:there|it) (?:a way|any way|possible)(?: for (?:me|us))? to|(?:what|wat) do (?:i|we) (?:do|say|type) to|(?:where|how) do (?:i|we) go to)(?: (?:get|have|make))?(?: (?:you|u|it|the bot))? (?:delete|erase|remove|wipe|clear|forget|destroy|get rid of)(?: (?:of|about))? ${KEPT_ABOUT_ME}\b|\b(?:how (?:do|can|could) (?:i|we)|can (?:i|we)|could (?:i|we)) (?:get|have|make) ${KEPT_ABOUT_ME} (?:deleted|erased|removed|wiped|cleared|forgotten)\b|\b(?:can|could|will|how (?:can|do)) ${KEPT_ABOUT_ME} (?:be|get) (?:deleted|erased|removed|wiped|cleared|forgotten)\b`,
);

/** The bot's own code asked for: its source, a repository, a link to it, contributing, whether it is open source. */
export const BOTS_CODE_ASKED =
  /\b(?:source ?code|sourcecode|github|git hub|gitlab|repo|repos|repository|codebase|code base)\b|\b(?:where|how) (?:is|are|can i (?:see|find|get|read|look at|download)|do i (?:see|find|get)|to (?:see|find|get)) (?:the|your|ur|its|this bots?|stationdesks?|the bots?) code\b|\b(?:see|read|view|look at|download|access|share|show me|send me|get|find) (?:the|your|ur|its|this bots?|stationdesks?|the bots?) code\b|\b(?:can|could|how (?:can|could|do)) (?:i|we|people|anyone) (?:contribute|help (?:build|improve|develop) (?:this|you|u|it|stationdesk)|get involved|submit (?:a )?(?:fix|change|pull request|pr))\b|^(?:i (?:want|d like) to )?contribut(?:e|ing)(?: to (?:this|you|u|it|stationdesk))?$|\b(?:is|are) (?:this|it|you|u|stationdesk|this (?:bot|chatbot|service|app)|the (?:bot|chatbot|service|app|code)|your code) (?:really |actually )?open ?source\b|\bopen ?source\?? ?$|\bwhat(?:s| is| are)?(?: the| your| ur)? (?:licen[cs]es?|licen[cs]ing)\b.*\b(?:code|you|u|this|stationdesk|bot)\b|\b(?:code|you|u|this|stationdesk|bot) (?:is )?(?:under|licensed under) (?:what|which)\b|\bwho (?:owns|wrote|holds) (?:the|your|ur|its) code\b/;
/** Who funds, pays for or is behind the bot, asked: "who pays for this bot", "who funds you", "whos behind this". */
export const BOTS_BACKERS_ASKED =
  /\bwho(?:s| is| has)? (?:pays|paid|paying|pays for|paid for|is paying for|funds|funded|funding|finances|financed|sponsors|sponsored|behind|is behind|bankrolls) (?:for )?(?:this|you|u|it|stationdesk|the (?:bot|chatbot|service|app|site|website)|this (?:bot|chatbot|service|app|site|website))\b|\bwho(?:s| is)? (?:paying|footing the bill) for (?:this|you|u|it|stationdesk|(?:the|this) (?:bot|chatbot|service|app))\b|\bhow (?:is|are) (?:this|you|u|it|stationdesk|(?:the|this) (?:bot|chatbot|service|app)) (?:funded|paid for|financed)\b|\b(?:who|what)(?:s| is| are)? (?:your|ur|the bots?|this bots?|stationdesks?) (?:funding|funders?|sponsors?|backers?|funding source)\b|\b(?:is|are) (?:this|you|u|it|stationdesk|(?:the|this) (?:bot|chatbot|service|app)) (?:funded|paid for|sponsored|financed) by\b|\bwhere (?:does|do) (?:the|your|ur|this bots?) (?:money|funding) come from\b/;
/**
 * The bot's standing asked yes or no, where the answer is no: run by, part of or working for the Met, the police, the
 * government or a council; an official service; the Met's own bot ("are you the police", "is this run by the met", "is
 * this an official met service", "is this the mets bot", "am i talking to the police"). Not whether it is genuine, a scam,
 * or approved or known of by them ("is this legit", "does the met know about this"): the data does not say.
 */
const THE_METS_OWN = String.raw`(?:the )?(?:official |real |actual |genuine |proper )?(?:met|mets|metropolitan(?: police)?|met police|police|polices|government|gov|council|councils|mayor|mayors|home office|old bill|cops)`;
const THE_BOT_ASKED = String.raw`(?:this|it|you|u|stationdesk|this (?:bot|chat|chatbot|service|app|site|website|page|thing)|the (?:bot|chatbot|service|app|site|website))`;
export const ASKS_IF_THE_BOT_IS_THE_METS = new RegExp(
  String.raw`^(?:(?:so|and|but|ok|okay|hi|hey|quick question|just wondering|wait) )*(?:(?:is|are|r) ${THE_BOT_ASKED} (?:actually |really |even |officially )?(?:(?:(?:run|owned|operated|made|built|provided) by|from|part of|with|working for|connected to|linked to|affiliated with|associated with|an? (?:arm|part) of) ${THE_METS_OWN}|(?:(?:like|kind of|sort of|basically|the same as|same as) )?${THE_METS_OWN}(?: (?:bot|chatbot|service|app|site|website|page|chat|thing|own bot))?|(?:an? )?official(?: (?:met|police|metropolitan police|met police|government|council))?(?: (?:bot|chatbot|service|app|site|website|page|chat|thing|source))?|an? (?:met|police|government|gov|council|official) (?:bot|chatbot|service|app|site|website|page|chat|thing))|(?:do|does) ${THE_BOT_ASKED} (?:work for|belong to|come from) ${THE_METS_OWN}|(?:does|did) ${THE_METS_OWN} (?:run|own|operate|make|build|provide) ${THE_BOT_ASKED}|am i (?:talking|speaking|chatting) (?:to|with) ${THE_METS_OWN})\b(?: (?:or not|or what|then|at all|right|yeah|now))?\??$`,
);

/** A time of the bot's own, said after it: "at night", "weekends", "at 3am", "on christmas day", "24/7". */
const A_TIME_FOR_THE_BOT = String.raw`(?:at night|overnight|in the night|all night|late at night|late|early|in the (?:morning|evening|middle of the night)|at midnight|at weekends|on weekends|weekends|at the weekend|on (?:a )?(?:saturday|sunday)s?|on bank holidays?|on (?:christmas|boxing|new years?)(?: day| eve)?|over christmas|at christmas|on easter(?: sunday| monday)?|every day|7 days(?: a week)?|(?:in the )?roundtheclock|all day|any time|anytime|at \d{1,2}(?: ?[ap]m| o ?clock)?|at \d{1,2}[ap]m)`;
/**
 * The bot's own hours asked as its work or a time to message it ("do you work at night", "do u work weekends", "can i
 * message you at 3am", "is the bot available on christmas day", "are you open on christmas day"): any time. With a
 * counter named or discussed, "you" is the counter (see serviceTopic).
 */
const BOTS_OWN_TIME_ASKED = new RegExp(
  String.raw`^(?:(?:so|and|ok|okay|hi|hey) )?(?:(?:do|does|will|would) (?:you|u|this (?:bot|chat|chatbot|service)|the (?:bot|chatbot)|stationdesk|it) (?:work|answer|reply|respond|run|operate)|(?:can|could) (?:i|we) (?:use|message|text|ask|chat to|chat with|talk to|reach|contact|write to) (?:you|u|this|it|this (?:bot|chat|chatbot|service)|the (?:bot|chatbot)|stationdesk)(?: (?:stuff|things|questions|something|anything))?|(?:are|r|is) (?:you|u|this (?:bot|chat|chatbot|service)|the (?:bot|chatbot)|stationdesk) (?:open|available|online|on|running|working|here|around)) ${A_TIME_FOR_THE_BOT}(?: (?:too|as well|tho|though|or not|yeah))?\??$`,
);

/**
 * The bot reached other than by typed chat, asked: by phone, email or voice ("can i ring you", "do you have an email",
 * "whats your email address", "can u do voice", "can i send you a voice note", "can i talk to you out loud"). Not the
 * police's or a station's number ("whats the number for brixton"): said to the bot itself.
 */
const THE_BOT_ITSELF = String.raw`(?:you|u|this (?:bot|chat|chatbot|service)|the (?:bot|chatbot)|stationdesk)`;
export const BOT_REACHED_OTHERWISE = new RegExp(
  String.raw`^(?:(?:so|and|ok|okay|hi|hey) )?(?:(?:can|could) (?:i|we) (?:ring|call|phone|email|e mail|voice call|video call|facetime|speak to|send) ${THE_BOT_ITSELF}(?: (?:up|instead|an? (?:email|e mail|voice note|voice message)))?|(?:do|does) ${THE_BOT_ITSELF} (?:have|got) (?:an? )?(?:email|e mail|email address|phone line|phone|voice)(?: (?:address|number|option|mode|version))?|(?:whats|what is|what s) (?:your|ur|the bots?|stationdesks?) (?:email|e mail|email address)|(?:can|do|does) ${THE_BOT_ITSELF} (?:do|take|understand|accept|listen to|hear) (?:voice|voice notes?|voice messages?|voice calls?|calls|phone calls|speech|audio)|(?:can|could) (?:i|we) (?:talk|speak) to ${THE_BOT_ITSELF} (?:out loud|by voice|with my voice|on the phone|instead of typing)|(?:can|could) (?:i|we) (?:send|leave) ${THE_BOT_ITSELF} (?:an? )?(?:voice note|voice message|audio message|email))\??$`,
);

/**
 * What can happen to a building, as residents say it ("which station burned down"): the 'what-happened' topic's words are
 * these; the timeline's rows that say so answer it (answers/serviceQuestion).
 */
export const HAPPENINGS: readonly { happened: Happened; asked: RegExp }[] = [
  { happened: 'fire', asked: /\b(?:burn(?:ed|t|s)?(?: down| out)?|(?:caught|set|on) fire|(?:had|was|were) a fire|(?:a|the|big) fire(?! (?:station|brigade|service|alarm|exit|engine|door|officer))|gutted|went up in flames)\b/ },
  { happened: 'flood', asked: /\bflood(?:ed|s|ing)?\b/ },
  { happened: 'sold', asked: /\b(?:sold(?: off)?|flogged|(?:up )?for sale)\b/ },
  { happened: 'demolished', asked: /\b(?:demolished|torn down|pulled down|bulldozed)\b/ },
];
export type Happened = 'fire' | 'flood' | 'sold' | 'demolished';
const HAPPENED_WORDS = HAPPENINGS.map((h) => h.asked.source).join('|');

/** The Met as an institution, by its names: "the met", "met police", "the metropolitan police", "london's police". */
const THE_MET_ITSELF = String.raw`(?:the )?(?:met|mets|met police|metropolitan police(?: service)?|metropolitan|london police|londons police|police in london)`;
/**
 * Who leads, runs or funds the Met, asked: "who funds the met", "who runs the met police", "who is the met commissioner",
 * "whos in charge of the met", "how is the met funded", "whats the mets budget", and its size as a force ("how big is the
 * met", "is the met the biggest police force"). The data holds none of it (its sources
 * are about front counters): said first, never a place looked up.
 */
export const THE_MET_ITSELF_ASKED = new RegExp(
  String.raw`\bwho(?:s| is| are| was)? (?:actually |really |currently |now )?(?:runs|run|running|leads|lead|leading|heads|head|heading|funds|fund|funding|pays for|paying for|finances|financing|controls|oversees|manages|bosses|is in charge of|in charge of|responsible for|accountable for|the (?:head|boss|chief|leader|top cop|big boss) (?:of|at)) ${THE_MET_ITSELF}\b|\bwho(?:s| is| was)? (?:the )?(?:current |new |latest )?(?:met |mets |met police |metropolitan police |london police |londons )?(?:police )?commissioner\b|\b(?:met|mets|met police|metropolitan police|metropolitan police service|london police)s? (?:police )?(?:commissioner|commisioner|comissioner|commish)s?\b|\bcommissioner of ${THE_MET_ITSELF}\b|\bhow (?:is|are|s) ${THE_MET_ITSELF} (?:funded|paid for|financed|run|governed|managed|organised|organized)\b|\bwhere (?:does|do) ${THE_MET_ITSELF} get (?:its|their|the) (?:money|funding|cash|budget)\b|^(?:so |and )?(?:whats|what is|what s|how big is|how much is) ${THE_MET_ITSELF}(?:s)? (?:annual |yearly |total )?(?:budget|funding)\b|\bhow much (?:money )?(?:does|do) ${THE_MET_ITSELF} (?:get|cost|spend|have)(?: a year| per year| each year| every year)?\??$|\b(?:is|are) ${THE_MET_ITSELF} (?:the )?(?:biggest|largest|smallest|best|worst|oldest)(?: police)? (?:force|service|police)\b|\bhow (?:big|large|old) (?:is|are) ${THE_MET_ITSELF}(?: police| force)?\??$|\b(?:which|what) (?:is|s) the (?:biggest|largest) police (?:force|service)\b|\bhow many police (?:forces|services) (?:are there|does|do|in)\b`,
);

/** Officers and staff, as people ask of them: PCSOs, constables, sergeants, detectives, coppers. */
const POLICE_PEOPLE = String.raw`(?:the )?(?:met )?(?:pcsos?|police community support officers?|police officers?|officers?|policem[ae]n|policewom[ae]n|police|cops?|coppers?|bobbies|constables?|special constables?|specials|sergeants?|detectives?|inspectors?)`;

/**
 * Police work, pay and conditions asked ("what does a pcso do", "how much do police officers earn", "are the police on
 * strike", "what rank is a sergeant", "can police search my car"): the data, about front counters, says none of it.
 * Not how many officers there are (crime-figures), nor joining (a job), nor an officer sent or reached.
 */
export const POLICE_WORK_ASKED = new RegExp(
  String.raw`\bwhat (?:does|do|did|can|is|s) (?:a |an |the )?${POLICE_PEOPLE} (?:actually |even |really )?(?:do|does)\b(?! (?:if|when|about|with) )(?!.*\b(?:counters?|desks?|front desks?|front counters?|reception)\b)|\bwhat (?:does|do|is|s) (?:pcso|pc|dc|ds|dci|sgt|psgt) (?:stand for|mean)\b|^(?:so |and |but )?(?:whats|what is|what s|what are|what r) (?:a |an )?(?:pcso|pcsos|special constable|specials|police community support officer)s?\??$|\bhow much (?:do|does|did|would|will) (?:a |an |the )?${POLICE_PEOPLE} (?:earn|make|get paid|get|take home|get a year)\b|\bwhat (?:do|does) (?:a |an |the )?${POLICE_PEOPLE} (?:earn|get paid|make a year|take home)\b|\b(?:${POLICE_PEOPLE}) (?:officers? )?(?:pay|salary|salaries|wages?|earnings|pay rise|pay scales?|pensions?)\b|\bwhat (?:is|s|are) (?:a |an |the )?(?:${POLICE_PEOPLE}) (?:pay|salary|salaries|wages?)\b|\b(?:is|are|were|was) ${POLICE_PEOPLE} (?:on strike|striking|going on strike|walking out|allowed to strike)\b|\b(?:can|could|do|may) ${POLICE_PEOPLE} (?:legally )?(?:go on )?strike\b|\bpolice (?:strikes?|walk ?outs?)\b|\b(?:what|which) rank\b|\branks? (?:in|of) the (?:police|met)\b|\bpolice ranks?\b|\b(?:do|does|must) ${POLICE_PEOPLE} (?:have to |need to |always )?(?:wear|be in) (?:a |their |uniforms?)|\bpolice uniforms?\b|\bwhat powers? (?:do|does|have) ${POLICE_PEOPLE}\b|\b${POLICE_PEOPLE} powers\b|\b(?:can|could|are|is) ${POLICE_PEOPLE} (?:allowed to |legally |able to )?(?:search|stop and search|stop me|stop my|arrest (?:me|you|someone|people)|enter (?:my|your|a|someones) (?:house|home|flat|property)|seize|handcuff)\b`,
);

/**
 * Who leads policing in a borough or at a station: "who is the borough commander for hackney", "whos in charge of brixton
 * police station", "who runs lewisham police", "who is the superintendent at croydon". The data names no one.
 */
export const LOCAL_LEADERS_ASKED = new RegExp(
  String.raw`\bwho(?:s| s| is| are| was)? (?:actually |currently |now )?(?:the |our |my )?(?:current |new |local )?(?:borough commander|bcu commander|basic command unit commander|commander|chief superintendent|superintendent|chief inspector|station (?:commander|manager|boss|head)|boss (?:at|of|in))s?\b|\bwho(?:s| s| is| are)? (?:runs|run|leads|heads|manages|is in charge of|in charge of|(?:is )?the (?:head|boss|chief|leader|man in charge|person in charge) (?:of|at|in))(?: (?!(?:the )?(?:met|mets|metropolitan|london police|londons police)\b)(?:the )?(?:\w+ ){0,3}?(?:police|police station|station|nick|borough|front counter|front desk)\b| _(?= |$)|$)`,
);

/** Animals people lose and find. */
const ANIMALS = 'dogs?|doggy|puppy|puppies|pup|cats?|kittens?|kitty|pets?|tortoise|rabbit|bunny|parrot|budgie|birds?|horses?|pony|hamster|guinea pig|ferret|snake|lizard';
/**
 * An animal lost, missing, found or stray: "found a stray dog what do i do", "my cat is missing", "lost my dog in the
 * park", "can i report a lost dog at the front desk". Not a crime, and the data does not say what counters do with it.
 * An animal stolen, attacking or hurt is not this (a crime, or danger read before).
 */
export const AN_ANIMAL_LOST_OR_FOUND = new RegExp(
  String.raw`^(?!.*\b(?:stolen|stole|steal|nicked|snatched|took|taken|dognap\w*|bit|bite|bites|biting|bitten|attack\w*|maul\w*|dangerous|aggressive|savage|killed|kill|dead|dying|injured|hurt|hurting|cruelty|abus\w*|neglect\w*|kicking|kicked|beating|beaten|hitting|starving|hot car)\b)(?=.*(?:\b(?:lost|missing|stray|strays|found|runaway|escaped|abandoned|loose)(?: (?:a|an|the|my|our|this|some|someones))?(?: \w+)? (?:${ANIMALS})\b|\b(?:${ANIMALS}) (?:is |s |has |have |was |were |just |got |gone |been )*(?:missing|lost|run off|ran off|ran away|run away|escaped|got out|wandered off|went missing|loose|disappeared)\b|\b(?:find|finding) (?:my|our|a|an|the|this|his|her) (?:\w+ )?(?:${ANIMALS})\b))`,
);

/**
 * How much the bot may be used: "how many questions can i ask", "is there a limit", "can i ask as many questions as i
 * like", "how many times can i use this", "am i asking too many questions". The whole question, about the bot.
 */
export const THE_BOTS_LIMITS_ASKED = new RegExp(
  String.raw`\bhow many (?:more )?(?:questions|messages|qs|things|times|goes|texts|queries) (?:can|could|may|am i allowed to|do i get to|do we get to) (?:i|we) (?:ask|send|use|type|have|message)\b|\bhow many (?:questions|messages|qs|queries) (?:do (?:i|we) get|am i allowed|are allowed|are we allowed|can (?:you|u) (?:answer|take|handle))\b|^(?:(?:so|ok|okay|and|hi|hey|quick question) )?(?:is there|theres|there is|is there any|do you have|do u have|have you got|got) (?:a |any )?(?:limit|maximum|max|cap|quota)(?: (?:on|to|for) (?:how many (?:questions|messages|times)|the number of (?:questions|messages|times)|questions|messages|asking|using (?:this|you|u|it|the bot)|how (?:much|often) (?:i|we) (?:can )?(?:use|ask|message) (?:this|you|u|it)))?(?: (?:i|we) can (?:ask|send))?$|\b(?:can|could|may) (?:i|we) (?:ask|send) (?:you |u )?(?:as many|loads of|lots of|unlimited|as much|any number of) (?:questions|messages|things|qs)?\b|\b(?:are|is) (?:questions|messages|this|it|you|u|the bot) unlimited\b|\bunlimited (?:questions|messages|use|chats?)\b|\bam i (?:asking|sending) (?:you |u )?too many (?:questions|messages|qs)\b|\bdo (?:i|we) (?:have|get) (?:a )?(?:limited|limit|certain number of|max|maximum) (?:number of )?(?:questions|messages)\b|\bwill (?:you|u) (?:stop (?:answering|replying)|run out of (?:answers|questions)|cut me off|block me)(?: if (?:i|we) (?:ask|send) (?:too many|loads|lots)(?: \w+)?)?\??$`,
);

/** The bot's facts, as a thing checked or kept up to date: "your info", "the facts", "this data", "the opening hours". */
const THE_FACTS = String.raw`(?:(?:your|ur|the|this|these|that|its|all (?:this|the|your)|the bots?|this bots?|stationdesks?) (?:\w+ )?(?:info|information|data|facts|answers|details|hours|opening hours|opening times|times|stuff|sources|list|database|records))`;
/** Checking or keeping facts up to date, as a verb: "checks", "updates", "keeps up to date", "fact checks", "verifies". */
const CHECKS = String.raw`(?:checks?|checking|checked|updates?|updating|updated|maintains?|maintaining|maintained|verif(?:y|ies|ied|ying)|fact ?checks?|fact ?checking|fact ?checked|researche[sd]|researching|curates?|curated|looks? after|reviews?|reviewing|reviewed|compiles?|compiled|puts? together|collects?|collected|edits?|edited)`;
/**
 * Who checks the bot's facts or keeps them up to date, or whether anyone does: "who checks your info", "who updates your
 * information", "who keeps this up to date", "does anyone check this", "is this info verified", "how do you check your
 * facts". Not whether the facts are up to date ("is this up to date": freshness), nor who runs the bot ("who maintains this
 * bot": about-the-bot), nor a counter checked on ("do you check if brixton is open").
 */
export const WHO_CHECKS_THE_FACTS = new RegExp(
  // When or how often they were checked ("when was it last checked", "how often do you update your info") is how current they are.
  String.raw`^(?!.*\b(?:when|how often|how recently|how regularly|how frequently)\b).*?(?:` +
  String.raw`\bwho(?:s| is| are| does| do)? (?:actually |really |even )?(?:${CHECKS}|keeps?|keeping) (?:${THE_FACTS}|this|that|it|you|u)(?: (?:up to date|updated|current|accurate|right|correct|uptodate))?\b(?! (?:bot|chatbot|app|site|website|service)\b)(?!.*\b(?:bot|chatbot|app|site|website)\b)|` +
    String.raw`\bwho(?:s| is| are| does| do)? (?:actually |really )?(?:keeps?|keeping) (?:${THE_FACTS}|this|it|you|u|the bot|this bot|stationdesk) (?:up to date|updated|current|accurate|right|correct)\b|` +
    // "who made the data", "whos responsible for the info", "who is in charge of your information".
    String.raw`\bwho(?:s| is| are| was)? (?:made|makes|created|creates|wrote|writes|owns|responsible for|in charge of|behind) ${THE_FACTS}\b|` +
    String.raw`\b(?:does|do|did|has|have|will) (?:any ?one|any ?body|someone|somebody|a (?:real )?(?:human|person)|real people|people|humans|the met|the police|you|u) (?:ever |actually |really |even |regularly |properly )?(?:${CHECKS}|double check|keep (?:${THE_FACTS}|this|it) up to date) (?:${THE_FACTS}|this|it|these|that|them|this stuff)(?: (?:up to date|regularly|often|properly|at all|ever|before (?:you|u) (?:say|post|give) it))?\??$|` +
    String.raw`\b(?:is|are|was|were|has|have) (?:${THE_FACTS}|this|it|that|these) (?:\w+ )?(?:been |being |ever |actually |really |properly )?(?:checked|verified|fact ?checked|reviewed|vetted|double checked) by (?:any ?one|any ?body|some ?one|some ?body|a (?:real )?(?:human|person)|real people|people|humans|the met|the police|a human being|whom?)\b|` +
    String.raw`\bhow (?:do|does|did|is|are) (?:you|u|the bot|this bot|stationdesk|they|${THE_FACTS}|this|it) (?:${CHECKS}|keep (?:${THE_FACTS}|this|it) (?:up to date|updated|current)|kept up to date)\b(?: (?:${THE_FACTS}|this|it|them))?(?: (?:up to date|regularly|often|properly|at all|then|though|tho|please|pls))*$)`,
);

/** The numbers and routes whose cost may be asked: 101, 999, Crimestoppers, Relay UK. */
const CALLED = '(?:101|999|111|18000|crimestoppers|crime stoppers|relay uk|language line|0800 555 111|the (?:101|999|non ?emergency|emergency) (?:number|line))';

/**
 * A complaint about someone other than the police ("how do i complain about my landlord", "make a complaint about a
 * shop"): not the police complaints process, and no crime reported by the words alone.
 */
export const COMPLAINT_OF_ANOTHER = /\b(?:complain\w*|complaints?)\b(?: \w+){0,3}? (?:about|regarding|against|with) (?:the |my |our |a |an |this |that )?(?:\w+ )?(?:landlord|landlady|letting agent|estate agent|housing association|neighbours?|neighbors?|shop|store|restaurant|takeaway|bank|gp|doctors?|dentist|hospital|school|teacher|employer|boss|company|airline|energy (?:company|supplier)|builder|plumber|tfl|bus driver|cab driver|taxi driver|uber driver)s?\b/;
/** A complaint about the police, their staff or the service (the council's and this bot's are told apart before it). */
const POLICE_COMPLAINT = /^(?!.*\b(?:complain\w*|complaints?|moan)\b(?: \w+){0,3}? (?:about|regarding|against|to|with) (?:the |my |our |your |a )?(?:\w+ )?(?:council|councils)\b)(?!.*\b(?:complain\w*|complaints?|moan)\b(?: \w+){0,3}? (?:about|regarding|against|on) (?:this |the |you |u |your |ur )?(?:bot|chatbot|chat bot|chat|app|website|site|stationdesk|station desk|you|u|answers?|replies)(?: (?:bot|chatbot|service))?$).*?(?:\b(?:complain|complained|complaining|complaints?|ipcc|iopc|independent office for police conduct|police watchdog|professional standards(?: department)?)\b|\breport(?:ing)? (?:a|an|the|this|that|one|some|these|those) (?:(?!fake\b|bogus\b)\w+ )?(?:(?!fake\b|bogus\b)\w+ )?(?:police ?(?:officers?|men|man|woman|women)|officers?|coppers?|cops?|pcsos?|policem[ae]n|policewom[ae]n)\b(?! (?:who (?:was|is|got) (?:attacked|hurt|assaulted|injured|stabbed)|impersonat\w*|pretending))|\breport(?:ing)? (?:police|officer) (?:misconduct|brutality|harassment|racism|abuse)\b)/;

/**
 * The cost of a call or of reporting asked: "is 101 free", "does 101 cost money", "how much does it cost to call 101",
 * "is it free to call 999", "is crimestoppers free to call", "do i have to pay to report a crime".
 */
export const CALL_COST_ASKED = new RegExp(
  `\\b(?:is|are) (?:calling |ringing |phoning |a call to )?${CALLED}(?: (?:number|line|call|calls))? (?:really |actually |completely |totally )?free\\b|` +
    `\\b(?:does|do|will|would) (?:calling |ringing |phoning |a call to |calls to )?${CALLED}(?: calls?)? (?:cost|charge)\\b|` +
    `\\bhow much (?:does|do|is|will)(?: it)?(?: cost)?(?: it)? (?:to )?(?:call|ring|phone|dial|text|calling|ringing) ${CALLED}\\b|` +
    `\\b(?:is it|its|it s) free to (?:call|ring|phone|dial|text|contact) ${CALLED}\\b|` +
    `\\b(?:cost|charge|price) (?:of|for|to) (?:calling|ringing|phoning|a call to|call|ring|phone) ${CALLED}\\b|` +
    `\\b(?:do|will|would|should|must) (?:i|we|you) (?:have to |need to )?pay (?:to|for) (?:report|reporting|call|calling|ring|ringing|contact|contacting) (?:a crime|crime|crimes|${CALLED}|the police|it)\\b|` +
    `\\b(?:does|is) (?:it|reporting a crime|reporting) (?:cost|free)(?: anything)? to report\\b|` +
    // "is 101 a free call", "is 999 a freephone number", "101 free to call?", "101 free?": the cost, said of the number.
    `\\b(?:is|are) ${CALLED} (?:a )?(?:free ?phone|toll free|free)(?: to (?:call|ring|phone|dial|use))?(?: (?:call|calls|number|line|phone number))?\\b|` +
    `^${CALLED} (?:a )?(?:free ?phone|free)(?: to (?:call|ring|phone|dial|use))?(?: (?:call|number|line))?(?: (?:or not|or do i have to pay|or paid))?$|` +
    `\\b(?:do|will|would) (?:i|we|you|u) (?:get )?(?:charged|pay) (?:for|to) (?:calling |ringing |phoning )?${CALLED}\\b`,
);
export const SERVICE_TOPICS: readonly { topic: ServiceTopic; words: RegExp }[] = [
  // "i need to speak to my probation officer", "where do i report to probation", "community payback": first, as a
  // counter or a place named with it does not make it a counter's task.
  { topic: 'probation', words: /\b(?:probation|probabtion|probaton|community payback|unpaid work orders?|offender managers?)\b/ },
  // "found a stray dog what do i do", "can i report a lost dog at the front desk": an animal lost or found, before what a
  // counter takes (lost property) or a crime reported there; the data does not say.
  { topic: 'animals', words: AN_ANIMAL_LOST_OR_FOUND },
  // "who funds the met", "who is the current met commissioner", "how is the met funded": the Met as an institution, not in
  // the data (before how current the data is, which "current" would ask).
  { topic: 'the-met', words: THE_MET_ITSELF_ASKED },
  // "what does a pcso do", "how much do coppers earn", "are the police on strike": what officers do, and their pay, not known.
  { topic: 'police-work', words: POLICE_WORK_ASKED },
  // "who is the borough commander for hackney", "whos in charge of brixton police station": a local leader, after the
  // Met's own (its commissioner).
  { topic: 'local-leaders', words: LOCAL_LEADERS_ASKED },
  // "which is the busiest police station?", "is brixton busier than charing cross?": the visit figures the data holds.
  { topic: 'busiest', words: pattern`\b(?:busiest|busier|quietest|quieter|most (?:visited|used|popular)|least (?:visited|used|busy)|how busy)\b.*\b(?:${DESK_WORDS}|than)\b|\b(?:which|what)(?: one| of them| of the two)? (?:is|s|was|gets) (?:the )?(?:busier|quieter|busiest|quietest|more (?:visited|used|popular))\b|\b(?:is|was) \w+(?: \w+)? (?:busier|quieter) than\b|\b(?:${DESK_WORDS})\b.*\b(?:busiest|busier|quietest|quieter|most (?:visited|used|popular)|least (?:visited|used)|how busy)\b|\bhow many (?:people|visitors|visits|crimes|reports) (?:a|per|each) day\b|\b(?:or|vs|versus|and) \w+(?: \w+)? (?:busier|quieter|more busy|less busy)\b|\b(?:which|what)(?: one| of them| of the two| (?:police )?(?:${DESK_WORDS}))? (?:gets|has|sees|takes) (?:more|fewer|less|the most|the fewest|the least|least) (?:people|visitors|visits|footfall|reports|crime reports|traffic|customers)\b` },
  // "which is the biggest police station?", "is lewisham bigger than brixton?": the data holds no sizes.
  // "biggest year for counter closures": the year of the most closures, not a building's size.
  { topic: 'size', words: pattern`\b(?:bigger|biggest|largest|larger|smaller|smallest|how big|size)\b(?! years?\b).*\b(?:${DESK_WORDS}|than)\b|\b(?:${DESK_WORDS})\b.*\b(?:bigger|biggest|largest|larger|smaller|smallest|how big)\b|\b(?:is|was) \w+(?: \w+)? the (?:biggest|largest|smallest)\b` },
  // "which is the oldest police station?", "when was lewisham police station built?": the data holds no building dates
  // ("how old is this data" is how fresh the facts are: 'freshness'). "how old is _": the topic's words are also read with
  // the counter named taken out as "_" (see serviceTopic), so "how old is brixton police station" is left as that; so is
  // when a counter first opened ("when did addington first open", "when did the first one open" after a list).
  { topic: 'age', words: pattern`\b(?:oldest|newest|most modern|most recent(?:ly built)?)\b.*\b(?:${DESK_WORDS})\b|\b(?:${DESK_WORDS})\b.*\b(?:oldest|newest)\b|\bwhen (?:was|were) (?:\w+ ){0,4}?(?:built|constructed|founded|erected)\b|\bhow old (?:is|are) (?:\w+ ){0,3}?(?:${DESK_WORDS}|buildings?)\b|\b(?:is|was) \w+(?: \w+)? the (?:oldest|newest)\b|\bhow old (?:is|are) _$|^(?:(?:and|so|ok|but) )?when did (?:_|it|that one|that station|(?:\w+ ){0,3}?(?:${DESK_WORDS})) (?:first |originally |initially |ever )?(?:open|opened|open up|start)(?: (?:its|their) doors)?$` },
  // "which borough has the most police stations?", "stations per borough": the open counters counted by borough.
  // Before how fresh the facts are ("how accurate are the distances" asks how they are measured).
  // "are the distances by road", "how are the distances worked out", "is that as the crow flies": straight lines.
  {
    topic: 'bot-distances',
    words: /\b(?:are|is) (?:the|your|ur|these|those|that|this) (?:distances?|miles|km|kilometres) (?:by road|driving|walking|as the crow flies|in a straight line|straight lines?|accurate|exact|right|correct|real)\b|\bhow (?:accurate|exact|precise|reliable) (?:are|is) (?:the|your|ur|these|those|that) (?:distances?|miles|km)\b|\bhow (?:do|did) (?:you|u) (?:work out|measure|calculate|get) (?:the |your |ur |that |those )?(?:distances?|miles|km)\b|\bhow (?:are|is) (?:the|your|ur) (?:distances?) (?:worked out|measured|calculated)\b|^(?:is|was) (?:that|it) (?:by road|as the crow flies|in a straight line|walking distance or straight)\??$/,
  },
  { topic: 'most-per-borough', words: /\b(?:which|what|wich) (?:boroughs?|areas?|districts?|councils?|local authorit(?:y|ies)) (?:has|have|had|got|with|s) (?:got )?(?:the )?(?:fewest|least|lowest number of|smallest number of)\b.*\b(?:stations?|counters?|desks?|nicks?)\b|\b(?:fewest|least) (?:police )?(?:stations?|counters?|desks?|front desks?|front counters?) (?:in|per|by) (?:a |one |any |each |which |what )?boroughs?\b|\b(?:which|what|wich) boroughs? (?:still )?(?:has|have|got|with|s) (?:got |still )?(?:a|an|one|any|at least one) (?:police )?(?:front )?(?:stations?|counters?|desks?|nicks?|front desks?|front counters?|police stations?)(?: (?:left|still|now|open|today))*$|\b(?:which|what|wich) (?:boroughs?|areas?|districts?|councils?|local authorit(?:y|ies)) (?:has|have|had|got|with|s) (?:got )?(?:the )?(?:most|more|highest number of|largest number of|biggest number of)\b.*\b(?:stations?|counters?|desks?|nicks?)\b|\b(?:most|more) (?:police )?(?:stations?|counters?|desks?|front desks?|front counters?) (?:in|per|by) (?:a |one |any |each |which |what )?boroughs?\b|\b(?:stations?|counters?|desks?) (?:per|in each|by) borough\b(?! (?:tube|station|stn|underground|market|high st(?:reet)?)\b)|\bhow many (?:police )?(?:stations?|counters?|desks?|front desks?|front counters?) (?:are (?:there )?)?(?:in |does |has )?(?:each|every) borough(?: have| has| got)?\b|\b(?:which|what|wich|any|how many) boroughs? (?:still |now |currently |today )?(?:has|have|had|got|with|s)(?: got| still)? (?:only |just |exactly |more than |over |at least |fewer than |less than )?(?:one|1|two|2|three|3|four|4|several|multiple|a couple of|a few)(?: or more)? (?:police )?(?:front )?(?:stations?|counters?|desks?|nicks?|front desks?|front counters?|police stations?)\b/ },
  // "who checks your info", "who keeps this up to date", "does anyone check this", "is this info verified", "how do you
  // check your facts": who checks the facts and how (before how fresh they are, which "up to date" would ask).
  { topic: 'bot-checks', words: WHO_CHECKS_THE_FACTS },
  // "is this real time", "are you updated daily", "do you update automatically", "is it live": how current the facts are
  // (checked on a date, not live).
  { topic: 'freshness', words: /\b(?:is|are) (?:this|it|that|you|u|the bot|this bot|stationdesk|(?:the|your|ur|this) (?:info|information|data|hours|opening hours|times|answers))(?: (?:info|information|data))? (?:updated|refreshed|kept up to date|synced) (?:in )?(?:real ?time|live|automatically|daily|every day|each day|weekly|every week|constantly|all the time|regularly)\b|^(?:(?:so|and|but|ok|okay) )?(?:is|are) (?:this|you|u|the bot|this bot|stationdesk|(?:the|your|ur|this) (?:info|information|data|hours|opening hours|times|answers))(?: (?:info|information|data))? (?:in )?(?:real ?time|live|automatic|automated)\??$|\b(?:do|does|will) (?:you|u|it|this|the bot|this bot|stationdesk|(?:the|your|ur|this) (?:info|information|data|hours)) (?:get )?(?:update|updated|refresh|refreshed|sync|synced)(?: (?:itself|yourself|themselves))? (?:automatically|by itself|on its own|daily|every day|each day|weekly|live|in real ?time|constantly|regularly|all the time)\b/ },
  { topic: 'freshness', words: /\bhow (?:up to date|current|recent|old|fresh|accurate|reliable|trustworthy|correct|right) (?:is|are)\b|\b(?:is|are) (?:the|your|ur|this|that|these|those) (?:\w+ ){0,2}?(?:info|information|data|details|facts|hours|times|opening times|opening hours|address|addresses)(?: (?:you|u) (?:have|hold|give|gave|show|showed))?(?: (?:on|about|for|of)(?: \w+){0,3}?)? (?:still |definitely |really |actually |always )?(?:current|up to date|accurate|reliable|right|correct|true|trustworthy|legit|valid)\b|\bcan (?:i|we|people) (?:trust|rely on|believe|go by) (?:the|your|ur) (?:\w+ ){0,2}?(?:info|information|data|details|facts|hours|times|opening times|opening hours|address)\b|^(?:(?:so|but|ok|okay|and) )?(?:can|could|should) (?:i|we|people) (?:really |actually |even )?(?:trust|rely on|believe|go by) (?:that|this|it|what (?:you|u) (?:say|said|told me))(?: (?:answer|info|information|then|though))?$|\bwhen (?:was|were|is|did) (?:\w+ ){1,3}?last (?:checked|updated|verified)\b|\b(?:is|are) (?:this|that|your|the) (?:info|information|data|answer|answers|list)? ?(?:on here |here |you have |you give |on this )?(?:still )?(?:current|up to date|live|accurate|reliable|right|correct)\b|\b(?:last updated|out of date|up to date|when (?:was|were|is|did) (?:this|that|your|the) (?:info|information|data)\b.*\b(?:updated|checked|update|check|refreshed|refresh))\b|\b(?:do|can|could) (?:you|u) (?:ever )?(?:make mistakes|be wrong|get (?:it|things|stuff) wrong)\b|\bhow (?:old|new) is (?:this|your|the) (?:info|information|data)\b|\bcan (?:i|we|you|people) (?:trust|rely on|believe) (?:this|you|u|it|the (?:bot|info|information|answers?)|your (?:info|information|answers?|data)|what (?:you|u) (?:say|said|tell me|told me))\b|\b(?:are|is) (?:your|ur|the|these|those) (?:opening )?(?:hours|times|info|information|answers?|details|addresses) (?:definitely |really |actually |always |100 ?(?:percent|%) )?(?:right|correct|accurate|reliable|true)\b|\b(?:are|r) (?:you|u) (?:reliable|accurate|trustworthy|always right|ever wrong)\b|\bis (?:this|it|this (?:bot|info|information)) (?:trustworthy|reliable)\b|\bwhen (?:did|were|was) (?:you|u|it|this|the bot) (?:last )?(?:update|updated|check|checked)\b|^(?:your |the )?last update$|\bwhen (?:was|is|were) (?:the |your |ur |its )?(?:last|latest|most recent) update\b|\b(?:date|time) of (?:the |your |ur )?(?:last|latest) update\b|\bhow (?:often|regularly|frequently) (?:is|are|do|does) (?:this|it|the|your|you|u|stationdesk)\b.*\b(?:update|updated|check|checked|refresh|refreshed)\b|\bwhy should (?:i|we|anyone|people) (?:believe|trust) (?:you|u|this|it|the bot|what you say)\b|^(?:are|r) (?:you|u) (?:sure|certain|positive)(?: about (?:that|this|it))?$|^(?:(?:oh|but|wait|hmm+|ok) )?(?:really|seriously|for real|fr|(?:you|u) sure|sure about that|no way|are you having a laugh)(?: (?:mate|tho|though|then))?$|\b(?:is|are) (?:that|this|it|those|these) (?:definitely|really|actually) (?:right|correct|true|accurate)\b|^(?:can|could) (?:you|u) (?:double check|check again|recheck|re check|verify)(?: (?:that|this|it))?$|\b(?:is|are) (?:this|the|your|that) (?:info |information |data |answer |answers )?(?:verified|fact checked)\b|\b(?:is|are) (?:this|it|the (?:info|information|data|times|hours|list)|your (?:info|information|data|times|hours|list)) (?:updated|refreshed|checked) (?:daily|every day|each day|weekly|every week|regularly|often|live|in real time|automatically)\b|\b(?:are|is) (?:the |your |ur |these |those )?(?:opening )?(?:times|hours|info|information|data) (?:live|real ?time)\b|\b(?:date|age) of (?:your|ur|the|this) (?:info|information|data)\b|(?<!\bwhere )\bis (?:this|the|your|ur) (?:info|information|data) (?:from|as of)\b(?! (?:the )?(?:met|metropolitan|police|government|council|mayor|home office|official)\b)|\b(?:what|whats) (?:is |s )?(?:the )?(?:latest|last|most recent|newest) (?:date|source|info|information) (?:your|ur|the|that|you|u)\b|\b(?:how far|what dates?|which dates?|up to when|until when) (?:do|does) (?:your|ur|the) (?:sources?|data|info|information) (?:go|cover|run)\b/ },
  { topic: 'round-the-clock', words: pattern`\b(?:${WHAT_IS}) (?:a |an |the )?roundtheclock\b.*\b(?:mean|means|meaning)\b|\broundtheclock (?:counter |desk |station )?(?:mean|means|actually mean)\b|(?<!\b(?:any|which|what|are there|is there)(?: \w+)?(?: police)? (?:desks?|counters?|stations?|front desks?|front counters?|ones?|nicks?)(?: (?:that|which))?(?: (?:are|is))? )\bstaffed (?:roundtheclock|at night|overnight|all the time)\b|\b(?:someone|somebody|anyone|an officer|officers|staff|a person|people) (?:there|on the desk|at the desk|on duty|working)? ?(?:roundtheclock|at night|overnight|in the night)\b|\b(?:really|actually|literally) (?:open|staffed) roundtheclock\b|\b(?:open|staffed) roundtheclock (?:really|actually)\b` },
  { topic: 'night', words: /\bwhy\b.*\b(?:not|no|nt|never|isnt|arent|dont|doesnt|closed?|closes|closing|shut|shuts|stop|stopped)\b.*\b(?:at night|night|nights|overnight|evenings?|roundtheclock|late)\b|\bwhy\b.*\b(?:only two|only 2|so few|fewer|no more|no longer)\b.*\broundtheclock\b|\bwhy\b.*\b(?:cut|cuts|reduce|reduced|reducing|shorten|shortened|shorter)\b.*\b(?:hours|opening times)\b|\bwhy\b.*\b(?:hours|opening times)\b.*\b(?:cut|reduced|shorter|shortened)\b/ },
  // "is this official?", "who runs this bot?", "where does your info come from?" (not "who are you?": small talk's identity); "how do you know which stations
  // are open": where its facts come from.
  // "where can i see your source code", "github link?", "can i contribute", "is stationdesk open source", "where is the
  // code": the bot's own code, not a counter's address.
  { topic: 'bot-code', words: BOTS_CODE_ASKED },
  // "can i ring you", "do you have an email", "can u do voice": only typed chat.
  { topic: 'bot-contact', words: BOT_REACHED_OTHERWISE },
  // "who pays for this bot", "who funds you", "whos behind this": who funds or runs it.
  { topic: 'bot-funding', words: BOTS_BACKERS_ASKED },
  // "is this run by the met", "are you the police", "is this an official met service", "is this the mets bot": its
  // standing asked yes or no, answered "No: ..." first.
  { topic: 'bot-official', words: ASKS_IF_THE_BOT_IS_THE_METS },
  {
    topic: 'bot-sources',
    // "where is this info from", "wheres the data from": the sources asked (it was the address of a counter asked for).
    words: pattern`\bwhere(?: is|s| are| was| were)? (?:this|the|that|your|ur|these|those|all this|all the|all that) (?:info|information|data|facts|answers?|knowledge|stuff|details)(?: (?:coming|come|taken|got|gotten))? from\b|\b(?:is|are) (?:this|the|your|ur|these|those) (?:info|information|data|facts|answers|hours|times|opening times|opening hours) (?:from|off|straight from|taken from|based on) (?:the )?(?:met|metropolitan police|met police|police|official sources?|the government|a reliable source)\b|\bwhere (?:does|do|did) (?:you|u|your|this|the|it|stationdesk)(?: bot| chatbot)? ?(?:info|information|data|facts|answers|knowledge|stuff|hours|times|opening times|opening hours)? (?:come|comes|get|gets) (?:from|your|its|the|this)\b(?! (?:bus|buses|tube|train|overground|underground|dlr|tram|coach|boat|ferry|number|nearest|closest)\b)|\bwhere (?:is|are) (?:your|the bots?|this) (?:info|information|data|facts) from\b|\b(?:what|which) (?:are|is) (?:your|ur|the bots?|this bots?) (?:sources?|data sources?)\b|\b(?:whats|what s) (?:your|ur) sources?\b|\bwhat (?:sources?|data|info|information|facts|data sources?) (?:do|did|does) (?:you|u|this bot|the bot|it|stationdesk) (?:use|rely on|get|go on|go by|draw on|run on|work from|work off)\b|what sources? (?:do|did|does) (?:you|u|this bot|it) have\b|\bhow (?:do|does) (?:you|u|the bot|this bot|stationdesk|it) know (?:which|what|when|whether|if|the|about|all this|this|that)\b|\bwho (?:gives|gave|tells|told|supplies|supplied|provides|provided) (?:you|u) (?:the |your |this |that )?(?:info|information|data|facts|hours|times)\b|\b(?:what|which) (?:websites?|sites|publishers|organisations) (?:do|did) (?:you|u) (?:use|read|check|get)\b` },
  { topic: 'about-the-bot', words: pattern`\bwho(?:s| has| is)? (?:runs|run|owns|operates|maintains|built|made|makes|created|developed|programmed|is behind|behind|running|pays for|paid for|funds|funded|is paying for) (?:this|you|u|it|stationdesk|the (?:bot|chatbot|service|app))\b|\b(?:are|r) (?:you|u) (?:(?:run by|from|part of|owned by|made by|connected to|linked to|affiliated with|working for|with|the) (?:the )?(?:official |real |actual |genuine |proper )?(?:met|metropolitan|police|government|council|mayor|home office)|official|an official)\b|\bis (?:this|stationdesk|this (?:bot|chatbot|service|app|site|info|information)) (?:(?:run by|from|part of|endorsed by|approved by|linked to|paid for by|funded by) (?:the |my |your )?(?:met|metropolitan|police|government|mayor|council|local council)|official|an official|legit|legitimate|genuine)\b|\bwhere (?:does|do|did) (?:you|u|your|this|the|it|stationdesk)(?: bot| chatbot)? ?(?:info|information|data|facts|answers|knowledge|stuff)? (?:come|comes|get|gets) (?:from|your|its|the|this)\b(?! (?:bus|buses|tube|train|overground|underground|dlr|tram|coach|boat|ferry|number|nearest|closest)\b)|\bwhere (?:is|are) (?:your|the bots?|this) (?:info|information|data|facts) from\b|\b(?:what|which) (?:are|is) (?:your|ur|the bots?|this bots?) (?:sources?|data sources?)\b|\bis (?:this|it|this chat|this bot) (?:the )?(?:official )?(?:met|police|metropolitan police|met police)s? (?:website|site|web site|app|service|chat|chatbot|bot|page)\b|\bwhat (?:is|s) stationdesk\b|\bwhos behind (?:this|you|u|it|stationdesk|the (?:bot|chatbot|service|app))\b|\bis (?:this|it) (?:a |an )?(?:government|gov|council|police|met|official) (?:website|site|service|app|bot|chatbot|page)\b|\bwhats stationdesk\b|\bwho(?:s| is) (?:your|ur) (?:boss|owner|creator|maker|makers|developer|developers)\b|\bhow do (?:you|u) know (?:all )?(?:this|that|these)\b|^(?:is|are) (?:this|it|this (?:chat|bot|site|service)|you|u) (?:the |a |actually the |really the |part of the )?(?:police|met|met police|metropolitan police|old bill|real police|actual police|police service)$|\bam i (?:talking|speaking|chatting) (?:to|with) (?:the )?(?:police|met|met police|metropolitan police|cops|real police)\b|^is (?:this|this (?:bot|chat|site|service)|it) (?:a )?(?:scam|fake|phishing|real|genuine)$|^(?:are|r) (?:you|u) (?:a )?(?:scam|fake|phishing|phishing scam|con|bot scam)$|\b(?:whats|what s) (?:your|ur) sources?\b|\bwhat sources? (?:do|did|does) (?:you|u|this bot|it) (?:use|have|rely on|get)\b|\b(?:is|are) (?:this|it|you|u|stationdesk|this (?:bot|chat|chatbot|service|app|site)) (?:affiliated|associated|connected|linked|involved|partnered) with (?:the )?(?:met|metropolitan|police|government|mayor|home office)\b|\b(?:do|does) (?:you|u|this|it|stationdesk|this (?:bot|chatbot|service)) (?:work|works) (?:for|with) (?:the )?(?:met|metropolitan|police|government|council|mayor)\b|^(?:are|r) (?:you|u) (?:a )?(?:real|genuine|legit|legitimate|proper|official) (?:service|thing|website|site|organisation|company|app)$|\bwhat (?:is|s) this (?:service|chatbot|site|website|app)\b|\bwhats this (?:service|chatbot|site|website|app)\b|\b(?:is|are) (?:this|it|you|u|stationdesk|(?:this|the) (?:bot|chatbot|service|app)|the code) open ?source\b|\bhow (?:do|does) (?:you|u|the bot|this bot|stationdesk|it) know (?:which|what|when|whether|if|the|about)\b|\b(?:is|are) (?:your|ur|the bots?|these|those) (?:info|information|data|facts|answers) (?:official|from the (?:met|police))\b|^(?:are|r) (?:you|u) (?:even |actually |really )?(?:legit|legitimate|genuine|trustworthy)$|\b(?:does|do|did) (?:the )?(?:met|metropolitan police|met police|police|government|council|mayor|home office) (?:even )?(?:know about|approve of|approve|endorse|back|support|run|own|check) (?:this|you|u|stationdesk|(?:this|the) (?:bot|chatbot|service|app|site))\b` },
  // "how many questions can i ask", "is there a limit": no limit on questions.
  // "are the opening hours different in the summer", "do the hours change in school holidays", no counter named or
  // discussed: the data gives each counter one set of hours the year round.
  { topic: 'seasonal-hours', words: HOURS_THROUGH_THE_YEAR },
  // "do police stations close for lunch", "do they shut at lunchtime" (none named or discussed): the hours of every open
  // counter, whether any shows a break.
  { topic: 'breaks', words: BREAK_IN_THE_DAY },
  { topic: 'bot-limits', words: THE_BOTS_LIMITS_ASKED },
  // "is 101 free", "how much does it cost to call 101", "do i have to pay to report a crime": the sources give no cost (before
  // the bot's own price: "is it free to call 999" is the call's).
  { topic: 'call-cost', words: CALL_COST_ASKED },
  // "is this bot free", "does it cost anything", "do i have to pay to use you": the bot's own price (not a fee at a counter).
  {
    topic: 'bot-cost',
    words: /\b(?:is|are) (?:this|you|u|stationdesk|it|this (?:bot|chat|chatbot|service|app|site|website)|the (?:bot|chatbot|service|app)|using (?:this|you|u|it))(?: (?:bot|service))? (?:really |actually |completely |totally )?free(?: to use| of charge)?\b(?! (?:parking|to park|on|at|in|tomorrow|today|now|for a|this))|\b(?:do|does|will|would) (?:this|you|u|stationdesk|this (?:bot|chat|chatbot|service|app|site)|the (?:bot|chatbot|service|app)|using (?:this|you|u|it)) (?:cost|charge)(?: (?:me|us))?(?: anything| money| owt| a penny| extra)?\b|^(?:does|will|would) (?:it|this) (?:cost|charge)(?: (?:me|us))?(?: anything| money| owt| a penny| extra)?(?: to (?:use|talk to|chat (?:to|with)|ask|message) (?:this|you|u|stationdesk|the)(?: (?:bot|chat|chatbot|service|app))?)?$|^(?:is|will) (?:it|this) (?:be )?free\??$|\b(?:do|will|would|should) (?:i|we) (?:have to |need to )?pay (?:to use|for using|for) (?:this|you|u|stationdesk|this (?:bot|chat|chatbot|service|app)|the (?:bot|chatbot|service|app))\b|\bhow much (?:does|do|is|will) (?:this|you|u|stationdesk|this (?:bot|chat|chatbot|service|app)|the (?:bot|chatbot|service|app)|it to use (?:this|you|u))(?: cost)?$|\b(?:any|is there an?|are there) (?:fee|fees|charge|charges|cost|subscription) (?:to use|for using) (?:this|you|u|stationdesk|the bot|this bot|it)\b/,
  },
  // "does this work on my phone", "can i use this on my iphone", "is there a website version": the web chat works in a
  // browser on any device (README), so yes, and no app.
  {
    topic: 'bot-devices',
    words: /\b(?:does|will|can|would) (?:this|it|stationdesk|this (?:bot|chat|chatbot|service|site|thing)|you|u) (?:work|run|be used|open) (?:on|with|from|in) (?:my |a |an |the )?(?:phone|mobile|smartphone|iphone|android|tablet|ipad|laptop|computer|pc|mac|browser|web browser|chrome|safari)\b|\b(?:can|could) (?:i|we) (?:use|access|open|reach|get) (?:this|you|u|stationdesk|this (?:bot|chat|chatbot|service|thing)|the (?:bot|chatbot|chat)|it) (?:on|with|from|in|through) (?:my |a |an |the )?(?:phone|mobile|smartphone|iphone|android|tablet|ipad|laptop|computer|pc|mac|browser|web browser)\b|\bis there (?:a |an )?(?:website|web|browser|desktop|online|web chat) version\b/,
  },
  // "is there an app", "can i use whatsapp", "are you on facebook messenger", "can i text you": where the bot can be used.
  {
    topic: 'bot-channels',
    words: /\b(?:do|does|can|are) (?:you|u|this|stationdesk|this bot|the bot) (?:work|run|exist|available|be used) (?:on|in|through|via|with) (?:whatsapp|facebook|messenger|telegram|signal|sms|text|instagram|snapchat|alexa|siri|slack|discord|x|twitter)\b|^(?:is there|do (?:you|u) have|have (?:you|u) got|got) (?:an? )?(?:stationdesk |mobile |phone |android |iphone |ios |apple )?(?:app|app version|app for this|app i can download)\??$|\b(?:is there|do (?:you|u) have) (?:an? )?(?:stationdesk |stationdesk bot )?app (?:for (?:this|you|u|stationdesk|it)|i can (?:download|get|install))\b|\b(?:can|could) (?:i|we) (?:download|install|get) (?:you|u|this|stationdesk|this (?:bot|chat|chatbot|service)|the (?:app|bot|chatbot)|an app)(?: (?:on|onto|for) (?:my )?(?:phone|iphone|android|mobile))?$|\b(?:can|could) (?:i|we) (?:use|reach|find|message|contact|chat to|chat with|talk to|talk with) (?:you |u |this |stationdesk |this (?:bot|chat|chatbot|service) |the bot )?(?:on |through |via |over |by |with )?(?:whatsapp|whats app|facebook|messenger|facebook messenger|telegram|signal|instagram|twitter|sms|text message|imessage|alexa|siri|google assistant)\b|\b(?:(?:are|r) (?:you|u)|is (?:this (?:bot|chat|chatbot|service)|stationdesk|it|this)) (?:on|available on|in|available in|available through) (?:whatsapp|whats app|facebook|messenger|facebook messenger|telegram|signal|instagram|twitter|sms|the app store|google play|play store|android|iphone|ios|alexa|teams|microsoft teams)\b|\b(?:can|could) (?:i|we) (?:text|sms|whatsapp) (?:you|u|this (?:bot|number)|stationdesk)\b|\b(?:is there|have you got|do you have|whats) (?:a |an |the |your )?(?:number|phone number|mobile number) (?:i|we) (?:can|could) (?:text|sms|whatsapp|message)\b|\bwhats ?app (?:you|u|this (?:bot|chat))\b|^(?:whatsapp|whats app)\?*$/,
  },
  // "what are your hours", "when are you available", "are you open 24 hours", "do you close at night": said to the bot,
  // with no counter named or discussed (`serviceTopic` leaves "you" after a counter to mean that counter).
  {
    topic: 'bot-hours',
    words: /^(?:(?:so|and|ok|okay|hi|hello|hey) )?(?:what|whats|what s|wat) (?:are|r)? ?(?:your|ur) (?:opening |working |operating |business |service )?(?:hours|times|opening times|hours of (?:service|operation))\b|\bwhat (?:hours|times) (?:do|are) (?:you|u) (?:work|keep|open|available|online|on|running|operate|answer)\b|\bwhen (?:are|r|is) (?:you|u|this (?:bot|chat|chatbot|service)|stationdesk) (?:available|open|online|on|running|working|around|here)\b|^(?:(?:so|and|ok|okay) )?(?:are|r|is) (?:you|u|this (?:bot|chat|chatbot|service)|stationdesk) (?:open|available|online|on|running|working|here)(?: (?:roundtheclock|all (?:day|night|the time|day and night|hours|week)|at night|overnight|in the night|at weekends|on weekends|on (?:a )?(?:saturday|sunday)s?|on bank holidays|every day|7 days(?: a week)?|now))?\??$|^(?:(?:so|and|ok|okay) )?(?:do|does|will) (?:you|u|this (?:bot|chat|chatbot|service)|stationdesk) (?:ever )?(?:close|shut|stop|go offline|switch off|turn off|clock off)(?: (?:down|at night|overnight|in the night|at weekends|on weekends|ever|at any (?:point|time)|at (?:some|a certain) (?:time|point)))?\??$|\bcan i (?:use|talk to|chat to|message|ask) (?:you|u|this (?:bot|chat|chatbot|service)|stationdesk) (?:at night|at any time|any time|anytime|roundtheclock|overnight|at weekends|on weekends|in the middle of the night)\b|\bwhat time (?:do|does) (?:you|u|this (?:bot|chat|chatbot|service)) (?:open|close|shut|finish|start|go offline|stop)\b/,
  },
  { topic: 'bot-hours', words: BOTS_OWN_TIME_ASKED },
  // "can i use a screen reader", "does this work with voiceover", "is this chat accessible for blind people": the bot's replies.
  {
    topic: 'bot-screen-reader',
    words: /\b(?:can|could|will|would) (?:s?he|they|my (?:\w+ )?(?:nan|nana|gran|granny|grandma|grandad|grandpa|mum|mom|dad|mother|father|son|daughter|husband|wife|partner|friend|mate|brother|sister|aunt|uncle|neighbour|client|carer))(?: still)? (?:use|read|work|manage) (?:this|you|u|it|the (?:bot|chat|site)|this (?:bot|chat|site))\b.*\b(?:blind|partially sighted|visually impaired|sight|cant see|can t see|poor eyesight)\b|\b(?:blind|partially sighted|visually impaired|cant see|can t see|poor eyesight)\b.*\b(?:can|could|will|would) (?:s?he|they|my \w+)(?: still)? (?:use|read|work|manage) (?:this|you|u|it|the (?:bot|chat|site)|this (?:bot|chat|site))\b|\b(?:screen ?readers?|voice ?over|talk ?back|nvda|jaws screen|text to speech|read (?:it|this|your (?:answers|replies|messages)) (?:aloud|out loud|to me))\b|\b(?:is|are) (?:this|you|u|stationdesk|this (?:bot|chat|chatbot|service|app|site|website|page)|the (?:bot|chatbot|chat|site|website|page)) (?:accessible|usable|easy to use|ok|okay|suitable|good) (?:for|to) (?:blind|partially sighted|visually impaired|deaf|disabled|dyslexic)(?: people| users| person)?\b|\b(?:i am|im|i m) (?:blind|partially sighted|visually impaired)\b.*\b(?:use|read|work)\b.*\b(?:this|you|u|bot|chat)\b|\b(?:can|could) (?:blind|partially sighted|visually impaired) (?:people|users|persons?) use (?:this|you|u|it|stationdesk|this (?:bot|chat|chatbot|service|site))\b/,
  },
  // "how do i delete my data", "can i get my chat wiped", "is there a way to make you forget me": how, first (the
  // "forget me" command), before what is kept. A request said outright ("delete my data", "forget me") is small talk's
  // forget-me, done in the same turn.
  { topic: 'forgetting', words: FORGETTING_ASKED },
  // "can you see my location", "do you know where i am", "are you tracking me": the bot cannot (the page forbids
  // geolocation); it knows only a place or postcode typed.
  {
    topic: 'bot-location',
    words: /\b(?:can|do|does|will|could) (?:you|u|this (?:bot|chat|chatbot|app|site|page)|stationdesk|it) (?:see|know|get|access|read|track|detect|work out|find out|have) (?:my (?:location|gps|whereabouts|ip(?: address)?|phones? location)|where (?:i am|im|i live|i m))\b|\b(?:are|r|is) (?:you|u|this (?:bot|chat|chatbot|app|site|page)|stationdesk|it) (?:tracking|locating|following) (?:me|my (?:location|phone))\b|\b(?:do|does) (?:you|u|this (?:bot|chat|chatbot|app|site)|stationdesk|it) (?:track|locate) (?:me|my (?:location|phone))\b|\b(?:do|does) (?:you|u|this (?:bot|chat|chatbot|app|site)|stationdesk|it) (?:use|need|want|ask for) my (?:location|gps)\b/,
  },
  // "do you store my data?", "is this chat private?", "will the police see this?": what the bot keeps, and who sees it
  // (not privacy as a police matter, PRIVACY_AS_A_MATTER_TO_REPORT).
  {
    topic: 'privacy',
    words: /\b(?:will|could|can|would|is|are) (?:this|my|what i (?:say|said|type|write)|(?:this|the|our|my) (?:chat|conversation|messages?|answers?))(?: (?:ever|ever be|be))? (?:used against me|used as evidence|used in court|passed (?:on )?to the (?:police|met)|seen by the (?:police|met)|read by (?:anyone|someone|the police|the met|a human|humans|people|a person))\b|\b(?:do|does|will|is|are) (?:you|u|this (?:bot|chat|chatbot)|stationdesk|it) (?:learn|learning|train|trained|training) (?:from|on) (?:me|my|us|our|what (?:i|we)|conversations?|chats?|messages?)\b|\b(?:are|r) (?:you|u) (?:recording|logging|saving|storing|monitoring|tracking|keeping|reading) (?:this|me|my|our|what i|everything|the (?:chat|conversation|messages))\b|\b(?:do|does|will|would|can) (?:you|u|this (?:bot|chat|app|site)|stationdesk|it) (?:store|keep|save|record|log|track|remember|share|sell|pass on|monitor) (?:my|our|any|me|what i|anything|personal|the|this|these|our|conversations?|chats?|messages)\b|\b(?:do|does|will|would|can) (?:you|u|this (?:bot|chat|app|site)|stationdesk|it) (?:hold|collect) (?:my |our |any |personal )(?:data|details|info|information|personal data|postcode|location|messages)\b|\bwhat (?:do|will|did) (?:you|u) (?:store|keep|save|record|log|know|hold|collect) (?:about|on|of) (?:me|us)\b|\bwhat (?:happens|do you do|do u do|does (?:it|this bot|the bot|the met|the police)(?: ever)? do|do (?:the police|police|the met) do|will (?:you|u|the met|the police) do) (?:to|with) (?:my|our|the|this) (?:data|personal data|messages|info|information|details|chats?|conversation|postcode)\b|\b(?:is|are) (?:this|it|this (?:chat|conversation|bot)|my (?:messages|chats?|data|details|conversation)(?: (?:with|to) (?:you|u|this bot|the bot|stationdesk))?) (?:private|anonymous|confidential|secure|recorded|monitored|logged|saved|stored|being (?:recorded|monitored|logged|saved|stored))\b|\b(?:will|can|do|does) (?:the police|the met|police|officers|anyone|someone|a human|a person) (?:see|read|know about|get|look at) (?:this|these|my (?:messages|chat|data)|what i (?:type|write|say|said)|(?:these|the|my) (?:messages|chats?|conversations?))\b|\b(?:do|does|will|would) (?:you|u|this (?:bot|chat|app|site)|stationdesk|it) (?:keep|make|store) (?:a )?(?:record|records|log|logs|copy|copies|history) of (?:what i|my|our|this|these|the)\b|\bwho (?:can|will|does|could) (?:see|read) (?:this|my (?:messages|chat|data)|what i (?:type|write|say|send|put))\b|\b(?:how (?:do|can|could) (?:i|we)|how to|can (?:i|we)) (?:delete|erase|remove|wipe|clear) (?:my|our|all my|all our) (?:data|details|info|information|history|conversation|chat|messages)\b|\b(?:will|are|is|do|does) (?:my|our) (?:messages|chats?|conversation|data|details|postcode|location|info|information) (?:be |get |being )?(?:saved|stored|kept|recorded|logged|shared|monitored)\b|\b(?:can|do|does) (?:you|u) (?:see|track|get|access|have|know) (?:my|our) (?:location|whereabouts|ip|ip address|phone number|number|name|email|email address)\b|\b(?:do|how do|how does|can) (?:you|u) (?:know|tell|see) where (?:i|we) (?:am|are|live)\b|\bprivacy(?: policy| notice| statement)?\b|\bdata protection\b|\bgdpr (?:compliant|compliance|complaint)\b|\b(?:comply|complies|compliant) with (?:the )?(?:gdpr|data protection)\b|\b(?:use|uses|using|set|sets|store|stores) cookies\b|\bcookies?\b(?= ?$)|\b(?:is|are) (?:this|it|you|u|this (?:bot|chat|chatbot|app|site|conversation)|my (?:chat|messages|data)) (?:safe to use|safe to (?:type in|talk to|chat to|use|share))\b/,
  },
  // "did the Mayor promise a 24-hour counter in every borough?": the pledges on record.
  { topic: 'pledge', words: pattern`\b(?:${PLEDGE_WORDS})\b` },
  // "can I get a video appointment?", "video call with an officer" (not the screens outside stations, below).
  { topic: 'video-appointment', words: /\bvideo (?:appointments?|calls?(?! points?)|chats?|meetings?|consultations?)\b|\b(?:speak|talk|chat) (?:to|with) (?:an? |the )?(?:officer|police officer|police|copper)s? (?:by|on|over|via|through) (?:a )?(?:video|facetime|zoom|teams|skype)\b|\b(?:facetime|zoom|skype) (?:call |appointment )?(?:with )?(?:an? |the )?(?:officer|police)\b|\bonline appointments?\b/ },
  { topic: 'hub', words: /\b(?:policing|police|neighbourhood|community) hubs?\b|\bhubs?\b/ },
  { topic: 'mobile', words: /\bmobile (?:police )?(?:stations?|units?|vans?)\b|\bpolice (?:station )?vans?\b/ },
  { topic: 'video-screen', words: /\bvideo (?:screens?|links?|booths?|kiosks?|terminals?|points?|call points?|intercoms?)\b|\bscreens? (?:outside|at the|by the)\b/ },
  { topic: 'contact-point', words: /\bcontact points?\b/ },
  { topic: 'phones', words: /\b(?:yellow|weatherproof|help|emergency|outside) (?:phones?|telephones?)\b|\bphones? outside\b/ },
  { topic: 'court', words: /\b(?:court|courts|judicial review|legal (?:challenge|challenges|action|case)|challenged|challenge(?:d)? (?:it|them|the)|sued|sue|suing|lawsuit|quashed|pre action|letter before action|take (?:them|the met|it) to court|closure(?: of(?: \w+){1,3}?)? (?:was |been |got |ever )?(?:stopped|overturned|reversed|blocked|halted|quashed)|(?:stop|stopped|overturn|overturned|reverse|reversed|block|blocked|halt|halted)(?: \w+){0,3}? (?:closure|closing|from closing|being closed))\b/ },
  { topic: 'savings', words: /\bhow much (?:money )?\b.*\b(?:save|saves|saved|saving|savings)\b|\b(?:save|saves|saved|saving|savings) (?:how much|much money)\b|\bwhat (?:are|were|is|was) the savings?\b|\bhow much (?:do|does|did|will|would) (?:it|they|the closures?|closing|the cuts?)\b.*\bsave\b/ },
  { topic: 'if-closed', words: /\bwhat (?:can|do|should|shall|could) (?:i|we|you|people) do (?:if|when|now|as|since)\b.*\b(?:closed|shut|closes|closing|gone)\b|\bwhat (?:happens )?if (?:the|my|a|its|it) (?:local )?(?:police )?(?:station |front )?(?:station|counter|desk|front desk|front counter)? ?(?:is|s|was) (?:closed|shut)\b|\b(?:what are the |any )?alternatives to (?:a |the )?(?:police )?(?:front )?(?:counter|desk|station)s?\b/ },
  { topic: 'accessibility', words: /\b(?:wheelchairs?|step free|stepfree|disabled access|disability access|accessible(?! by)|accessibility|hearing loops?|ramps?|mobility scooters?)\b/ },
  // "how do i report a police officer", "i want to report a rude officer at brixton": a complaint about an officer, not a
  // crime to report at a counter (an officer impersonated, "report a fake police officer", is not this).
  // The police watchdog named ("how do i contact the iopc", "ipcc number"): a complaint about the police, however asked.
  // A complaint about a landlord, a shop or a GP is no complaint about the police (COMPLAINT_OF_ANOTHER).
  { topic: 'complaint', words: new RegExp(`^(?!.*${COMPLAINT_OF_ANOTHER.source})${POLICE_COMPLAINT.source.slice(1)}`) },
  // Crime figures and officer numbers: "what's the crime rate in hackney", "how many police officers are there in london".
  {
    topic: 'crime-figures',
    words:
      /\b(?:crime (?:rates?|figures|stats|statistics|levels|numbers|data|maps?|trends)|(?:knife|gun|violent|street|car|bike|phone) crime (?:in|figures|stats|rates?|levels|is)|(?:how much|how bad is(?: the)?|levels of) crime\b|how (?:safe|dangerous|rough|bad) is (?!it to\b)(?!the (?:counter|desk|station|police station)\b)|tell me about (?:the )?(?:knife |gun |violent |street )?crime\b|how many (?:police )?(?:officers|cops|coppers|pcsos|police officers|police staff|bobbies)|(?:number|numbers) of (?:police )?(?:officers|cops|pcsos|police officers))/,
  },
  // "what's the estates strategy", "the met's estate plan": not a housing estate.
  { topic: 'estates', words: /\b(?:estates?|property|buildings) (?:strategy|strategies|plan|review)\b|\b(?:police|met|mets|the mets) (?:estate|estates)\b/ },
  // "which police station burned down", "the one that was sold", "did any station flood": the timeline's rows of that happening.
  { topic: 'what-happened', words: pattern`\b(?:${DESK_WORDS}|the one|which one|one that|any)\b.*(?:${HAPPENED_WORDS})|\b(?:was|were|did|has|had|got) (?:_|it|that one|that station|that)\b.*(?:${HAPPENED_WORDS})|\b(?:fire|flood|flooding)\b (?:at|in|of) (?:a|the|any|one) (?:police )?(?:${DESK_WORDS})\b` },
  // Who may come along: "can i bring my kid with me", "can my mum come in with me", "are children allowed in" (a dog is a facility).
  {
    topic: 'who-may-come',
    words:
      /\b(?:can|could|may|am i allowed to|is it ok to|is it okay to) (?:i|we) (?:bring|take) (?:my |our |a |an |the )?(?:kids?|child|children|son|daughter|baby|toddler|friend|mate|partner|husband|wife|mum|mom|dad|mother|father|carer|support worker|someone|somebody|pram|buggy)\b|\b(?:can|could|may) (?:my |our |a )?(?:kids?|child|children|son|daughter|friend|mate|partner|husband|wife|mum|mom|dad|mother|father|carer|support worker|someone|somebody) (?:come|go) (?:in )?(?:with|along)\b|\b(?:are|is) (?:kids|children|babies|prams|buggies) allowed\b/,
  },
  { topic: 'id-check', words: /\b(?:show|need|bring|carry|take|have) (?:my |any |some |a |an |photo )?(?:id|identification|photo id|passport|proof of (?:id|identity|address))\b|\b(?:id|identity) (?:checks?|checked)\b|\bcheck (?:my |your )?(?:id|identity)\b/ },
  { topic: 'what-to-bring', words: /\bwhat (?:should|do|shall|must|would|will) (?:i|we|you) (?:need to )?(?:bring|take)(?: with (?:me|us|you))?\b|\bwhat (?:to|do i need to) bring\b|\b(?:bring|take) (?:anything|something) with (?:me|us)\b/ },
  { topic: 'appointment', words: /\b(?:need|have|got|require|requires|required|make|book) (?:to (?:make|book|have) )?(?:an? )?(?:appointment|appointments)\b|\b(?:do|would|will|must|should) (?:i|we|you) (?:need|have|got) to book(?: (?:first|ahead|in advance|before))?\b|\bappointment (?:needed|necessary|required|only)\b|\b(?:just )?(?:walk in|walk up|turn up|rock up|drop in)\b.*\b(?:or|without|need|book|appointment)\b|^appointments?$|\b(?:can|could|do|should) (?:i|you|we|u|people) (?:just )?(?:walk in|walk up|turn up|rock up|drop in|pop in|show up|go in without)\b(?! (?:at|to) \w)/ },
  // "what does front counter mean", "what's the difference between a police station and a front counter", "is a front
  // desk the same as a police station": what a counter is, asked by its name.
  {
    topic: 'purpose',
    words: /\bwhat (?:does|do) (?:a |the )?(?:police )?front (?:counter|desk)s? (?:actually )?mean\b|\b(?:difference|differences|different) between (?:a |the )?(?:police )?(?:stations?|counters?|front counters?|front desks?|desks?) and (?:a |the )?(?:police )?(?:stations?|counters?|front counters?|front desks?|desks?)\b|\b(?:is|are) (?:a |the )?(?:police )?(?:front )?(?:counters?|desks?|stations?) (?:the same as|the same thing as|different from|different to|not the same as) (?:a |the )?(?:police )?(?:front )?(?:counters?|desks?|stations?)\b/,
  },
  { topic: 'purpose', words: pattern`\b(?:whats|what is) the (?:point|use|purpose) of (?:a |the |police )*(?:front )?(?:counters?|desks?|stations?)\b|\bwhat (?:services?|help) (?:does|do|can|could) (?:a |the |police |station |front )*(?:counters?|desks?|stations?)\b|\bwhat (?:does|do) (?:a |the |police |front )*(?:counters?|desks?) (?:do|offer|provide|deal with|handle)\b|\bwhat (?:services?|help)\b.*\b(?:counters?|desks?)\b.*\b(?:offers?|provides?|gives?|does)\b|\bwhat (?:i|you|we|people) (?:can|could) (?:do|get done) (?:at|in) (?:a |the )?(?:police )?(?:front )?(?:counter|desk|station)\b|\bwhat (?:is|are|s) (?:a |the )?(?:police )?(?:front )?(?:counter|counters|desk|desks)s? (?:for|used for|there for)\b|\bwhat (?:a |the )?(?:police )?(?:front )?(?:counter|counters|desk|desks) (?:is|are) (?:for|used for|there for|actually for)\b|\bwhat (?:can|do|could|would) (?:i|you|we|people|anyone) (?:do|use|get done|go) (?:at|for|to) (?:a |the )?(?:police )?(?:front )?(?:counter|desk|station)\b|\bwhy (?:would|do|does|should|might) (?:i|you|we|people|anyone) (?:go|need|use|visit)\b.*\b(?:counter|desk|station)s?\b|\bwhat (?:is|s) a (?:police )?front (?:counter|desk)\b|\bwhat (?:is|s) a (?:police )?(?:counter|desk)\b|\bwhat (?:do|does|can) (?:they|you|u|the police|police|officers|staff|the staff|people) (?:do|help (?:you )?with|deal with|handle|sort out) (?:at|in|on) (?:a |the )?(?:police )?(?:station )?(?:front )?(?:counters?|desks?|stations?)\b|\bwhat (?:kind of|sort of|type of) (?:things?|stuff|help|services?) (?:can|do|does|could)\b.*\b(?:counters?|desks?|stations?)\b|\bwhat (?:can|could|will|would) (?:a |the )?(?:police )?(?:station )?(?:front )?(?:counters?|desks?) (?:help (?:me |you |us )?with|do for (?:me|you|us))\b|\bwhats (?:a |the )?(?:police )?(?:station )?(?:front )?(?:counter|counters|desk|desks) (?:for|used for|there for)\b|\bwho (?:works|is|sits|will be|staffs|runs) (?:at |on |behind )?(?:a |the )?(?:police )?(?:station )?(?:front )?(?:counters?|desks?)\b|\b(?:counters?|desks?) (?:is |are )?(?:staffed|manned|run) by\b|\b(?:will|is|are|would) (?:there )?(?:be )?(?:an? |any )?(?:real )?(?:officers?|police officers?|coppers?|detectives?|someone|somebody|a person|people|staff) (?:at|on|behind) (?:the |a )?(?:front )?(?:counter|desk)\b|\b(?:speak|talk) (?:to|with) (?:an? |the )?(?:officer|police officer|detective|copper|sergeant|someone|somebody|a person) (?:at|on) (?:the |a )?(?:front )?(?:counter|desk)\b` },
  // "can i hand in a found wallet", "wheres lost property", "i found a phone, what do i do with it".
  // "i lost my phone on the bus", "left my bag on the train": an item lost, told.
  { topic: 'lost-property', words: pattern`${ITEM_LOST.source}|\b(?:lost property|lost and found|lost or found|report\w* (?:a |an |my |the |some )?lost (?:item|items|things?|stuff|property|wallet|purse|phone|mobile|bag|handbag|keys?|passport|card|bank card|cards|id|watch|laptop|bike)s?|lost (?:my|a|our|his|her) (?:wallet|purse|phone|mobile|bag|handbag|keys?|passport|card|bank card|id|watch|laptop)\b.*\b(?:report|station|counter|desk|police)|(?:hand|handing|take|taking|drop|dropping|bring|leave|leaving) (?:in |off )?(?:a |an |some |this |the |someones |somebodys )?(?:found|lost) \w+|found (?:a|an|some|someones|somebodys|this) (?:\w+ )?(?:wallet|purse|phone|mobile|bag|handbag|keys?|card|bank card|cards|passport|id|watch|bike|laptop|money|cash|ring|jewellery|item|property|stuff|thing)|(?:collect|collecting|pick up|get back|claim) (?:my |our )?(?:lost )?(?:property|belongings|wallet|purse|phone|bag)\b.*\b(?:lost|found|handed in))\b` },
  // "where do i show my documents", "i got a hort1", "produce my licence at the station", "do i need to bring proof of
  // insurance to brixton" (the vehicle's papers named, not a wider what-to-bring list, which read too much before).
  { topic: 'documents', words: /\b(?:produce|producing|present|presenting|show|showing|take|bring) (?:in )?(?:my |the |our |his |her |a |any )?(?:driving |car |vehicle )?(?:licence|license|documents|docs|insurance|insurance docs|mot certificate|papers|proof of (?:insurance|ownership|my insurance)|(?:insurance|mot) (?:certificate|cert|documents|docs|details))\b|\bhort ?1\b|\bhorti\b|\bproducer\b/ },
  // "where do i sign on for bail", "i have to report for bail", "bail conditions".
  // Immigration bail and Home Office reporting are not police bail: the data does not say counters take them (below).
  { topic: 'bail', words: /^(?!.*\b(?:immigration|home office|asylum|visa)\b).*\bbail\b/ },
  // "i need to sign on at the police station", "i have to report to the station every monday": bail said without the word.
  { topic: 'bail', words: SIGNS_ON_AT_THE_POLICE },
  // "can i hand in evidence at the front desk".
  { topic: 'evidence', words: /\b(?:hand|handing|bring|drop|give|take) (?:in |over |off )?(?:some |the |my )?(?:evidence|cctv|footage|dashcam)\b/ },
  // "where do i sign for immigration bail", "i have reporting conditions with the home office": whether a counter
  // takes them, which the data does not say.
  { topic: 'counter-other', words: REPORTS_TO_THE_HOME_OFFICE },
  // "i have a voluntary interview", "i got a letter asking me to attend the police station": the data names no
  // interviews, so whether a counter takes them is not said (a counter named: its hours, the errand rules).
  { topic: 'counter-other', words: /\b(?:voluntary (?:police )?interview|interview under caution|police interview|(?:asked|told|invited|summoned|called|letter asking me|letter telling me|have|need|got) to (?:attend|come in|come to the station|go to the station|go into the station|report to the station)|attend (?:a |an |the |my )?(?:police )?(?:interview|station|police station))\b/ },
  // "do they do fingerprints for visas", "can i pay a fine at the police station": a task the data does not name.
  // "can i hand in a knife?", "can i surrender a weapon": handing something over, not found property or evidence (above).
  { topic: 'counter-other', words: pattern`${DO_COUNTERS}|\b(?:can|could|do) (?:i|you|u|we|someone|people) (?:get|do|pay|have(?! to)|register|renew|surrender|sign|apply|use|get done|have done|collect|pick up|claim|reclaim|retrieve|get back|hand in|hand over|drop off|bring in)\b.*${AT_A_COUNTER}|\b(?:can|could|do|where (?:can|do|could|should)) (?:i|you|u|we|someone|people) (?:hand in|hand over|surrender|drop off|turn in) (?:a |an |my |some |the |unwanted |old |illegal )*(?:knife|knives|weapons?|guns?|firearms?|blades?|machetes?|swords?|ammo|ammunition|drugs|pills|cannabis|weed|fireworks)\b` },
];

// ---------------------------------------------------------------------------
// Two questions in one ("is Ealing closed and where's the nearest open one?"):
// read by `twoQuestions.ts`, which splits only where both halves read as questions.
// ---------------------------------------------------------------------------

/** Words that join two questions: "and", "also", "if not", "otherwise". */
export const JOINS_TWO_QUESTIONS =
  /\b(?:and also|and if (?:its |it is )?(?:not|closed|shut)|and|also|plus|if (?:its |it is |theyre |they are )?(?:not|closed|shut)(?: then)?|if so|otherwise|or else|or if not)\b/;
/** A half asked as a question of which counters: "which are still open", "what stations are open on sunday". */
export const ASKS_WHICH = /^(?:and )?(?:which|what|whats|are any|how many)\b/;
/** "what was open in 2017", "what were open back then": every counter of a time gone by, no counter named. */
export const WHAT_WAS_OPEN = /^(?:and )?(?:so )?(?:what|whats|wat|what s) (?:was|were|used to be) (?:still )?open\b/;
/** "whats open now vs 2018", "what is open compared to 2017", "which are open today vs 2019": what is open, set against a year gone by. */
export const WHAT_IS_OPEN = /^(?:and )?(?:so )?(?:what|whats|wat|what s|which|which ones?)(?: (?:is|are|s|counters are|stations are|ones are))? (?:still )?open\b/;
/** A half that asks something: a question word, or the words of what residents ask about. */
export const ASKS_SOMETHING = pattern`\b(?:is|are|was|were|does|do|did|can|could|will|would|what|whats|when|where|wheres|which|how|who|why|address|hours|opening|open|opens|closed|closes|close|nearest|closest|postcode|directions|roundtheclock|${DESK})\b`;

// Danger: the words `emergency.ts` reads harm with. Verbs are written once as
// their lemma (irregular forms given); `verbForms` adds the inflections, so
// "hit", "hits", "hitting" and "hiting" are one act. A danger reading combines
// these groups (an act, a person, a moment, a place); no group alone is danger.
// ---------------------------------------------------------------------------

/** How a verb is written: lemma, or lemma with its past and past participle when irregular. */
type Lemma = string | [lemma: string, past: string, participle: string];

/** Harm done to a person: needs a person acting or hurt ("someone is hitting", "hitting my mum"). */
export const HARM_ACTS: readonly Lemma[] = [
  ['hit', 'hit', 'hit'], 'punch', 'kick', 'slap', ['beat', 'beat', 'beaten'], 'batter', 'attack', 'assault', 'stab',
  ['shoot', 'shot', 'shot'], 'strangle', 'choke', 'throttle', 'smother', 'kill', 'murder', ['hurt', 'hurt', 'hurt'], 'harm',
  'injure', 'rape', 'abuse', 'threaten', 'kidnap', 'abduct', 'grab', 'drag', 'push', 'shove', 'chase', 'follow', 'stalk',
  'rob', 'mug', 'headbutt', ['bite', 'bit', 'bitten'], 'glass', 'torture', 'terrorise', 'terrorize', 'molest', 'grope',
  'jump', 'corner', 'poison', 'burn', 'trap', 'menace', 'intimidate', 'harass', 'expose', 'flash', 'knife', 'pin', 'touch', 'fondle',
  // Slang for the same acts: "they'll shank him", "gonna lamp you", "he's going to merk him", "they'll deck him".
  'shank', 'merk', 'lamp', 'deck', 'chin', 'bottle', 'smack', 'thump', 'whack', 'clobber', 'bash', 'stamp', 'stomp', 'slash', 'rush', 'leather', 'twat',
  // What an animal does to someone: "a dog is mauling a kid", "savaging a woman".
  'maul', 'savage', 'gore',
];
/**
 * Harm said with a verb and a particle after the person: "do me in", "sort him out", "rough her up", "knock him
 * out", "smash his face in". `threatOnly`: harm only when threatened at someone ("gonna get me", "he'll end you").
 */
export const PHRASAL_HARM: readonly { verb: Lemma; particle?: string; threatOnly?: true }[] = [
  { verb: ['do', 'did', 'done'], particle: 'in' }, { verb: ['do', 'did', 'done'], particle: 'over' }, { verb: 'sort', particle: 'out' },
  { verb: 'rough', particle: 'up' }, { verb: 'duff', particle: 'up' }, { verb: 'bash', particle: 'up' },
  { verb: 'knock', particle: 'out' }, { verb: 'spark', particle: 'out' }, { verb: 'bang', particle: 'out' }, { verb: 'finish', particle: 'off' },
  { verb: 'smash', particle: 'in' }, { verb: 'kick', particle: 'in' }, { verb: 'cave', particle: 'in' },
  { verb: ['get', 'got', 'got'], threatOnly: true }, { verb: ['have', 'had', 'had'], threatOnly: true }, { verb: 'end', threatOnly: true },
  { verb: ['do', 'did', 'done'], threatOnly: true }, { verb: 'sort', threatOnly: true }, { verb: 'finish', threatOnly: true },
];
/** What a phrasal threat is done to, besides a person: "smash his face in", "kick her head in". */
export const BODY_PARTS: ReadonlySet<string> = new Set(list('face head skull teeth jaw legs kneecaps brains lights'));
/**
 * Everyday things said to be "killing me" ("this traffic is killing me", "my feet are murdering me"): a figure of
 * speech, not harm. Only things that cannot harm: no person, animal, smoke, fumes, heat or cold.
 */
export const SAID_TO_BE_KILLING: ReadonlySet<string> = new Set(
  list(`traffic queue queues wait waiting commute delays delay roadworks suspense rent prices price bills hangover feet back
  knees legs shoes boots heels job work shift shifts exams exam homework revision deadline deadlines meetings mondays tube
  trains buses journey journeys diet gym stairs paperwork admin forms website app wifi signal anticipation cliffhanger jokes
  puns song laughing laughter cost fees bill overtime hours drive class classes workout workouts session lesson lessons lecture lectures
  marathon hike bootcamp spin yoga pilates interview test tests assignment essay coursework week weekend
  crossword crosswords puzzle puzzles sudoku wordle quiz day days run runs climb hill hills walk film films movie movies show
  episode episodes finale ending series season book novel play panto standup gig concert weather rain humidity
  dissertation thesis presentation meeting flight flights layover jetlag lag drama joke meme memes video videos vid vids clip clips
  tiktok tiktoks reel reels tweet tweets post posts comment comments skit skits sketch sketches comedian comedians comedy sitcom pun caption
  curry curries vindaloo phaal madras chilli chillies chili chilis wings noodles ramen sauce hotsauce jalapenos jalapeno peppers spice
  kebab burger burgers pizza dessert pudding cake meal portion portions buffet brunch dinner lunch breakfast roast`),
);
/**
 * Who says "will kill me" as a figure of speech about an everyday lapse (`EVERYDAY_LAPSE`): a boss, a teacher, a
 * parent, a sibling, a mate ("my sister is going to strangle me for forgetting her birthday"). Never a partner or an
 * ex: from them the same words may be meant, and the bot leads with 999.
 */
export const SAYS_KILL_IN_JEST: ReadonlySet<string> = new Set(
  list(`boss bosses manager gaffer supervisor teacher teachers tutor lecturer coach mum mom mam mother mummy dad father daddy
  parents nan nana gran granny grandma grandad sister sis brother bro sibling siblings mate mates friend friends pal pals
  bestie flatmate flatmates housemate housemates colleague colleagues coworker coworkers team aunt auntie uncle cousin`),
);
/**
 * Whom the resident "will kill" in jest for a petty wrong (`PETTY_WRONG`): a sibling, a flatmate, a mate. Never a
 * partner, an ex or a child: from the resident the same words may be meant, and the bot leads with 999.
 */
export const KILLED_IN_JEST: ReadonlySet<string> = new Set(list(`brother sister bro sis brothers sisters flatmate flatmates housemate housemates roommate roommates cousin mate mates`));
/**
 * The petty wrong, after "kill my brother": "for eating my leftovers", "for finishing the milk", "for nicking my charger"
 * (not "for stealing my girlfriend" or "for breaking my arm", which may be meant).
 */
export const PETTY_WRONG =
  /^for (?:eating|finishing|drinking|nicking|pinching|using|borrowing|wearing|hogging|hiding|spoiling|snoring|losing|eating all|drinking all|finishing off|changing|moving|touching|reading|deleting|unplugging) (?:\w+ )?(?:my|our|the|all|me)\b/;
/** The everyday lapse such a figure of speech is about, after "kill me": "if I'm late", "if I forget the milk", "if I miss the bus". */
export const EVERYDAY_LAPSE =
  // Or said with "for": "going to murder me for being late", "will kill me for forgetting the milk".
  '^(?:me|us) (?:\\w+ )?for (?:(?:being|getting|coming|turning up|showing up|rolling in|running|clocking in) (?:in |home |back |to work |to school )?(?:\\w+ )?(?:late|in late)|(?:forgetting|missing|losing|breaking|spilling|burning|scratching|denting|not (?:finishing|cleaning|tidying|doing|calling|ringing|texting|turning up|showing up|getting back|getting home|passing)))\\b|' +
  '^(?:me|us) (?:\\w+ )?if (?:(?:im|i am|were|we are|i get (?:in|home|back)|i turn up|i show up|i roll in|i come (?:in|home|back)|i get there) (?:\\w+ )?(?:late|not back|not home|not on time)|(?:i|we) (?:\\w+ )?(?:forget|forgot|miss|lose|break|spill|burn|scratch|dent|mess up|fail|flunk|dont (?:finish|clean|tidy|pass|do|get|call|ring|text|phone|remember|turn up|show up|get back|get home|hand in)))\\b|' +
  // "if the report is late", "if dinner isn't ready", "if our homework gets lost": a thing of the day late, undone or spoilt.
  '^(?:me|us) (?:\\w+ )?if (?:(?:the|my|our|this|that|his|her|their) )?(?:\\w+ ){1,2}?(?:(?:is|s|are|gets|get|goes|turns up|comes) (?:in )?(?:late|overdue|not (?:done|finished|ready|in|on time)|done wrong|wrong|lost|burnt|burned|ruined|delayed)|(?:isnt|arent|is not|are not) (?:ready|done|finished|in|on time))\\b|' +
  // "if she finds out i lost her passport", "when he sees i dented his car": a lapse found out.
  '^(?:me|us) (?:\\w+ )?(?:if|when|once) (?:she|he|they|\\w+) (?:finds out|find out|found out|sees|see|saw|hears|knows|realises|realizes|notices) (?:that )?(?:i|we) (?:\\w+ )?(?:lost|broke|forgot|missed|spilled|spilt|burnt|burned|scratched|dented|ate|finished|borrowed|wore|ruined|stained|smashed|cracked|deleted|used)\\b';
/** Who squabble over a thing ("the kids are fighting over the remote"): not a fight to call 999 for. */
export const SQUABBLERS: ReadonlySet<string> = new Set(list(`kids children siblings twins brothers sisters boys girls sons daughters toddlers`));
/**
 * The everyday things children squabble over ("the remote", "the ipad", "the bathroom"). Only these: brothers fighting
 * over money, a debt or drugs may be grown men in a fight, and the bot leads with 999.
 */
export const SQUABBLED_OVER: ReadonlySet<string> = new Set(
  list(`remote telly tv ipad ipads tablet tablets phone phones console xbox playstation ps4 ps5 switch controller controllers game games
  toy toys lego bathroom shower toilet sofa seat seats sweets chocolate biscuits crisps pizza cake snacks charger laptop computer wifi
  bedroom room bed ball football cards homework pen pens headphones`),
);
/** Harm that is grave even when told without a moment ("I was stabbed"): 999 unless it is clearly over. */
export const GRAVE_HARM: ReadonlySet<string> = new Set(['stab', 'shoot', 'strangle', 'choke', 'rape', 'kidnap', 'abduct', 'kill', 'murder', 'poison', 'smother', 'throttle']);
/** Fighting and offences seen: danger where it is happening ("a fight upstairs", "a man lurking outside"). */
export const VIOLENCE_ACTS: readonly Lemma[] = [['fight', 'fought', 'fought'], 'brawl', 'scuffle', 'riot', 'masturbate', 'wank', 'lurk', 'loiter', 'prowl', 'circle'];
/** The sounds of harm: danger when heard close by ("screaming next door", "I can hear her crying"). */
export const SOUNDS_OF_HARM: readonly Lemma[] = ['scream', 'shout', 'yell', ['cry', 'cried', 'cried'], 'sob', 'plead', 'beg'];
export const VIOLENCE_NOUNS: ReadonlySet<string> = new Set(
  list(`fight fights fighting brawl brawls brawling scuffle punch punchup riot riots rioting screaming screams scream shouting
  yelling screeching gunshots gunshot gunfire shots explosion explosions flames stabbing shooting attack assault mugging robbery burglary
  breakin punchup domestic commotion`),
);
/** Getting into, or wrecking, a home or car: "breaking in", "trying to get into my flat", "throwing bricks at my window". */
export const BREAK_IN_ACTS: readonly Lemma[] = [['break', 'broke', 'broken'], 'force', 'kick', ['hit', 'hit', 'hit'], 'batter', 'smash', ['throw', 'threw', 'thrown'], 'burn', 'torch', 'climb', ['get', 'got', 'got'], 'bang', 'pound', 'hammer', 'try', 'jimmy', 'pry', 'boot', 'ram', 'barge', 'bash', 'trash', 'wreck'];
/** Forcing a way in by main force ("booting my front door in", "ramming the gate"): also nouns ("the boot of my car", "a birthday bash at my flat"), so only with what is forced right after. */
export const FORCING_ACTS: ReadonlySet<string> = new Set(['boot', 'ram', 'barge', 'bash']);
/** Where a break-in happens: "into my house", "the door in". */
export const PREMISES: ReadonlySet<string> = new Set(
  list(`house home flat apartment room bedroom garden shed garage building property door doors front back window windows car van
  shop place lock gate letterbox balcony loft basement kitchen bathroom porch`),
);
/**
 * Shops and things in the street wrecked while it happens ("smashing up the jewellers", "trashing the corner shop",
 * "smashing up cars on our road"): the act's own object, right after it (not "smash it at the pub quiz").
 */
export const WRECKED_IN_THE_STREET: ReadonlySet<string> = new Set(
  list(`jewellers jewellery jeweller jewelers jeweler shops store stores bookies bookmakers chemist chemists pharmacy newsagent
  newsagents newsagent offy offie pub pubs restaurant cafe takeaway chippy salon barbers supermarket cars vans buses bus stop
  shelter kiosk cashpoint atm phonebox premises offices office showroom showrooms warehouse depot garage school church mosque
  temple synagogue gurdwara library station
  lobby foyer reception entrance hallway corridor lift lifts stairwell canteen bar bars counter till tills hotel bank clinic
  surgery launderette laundrette arcade nightclub club`),
);
/**
 * What may follow a shop or street thing wrecked ("the jewellers on the parade", "the bus stop outside", "the pub right
 * now"): a place, a time or its parts; any other word makes it part of another thing ("the pub quiz", "the school play").
 */
export const AFTER_A_THING_WRECKED: ReadonlySet<string> = new Set(
  list(`on in at of near by outside opposite next across round around now right again and there here downstairs upstairs down up
  over with while as so too windows window doors door front shutters glass sign signs everything all`),
);
/** Who or what an act is done to, before its object: "smashing up the", "trashing our". */
export const BEFORE_AN_OBJECT: ReadonlySet<string> = new Set(list('up the a an my our their his her that this those these some all every local corner'));
/** Taking things: danger only while it happens ("someone is stealing my bike right now"). */
export const THEFT_ACTS: readonly Lemma[] = [['steal', 'stole', 'stolen'], 'nick', 'pinch', 'swipe', 'nab', 'snatch', 'siphon', ['take', 'took', 'taken'], 'loot', 'vandalise', 'vandalize', 'damage', 'burgle', 'grab', 'yank'];

/** People: someone acting, or someone at risk. Pronouns apart. */
export const PERSON_NOUNS: ReadonlySet<string> = new Set(
  list(`man men woman women guy guys bloke blokes lad lads lady ladies girl girls boy boys kid kids child children baby babies
  toddler toddlers teenager teenagers teen teens youth youths person people someone somebody anyone anybody everyone stranger
  strangers intruder intruders burglar burglars robber robbers thief thieves gang mob drunk drunks attacker attackers abuser abusers assailant assailants rapist rapists mugger muggers
  mum mom mother mam mummy dad father daddy parent parents son sons daughter daughters brother brothers sister sisters
  sibling siblings wife husband partner girlfriend boyfriend ex fiance fiancee gran granny grandma grandmother nan nana nanna
  grandad granddad grandpa grandfather grandson granddaughter grandchild grandchildren grandparent grandparents uncle aunt auntie
  cousin nephew niece neighbour neighbours neighbor neighbors friend friends mate mates flatmate housemate roommate carer
  colleague boss pensioner pensioners elderly student students missus mrs hubby wifey fella fellas geezer geezers lass bro sis bruv
  stepdad stepmum stepmom stepfather stepmother stepson stepdaughter stepbrother stepsister guardian babysitter nanny lodger
  customer customers passenger passengers shopkeeper security guard bouncer pupil pupils relative relatives family tenant landlord
  landlady driver drivers cyclist pedestrian victim
  staff worker workers employee employees receptionist cashier nurse nurses doctor doctors teacher teachers paramedic paramedics
  coworker coworkers manager waiter waitress barman barmaid bartender cleaner caretaker postman courier patient patients visitor visitors
  fan fans supporter supporters spectator spectators steward stewards punter punters owner owners shopper shoppers commuter commuters
  resident residents tourist tourists`),
);
/** Pronouns that name a person. */
export const PERSON_PRONOUNS: ReadonlySet<string> = new Set(list('i me im ive id my we us our he him his hes she her shes they them their theyre theyve you myself himself herself themselves'));
/** The resident: "hitting me", "following us". */
export const FIRST_PERSON: ReadonlySet<string> = new Set(list('me us my our myself i im ive we'));
/** Possessives that make the next word a person's ("my mum", "her boyfriend"). */
export const POSSESSIVES: ReadonlySet<string> = new Set(list('my our his her their your'));
/** People at risk when missing: a child, someone old or unwell. */
export const VULNERABLE: ReadonlySet<string> = new Set(
  list(`child children kid kids son daughter baby toddler boy girl teenager teen grandson granddaughter grandchild
  gran granny grandma grandmother nan nana nanna grandad granddad grandpa grandfather elderly old dementia alzheimers
  disabled autistic vulnerable confused year yr`),
);

/** Harm happening now: "now", "right now", "at the moment", "still", "as we speak". */
export const NOW_MARKERS = 'now|right now|atm|at the moment|currently|as we speak|this minute|this second|at this moment|this very moment|still|again|happening|going on|in progress|kicking off|keeps|keep|wont stop|will not stop|wont leave|will not leave|tonight';
/** Harm about to happen: "about to", "going to", "trying to", "threatening to". */
export const SOON_MARKERS =
  'about to|going to|gonna|trying to|try to|tryna|tries to|wants to|want to|wanna|threatening to|threatened to|threatens to|says he will|said he would|says she will|said she would|says they will|said they would|says hell|says shell|said hed|said shed|said theyd|theyd|hed|will|ll|hell|shell|theyll|youll|might|could|on (?:the|his|her|their) way(?: (?:over|round|here|back))?(?: to)?|getting ready to|ready to|planning to|plans to|means to|coming (?:back|round|over|for)|(?:coming|come|comes)(?: (?:back|round|around|over|here|home|down|up|out))?(?: (?:here|there|tonight|now|later|again|today|soon|tomorrow))? to';
/** Just happened: "just", "a minute ago", "moments ago". */
export const JUST_MARKERS = 'just|just now|a minute ago|minutes ago|a few minutes ago|seconds ago|moments ago|a moment ago|a second ago|a min ago|mins ago|min ago|secs ago';
/** Where harm is close by: "outside", "upstairs", "next door", "in my house". */
export const NEAR_PLACES =
  'outside|upstairs|downstairs|next door|in my (?:house|flat|home|room|bedroom|garden|kitchen|building|street|road|car|hallway|stairwell|block)|in our (?:house|flat|home|garden|building|street|road|block)|at my (?:door|window|house|flat)|at the (?:door|window)|on my (?:street|road|doorstep)|behind me|in front of me|across the road|across the street|opposite|in the (?:street|road|flat above|flat below|flat next door|hallway|stairwell|car park|park|alley|shop|pub|garden|station|bus station|playground|square|lift)|on the (?:estate|bus|train|tube|platform|green|high street|high road|corner|stairs|landing)|at the (?:bus stop|shops|park|corner)|by the (?:shops|bus stop)|the flat (?:above|below)|above me|below me|out here|in here|here|next to (?:me|us)|beside (?:me|us)|with (?:me|us) (?:now|right now|in the (?:car|room|flat|house))|in the car with (?:me|us)|in the same (?:room|car|flat|house)';
/** Long ago, as a time: "last year", "years ago", "in 2019", "as a kid". */
const LONG_AGO_TIMES =
  'last (?:year|summer|winter|spring|autumn)|(?:months?|years?|ages) ago|(?:in|since) (?:19|20)\\d\\d|for (?:years|months)|back in|as a (?:child|kid|teenager)|when i was|years? back|used to|in the past|previously';
/** Someone missing is found again: "was found", "is back home", "turned up". Not a time: "my ex turned up" is now. */
const FOUND_AGAIN = '(?:was|were|been|got) found|(?:is|are|s|re) (?:back )?home|(?:came|got) (?:back )?home|turned up|has returned';
/** Long ago: a person missing then, or harm then, is history ("went missing in 2019", "years ago"). */
export const LONG_AGO = `${LONG_AGO_TIMES}|${FOUND_AGAIN}`;
/** Times gone by, nearer than long ago: "yesterday", "last night", "two weeks ago". */
const RECENT_PAST_TIMES =
  'yesterday|last (?:night|week|month|weekend|monday|tuesday|wednesday|thursday|friday|saturday|sunday|time)|(?:days?|weeks?|a while|hours) ago|the other (?:day|night|week)|earlier (?:this|today|in the)|this morning|over the weekend|at the weekend|from last night|overnight|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday) (?:night|morning|evening)';
/** A past time that puts harm over: "yesterday", "last night", "two weeks ago", "in 2019" (or someone found again). */
export const PAST_TIMES = `${LONG_AGO}|${RECENT_PAST_TIMES}`;
/** Only a time gone by, never an arrival: "my ex turned up with a hammer" is now, "he came round last night with a bat" over. */
export const TIMES_GONE_BY = `${LONG_AGO_TIMES}|${RECENT_PAST_TIMES}`;
/** "was", "were": told as over, unless a moment says otherwise. */
export const WAS = 'was|were|wasnt|werent';
/** Present "to be", as normalised ("hes", "theyre"). */
export const IS = 'is|are|am|im|hes|shes|theyre|its|s|re|isnt|arent|being';
/** Seeing or hearing it done: "I saw a man push someone", "I can hear him hit her". */
export const PERCEIVES: ReadonlySet<string> = new Set(list('see saw seen seeing watch watched watching hear heard hearing witness witnessed'));
/** Words that put a place or thing after someone: "lads on mopeds", "a man in a hoodie". */
export const AFTER_SOMEONE: ReadonlySet<string> = new Set(list('on in with at from wearing by near'));
/** Words between someone and what they do: "someone is trying to", "he keeps", "my son has been". */
/**
 * Words of harm or peril that, said of someone in a message nothing else could read, are reason enough to lead with
 * 999 as a condition (the safety net's second reason, `rules.ts`): "the ceiling has fallen on my grandad", "there's a
 * body in the canal", "some kids set a man's sleeping bag alight". Not read on their own: someone must be named too.
 * Not "hurt", "harm" or "danger": closures and cuts "hurt people" too.
 */
export const PERIL_WORDS: ReadonlySet<string> = new Set(
  list(`alight ablaze aflame flames fire burning burnt burned petrol smoke explosion exploded bomb
  body corpse dead dying unconscious bleeding blood injured wounded crushed trapped pinned collapsed fallen drowning drowned
  kill killing killed murder murdering murdered stab stabbing stabbed shoot shooting shot gun guns knife knives machete blade weapon
  attack attacking attacked assault assaulting assaulted beating beaten punching punched kicking kicked strangling strangled choking choked
  rape raped kidnap kidnapped kidnapping abducted abducting hostage ransom acid overdose overdosed suicide suicidal drugged spiked screaming`),
);
/** Words that make talk of harm a story, a game or a joke: "shooting games", "a murder mystery", "the film where he's kidnapped". */
export const NOT_REAL_LIFE: ReadonlySet<string> = new Set(
  list(`game games gaming fortnite fifa gta film films movie movies series episode episodes show telly tv netflix book books novel story
  stories podcast documentary play musical themed theme escape mystery mysteries quiz joke jokes lol lmao haha hahaha jk rofl meme memes
  song lyrics drill drills rehearsal panto pantomime laughter laughing costume costumes halloween toy toys replica nerf
  chess checkmate checkmated stalemate draughts checkers monopoly scrabble cluedo boardgame irl`),
);
/** Pets, of whom "he" or "she" is said too: alone they do not make words of peril someone's. */
export const PETS: ReadonlySet<string> = new Set(list('cat cats kitten dog dogs puppy hamster rabbit bunny goldfish fish budgie parrot tortoise pet pets'));
/** "he'll", "they'd" as typed without the apostrophe: someone, with "will" or "would", before what they do ("hell kill him"). */
export const CONTRACTED_DOERS: ReadonlySet<string> = new Set(list('hell shell theyll hed shed theyd'));
/** After "shoot" or "shooting", what is not gunfire: "shooting games", "shoot hoops", "a shooting star", "shooting a film". */
export const NOT_GUNFIRE_AFTER: ReadonlySet<string> = new Set(
  list(`game games gaming gamer range ranges gallery practice hoops baskets pool star stars photo photos pictures picture film films video
  videos scene scenes advert commercial season breeze movie movies documentary vlog vlogs tiktok tiktoks content episode episodes ad ads
  footage clip clips trailer music wedding weddings portrait portraits headshot headshots engagement christening event events gig gigs
  concert concerts fashion lookbook editorial campaign reel reels shorts pics pic selfie selfies timelapse sunset landscape landscapes product products catalogue`),
);
/** "on fire" said of someone doing well ("on fire at darts lately"): not a fire, unless fire is said again some other way. */
export const ON_FIRE_DOING_WELL =
  'on fire (?:at|with|in|on) (?:the )?(?:darts|pool|snooker|football|footy|fifa|fortnite|golf|tennis|cricket|bowling|quiz|quizzes|chess|poker|cards|scrabble|wordle|work|school|college|uni|gym|training|karaoke|pitch|court|goals?|scoring|sales|exams?|revision|the decks|bingo|netball|rugby|hockey|basketball|volleyball|badminton|squash|table tennis|ping pong|athletics|boxing|karate|judo|bridge|monopoly|minecraft|warzone|maths|spelling)|on fire (?:lately|recently|these days|this season|this term|this year|this week|this month)|on fire (?:at|with|in|on) (?:\\w+ ){1,2}?(?:lately|recently|these days|this season|this term|this year)';
/**
 * "Fire" that is no blaze: a thing praised ("the new drill track is fire", "thats fire"), a thing started ("fire up the
 * bbq", "fire up the laptop"), a message sent ("fire me a text", "fire away"), a job lost ("they'll fire me if im late")
 * or criticism ("under fire over the closures"). Never "there is fire", "its fire" or "on fire": those stay a fire.
 */
export const FIRE_AS_A_FIGURE =
  '(?:track|tune|song|album|beat|verse|bars|set|mix|playlist|video|vid|film|movie|show|series|episode|game|food|jollof|chicken|burger|pizza|curry|meal|dish|fit|outfit|drip|trainers|kicks|garms|pic|photo|vibe|vibes|party|rave|gig|concert|banger|lyrics|drill|grime|remix)(?: \\w+)? (?:is|was|s|are|were|sounds|looks|tastes) (?:actually |literally |proper |pure |straight |absolute |so |well |lowkey |highkey )?fire|thats (?:actually |literally |proper |pure |straight |absolute |so |well )?fire'
  + '|fire (?:it )?up (?:the |my |our |his |her |a )?(?:bbq|barbecue|barbie|grill|engine|laptop|computer|pc|console|playstation|ps5|ps4|xbox|switch|oven|stove|hob|heating|boiler|car|van|motor|generator|coffee machine|machine|kettle|app)'
  + '|fire away|fire (?:me|us|him|her|them) (?:a|an|over|off|across) (?:quick )?(?:text|message|msg|email|e mail|dm|line|note|whatsapp|pic)|fire (?:off|over) (?:a|an) (?:quick )?(?:text|message|msg|email|e mail|dm|tweet|letter|complaint)'
  + '|fire (?:me|him|her|them|us|you) (?:from|for|if|over|because|cos|when)|(?:going to|gonna|will|ll|might|could|threatening to|threatened to|want to|wants to) fire (?:me|him|her|them|us|you)\\b|fire (?:the|our|my|their) (?:manager|boss|coach|ref|referee|staff|cleaner|builder)|under fire (?:over|for|from|after|about)';
export const BETWEEN_DOER_AND_ACT: ReadonlySet<string> = new Set(
  list(`is are am was were be been being has have had s re ve ll will would could might may must can going gonna to about trying try tries
  tried wants want wanna keeps keep kept just still now always again really literally currently constantly already even also
  absolutely totally completely properly proper seriously utterly actually honestly nearly almost practically basically
  started starting starts begun began getting got get gets`),
);
/** Words that undo what follows ("nobody was hurt", "he didn't hit me"). */
export const NEGATORS: ReadonlySet<string> = new Set(list('not no nobody noone none never didnt doesnt dont isnt wasnt werent arent havent hasnt hadnt'));

/** Life at risk whatever else is said: trapped, held, shut in, in danger, afraid for one's life (the police). */
export const LIFE_AT_RISK =
  // Someone on the floor for hours: "the old lady next door has been lying on her kitchen floor since this morning".
  // Of someone else: the resident who says so is not lying there unable to call ("i was lying on the floor all day doing yoga").
  '(?<!\\b(?:i|im|ive|we|were|weve)(?: (?:was|am|have|had|been|ve|just))*(?: been)? )(?:lying|laying|lay|laid) (?:on|across) (?:the|her|his|their|my) (?:\\w+ )?(?:floor|ground)(?: \\w+){0,3}? (?:since (?:this morning|last night|yesterday|the morning|lunch|\\d|early)|for (?:hours|ages|a long time|a while|\\w+ hours|the last \\w+ hours)|all (?:day|night|morning|afternoon)|roundtheclock)'
  // Things thrown or a laser aimed at traffic or people: "lads throwing stones at the trains", "pointing a laser at the planes".
  + '|(?:throwing|chucking|lobbing|hurling|dropping|throw|chuck|lob|drop) (?:stones|rocks|bricks|bottles|concrete|fireworks|objects|things|rubble) (?:at|onto|on to|off (?:the )?bridge (?:onto|at)) (?:the )?(?:passing )?(?:trains?|buses?|cars?|traffic|vehicles?|drivers?|people|us|me|windows?|motorway|road|kids)'
  + '|(?:pointing|shining|aiming|point|shine|aim) (?:a |the |his |their |some )?(?:green )?(?:laser|lasers|laser pen|laser pointer)s? (?:\\w+ ){0,2}?(?:at|into) (?:the )?(?:planes?|aircraft|helicopters?|pilots?|drivers?|trains?|buses?|cars?|police|people|eyes)'
  // A small child or a pram alone by traffic: "a pram rolling towards the road", "a toddler walking along the main road on his own".
  + '|(?:pram|buggy|pushchair|stroller)(?: \\w+){0,2}? (?:rolling|rolled|rolls) (?:\\w+ ){0,3}?(?:road|traffic|tracks|river|canal|water)'
  + '|(?:toddler|baby|little (?:boy|girl|one|kid)|small (?:child|kid|boy|girl)|young (?:child|kid)|a child|a kid)(?: \\w+){0,5}? (?:road|roads|traffic|dual carriageway|motorway|railway|tracks|train line)\\b(?=.*\\b(?:alone|on (?:his|her|their) own|no one with|nobody with|unattended|no adult|no parent|by (?:himself|herself|themselves))\\b)'
  // Shut in with no way to call: "he's locked all the doors and taken my phone", "took my keys and phone and locked the door".
  + '|(?:locked|locking|bolted|barricaded) (?:all )?(?:the|my|our|both) (?:\\w+ )?(?:doors?|windows?|flat|house|room)(?: \\w+){0,8}? (?:taken|took|takes|taking|hidden|hid|hides|smashed|broke|broken|grabbed|snatched|stolen|stole) (?:my|our) (?:\\w+ )?(?:phone|phones|mobile|keys)|(?:taken|took|takes|taking|hidden|hid|hides|smashed|broke|broken|grabbed|snatched|stolen|stole) (?:my|our) (?:\\w+ )?(?:phone|phones|mobile|keys)(?: \\w+){0,8}? (?:locked|locks|locking|bolted|barricaded) (?:all )?(?:the|my|our|both|us|me) ?(?:\\w+ )?(?:doors?|windows?|in)?|(?:wont|will not|doesnt|does not) let (?:me|us|her|him|them) (?:leave|go|out)|(?:keeping|keeps|keep|kept) (?:me|us|her|him|them) (?:locked|trapped|inside|prisoner|in (?:a|the|this|that|their|his|her) (?:flat|house|room|basement|cellar|shed|garage|van|loft|attic))|borrowed (?:a|someones|somebodys|this) (?:phone|mobile) for (?:a|one) (?:minute|second|sec|moment)|trapped|being held|(?:being|been) kept (?:in|inside|at|locked|prisoner|against|here|there)\\b|(?:managed|able|got) to (?:get|grab|borrow|sneak|use) (?:a|someones|somebodys|this|the|his|her|their) (?:phone|mobile)(?! (?:fixed|repaired|back|sorted|unlocked|charged|replaced|screen|contract|deal|upgrade))|held hostage(?! (?:themed|theme|escape|film|movie|game|games|drama|exercise|drill|scenario|role ?play))|hostage(?! (?:themed|theme|escape|film|movie|game|games|drama|exercise|drill|scenario|role ?play|negotiation|negotiator))|kidnapped|in immediate danger|dont feel safe|do not feel safe|fear for my life|scared for my life|afraid for my life';
/**
 * Things that fall with no one hurt: "my phone fell down the stairs", "the hoover fell down the stairs". A fall is a
 * body's only when someone (or an animal) fell; not a pram or a buggy, which may have a child in it.
 */
const FALLEN_THINGS =
  'phones?|mobiles?|iphones?|ipads?|tablets?|laptops?|computers?|monitors?|tvs?|telly|hoovers?|vacuums?|bags?|handbags?|backpacks?|rucksacks?|suitcases?|cases?|luggage|boxes|box|parcels?|packages?|keys?|shopping|baskets?|bottles?|glass|glasses|plates?|mugs?|cups?|mirrors?|pictures?|frames?|lamps?|chairs?|tables?|desks?|drawers|wardrobes?|sofa|mattress|bikes?|scooters?|toys?|balls?|books?|bins?|washing|laundry|ironing board|paint|tins?|tray|dinner|food|cake|pizza|tree|decorations|presents?|shoes?|trainers|coat|camera|headphones|airpods|watch|charger|controller|console|xbox|playstation|wallet|purse|stuff|things|shelf|shelves|speaker|printer|fridge|microwave|kettle|iron|pan|pot|vase|plant|heater|fan|ladder|bucket|mop';
/** Between a thing and its fall: "my phone has just fell", "the hoover literally fell". */
const BEFORE_A_FALL = 'has|have|had|just|s|accidentally|literally|then|also|all|totally|somehow|only';

/**
 * A body in crisis (an ambulance): not breathing, unconscious, collapsed, fitting, a stroke's signs, chest pain,
 * bleeding badly, an overdose, choking, an allergic reaction, a fall with an injury, hit by a car, a baby coming.
 * Placed in time like any sign: "had a stroke last year" is over, "has chest pains" is now.
 */
export const MEDICAL_EMERGENCY = [
  // Breathing and waking.
  'not breathing|stopped breathing|isnt breathing|(?:cant|cannot|can not) breathe|struggling to breathe|(?:gasping|fighting) for (?:air|breath)|breathing (?:funny|strangely|weird(?:ly)?|badly)',
  'unconscious|unresponsive|collapsed|passed out|blacked out|(?:lost|losing|loses) consciousness|(?:cant|cannot|can not|unable to) (?:stand up|get up|get back up|feel my (?:legs|arms))(?! (?:straight|in the mornings?|early|for work|for school|on time|that early|(?:the |my |our |any )?(?:stairs|steps|hill|hills|escalators?)))|knocked (?:out|unconscious)(?! of)(?! (?:in|at) (?:the )?(?:\\w+ )?(?:round|rounds|semis?|semi ?finals?|quarters|quarter ?finals?|finals?|group stages?|heats?|qualifiers?|qualifying|playoffs?|play offs?))|wont wake up|will not wake up|not waking up|cant wake (?:him|her|them)|(?:wont|will not|not|isnt) (?:respond|responding)|not moving|isnt moving|wont move|lying (?:motionless|still|unconscious|in a pool of blood)|lying (?:in|on) the (?:road|floor|ground|pavement|street)|(?:hes|shes|theyre|he is|she is|they are|my (?!(?:phone|mobile|battery|laptop|charge|car|plant|plants|tablet|ipad|iphone|torch|headphones|airpods|signal|wifi|data|pen|printer|tv|telly|fridge|boiler|cactus|flowers|watch|kindle|console|bulb|lightbulb|hoover|vape|social life)\\b)\\w+ is) dying(?! (?:to|for (?:a|an|some|the|my|his|her|their|one|another)|of (?:boredom|laughter|embarrassment|shame|curiosity|envy|jealousy|cringe))\\b)|(?:i think|think|looks like) (?:hes|shes|theyre|he is|she is|they are|my \\w+ is) dead',
  // Fits, strokes, hearts.
  '(?<!(?:nearly|almost|practically|basically|near enough|just about) (?:had|have|having|gave (?:me|her|him|us|them)|give (?:me|her|him|us|them)) a )(?<!(?:gave|give|giving|gonna give|will give|going to give) (?:me|her|him|us|them|my \\w+) a )heart attack(?! of (?:a|an|the) )|cardiac arrest|seizure|having a (?:fit|stroke)|(?:is|s|keeps|started|start) (?:fitting|convulsing|shaking uncontrollably)|(?:a|having a|had a|has had a) stroke(?! of)|stroke symptoms|face (?:is |has )?(?:drooping|dropped|droopy)|drooping (?:face|mouth)|slurr(?:ed|ing) (?:his |her |their |my )?(?:speech|words)|speech (?:is )?slurred|(?:cant|cannot|can not) (?:lift|raise|move|feel) (?:his|her|their|my|one) (?:arms?|legs?|face|side)|chest pains?|pains? in (?:his|her|their|my) chest|(?:crushing|tight|tightness in (?:his|her|their|my)) chest',
  // Blood, choking, poisoning, allergies.
  // Blood in slang: "he's leaking bad" (said of someone: the roof leaks too), "claret everywhere".
  '(?:hes|shes|theyre|he is|she is|they are|(?:one|some|two|both|all|each|most) of (?:them|us|em|the \\w+)(?: is| are| s)?|(?:my|his|her|their|our|the|this|that|a) (?:\\w+ )?(?:mate|mates|friend|friends|bruv|bro|cousin|brother|son|boy|boys|man|guy|lad|lads|girl|partner|dad|mum|fam|bredren|victim|kid|youth|yout|yute|mandem)(?: is| are| s)?) (?:still |really |badly |proper |bare )?leakin(?:g)?\\b(?! (?:water|oil|gas|fuel|petrol|from (?:the|a) (?:roof|ceiling|pipe|tap|radiator)))|claret (?:everywhere|all over|pouring|pissing|gushing)|(?:covered in|pissing|pouring|losing) claret|pissing blood',
  'bleeding|blood everywhere|lots of blood|(?:a )?lot of blood|so much blood|losing (?:a lot of |so much )?blood|blood (?:is )?(?:pouring|gushing|spurting|pumping|wont stop)|(?:wont|will not|cant|doesnt) stop bleeding|choking|overdos(?:e|ed|ing)|od d|(?:taken|took|swallowed|had|necked|downed|eaten|ate|drunk|drank) (?:\\w+ ){0,6}?(?:pills|tablets|paracetamol|painkillers|sleeping pills|bleach|batteries|battery|poison|weed killer|antifreeze)|(?:swallowed|necked|downed|eaten|ate|drunk|drank) (?:\\w+ ){0,6}?(?:washing up (?:liquid|stuff)|cleaning (?:stuff|products?|fluid|liquid)|detergent|laundry (?:pods?|capsules?|liquid|tablets)|dishwasher tablets?|white spirit|vape (?:liquid|juice))|allergic reaction|anaphyla\\w+|epi ?pen|throat (?:is |s )?(?:swelling|closing|swollen)|(?:tongue|lips) (?:is |are |s )?(?:swelling|swollen)|asthma attack|(?:lips|face|skin) (?:is |are |s |has |have )?(?:going|turning|gone|turned)? ?blue|(?:going|gone|turning|turned|went) blue|(?:is|s|gone|going|went) (?:all )?(?:floppy|limp)',
  // Falls, collisions, burns, birth.
  `(?<!\\b(?:${FALLEN_THINGS})(?: (?:${BEFORE_A_FALL}))* )(?:fallen|fell|falling) (?:down the stairs|off (?:a|the) (?:ladder|roof|balcony|wall|scaffolding)|from (?:a|the) (?:window|balcony|roof|height|ladder))|` +
  '(?:cant|cannot|can not|unable to) get (?:up|back up) (?:off|from) the floor|(?:fell|fallen|falling|falls|had a fall) (?:\\w+ ){0,4}?(?:and|but) (?:\\w+ ){0,2}?(?:cant|cannot|can not|unable to) get (?:up|back up|(?:him|her|them|my)self up)|(?:on|lying on|down on) the (?:\\w+ )?(?:floor|ground) (?:and|but) (?:\\w+ ){0,2}?(?:cant|cannot|can not|unable to) get (?:up|back up)|hit (?:his|her|their|my) head|head injury|(?:hes|shes|he is|she is|theyre|they are) not making (?:any )?sense|(?:he|she|they|hes|shes|theyre|(?:my|our|his|her|their) \\w+(?: is| s)?) (?:suddenly |just )?(?:isnt|is not|arent|are not|stopped|s not|not) making (?:any )?sense|(?:one side of|half of) (?:his|her|their|my) (?:face|body|mouth) (?:looks|is|has|s|feels|went|gone)(?: gone)? (?:wrong|droopy|drooping|dropped|fallen|numb|weird|funny)|(?:his|her|their|my) (?:arm|arms|leg|legs|side|face) (?:feels|feel|is|are|has gone|have gone|went|s gone) (?:suddenly )?(?:numb|dead|weak|heavy|floppy)|(?:he|she|they|hes|shes|theyre|he is|she is|they are|is|s) (?:suddenly )?(?:talking|speaking) (?:gibberish|nonsense|rubbish)|run over|(?:been|got|get|was|were|being|just) knocked (?:down|over)|knocked (?:down|over) by|hit by (?:a|the) (?:car|van|bus|lorry|truck|bike|motorbike|train)|(?:car|road|bike|motorbike) (?:crash|accident|collision)|(?:crashed|crash) (?:his|her|their|my|into)|badly burn(?:ed|t)|severe burns?|electrocuted|electric shock|(?:in|gone into|going into) labour|waters (?:have )?broken|(?:the )?baby is coming|giving birth|(?:need|needs|call|send|get|ring|phone|fetch|want)(?: (?:me|us|him|her|them|my \\w+))? (?:an |the )?ambulance',
].join('|');
/** Someone in the water: fallen, pushed or jumped in, or in it and in trouble. */
export const IN_THE_WATER = [
  'drowning(?! in (?:paperwork|work|debt|debts|bills|emails|e mails|homework|admin|assignments|deadlines|laundry|washing|forms|coursework|revision|messages|texts|love|data|essays|marking|orders|tasks|jobs|letters|post|applications|meetings|notes|reading))|drowned|(?:went|gone|going) under|swept away|(?:cant|cannot|can not) swim',
  // Not a swim or a trip out: "we went swimming in the lido", "gone for a paddle in the sea".
  '(?:fell|fallen|falling|jumped|jumping|pushed|thrown|slipped|gone|went|going|fall|fallen) (?:(?!(?:swimming|for|paddling|kayaking|canoeing|rowing|fishing|boating|sailing|paddleboarding|paddle|wild|out|on|to)\\b)\\w+ ){0,4}?(?:in|into) (?:the|a) (?:water|river|thames|canal|lake|pond|reservoir|sea|dock|docks|lido|cut|quarry|brook|stream|pool|swimming pool|paddling pool)',
  // Taken by the water, or under the ice: "being carried off by the current", "swept along in the river", "fell through the ice".
  '(?:swept|carried|dragged|pulled|washed|taken) (?:off |away |along |out |down |under |downstream )?(?:by|in|into|down|with) the (?:current|tide|river|water|waves|stream|thames|canal|rapids|weir)|(?:caught|stuck) in (?:the |a )?(?:current|rip|riptide|rip tide|undertow)|(?:fell|fallen|falling|gone|went|going|broke|broken|crashed) through (?:the )?ice|(?:under|beneath) the ice',
  '(?:(?:struggling|thrashing|flailing|splashing|floundering)(?: about| around)?|screaming|shouting for help|calling for help|going under|face down) in (?:the|a) (?:water|river|thames|canal|lake|pond|reservoir|sea|dock|docks|lido|pool|swimming pool|paddling pool|quarry|brook|stream)',
  '(?:jumped|jumping|fell|fallen|falling|thrown|pushed|slipped) (?:off|from) (?:a|the) (?:\\w+ )?(?:bridge|roof|building|balcony|car park|tower|block|pier|jetty|quay|wharf|boat|towpath|lock gates?|harbour wall)',
  '(?:in|into) the (?:water|river|thames|canal|lake|pond|reservoir|sea|dock|docks) (?:and )?(?:is |are |s )?(?:struggling|drowning|shouting|screaming|not moving|face down|floating|going under|cant swim|waving)',
  '(?:theres|there is|there are) (?:a |an |some )?\\w+ (?:\\w+ )?(?:in|floating in) the (?:water|river|thames|canal|lake|pond|reservoir|dock|docks)',
  // Someone in the water, then what it does to them a few words on: "kid in the river by the footbridge getting swept along".
  '(?:kid|child|boy|girl|toddler|baby|man|woman|lad|person|someone|somebody|dog|he|she|they|son|daughter|friend|mate|brother|sister) (?:is |s |are |re )?(?:in|into) the (?:water|river|thames|canal|lake|pond|reservoir|sea|dock|docks)(?: \\w+){0,6}? (?:(?:getting|being|been) )?(?:swept|carried|dragged|washed) (?:along|away|off|out|downstream|down(?:stream)?|under)',
].join('|');
/** Shut in a car or room where heat or time can kill: "a child locked in a hot car", "a dog left in a car in the sun". */
export const SHUT_IN =
  '(?:locked|left|trapped|stuck|shut) (?:alone |inside )?in (?:a|the|my|his|her|their|our|this) (?:\\w+ )?(?:car(?! park)|van|vehicle|boot|room|bedroom|bathroom|flat|house|cupboard|lift|shed|cellar|basement|container)|locked (?:me|us|him|her|them) in|(?:locked|shut|bolted|padlocked) (?:my|his|her|their|our|the|a) (?:\\w+ )?(?:wife|husband|partner|girlfriend|boyfriend|kids?|children|child|son|daughter|mum|mother|dad|father|gran|nan|grandma|grandad|baby|babies|sister|brother|friend|mate|flatmate|carer|neighbour|lodger|girl|boy|woman|man|cousin|aunt|uncle|niece|nephew|stepson|stepdaughter) (?:up )?in(?:side)? (?:a|the|my|his|her|their|our|this) (?:\\w+ )?(?:shed|garage|basement|cellar|loft|attic|cupboard|wardrobe|boot|toilet|container|room|bedroom|bathroom|car|van|lorry|house|flat|cage|outhouse|cabin)';
/**
 * Signs that someone may take their own life, each harmless alone, said together (`SHUT_AWAY`, `FAREWELL`,
 * `MEANS_AT_HAND`, `UNREACHABLE`): "locked himself in the bathroom and said goodbye to us all, he has pills", "texted
 * me goodbye forever and wont answer her phone", "locked himself in the garage with the car running". Any two of them.
 */
export const SHUT_AWAY = '(?:locked|shut|barricaded|barred) (?:himself|herself|themselves|themself) (?:away |up )?(?:in|inside)\\b';
export const FAREWELL =
  '(?:said|saying|says|texted|text|messaged|sent|sending|left|leaving|wrote|written|posted) (?:(?:me|us|everyone|us all|them|her|him) )?(?:a |his |her |their )?(?:goodbyes?|good ?byes?|farewells?|final messages?|last messages?|suicide notes?)(?! (?:to (?:my|our|his|her|their) (?:colleagues|workmates|class|team|friends at work|students|pupils|coworkers)|party|card|drinks|lunch|do))|goodbye forever|(?:left|leaving|wrote) (?:a|the) note|sorry for everything|(?:giving|gave) (?:away )?(?:all )?(?:his|her|their) (?:things|stuff|belongings) away';
export const MEANS_AT_HAND =
  '(?:pills|tablets|meds|medication|paracetamol|painkillers|sleeping pills|rope|noose|razor|razors|blades?|(?:a|the|his|her|their) knife|(?:car|engine) (?:running|on)|exhaust|bleach)';
/**
 * Someone told they are the next to be harmed: "says the baby is next", "told me I'm next". A threat only beside harm
 * done or going on (`emergency.ts`), not the next in a queue ("the barber says I'm next", "next for the bathroom").
 */
export const TOLD_NEXT_TO_BE_HARMED =
  '(?:says|said|saying|shouting|shouted|screaming|screamed|yelling|yelled|told (?:me|us|her|him)|telling (?:me|us|her|him)|threatens|threatened|threatening|warned (?:me|us)|warning (?:me|us))(?: that)? (?:im|i am|i m|youre|you are|were|we are|theyre|they are|hes|he is|shes|she is|(?:the|my|our|his|her|their) (?:baby|kids|children|child|kid|son|daughter|boy|girl|wife|husband|mum|dad|sister|brother|dog|cat|family)(?: is| are| s)?) next(?! (?:for|in|on|to|up|week|month|year|time|door|please|after|round))\\b';
/** At the edge of a height a fall from kills: "on the roof edge of the multi storey", "standing on the bridge parapet". */
export const AT_A_HEIGHT_EDGE =
  '(?:on|at|along) (?:top of )?(?:a|an|the|his|her|their|my|our) (?:\\w+ ){0,4}?(?:roof ?edge|rooftop|roof|ledge|parapet|edge|railings?)|(?:top|edge|roof) of (?:a|an|the) (?:\\w+ ){0,3}?(?:multi ?storey|car park|tower block|tower|block of flats|flats|bridge|footbridge|flyover|cliff|building)|standing on (?:a|the) (?:\\w+ )?(?:bridge|railings?|wall|parapet|balcony)';
export const UNREACHABLE =
  '(?:wont|will not|isnt|is not|not|cant|doesnt|didnt|hasnt) (?:open(?:ing)? (?:the |it|up)?|answer(?:ing)?|respond(?:ing)?|reply(?:ing)?|come out|coming out|come down|coming down|get down|getting down|pick(?:ing)? up)|(?:phone|mobile) (?:is |s )?(?:off|switched off|dead|going to voicemail)|(?:no|not) (?:answer|response|reply)';

/** Gas or carbon monoxide in a home: no one service to name, but 999 now. */
export const GAS_OR_FUMES =
  // "light the gas ... I can smell it": gas named, then smelled.
  'gas(?: \\w+){0,10}? (?:i|we) (?:can )?(?:smell|smelt|smelled) it|carbon monoxide|co (?:alarm|detector)|gas smell|smells? like gas|smelling (?:of )?gas|whiff of gas|(?:gas|co) alarm (?:is |s )?(?:going off|beeping|sounding|ringing)|smell(?:s|ing)? (?:of )?gas|gas leak|fumes? (?:in|coming)';
/** Threats said in slang, with no harm verb in the lexicon's list: "gonna do me in", "they're coming for him". */
export const THREAT_PHRASES =
  // The end named as a night or a day: "tonight's the night he finishes me", "says I'm not leaving here alive".
  '(?:tonights|tonight is|tonight|todays|today is|today|this is) the (?:night|day) (?:\\w+ ){0,2}?(?:he|she|they|hes|shes|theyre|hell|shell|theyll|someone|somebody) (?:\\w+ ){0,2}?(?:finish|finishes|finishing|end|ends|ending|kill|kills|killing|gets|get|does|do) (?:me|us|him|her|them|my \\w+)(?: (?:off|in))?\\b|(?:im|i am|were|we are|hes|shes|he is|she is|theyre|they are|you are|youre|no one is|nobody is|not) (?:not )?(?:leaving|getting out|walking out|coming out|making it out|going to leave|gonna leave) (?:of )?(?:\\w+ ){0,2}?alive|(?:says|said|saying|shouting|screaming|yelling|told us|telling us|told me|telling me)(?: that)? (?:none of us|no one|noone|nobody|neither of us|we|you|i)(?: is| are| re| s| am| m| will| ll| can| cant| arent| isnt| aint)? (?:not |ever |never )?(?:leaving|leave|getting out|get out|going anywhere|go anywhere|allowed (?:to leave|out))(?: (?:here|this (?:house|flat|room|place)|the (?:house|flat|room)))?(?! (?:until|till|til|before|unless|without|early|yet|the table|for|on)\\b)|(?:coming|comin) (?:back )?for (?:me|him|her|us|them|my \\w+)(?: now| again| tonight| with \\w+)?$|out for (?:my|his|her|their) blood|(?:hes|shes|theyre|is|are) after (?:me|him|her|us|them)(?! in)|(?:price|hit) on (?:my|his|her|their) head|got it in for (?:me|him|her|us|them)|(?:says|said|saying|texted|texting|texts|messaged|messaging|messages|posted|posting|wrote|told me|telling me) (?:me )?(?:that )?(?:they|he|she|theyre|hes|shes) (?:know|knows|found out|have|has|got) (?:where (?:i|we) (?:live|am|are)|my (?:address|house|flat))|(?:says|said|saying|told me|telling me|threatens|threatened|threatening|youll|you will) (?:that )?(?:\\w+ )?(?:never|not|wont|will not) (?:ever )?see (?:them|him|her|the (?:kids|children|baby)|(?:my|your|our|his|her) (?:kids|children|baby|son|daughter|boy|girl)) again' +
  // Grave harm foretold by someone else: "dad says he'll break my legs", "she threatened to snap my arm", "he's gonna
  // put me in hospital", "says he'll cut me", "he'd break every bone in my body" (not "I'll break my neck on these
  // stairs", "going to break my phone", "he'll cut me off").
  '|(?:hell|shell|theyll|hed|shed|theyd|(?:he|she|they) (?:will|would|is going to|is gonna|are going to|are gonna)|(?:hes|shes|theyre) (?:going to|gonna|gunna|about to)|threaten(?:s|ed|ing)? to) (?:come (?:up |round |over )?and )?' +
  '(?:(?:break|snap|smash|crack|slit|cut|stamp on) (?:my|your|his|her|their|our) (?:legs?|arms?|neck|jaw|nose|face|skull|fingers?|kneecaps?|knees?|ribs|throat|teeth|back)|break every bone in (?:my|your|his|her|their|our) body|put (?:me|you|him|her|us|them) (?:in|into) (?:(?:a|the) )?(?:hospital|intensive care|wheelchair|ground|grave|box|coffin)|cut (?:me|you|him|her|us|them)(?! (?:off|out|up|in|down|some|a|any|loose|short))|slice (?:me|you|him|her|us|them) up)\\b' +
  // Killing others with himself: "take us all with him", "take the kids down with her" (not "take us all with him to the match").
  '|(?:take|taking|takes|took) (?:us|them|you|everyone|everybody|the (?:kids|children|family|baby)|my (?:kids|children|family|baby|mum|mother|dad|father)) (?:all )?(?:down )?with (?:him|her|them|himself|herself|themselves)(?! (?:to|on|for|in|out|along|when|if|after|next|tomorrow|later|today)\\b)(?: all)?' +
  // Not living through it if found: "if he finds me here tonight I don't think I'll survive", "if they catch us we're dead"
  // (said of whoever the resident may be hiding from, not "if my boss finds me napping I'm dead").
  '|if (?:he|she|they|my (?:ex|partner|husband|wife|boyfriend|girlfriend|bf|gf|dad|father|stepdad|brother|uncle|family|pimp|dealer|abuser|stalker)) (?:finds?|found|catch(?:es)?|caught|gets? (?:to|hold of)|sees?) (?:me|us)\\b(?: \\w+){0,6}? (?:(?:(?:i|we) )?(?:dont|do not) think (?:i|we)(?:ll| will)? (?:survive|live|make it)|(?:i|we)(?:ll| will)? (?:not|never|wont) (?:survive|live|make it)|(?:ill|i will|im|i am|well|we will|were|we are|i|we)(?: be)? (?:dead|die|killed|not survive|done for|a goner|finished))' +
  // A threat against a place full of people, its maker unnamed as a victim: "threatened to shoot up the office", "says he'll bomb the school".
  '|(?:threaten(?:s|ed|ing)?|says?|said|saying|posted|posting|told (?:me|us|everyone)|going|gonna|about|planning|plans?|wants?|vowed|swore)(?: (?:that )?(?:hes|shes|theyre|he|she|they|hell|shell|theyll|hed|shed|theyd)(?: will| would| is| are)?(?: going)?)? (?:to )?(?:shoot|bomb|blow|torch|burn|stab|petrol bomb|firebomb|attack)(?: up| down)? (?:up |down )?(?:the|this|our|my|their|his|her|a|that) (?:\\w+ )?(?:office|offices|school|college|uni|university|station|shop|store|pub|club|bar|building|place|house|flat|block|mosque|church|synagogue|temple|gurdwara|party|bus|train|tube|gym|hospital|surgery|centre|center|market|estate|warehouse|factory|restaurant|cafe|workplace|work|site)\\b(?: (?:up|down))?';
/** The services 999 puts a caller through to, as the reply names them. */
export type EmergencyService = 'police' | 'ambulance' | 'fire';
/**
 * Which service to ask 999 for, by the kind of danger read (`emergency.ts`): a body in crisis needs an ambulance,
 * a fire the fire service, harm done or threatened the police. `null`: the lexicon does not know which (someone in
 * the water, gas or fumes), so the reply just says call 999. Kinds marked `weak` ("somebody help", hiding) name the
 * police only when nothing else in the message says which.
 */
export const SERVICE_FOR_DANGER: ReadonlyMap<string, { service: EmergencyService | null; weak?: true }> = wordTable({
  harm: { service: 'police' }, violence: { service: 'police' }, 'break-in': { service: 'police' }, theft: { service: 'police' },
  intruder: { service: 'police' }, weapon: { service: 'police' }, missing: { service: 'police' }, 'drink-driving': { service: 'police' },
  'self-harm': { service: 'police' }, 'life-at-risk': { service: 'police' }, 'call-for-help': { service: 'police', weak: true },
  hiding: { service: 'police', weak: true }, medical: { service: 'ambulance' }, fire: { service: 'fire' }, water: { service: null }, gas: { service: null },
});
/** Harm that wounds: someone stabbed, shot or glassed needs an ambulance as well as the police. */
export const WOUNDING_HARM: ReadonlySet<string> = new Set(['stab', 'shoot', 'glass', 'knife', 'shank', 'slash', 'bottle']);
/** Thinking of ending one's life, or harming oneself. */
export const SELF_HARM =
  // Said as people say it: "end it tonight", "end things", "top myself", "not wake up", "better off without me".
  // Not of a body that ends a service: "the council want to end it for good".
  '(?<!\\b(?:council|councils|met|mayor|mayors|police|government|govt|home office|management|company|club|league|band|show|series|channel|bbc|netflix|they|theyre)(?: \\w+){0,2} )(?:want|wants|wanna|going|gonna|about|planning|plans|trying|tryna|thinking of|thinking about|tempted|ready) (?:to )?(?:end|ending|finish|finishing) (?:it|it all|things|everything)(?: (?:tonight|today|now|for good|this time|soon))?(?! (?:with|between|off|there|here|early|later|now with)\\b)(?=$| (?:tonight|today|now|for good|this time|soon|and|i|im|but|cos|because|so)\\b)'
  + '|(?:end|ending|ended) (?:my|his|her|their) (?:own )?life|(?:top|topping|off|offing|unalive|unaliving) (?:myself|himself|herself|themselves|themself)|(?:want to|wanna|gonna|going to|about to|finna|boutta|will|ll|might) kms'
  + '|(?:sleep|asleep) and (?:never|not) wake up|(?:wish|want|hope|pray)(?:ing)? (?:i |to |that i )?(?:would |could )?(?:never|not|didnt|dont) wake up(?! (?:late|early|till|until|before|in time|on time|for))'
  + '|(?:better|happier) off without (?:me|him|her|them)(?! (?:at|in|on) (?:the |this )?(?:party|match|game|team|quiz))|no point (?:in )?(?:living|going on|being alive)|nothing (?:left )?to live for|(?:tired|sick) of (?:living|being alive)|life (?:isnt|is not) worth (?:it|living)'
  + '|goodbye (?:notes|letters|messages|texts)|suicide notes|(?:said|says|saying|say|sent|texted|messaged) (?:a )?goodbye (?:forever|for good|for the last time)(?! to (?:our|the|my|his|her|their|that|this|an?) (?:old |last |first )?(?:house|flat|home|place|car|job|school|uni|team|club|city|town|area|street|phone|office|summer|holiday)s?\\b)|(?:said|says|saying) (?:her|his|their|my) (?:last|final) goodbyes?'
  + '|kill (?:myself|himself|herself|themselves|themself)|killing (?:myself|himself|herself|themselves|themself)|end (?:my|his|her|their) (?:own )?life|end it all|ending it all|take (?:my|his|her|their) (?:own )?life|suicid(?:e|al)|want to die|wants to die|wanna die|dont want to (?:live|be alive|be here)|doesnt want to (?:live|be alive|be here)|better off dead|no reason to live|not worth living|(?<!accidentally |by accident )(?:hurt|harm|cut|hang|cutting|harming|hurting|hanging) (?:myself|himself|herself|themselves|themself)(?! (?:shaving|cooking|chopping|slicing|peeling|gardening|on (?:a|the|some|an) (?:tin|can|glass|paper|knife|blade|nail|fence|bramble|thorn|edge|razor)|by accident|accidentally|a bit|slightly|while (?:shaving|cooking|chopping|slicing|gardening)))|self harm(?:ing)?|jump (?:off|from) (?:a|the|his|her|their|my|our|this|that) (?:top of (?:a|the|his|her|their|my|our) )?(?:\\w+ )?(?:bridge|building|roof|balcony|tower|tower block|block|car park|multi storey|flyover|cliff|ledge)|(?:trying|tryna|threatening|threatened|threatens|about|going|gonna|wants|want|wanna) (?:to )?jump out (?:of )?(?:a|the|his|her|their|my|our) (?:\\w+ )?window|jump in front of (?:a|the) (?:train|bus|car)|(?:bridge|roof|rooftop|ledge|parapet|balcony|railings|cliff|edge)(?: \\w+){0,6}? (?:will|ll|going to|gonna|about to|threatening to|threatens to|trying to|tryna|wants to|want to|wanna|says hell|says shell|saying hell|saying shell) jump\\b(?! (?:the queue|on (?:a|the) (?:call|bus|train)|in the (?:pool|shower|water park)))|(?:threatening|threatened|threatens|going|gonna|about|wants|want) to jump$|(?:going to|gonna|want to|wanna|about to) end it(?: all)?$|(?:cant|cannot) (?:cope|go on)(?: anymore| any more)?|say(?:ing)? goodbye (?:to everyone|forever)|(?:said|says|sent|posted|messaged|texted) (?:a )?goodbyes? (?:message )?to (?:everyone|everybody|all (?:of )?us|all (?:of )?(?:his|her|their) \\w+|us all) (?:on|in|over|via|by) (?:whatsapp|facebook|insta|instagram|snapchat|snap|tiktok|twitter|x|social media|text|message|the group|the group chat|(?:a |the |our |his |her )?(?:group )?chat)|(?:texted|text|texts|messaged|message|messages|note|letter|wrote|posted|rang|called) (?:me |us )?(?:\\w+ )?saying goodbye|goodbye (?:note|letter|message|text)|suicide note|the (?:night|day) (?:i|he|she|they) (?:ends?|finish(?:es)?) it(?: all)?|(?:tonight|today) (?:i|he|she|they) (?:ends?|finish(?:es)?) it(?: all)?|(?:going to|gonna|will|ll|about to|planning to|plans to|means to|wants to) (?:end|finish) it(?: all)? (?:tonight|today|this time|for good)|(?:pills|tablets|paracetamol|painkillers|sleeping pills|meds) (?:\\w+ ){0,2}?(?:lined up|laid out|counted out|all ready|ready to take|stockpiled|saved up)|(?:lined up|laid out|counted out|stockpiled|saved up) (?:\\w+ ){0,3}?(?:pills|tablets|paracetamol|painkillers|sleeping pills)|enough (?:pills|tablets|paracetamol|painkillers|sleeping pills) to (?:end it|do it|kill|finish it|not wake up)|noose|ligature|(?:rope|belt|cord) (?:round|around) (?:my|his|her|their) neck|(?:tied|tying|hung|hanging|put up|putting up|set up|fixed) (?:up )?(?:a |the )?(?:rope|belt|cord) (?:in (?:his|her|their|my|the) (?:garage|loft|room|bedroom|shed|wardrobe|cupboard|attic)|(?:from|over|to) (?:the|a|his|her|their|my) (?:banister|banisters|beam|ceiling|rafters?|loft hatch|door|tree))';
/** A person missing or not to be found. */
export const MISSING =
  // A child parted from the resident on a bus or train: "i left my son on the bus", "my 6 year old got off the bus
  // without me", "the doors shut with my daughter on the train" (not a phone left on the bus).
  '(?:left|lost) (?:my|our|his|her|their|the) (?:\\w+ )?(?:son|daughter|kid|kids|child|children|baby|toddler|boy|girl|little one|grandson|granddaughter|nephew|niece|year old) (?:\\w+ ){0,2}?(?:on|at) (?:the|a) (?:bus|train|tube|overground|underground|dlr|tram|coach|platform)|got left (?:behind )?(?:on|at) (?:the|a) (?:bus|train|tube|overground|underground|dlr|tram|coach|platform)|(?:got|gone|went|jumped|stepped) (?:off|on) (?:the |a )?(?:bus|train|tube|overground|dlr|tram|coach) without (?:me|us)|doors? (?:closed|shut) (?:with|before) (?:my|our) |(?:is|s) (?:still )?on the (?:bus|train|tube|overground|dlr|tram) without (?:me|us)|' +
  '(?:cant|cannot|can not) see (?:him|her|them|my \\w+) anywhere|lost sight of (?:him|her|them|my \\w+)|(?:cant|cannot|can not) find (?:him|her|them) anywhere|missing|gone missing|went missing|disappeared|vanished|cant find|cannot find|can not find|lost|not come home|hasnt come home|never (?:came|come|got|made it) (?:back|home)|havent come home|didnt come home|not come back|hasnt come back|not returned|hasnt returned|wandered off|ran away|run away|ran off|run off|not answering|no one knows where|nobody knows where|dont know where (?:he|she|they) (?:is|are)|has not been seen|hasnt been seen|not been seen|(?:isnt|not|hasnt|havent) (?:come |got )?back|(?:isnt|is not) home|not back yet';
/** Drink or drugs, before driving. */
export const DRUNK = 'drunk|drinking|been drinking|pissed(?! off)|wasted|hammered|off (?:his|her|their) face|over the limit|high on|stoned|had (?:a few drinks|too many|too much to drink|loads to drink)';
export const DRIVING = 'drive|drives|driving|drove|driven|behind the wheel|get(?:ting)? in(?:to)? (?:his|her|their|the|a) car|car keys|take the car|drive off|drive home|(?:drove|driven|driving|sped|speeding|screeched) off|(?:taken|took|taking|got|has) (?:the |my |our |his |her |their )?(?:kids|children|baby|son|daughter|boy|girl|kid|child)(?: \\w+)? (?:in|into) (?:the|his|her|their|a) (?:car|van)';
/** Weapons, and what makes one a danger now (someone holding it). */
export const WEAPONS = 'gunpoint|knifepoint|gun point|knife point|knife|knives|gun|guns|machete|machetes|blade|blades|weapon|weapons|firearm|firearms|pistol|rifle|shotgun|axe|hammer|crossbow|baseball bat|bat|acid|sword|screwdriver|broken bottle|taser|bats|axes|swords|hammers|pistols|shank|shanks|zombie knife|zombie knives|strap(?! (?:of|on|for))|bora|piece(?! of)';
/** Someone armed: "an armed man", "armed robbers". */
/** A weapon named with a doubt, after the verb that holds it: "waving what looks like a gun", "has some kind of blade". */
export const WEAPON_HEDGES =
  'what (?:looks|look|looked|looking) like|what (?:appears|seems|seemed) to be|what (?:might|could|may) be|what i think is|something (?:that )?(?:looks|looked) like|something like|(?:some|a) (?:sort|kind) of|looks like|maybe|possibly|probably|like|a fake|a toy|an imitation';
export const ARMED_PEOPLE = 'armed (?:man|men|woman|women|person|people|guy|gang|robbers?|robbery|intruders?|burglars?|youths?)';
export const ARMED = 'has|have|has got|have got|hes got|shes got|theyve got|got|with|holding|waving|waved|waves|swinging|swings|carrying|pulled|pulled out|pulling out|brandishing|brandished|pointing|pointed|aiming|aimed|armed with|wielding|wielded|threatening|threatened|flashed|flashing|showed|showing|drew|drawn|whipped out|whipping out';
/**
 * Things that are weapons in a hand, though not "weapon" words: a danger only when someone present or arriving holds
 * them ("my ex is at the door with a crowbar"), never on their own ("can I bring a bottle of water?").
 */
export const IMPROVISED_WEAPONS =
  'crowbar|crow bar|brick|bricks|bottle(?! of)|bottles(?! of)|glass bottle|golf club|cricket bat|hockey stick|(?:iron|metal) bars?|metal poles?|scaffold poles?|bike lock|spanner|wrench|shovel|spade|lead pipe|metal pipe|scissors|rocks|pickaxe|sledgehammer|sledge hammer|cleaver|meat cleaver|stanley knife|box cutter|razor|nunchucks|knuckle ?dusters?|chair leg|tyre iron|tire iron|hatchet|pitchfork|samurai sword|katana|bolt ?cutters|angle grinder|jemmy|claw hammer';
/** Armed, said in slang with no weapon named: "he's tooled up", "they're carrying", "he's strapped". */
export const ARMED_SLANG =
  'tooled up|(?:hes|shes|theyre|is|are|was|were|be|been|and) (?:definitely |probably |def |deffo |prob )?carrying$|carrying (?:a )?(?:shank|strap|blade|piece|nine|ting|bora)|strapped(?! (?:for|in|into|to|down))|packing heat' +
  // A weapon in street slang, in a hand: "pulled up with a ting", "flashing a skeng", "got the wap on him".
  '|(?:with|holding|waving|flashing|flashed|brandishing|pulled out|pulling out|whipped out|whipping out|pulled|drew|got|has|have|had) (?:a|the|his|her|their|an|them|some) (?:ting|tings|skeng|skengs|nank|nanks|wap|waps|dotty|blicky|rambo|burner|matic|mashes|mash)\\b(?! (?:phone|account|number|sim|potato|potatoes))';
/**
 * Things that wound when held to a body, though no "weapon" word: scissors, a broken glass, a pen, a needle, a fork.
 * With `IMPROVISED_WEAPONS`, read in `HELD_TO_THE_BODY` and `POINTED_AT_SOMEONE`.
 */
export const THINGS_THAT_WOUND =
  '(?:a )?pair of scissors|scissors|staple gun|nail gun|stapler|pliers|drill|ashtray|paperweight|(?:tin|can) opener|hole punch|kettle|(?:broken |smashed )?glass(?! of)|(?:a )?(?:shard|piece|bit) of (?:broken )?glass|pen|biro|pencil|needles?|syringes?|fork|compass|nail file|corkscrew|skewer|letter opener|(?:lit )?cigarette|(?:hot )?iron';
/** The parts of a body a thing is held to as a threat: not a fringe (a haircut) or the lips (a drink); a needle to an arm is a nurse's jab only with `HANDS_THAT_TEND`. */
const THREATENED_PARTS = '(?:throat|neck|face|chest|head|eye|eyes|temple|stomach|belly|ribs|cheek|jugular|arm|arms|leg|legs|skin)(?! (?:office|offices|teacher|teachers|master|quarters|of|test|tests|level|value))';
/**
 * A thing that wounds held, pressed or put to someone's throat, neck or face: "holding scissors to my neck", "held a
 * glass to the cashier's face", "a customer pressing a broken glass against the receptionist's neck", "a fork held
 * against my colleague's face". Not done by hands that tend (`HANDS_THAT_TEND`).
 */
export const HELD_TO_THE_BODY =
  `(?:${THINGS_THAT_WOUND}|${IMPROVISED_WEAPONS}) (?:\\w+ ){0,2}?(?:to|against|into|up to|up against|at) (?:(?:my|his|her|their|our|your|the|a|someones|somebodys) )?(?:\\w+ ){0,3}?${THREATENED_PARTS}`;
/** A thing that wounds pointed or jabbed at someone: "pointing a pair of scissors at my colleague", "jabbing a needle at him". */
export const POINTED_AT_SOMEONE =
  `(?:pointing|pointed|points|aiming|aimed|jabbing|jabbed|thrusting|lunging|lunged|waving|waved|brandishing) (?:(?:a|an|the|his|her|their|this|that|some) )?(?:${THINGS_THAT_WOUND}|${IMPROVISED_WEAPONS}) (?:at|towards|toward) (?:me|us|him|her|them|someone|somebody|everyone|people|staff|(?:my|our|his|her|their|the|a|this|that) \\w+)`;
/** People whose work puts scissors, razors or needles near a body: their holding them is no threat (said before it is held). */
export const HANDS_THAT_TEND =
  'hairdressers?|barbers?|stylists?|nurses?|doctors?|dentists?|surgeons?|paramedics?|tattooists?|tattoo artist|beauticians?|opticians?|midwife|midwives|phlebotomists?|vets?|gp';
/** What those hands do: a thing held to a body for it is no threat, wherever it is said ("for a shave", "for my jab"). */
export const TENDING = 'injection|jab|vaccine|vaccination|shave|shaving|haircut|trim|trimming|piercing|blood test';
/** Holding a thing as a weapon, or coming with it: "with a", "holding", "waving", "picked up", "turned up with". */
export const HOLDS_AS_WEAPON =
  'with(?: (?:a|an|the|his|her|their|some|two|big|massive))?|holding|waving|swinging|brandishing|wielding|armed with|picked up|picking up|grabbed|grabbing|got (?:a|an|the|his|her)|has (?:a|an|the|his|her)|pulled out|pulling out|threatening (?:me |us |him |her |them )?with|carrying (?:a|an|the|his|her)';
/** Someone here or arriving: "outside", "at the door", "turned up", "won't leave", "banging on the door". */
export const PRESENT_OR_ARRIVING =
  'outside|(?:coming|walking|running|stomping|creeping|on his way|on her way) up (?:the )?(?:stairs|steps|path|drive)|on the (?:stairs|landing)|at (?:my|our|the) (?:door|front door|back door|window|gate|house|flat)|at (?:my|our|the|their) (?:\\w+ ){1,2}?(?:doors?|gates?|exit|entrance|shutters?)|on (?:my|our|the) doorstep|downstairs|upstairs|in (?:my|our|the) (?:house|flat|home|(?:back |front )?garden|yard|hallway|building|kitchen|room|stairwell|corridor|lift|block|estate)|turned up|turns up|showed up|shows up|rocked up|came round|come round|coming round|came over|coming over|arrived|here|wont (?:leave|go)|will not (?:leave|go)|banging|hammering|kicking|knocking|coming (?:at|for|after|towards)|came (?:at|for|after)|chasing|on (?:his|her|their) way|ran at|running at|going for';
/**
 * Someone in the home heard or seen, with no crime word: "noises downstairs", "footsteps in the flat", "glass
 * breaking", "someone moving about", "the door handle is moving". A danger with a place in the home or the
 * resident alone (`ALONE_OR_NIGHT`), unless it is a noise nuisance (`NOISE_NUISANCE`).
 */
export const SOMEONE_HEARD_INSIDE =
  'noises?|footsteps|foot steps|movement|voices|someone talking|(?:can )?(?:hear|hearing|heard) (?:someone|somebody|some one|people|a man|a person|a voice)|people talking|creaking|rummaging|shuffling|(?:someone|somebody|some one|a man|a person|people) (?:\\w+ )?(?:moving|walking|creeping|wandering|rummaging|climbing|going|stomping|running) (?:about|around|up|down|in)|(?:moving|walking|creeping|wandering|rummaging) (?:about|around)|(?:glass|a window|the window|windows) (?:\\w+ )?(?:break|breaks|breaking|broke|smash|smashing|smashed|shatter|shattering|shattered)|(?:breaking|smashing) glass|(?:a |the )?(?:front |back )?door (?:\\w+ )?(?:slam|slamming|slammed|creak|creaking|creaked|banging|banged)';
/** Where in the home a sound is heard: "downstairs", "in the flat", "in my kitchen", "in the loft", "my back door". */
export const INSIDE_THE_HOME =
  '(?:my|our) (?:front |back |side |patio |bedroom |kitchen )?(?:door|window)|downstairs|upstairs|in (?:my|our|the) (?:house|home|flat|kitchen|loft|attic|hall|hallway|living room|lounge|front room|bedroom|spare room|bathroom|basement|cellar|garden|back garden|shed|garage|porch)|in the next room|in the other room|inside';
/** The resident alone, or the dead of night: "I live alone", "nobody else is home", "my husband is away", "3am". */
export const ALONE_OR_NIGHT =
  'i live alone|i live on my own|live by myself|(?:im|i am|were|we are) (?:home |here |in )?(?:alone|on my own|on our own|by myself)|(?:im|i am) (?:in the house |in the flat |at home )?(?:alone|on my own|by myself)|(?:nobody|no one|noone|no body) (?:else )?(?:lives|is|else is|should be) (?:here|home|in|with me)|(?:nobody|no one|noone) else|(?:my )?(?:husband|wife|partner|flatmate|parents|mum|dad|boyfriend|girlfriend) (?:is|are|s|re) (?:away|out|not home|at work|asleep|abroad)|everyone (?:is|s) (?:asleep|out|away)|(?:middle|dead) of the night|\\d(?: ?\\d)? ?am|in the night';
/** Told as what happens often, not now: "every night", "always", "all the time". */
export const HABITUAL = 'every (?:night|day|evening|morning|weekend|week)|all the time|always|constantly|most (?:nights|days)|usually|often';
/** Noise a neighbour makes, heard often: a nuisance for the council or 101, not someone in the home. */
export const NOISE_NUISANCE =
  `${HABITUAL}|neighbours?|neighbors?|music|party|parties|complain\\w*|council|building work|builders|renovations?|dog|dogs|baby|tv|television|washing machine|pipes|boiler|mice|rats|pigeons|foxes`;
/** Someone trying to get in, with no crime word: "trying the door handle", "rattling the back door", "at the window". */
export const TRIES_TO_GET_IN =
  '(?:trying|tried|tries|try|rattling|rattled|rattles|rattle|turning|turned|jiggling|jiggled|wiggling|pulling|pulled|pushing|pushed|fiddling with|messing with|testing|tested|forcing|forced|opening|checking|checked|shaking|shook|twisting|twisted)(?: at| on)? (?:my|our|the|his|her|their|all the|peoples|each) (?:front |back |side |bedroom |kitchen |patio |balcony |garden |flat |house |car |sliding |french )?(?:door handles?|handles?|doors?|windows?|locks?|letterbox|letter box|gate|latch|doorknob|door knob)';
/**
 * Someone going through or round other people's things with no crime word: "going through the cars on our drive",
 * "rummaging in the sheds", "checking every car door", "creeping round the back of the house" (a thief at work, now).
 */
export const PROWLS =
  '(?:going|rooting|rummaging|looking|searching|poking|rifling) (?:through|in|into|round|around) (?:the |our |my |their |all the |peoples |every |each |parked |the parked |next doors )?(?:\\w+ )?(?:cars?|vans?|motors?|sheds?|garages?|bins?|bikes?|gardens?|outbuildings?)\\b|(?:checking|trying|testing|pulling) (?:the |every |each |all the |peoples |parked )?(?:car |van )?(?:door handles|doors|handles)\\b|(?:checking|trying|testing) (?:every|each) (?:car |van )?(?:door|handle)|(?:creeping|sneaking|snooping|skulking) (?:round|around|about|up|through|in)\\b';
/** Anyone where traffic is fast: "a woman in the middle of the dual carriageway", "a man walking along the motorway". */
export const ON_A_FAST_ROAD =
  '(?:in the middle of |(?:walking|wandering|running|standing|stood|lying|sitting|staggering|stumbling|crawling) (?:down |along |up |across |in |on |onto |into )?(?:the middle of )?)the (?:motorway|dual carriageway|carriageway|north circular|south circular|a1|a2|a3|a4|a12|a13|a40|a406|m25|m11|m4|m1)';
/** What an animal does when it attacks, read only with an animal named: "the dog has got hold of her arm", "tearing into a man". */
export const ANIMAL_ATTACKS =
  '(?:got|has got|has|had|gets) (?:a )?hold of (?:me|us|him|her|them|my|our|his|their|a|an|the|some)|(?:tearing|tore|ripping|ripped|laying|sinking|sank|sunk|biting) (?:into|its teeth into) (?:me|us|him|her|them|my|our|his|their|a|an|the|some)|(?:wont|will not) let go of (?:me|us|him|her|them|my|our|his|their|a|an|the)';
/** A child where traffic can kill: "a toddler wandering in the middle of the road" (read with someone vulnerable near). */
export const IN_THE_TRAFFIC =
  '(?:wandering|walking|running|toddling|crawling|playing|sitting|standing|stood) (?:about |around |alone |on (?:his|her|their) own )?(?:in|into|on|onto|across) (?:the (?:middle of the )?)(?:road|main road|busy road|motorway|dual carriageway|carriageway|traffic|a12|a13|a406|north circular|south circular)';
/** The door handle moving by itself: someone outside it. */
export const HANDLE_MOVES = '(?:door )?(?:handle|doorknob|door knob|latch|lock|letterbox|letter box) (?:is |s |just |keeps |started )?(?:moving|moved|move|turning|turned|turn|going down|went down|rattling|rattled|jiggling|jiggled|twisting|twisted|clicking|clicked|flapping)';
/** Someone looking in: "staring in my window", "peering through the letterbox", "a face at the window". */
export const LOOKS_IN =
  '(?:looking|peering|peeking|peeping|staring|watching|peering|filming|taking (?:photos|pictures)) (?:in|into|through|in through|at) (?:my|our|the) (?:bedroom |kitchen |front |back |living room )?(?:window|windows|letterbox|letter box|door|house|flat|home|curtains|blinds)|(?:a )?face (?:at|in|pressed (?:to|against)) (?:my|our|the) (?:\\w+ )?(?:window|door|glass)|someone (?:at|by|outside) (?:my|our|the) (?:\\w+ )?window';
/**
 * Going at someone: "coming at me", "he went for her", "lunging at us", "charging at my son", in slang "the opps
 * pulled up on my bro", "they slid on him" (not "my dad is coming
 * for me at 5": a lift; "coming for me" as a threat is in `THREAT_PHRASES`).
 */
export const GOES_AT_SOMEONE =
  '(?:(?:coming|came|come|comes|running|ran|runs|lunging|lunged|lunges|charging|charged|flying|flew|squaring up) (?:at|towards)|(?:going|went|goes|gone|lunging|lunged) for|(?:pulled|pulling|pull|pulls|rolled|rolling|rolls|slid|sliding|slide|slides|ran|running) up on|(?:jumped|jumping|jumps|slid|sliding|slide|slides) on) (?:me|us|him|her|them|my|our|his|the|a|an|some|two|kids|children|people|everyone|anyone)';
/** Violence to the home's things, done in a rage: "throwing things", "smashing the place up", "punching the walls". */
export const RAGES =
  '(?:throwing|chucking|hurling|smashing|breaking|trashing|wrecking|kicking|punching|ripping) (?:up )?(?:things|stuff|everything|plates|glasses|furniture|the furniture|chairs|the (?:place|house|flat|room|kitchen)(?: up)?|(?:the |my |our )?(?:doors?|walls?|tv|telly))(?: (?:at|around|about|up|in|down))?|lost (?:his|her|their) (?:temper|rag|head|mind) (?:and|with)';
/**
 * The situations told with fear or menace, not only a place ("I'm scared", "he keeps following me", "a car keeps
 * slowing down next to me"): asked alongside a question about a counter, 999 still leads (`rules.ts`). "Outside",
 * "alone" or "upstairs" alone do not: "I live alone, is Ilford open" is a question.
 */
export const FEAR_OR_MENACE =
  'scared|frightened|terrified|(?:so |really |very |too )?afraid (?:of|for|to)|petrified|panicking|panicked|in a panic|shaking|trembling|followed|following (?:me|us)|stalked|stalking|staring (?:at|in)|cornered|unsafe|not safe|in danger|threatened|threatening|intimidated|intimidating|harassed|harassing|watching (?:me|us)|keeps? (?:following|watching)|' +
  // Not a bus or a train, which stop beside everyone: "the bus keeps stopping next to me".
  '(?<!\\b(?:bus|buses|train|trains|tube|tram|trams|coach|coaches|taxi|taxis|cab|cabs|uber|ubers|traffic) )(?:keeps?|kept|is|s|was|been) (?:slowing down|slowing|pulling (?:up|over)|stopping|crawling|creeping|driving (?:slowly|slow|past)) (?:next to|beside|alongside|near|by|behind|in front of|up to|past) (?:me|us)|(?:kerb|curb) ?crawl(?:ing|er|ers)?|' +
  // A vehicle driving past again and again: "a car keeps driving past me slowly", "the same car has driven past me 4 times".
  '\\b(?:car|cars|van|vans|motor|motorbike|moped|mopeds|jeep|4x4|vehicle|lorry|truck|bmw|merc|mercedes|audi)(?: \\w+){0,2}? (?:(?:keeps?|kept) (?:driving|going|coming|cruising|rolling|crawling) (?:past|by|round|around) (?:me|us|(?:my|our) (?:house|flat|home|door|window|building|car))|(?:has|have|s|had)? ?(?:driven|drove|gone|went|been|come|came) (?:past|by) (?:me|us|(?:my|our) (?:house|flat|home|door|window|building|car)) (?:(?:\\d+|two|three|four|five|six|several|a few|loads of|so many|like \\d+) times|again and again))';
/**
 * A person's situation said with no act of harm ("he's outside", "I'm scared", "we're hiding in the bathroom", "my ex
 * won't leave"): the safety net. Not danger read for sure, but a message the bot cannot otherwise read that says one
 * of these leads with 999 (`rules.ts`, fallback).
 */
/**
 * A program or a machine's job stopped ("how do i kill a process in linux that wont stop", "force quit an app that keeps
 * freezing", "kill -9"): what "won't stop" or "keeps" is said of is a computer's, not a person's.
 */
export const A_PROGRAM_STOPPED =
  /\b(?:kill|kills|killing|killed|force (?:quit|close|stop)|terminate|terminating)(?: (?:a|the|this|that|my|an|all|every|all the|all my))?(?: \w+)? (?:process(?:es)?|tasks?|apps?|application|programs?|programmes?|jobs?|servers?|tabs?|threads?|containers?|pods?|query|queries|scripts?|loops?|downloads?|updates?|pid)\b|\bkill ?9\b|\bpkill\b|\bkillall\b|\btask manager\b/;
export const SITUATION_WORDS =
  // Shut out with children inside or someone drunk or angry: "my partner has locked me out and has the kids inside and he's drunk".
  'locked (?:me|us) out(?=.*\\b(?:kids?|children|baby|babies|drunk|high|off his face|off her face|angry|raging|violent|knife|threat|threatening|hurt|wont let)\\b)|' +
  FEAR_OR_MENACE + '|scared|frightened|terrified|(?:so |really |very |too )?afraid (?:of|for|to)|petrified|panicking|panicked|in a panic|shaking|trembling|hiding|hidden|followed|following (?:me|us)|watched|watching (?:me|us|my|our|the (?:house|flat|building))|stalked|stalking|tracking (?:me|us|my (?:phone|mobile|location|car|movements|every move))|(?<!\\b(?:mum|mums|mom|moms|dad|dads|parents|mother|father|nan|gran|grandma|grandad) )(?:can see|can track|is tracking|knows) (?:my|our) (?:location|live location|whereabouts)|(?:put|hid|planted|fitted|installed|stuck) (?:a |an )?(?:tracker|tracking device|airtag|tracking app|spyware|spy app) (?:on|in|under) (?:my|our)|(?:reading|going through|hacked) (?:my|our) (?:messages|texts|emails|phone)|knows where (?:i|we) (?:live|am|work|are) now|(?:filming|recording|photographing) (?:me|us)|staring (?:at|in)|locked in|trapped|cornered|alone|on my own|by myself|unsafe|not safe|in danger|threatened|threatening|intimidated|intimidating|harassed|harassing|outside|downstairs|upstairs|at (?:my|our|the) (?:door|front door|back door|window|gate)|in (?:my|our|the) (?:house|flat|home|garden|building|hallway|stairwell|room)|(?:wont|will not) (?:leave|go|go away|stop|let)|keeps? (?:knocking|banging|ringing|calling|coming|following|watching|turning up|hanging around|waiting)|(?:pulled|pulling|stopped|parked|waiting) (?:over |up )?(?:just )?(?:ahead|in front)(?: of (?:me|us))?|turned up|showed up|rocked up|(?:hes|shes|theyre|is|are|s|re) (?:back |still )?here|hanging around|waiting (?:for me|outside)|waiting (?:for (?:me|us) )?(?:at|by|near|in|on|round|around) (?:the (?:bottom|top|foot|end|entrance|corner) of )?(?:my|our) (?:stairwell|stairs|staircase|block|building|flat|house|door|front door|car|gate|entrance|landing|street|road)|(?:thats|that s|there s|theres) (?:her|him|them|the one|the girl|the guy|the boy|the woman|the man)$|parked outside|(?:cant|cannot|can not) (?:get out|leave|escape|get away)|(?:hes|shes|theyre) back|(?:hes|shes|theyre|he is|she is|they are) (?:really |so |very )?(?:angry|furious|raging|fuming|going mental|kicking off|losing it)|' +
  // Raised at the resident or their own now: "my husband is yelling at me", "hes screaming at the kids" (not at the telly).
  '(?:is|s|are|re|keeps|keep|started|starts|been|still|now|and) (?:\\w+ )?(?:yelling|shouting|screaming|raging|bellowing|roaring|swearing|kicking off|going off) at (?:me|us|my (?:kids?|children|son|daughter|baby|babies|mum|mother|dad|father|sister|brother|nan|gran)|the (?:kids|children|baby))\\b|' +
  // Someone in trouble, said without what the trouble is: "my brother is in a really bad way", "my mate is in trouble".
  '(?:is|s|are|re|im|were|in) (?:in )?(?:a (?:really |very |terrible |proper |right )?(?:bad way|state)|(?:big |serious |real )?trouble)|something (?:\\w+ )?wrong with (?:my|our|him|her|them|this|a|the)|needs? (?:help|someone|an ambulance|the police) (?:urgently|now|right now|quick|quickly|asap|fast)';
/** Who a situation is about, besides the people of `PERSON_NOUNS` ("someone", "my ex", "a man"): he, she, they, I, we. */
export const IN_A_SITUATION = 'he|she|they|hes|shes|theyre|theyve|i|im|ive|id|we|were|weve|me|us';
/**
 * Talk about weapons, not a weapon here: "knife crime", "knife amnesty"; and the paperwork of owning one lawfully
 * ("shotgun cert", "firearms certificate renewal", "gun permit").
 */
export const WEAPON_TOPICS =
  'crime|crimes|amnesty|amnesties|surrender|bin|bins|arch|arches|statistics|stats|figures|licen[cs]es?|licensing|laws?|offences?|possession|certs?|certificates?|certification|permits?|renewals?|registration';
/** A weapon used on someone, said beside its paperwork: "has a shotgun certificate and is waving it at me". */
export const WEAPON_TURNED_ON_SOMEONE =
  '(?:waving|waved|pointing|pointed|aiming|aimed|brandishing|wielding) (?:it|them|that|this|the|his|her|a|an|at)|threat(?:ening|ened) (?:me|us|him|her|them|my|our|his|with|to (?:shoot|kill|hurt|use))|(?:shooting|shot|firing|fired) at|pulled (?:it|out)';
/** The paperwork said before the weapon: "a licence for my shotgun", "certificate to own a rifle". */
export const WEAPON_PAPERWORK_BEFORE = '(?:licen[cs]es?|certs?|certificates?|permits?) (?:for|to (?:own|have|keep|hold|carry|buy|use)) (?:a |an |my |the |our |his |her |their )?';
/** Asking for help now: "somebody help", "help quick", "send help", "police now". */
export const DISTRESS =
  '^(?:sos|s o s)(?: (?:sos|help|please|pls|plz|me|us|now|quick|asap|urgent|urgently))*$|\\bsos (?:help|please|pls|plz|me|us|now)\\b|(?<!\\b(?:can|could|would|will|does|do|is there) )(?:somebody|someone|anybody|anyone) (?:please )?help(?: me| us)?(?: please)?$|help+ (?:me |us )?(?:please |pls )?(?:quick|quickly|now|asap|urgent|urgently|hurry|fast|immediately)|please hurry|hurry please|come quick(?:ly)?|send (?:help|(?:the )?police|someone|somebody|an officer|officers) (?:now|quick|quickly|asap|immediately|urgently|please)|send (?:(?:the )?police|someone|somebody|an ambulance)(?: please| pls)?$|(?:need|want) (?:the )?police (?:now|here|urgently|asap|immediately|quick)|(?:call|ring|dial|phone|get) (?:the )?(?:police|999|ambulance) (?:now|quick|quickly|asap|immediately|please)|police (?:now|quick|asap)$';
/** "I can't speak": unsafe to, or unable to (the words alone do not say which). */
export const CANT_SPEAK =
  '(?:cant|cannot|can not|unable to) (?:speak|talk)(?! to| with| (?:good |much |any |very good |proper )?(?:english|the language))|(?:cant|cannot|can not|unable to) (?:call|phone|ring)(?: (?:999|them|you|the police|police))? (?:and|or|n) (?:speak|talk)|typing not (?:talking|speaking|calling)|(?:texting|typing|writing) (?:instead of|rather than|cos i cant|because i cant|as i cant) (?:talk|talking|speak|speaking|call|calling)|(?:cant|cannot|can not|daren?t|dont dare) (?:make a (?:sound|noise)|make any noise|be heard|say (?:anything|a word|much|it) (?:out loud|aloud))|(?:cant|cannot|can not|daren?t|dont dare|not able to) (?:say|utter|speak) (?:a word|a single word|anything|a thing|a sound)(?! (?:about|to|against|on|of|in|at|for|bad|wrong|back|without|until|till)\\b)|(?:i )?can only (?:type|text|message|write)(?= *$| (?:he|she|they|someone|somebody|theres|there|cos|because|as|im|hes|shes|theyre|a|the|man|men|my|please|pls|help)\\b)';
/** 999 rung and nothing said, across a "but" ("i dialled but couldnt say anything"): a call made unable to speak. */
export const RANG_BUT_SILENT =
  '(?:dialled|dialed|called|rang|phoned|rung|got through)(?: \\w+){0,3}? (?:but|and) (?:i )?(?:couldnt|could not|cant|cannot|can not|didnt|did not|dont) (?:say (?:anything|a word|nothing)|speak|talk)(?! to)';
/** Speaking would be unsafe: "they'll hear me", "hiding", "whispering". */
export const UNSAFE_TO_SPEAK =
  '(?:typing|texting|messaging|writing)(?: (?:this|to you|you|here))? (?:quietly|silently|secretly|in secret|under the (?:covers|duvet|blanket|bed))(?! (?:at work|in (?:class|a meeting|the office|the library|a lecture|work)))|(?:dont|do not) dare (?:speak|talk|make a (?:noise|sound))|(?:cant|cannot|can not) (?:make (?:a )?(?:noise|sound)|be heard)|(?:theyll|hell|shell|he will|she will|they will|he might|she might|they might|he could|she could|they could|someone will|someone might) hear|(?:hiding|hidden|hide) (?:from|in|under|behind)|im hiding|were hiding|whisper(?:ing)?|(?<!\\byou )(?:have to|need to|got to|gotta|must) (?:be|stay|keep) (?:quiet|silent)(?! (?:in|at|during|for) (?:the |a |an |my |our )?(?:library|waiting room|class|lecture|exam|exams|meeting|cinema|theatre|film|church|mosque|temple|synagogue|hospital|ward|office|work|school|court|station|police station|baby|babys|nap|naps|night|neighbours))|(?:hes|shes|theyre|he is|she is|they are) (?:listening|in the (?:next|same) room)|listening to (?:everything|every word|all) i say|(?:hear me|know(?: where i am| its me| its real)?|work|understand|help me|trace (?:it|me|the call)|find me|come|send someone) if i (?:dont|do not|cant|can not|cannot) (?:speak|talk|say anything|say a word)|(?:call|ring|dial|phone)(?: (?:999|them|the police|police))? and (?:just )?(?:breathe|breath|tap|stay on the line)|in the same room|locked myself in|not safe to (?:talk|speak|call)|if (?:he|she|they) (?:hears?|catches) me|without (?:talking|speaking|saying anything|saying a word) (?:out loud|aloud)|(?:get|reach|contact|call|ring|phone|alert|tell|text|message|get hold of|get through to) (?:the )?(?:police|999|cops|feds|someone|somebody|anyone|them)(?: \w+)? without (?:talking|speaking|saying anything|saying a word|a word|making a (?:sound|noise)|a sound|being heard|them hearing|him hearing|her hearing|my voice)|without making (?:a |any )?(?:noise|sound)|(?:call|calls|ring|rings|dial|dials|phone|phones|calling|ringing|dialling|dialing)(?: (?:999|them|the police|police))?(?: and| but)? (?:(?:i |just |then )*)(?:stay|keep|remain|be|am|m|go|staying|keeping) (?:quiet|silent|silence)|(?:call|ring|dial|phone)(?: (?:999|them|the police|police))? (?:and|but) (?:(?:i |just |then )*)(?:dont|do not|cant|cannot|can not|not) (?:say (?:anything|a word|nothing)|speak|talk|make a sound)|(?:stay|keep|remain) (?:quiet|silent) on the (?:call|line|phone)|(?:hurt|kill|hit|stab|beat|get|batter|do) (?:me|us) if (?:i|we) (?:call|ring|phone|dial|speak|talk|scream|shout|say anything)';
/** Deaf, hard of hearing or speech-impaired. */
export const CANNOT_HEAR_OR_SPEAK =
  'deaf|deafblind|hard of hearing|hearing impaired|hearing impairment|(?:cant|cannot|can not) hear|speech impair(?:ed|ment)|speech (?:problem|difficulty|disability)|mute|non verbal|nonverbal|(?:cant|cannot|can not) (?:speak|talk) (?:because of|due to) (?:my |a )?(?:disability|condition|impairment|stammer|stutter)|stammer|stutter|sign language|bsl';
/** 999 without speaking, named: the Silent Solution. */
export const SILENT_ROUTE = 'silent solution|silent call|silent 999|press 55|pressing 55|55 on (?:the|my) phone|silent 55|55 call|55 thing|dial(?:ling)? 55|press(?:ing)? 5 5|(?:the|this) 55';
/** 999 without speaking, named: text 999 (emergencySMS), Relay UK. */
// "sms 999", "999 by text", "can i text the police", "txt 999": the same route however the text is called (it was "Call
// 999 now", as if danger were told).
export const TEXT_ROUTE = '(?:text|texting|texted|txt|txting|sms|smsing|message|messaging) (?:to )?999|999 (?:by|via|over|through|on) (?:a )?(?:text|txt|sms|text message)|999 (?:text|sms|txt)(?: service| line| number)?|(?:text|texting|txt|sms|smsing) (?:the )?(?:police|cops|met)|emergency ?sms|relay uk|18000|18001|text relay|typetalk';
/** A question about a way to reach the police ("what is relay uk", "how do deaf people call the police"), not a cry for help. */
/**
 * Whether the bot itself can be used, asked ("can i use this", "does this work", "is this ok for me"): by a deaf or
 * speech-impaired resident, it is a text chat (with no danger told).
 */
export const USES_THE_BOT =
  /\b(?:can|could|may) (?:i|we|deaf people|they|she|he) (?:use|talk to|chat to|chat with|chat on|message|type to|type in|write to|ask) (?:this|you|u|it|stationdesk|this (?:bot|chat|chatbot|service|app|site|thing))\b|\b(?:does|will|would|can) (?:this|it|you|u|stationdesk|this (?:bot|chat|chatbot|service|app|site|thing)) (?:work|help)(?: (?:for|with) (?:me|us|deaf people|people like me|my hearing))?\??$|\b(?:is|are) (?:this|you|u|it|this (?:bot|chat|chatbot|service|app|site|thing)) (?:ok|okay|suitable|good|accessible|usable|any good|alright|fine|for me)\b|\bhow (?:do|can|could) (?:i|we) use (?:this|you|u|it|stationdesk)\b/;
/** The bot asked of as a way to reach the police ("can i use this to report a crime", "to contact the police"). */
export const TO_REACH_THE_POLICE = /\bto (?:report|contact|reach|tell|call|message|text|get hold of|get in touch with|speak to|talk to)\b/;
// "im deaf can i text the police", "my nan is hard of hearing could she message 999": whether one can, asked after a told clause.
export const ASKS_ABOUT_A_WAY = /\b(?:what|whats|wat|how|hw|which|when|who|explain)\b|^(?:do|does|can|could|is|are|where)\b|\b(?:work|works|mean|means|register|for)$|\b(?:can|could|do|does|should|may) (?:i|we|deaf people|she|he|they|you|u|my \w+) (?:still |just |also )?(?:text|txt|message|msg|contact|reach|call|ring|use|register|sign up|get hold of)\b/;
/** A question asked in the past tense ("was it open", "did it open"), or of the days ahead ("will", "is it going to"). */
export const ASKED_IN_THE_PAST: ReadonlySet<string> = new Set(['was', 'were', 'wasnt', 'werent', 'did', 'didnt']);
export const ASKED_AHEAD: ReadonlySet<string> = new Set(['will', 'wont', 'is', 'are', 'isnt', 'arent', 'does', 'do', 'going', 'gonna', 'can']);
/** Urgency, or its absence, said: "it's urgent", "asap", "not urgent", "it's not an emergency" (taken out to read what else is asked). */
export const URGENCY = /\b(?:(?:its|it is|this is|thats) )*(?:(?:not|isnt|no) )?(?:(?:very|really|quite|pretty|kinda|bit|a bit|so|that|an|a) )*(?:urgent(?:ly)?|asap|as soon as possible|emergency)\b/g;
/** An emergency, or 999, named: "it's an emergency", "should I ring 999". */
export const EMERGENCY_NAMED = /\b(?:emergency|emergencies|999|112)\b/;
/** The message says it is an emergency, or urgent now: 999 first, whatever else it asks. */
export const AN_EMERGENCY_NOW = /\b(?:its|it is|this is|theres|there is|having|have|got|in) an? emergency\b|\b(?:now|urgent|urgently|asap|quick|quickly|hurry|help me|help us)\b/;
/**
 * Which of 999 and 101, or what counts as an emergency, asked about ("999 or 101?", "what counts as an emergency",
 * "when should i call 999"): answered, 999 in the first line.
 */
export const ASKS_WHICH_NUMBER = new RegExp(
  [
    '\\b999\\b.{0,40}\\b(?:or|vs|versus|v|and|instead of|rather than|over)\\b.{0,12}\\b101\\b',
    '\\b101\\b.{0,40}\\b(?:or|vs|versus|v|and|instead of|rather than|over)\\b.{0,12}\\b999\\b',
    '\\b(?:what|whats|wat) (?:counts|classes|qualifies|classed|classified|counted|considered|is classed|is classified|is counted|is considered|constitutes|do you mean by|do they mean by|is meant by)\\b.{0,25}\\bemergenc(?:y|ies)\\b',
    '\\b(?:what|whats|wat)(?: is| s)? (?:an? )?(?:real |actual |police )?emergency\\b(?! \\w)',
    '\\b(?:when|what for) (?:should|do|to|can|must|would|shall|am) (?:i |you |we |u |people )?(?:supposed to |meant to |allowed to )?(?:call|ring|dial|phone|use|text)\\b.{0,12}\\b999\\b',
    '\\bwhen (?:is it|its) (?:ok|okay|right|appropriate|acceptable) to (?:call|ring|dial|phone|use)\\b.{0,12}\\b999\\b',
    '\\b(?:difference between|how do i know (?:when|whether)|how do i decide)\\b.{0,30}\\b(?:999|101|emergency)\\b',
    '\\b(?:what|whats|wat)(?: is)? 999 (?:for|used for)\\b',
  ].join('|'),
);

/** A police station's own phone number asked for ("can i ring the station directly", "phone number for brixton police station"). */
/** A station's own email asked for: "can I email the front desk", "email address for brixton police station". */
export const EMAILS_A_STATION =
  /\b(?:can|could|how (?:do|can)) (?:i|we) (?:email|e mail) (?:them|it|the station|there)\b|\b(?:their|its) (?:email|e mail)(?: address)?\b|\b(?:email|e mail|e-mail)(?: address)?(?: for| of| at)? (?:the |a |my |that |this |their |your )?(?:local )?(?:police )?(?:station|desk|counter|front desk|front counter|nick)s?\b|\b(?:email|e mail)(?: address)? (?:for|of) \w+(?: \w+)?(?: police)? (?:station|desk|counter)\b|\b(?:station|desk|counter|stations|desks|counters)(?: s)? (?:own )?(?:email|e mail)(?: address)?\b|\b(?:station|desk|counter)s? (?:have|has|got) (?:an |a |their own |its own )?(?:email|e mail)(?: address)?\b|\b(?:can|could|do) (?:i|we|you) (?:email|e mail) (?:the |a |my |that |this |their )?(?:\w+ )?(?:police )?(?:station|desk|counter|front desk|front counter)\b/;
export const ASKS_A_STATIONS_NUMBER =
  // "can i call brixton police station", "how do i ring my local station": asked as oneself, whether it can be phoned (not
  // "call in at" or "call round to", a visit; nor an officer there, "can i call the officer at croydon police station").
  /\b(?:can|could|may|how (?:do|can|could|would|should)|is it possible to) (?:i|we|people)(?: just| still| please)? (?:ring|call|phone|dial|telephone)(?! (?:in|into|round|by|over|at|to|past)\b)(?: up)? (?:the |a |my |that |this |your |their )?(?:local )?(?:(?!(?:officers?|detectives?|sergeants?|inspectors?|pcsos?|coppers?|someone|somebody|at|in|to|from)\b)\w+ ){0,3}?(?:police )?(?:station|desk|counter|front desk|front counter|nick)s?\b(?! (?:to|and) (?:report|ask|check|find|see)\b)|\b(?:phone|telephone|tel|contact|direct) (?:number|no|line|details)\b.{0,30}\b(?:station|desk|counter|nick)\b|\b(?:ring|call|phone|contact|dial) (?:the |a |my |that |this |your |their )?(?:local )?(?:\w+ ){0,3}?(?:police )?(?:station|desk|counter|front desk|front counter|nick)s?(?: itself)? direct(?:ly)?\b|\b(?:station|desk|counter|stations|desks|counters)(?: s)? (?:own )?(?:phone number|telephone number|number|direct line|direct number|landline)\b|\b(?:station|desk|counter)s? (?:have|has|got) (?:a |an |their own |its own |their |a direct )?(?:direct line|direct number|phone number|phone line|landline|number)\b|(?<!\b(?:crime|reference|ref|case|incident) )\b(?:number|direct line) (?:for|of|to) (?:the |a |my |that |this |your )?(?:local )?(?:\w+ ){0,3}?(?:police )?(?:station|desk|counter|front desk|front counter)\b/;
/** A number asked of a counter just talked of: "whats their number", "have they got a phone number", "its phone no". */
export const ITS_NUMBER =
  /\b(?:their|its|there) (?:own |direct |phone |telephone |contact |landline )?(?:number|no|phone number|telephone number|contact number|direct line|landline)\b|\b(?:do|does|have|has) (?:they|it) (?:got |have )?(?:a |an |their own |its own )?(?:direct line|direct number|phone number|phone line|landline|number)\b|\b(?:can|could) (?:i|we) (?:ring|call|phone) (?:them|it|there) (?:directly|direct)\b/;
/**
 * Whether one can report, asked after what happened ("my dog was stolen, can i report it at the front desk", "my bike got
 * nicked - could we go in and report it at the station?"): the question is not at the start, so no yes/no cue reads it.
 * Not "where can I report it in person" (where to go) nor "how can I report it".
 */
export const ASKED_WHETHER_ONE_CAN_REPORT =
  /(?<!\b(?:where|wher|which|what|who|how|when|why) )\b(?:can|could|may|do|should|shall) (?:i|we|you|u|they|people|one|someone|my \w+) (?:still |just |also |even )?(?:go (?:in |down |there )?(?:and |to )?)?report\b|\bis it (?:possible|ok|okay) to report\b/;
/** Reporting in person at a counter, asked whether one can ("can i report a crime at the front desk", "can you report stuff in person"). */
export const REPORTS_AT_A_COUNTER =
  /\breport(?:ing)?\b.{0,30}\b(?:in person|face to face|at (?:the |a |your |my |any |every )?(?:local |open )?(?:police )?(?:station|front desk|front counter|desk|counter|nick)s?|to (?:the |a |any )?(?:front desk|front counter|desk|counter)s?)\b/;

/**
 * Whether one can go in to a counter, asked ("can i go to a police station", "can you still do that", "is there anywhere
 * i can report something in person", "does that work here"): with a time or the night named and no place, the
 * counters open then answer, "Yes" first.
 */
export const CAN_GO_IN =
  /\b(?:can|could|may|cn) (?:i|you|u|we|people|anyone|someone|one|ya) (?:still |just |actually |really |even )?(?:walk|go|turn up|rock up|show up|pop|come|head|get seen|be seen|speak to someone|talk to someone|report (?:\w+ )?in person|do that)\b|\b(?:is it possible|am i allowed|are (?:you|we|people) allowed|is it ok|is it okay) to (?:still |just )?(?:walk|go|turn up|rock up|show up|pop|come|report (?:\w+ )?in person)\b|\b(?:is there|are there) (?:anywhere|somewhere|any where|a (?:police )?(?:station|desk|counter)|any (?:police )?(?:stations?|desks?|counters?)) (?:i|you|we|u) (?:can|could) (?:go|walk|turn up|report (?:\w+ )?in person|report in person|speak to someone)\b|\bdoes (?:that|this) (?:still )?(?:work|happen)\b|\bcan i go in person\b/;
/** The night named as a time to go: "in the middle of the night", "at night", "in the small hours". */
export const AT_NIGHT_GOING = /\b(?:middle of the night|at night|late at night|in the night|overnight|night time|nighttime|through the night|small hours|early hours|wee hours|dead of night)\b/;

/** Text-speak in danger messages, read only by the danger reading (`dangerSpellings.ts`): "sum1 tryna brake in2 my hse". */
export const DANGER_TEXT_SPEAK: Readonly<Record<string, string>> = {
  gna: 'gonna', gnna: 'gonna', gunna: 'gonna', finna: 'gonna', bout: 'about', abt: 'about', tryin: 'trying', tryn: 'trying',
  wiv: 'with', wid: 'with', w: 'with', wit: 'with', in2: 'into', n2: 'into', da: 'the', tha: 'the', ma: 'my', mi: 'my',
  hse: 'house', hws: 'house', flt: 'flat', aint: 'isnt',
  sum1: 'someone', some1: 'someone', sumone: 'someone', sumbody: 'somebody', ppl: 'people', bf: 'boyfriend', gf: 'girlfriend',
  brake: 'break', braking: 'breaking', brakin: 'breaking', brkin: 'breaking', brking: 'breaking', brekin: 'breaking', breakn: 'breaking',
  hous: 'house', huse: 'house', howse: 'house', nife: 'knife', nives: 'knives', gonne: 'gonna', kno: 'know',
  somone: 'someone', someon: 'someone', sombody: 'somebody', somebdy: 'somebody', stil: 'still', downstares: 'downstairs', downstair: 'downstairs',
  upstares: 'upstairs', gunn: 'gun', gunns: 'guns', wnt: 'wont', cnt: 'cant', dnt: 'dont', hlp: 'help', halp: 'help', plz: 'please', pls: 'please', rn: 'right now',
  ther: 'there', thr: 'there', dere: 'there', gardin: 'garden', gardn: 'garden', thru: 'through', windo: 'window', windw: 'window', handel: 'handle', handl: 'handle',
  n: 'and', dor: 'door', doar: 'door', frnt: 'front', bak: 'back', lookin: 'looking', lukin: 'looking', lokin: 'looking',
  ryt: 'right', rite: 'right', nw: 'now', naw: 'now', outsid: 'outside', owside: 'outside',
};
/** Whom a resident may be held for money or under a threat: a family member or a friend. */
const HELD_FAMILY = 'sons?|daughters?|brothers?|sisters?|mum|mom|mother|dad|father|husband|wife|partner|child|children|kids?|boy|girl|baby|nephew|niece|cousin|grandson|granddaughter|friend|boyfriend|girlfriend|uncle|aunt|auntie|nan|grandad|grandma|fiance|fiancee';
/** The one taken: "me", "her", "a girl", "two lads", "my little brother". */
const PERSON_TAKEN =
  '(?:me|us|him|her|them|(?:a |an |the |two |some |these |those |my |his |her |that |our |their )?(?:\\w+ )?(?:kids?|child|children|girls?|boys?|lads?|man|men|guys?|blokes?|youths?|woman|women|teens?|teenagers?|someone|somebody|person|people|toddler|baby|mates?|pals?|shopkeepers?|cashiers?|staff|owners?|drivers?|guards?|neighbours?|flatmates?|housemates?|colleagues?|workers?|pensioners?|carers?|' + HELD_FAMILY + '))';
/** The act itself, with no verb the harm lists know: "throwing punches", "his hands round her throat", "in a headlock". */
export const VIOLENCE_UNDER_WAY =
  // Someone's head or face forced into a thing, or someone thrown: "slammed her face into the door", "threw me down the stairs".
  // Not the resident's own knock ("I banged my head on the cupboard"): the one doing it is someone else.
  '(?<!\\b(?:i|ive|id|we|weve) (?:\\w+ )?)(?:put|puts|putting|smash|smashes|smashed|smashing|slam|slams|slammed|slamming|shove|shoves|shoved|shoving|ram|rams|rammed|ramming|force|forces|forced|forcing|push|pushes|pushed|pushing) (?:my|his|her|their|your|our) (?:head|face|skull) (?:through|into|against|on|off) (?:the|a|an|my|his|her|their|our|this|that)\\b' +
  '|(?:throw|throws|threw|thrown|throwing|chuck|chucks|chucked|chucking|fling|flung|flinging|hurl|hurls|hurled|hurling|push|pushes|pushed|pushing|shove|shoves|shoved|shoving|kick|kicks|kicked|kicking) (?:me|him|her|them|us) (?:down the stairs|across the (?:room|floor|kitchen|landing|hall)|(?:against|into|through) (?:the|a|an) (?:wall|door|table|radiator|wardrobe|fridge|glass|mirror|window|cupboard|banister|bannister|tv|telly)|out of (?:the|a|his|her) (?:car|van|window)|off (?:the|a) (?:balcony|bed|landing))|'
  + '(?:is|are|s|re|started|starting|keeps) kicking off|(?:throwing|swinging|landing|trading) (?:punches|fists|kicks|blows)|swinging (?:at|for) (?:me|us|him|her|them|people|everyone|my|his|her)|lashing out|(?:hands?|arms?|fingers) (?:round|around|on|over) (?:my|his|her|their|your|someones|the) (?:\\w+ )?(?:throat|neck|mouth)|(?:in|into) a (?:headlock|chokehold|choke hold|strangle ?hold)|pinn(?:ed|ing) (?:me|us|him|her|them) (?:down|to|against)|(?:holding|held|holds|grabbed|grabbing|grabs|got|has|pinning|pinned|pushing|pushed|lifting|lifted|dragging|dragged) (?:me|us|him|her|them|(?:my|our|his|her|their|the|a|this|that) \\w+) (?:up )?by (?:the|my|his|her|their|your) (?:throat|neck)|(?:laying|piling|steaming) in(?:to)? (?:me|us|him|her|them|my|his|her|some|a|the)' +
  // Surrounded by a gang or a group, or someone's car or home with them in it: "a mob has surrounded my sister", "a gang
  // is circling my husband's van", "surrounded by a group of lads". Not fans round a singer or friends round a table.
  '|(?:gang|gangs|mob|group of (?:\\w+ )?(?:men|lads|youths|guys|boys|people|blokes)|bunch of (?:\\w+ )?(?:men|lads|youths|guys|boys|blokes)|(?:some|few|loads of|load of|three|four|five|six) (?:\\w+ )?(?:lads|men|youths|guys|blokes|hoodies)|the opps?) (?:has |have |had |s |are |is |were |was |ve |re |just |now |all )*(?:surrounded|surrounding|surround|circled|circling|boxed in|boxing in|cornered|cornering) (?:me|us|him|her|them|' + PERSON_TAKEN + '|(?:my|our|his|her|their) (?:\\w+s )?(?:\\w+ )?(?:car|van|cab|taxi|motor|house|flat|home|shop|door|bus))\\b' +
  '|(?:surrounded|cornered|boxed in) by (?:a |some |this |these |loads of |a load of )?(?:\\w+ )?(?:gang|mob|group of (?:\\w+ )?(?:men|lads|youths|guys|boys|blokes)|lads|men|youths|guys|blokes|hoodies)\\b' +
  // Turned on someone, not a switch: "now he has turned on the woman who tried to stop him".
  '|(?:turned|turning|turns|rounded|rounding) on (?:me|us|him|her|them|(?:the|a|an|that|this|some|his|her|my|our|their) (?:\\w+ )?(?:woman|women|man|men|lady|girl|boy|guy|bloke|lad|kid|child|owner|person|people|staff|driver|officer|security|bouncer|neighbour|wife|husband|girlfriend|boyfriend|partner|mum|dad|mother|father|friend|mate|passenger|passengers|shopkeeper|cashier|crowd))\\b';
/** Corrosive, burning or stinging things, as thrown or sprayed at someone. */
const THROWN_SUBSTANCES =
  'acid|bleach|ammonia|corrosive(?: (?:liquid|substance|stuff))?|(?:a |some )?(?:noxious |corrosive |unknown |strange |dodgy )?(?:substance|chemicals?)|(?:boiling|scalding|hot) (?:water|oil|fat|tea|coffee)|petrol|lighter fluid|paint stripper|drain cleaner|oven cleaner|pepper spray|cs (?:gas|spray)|mace';
/**
 * Where such a substance lands: "at" anyone or anything ("threw acid at the car"), else in, on or over someone or a
 * part of them ("in his face", "over her"), not "poured bleach in the toilet", "boiling water into the pot".
 */
const AT_SOMEONE =
  '(?:at\\b|(?:in|on|over|into|onto) (?:\\w+ ){0,2}?(?:me|him|her|them|us|you|someone|somebody|people|face|faces|eyes?|head|body|skin|back|arms?|legs?|neck|hair|chest|hands?|man|woman|guy|bloke|lad|girl|boy|kid|child|baby|neighbour|mate|friend|wife|husband|partner|victim)\\b)';
/**
 * A corrosive or scalding substance thrown or sprayed at someone, done or doing: "chucked bleach in his face",
 * "sprayed something stinging in my eyes", "she had acid thrown over her", "an acid attack outside the shop".
 */
export const SUBSTANCE_ATTACK =
  `(?:throw|throws|threw|thrown|throwing|chuck|chucks|chucked|chucking|fling|flung|flinging|hurl|hurls|hurled|hurling|spray|sprays|sprayed|spraying|squirt|squirts|squirted|squirting|splash|splashes|splashed|splashing|pour|pours|poured|pouring|toss|tosses|tossed|tossing) (?:\\w+ )?(?:${THROWN_SUBSTANCES}) (?:\\w+ ){0,2}?${AT_SOMEONE}` +
  `|(?:${THROWN_SUBSTANCES}) (?:\\w+ )?(?:thrown|chucked|flung|hurled|sprayed|squirted|splashed|poured|tossed) ${AT_SOMEONE}` +
  `|(?:douse|doused|dousing|soak|soaked|soaking|drench|drenched|drenching|cover|covered|covering) (?:me|him|her|them|us|my \\w+|his \\w+|her \\w+) in (?:${THROWN_SUBSTANCES})` +
  `|(?:doused|drenched|soaked) in (?:petrol|lighter fluid|acid|bleach|ammonia)` +
  // Something unnamed sprayed in a face: "sprayed something in his eyes".
  '|(?:spray|sprays|sprayed|spraying|squirt|squirts|squirted|squirting) (?:\\w+ )?(?:something|stuff|liquid) (?:\\w+ )?(?:in|into|at) (?:\\w+ ){1,2}?(?:face|eyes)\\b' +
  // Not the topic: "acid attack statistics", "acid attack awareness campaign".
  '|(?:acid attack(?:ed|s)?|attacked with (?:acid|bleach|ammonia))(?! (?:statistics|stats|figures|numbers|rates?|cases|laws?|awareness|campaigns?|survivors?|documentar(?:y|ies)|training|advice|policy|leaflets?|posters?))';
/** Verbs of force that put someone in a vehicle. */
const FORCED_INTO =
  'drag|dragging|dragged|bundle|bundling|bundled|force|forcing|forced|push|pushing|pushed|shove|shoving|shoved|throw|throwing|threw|thrown|stuff|stuffing|stuffed|lock|locking|locked|chuck|chucking|chucked|haul|hauling|hauled|pull|pulling|lure|luring|lured|coax|coaxing|coaxed|entice|enticing|enticed';
/** A vehicle someone may be taken in (not its seat, its park or a boot sale). */
const VEHICLE = '(?:van|car|vehicle|motor|boot|lorry|truck|taxi|cab|minicab)(?! (?:seat|seats|park|wash|boot sale|door|keys)\\b)';
/** Someone being taken: "trying to get kids into his van", "bundling a woman into a car". */
/** Tied or bound by force (a person, in TAKEN_AWAY): "tied", "taped", "chained", "zip tied", "handcuffed". */
const RESTRAINED = '(?:tied|tying|taped|taping|chained|chaining|strapped|handcuffed|cuffed|zip tied|zip tied up|cable tied|duct taped|gaffer taped|bound)';
/** What someone is tied to: a chair, a radiator, a bed, a pipe, a tree, railings. */
const RESTRAINED_TO = '(?:chairs?|radiators?|beds?|bedframe|bed frame|pipes?|trees?|posts?|poles?|lampposts?|railings?|banisters?|bannisters?|tables?|doors?|stairs|boiler|sink|toilet|bench)\\b';
export const TAKEN_AWAY =
  // Forced into a vehicle: "dragging her into a van", "bundled a girl into a car", "threw him in the back of a van",
  // "locked a woman in the boot of a car".
  '(?:' + FORCED_INTO + ') ' + PERSON_TAKEN + ' (?:in|into) (?:the back of )?(?:his|her|their|a|an|the|this|that|some) (?:\\w+ ){0,2}?' + VEHICLE +
  // A child gone off with someone grooming them, or into a car with an older stranger: "my daughter got into a car
  // with an older man who has been grooming her, it just drove off".
  '|(?:got|gets|getting|went(?: off)?|gone(?: off)?|has gone(?: off)?|left|jumped|climbed|drove off) (?:into|in) (?:a|his|their|the|some|an|this|that) (?:\\w+ ){0,2}?(?:car|van|motor|cab|taxi|vehicle) with (?:a|an|some|this|that|the|two|three) (?:\\w+ ){0,2}?(?:man|men|guy|guys|bloke|blokes|stranger|strangers|adult|adults)\\b'
  + '|(?:been |is |was |s |keeps |has been )?grooming (?:her|him|them|my \\w+|our \\w+)' +
  // Everyday verbs only into a stranger's vehicle or a boot: "trying to get kids into his van", "they've got my brother in
  // the boot" (not "put the kids in the car", "put her in a cab home").
  '|(?:get|getting|got|put|putting) ' + PERSON_TAKEN + ' (?:in|into) (?:(?:the back of )?(?:his|their|this|that|some) (?:\\w+ ){0,2}?' + VEHICLE + '|(?:the |a |his |their )?(?:boot|trunk)\\b(?! sale))' +
  // Said of the one taken, the taker unnamed: "a lad got bundled into the back of a white van", "she was dragged into a car".
  '|(?:get|gets|got|getting|been|being|was|were|is|are) (?:\\w+ )?(?:bundled|dragged|forced|pushed|shoved|thrown|chucked|pulled|hauled|snatched|grabbed) (?:\\w+ )?(?:in|into) (?:the back of )?(?:his|her|their|a|an|the|this|that|some) (?:\\w+ ){0,2}?(?:van|car|vehicle|motor|boot|lorry|truck|taxi|cab|minicab)' +
  // Held for money or under a threat: "they've got my brother and sent a video demanding cash", "took my son and says he's dead if I go to the police".
  '|(?:taken|took|take|got|grabbed|snatched|holding|hold|kidnapped|abducted|have|has) (?:my|our|his|her|their) (?:\\w+ )?(?:' + HELD_FAMILY + ')(?: (?!but\\b)\\w+){0,10}? (?:(?:demanding|demand|demands|want|wants|wanting|asking for|asked for|asks for|asking|sent) (?:\\w+ ){0,3}?(?:money|cash|ransom|payment|bitcoin|crypto|grand|thousand)|(?:must|have to|got to|gotta|need to) pay (?:or|otherwise|else|and|them|up))' +
  '|(?:taken|took|got|grabbed|snatched|holding|kidnapped|abducted) (?:my|our|his|her|their) (?:\\w+ )?(?:' + HELD_FAMILY + ')(?: (?!but\\b)\\w+){0,10}? (?:dead|hurt|kill|killed|harm|never see)(?: \\w+){0,4}? if (?:i|we) (?:go to|call|tell|ring|contact|phone|get)' +
  // A child kept from the parent: "he's got my baby and won't give her back", "my ex took the kids and refuses to bring them back".
  "|(?:got|has|have|taken|took|holding|keeping|kept) (?:my|our|the) (?:\\w+ )?(?:baby|babies|child|children|kid|kids|son|daughter|boy|girl|toddler|little one|little ones)(?: \\w+){0,3}? (?:wont|will not|refuses to|refusing to|isnt going to|not going to) (?:give|hand|bring|send) (?:\\w+ ){0,2}?back\\b" +
  // Taken, said of the one taken: "my son has been taken", "our daughter was snatched" (not taken to hospital, into care, ill, by the police).
  '|(?:my|our|his|her|their) (?:\\w+ )?(?:' + HELD_FAMILY + ') (?:has |have |had |s |was |were |is |got |just )*(?:been |just )*(?:taken|snatched|kidnapped|abducted)\\b(?! (?:to|into|in|ill|home|out|up|on|off|for|over|care|custody|seriously|part|away by (?:the )?police|by (?:the )?(?:police|ambulance|paramedics|school|social services))\\b)'
  // Someone tied up or bound by force: "they tied my mum to a chair", "she's been taped to the radiator", "hes got her
  // tied up in the boot", "bound and gagged", "tied up by the men who broke in", "they taped his hands together". Not a
  // dog tied to a post, a bike chained to railings, "tied up at work" or "my hands are tied": a person, said as held.
  + '|' + RESTRAINED + ' ' + PERSON_TAKEN + ' (?:up )?(?:to|onto) (?:a|an|the|his|her|my|our|their|this|that) (?:\\w+ )?' + RESTRAINED_TO +
  '|(?:is|are|was|were|been|being|s|re|got|gets|left|has|have|had|just) (?:been |just |now |still )*' + RESTRAINED + '(?: up)? to (?:a|an|the|his|her|my|our|their|this|that) (?:\\w+ )?(?:chairs?|radiators?|beds?|bedframe|bed frame|pipes?|boiler|toilet|sink|stairs|banisters?|bannisters?)\\b' +
  '|' + RESTRAINED + ' ' + PERSON_TAKEN + ' up\\b|' + RESTRAINED + ' up ' + PERSON_TAKEN + '\\b' +
  '|(?:has|have|had|got|gets|getting|keeping|kept) ' + PERSON_TAKEN + ' (?:' + RESTRAINED + ') (?:up|and gagged|and blindfolded)\\b' +
  '|(?:bound|tied|tied up|taped|taped up) (?:and|n) (?:gagged|blindfolded)|(?:gagged|blindfolded) (?:and|n) (?:bound|tied|tied up|taped up)' +
  '|' + RESTRAINED + '(?: up)? (?:to (?:a|an|the) \\w+ )?by (?:the|some|two|three|four|a|an|these|those) (?:\\w+ ){0,2}?(?:men|man|guys?|lads|blokes?|robbers?|burglars?|intruders?|kidnappers?|gang|strangers?|attackers?|muggers?)\\b' +
  '|(?:tied|taped|bound|zip tied|cable tied|cuffed|handcuffed) (?:his|her|their|my|our) (?:hands|wrists|feet|ankles|legs|arms)\\b';
/** A drink spiked: "my drink's been spiked", "someone put something in her drink". */
/** A child or someone vulnerable taken by someone: "my daughter has been taken by an older man". */
export const TAKEN_BY = '(?:been|got|being|was|were|is|are) (?:taken|snatched|led|lured|picked up|bundled) (?:away |off )?by (?:a|an|some|two|three|the|these|those|this|that|her|his|their) ';
export const DRINK_SPIKED =
  'spiked|spiking|been spiked|(?:put|putting|slipped|slipping|dropped) (?:something|summat|sumthing|stuff|a pill|pills|drugs) (?:in|into) (?:my|our|his|her|their|your|a|the|someones) drinks?|(?:drink|drinks) (?:was |has been |got |s been )?(?:tampered|drugged)';
/**
 * Someone not answering or not responding, said of them ("he's not answering me", "she won't respond", "I can't get a
 * word out of him"), not of a phone, a door or an email ("not answering his phone", "won't respond to my emails").
 * With `HURT_BODY`, someone hurt and unresponsive: an ambulance (`emergency.ts`).
 */
export const NOT_ANSWERING =
  '(?:not|isnt|is not|wont|will not|cant|doesnt|didnt|hasnt|aint|stopped) (?:answering|answer|respond|responding|reply|replying|waking up|wake up|coming round|come round)(?! (?:my|his|her|their|the|your|our|any|a|an|phones?|calls?|texts?|emails?|messages?|doors?|letters?)\\b| to (?!(?:me|us|anything|his name|her name|their name|questions|my voice|voices?)\\b))' +
  '|(?:he|she|they|hes|shes|theyre) (?:cant|cannot|can not|isnt|is not|not) (?:talk|talking|speak|speaking|say anything|saying anything|making a sound)(?! to\\b)|(?:wont|will not|doesnt|didnt) (?:say anything|make a sound|speak|talk)(?! to\\b)|making no sense|(?:cant|cannot|can not|couldnt) get (?:a word|anything|an answer|a response|any response|a reply) (?:out of|from) (?:him|her|them)|no response from (?:him|her|them)|(?:cant|cannot|can not|couldnt) wake (?:him|her|them)(?: up)?';
/** A body hurt: fallen or pushed, bleeding, struck on the head, found on the floor or at the foot of the stairs. */
export const HURT_BODY =
  '(?:fell|fallen|falling|fall|slipped|tripped|pushed|shoved|knocked|thrown) (?:\\w+ ){0,3}?(?:down|over|off|from|into|in)\\b|had a (?:bad |nasty )?fall|(?:came|come|coming) off (?:(?:the|his|her|their|a|my) )?(?:\\w+ )?(?:ladder|roof|bike|scooter|motorbike|horse|wall|balcony|scaffolding)|blood|bleeding|hit (?:his|her|their|my) head|(?:banged|bashed|cracked) (?:his|her|their) head|on the (?:\\w+ )?(?:floor|ground|pavement)|(?:bottom|foot) of the (?:stairs|steps|staircase|ladder)|lying (?:on|at|in|there|face)|head injury';
/** A child too small to be safe at a height alone. */
const SMALL_CHILD = 'baby|babies|toddlers?|infant|child|children|kids?|little (?:boy|girl|one|lad)|small (?:boy|girl|child|kid)|boy|girl|tot|youngster';
/** Someone where a fall can kill: "a kid on a balcony ledge", "a man climbing over the railings". */
export const WHERE_A_FALL_KILLS =
  // Someone held out over a drop: "dangling a baby out of a third floor window", "holding a toddler over the balcony railing".
  '(?:dangling|dangled|dangles|dangle|holding|held|holds|hanging|hung|hangs|swinging|lowering|lowered) (?:a|an|the|his|her|their|my|our|this|that|some) (?:\\w+ )?(?:baby|babies|child|children|kid|kids|toddler|infant|boy|girl|son|daughter|person|woman|man|lad|someone|somebody|dog|puppy|cat|kitten|pet) (?:out of|off|over|from|outside|out) (?:the (?:edge|side|top) of )?(?:a|an|the|his|her|their|my|our|this|that) (?:\\w+ ){0,2}?(?:window|windows|balcony|railings?|bridge|footbridge|roof|ledge|edge|parapet|stairwell|banister|bannister|landing|flyover|car park)|(?:on|onto|along|over|at) (?:a|an|the|his|her|their|my|our) (?:\\w+ )?(?:ledge|window ?sill|windowsill|parapet|edge of (?:a|the) (?:roof|platform|bridge|balcony|building|cliff))|(?:hanging|leaning|climbing) (?:out of|off|from|over) (?:a|the|his|her|their|my|our) (?:\\w+ )?(?:window|balcony|railings?|bridge|roof)|(?:on|onto) the (?:train |tube |railway )?tracks|on the roof of (?:a|the)' +
  // "on the wrong side of the railing", "dangling off the edge of the footbridge", "playing on the railway line".
  '|(?:on |over )?the (?:wrong|outside) side of (?:a|an|the|his|her|their|my|our) (?:\\w+ )?(?:railings?|barriers?|fence|balcony|balustrade|parapet|bridge|safety rail)' +
  '|(?:on |over )?the other side of (?:a|an|the|his|her|their|my|our) (?:\\w+ )?(?:railings?|barriers?|balustrade|parapet|safety rail)' +
  '|on the outside of (?:a|an|the|his|her|their|my|our) (?:\\w+ )?(?:railings?|barriers?|balcony|balustrade|parapet|bridge|safety rail)' +
  '|(?:hanging|dangling|swinging) (?:off|from|over) (?:the (?:edge|side|top) of )?(?:a|an|the|his|her|their|my|our) (?:\\w+ )?(?:bridge|footbridge|flyover|balcony|roof|window|ledge|railings?|scaffolding|crane|multi ?storey|car park|tower|block)' +
  '|(?:on|onto|along|across) the (?:railway|train|tube|overground) (?:line|lines|track)' +
  // "a toddler on the 4th floor balcony, climbing on the chair by the edge": a child where a fall can kill, climbing.
  '|(?:on|onto|at|out on) (?:a|an|the|his|her|its|their|our|my) (?:\\w+ ){0,2}?(?:balcony|window|windowsill|window sill)\\b(?: \\w+){0,6}? (?:climbing|climbs|climbed|leaning out|leaning over|on the edge|by the edge|near the edge|over the edge)\\b' +
  '|climbing (?:on|onto|up|over) (?:a|an|the|his|her|its|their|our|my) (?:\\w+ )?(?:balcony|railings?|balustrade|window ?sill|windowsill|window ledge)\\b' +
  // A small child out where a fall can kill, no adult there: "a toddler crawling along the balcony of the flat opposite",
  // "a small child hanging out of a top floor window", "two kids climbed onto the garage roof and one is at the edge".
  '|(?:' + SMALL_CHILD + ')(?: (?!and\\b|but\\b)\\w+){0,3}? (?:crawling|crawled|walking|standing|stood|sitting|sat|climbing|climbed|playing|running|balancing|hanging|leaning|dangling) (?:along|on|onto|across|over|out of|off|from|up|at) (?:a|an|the|his|her|its|their|our|my) (?:\\w+ ){0,3}?(?:balcony railings?|balcony edge|roof|rooftop|ledge|parapet|window ?sill|windowsill)\\b(?! (?:terrace|garden|bar|cafe|restaurant|top bar))' +
  '|(?:' + SMALL_CHILD + ')(?: (?!and\\b|but\\b)\\w+){0,3}? (?:crawling|crawled|climbing|climbed|balancing|hanging|leaning|dangling) (?:along|on|onto|over|out of|off|from|up) (?:a|an|the|his|her|its|their|our|my) (?:\\w+ ){0,3}?(?:balcony|window)\\b' +
  '|(?:' + SMALL_CHILD + ')(?: \\w+){0,6}? (?:roof|balcony|ledge|parapet)(?: \\w+){0,6}? (?:right )?(?:at|on|near|by|over|off) the (?:very )?edge\\b' +
  // Out on a balcony or a roof with no one: "a toddler is out on the balcony of the 8th floor flat opposite on his own".
  '|(?:' + SMALL_CHILD + ')(?: \\w+){0,4}? (?:out )?on (?:a|an|the|his|her|its|their) (?:\\w+ ){0,2}?(?:balcony|roof|rooftop|ledge)(?: \\w+){0,8}? (?:on (?:his|her|their) own|alone|by (?:himself|herself|themselves)|(?:and )?no (?:one|adult|parent|grown up)|nobody)\\b';
/** Someone at risk who has gone out alone: read with a risk (`AT_RISK_OUT_ALONE`) as someone missing. */
export const GONE_OUT = '(?:gone|went|walked|wandered|got|slipped|let (?:himself|herself|themselves)) out|left the (?:house|flat|home|ward|care home)';
export const AT_RISK_OUT_ALONE =
  'dementia|alzheimers|confused|autistic|disabled|vulnerable|in the (?:cold|dark|rain|snow)|in (?:his|her|their) (?:nightie|nightdress|nightgown|pyjamas|pajamas|slippers|dressing gown|underwear)|barefoot|no (?:coat|shoes)';
/**
 * A vehicle overturned or crashed into something: "car has flipped over", "van went into a wall" (not "the bus went
 * past me", "the car went to the garage"); or driven into
 * people: "a car has just ploughed into people at the bus stop", "a van mounted the pavement", "he mowed them down".
 */
export const CRASHED =
  '(?:car|van|bus|lorry|truck|vehicle|motorbike|moped|taxi|cab) (?:(?:has|have|had|is|was|s|just) ){0,2}(?:flipped|overturned|rolled|turned over|upside down|on its (?:roof|side)|ploughed|plowed|smashed|crashed|slammed|(?:gone|went)(?= (?:into|through|off the road|over the (?:edge|side|barrier|barriers|railings|wall|bridge railings))\\b)) ?(?:over|into|through)?' +
  '|(?:car|van|bus|lorry|truck|vehicle|motorbike|moped|taxi|cab|driver|motorist|someone|somebody|a man|a guy|a bloke) (?:(?:has|have|had|is|was|s|just) ){0,2}(?:drove|driven|driving|drives|ran|run|running|careered|careering|veered|veering|swerved|swerving|rammed|ramming|ploughing|plowing|smashing|crashing|mounted|mounting) (?:\\w+ )?(?:into|through|onto|up onto|over|down)? ?(?:a |the |some |loads of |lots of |two |three |four |five |several |a group of |a crowd of )?(?:people|pedestrians|crowds?|kids|children|shoppers|queue|bus stop|pavement|kerb|curb|shop front|shopfront|cyclists?|schoolkids|students|fans|protesters|mourners|worshippers)' +
  // Driving at people, going on: "doing doughnuts around kids, he nearly ran one over and is going round again".
  '|(?:nearly|almost|just about) (?:ran|run|knocked|hit|mowed) (?:\\w+ ){0,3}?(?:over|down)\\b(?=.*\\b(?:again|still|keeps|going round|now|right now))|doing (?:doughnuts|donuts) (?:around|near|next to|by) (?:the )?(?:kids|children|people|pedestrians|us)|driving (?:at|towards|straight at) (?:people|pedestrians|kids|children|us|me|the crowd)' +
  // A person run over or driven at on purpose: "ran my mate over", "tried to run me down", "drove deliberately into people".
  // Not a lift or a glance: "ran her over to the station", "ran my eyes over the list".
  '|(?:ran|run|running|runs|knocked|knocking) (?:me|him|her|them|us|someone|somebody|a (?:man|woman|kid|child|boy|girl|lad|cyclist|pedestrian|person)|(?:my|our|his|her|their) (?:little |best |old )?(?:mate|friend|son|daughter|brother|sister|mum|mom|dad|wife|husband|partner|boyfriend|girlfriend|kid|child|nan|gran|grandad|neighbour|cousin|uncle|aunt|boy|girl)) (?:over|down)\\b(?! (?:to|there|at|for|with a feather|in the car(?! park)))' +
  '|(?:(?:deliberately|purposely|intentionally) )?(?:drove|driven|driving|drives|rammed|ploughed|plowed|swerved|accelerated|aimed) (?:the (?:car|van) )?(?:deliberately |on purpose |purposely |intentionally |straight |right )?(?:into|at|towards|through) (?:a |the |some |a group of |a crowd of )?(?:people|pedestrians|crowds?|kids|children|shoppers|cyclists?|us|me|him|her|them|queue|bus stop)\\b' +
  '|(?:mowed|mown|mowing|mow) (?:people|pedestrians|a crowd|the crowd|kids|children|them|him|her|someone|somebody|a cyclist|a pedestrian) down|(?:mowed|mown|mowing) down (?!(?:the |my |our |his |her |their )?(?:lawn|grass|hedge|weeds|garden))' +
  '|(?:ramming|rammed|rams) (?:into )?(?:people|pedestrians|cyclists?|kids|children|a crowd|the crowd|shoppers|them|him|her|someone|somebody|us|me)\\b' +
  // Several vehicles, or words between the vehicle and what it did: "two cars racing just ploughed into the bus stop".
  "|(?:cars|vans|buses|lorries|trucks|vehicles|motorbikes|mopeds|taxis|cabs|car|van|bus|lorry|truck|vehicle|motorbike|moped|taxi|cab)(?: \\w+){1,5}? (?:ploughed|plowed|ploughing|plowing|smashed|smashing|crashed|crashing|slammed|careered|careering|veered|swerved|mounted|rammed|ran|drove|went|gone) (?:\\w+ )?(?:into|through|onto|over) (?:a |the |some |two |three |a group of |a crowd of )?(?:\\w+ )?(?:people|pedestrians|crowds?|kids|children|shoppers|queue|bus stop|bus shelter|pavement|shop|shops|shopfront|shop front|cafe|pub|market|school gates|playground|cyclists?)" +
  // Someone under a vehicle or wreckage: "there are people underneath", "a kid trapped under the car".
  '|(?:people|someone|somebody|some one|a (?:man|woman|child|kid|boy|girl|lad|person|cyclist|pedestrian)|kids|children|(?:my|his|her|their|our) \\w+) (?:are |is |s |still |got )?(?:trapped |pinned |stuck |lying |crushed )?(?:under|underneath) (?:it|them|the (?:\\w+ )?(?:car|van|bus|lorry|truck|wheels?|wreckage|rubble)|a (?:\\w+ )?(?:car|van|bus|lorry|truck))\\b' +
  '|(?:theres|there is|there are|with) (?:people|someone|somebody|kids|children) (?:trapped |pinned |stuck |still )?(?:under|underneath)(?: (?:it|them))?$' +
  '|(?:pile ?up|head on collision|hit and run)';
/** Flood water where it harms: "water pouring through the ceiling onto the electrics", "the flat is flooding". */
export const FLOODING =
  '(?:is|are|s|re|keeps|started) flooding|flooding (?:fast|quickly|badly)|waters? (?:is |s )?(?:pouring|gushing|coming|rising|flooding|leaking)(?: (?:in|through|into|up|down|onto))?|waters? (?:\\w+ )?(?:on|onto|into|near|in|through) (?:the )?(?:electrics|sockets?|fuse ?box|wiring|plug|light fittings?|lights?|ceiling lights?)';
/** A person's state that a body in crisis shows, beyond `MEDICAL_EMERGENCY`: "slumped on the floor", "barely conscious". */
export const BODY_IN_CRISIS =
  // Two signs of a body going wrong together ("gone all shaky and confused"), or a diabetic's ("diabetic and he's gone shaky", "having a hypo").
  '(?:gone|going|is|s|seems|looks?|looking|getting|got|become|became) (?:all |really |very |so |a bit |suddenly )?(?:shaky|confused|floppy|limp|drowsy|disoriented|disorientated|sweaty|clammy)(?: and | |, )(?:really |very |all )?(?:confused|shaky|sweaty|sweating|clammy|pale|grey|drowsy|slurring|floppy|limp|not making sense|disoriented|disorientated)'
  + '|(?:diabetic|diabetes)(?: \\w+){0,6}? (?:shaky|confused|sweaty|clammy|drowsy|not making sense|unresponsive|wont wake|passing out|fainting|collapsed)|(?:having|had|gone|going) (?:a )?hypo|'
  + 'slumped (?:on|over|in|against|at)|(?:gone|going|turned|turning|looks?|looking) (?:a |all |really |very )?(?:grey|gray|ashen|pale|white)(?: (?:colou?r|in the face))?(?: and (?:sweaty|clammy|cold|shaky|sweating))|(?:gone|going|turned|turning) (?:a |an )?(?:grey|gray|ashen|funny|strange|weird|odd) colou?r|(?:grey|gray|ashen|clammy) and (?:sweaty|sweating|clammy|cold)|clutching (?:at )?(?:his|her|their|my) (?:chest|heart|left arm)|(?:cant|cannot|can not) get (?:his|her|their|my) words out|(?:words|speech) (?:are |is |s )?(?:coming out )?(?:all )?(?:jumbled|garbled|muddled|wrong|nonsense)|(?:face|mouth) (?:is |has |s )?(?:gone )?(?:lopsided|droopy|drooped|dropped on one side|twisted)|(?:barely|semi|half) conscious|in and out of consciousness|drifting in and out|(?:cant|cannot|can not) stand(?: up)?$|(?:cant|cannot|can not) (?:stay awake|keep (?:his|her|their|my) eyes open)|(?:hes|shes|theyre|he is|she is|they are|is|s) (?:fitting|convulsing|foaming)|foaming at the mouth|(?:ice )?cold and (?:not|wont|isnt)|eyes rolling';
/** Smoke where it should not be: fire now. */
export const SMOKE_PRESENT =
  'smoke (?:in|everywhere|coming|pouring|billowing|filling|under|from|through)|(?:full of|filling (?:up )?with|filled with|thick) smoke|(?:theres|there is) (?:\\w+ )?smoke|smoke alarms? (?:is |are |s )?(?:going off|beeping|sounding)';
/**
 * Fire, or what starts one, said without the word: "the chip pan went up", "the curtains are alight", "the sockets
 * are sparking", "the e-bike battery is smoking". Things of a home only: "prices went up" is not a fire.
 */
export const ALIGHT_OR_SPARKING =
  '(?:curtains?|blinds?|sofa|settee|couch|bed|mattress|duvet|pan|chip pan|frying pan|fat|oil|cooker|oven|hob|grill|toaster|microwave|tumble dryer|dryer|heater|candle|christmas tree|tree|fence|hedge|bin|bins|wheelie bin|e ?bike|ebike|scooter|e ?scooter|battery|batteries|charger|phone charger|laptop|wires?|wiring|cables?|plug|plugs|sockets?|plug sockets?|fuse ?box|light (?:fitting|switch)|extension lead|meter|boiler|tv|telly|car|van|moped) (?:\\w+ ){0,4}?(?:is |are |s |re |has |have |just |all )?(?:alight|ablaze|in flames|gone up|went up|going up|caught|sparking|sparked|arcing|exploded|exploding|smoking|melting|melted|on fire)|sparks (?:are |s )?(?:coming|flying|shooting) (?:out of|from)|(?:pan|fat|oil|grease|chip pan|electrical|battery) fire|(?:lithium|e ?bike|ebike|scooter) battery (?:\\w+ )?(?:exploded|smoking|swelling|hissing)' +
  // Arson at the door: "someone poured petrol through my letterbox", "pushed a lit rag through the letter box".
  '|(?:pour|pours|poured|pouring|put|puts|putting|push|pushed|pushing|shove|shoved|shoving|squirt|squirted|squirting|post|posted|posting|stuff|stuffed|stuffing|throw|threw|thrown|throwing) (?:\\w+ ){0,3}?(?:petrol|lighter fluid|paraffin|diesel|accelerant|a lit \\w+|lit \\w+|a burning \\w+|burning \\w+|a firework|fireworks|a flare) (?:\\w+ )?(?:through|in|into) (?:my|our|the|his|her|their|a|next doors) (?:front |back )?(?:letterbox|letter box|letterbox flap|door|window)' +
  // Fuel poured round a building, a car or a person: "poured white spirit round the shed", "splashed petrol over him".
  // Not a barbecue's coals nor a brush cleaned: only what people live in, are shut in, or are.
  '|(?:pour|pours|poured|pouring|splash|splashes|splashed|splashing|sprinkle|sprinkled|sprinkling|spray|sprayed|spraying|chuck|chucked|chucking|throw|threw|thrown|throwing|douse|doused|dousing|soak|soaked|soaking) (?:\\w+ ){0,3}?(?:petrol|lighter fluid|paraffin|diesel|accelerant|white spirits?|turps|turpentine|meths|methylated spirits?|kerosene|fuel) (?:\\w+ ){0,2}?(?:round|around|over|all over|on|onto|under|up) (?:it|them|her|him|me|us|everything|the place|(?:my|our|the|his|her|their|a|next doors) (?:\\w+ )?(?:door|doors|house|flat|home|shed|garage|car|van|building|stairs|hallway|room|bedroom|bed|sofa|caravan|boat|shop|place|body|head))\\b';
/** Someone dangerous by what they are, present now: "intruder", "my stalker is outside". */
/** A suspect device: an item left where it should not be, or one that ticks or has wires (evacuate, 999). */
export const SUSPECT_DEVICE =
  '(?:suspicious|unattended|abandoned|strange|weird|odd|dodgy)(?: looking)? (?:\\w+ )?(?:bag|bags|package|packages|parcel|parcels|rucksack|backpack|box|suitcase|holdall|device|object|item|container)|(?:ticking|beeping) (?:noise |sound )?(?:from|in|inside|coming from) (?:a|an|the|this|that|some) (?:\\w+ )?(?:bag|package|parcel|rucksack|backpack|box|suitcase|holdall|case|bin)|(?:bag|package|parcel|rucksack|backpack|box|suitcase|holdall|case) (?:with|has|got) (?:\\w+ )?(?:wires?|wiring|cables) (?:sticking|hanging|coming|poking) out|(?:wires?|wiring) (?:sticking|hanging|coming|poking) out (?:of|from) (?:a|an|the|this|that|some) (?:\\w+ )?(?:bag|package|parcel|rucksack|backpack|box|suitcase|holdall|case)|(?<!\\b(?:cost|costs|costing|spent|spend|spending|paid|pay|paying|charged|charge|charges|charging|made|make|makes|making|earned|earn|earns|earning|down|worth) )(?:a|theres a|there is a|planted a) bomb(?! of (?:a|an) )|bomb (?:threat|threats|scare|warning)(?! (?:training|drills?|procedures?|policy|advice|posters?))|(?:threatening|threatened|threatens|says|said|saying|claims|claimed|claiming) (?:(?:theres|there is|they have|he has|she has|theyve|hes|shes) )?(?:(?:got|planted|put|left|made|built|making|building) )?(?:a |to plant a |to put a |to make a |to build a )bomb|bomb (?:is |s )?(?:in|inside|under) (?:the|this|that|our|my|a) (?:building|station|school|office|shop|block|flat|house|car|train|bus)|pipe bomb|explosive device|suicide vest|(?:bomb|device) (?:is |s )?(?:ticking|going to go off)|(?:bag|bags|package|packages|parcel|parcels|rucksack|backpack|box|suitcase|holdall|device)(?: (?!and\\b|but\\b)\\w+){0,8}? (?:is |s |keeps |started |starts |has started |was |are |been )?(?:ticking|beeping|bleeping|whirring|making (?:a |this |some |an odd |a weird |a strange )?(?:ticking|beeping|bleeping|whirring) ?(?:noise|sound)?)|(?:left|dumped|dropped|abandoned|chucked|put down|stashed) (?:a|an|the|their|his|her|this|that|some) (?:\\w+ )?(?:bag|package|parcel|rucksack|backpack|box|suitcase|holdall)(?: \\w+){0,4}? and (?:ran|run|legged it|ran off|run off|walked off|drove off|sped off|fled|disappeared|vanished|bolted)|(?:bag|package|parcel|rucksack|backpack|box|suitcase|holdall) with (?:\\w+ )?wires(?: \\w+){0,4}? (?:making|ticking|beeping|flashing|humming|noise|left|dumped|abandoned|taped)\\b';
/** A child or young person gone off with older strangers: "my 14 year old got into a car with some older men". */
export const GONE_OFF_WITH =
  '(?:got|get|getting|gone|went|go|left|driven off|drove off|run off|ran off) (?:off )?(?:in|into) (?:a|an|the|some|his|their) (?:\\w+ )?(?:car|van|motor|taxi|cab|vehicle) with (?:some |a |an |two |three |these |those |this )?(?:older|old|grown|strange|random|unknown|adult) (?:\\w+ )?(?:men|man|blokes?|guys?|lads|strangers?|people|boys)|(?:gone|went|left|run off|ran off|going|off) (?:off )?with (?:some |a |an |two |three |these |those |this )?(?:older|strange|random|unknown|grown|adult) (?:\\w+ )?(?:men|man|blokes?|guys?|lads|strangers?|people|boys)|(?:older|grown|adult) (?:men|man|blokes|guys|lads) (?:\\w+ )?(?:picked|took|drove|collected) (?:(?:her|him|them|(?:my|our|his|her|their) \\w+(?: \\w+)?) (?:up|off|away)|(?:up|off|away) (?:my|our|his|her|their) )';
/** Words after a "not" that do not undo the harm after them: "never mind, someone is...", "no wait", "doesn't matter". */
export const NOT_UNDOING: ReadonlySet<string> = new Set(list('mind wait actually sorry matter worries joke lie seriously kidding'));
export const DANGEROUS_PEOPLE = 'the opps?|opp boys|oppz|intruders?|burglars?|attackers?|abusers?|assailants?|rapists?|muggers?|stalkers?|gunm[ae]n|robbers?|prowlers?|kidnappers?|abductors?|peeping tom|flasher';
/** Talk about such people, not one here: "intruder alarm", "burglar proof". */
export const DANGEROUS_PEOPLE_TOPICS = 'alarm|alarms|proof|statistics|stats|figures|prevention|advice|case|cases|trial|sentenced|caught|arrested|jailed|convicted|jokes?|film|movie|game|series|show';
/**
 * Someone named by harm they did before, then said to be here now: "the guy who attacked me last year is stood outside
 * my door", "the man that stabbed my brother is back on our road". The time in the "who" clause is the harm's, not the
 * presence's: group 1 is that clause (read for harm by `emergency.ts`), the rest says where they are now.
 */
export const ONE_WHO_HARMED =
  '(?:the|that|this|a|an|my|our) (?:\\w+ )?(?:man|men|guy|guys|bloke|blokes|lad|lads|woman|women|girl|girls|boy|boys|person|people|one|ones|fella|gang|youths?|kids?|ex|neighbour|stranger|driver) (?:who|that|what|which|whod|thats) ((?:\\w+ ){1,8}?)(?:is|are|s|re|has|have|keeps|just|hes|shes|theyre)\\b';
/** Where someone who harmed before is now: outside, at the door, here, back, on the way, waiting (with `PRESENT_OR_ARRIVING`). */
export const BACK_OR_WAITING = 'back(?! (?:in|on) (?:19|20)\\d\\d)|waiting|hanging (?:about|around|round)|stood|standing|sat|sitting|parked|lurking|loitering';

/** Every form of each verb: lemma, third person, -ing, past and participle, and each with one letter of a double dropped ("hiting"). */
export function verbForms(lemmas: readonly Lemma[]): ReadonlyMap<string, { lemma: string; form: VerbForm }> {
  const forms = new Map<string, { lemma: string; form: VerbForm }>();
  const add = (word: string, lemma: string, form: VerbForm) => {
    for (const w of [word, word.replace(/(.)\1/g, '$1')]) {
      const seen = forms.get(w);
      // "hit", "hurt", "beat": the same word is base and past; read as past unless "going to" comes first.
      if (!seen || (seen.lemma === lemma && seen.form === 'base' && form === 'past')) forms.set(w, { lemma, form });
    }
  };
  for (const entry of lemmas) {
    const [lemma, past, participle] = typeof entry === 'string' ? [entry, '', ''] : entry;
    const doubles = /^[^aeiou]*[aeiou][bdgmnpt]$/.test(lemma) || /^(?:kidnap|headbutt)$/.test(lemma);
    const y = /[^aeiou]y$/.test(lemma) ? lemma.slice(0, -1) : null;
    const stem = doubles ? lemma + lemma.slice(-1) : lemma.endsWith('e') && !lemma.endsWith('ee') ? lemma.slice(0, -1) : lemma;
    add(lemma, lemma, 'base');
    add(y ? `${y}ies` : /(?:s|sh|ch|x|z)$/.test(lemma) ? `${lemma}es` : `${lemma}s`, lemma, 's');
    add(`${stem}ing`, lemma, 'ing');
    // Dropped g, as typed: "breakin in", "hittin me".
    add(`${stem}in`, lemma, 'ing');
    add(past || (y ? `${y}ied` : `${stem}${stem.endsWith('e') ? 'd' : 'ed'}`), lemma, 'past');
    if (participle) add(participle, lemma, 'past');
  }
  return forms;
}
export type VerbForm = 'base' | 's' | 'ing' | 'past';

// ---------------------------------------------------------------------------
// Requests the bot cannot do: a request said to the bot ("can you", "please",
// "order me", "... for me") of a service it does not give (taxis, calling the
// police, sending an officer, booking, messages, translation, looking up a
// case). `requests.ts` reads them; the rule declines before any station.
// ---------------------------------------------------------------------------

/** Said to the bot, just before the request: "can you", "could u please", "I need you to", or nothing but filler. */
export const ASKS_THE_BOT =
  '(?:^|\\b(?:can|could|would|will|wud|cud|cn) (?:you|u)(?: please| pls| kindly| just| quickly| maybe)?|\\b(?:i need|i want|id like|i would like|need|want) (?:you|u) to|\\bare (?:you|u) able to|\\bplease|\\bpls)(?: (?:please|pls|kindly|just|quickly|now|go on and|and|then|ok|okay|hi|hey|hello|yo|oi|bot|stationdesk|mate|so|can you|could you|help me|help us))* ?$';
/**
 * Said to the bot in so many words, not only by starting with the verb: "can you report ...", "please file ...".
 * For tasks whose verb, said first, is usually how a resident asks what to do ("report burglary", "report crime").
 */
export const ASKS_THE_BOT_OUTRIGHT =
  '(?:\\b(?:can|could|would|will|wud|cud|cn) (?:you|u)(?: please| pls| kindly| just| quickly| maybe)?|\\b(?:i need|i want|id like|i would like|need|want) (?:you|u) to|\\bare (?:you|u) able to|\\bplease|\\bpls)(?: (?:please|pls|kindly|just|quickly|now|go on and|and|then|ok|okay|hi|hey|hello|yo|oi|bot|stationdesk|mate|so|can you|could you|help me|help us))* ?$';
/** The bot named or greeted before a request ("@StationDesk email me ...", read as "at stationdesk email me"). */
export const NAMES_THE_BOT = '^(?:(?:at|hey|hi|hello|yo|oi|ok|okay|dear) )*(?:stationdesk|station desk|bot)\\b ?';
/** Said after the request: "... for me", "order me a cab". */
export const FOR_ME = '\\bfor (?:me|us)\\b|^me (?:a|an|some)\\b';

/** Words that join a request to what it is about: "(set an alarm) for when Bromley opens", "(text me) with the address of Croydon". */
export const JOINS_A_REQUEST_TO_ITS_SUBJECT = 'for|to|with|and|about|of|that|it|them|then|so|on|regarding|saying|telling me|giving me|showing me';

/** A question of its own in what a request leaves ("book me in at Brixton, what time do they open?"), not just a place or a day. */
export const ASKS_A_QUESTION_OF_ITS_OWN = /\b(?:what|whats|when|where|wheres|which|how|is|are|does|will|whether|nearest|closest)\b/;

/** Words of how, where or when one reports: "online", "at Wimbledon", "in person", "back in 2019", "before it closed". */
const HOW_ONE_REPORTS =
  'online|at|in person|in \\d{4}|by phone|over the phone|on the phone|anonymously|without|myself|where|how|there|back then|back in|before|when|still|any ?more|these days|nowadays|used to';

/** What the subject of a request says of a counter named in it ("text me when Ilford opens"): its opening, closing, hours. */
export const OPENS_OR_CLOSES = /\b(?:opens?|opening|reopens?|reopening|closes?|closing|shuts?|shutting|hours|times)\b/;

/** Whom at the police a resident may want a message passed to: a station, its desk, the officer on their case. */
const PEOPLE_AT_THE_STATION =
  '(?:police )?(?:station|stations|nick|front desk|desk|front counter|counter|custody(?: suite)?|officers?|police officers?|detective|dc|ds|pc|pcso|oic|officer in charge|investigating officer|case officer|investigator|sergeant|inspector)';
/** An officer, by rank or role, whose own number or email a resident may ask for ("the officers number", "pc smiths email"). */
const OFFICER_WORDS =
  '(?:police )?(?:officers?|policem[ae]n|policewom[ae]n|coppers?|detectives?|dc|ds|pc|pcso|pcsos|oic|officer in charge|investigating officer|case officer|investigator|sergeants?|inspectors?)';
/** Words of a name before "police station" ("Lewisham", "the front"): not question words ("tell the difference between a counter"). */
const NAME_WORDS = '(?:(?!(?:a|an|which|what|if|whether|how|when|where|why|who|difference|between|is|are|me|us)\\b)\\w+ )';
/** People the bot could be asked to message or call: family and others (beyond `PERSON_NOUNS`). */
const PEOPLE_TO_MESSAGE = 'solicitor|lawyer|work|school|gp|doctor|social worker|probation officer|landlord|family|friends?|mates?';

/** What the bot cannot do: the task, its verbs and objects (a pattern), and whether asking about it as oneself counts ("can I book"). */
/** Things that are stolen ("nicked"), not people arrested: a thing lost, or a vehicle. */
const THINGS_NICKED = `(?:${LOST_THINGS}|car|van|motor|motorbike|moped|scooter|e ?bike|ebike|bikes|phones|cars|vans|tools|parcel|parcels)`;

/**
 * A thing taken, told with "a" or "the" rather than "my" ("someone nicked a parcel from my porch", "they pinched the
 * bike out the garden", "somebody swiped a delivery"): a theft to report, not a person arrested.
 */
export const A_THING_NICKED = new RegExp(`\\b(?:nicked|knicked|pinched|swiped|nabbed|nicking|pinching) (?:a|an|the|some|two|three|our) (?:\\w+ )?(?:${THINGS_NICKED}|packages?|deliver(?:y|ies)|dogs?|cats?|puppy|puppies|plants?|catalytic converters?)\\b`);
/** "nicked" in a custody rule read only of a person: "my bike got nicked", "had my phone nicked" are thefts. */
function nickedOfAPersonOnly(custody: RegExp): RegExp {
  const nickedOfAPerson = `nicked(?<!\\b${THINGS_NICKED} (?:(?:was|were|got|been|has|have|had|just|s|is|getting|gone) )*nicked)`;
  return new RegExp(custody.source.replace(/\bnicked\b/g, nickedOfAPerson), custody.flags);
}

export const TASKS_THE_BOT_CANNOT_DO: readonly { task: string; act: RegExp; asOneself?: boolean; outright?: boolean; unless?: RegExp }[] = [
  // A police report or crime number as a document: "i need a police report for my insurance", "can i get a copy of a
  // police report", "my insurer wants a crime reference number", "how do i get a police report". Not one made ("file a
  // police report": reporting a crime), nor documents produced ("proof of insurance"), nor the resident's own number or
  // statement looked up (`case-lookup`), nor asked of a counter ("a copy of a police report at the counter": what it does).
  {
    task: 'police-report',
    asOneself: true,
    // "my car was broken into, insurers have the crime number, is walworth still going": the number told as had, nothing asked for.
    unless: /^(?!.*\b(?:need|needs|needed|want|wants|wanted|require|requires|required|ask(?:ing|ed)? for|obtain|request|copy|copies|how do i|how can i|where do i|where can i)\b).*\b(?:have|has|had|got|gave|given|with|sent|passed on|already)\b (?:\w+ ){0,2}?(?:the |a |my |our |their )?(?:crime reference(?: number)?|reference number|crime (?:number|no|ref)|incident number|police report|crime report)\b/,
    act: /(?:\b(?:copy|copies|printout|print out|hard copy) of (?:my|the|a|an|our|that) (?:police report|crime report|report|incident report)\b|\b(?:get|obtain|request|pick up|collect|download|receive|order|apply for) (?:hold of )?(?:a |an |my |the |our |that )?(?:copy of (?:a |my |the |our )?)?(?:police|crime|incident) report\b)(?!.*\b(?:at|from|in) (?:the |a |any )?(?:police )?(?:counter|desk|station|front desk|front counter)\b)|\b(?:insurance|insurer|insurers|insurance company|insurance claim)\b.*\b(?:police report|crime report|crime reference(?: number)?|reference number|crime (?:number|no|ref)|incident (?:number|report)|report from (?:the )?police)\b|\b(?:police report|crime report|crime reference(?: number)?|reference number|crime (?:number|no|ref)|incident number)\b.*\b(?:insurance|insurer|insurers|insurance company|insurance claim)\b/,
  },
  // Support for victims asked of the bot, which has no service's details: "how do i contact victim support", "victim
  // support number", "is there support for victims of crime".
  {
    task: 'victim-support',
    asOneself: true,
    act: /\bvictims? support\b|\bvictim(?:s)? (?:of crime )?(?:services?|care|helpline|charity|hub|liaison)\b|\b(?:(?:is|are) there (?:any |some )?)?support (?:for|services for|available for|available to) (?:victims|a victim|crime victims|victims of crime)\b|\bwitness (?:service|care)\b/,
  },
  // Lost property asked of the bot: "has anyone handed in my wallet", "can you find my lost phone", "log my lost passport".
  // ("can you check if my phone was handed in" is a record looked up: `case-lookup`, below.)
  {
    task: 'lost-property',
    asOneself: true,
    act: pattern`\b(?:has|have|did|was|were) (?:any ?one|any ?body|some ?one|some ?body|they|the police) (?:\w+ )?(?:hand|handed|turn|turned|bring|brought|find|found|pick|picked)(?: in| up)? (?:my|our|a|his|her) (?:\w+ )?(?:${LOST_THINGS})\b|\b(?:has|have|was|were|is|are) (?:my|our|his|her) (?:\w+ )?(?:${LOST_THINGS}) (?:been )?(?:handed|turned) in\b|\b(?:find|look for|search for|log|register|record|sort(?: out)?) (?:my|our|his|her|a) (?:lost|missing) (?:\w+ )?(?:${LOST_THINGS})\b|\b(?:left|lost|dropped) (?:my|our|a) (?:\w+ )?(?:${LOST_THINGS})\b.*\b(?:can|could) (?:you|u) (?:find|look for|check|trace|track)\b`,
  },
  { task: 'lost-property', act: pattern`\b(?:collect|pick up|get back|claim|fetch) (?:my|our|his|her) (?:lost )?(?:${LOST_THINGS})\b` },
  { task: 'taxi', act: /\b(?:order|book|call|get|send|find|arrange|hail|ring|sort)(?: me| us)?(?: (?:a|an|the|some|one))? (?:cab|cabs|taxi|taxis|uber|minicab|black cab|bolt|addison lee|lift|ride)\b|\b(?:give|drive|take) (?:me|us) (?:a (?:lift|ride)|there)\b/ },
  // Feedback on the bot: "how do i give feedback", "report a problem with this bot" (not a crime: before `report`).
  { task: 'feedback', asOneself: true, act: /\b(?:(?:suggest|send|make|submit|offer|propose) (?:you |u )?(?:a |an |some )?(?:corrections?|fix|fixes|edit|edits|update to (?:your|the) (?:info|information|data|hours))|feedback|(?:a |an )?(?:bug|problem|fault|issue|mistake|error|glitch) (?:with|in|on) (?:this|you|u|the) ?(?:bot|chat|chatbot|app|site|service)?)\b/ },
  // A mistake in what the bot says, reported: "how do i report a mistake in your info", "who do i tell if the hours are wrong".
  {
    task: 'feedback',
    asOneself: true,
    act: /\b(?:report|flag|point out|correct|fix|submit|send|let (?:you|u|someone) know about|tell (?:you|u|someone|somebody) about) (?:a |an |any |the )?(?:mistakes?|errors?|inaccurac(?:y|ies)|typos?|wrong (?:info|information|hours|times|address|details|answers?))\b(?!.*\b(?:crime|case|bail|statement|record)\b)|^(?:i (?:think i )?(?:have )?|ive )?(?:found|spotted|noticed) (?:a |an )?(?:mistake|error|typo|inaccuracy)(?: (?:in|on) (?:your|the|this) (?:info|information|data|answers?|hours|list|bot|chat|site))?$|\b(?:who (?:do|should|can|could) (?:i|we) (?:tell|contact|inform|report (?:it|that|this) to|let know)|(?:how|where) (?:do|can|could|should) (?:i|we) (?:tell|let) (?:you|u|someone|somebody)(?: know)?)\b(?=.*\b(?:hours|times|opening|address|info|information|data|answers?|list|something|anything|you said|you say|this bot|the bot|your)\b)(?!.*\b(?:crime|case|bail|statement)\b).*\b(?:wrong|incorrect|inaccurate|out of date|outdated|mistake|error)\b/,
  },
  // Suggestions for the bot: "i want to leave a review", "how can i improve you", "you should add bus routes".
  { task: 'feedback', asOneself: true, act: /\b(?:leave|write|give|post|send) (?:you |u )?(?:a |an |some )?(?:review|rating|suggestion|comment)s?\b|\bhow (?:can|could|do|would) (?:i|we) (?:improve|help improve|make better) (?:you|u|this|the bot|stationdesk)\b|^(?:you|u) (?:should|could|need to|ought to) (?:add|include|show|have|cover|let|give)\b/ },
  // A complaint about the bot itself ("how do i make a complaint about this bot", "i want to complain about you"): feedback,
  // not a complaint about the police.
  {
    task: 'feedback',
    asOneself: true,
    act: /\b(?:complain\w*|complaints?|moan)\b(?: \w+){0,3}? (?:about|regarding|against|on) (?:this |the |you |u |your |ur )?(?:bot|chatbot|chat bot|chat|app|website|site|stationdesk|station desk|you|u|answers?|replies)(?: (?:bot|chatbot|service))?$/,
  },
  // "who do i contact about this bot": where to send word of a mistake, or of anything else about the bot.
  {
    task: 'feedback',
    asOneself: true,
    act: /\b(?:who|how) (?:do|can|should|could) (?:i|we) (?:contact|reach|get in touch with|speak to|talk to|complain to|write to) (?:about|regarding) (?:this|the|you|u) ?(?:bot|chatbot|chat|service|app|site|website)?$/,
  },
  // Crime reports taken by the bot itself: "do you take reports?", "can i report a crime to you?".
  { task: 'report', asOneself: true, act: /\b(?:do|can|will|could) (?:you|u) (?:take|accept|handle|log|record|do|file) (?:crime )?(?:reports?|complaints?|statements?|crimes?)\b|\breport (?:a |the |my |this |an )?(?:\w+ )?(?:to|with|through|via) (?:you|u|this bot|the bot|this chat|this app)\b/ },
  // How or where one reports, with the general "you" ("could you report a crime at Wimbledon in 2019?", "can you report
  // it online?"): a question, not a request.
  // Reporting for the resident: "can you report a crime for me", "please file a report about my neighbour". Not
  // "report crime" or "can you report a crime online?" (how one reports), so only when asked outright, or "for me".
  {
    task: 'report',
    outright: true,
    act: pattern`\b(?:report|log)\b(?!.*\b(?:${HOW_ONE_REPORTS})\b)`,
  },
  { task: 'report', outright: true, act: /\btake (?:my|a|the|our|down my) (?:statement|report|details|complaint|crime report)\b/ },
  // "get me a crime number", "open a case for me": a report made for the resident.
  { task: 'report', act: /\b(?:get|give|issue|generate) (?:me|us) (?:a |an )?(?:crime|case|incident|crime reference|reference) (?:number|ref|no)\b/ },
  { task: 'report', outright: true, act: /\b(?:open|start|raise) (?:a|an|my|the) (?:case|investigation|crime report|police report)\b/ },
  { task: 'report', asOneself: true, act: /\b(?:give|tell|send) (?:you|u) (?:my|a|the|our) (?:statement|report|details of the crime|complaint|crime report)\b/ },
  {
    task: 'report',
    outright: true,
    act: pattern`\b(?:file|make|lodge|submit|fill in|fill out|complete|write up|write|draft|do|sort(?: out)?)(?: (?:a|an|the|my|this|our))?(?: \w+){0,2}? (?:police report|report|complaint|statement|form)\b(?!.*\b(?:${HOW_ONE_REPORTS})\b)`,
  },
  // "can you report a crime online for me", "file it for me": a report made for the resident, however it would be made.
  { task: 'report', act: /\b(?:report|file)(?: \w+){0,3}? for (?:me|us)\b|\bmake (?:a|the|my) (?:report|statement|complaint)(?: to the police)? for (?:me|us)\b/ },
  {
    task: 'call-police',
    act: /\b(?:call|ring|phone|contact|alert|dial|get|tell|inform|notify|text|message|email|get hold of)(?: up)? (?:the )?(?:police|999|101|met|an officer|officers|an ambulance|ambulance|fire brigade|emergency services)\b/,
    // A message of the resident's own arrangements to pass on ("tell the police at brixton i'm running late", "inform the
    // police i can't make my appointment"), a written message ("can you email the met for me") or a call back asked
    // ("can you get an officer to call me"): a message for them or a call from them (pass-on, below), not the police
    // called to something.
    unless: /\b(?:email|e mail|message|write to) (?:the )?(?:police|met|officers?|an officer)\b|\b(?:get|ask|have) (?:the )?(?:police|met|an officer|officers) to (?:call|ring|phone|contact|email|text|get back to) (?:me|us)\b|\b(?:tell|inform|notify|message|let) (?:the )?(?:police|met|officers?|an officer)\b(?: \w+){0,4}? (?:that )?(?:i|im|ill|id|i m|i ll|i am|i will|i d|we|were|well|we re|we ll|my|our)\b.*\b(?:late|later|on (?:my|our|the) way|coming|come|be there|be here|be in|be down|make it|stuck in traffic|delayed|arriving|arrive|outside|waiting|appointment|appt|bail|rearrange|reschedule|cancel|sorry)\b/,
  },
  // A written message for the police, or a counter by its name ("can you email the police", "can you message brixton
  // police", "send a message to the met"): nothing the bot can send (pass-on: how to reach them).
  {
    task: 'pass-on',
    act: /\b(?:email|e mail|message|write to|send (?:a |an )?(?:message|email|e mail|note|letter) to) (?:the )?(?:met|police|met police|(?!my\b|our\b|your\b|a\b|an\b|for\b|of\b|to\b|from\b|address\b)\w+(?: \w+)? police)\b(?! (?:station|counter|desk|front desk|front counter)s? (?:email|e mail|address)\b)/,
  },
  {
    task: 'send-officer',
    act: /\b(?:send|get|dispatch|bring)(?: (?:me|us))? (?:an? |the |some )?(?:officers?|police officers?|police|someone|somebody|cops?|pcsos?|patrol|police car|coppers?|bobby|help)\b/,
    // "can you get an officer to call me": a call back (pass-on), not an officer sent round.
    unless: /\b(?:get|ask|have) (?:the )?(?:police|met|an? officer|officers|someone|somebody|a cop|a copper) to (?:call|ring|phone|contact|email|text|get back to) (?:me|us)\b/,
  },
  {
    task: 'send-officer',
    asOneself: true,
    // "how do i get someone to come out to my house": an officer sent, asked of the bot as how.
    act: /\b(?:can|could|will|would) (?:an? |the |some )?(?:officers?|police officers?|police|pcsos?|coppers?|someone from the police) (?:come|pop|visit|attend|call round|call over|drop by|see me at)\b|\bhow (?:do|can|could|would) (?:i|we) get (?:an? |the |some )?(?:officers?|police officers?|police|pcsos?|coppers?|someone|somebody|someone from the police) (?:to )?(?:come|pop|visit|attend|call round|call over|drop by|be sent)\b/,
  },
  // "can you do a welfare check on my mum", "can someone check on my neighbour": someone sent round to a person, whoever
  // asks (not "check on my case", a case looked up, nor "check on my son's arrest", custody).
  {
    task: 'send-officer',
    asOneself: true,
    act: new RegExp(
      `\\bwelfare (?:check|visit|call)s?\\b|\\b(?:can|could|will|would) (?:you|u|someone|somebody|an officer|the police|police|they) (?:please )?(?:go (?:and |round and |over and )?|pop (?:round|over) (?:and )?|come (?:and |round and )?)?check (?:up )?on (?:my|our|his|her|their|a|the) (?:\\w+ )?(?:${[...PERSON_NOUNS].join('|')}|him|her|them)\\b(?!s? (?:arrest|case|custody|charge|bail|court case)\\b)`,
    ),
  },
  {
    task: 'pass-on',
    act: new RegExp(
      [
        // "ring Lewisham police station", "email the officer in charge", "contact the desk at Ilford".
        `\\b(?:call|ring|phone|email|e mail|text|message|contact|tell|inform|notify|update|write to|get hold of|reach|get in touch with|speak to)(?: up)? (?!me\\b|us\\b|you\\b)(?:the |my |our )?${NAME_WORDS}{0,3}?${PEOPLE_AT_THE_STATION}\\b`,
        // "email my crime reference number to the station", "send my statement to the officer", "upload my photos to my crime report".
        `\\b(?:send|forward|pass|give|email|e mail|upload|submit|hand|post|attach)(?: on)? (?:my|the|this|these|that|our|a|an|some) (?:\\w+ ){0,3}?(?:on )?(?:to|onto) (?:the |my |our )?(?:\\w+ ){0,3}?(?:${PEOPLE_AT_THE_STATION}|police|met|crime report|report|case|file)\\b`,
        // "let Brixton know I'm coming", "let the officer at Croydon know" (family and "let me know" are not this).
        '\\blet (?!me\\b|us\\b|him\\b|her\\b|them\\b|my \\w+ know)(?:the )?(?:\\w+ ){1,3}know\\b',
        // "can u ring brixton for me", "phone the one in croydon for us": a counter called for the resident (not "my mum": a message).
        `\\b(?:call|ring|phone|email|e mail|contact) (?!me\\b|us\\b|you\\b|my\\b|our\\b|his\\b|her\\b|their\\b|a\\b|an\\b)(?:\\w+ ){1,3}?for (?:me|us)\\b`,
        // "ring ahead", "call Walworth and say I'll be there at 3", "tell Ilford I can't make it".
        '\\b(?:ring|call|phone) ahead\\b|\\b(?:call|ring|phone|email|text|message) (?!me\\b|us\\b)(?:\\w+ ){1,3}?and (?:say|tell|let|ask)\\b',
        '\\btell (?!me\\b|us\\b|you\\b|my \\w+)(?:the )?(?:\\w+ ){1,3}?(?:that )?(?:i|im|ill|id|ive|were|we|well)\\b',
        // "can you ring them", "call them for me", "email there": the counter just discussed, by a word for it (the whole message).
        '^(?:(?:so|ok|okay|and|then|please|pls) )*(?:(?:can|could|will|would) (?:you|u) (?:please |pls |just )?)?(?:call|ring|phone|email|e mail|contact|get hold of|get in touch with) (?:them|there|that one|that station|that desk|that counter)(?: (?:up|for (?:me|us)|please|pls|now|today|instead))*$',
        // "get Brixton to call me back", "arrange for someone at Croydon to ring me".
        '\\b(?:get|arrange for|ask) (?!me\\b|us\\b)(?:\\w+ ){1,4}?to (?:call|ring|phone|email|text|contact|get back to) (?:me|us)\\b',
      ].join('|'),
    ),
  },
  {
    task: 'booking',
    asOneself: true,
    act: /\b(?:book|make|arrange|schedule|reserve|set up|sort(?: out)?|get|cancel|reschedule|rearrange|move|change|postpone)(?: me| us)?(?: in)?(?: (?:a|an|the|my|our))? (?:police |officer |counter )?(?:appointment|appointments|appt|time slot|slot|meeting|spot|place in the queue|place in the line)\b|\bbook (?:me|us) in\b|\b(?:book|schedule|arrange|reserve)(?: me| us)?(?: in)? (?:a )?visit\b|\bschedule (?:me|us) in\b/,
  },
  // A kind of appointment asked of the bot ("can you book me a video appointment", "can i book an in person appointment
  // through you"): it cannot book (it was the Met's video offer, as "how do i book a video appointment" still is).
  { task: 'booking', asOneself: true, act: /\b(?:can|could|will|would) (?:you|u) (?:please |pls )?(?:book|make|arrange|schedule|get|set up|sort)(?: me| us)?(?: in for)? (?:a |an )?(?:video|video call|in person|face to face|online|phone|telephone) (?:appointment|appt|call|meeting)s?\b|\bbook (?:a |an )?(?:video|video call|in person|face to face|online|phone|telephone) (?:appointment|appt|call|meeting)s? (?:through|via|with|on) (?:you|u|this)\b/ },
  // "do you do appointments", "can i book online", "i want to book to see an officer at croydon".
  { task: 'booking', asOneself: true, act: /\b(?:do|can|could) (?:you|u) (?:do|offer|take|make|arrange|handle) (?:appointments?|bookings?|appts?)\b|^(?:can|could) (?:i|we) book (?:online|here|on here|through (?:you|u|this))$|\b(?:book|booking) (?:in )?(?:to see|a time to see|to speak to|to talk to) (?:an? |the )?(?:officer|police officer|detective|someone|somebody|police)\b/ },
  // "i want an appointment to see an officer", "id like an appt" (not "do i need an appointment?", a question).
  { task: 'booking', asOneself: true, act: /(?<!\bdo )\b(?:i|we) (?:want|would like|d like|need|wanna)(?: to (?:make|book|get|have))? (?:an? )?(?:appointment|appt)\b/ },
  {
    task: 'message',
    act: new RegExp(
      `\\b(?:text|message|email|e mail|whatsapp|call|ring|phone|contact|tell|inform) (?:my|our) (?:\\w+ )?(?:${[...PERSON_NOUNS].join('|')}|${PEOPLE_TO_MESSAGE})\\b|\\blet (?:my \\w+|him|her|them) know\\b|\\b(?:text|message|email|whatsapp) (?:him|her|them|someone|somebody)\\b|\\b(?:call|ring|phone|text|email) (?:me|us) back\\b`,
    ),
  },
  // "call me", "pls ring me on 07700...": a call to the resident ("call me a taxi" is a taxi, above).
  { task: 'message', act: /\b(?:call|ring|phone|bell|facetime) (?:me|us)\b(?! (?:a|an)\b)|\bgive (?:me|us) a (?:call|ring|bell|buzz)\b/ },
  // Alerts and reminders: "remind me", "set an alarm for when Bromley opens", "text me when Ilford opens". Not
  // "remind me, was it open in 2019?" (a question) nor "let me know when" / "tell me when" (how people ask).
  {
    task: 'reminder',
    asOneself: true,
    act: /\bkeep (?:me|us) (?:updated|posted|informed|in the loop)\b|\b(?:sign|subscribe|register|add) (?:me|us)(?: up)? (?:to|for|on) (?:the |your |any )?(?:\w+ )?(?:alerts?|updates?|notifications?|emails?|texts?|newsletters?|mailing list)\b|\b(?:un)?subscribe (?:me|us)\b|\b(?:stop|turn off|cancel) (?:the |your |my |these |all )?(?:alerts?|notifications?|updates?|messages from (?:you|u|this bot))\b|\b(?:set|make|create|add|put|give|schedule)(?: (?:me|us|up))?(?: (?:a|an|the|my|some))? (?:reminder|reminders|alarm|alarms|alert|alerts|notification|notifications|timer)\b|\bremind (?:me|us)\b(?!(?: again| pls| please)? (?:what|whats|when (?:did|was|were)|where|wheres|which|how|again|of|was|were|is|are|did|does|if|whether)\b)|\b(?:notify|alert|ping|text|txt|email|e mail|message|buzz|update) (?:me|us)(?= (?:when|if|once|as soon as|whenever|before)\b)|\bwake (?:me|us) up\b/,
  },
  // Sending something to the resident: "email me the hours", "can you text me the address", "send it to me".
  // Not "send me the address" (how people ask in a chat, which is itself a message).
  {
    task: 'send',
    act: /\b(?:email|e mail|text|txt|sms|whatsapp|message|msg|dm|forward|post)(?: (?:it|this|that|them|these|those|over|across))?(?: to)? (?:me|us)\b(?! (?:a|an) (?:cab|taxi|uber|lift|ride)\b)|\bsend (?:me|us)(?: (?:an?|the))? (?:email|e mail|text|txt|sms|message|whatsapp|letter)\b|\b(?:drop|shoot|fire|ping) (?:me|us) (?:an? )?(?:email|e mail|text|txt|message|line|whatsapp)\b|\bsend (?:an? )?(?:email|e mail|text|txt|message) to (?:me|us)\b/,
  },
  // ... or somewhere of theirs, what to send said in between: "share the address of Kentish Town on WhatsApp".
  {
    task: 'send',
    act: /\b(?:email|e mail|text|send|forward|share|post|whatsapp|message)\b(?<content>(?: \w+){0,8}?) (?:(?:to|on|onto|at|into) (?:my|our) (?:email|e mail|email address|work email|work address|work|phone|mobile|number|inbox|whatsapp)|(?:on|via|by|over|through) (?:whatsapp|sms|text message|text|txt|email|e mail|messenger|telegram|signal))\b/,
  },
  // "can you email my crime number to me", "text the address to me".
  { task: 'send', act: /\b(?:email|e mail|text|txt|send|forward|whatsapp)\b(?<content>(?: \w+){1,6}?) to (?:me|us)$/ },
  // Keeping something for later in the resident's own apps: "save this for later", "add Lewisham to my calendar".
  {
    task: 'save',
    asOneself: true,
    act: /\b(?:save|bookmark|store|keep|note|write down|jot down|remember)\b(?<content>(?: \w+){0,6}?) (?:for (?:me|us|later|next time|the future)|(?:to|in|on) (?:my|our) (?:\w+ )?(?:notes|phone|favourites|favorites|bookmarks|files|account|calendar|calender|diary|contacts|list))\b/,
  },
  {
    task: 'save',
    asOneself: true,
    act: /\b(?:add|put|pop|stick|save|enter|sync|pin)\b(?<content>(?: \w+){0,6}?) (?:to|in|into|on|onto) (?:my|our|the) (?:\w+ )?(?:calendar|calender|diary|notes|phone|contacts|reminders|planner|favourites|favorites|bookmarks|agenda|outlook|google maps|maps|home screen)\b/,
  },
  { task: 'save', asOneself: true, act: /^(?:(?:please|pls|can you|could you) )?(?:save|bookmark|remember) (?:this|that|it|these|those|them)\b/ },
  { task: 'save', act: /\b(?:bookmark|favourite|favorite)\b/ },
  // "save lewisham as my station", "set brixton as my local station".
  { task: 'save', asOneself: true, act: /\b(?:save|set|make|remember|keep)\b(?<content>(?: \w+){1,4}?) as (?:my|our) (?:local |usual |home |default |favourite |favorite )?(?:station|counter|desk|police station|default|favourite|favorite)\b/ },
  // "can you save my postcode", "remember where i live": the bot keeps no details for next time.
  { task: 'save', act: /^(?:(?:please|pls|can you|could you|can u|could u|will you|will u) )?(?:save|remember|store|keep) (?:my|our) (?:postcode|address|location|details|home address|area|station)\b|\bremember where (?:i|we) (?:live|am|are)\b/ },
  // Paper and files: "print the opening hours", "download the list as a pdf".
  { task: 'print', asOneself: true, act: /(?<!\b(?:large|larger|big|bigger|huge|small|smaller|fine|enlarged|standard) )\bprint(?:ed|ing)?(?: (?:out|off|me|us))?\b(?! (?:out |off )?(?:your|ur|the system|system)\b)|\b(?:make|create|give|send)(?: me| us)?(?: (?:a|an))? (?:pdf|printout|print out|leaflet|poster|flyer|spreadsheet)\b/ },
  {
    task: 'print',
    asOneself: true,
    act: /\b(?:download|export|save|convert)\b(?<content>(?: \w+){0,6}?) (?:as|to|in|into) (?:a |an )?(?:pdf|file|spreadsheet|csv|excel|word|document|doc|image|picture|jpeg|jpg|png)\b/,
  },
  { task: 'translate', asOneself: true, act: /\b(?:do|can|could) (?:you|u) (?:do|offer|provide) (?:translations?|translating|interpreting|interpreters?)\b/ },
  { task: 'translate', act: /\b(?:translate|translation of|interpret) (?:this|that|it|these|for me|into|to|what|my|the|a|an|some|our|his|her)\b|\btranslate$/ },
  {
    task: 'case-lookup',
    asOneself: true,
    act: /\b(?:check|find out|look up|lookup|track|trace|chase(?: up)?|follow up|update me on|an update on|any update on|any news on|whats happening with|what is happening with|where (?:abouts )?(?:is|are)|wheres|status of|progress (?:of|on)|(?:the|an|any) (?:latest )?(?:update|updates|news|progress) (?:on|with|about|regarding))(?: on| if| whether| that)? (?:my|the|our) (?:\w+ )?(?:case|report|crime report|crime reference|reference number|crime number|complaint|investigation|claim)\b(?! (?:at|in|near|on) )|\b(?:where|what stage) (?:my|our|the) (?:\w+ )?(?:case|crime report|investigation|complaint) (?:is|s|has got) (?:up to|at|going)\b|\bhow(?:s| is) (?:my|our) (?:\w+ )?(?:case|investigation|crime report) (?:going|getting on|progressing|coming along)\b|\bwhat stage (?:is|s) (?:my|our) (?:\w+ )?(?:case|investigation|crime report|complaint)(?: at)?\b/,
  },
  // One's own report or case asked after as seen, read or dealt with: "has my report been looked at", "has anyone read my
  // report", "is anyone dealing with my case", "wheres my crime report", "did my online report go through". A record the
  // bot cannot see ("where do i make my report" is how one reports, not this).
  {
    task: 'case-lookup',
    asOneself: true,
    act: /\b(?:has|have|did|was|were|is|are|if|whether) (?:my|our) (?:\w+ )?(?:case|report|crime report|complaint|statement)s? (?:has |have |had |was |is )?(?:been |got |being |even |actually |ever |yet |already )*(?:looked at|seen|read|checked|picked up|assigned|allocated|dealt with|investigated|processed|received|reviewed|actioned|closed|dropped|logged|filed|go through|gone through|went through|got through|looked into|passed on|sent|submitted|updated|progressed|moved forward|moved on|resolved|solved|concluded)\b|\b(?:has|have|did|is|are) (?:any ?one|some ?one|any ?body|some ?body|the police|police|they|officers|an officer|the met) (?:even |actually |ever |yet |already )?(?:looked at|look at|seen|see|read|checked|check|picked up|pick up|dealing with|deal with|dealt with|investigating|investigate|looking into|looked into|look into|reviewed|review|received|receive|got|get) (?:my|our) (?:\w+ )?(?:case|report|crime report|complaint|statement)\b|^(?:(?:so|hi|hey|hello|and|ok) )?where(?: is|s| has| did)? (?:my|our) (?:\w+ )?(?:case|report|crime report|complaint|crime reference|crime number|reference number)(?: (?:gone|got to|go|at|up to|now))?\??$/,
  },
  // The number of one's own report asked, even with the counter it was made at ("what's the crime number for my report at
  // brixton", "i need the reference number for my burglary"): a record the bot cannot look up, not a report to make there.
  // (For insurance, with no report of one's own named, it is \`police-report\`, above.)
  {
    task: 'case-lookup',
    asOneself: true,
    act: /\b(?:what(?: is| was|s)?|whats|need|want|get|find(?: out)?|know|forgot(?:ten)?|lost|tell me|give me|look up|check|where do i find|where can i find|how do i get) (?:the |my |our )?(?:crime (?:reference )?(?:number|no|ref)|crime ref(?:erence)?|(?:crime )?reference number|ref number|incident number|case number|crn|cad number)s? (?:for|of|on|from|about) (?:my|our) (?:\w+ )?(?:report|case|crime|burglary|theft|robbery|assault|complaint|statement|claim|break in|stolen \w+)\b/,
  },
  // What became of one's case: "has anyone been charged for my burglary", "did they catch the man who stole my bike".
  {
    task: 'case-lookup',
    asOneself: true,
    act: /\b(?:has|have|did|was|were) (?:any ?one|some ?one|any ?body|some ?body|the (?:man|men|guy|guys|person|people|woman|bloke|lad|lads|thief|thieves|burglar|burglars|robber|robbers|attacker|attackers|suspect|suspects|driver|offender|offenders))(?: \w+){0,4}? (?:been )?(?:caught|charged|convicted|identified|prosecuted|sentenced|arrested|nicked)\b|\b(?:did|have|has) (?:they|the police|police|the met|officers) (?:ever )?(?:caught|catch|charged|charge|identified|identify|prosecuted|prosecute) (?:any ?one|some ?one|the|him|her|them|who|whoever)\b/,
  },
  // "can you check if my car was towed", "find out whether my van got clamped": a record the bot cannot look up.
  {
    task: 'case-lookup',
    act: /\b(?:check|find out|see|tell me|look up)(?: if| whether) (?:my|our|his|her) (?:\w+ ){1,2}?(?:was|has been|got|is|have been|had been) (?:towed|stolen|clamped|seized|taken|impounded|found|handed in|returned|recovered)\b/,
  },
  // Police work asked of the bot: "can you track my phone", "investigate this", "can you find who stole my bike" ("find my
  // stolen bike" is a crime to report). Declined with how it is reported instead (101, met.police.uk).
  {
    task: 'police-work',
    act: /(?:\b(?:track|trace|locate|located|ping|gps)|\b(?:can|could|will|would) (?:you|u) (?:please |pls )?find) (?:down )?(?:my|our|his|her|the|a) (?:lost |missing |stolen |nicked |robbed |pinched )?(?:phone|mobile|iphone|android|samsung|bike|bicycle|e ?bike|scooter|moped|motorbike|car|van|laptop|macbook|bag|handbag|wallet|purse|ipad|tablet|watch|airpods|keys|airtag)(?: (?:location|whereabouts))?\b(?!.*\b(?:at|from|in) (?:the |a |any )?(?:police )?(?:counter|desk|station)s?\b)(?!.*\b(?:report|reported|reporting)\b)|\b(?:investigate|look into) (?:this|it|that|my|the|our|him|her|them|a|an)\b|\b(?:find|find out|catch|track down|trace|identify|work out) (?:who|whoever|the (?:person|people|guy|guys|man|men|woman|bloke|lads?|thief|thieves|burglars?|robbers?|culprits?|one|ones)(?: who| that)?) (?:stole|nicked|took|robbed|broke into|burgled|smashed|scratched|keyed|damaged|vandalised|vandalized|hit|did (?:this|it|that))\b|(?<=\b(?:stolen|nicked|robbed|pinched)\b.*\b(?:can|could|will|would) (?:you|u) (?:please |pls )?)\b(?:track|trace|locate|located|find|ping) (?:it|them|where it is)\b/,
  },
  // A phone or account unlocked: not police work, a bare decline.
  { task: 'errand', act: /\b(?:unlock|hack|get into) (?:my|a|his|her|this) (?:phone|mobile|account|laptop|iphone)\b/ },
  // Footage asked for: "how do i request cctv footage", "can you get me the cctv from outside my house" (footage handed
  // in is evidence, what a counter takes: not this).
  {
    task: 'footage',
    asOneself: true,
    act: /\b(?:get|getting|request|requesting|obtain|access|(?:(?:can|could|may|how do|how can|where do|where can) (?:i|we)|(?:need|want|like|wanna) to) (?:see|view|watch)|release|retrieve|pull|check|review|look at|copy of|copies of|hold of)(?: (?:me|us))?(?: (?:a|the|my|some|any|our|that|this|those))?(?: copy of(?: the)?)? (?:cctv|camera footage|cctv footage|footage|dashcam footage|bodycam|body cam|body worn (?:camera|video|footage)|video footage|camera recordings?)\b|\b(?:cctv|footage) (?:request|requests|release)\b/,
  },
  // Jobs and joining: "how do i apply for a job with the met", "i want to join the police", "how do i become a pcso".
  {
    task: 'job',
    asOneself: true,
    act: /\b(?:join|joining) (?:the )?(?:met|police|metropolitan police|police force|force|specials|special constabulary)\b|\b(?:become|becoming|(?:want|wanted|like|love|hope|hoping|trying|training|train|how|apply) to be|wanna be) (?:a |an )?(?:police officer|cop|copper|pcso|detective|special constable|policeman|policewoman|police community support officer)\b|\b(?:jobs?|careers?|vacanc(?:y|ies)|recruitment|apprenticeships?|work experience) (?:in|at|with|for) (?:the )?(?:met|police|metropolitan police)\b|\b(?:police|met) (?:jobs?|careers?|vacanc(?:y|ies)|recruitment|apprenticeships?)\b|\b(?:is|are) (?:the )?(?:met|police|met police|metropolitan police) (?:hiring|recruiting|taking on)\b|\b(?:i|we) (?:want|would like|d like|wanna|hope) to (?:work|volunteer) (?:for|with|at|in) (?:the )?(?:met|police)\b|\bhow (?:do|can|could) (?:i|you|someone) (?:work|volunteer) (?:for|with|in) (?:the )?(?:met|police)\b|\b(?:volunteer|sign up|apply|join) (?:as|to be) (?:a |an )?(?:special|special constable|pcso|police volunteer|volunteer police (?:officer|cadet)|police cadet|cadet)\b/,
  },
  // Legal help: "can you help me with my court case", "i need legal advice", "how do i get a restraining order" (a
  // court case about a closure is the service's `court` topic: only one's own case is this).
  {
    task: 'legal',
    asOneself: true,
    act: /\blegal (?:advice|help|representation)\b|\b(?:my|our|his|her|their) (?:upcoming )?(?:court (?:case|date|hearing|appearance|summons|papers)|trial|divorce|custody battle)\b|\b(?:restraining|non ?molestation|occupation|protection|protective) orders?\b|\b(?:get|apply for|need|want|take out) (?:a |an )?injunction\b|\b(?:attend|attending|appear|appearing|summoned|summonsed|due|have to go|got to go|going) (?:to |in |at |before )?(?:the |a )?(?:magistrates |magistrates court|crown |county |youth |family )?court\b(?! (?:challenge|case about|ruling on))/,
  },
  // The bot's voice asked for: "can you speak", "read this out loud", "is there a voice version".
  {
    task: 'voice',
    asOneself: true,
    act: /^(?:(?:please|pls|so|hi|hello) )?(?:can|could|do|will) (?:you|u) (?:speak|talk)(?: to me| out loud| aloud)?(?: please| pls)?$|\b(?:read|say|speak) (?:this|that|it|them|your answers?|the answers?|everything|(?:the|your) (?:replies|messages|text)) (?:out loud|aloud|out|to me)\b|\b(?:(?:is there|have you got|do you have|have you|got|any) )?(?:an? )?(?:voice|audio|spoken|talking) (?:version|option|mode|chat|assistant|messages?|notes?|call)\b|\b(?:talk|speak) (?:to (?:you|u) )?instead of (?:typing|writing)\b|\b(?:send|leave|record) (?:you |u )?(?:a )?voice (?:note|message|memo)\b/,
  },
  // Another format of the replies asked for: "is there an easy read version", "can i get this in braille", "do you have a
  // plain text version" (a voice, a language or a bigger text have their own answers).
  {
    task: 'other-format',
    asOneself: true,
    // BSL only as a version of the replies ("a bsl version"): "can i use bsl" asks for sign language with the police.
    act: /\b(?:(?:easy ?read|easy to read|plain english|simple english|simpler english|braille|makaton)(?: version| format| copy| option)?|(?:bsl|british sign language|sign language) (?:version|format|copy|option|video|videos))\b(?!.*\b(?:interpreter|interpreters|at (?:the )?(?:counter|desk|station))\b)|\b(?:a |an )?(?<!\b(?:large|larger|big|bigger) )(?:text|plain text|paper|printed|print|accessible|simpler|simple) (?:version|format|copy)(?: of (?:this|you|it|the (?:bot|chat|answers?)))?\b/,
  },
  // Text size asked for: "can i have large text", "make the writing bigger".
  {
    task: 'text-size',
    asOneself: true,
    act: /\b(?:large|larger|big|bigger|huge|enlarge|enlarged|increase|zoom)(?: the)? (?:text|font|writing|print|letters|words|type)\b|\b(?:text|font|writing|print|letters|words) (?:size|bigger|larger)\b|\bmake (?:the |your |it )?(?:text |font |writing |words |letters )?(?:bigger|larger)\b/,
  },
  // Going somewhere with the resident, or finding them a lawyer: "will you come with me to the station", "find me a solicitor".
  { task: 'errand', act: /\b(?:come|go|walk)(?: \w+){0,3}? (?:with|along with) (?:me|us)\b|\bbe (?:my|our) (?:witness|lawyer|solicitor|representative)\b|\b(?:check|look at|watch|review|get) (?:the |my |our )?(?:cctv|footage|camera footage|dashcam footage)\b|\bhack(?:ing)? (?:into )?(?:my|a|his|her|their|this|someones|somebodys|my \w+s) (?:\w+ )?(?:phone|account|facebook|instagram|email|snapchat|tiktok|whatsapp|laptop|computer)\b|\bmeet (?:me|us)\b|\b(?:find|get|recommend|suggest)(?: me| us)? (?:a |an |any )?(?:good )?(?:solicitor|lawyer|barrister|legal aid)\b/ },
  // "open the met police website for me": the bot opens nothing on the resident's device.
  // Someone in custody asked after: "is my brother in custody", "which station has my partner been taken to", "is my
  // son at the police station" (where someone is held "at knifepoint" is danger, read before any of this). "nicked"
  // said of a thing is stolen, not arrested: "had my bike nicked yesterday which station do i go to" is a crime to report.
  {
    task: 'custody',
    asOneself: true,
    // "look up my friend's arrest", "check on my son's arrest": someone's arrest asked after.
    act: nickedOfAPersonOnly(/\b(?:look up|check on|check|find out about|tell me about) (?:my |our |his |her |their |a )?(?:\w+ )?arrest\b|\b(?:which|what) (?:police )?(?:station|nick|police)s? (?:is|are|was|were|has|have|had|did|will|would) (?:my|our|his|her|he|she|they) (?:\w+ )?(?:been |being |got )?(?:taken|took|held|kept|brought|in|at)\b|\b(?:arrested|in custody|under arrest|nicked|detained|locked up)\b.*\b(?:which|what) (?:police )?(?:station|nick)\b|\b(?:which|what) (?:police )?(?:station|nick)\b.*\b(?:arrested|in custody|under arrest|detained)\b|\bwhere (?:is|are|was|were|would|will|do|did|have|has|might) (?:(?:my|our|his|her) \w+ |he |she |they |the police |police |cops |officers )?(?:being |been )?(?:held|kept|taken|take|took|locked up)\b.*\b(?:arrested|custody|nicked|detained)\b|\b(?:arrested|in custody|nicked|detained)\b.*\bwhere (?:is|are|was|were|would|will|do|did|have|has|might)\b.*\b(?:held|kept|taken|take|took|locked up)\b|\b(?:is|are|was|if|whether) (?:my|our) (?:\w+ )?(?:being held|held|kept|locked up) (?:at|in)\b|\b(?:arrested|in custody|nicked|detained)\b.*\b(?:is|are) (?:he|she|they) (?:at|in)\b|\b(?:arrested|in custody|nicked|detained)\b.*\bwhere (?:is|are) (?:he|she|they)$|\b(?:they|police|the police|cops|officers) (?:have |has )?(?:took|taken) (?:my|our) (?:\w+ )?to (?:the |a )?(?:police )?(?:station|nick|cells)\b|\bwhere (?:do|does|will|would|did) (?:they|the police|police|the met|cops) (?:take|hold|keep|bring) (?:people|someone|somebody|you|suspects)\b.*\b(?:arrested|nicked|detained|custody)\b|\b(?:is|are|was|if|whether|has|have) (?:my|our) (?:\w+ )?(?:is |was |has |have |got |been )*(?:in custody|arrested|under arrest|locked up|in a cell|in the cells)\b|\b(?:my|our) (?:\w+ )?(?:is |are |was |were |has |have |s |got |been |being |just )*(?:held|detained|kept) (?:in custody|in (?:the |a )?(?:police )?cells?|at (?:\w+ ){0,2}?(?:police station|nick|custody suite))\b|\b(?:my|our) (?:\w+ )?(?:(?:has been|have been|was|were|got|s been|just got|just been) (?:arrested|nicked|taken into custody|detained|picked up by (?:the )?police)|(?:is|s|are|was|were) (?:in custody|under arrest|in the cells|locked up))\b.*\b(?:where|which station|what station|find out|find him|find her|see him|see her|visit)\b.*$|\b(?:which|what) (?:police )?station (?:has|have|is|are|did|was|were) (?:my|our|his|her) (?:\w+ )?(?:been )?(?:taken|held|kept|brought|in|at)\b|\b(?:is|are) (?:my|our) (?:\w+ )?(?:at|in) (?:the |a )?(?:police station|station|nick|cells)$|\b(?:police|cops|officers?) (?:have |has )?(?:took|taken|arrested|picked up|nicked|detained) (?:my|our) (?:\w+ )?(?:son|daughter|husband|wife|partner|boyfriend|girlfriend|brother|sister|dad|father|mum|mother|friend|mate|kid|child|boy|girl|cousin|nephew|niece|uncle|aunt|grandson|granddaughter)\b/),
  },
  // Seeing someone held, or leaving things for them: "can i visit my son in custody at lewisham", "custody visiting times",
  // "can i drop off clothes for someone in the cells". The data holds nothing on custody.
  {
    task: 'custody-visit',
    asOneself: true,
    act: new RegExp(
      `\\b(?:visit|visiting|see|seeing)(?: \\w+){0,3}? (?:in custody|in (?:the |a )?(?:police )?cells?|(?:being |been )?(?:held|detained|locked up) (?:at|in)\\b)|\\bcustody (?:visits?|visiting(?: times| hours)?)\\b|\\b(?:drop off|drop|bring|take|leave|hand in)(?: \\w+){1,3}? (?:for|to) (?:someone|somebody|my \\w+|our \\w+|him|her|them|a \\w+)(?: (?:who s|who is|whos|thats|that s|that is))? (?:in custody|in (?:the |a )?(?:police )?cells?|(?:being )?(?:held|detained|locked up)\\b)|\\b(?:in custody|in (?:the |a )?(?:police )?cells?)\\b.*\\b(?:can|could|may|how do|how can) (?:i|we) (?:visit|see|bring|take|drop off|drop|leave|send)\\b`,
    ),
  },
  // Police records asked of the bot: arrests, warrants, a case or reference number, a number plate.
  {
    task: 'case-lookup',
    asOneself: true,
    act: /\bwho (?:got|was|has been|have been|were) (?:arrested|nicked|locked up)\b|\b(?:is there|theres|there is|any|got|have i got|do i have|is) (?:a |an )?(?:arrest )?warrants? (?:out )?(?:for|on|against) (?:me|my|him|her|them|us)\b|\bwhat (?:is|s|was) (?:my|our) (?:case|crime|crime reference|reference|ref|incident) (?:number|no|ref)\b|\bwhats (?:my|our) (?:case|crime|crime reference|reference|ref|incident) (?:number|no|ref)\b|\b(?:get|give me|send me|find|tell me|retrieve|recover|lost|forgot|forgotten)(?: \w+){0,2}? (?:my|our) (?:crime reference|crime ref|case|crime|reference|ref|incident)(?: number| no| ref)\b(?!.*\b(?:at|from|in) (?:the |a )?(?:front )?(?:counter|desk|station|police station)\b)|\b(?:look up|lookup|check|run|trace) (?:a |the |this |my |his |her )?(?:car |vehicle )?(?:reg|registration|number plate|plate|reg number|registration number)\b|\b(?:check|look up|see) (?:my |his |her |their |someones )?criminal record\b/,
  },
  // People looked up: "who lives at 10 high street", "find my neighbours phone number", "is my ex wanted by the police".
  {
    task: 'case-lookup',
    asOneself: true,
    act: /\bwho lives (?:at|in|next door)\b|\b(?:find|look up|lookup|get|give me|trace) (?:someones|somebodys|his|her|their|my \w+s|this persons|the persons) (?:home )?(?:address|phone number|number|details|whereabouts)\b|\b(?:is|if|whether) (?:someone|somebody|he|she|they|this person|my \w+) (?:is )?wanted(?: by the police)?$/,
  },
  // "send me a copy of my statement", "i need a copy of the police report for insurance": a record the bot cannot look up.
  // A letter for a visa or for immigration ("can i get a visa letter from the police station") is a police check, below.
  { task: 'case-lookup', asOneself: true, unless: /\b(?:visas?|immigration|citizenship|naturali[sz]ation|residency|emigrat\w*)\b/, act: /\b(?:a |an )?(?:letter|confirmation|proof|paperwork|written report) from (?:the )?(?:police|met)\b|\b(?:my|the|our) (?:case officers?|investigating officers?|officers? in charge(?: of my case)?|officer on my case)(?: s)? (?:name|details|number|phone number|email|contact(?: details)?)\b|\b(?:copy|copies) of (?:my|the|a|our) (?:statement|police report|crime report|report|case file|(?:police |criminal )?record)\b(?!.*\b(?:at|from|in) (?:the |a |any )?(?:police )?(?:counter|desk|station|front desk|front counter)\b)/ },
  // Checks, licences and certificates: "can you do a dbs check", "renew my firearms licence", "i need fingerprints for a visa".
  // Asked of a counter ("do they do fingerprints?") it is what a counter does, answered as such (rules.ts).
  {
    task: 'police-check',
    asOneself: true,
    act: /\b(?:dbs|crb|disclosure and barring|basic disclosure|enhanced disclosure|police (?:check|clearance|certificate)s?|certificate of good conduct|good conduct certificate|clares law|clare s law|claires law|sarahs law|sarah s law|background checks?|criminal records? checks?|(?:get|see|request|obtain|access|apply for)(?: a copy of)? (?:my|our) (?:own )?(?:criminal|police) records?|character references?(?: from the police)?|subject access requests?|(?:has|have|if|whether) (?:someone|somebody|he|she|they|my \w+|this \w+) (?:has |have |got )?(?:a |any )?(?:criminal |police )?(?:record|records|convictions|previous)(?! of)|(?:firearms?|guns?|shotguns?|rifles?) (?:licen[cs]es?|licensing|certificates?|certs?|permits?)|(?:licen[cs]es?|certificates?|certs?|permits?) (?:for|to (?:own|have|keep)) (?:a |an |my |our )?(?:firearms?|guns?|shotguns?|rifles?)|fingerprints?|fingerprinting|visas?|immigration (?:papers|documents|status|letter)|for (?:immigration|my visa|a visa|citizenship|naturalisation|naturalization|residency|emigration|emigrating)(?! (?:bail|reporting|report)))\b/,
  },
  // Property registered or marked: "can you register my bike", "how do i register my phone with the police", "security
  // mark my laptop". Not registering a phone for 999 texts (a deaf resident's question, answered from the data).
  {
    task: 'register-property',
    asOneself: true,
    act: /(?:\b(?:register|registering|registration of|reg|security mark|mark|tag|log|record)(?: (?:my|our|his|her|their|a|an|the|this|me a|me my))?(?: \w+)?? (?:bikes?|bicycles?|push ?bikes?|cycles?|e ?bikes?|e ?scooters?|scooters?|mopeds?|motorbikes?|laptops?|phones?|mobiles?|ipads?|tablets?|valuables|property|belongings|stuff|things|items|jewellery|tools|catalytic converters?)\b|\b(?:bikes?|bicycles?|cycles?|e ?bikes?|scooters?|laptops?|phones?|property|valuables|belongings|tools) (?:security )?(?:marked|marking|registered|tagged|postcoded)\b)(?!.*\b(?:stolen|nicked|taken|lost|missing|999|text|texts|sms|relay|emergency)\b)/,
  },
  // Fines and penalty notices: "pay my parking fine", "i got a pcn how do i pay", "appeal a speeding ticket".
  {
    task: 'fine',
    asOneself: true,
    act: /\b(?:pay|paying|cancel|appeal|challenge|contest|dispute|get rid of|pay off)(?: for)? (?:my |a |the |this |our |his |her |an )?(?:parking |speeding |traffic |penalty |fixed penalty |bus lane |congestion |ulez |council |court |magistrates )?(?:fine|fines|ticket|tickets|pcn|pcns|penalty notice|penalty charge|fixed penalty|congestion charge|ulez charge)\b|\b(?:got|have|received|get) (?:a |an )?(?:pcn|parking ticket|parking fine|speeding fine|speeding ticket|penalty charge notice|fixed penalty)\b/,
  },
  // What the police took, asked back: "can i get my stuff back that the police took", "unlock my phone the police seized".
  {
    task: 'seized-property',
    asOneself: true,
    // Asked of a counter ("can i collect my seized car from the counter"): what a counter does, answered as such.
    act: /(?:\b(?:get|getting|have|collect|claim|recover)(?: \w+){0,2}? back\b.*\b(?:police|cops|they|officers?) (?:took|have|had|seized|kept|confiscated|impounded|taken|still have)\b|\b(?:police|cops|officers?) (?:took|have|had|seized|kept|confiscated|impounded|taken|still have)(?: \w+){0,3}? (?:phone|car|stuff|things|property|belongings|laptop|bike|money|cash|van|keys|passport)\b.*\b(?:back|return|returned)\b|\b(?:seized|confiscated|impounded) (?:phone|car|property|belongings|laptop|bike|money|cash|van|items|goods)\b|\b(?:phone|car|property|belongings|laptop|bike|money|cash|van|stuff|things|items)(?: \w+){0,2}? (?:that )?(?:the )?(?:police|cops|officers?) (?:seized|took|confiscated|impounded|kept|have)\b|\b(?:phone|car|property|belongings|laptop|bike|money|cash|van|stuff|things|items|keys|passport)(?: that| which)? (?:was|were|got|has been|have been|had been) (?:seized|confiscated|impounded|taken by (?:the )?(?:police|cops|officers?))\b|\b(?:get|getting|have|collect|claim|recover)(?: \w+){0,3}? back (?:from|off) (?:the )?(?:police|cops|met|old bill)\b)(?!.*\b(?:at|from|in) (?:the |a |any |my local )?(?:police )?(?:counter|desk|front desk|front counter|station|police station)s?\b)/,
  },
  // Bail signed through the bot: "sign me in for bail", "can i sign bail through you" (where one signs is a counter's task).
  { task: 'bail', asOneself: true, act: /\bbail\b.*\b(?:through|via|with|on|to) (?:you|u|this chat|this bot)$|\b(?:sort(?: out)?|handle|deal with|arrange|pay) (?:my|his|her|our) bail\b|\bbail (?:check in|sign in|signing|reporting)\b.*\bonline\b|\b(?:sign|check|book|log) (?:me|us) (?:in |on )?(?:for )?bail\b|\bbail (?:\w+ ){1,2}?out\b|\b(?:pay|post|put up) (?:the |his |her |their |my )?bail\b|\bhow much (?:is|does|for) bail\b|\bwhat (?:are|r|is|s|were) (?:my|his|her|their|the) bail (?:conditions|terms|date|times?)\b|\b(?:check|tell me|look up|find out|remind me of|what s) (?:my|his|her|their) bail (?:conditions|terms|date|times?)\b|\bwhen (?:is|s|does) (?:my|his|her|their) bail (?:date|end|finish|run out|expire|up)\b/ },
  // "can i speak to an officer", "can someone call me back", "i need a callback from the police": reaching an officer.
  {
    task: 'pass-on',
    asOneself: true,
    act: /\bleave (?:a )?message (?:for|with) (?:an? |the |my )?(?:officer|police officer|police|station|detective|case officer|sergeant)\b|\b(?:(?:can|could|may) (?:i|we) (?:please )?|(?:i|we) (?:want|need|would like|d like|wanna)(?: to)? |(?:(?:can|could|will|would) (?:you|u) (?:please |pls )?)?let (?:me|us) )(?:speak|talk|chat) (?:to|with) (?:an? |the |my )?(?:front desk|front counter|desk|counter|reception|duty sergeant|duty officer|duty inspector|desk sergeant|custody sergeant|(?:sergeant|officer|inspector) on duty|officer|police officer|copper|cop|detective|sergeant|inspector|case officer|officer in charge|policeman|policewoman|someone from the police|police|someone|somebody)(?: (?:about|regarding) (?:my|a|the|our) (?:case|report|crime report|complaint|investigation))?(?: (?:please|pls|now|asap|today))?$|\b(?:can|could|will|would) (?:someone|somebody|an officer|the police|police|a detective|they|the officer) (?:please )?(?:call|ring|phone) (?:me|us) back\b|\b(?:need|want|get|request|arrange|like) (?:a |an )?(?:call ?back|callback|ring ?back)\b|\b(?:do|can|could) (?:you|u) (?:do|offer|arrange) (?:call ?backs?|callbacks?|ring ?backs?)\b|\b(?:need|want|like|get) (?:someone|somebody|an officer|the police|police|a detective) to (?:call|ring|phone|contact) (?:me|us)\b|\b(?:speak|talk|chat|get hold of|get in touch with|put (?:me|us) in touch with|reach|contact) (?:to |with )?(?:pc|dc|ds|di|dci|dsgt|psgt|sgt|sergeant|inspector|detective|constable|pcso|officer)(?: (?:sergeant|inspector|constable))? (?!(?:at|on|in|about|who|dealing|here|there|from|please|pls|now|today|asap|for|and|or|if|when|because|cos|as|that|to|with|by|the|a|an|my|your)\b)[a-z]+\b/,
  },
  // "do you know the name of my local PCSO", "who is my local officer", "how do i contact my safer neighbourhood team":
  // local officers are not in the data; reaching them is 101's.
  {
    task: 'pass-on',
    asOneself: true,
    act: /\b(?:who is|whos|who are|name of|names of|details (?:of|for)|contact (?:details )?(?:of|for)|number (?:of|for)|email (?:of|for)|find|know|contact|reach|get hold of|get in touch with|speak to|talk to) (?:my|our|the) (?:local|area|ward|neighbourhood) (?:pcsos?|officers?|police officers?|coppers?|bobbies|bobby|policing team|police team|safer neighbourhood(?:s)? team|snt|beat officers?|sergeant|team)\b/,
  },
  // "give me the officers number", "whats the number for my officer", "pc smiths email": an officer's own number or
  // email, which the data does not hold (not "the number for the police", 101, nor a station's, nor a crime number).
  {
    task: 'officer-contact',
    asOneself: true,
    act: new RegExp(
      `\\b(?:(?:direct |phone |mobile |contact |work )?(?:number|line|phone|mobile|email|e mail|email address|contact details|contact number|extension))(?: \\w+)? (?:for|of) (?:the |my |our |a |an |this |that )?(?:\\w+ )?${OFFICER_WORDS}\\b|\\b${OFFICER_WORDS}(?: \\w+)? (?:own |direct |personal |work )?(?:number|phone number|mobile(?: number)?|direct line|line|email(?: address)?|e mail|contact details|contact number|extension)\\b`,
    ),
  },
  // An officer reached by phone or message, asked as oneself, often with the counter named ("can i call the officer at
  // croydon police station", "how do i email the detective at brixton"): no officer's own line; 101 reaches them. Speaking
  // to one in person ("can i speak to an officer at brixton") is going to the counter, not this.
  {
    task: 'pass-on',
    asOneself: true,
    act: /\b(?:can|could|may|how (?:do|can|could|would|should)|where (?:do|can)|is it possible to) (?:i|we)(?: (?:just|directly|still|please))? (?:call|ring|phone|email|e mail|text|message|contact|reach|get hold of|get in touch with|get through to)(?: directly)? (?:the|an|a|my|our|that|this) (?:police )?(?:officers?|detectives?|sergeants?|inspectors?|pcsos?|coppers?|duty sergeant|desk sergeant|custody sergeant|duty officer|officer in charge|case officer|investigating officer)\b/,
  },
  // "i want a human", "get me a real person": no one to put the resident through to.
  { task: 'pass-on', asOneself: true, act: /\b(?:i (?:want|need)|i d like|id like|get me|give me|put me through to|transfer me to|connect me (?:to|with)|let me (?:speak|talk) to) (?:to )?(?:a |an )?(?:real |actual |live )?(?:human|person|human being|operator|agent|someone real)\b/ },
  // "how do i get in touch with the officer dealing with my case", "need to contact my case officer": that officer reached.
  {
    task: 'pass-on',
    asOneself: true,
    act: /\b(?:speak|talk|chat|get hold of|get in touch|get in contact|get through|contact|reach|email|e mail|ring|call|phone|message)(?: to| with)? (?:the |my |our )?(?:(?:police )?officer|detective|pc|dc|copper|cop|investigating officer|investigator)s? (?:who is |whos |thats |that is )?(?:dealing with|handling|on|in charge of|looking after|investigating|assigned to|working on|for) (?:my|our|the|his|her|this|me) ?(?:case|report|crime|investigation|crime report|complaint|burglary|assault|theft)?\b|\b(?:speak|talk|chat|get hold of|get in touch|get in contact|get through|contact|reach|email|e mail|ring|call|phone|message)(?: to| with)? (?:the |my |our )?(?:case officer|officer in charge|oic|investigating officer)s?\b/,
  },
  // Being put through to someone: "put me through to an officer", "connect me to 101", "can i speak to a real person",
  // "can u get me the duty sergeant".
  {
    task: 'pass-on',
    asOneself: true,
    act: /\b(?:put|patch) (?:me|us) through\b|\b(?:get|fetch|find) (?:me|us) (?:an? |the )?(?:duty sergeant|duty officer|duty inspector|desk sergeant|(?:sergeant|officer|inspector) on duty)\b|\b(?:connect|transfer|forward) (?:me|us) (?:to|with)\b|\b(?:speak|talk|chat) (?:to|with) (?:a )?(?:real|human|live|actual) (?:person|human|officer|agent|operator|being)\b|\b(?:speak|talk|chat) (?:to|with) (?:a )?human\b|\b(?:speak|talk|chat) (?:to|with) (?:an? |the )?(?:officer|police officer|copper|cop|detective|police) (?:on here|here|through you|via you|on this|in this chat|on this chat|online now|online)\b/,
  },
  { task: 'errand', act: /\bopen (?:up )?(?:the |a |my )?(?:\w+ ){0,2}?(?:website|site|web page|webpage|page|app|link|map|maps|browser|form)\b/ },
  { task: 'errand', act: /\b(?:buy|deliver|pay|drive|fetch|order)(?: me| us| my)?\b|\b(?:pick|collect) (?:me|us) up\b/ },
];

// ---------------------------------------------------------------------------
// Everyday matters that are not front counters: other public services,
// shops, pets, and police business done elsewhere (licences, fines, checks).
// The rule answers them as out of scope before any "where" or "nearest" in
// them asks for a postcode. A crime, or something lost or found (property is
// handed in at a counter), keeps the message a police question.
// ---------------------------------------------------------------------------

/** Shops a resident may ask open as a counter is asked: the big chains by name, and shops by their kind. */
const SHOPS = 'tesco|sainsburys|asda|lidl|aldi|morrisons|waitrose|supermarkets?';

/**
 * Another office named as what is asked about ("is the immigration office in croydon open today", "passport office in
 * brixton hours"): its place is where that office is, not a counter to answer for.
 */
export const ANOTHER_OFFICE_NAMED = /\b(?:passport|visa|dvla|council|post|job|tax|benefits?|housing|home|immigration|asylum|citizenship|registry|register|registrars?|sorting|ticket|tourist|tourist information) offices?\b/;

/** Services and errands that are not the police's front counters: passports, council tax, bins, the NHS, licences, shops. */
export const EVERYDAY_MATTERS = new RegExp(
  [
    // Papers and permits from other offices ("where is the immigration office": another office named, not a place to look up).
    '\\b(?:(?:passport|visa|dvla|council|post|job|tax|benefits?|housing|home|immigration|asylum|citizenship|registry|register|registrars?|sorting|ticket|tourist|tourist information) offices?|passports?|visas?|brp|immigration|asylum|home office|citizenship|driving licen[cs]es?|provisional licen[cs]e|dvla|mot|car tax|road tax|vehicle tax|tv licen[cs]e|fishing licen[cs]e|blue badge|birth certificate|marriage certificate|death certificate)\\b',
    // The council.
    '\\b(?:noise (?:complaints?|nuisance)|council tax|parking (?:tickets?|fines?|permits?|charges?|suspension)|pcns?|penalty charge(?: notice)?|congestion charge|ulez|bin (?:collections?|days?)|bins? (?:collected|collection|collections|day|days|men)|(?:my|our) bins?|(?<!\\b(?:is|s|so|are|re|absolutely|absolute|total|utter|proper|pure|talking|you|u|youre|ur|thats|bit|complete) )rubbish(?! (?:bot|chatbot|app|service|answers?|info|information|website|site))|recycling|potholes?|street ?lights?|fly ?tipp(?:ing|ed|ers?)|dumped rubbish|dog (?:fouling|poo|mess)|housing benefit|council housing|universal credit|benefits|pension|electoral roll|polling station|vote|voting)\\b',
    // The council's own number or office: "what's the phone number for lewisham council", "council helpline".
    // A complaint about the council ("how do i complain about lewisham council"): the council's, not one about the police.
    '\\b(?:(?:phone )?(?:number|contact|contact details|email|website|helpline|office) (?:for|of) (?:the |my )?(?:\\w+ ){0,3}council|councils? (?:phone number|number|helpline|contact|contact details|website|email)|(?:complain\\w*|complaints?) (?:about|to|regarding|against|with) (?:the |my |our )?(?:\\w+ ){0,2}?council)\\b',
    // Parcels and deliveries, and their couriers: "where is my parcel", "can you track my parcel" (a parcel stolen stays a
    // crime; a suspicious or unattended one, a police matter).
    "\\b(?:(?:my|our|a|the|this|that) (?:(?!suspicious\\b|suspect\\b|strange\\b|unattended\\b|abandoned\\b)\\w+ )?(?:parcels?|packages?|deliver(?:y|ies))|royal mail|parcelforce|dpd|evri|hermes|yodel|amazon (?:orders?|deliver(?:y|ies)|parcels?|packages?)|(?:parcel|package|delivery|order) tracking|track(?:ing)? (?:my |a |the |our )?(?:parcels?|packages?|deliver(?:y|ies)|orders?))\\b",
    // Health ("during covid" is a time, not this).
    '\\b(?:nhs|111|vaccines?|vaccinations?|jabs?|covid (?:jabs?|vaccines?|tests?|pass)|prescriptions?|pharmacy)\\b',
    // Shops asked about, not said as where one is ("I'm near the big Sainsbury's").
    `^(?!.*\\b(?:near|by|opposite|next to|outside|behind|beside|at|in)\\b).*\\b(?:${SHOPS}|cinema|launderette)\\b`,
    // Courts, lawyers and the pound.
    '\\b(?:solicitors?|lawyers?|legal aid|jury (?:service|summons|duty)|magistrates?|nearest court|(?:magistrates|crown|county|family) courts?|car pound|(?:was|been|got) towed|tow(?:ed)? away|(?:towed|clamped) (?:car|van|motorbike|moped|vehicle)s?|clamped)\\b',
    // The Met's offices that are not counters: freedom of information requests, the press office.
    '\\b(?:foi(?: request)?|freedom of information|press office|press team|press enquir(?:y|ies)|media enquir(?:y|ies)|media office|(?:i m|im|i am) an? (?:journalist|reporter))\\b',
    // Police business not done at a front counter.
    '\\b(?:shotgun certificates?|firearms? certificates?|gun licen[cs]es?|speeding (?:fines?|tickets?|points)|speed cameras?|points on (?:my |your )?licen[cs]e|fixed penalty)\\b',
  ].join('|'),
);

/**
 * A venue of another kind, whose opening hours a resident may ask as a counter's are asked ("is the british museum
 * open", "is brixton market open", "is the emirates open", "is the police museum open"): named by its kind (museum,
 * stadium, market, town hall, a shop...) or by the name of one best known without its kind ("tate
 * modern"; "the emirates", "the barbican" only after "the", as the place Barbican is named without it). "police"
 * just before the kind is part of the venue's name.
 */
export const ANOTHER_VENUE = new RegExp(
  `\\b(?:(?:police|crime) )?(?:museums?|galler(?:y|ies)|stadium|arena|theatre|theater|cinema|zoo|aquarium|(?:leisure|sports|shopping|civic) centre|swimming (?:pool|baths)|lido|gym|concert hall|academy|market|town hall|${SHOPS}|boots|argos|primark|ikea|(?:magistrates?|crown|county|family|youth) courts?|courts?(?= (?:open|opens|opening|closed|shut|close|closes|closing)\\b)|(?<=\\b(?:the|council|local) )(?:tip|dump)|recycling centre|(?:household waste|reuse) (?:and )?recycling centre)\\b|\\bthe (?:emirates|o2|tate|barbican|park)\\b|\\b(?:tate modern|tate britain|royal albert hall)\\b`,
);
/**
 * Another kind of venue as what is asked open ("is brixton market open", "what time does the tate modern close",
 * "opening hours of the science museum"): right after the question's first words, or first itself. Not "im at the
 * market, is brixton open", where a counter is what is asked.
 */
export const A_VENUE_ASKED_OPEN = new RegExp(
  `^(?:(?:so|and|ok|okay|hi|hey|hello|quick question) )*(?:(?:is|are|r|was|will|when does|when do|when is|when will|what time does|what time do|what time is|wat time does|does|do|what are the|whats the|what is the|what s the)(?: the)? (?:\\w+ ){0,5}?(?:${ANOTHER_VENUE.source})|(?:the )?(?:\\w+ ){0,2}?(?:${ANOTHER_VENUE.source}))`,
);
/**
 * Another service sought near a counter: "is there a hospital near brixton police station", "nearest a and e to
 * lewisham police station": the hospital is what is asked for, the counter only where (not transport, which has its
 * own answer: the routes are not known, but where the counter is).
 */
/** Everyday services residents seek near a counter or nearest to them: the bot knows where none of them are. */
/** More than those known asked of: "are there any more counters in croydon", "any other stations in hackney", "what else". */
export const MORE_THAN_KNOWN = /\b(?:any|some|anymore|no) (?:more|other|others|else)\b|\b(?:more|other|another) (?:police )?(?:stations?|counters?|desks?|ones?)\b|\banother\b/;
/** Something found, to hand in: "a wallet i found", "found a phone", "lost property". */
export const SOMETHING_FOUND = /\b(?:found|lost property|lost and found)\b/;
/** Whether a thing must be brought, asked: "do i need to bring proof of insurance", "should i take my licence", "must i bring". */
export const NEED_TO_BRING = /(?<!\b(?:where|which|who|how|what) )\b(?:do|will|would|should|must|shall) (?:i|we|you) (?:(?:need|have|got) to |really need to )?(?:bring|take|carry|show)\b(?! (?:it|them|this|that|these|those|him|her)\b)|\b(?:is|are) (?:\w+ ){1,4}(?:needed|required|necessary)\b/;
/** Whether one may, asked: "can i", "could we", "may i", "is it ok to", "am i allowed to". */
export const ASKED_IF_ALLOWED = /\b(?:can|could|may) (?:i|we)\b|\b(?:is it|its) (?:ok|okay|alright|possible|fine) (?:to|if)\b|\b(?:am i|are we) (?:allowed|able) to\b/;
/**
 * Parking sought near somewhere, the nearest words said of the parking, not of a counter: "car park closest to croydon
 * police station", "nearest parking to walworth station", "closest place to park near brixton nick".
 */
export const NEAREST_PARKING_SOUGHT =
  /\b(?:(?:nearest|closest|nearby|cheapest)(?: public| free| pay and display| multi ?storey)? (?:car ?parks?|parking(?: spaces?| spots?| bays?)?|places? to park|multi ?storeys?)|(?:car ?parks?|parking(?: spaces?| spots?| bays?)?|places? to park)(?: \w+)? (?:nearest|closest|near(?:est)?|next) to)\b/;
const EVERYDAY_SERVICES = 'gps?|gp surgery|doctors?|dentists?|pharmac(?:y|ies)|chemists?|post offices?|job ?centres?|cash ?machines?|cashpoints?|atms?|supermarkets?';
export const ANOTHER_SERVICE_SOUGHT_NEAR = new RegExp(
  `(?<!\\bfrom (?:the |a |an )?)\\b(?:hospitals?|a and e|a e|accident and emergency|urgent care(?: centres?)?|walk in centres?|fire stations?|ambulance stations?|${EVERYDAY_SERVICES}|librar(?:y|ies)|banks?|(?:magistrates?|crown|county|family) courts?|council offices?|citizens advice|restaurants?|pubs?|bars?|cafes?|coffee shops?|takeaways?|places to (?:eat|drink|stay)|hotels?)\\b(?: \\w+){0,2}? (?:near|nearest to|closest to|close to|next to|by|opposite|around|to)\\b`,
);
/** The nearest of another service asked with no place after it: "wheres the nearest cash machine", "closest a and e?". */
export const NEAREST_OTHER_SERVICE =
  new RegExp(`\\b(?:nearest|closest)(?: 24 ?(?:hour|hr|7))? (?:${EVERYDAY_SERVICES}|restaurants?|pubs?|cafes?|hotels?)\\b(?! (?:police|station|counter|desk))`);
/** Pets lost, strayed or found: the council's dog wardens and the like, not a counter (a pet stolen is a crime). */
export const PET_ASTRAY =
  /\b(?:lost|missing|stray|ran away|run away|runaway|escaped|found)\b.*\b(?:dogs?|cats?|pets?|puppy|kitten|parrot|tortoise|rabbit|hamster)\b|\b(?:dogs?|cats?|pets?|puppy|kitten|parrot|tortoise|rabbit|hamster)\b.*\b(?:lost|missing|ran away|run away|escaped|gone)\b|\bstray (?:dogs?|cats?)\b/;

/**
 * Noise from neighbours, a party or a dog ("who do i complain to about my neighbours noise", "loud party next door every
 * night", "dog barking all night next door"): a nuisance for the council, not a front counter. Bangs, shouts and screams
 * are left out: they may be harm, which the danger readers weigh.
 */
export const NEIGHBOURS_NOISE =
  /\bnoise (?:complaints?|nuisance|problems?|pollution)\b|\b(?:noisy|loud) (?:neighbours?|neighbors?|music|party|parties|house party|flat|tv|telly|dogs?|people|students)\b|\b(?:complain\w*|report\w*) (?:about )?(?:the |my |our |a )?noise\b|\b(?:neighbours?|neighbors?|next door|upstairs|downstairs|flat (?:above|below|upstairs|downstairs))\b.*\b(?:noise|noisy|loud(?! (?:bangs?|banging|explosions?|screams?|screaming|shouts?|shouting|crash\w*|thuds?|cries|crying|gun\w*|pops?))|music|party|parties|racket|bass|barking)\b|\b(?:noise|noisy|loud music|party|parties|racket|bass|barking)\b.*\b(?:neighbours?|neighbors?|next door|upstairs|downstairs|flat (?:above|below))\b|\b(?:dogs?|puppy) (?:keeps |always |wont stop |won t stop )?barking\b|\bbarking (?:dogs?|all night|every night|all day|constantly|non ?stop)\b/;
/**
 * A vehicle towed, clamped or in the pound, to get back ("how do i get my car back from the pound", "my car got towed",
 * "where is the car pound", "van was clamped outside my house"): not a counter's, and not in the data.
 */
export const VEHICLE_POUND =
  /\b(?:car|vehicle) pounds?\b|\b(?:car|cars|vehicle|van|motorbike|motorcycle|moped|scooter|bike|truck|lorry|motor|whip)\b.*\b(?:(?:from|at|in|to|out of|outta) (?:the |a )?pound|towed|tow(?:ed)? away|clamped|declamp\w*|unclamp\w*)\b|\b(?:towed|clamped|tow truck|towing company)\b.*\b(?:car|vehicle|van|motorbike|motorcycle|moped|scooter|motor)\b|\b(?:the )?pound (?:in|at|near) \w+\b.*\b(?:car|vehicle|van)\b/;
/**
 * Which of the everyday matters a message is about: noise, an animal astray, or a vehicle to get back (see `NEIGHBOURS_NOISE`,
 * `PET_ASTRAY`, `VEHICLE_POUND`); or another office's business named (passports, driving licences, immigration, courts, the
 * council, the Met's FOI and press offices), so that the reply names what the bot does not know and where to look.
 */
export type CouncilMatter = 'noise' | 'animal' | 'pound' | 'passport' | 'driving' | 'immigration' | 'court' | 'council' | 'foi' | 'press' | 'lost-property-office';

/**
 * A lost property office asked ("where is the lost property office", "tfl lost property", "lost property number for the
 * tube"): an office the bot does not know. A thing said lost on a bus or the Tube is not this: counters take lost property.
 */
export const LOST_PROPERTY_OFFICE =
  /\blost property (?:office|centre|center|department|dept|desk|number|phone number|helpline|contact)s?\b|\b(?:tfl|transport for london|tube|underground|bus|buses|train|rail|overground|dlr|taxi|cab)(?: \w+)? lost property\b|\blost property (?:for|at|on) (?:the )?(?:tfl|transport for london|tube|underground|buses|bus|trains?|overground|dlr|taxis?|cabs?)\b/;

/**
 * Another office's business, by what it is ("where is the passport office", "dvla phone number", "nearest magistrates
 * court", "council number for hackney", "how do i make an foi request", "met press office"), first match wins: a name to
 * decline with, never an address or number (the data has none).
 */
export const OFFICE_MATTERS: readonly (readonly [CouncilMatter, RegExp])[] = [
  ['foi', /\b(?:foi|freedom of information|subject access request|sar request)\b/],
  ['press', /\b(?:press office|press team|press enquir(?:y|ies)|media enquir(?:y|ies)|media office|journalists?|reporters? from)\b/],
  ['immigration', /\b(?:visas?|brp|immigration|asylum|home office|citizenship|naturalisation|settled status|right to remain)\b/],
  ['passport', /\bpassports?\b/],
  ['driving', /\b(?:dvla|driving licen[cs]es?|provisional licen[cs]e|mot|car tax|road tax|vehicle tax|v5c?|logbook)\b/],
  ['court', /\b(?:magistrates?|(?:crown|county|family|youth) courts?|nearest court|courts? (?:near|in|number|address)|jury (?:service|summons|duty)|summoned for jury)\b/],
  ['council', /\b(?:council|councils|town hall|council tax|(?:birth|marriage|death) certificates?|regist(?:ry|er) office|(?:my|our) bins?|bins? (?:werent|weren t|not|havent been|haven t been|never) (?:collected|emptied)|bin (?:collections?|days?)|bins? (?:collected|collection|collections|day|days)|recycling|potholes?|street ?lights?|fly ?tipp(?:ing|ed|ers?)|dumped rubbish|dog (?:fouling|poo|mess)|electoral roll|polling station)\b/],
];

/**
 * A crime done, a collision, something lost or found, or ID to show at a counter: a police matter, whatever else the
 * message names ("my passport was stolen", "do I have to bring my passport").
 */
/**
 * Whether something is for the police at all, asked: "is that a police thing", "is a deposit dispute a police matter",
 * "is it a crime if my landlord keeps my deposit", "can the police do anything about it".
 */
export const WHETHER_A_POLICE_MATTER =
  /\b(?:a|an|the) (?:police|polices|cops|criminal) (?:thing|matter|issue|job|problem|business|case|offence)\b|\b(?:is|would|isnt|could) (?:it|that|this) (?:be )?(?:a )?(?:crime|criminal offence|criminal|illegal|against the law)\b|\bis it (?:a crime|illegal|against the law) (?:if|to|when|for)\b|\b(?:can|could|will|would|do|does) (?:the )?(?:police|cops|met) (?:do anything|do something|help|get involved|deal with (?:it|that|this))\b/;
export const A_POLICE_MATTER =
  /\b(?:stolen|stole|steal|nicked|robbed|robbery|theft|burgl\w*|mugged|snatched|fraud|scam\w*|forged|fake|attacked|assaulted|threat\w*|crash|crashed|collision|accident|injured|lost|lose|losing|found|missing|hand in|handed in|bring|show|id|identification|proof)\b/;

// ---------------------------------------------------------------------------
// The network asked as a whole, one counter left out, two counters by distance, closings ahead, the start of the hours.

/** "in every borough", "does each borough have", "all 32 boroughs", "every part of london": London borough by borough. */
export const EVERY_BOROUGH = /\b(?:every|each|all(?: the| of the)?(?: 32| thirty two)?) (?:london )?(?:boroughs?|council areas?)\b|\bevery (?:single )?borough\b/;
/**
 * A journey under way or held up as the resident asks ("tube strike again", "my train is delayed", "stuck in traffic",
 * "running late", "on my way", "heading there now"): a closing or opening time asked with it is today's, not the week's.
 */
export const ON_THE_WAY_NOW = /\b(?:(?:tube|train|trains|rail|bus|buses|overground|dlr|tram|underground|line|drivers?) (?:strikes?|delays?|(?:is |are |was |were |got |been |s |r )?(?:delayed|cancelled|canceled|suspended|diverted|stuck|late|broken down|not running|down))|(?:strike|strikes|delays) (?:again|today|on (?:the )?(?:tube|trains?|buses|overground))|stuck (?:in|on) (?:traffic|the (?:tube|train|bus|overground))|(?:im|i am|am|were|we are) (?:running late|late|stuck|on (?:my|our|the) way|heading (?:there|over|down|in)|en route|driving (?:there|over|down))|(?:running late|on (?:my|our) way|omw|heading (?:there|over|down) now|leaving (?:now|work now)|just left(?: work| home)?)|(?:will|would|can|could) (?:i|we) (?:make it|get there) (?:in time|before)|traffic is (?:mad|terrible|awful|bad|crazy))\b/;
/**
 * Both ends of a day asked together ("when does walworth open and close on sunday", "what time does brixton open and
 * shut tomorrow", "opening and closing times for croydon"): the day's hours whole, not one end of them.
 */
export const BOTH_ENDS_ASKED = /\b(?:when|what time|wat time|wot time|what times)\b(?: [a-z0-9]+){0,5}? (?:open|opens|opening)(?: up)?(?: time| times)? (?:and|&|n|\+|an)(?: (?:when|what time)(?: (?:does|do|will) (?:it|they))?)? (?:close|closes|closing|shut|shuts|shutting|finish|finishes)\b|\bopening (?:and|&|n|\+) closing\b|\bopen (?:and|&|n|\+) clos(?:e|ing) times?\b/;
/** How much too far: "way too far", "a bit far", "so far". */
const FAR_ENOUGH = String.raw`(?: (?:just|way|much|too|very|so|really|a bit|abit|bit|quite|kinda|pretty|a little|proper|well))*`;
/** Too far to go: "far", "a trek", "out of the way", "miles away". */
const TOO_FAR = String.raw`(?:far|far away|far off|out of the way|a trek|a long way(?: away)?|miles away|too far|a mission|a pain to get to|hard to get to)`;
/**
 * A counter turned down in the same breath as where to go is asked, its name said as THAT: "not THAT", "THAT is too
 * far", "i dont want to go to THAT", "instead of THAT", "cant get to THAT". Read only of a counter named beside a place
 * to go from, or just after a desk was given.
 */
export const TURNED_DOWN_BEFORE = /\b(?:(?:but|and|just|so|though|preferably|ideally) not|not (?:to|going to)|(?:that|which|one that|somewhere that|station that) (?:isnt|is not|aint|s not)|(?:i )?(?:dont|do not|wont|cant|cannot|can not|couldnt) (?:want to |wanna )?(?:go to|get to|go|get over to|make it to|travel to)|(?:i )?(?:dont|do not) want|(?:would )?rather not go to|avoid(?:ing)?|instead of|anything but|anywhere but|never going to|not going to) (?:the )?THAT\b/;
export const TURNED_DOWN_AFTER = new RegExp(String.raw`(?<!\b(?:is|would|will|isnt) )\bTHAT(?: police station| station| one| nick| police| desk| counter)?(?:(?: is| s|s| was| are| feels| seems)${FAR_ENOUGH} ${TOO_FAR}|${FAR_ENOUGH} too far)\b`);
/** "apart from Charing Cross", "other than Lewisham", "besides", "except", "excluding", "not counting": one counter left out. */
/** Others asked for, bare, after an answer: "any others?", "are there any others", "other ones?" (not "more": more details). */
/**
 * The desk just given turned down ("not that one", "nah not there", "anything other than that?", "apart from that one",
 * "one that isnt walworth" with its name said as "that", "i cant get there", "somewhere different"): another desk, the
 * next nearest. Read only just after a desk was given.
 */
export const REFUSES_THE_ONE_GIVEN =
  /^(?:(?:no|nah|nope|naw|sorry|hmm+|ok|okay|but|um+|erm|oh|well|right)[ ,]+)*(?:(?:(?:no )?not|anything (?:but|except|other than|apart from|besides)|anywhere (?:but|except|other than|apart from|besides)|somewhere (?:other than|apart from|besides)|other than|apart from|besides|except|(?:one|somewhere|a desk|a station) that (?:isnt|is not|s not|aint|wasnt)|(?:i )?(?:cant|cannot|can not|couldnt|dont want to) (?:get to|go to|make it to|get into|do)) (?:that|this|it|there|them)(?: one| desk| counter| station| police station| place| nick| way)?|(?:i )?(?:cant|cannot|can not|couldnt|dont want to) (?:get|go) there|(?:(?:that|this|it|there)(?: one| station| place| police station)?(?: is| s|s| was| feels| seems)?|thats|its)?(?: ?(?:just|way|much|too|very|so|really|a bit|abit|bit|quite|kinda|pretty|a little|proper|well))* ?(?:far|far away|far off|out of the way|a trek|a long way(?: away)?|miles away|too far)(?: (?:for me|from me|from here|from where i am|for us))?|(?:somewhere|anywhere|someplace) different|a different (?:place|station|desk|counter))(?:[ ,]+(?:another|another one|a different one|something else|somewhere else|anywhere else|anything else|any others?|any other|else|one|please|pls|thanks|mate|then|pal|sorry|instead|closer|nearby))*$/;
/**
 * A desk that keeps ordinary hours, asked after a 24-hour one ("and the nearest normal one", "a regular station",
 * "one with normal hours", "one that isnt 24 hours"): the nearest desk of any hours. Read on words whose round-the-clock
 * phrase has become "roundtheclock".
 */
export const NOT_ROUND_THE_CLOCK =
  /\b(?:normal|regular|ordinary|standard|usual|daytime|non roundtheclock)(?: hours?)? (?:one|ones|station|stations|desk|desks|counter|counters|police station|front counter|front desk|nick)\b|\b(?:one|ones|desk|station|counter|somewhere) (?:with|that has|that keeps|that opens|open) (?:normal|regular|ordinary|standard|usual|daytime|day) (?:hours|times|opening hours)\b|\b(?:one|ones|desk|station|counter|somewhere) that (?:isnt|is not|s not|aint|arent|are not) (?:open )?roundtheclock\b|\bnot (?:a |the |necessarily )?roundtheclock(?: one| desk| station| counter)?\b/;
export const ANY_OTHERS = /^(?:(?:and|so|ok|okay|right|hmm|but) )?(?:are there |is there |got |have you got |you got |know )?(?:any )?(?:others|other ones|more ones|any more)(?: (?:then|nearby|near by|near me|around|around here|close by|about|like that|too|as well|please|pls))*$/;
/**
 * One of the counters just named together, picked by its place in the list ("the second one", "the 1st desk", "the
 * last station", "the 5th one", "number 2"; group 1 the ordinal, group 2 the number; "number 24 hours" is none) or as the other of two ("the other one", "that other counter"). Read only while such counters are
 * kept (a comparison's pair, the desks an answer listed): else "the first" may be a date, "the other one" another desk.
 */
export const COUNTER_BY_ORDER =
  /\b(?:the |that )?(first|1st|second|2nd|third|3rd|fourth|4th|fifth|5th|sixth|6th|seventh|7th|eighth|8th|ninth|9th|tenth|10th|last)(?: one| desk| counter| station| police station| place| option| on (?:the|that|ur|your) list)\b|(?<![a-z])(?:the )?(?:number|num|no\.|#) ?([1-9]|[12][0-9])(?: one| on (?:the|that|ur|your) list)?\b(?!\s*(?:hours?|hrs?|h|\/|seven)\b)/i;
export const OTHER_COUNTER_OF_TWO = /\b(?:the |that )?other (?:one|desk|counter|station|police station|place|option)\b/i;
/** An ordinal said bare, the whole message: "the second?", "and the first", "what about the last one", "the fifth". */
export const ORDINAL_ALONE = /^(?:(?:and|so|ok|okay|but|what about|how about|and what about|and how about) )?(?:the |that )?(first|1st|second|2nd|third|3rd|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last)(?: one| desk| counter| station| police station| place| option)?(?: then)?\s*[?.!]*$/i;
/**
 * An ordinal said first, then what is asked of it: "and the second, is it open sunday", "the third one - whats its
 * address", "the last one when did it close". Group 1: the ordinal; group 2: the question, which says "it" of the counter.
 */
export const ORDINAL_THEN_ASKED = /^(?:(?:and|so|ok|okay|but|what about|how about|and what about) )?(?:the )?(first|1st|second|2nd|third|3rd|fourth|4th|fifth|5th|sixth|6th|seventh|7th|eighth|8th|ninth|9th|tenth|10th|last)(?: one)?\s*(?:[,:;-]+\s*|\s(?=(?:is|does|did|when|whats|what|where|how|can|will)\b))(\S.*)$/i;

/**
 * One more asked for, bare, after a nearest desk or somewhere else was given: "and another?", "another one", "what's the
 * next one?", "next?", "one more?". Read only after such an answer (else "next one" may be a bus or a closure).
 */
export const ONE_MORE = /^(?:(?:and|so|ok|okay|right|hmm|but|then|alright) )?(?:is there |got |have you got |you got |give me |gimme |show me |tell me |can i have |can you give me |can i get |how about |what about |any )?(?:an ?other(?: roundtheclock)?(?: one| desk| counter| station| place| option)?|(?:the )?other(?: one| desk| counter| station| place| option| 24 hour one| 24hr one| roundtheclock one)|one more(?: one| desk| counter| station| place| option)?|1 more|(?:(?:what|which|where) (?:is |s )?|whats |wheres )?(?:the )?next(?: nearest| closest)?(?: roundtheclock)?(?: one| desk| counter| station| place| option| nearest| closest)?|(?:(?:what|which|where) (?:is |s )?|whats |wheres )?(?:the one |the next one |one )?after (?:that|this|it|that one)|(?:(?:what|which|where) (?:is |s )?|whats |wheres )?(?:the )?(?:one|next one) after|anything else|(?:the )?(?:others|other ones|rest)|(?:any )?further (?:ones?|away|out|afield))(?: (?:then|nearby|near by|near me|around|around here|close by|please|pls|after that|after it|on the list|along|down|up))*$/;
export const LEAVES_ONE_OUT = /\b(?:apart from|aside from|other than|besides|except(?: for)?|excluding|excepting|not counting|not including|save for|as well as|on top of)\b/;
/**
 * When a counter's hours began: "since when is lewisham 24/7", "when did charing cross become 24 hour", "how long has it
 * been open till 10", "when did they start opening round the clock". Its stopping or changing is WHEN_CHANGED's.
 * ("How long is acton open for today?" asks the day's hours.)
 */
export const SINCE_WHEN =
  /\b(?:since|from) (?:when|what (?:date|year|time))\b|\bhow long (?:has|have|was|had)\b|\bhow (?:long (?:is|s)|longs)\b(?= (?:\w+ ){0,3}?been\b)|\b(?:when|wen|what (?:year|date)) (?:did|was|were|has|have)\b.{1,40}\b(?:become|became|start|started|begin|began|go|went|turn|turned|get|got|switch|switched|made|make)\b/;
/** A closing time named: "close at 7", "shut by 10pm", "closing at 19:00" (hour, minutes, am/pm captured). */
// "which are shut at 8am" is the state then (closed at 08:00), not a closing time: "shut" after "are", "is", "still".
export const CLOSES_AT_A_TIME = /\b(?:close|closes|closing|(?<!\b(?:are|is|r|be|been|being|still|stay|remain|all|any|ones|them|whats) )shut|shuts|shutting|lock up|locks up)\b (?:at|by|around|about|before|for) (?:about |around |roughly )?(\d{1,2})(?:[:.](\d\d))? ?(am|pm|oclock)?\b/;
/**
 * "which ones shut before 8pm", "do any shut by 7:30": "shut" after "ones" or "any" is a closing time with a clock time
 * (am, pm or minutes), not a while ("the ones shut for 3 years"); "are any shut at 9am" is which are closed then.
 * Groups as `CLOSES_AT_A_TIME`.
 */
export const SHUT_AT_A_CLOCK_TIME = /(?<!\b(?:are|is|r|be|been|being|still|stay|remain|whats)(?: (?:any|all|ones|them|the ones|any of them|all of them))? )\bshut (?:at|by|around|about|before) (?:about |around |roughly )?(\d{1,2})(?:[:.](\d\d) ?|(?= ?(?:am|pm|oclock)\b))(am|pm|oclock)?\b/;
/**
 * Closing within a while from now: "closing in the next hour", "shut soon", "closing in 30 mins", "about to close".
 * Group 1: how many (a number or "an"/"half an"), group 2: the unit.
 */
export const CLOSES_SOON =
  /\b(?:clos\w*|shut\w*)\b.{0,25}\b(?:in|within) (?:the )?(?:next |coming )?(an|a|one|two|three|half an?|\d{1,3})? ?(hours?|hrs?|minutes?|mins?)\b|\b(?:clos\w*|shut\w*) (?:soon|shortly|before long)\b|\babout to (?:close|shut)\b|\b(?:soon|shortly) to (?:close|shut)\b/;
/** The latest closing asked of all counters: "which is open latest on saturday", "what closes last", "stays open longest". */
export const OPEN_LATEST = /\b(?:open(?:s)? (?:the |til |till |until )?(?:latest|last|longest)|(?:open|opens|stays? open) late(?: tonight| today| this evening| in the evening)?$|stays? open (?:the )?(?:latest|longest)|(?:closes?|shuts?) (?:the )?(?:latest|last)|(?:latest|last) (?:one |counter |station |desk |place )?to (?:close|shut)|latest closing)\b/;
/** A day's closing asked of all counters, no time said: "which counters close tonight", "what time do the stations shut today". */
export const CLOSES_THAT_DAY = /\b(?:which|what)\b(?! time (?:does|is)\b)(?: \w+){0,4} (?:close|closes|closing|shut|shuts|shutting)\b (?:tonight|today|this evening)\b|\bwhat time (?:do|will) (?:the |all the )?(?:police )?(?:front )?(?:counters|stations|desks|ones|front counters|front desks) (?:close|shut)\b/;
/** The earliest opening asked of all counters: "which opens earliest on sunday", "what opens first". */
/** The earliest closing asked of all counters: "which desks shut earliest on weekends", "first to close", "are any closing early today". */
export const CLOSE_EARLIEST = /\b(?:(?:closes?|closing|shuts?|shutting) (?:the )?(?:earliest|first|soonest|early|earlier)|(?:earliest|first) (?:one |counter |station |desk |place )?to (?:close|shut)|earliest closing)\b/;
export const OPEN_EARLIEST = /\b(?:opens? (?:the )?(?:earliest|first)|earliest opening|(?:earliest|first) (?:one |counter |station |desk |place )?to open)\b/;
/** Closing for good, not at the end of the day: "closing down", "any more closing", "closing permanently". */
/**
 * When a counter will close for good, asked with no day or time ("when is stratford closing", "when will wembley close",
 * "when is holloway due to shut", "when does X close down", "when are they closing stratford"): a closure ahead, not today's closing time ("when is it
 * closing today", "when does it close").
 */
export const WHEN_CLOSING_AHEAD =
  /^(?:so |and |but |ok |okay )?(?:when|wen|what date|how soon|how long (?:until|till|before))\b(?!.*\b(?:today|tonight|tomorrow|tmrw|tmr|this (?:evening|afternoon|morning|week|weekend)|tonite|on \w+days?|at \d|weekends?|weekdays?|mondays?|tuesdays?|wednesdays?|thursdays?|fridays?|saturdays?|sundays?|usually|normally|each|every|night|evening|christmas|bank holidays?)\b).*\b(?:(?:is|are|will|s|r)\b.*\b(?:closing|shutting|close|shut|be (?:closed|shut|closing))(?: down| for good| permanently)?|(?:close|shut|closing|shutting) (?:down|for good|permanently)|(?:due|set|going|planned|expected|earmarked) to (?:close|shut|be closed)(?: down)?)$|^(?:so |and |but |ok |okay )?(?:when|wen|what date|how soon)\b(?!.*\b(?:today|tonight|tomorrow|tmrw|tmr|this (?:evening|afternoon|morning|week|weekend)|tonite|on \w+days?|at \d|weekends?|weekdays?|mondays?|tuesdays?|wednesdays?|thursdays?|fridays?|saturdays?|sundays?|usually|normally|each|every|night|evening|christmas|bank holidays?)\b) (?:are|is|will|r) (?:they|the met|the police|the mayor|mopac|them) (?:going to |gonna |planning to |set to |due to )?(?:closing|shutting|close|shut)(?: down)? (?!(?:at|by|for|on|in)\b)(?:\w+ ?){1,4}$/;
/**
 * Closures counted by borough: "which borough lost the most stations", "what area had the most closures", "hardest hit
 * borough" (`most`); "how many closed in each borough", "closures per borough" (`each`). With words of closing or loss.
 */
export const MOST_IN_A_BOROUGH =
  /\b(?:which|what) (?:london )?(?:boroughs?|areas?|councils?|parts? of london)\b.*\b(?:most|biggest|highest|worst|hardest)\b|\b(?:most|worst|hardest)\b.*\b(?:which|what|in a|in one|single) (?:london )?boroughs?\b|\bhardest hit (?:london )?boroughs?\b/;
export const EACH_BOROUGH = /\b(?:per|each|every|by) (?:london )?borough\b|\bborough by borough\b/;
export const CLOSING_OR_LOSS = /\b(?:lost|lose|losing|loses|closed|closures?|closing|closings|shut|shutting|cut|cuts)\b/;

/**
 * A counter back for a place, asked ahead ("will richmond get a police station back", "is waltham forest getting its
 * counter back", "will we ever get a police station in richmond again"): a reopening ahead there.
 */
export const A_COUNTER_BACK =
  /\b(?:get|getting|gets|have|having|see) (?:a |an |its |their |our |the |any )?(?:police )?(?:front )?(?:station|counter|desk|front counter|front desk|police station|nick)s? (?:back|again)\b|\b(?:get|getting|gets|have|having) (?:a |an |its |their |our |the |any )?(?:police )?(?:front )?(?:station|counter|desk|front counter|front desk|police station|nick)s? (?:in|at|for) (?:\w+ ){1,3}?(?:back|again)\b|\b(?:reopen|reopening|re open|bring back|bringing back|restore|restoring) (?:a|an|any|some) (?:police )?(?:front )?(?:station|counter|desk|front counter|front desk|police station|nick)s? (?:in|for|to)\b/;

/**
 * A move ahead asked of a counter ("is the stratford counter moving", "will stratford move back to forest gate", "are
 * they relocating the brixton police station", "any plans to move stratford police station"): not the resident's own
 * move ("i am moving to croydon"), nor one gone by ("did it move", read as its history).
 */
export const MOVE_AHEAD =
  /^(?:so |and |but |ok |okay )?(?:is|are|will|would|r|is it|are they|will they)\b(?! (?:i|we|you|u|my|our|me|he|she|someone|somebody|a man|a guy)\b)(?: \w+){0,6}? (?:moving|relocating|being (?:moved|relocated)|going to (?:move|relocate)|gonna (?:move|relocate)|set to (?:move|relocate)|due to (?:move|relocate)|move|relocate|be (?:moved|relocated))(?: back| out| away| elsewhere| somewhere(?: else)?| premises| site| sites| buildings?| (?:back )?to\b.*| there| again)?\??$|^(?:so |and |but |ok |okay )?(?:is|are|will|r) (?:they|the met|the police|the mayor|mopac|them) (?:going to |gonna |planning to |set to |due to )?(?:moving|relocating|move|relocate) (?:the )?(?:\w+ ){1,3}?(?:police station|station|counter|front counter|desk|front desk)(?: back| elsewhere| somewhere(?: else)?| (?:back )?to\b.*)?\??$|\b(?:plans?|planning|planned|going|set|due) to (?:move|relocate) (?:the )?(?:\w+ ){1,3}?(?:police station|station|counter|front counter|desk|front desk)\b/;

/**
 * A counter's closure date asked without "when" ("walthamstow police station closure date", "closing date for
 * stratford", "date of closure of wimbledon", "what year did it close" is asked with when-words already): the day it
 * closed, or is due to close. Not its closing time ("closing time"), nor a day it is shut ("closing day").
 */
export const CLOSURE_DATE_ASKED = /\b(?:closure|closing|shutdown|shut down|close down|closedown) (?:date|year)s?\b|\b(?:date|year) (?:of (?:the |its )?(?:closure|closing)|(?:it|that it|they|when it) (?:closed|shut|closes|will close|is closing|shuts))\b/;
/** Which counters lost their 24-hour opening, or how many ("which counters lost their 24 hour opening", "name the stations that stopped being 24/7"), not when: counted and named first. */
export const WHICH_LOST_24_HOURS = /^(?:so |and |but |ok )?(?:which|what|name|list|tell me|show me|how many)\b(?! (?:date|day|year|month|time|hours|happened)\b)/;
/**
 * A counter named, asked whether it is among those just listed: "was brixton one of them", "is harrow on that list",
 * "wood green among those?", "did mitcham make the list", "is lewisham in there".
 */
export const AMONG_THOSE_LISTED =
  /^(?:[a-z]+ ){0,6}?(?:(?:one of|(?:among|amongst)) (?:them|those|these|em|the ones (?:you )?(?:listed|named|mentioned|said|gave)|the (?:stations|counters|ones) (?:you )?(?:listed|named|mentioned|said|gave))|(?:on|in) (?:that|the|this|your|ur) list|(?:on|in) there|(?:make|made) (?:the|that|your|ur) list|included(?: in (?:that|the|this) list)?)(?: (?:too|as well|also|then|or not|at all|please|pls))?$/;

/**
 * The counters a borough had then, asked of as those just listed: "which one closed", "did any of them shut", "have
 * either closed since", "are they both still open", "are they all still there".
 */
/**
 * Another year alone, as a follow-up: "and in 2020?", "what about 2019", "and 2019?", "how about in '21", "for 2022 then".
 * Its group is the year's digits ("2020", or "20" said "'20" or "20": two digits only from 15, so never a small hour).
 */
export const ANOTHER_YEAR_ALONE =
  /^(?:(?:and|so|ok|okay|then|what about|wat about|how about|and what about|and how about|same for|same in)\s+)*(?:in |for |back in |during |by )?(?:the year )?(?:(20[0-2]\d)|['’]?(1[5-9]|2[0-6]))(?: then| too| though| instead)?\s*[?.!]*$/;
export const THE_LISTED_PICKED = /\b(?:either|both|neither|what ones|wat ones|which 1)\b/;
export const ALL_OF_THE_LISTED_STILL_OPEN =
  /\b(?:are|r|is) (?:they |them |those |these )?(?:both|all|each)(?: of them| of those| of the \w+)? (?:still )?(?:open|going|there|around|running|operating|in use)\b/;

/** Which of a list just given are open: "which of them are still open", "are any of those open now", "how many of them are still going". */
export const WHICH_OF_THEM_OPEN =
  /\b(?:which|what|how many|are any|is any|any|are all|name|list)(?: ones)? of (?:them|those|these|the ones)(?: counters| stations)? (?:are |is )?(?:still )?(?:open|going|running|operating|left|around|there)\b|\b(?:which|what|how many) (?:ones |of them |of those )?(?:are |is )?(?:still|left) (?:open|going|running|operating)\b(?=.*\b(?:them|those|these|ones)\b)|^(?:and |so )?(?:which|how many) (?:are|r) (?:still )?open(?: now| today)?$/;
/**
 * Where to go, or what then, once a counter closes for good: "where will i go when stratford closes", "what happens when
 * stratford shuts down", "what do we do if wembley closes". Not a time of day ("when brixton closes tonight").
 */
export const WHERE_ONCE_IT_CLOSES =
  /^(?:so |and |but |ok )?(?:where|what)\b(?!.*\b(?:today|tonight|tonite|tomorrow|this (?:evening|afternoon|morning)|at night|on \w+days?|weekends?|at \d)\b).*\b(?:when|if|once|after) (?:\w+ ){1,4}?(?:closes|shuts|is closed|is shut|gets closed|goes|has closed|has shut|closes down|shuts down)(?: down| for good| permanently)?$/;
/** "What then?", "and then what?", "what happens then?": after a closure ahead asked of a counter, where to go. */
export const WHAT_THEN = /^(?:(?:and|so|ok|okay|but|right)\s+)*(?:what then|then what|what happens then|what happens after(?: that)?|what happens next|what after that|what would happen then|and after that)$/;
export const CLOSING_FOR_GOOD = /\b(?:more|down|for good|permanently|forever|plans?|planned|proposed|threat|risk|next year|this year)\b/;
/** The two days of the weekend, or the five weekdays, as people say them. */
export const WEEKEND_DAYS = /\b(?:weekends?|wkends?|sat(?:urday)?s? (?:and|&|or) sun(?:day)?s?)\b/;
export const WEEKDAYS_SAID = /\b(?:weekdays?|week days?|mon(?:day)?s? ?(?:-|to|thru|through|till|til) ?fri(?:day)?s?|mon fri|(?:during|in) the week|(?:in |during )?the working week|work(?:ing)? ?days)\b/;
/** Asking of counters in general without naming them: "whats closing", "anything shutting", "any closing soon". */
export const WHAT_OR_ANY = /\b(?:what|whats|wat|wats|anything|any|anywhere|ones|which)\b/;
/** Which of two is nearer or further: "is lewisham further from SE6 than bromley", "which is closer", "quicker to go to". */
export const NEARER_OR_FURTHER =
  /\b(?:nearer|closer|nearest|closest|further|farther|furthest|farthest|less far|shorter (?:walk|journey|trip|drive|ride)|(?:quicker|faster|easier|shorter) (?:to (?:get|go|walk|drive|travel|reach)|(?:for me )?to (?:get|go)|walk|journey|trip|drive|ride|to reach))\b/;
/** The further of two asked, not the nearer: "which is further from E17", "is lewisham farther from SE6 than bromley". */
export const FURTHER_ASKED = /\b(?:further|farther|furthest|farthest|more far)\b/;
/** One thing set against another by name: "further from SE6 than bromley". */
export const THAN = /\bthan\b/;
/**
 * One counter asked, yes or no, as nearer than the one just given, with no "than": "is brixton closer?", "would walworth
 * be any nearer", "isnt lewisham nearer tho", "brixton is closer though?". Not "which is ..." (one of several) nor "how".
 */
export const IS_IT_NEARER_ASKED =
  /^(?:(?:and|but|so|ok|okay|hmm+|um+|wait|what about \w+(?: \w+)?|how about \w+(?: \w+)?)\s+)*(?:(?:is|isnt|is not|would|wouldnt|will|wont|aint|s|surely)\b(?! (?:there|the nearest|the closest)\b).{0,40}?\b(?:nearer|closer|quicker to get to|less far|further|farther)\b|\w+(?: \w+)?(?: police station| station)? (?:is|s|would be|must be|should be) (?:a bit |a lot |much |way |even |actually |surely )?(?:nearer|closer)\b)(?: (?:to me|for me|tho|though|then|surely|no|instead|actually|right|isnt it|innit))*\s*\??$/;
/** What a plan did to a place: "do to hounslow", "affect harrow", "mean for croydon", "happen to". */
export const TO_A_PLACE = /\b(?:do|did|does|done) (?:to|for|in)\b|\b(?:affect|affected|affects|mean for|meant for|happen to|happened to|impact on|impact)\b/;

/**
 * Waiting for the police to come, said now ("are the police coming", "when will the police get here", "police still
 * havent come"): someone may have called and be in danger while they wait, so 999 leads as a condition.
 */
export const WAITING_FOR_THE_POLICE =
  /\b(?:(?:are|r|is) (?:the )?(?:police|cops|officers|feds) (?:coming|still coming|on (?:their|the) way|nearly here|here yet|going to come|gonna come)|when (?:will|are|r|do) (?:the )?(?:police|cops|officers) (?:arrive|get here|come|coming|be here|turn up|show up)|how long (?:will|until|till|before|till the|until the) (?:the )?(?:police|cops|officers) (?:take|get here|arrive|come|are here|turn up)|(?:the )?(?:police|cops|officers) (?:still )?(?:havent|have not|hasnt|has not|not|never) (?:come|arrived|turned up|shown up|got here)(?: yet)?(?! (?:after|when|last|for (?:my|the)))|where are (?:the )?(?:police|cops)(?: (?:i|we) called)?(?! (?:station|stations|stn|stns|counter|counters|desk|desks|front|office|offices|nick|nicks|building|buildings|hq|based|located|situated|stationed|headquartered|housed|found)\b)\b)/;
/** The police expected at an event, not in answer to a call: "are the police coming to the school talk". */
export const POLICE_AT_AN_EVENT = /\b(?:to|for) (?:the |my |our |a |an )?(?:party|school|talk|event|meeting|fete|festival|open day|assembly|visit|parade|carnival|match|game|class|lesson|presentation|community|street party|coffee morning)\b|\b(?:lol|lmao|haha)\b/;

/** A day's opening or closing asked to differ ("open earlier", "shuts later", "close any earlier"): the edge, then the way. */
export const DAY_EDGE_COMPARED = /\b(open|opens|opening|close|closes|closing|shut|shuts|shutting)(?: any| a bit| much| an hour)? (earlier|later|longer)\b/;
/** A day's length asked to differ ("are the weekend hours shorter", "longer hours on fridays", "fewer hours"): the way. */
export const DAY_LENGTH_COMPARED = /\b(?:hours|times)(?: \w+){0,3}? (longer|shorter)\b|\b(longer|shorter|more|less|fewer) (?:opening )?hours\b/;
/**
 * The time left until a counter opens or closes: "how long till walworth opens", "how many hours until brixton shuts",
 * "how much longer is croydon open for" (not "how long is it open for today": that day's hours). Group 1: the edge word,
 * when said.
 */
export const TIME_UNTIL_IT_CHANGES =
  /\bhow (?:long|many (?:hours|hrs|minutes|mins)|much (?:time|longer))(?: (?:is it|have i got|do i have|left|is there|have we got|do we have))? (?:till|until|til|untill|before|to|b4) (?:\w+ ){1,5}?(open|opens|opening|close|closes|closing|shut|shuts|shutting)\b|\bhow much (?:longer|more time) (?:is|will) (?:\w+ ){1,5}?(?:be )?open\b/;
/** A closing asked yes or no in the past tense: "did wimbledon close", "did they shut woodford nick", "didnt harrow close". */
export const CLOSING_ASKED_DID = /^(?:(?:so|and|but|ok|okay|wait|hang on|hi|hey) )*(?:did|didnt|did not)\b(?!.*\b(?:when|what year|which year|what date|why|how)\b)/;
/**
 * Counters asked of more than London: "how many police stations are there in the uk", "how many closed in england", "24
 * hour police stations in britain", "are police stations closing all over the country".
 */
export const BEYOND_LONDON =
  /\b(?:in|across|around|throughout|all over|of|for) (?:the )?(?:uk|u k|united kingdom|britain|great britain|england|wales|scotland|whole country|country)\b|\b(?:nationally|nationwide|countrywide|country wide|across the nation|rest of the (?:uk|country))\b/;

/** Something other than the police sought in a place: leisure, schools, food, shops, events. */
export const SOMETHING_ELSE_SOUGHT =
  /\b(?:things|stuff|something|anything) (?:fun )?to do (?:in|near|around)\b|\bwhat(?:s| is| s)? (?:on|happening|going on) (?:at|in) (?!the (?:police|station|counter|desk)\b)|\b(?:best|good|cheap|decent|nice|top|nearest|closest) (?:schools?|primary schools?|secondary schools?|nurser(?:y|ies)|restaurants?|pubs?|bars?|cafes?|coffee shops?|takeaways?|parks?|gyms?|hotels?|shops?|supermarkets?|clubs?|doctors?|gps?|dentists?|vets?|hairdressers?|barbers?|places to (?:eat|drink|live|stay|go))\b|\bwhere (?:to|can i|could i|do i|should i) (?:eat|drink|watch (?:the )?(?:football|match|game|rugby|cricket)|go out|go shopping|shop|stay|party|dance)\b/;
export const TIMETABLE = /\b(?:bus|tube|train|tram) (?:times?|timetables?)\b/;
/** Public transport's times or running asked: "the next bus", "the last tube", "trains running", "a strike on the tube". */
const TRANSPORT = '(?:bus|buses|night bus|tube|tubes|train|trains|overground|dlr|tram|trams|underground|elizabeth line|(?:\\w+ )?line)';
export const TRANSPORT_TIMES = new RegExp(
  `\\b(?:next|last|first|earliest|latest) (?:bus|night bus|tube|train|overground|dlr|tram)\\b|\\b${TRANSPORT} (?:(?:is|are) )?(?:running|delayed|cancelled|suspended|on time|timetables?|times)\\b|\\b(?:is|are) (?:the |there )?(?:\\w+ )?${TRANSPORT} (?:running|working|delayed|suspended|on strike)\\b|\\b(?:strikes?|delays?|engineering works|disruption) (?:on|to) (?:the )?${TRANSPORT}\\b|\\b${TRANSPORT} (?:strikes?|delays?|disruption)\\b`,
);
