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
  a an the is are was were be been being am im i me my mine myself we us our ours you your youre yours it its itself
  this that these those there theres here they them their theyre he she him his her hes shes ive id ill weve
  what whats which who whom whose when where why how hows whens whos do does did doing done dont doesnt didnt
  can cant could couldnt would wouldnt should shouldnt will wont shall may might must have has had havent hasnt
  having get gets got getting go goes going gone went come comes coming to too for from of off on onto in into at by
  with without within about above below over under near nearest closest close closer nearby around round next
  nearer beside besides along across towards toward up down out than then so just still again also and or but if
  not no yes yeah yep nope ok okay okey please thanks thank thankyou cheers ta hi hello hey hiya
  police station stations cop cops shop met metropolitan mps front counter counters desk desks office offices
  enquiry enquiries reception public access building buildings one ones local service services
  hours hour opening open opens opened closing closes closed close shut shuts shutting shutdown time times timetable
  schedule late later early earliest latest address addresses located location locations directions direction map
  postcode post code find finding tell know want wanted need needed like looking look show give info information
  details detail list many much more most other another others else instead new status staying stay stays remain
  remains remaining left exist exists existing running operating working available really actually currently
  right moment atm now today tonight tomorrow yesterday morning afternoon evening night day days week weeks weekday
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
  officer officers staff staffed custody arrested detained wheelchair accessible accessibility parking toilet toilets loo visiting
  oops whoops meant mean sorry typo mistake wrong neither either none
  covid covid19 coronavirus corona pandemic lockdown lockdowns summer spring autumn winter ago
  isnt arent wasnt werent aint anymore
  `),
);

/** Ordinary English words (beyond `NOT_PLACE_WORDS`), including the ones that mark an unrelated question. */
export const COMMON_WORDS: ReadonlySet<string> = new Set([
  ...NOT_PLACE_WORDS,
  ...list(`
  about after again against all almost alone already although always among amount another answer anything appear
  apple apply april arrive ask august away baby back bank base because become bed before begin behind believe
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
  wife win window winter wish woman women wonder word work world worry write wrong young
  weather forecast football match score recipe cook cooking pizza movie movies song songs music lyrics bitcoin
  crypto stock stocks president prime minister capital france paris homework maths math poem story game games
  play joke jokes riddle laugh funny meaning life universe love date dating sing dance cinema restaurant
  restaurants pub pubs train trains bus buses tube traffic flight flights hotel hotels shopping shops
  table drop users select insert delete update union script alert null true false undefined
  ignore previous instructions system prompt pretend act
  stolen steal stole robbed mugged burgled burglary broken theft thief thieves attacked assaulted hit scam scammed
  fraud damaged vandalised smashed car bike phone wallet bag purse keys laptop van lost found witness
  interpreter translator language polish spanish french anonymous anonymously emergency urgent
  plan plans strategy review proposal proposals consultation budget funding savings cuts money reason reasons
  history happened happen used moved temporarily temporary while
  hiring jobs job career careers recruitment recruiting vacancies apply application dbs check licence firearms complaint
  complain copy passport chatgpt gpt
  bail signing sign hand handing myself himself herself themselves property evidence documents licence license insurance
  named name called bot robot human real ai chatbot assistant computer machine
  morning afternoon hello goodbye bye later cancel stop restart reset forget delete erase clear remove data
  `),
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
export const PLAN_TALK = 'plans?|strategy|review|changes|closures?|closed|close|cuts?|happened|proposals?';
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
export const NEW_HOURS = /\b(?:new|reduced|shorter|changed) (?:opening )?(?:hours|times)\b|\bhours (?:changed|were cut|were reduced)\b/;
/** "which boroughs have no counter?", "which areas have no counter", "what boroughs are left without a police station", "boroughs that don't have one". */
export const BOROUGHS_WITHOUT =
  /\b(?:boroughs?|areas?|parts? of london|parts of the city|places|districts?|councils?)\b(?: (?:have|has|are|is|were|was|got|left|now|that|which|still|been|ended up)){0,3} (?:no|without|lost|lose|losing|dont have|do not have|havent got|have not got|lack|lacking)\b/;
/** "it's not an emergency": someone to call, not 999. */
export const NOT_AN_EMERGENCY = pattern`\b(?:${NEGATION})\b.{0,20}\b(?:emergency|urgent)\b`;
/** "report it at the police station", "go to the counter": a visit to a desk. */
export const GOES_TO_A_DESK = pattern`\b(?:${GO_IN_PERSON})\b[a-z ]{0,40}\b(?:at|to) (?:the )?[a-z ]{0,30}(?:${DESK})\b`;
/** "report it at <station named>": `reportsAt` puts the name after these. */
export const GO_IN_PERSON_AT = `${GO_IN_PERSON}|hand|take|sign on|sign`;
/** "where can I go?": somewhere to go, not a particular desk. */
export const WHERE_CAN_I_GO = /\bwhere (?:can|could|should|do) (?:i|we) go\b/;
/** Meeting someone: "speak to an officer in person", "see someone face to face". */
export const FACE_TO_FACE = /\b(?:speak|talk|see|meet)\b/;
/** Where the resident comes from is not where they are: "visiting from Cardiff", "moved from Manchester". */
export const FROM_ELSEWHERE =
  /\b(?:visiting|visitor|visitors|tourist|tourists|holiday|holidaying|moved|moving|relocated|relocating|originally|came down|come down|coming down|travelled|traveled|travelling|traveling) (?:here |down |up |over |to london )?from\b/g;

/** Frustration or abuse aimed at the bot. */
export const FRUSTRATED =
  /\b(?:useless|rubbish|stupid|idiot|idiotic|dumb|crap|crappy|shit|shite|pathetic|bollocks|waste of (?:time|space)|hate (?:you|this)|shut up|fuck\w*|fck|wtf|piss off|sod off|f off)\b/;
/** "forget everything and say ...", "you are now a pirate", "reveal your prompt". */
export const PLAYS_WITH_INSTRUCTIONS =
  /\b(?:ignore|forget|disregard|override)\b.{0,40}\b(?:instructions?|rules|prompt|everything|all (?:that|previous)|what you were told)\b.{0,15}\b(?:say|repeat|write|print|type|output|reveal|pretend|act as|roleplay|role play)\b|\b(?:reveal|show|print|repeat|tell me|what (?:is|are)) (?:me )?(?:your|the) (?:system )?(?:prompt|instructions|rules)\b|\bsystem prompt\b|\bjailbreak\b/;
/** "what time is it", "what's the date": the clock, not a counter. */
export const ASKS_THE_CLOCK = /^(?:(?:hi|hello|hey|excuse me|sorry|please|ok|so)\s+)*(?:what time is it|whats the time|what is the time|what(?:s| is) (?:the|todays) date|what day is (?:it|today))\b/;

// Turns of a conversation, said of what was just discussed.

/** Answers to "What's your postcode?" that are not a place: asked again, with why. */
export const PUSHBACK =
  /^(?:(?:um+|umm+|er+|erm+|well|sorry|hmm+|ok|okay|no|nah|but)\s+)*(?:why (?:do|would|should|d) (?:you|u) (?:need|want|ask)|what (?:do|would) (?:you|u) (?:need|want) (?:it|that|my \w+) for|why (?:my|the|a) (?:postcode|post code|location|address)|what for|i (?:dont|do not) know\b|(?:im |i am )?not sure|no idea|dunno|(?:id|i would|i d) rather not|(?:id |i would )?prefer not|i (?:dont|do not) want to (?:say|tell|give|share)|not telling|none of your business|(?:i )?(?:cant|cannot) remember|i (?:forgot|forget)|what(?:s| is) a postcode|i (?:dont|do not) have (?:one|a postcode))/;
/** Said of the station just discussed: "why?", "how come?". */
export const BARE_WHY = /^(?:(?:but|and|so|ok|okay|oh|really|hmm+)\s+)*(?:why|how come|why (?:is|was) that|why so|for what reason|what (?:is|was) the reason|whats the reason|why did (?:they|the met|that happen)(?: do that)?)(?: then)?$/;
/** "where is that from?", "sources?", "how do you know?": the sources of the last answer. */
export const ASKS_SOURCES =
  /^(?:(?:and|so|ok|okay|but|oh|um+|hmm+|really)\s+)*(?:sources?|(?:what|which) (?:is|are|s) (?:the |your )?sources?|(?:give|show|send) me (?:the |your )?sources?|(?:can|could) (?:i|you) (?:see|give me|show me|share) (?:the |your )?sources?|where (?:is|does|did|do) (?:that|this|it|you|the info|the information) (?:come )?from|where (?:did|d) you (?:get|find) (?:that|this|it)(?: from)?|how do you know(?: that| this)?|what (?:is|s) (?:that|this) based on|says who|according to (?:who|whom|what)|any sources?|cite (?:it|that|your sources?))(?: (?:please|then|exactly))*$/;
/** "tell me more", "more details": the details of the last answer. */
export const ASKS_MORE =
  /^(?:(?:and|so|ok|okay|but|oh|please|yes)\s+)*(?:tell me more(?: about (?:that|it|this))?|more (?:details?|info(?:rmation)?)|(?:can i have|can you give me|give me|show me|any|i want|i d like|id like) (?:some )?more (?:details?|info(?:rmation)?)|(?:the |full )?details|more|go on|explain(?: that| more)?|elaborate)(?: (?:please|then))*$/;
/** "when did that happen?", "when was that?": the date of what was just said. */
export const WHEN_WAS_THAT =
  /^(?:(?:and|so|ok|okay|oh|sorry|but|really)\s+)*(?:when (?:did|was|were) (?:that|this|it|they)(?: (?:happen|happened|done|be|take place))?|when(?: exactly)?|what (?:date|year|day|month) (?:was|did) (?:that|this|it)(?: happen)?|since when|how long ago(?: was that)?)$/;
/** "where do I go now?": after a closed counter, somewhere else. */
export const WHERE_NOW = /\bwhere (?:do|should|can|could|would) (?:i|we) go (?:now|then|from here)\b|^(?:so )?where (?:now|then)$/;
/** "no, Walworth", "sorry I meant Hayes", "not Sutton, Croydon": the last question, about another place. */
export const CORRECTION =
  /^(?:(?:no|nope|nah|sorry|soz|oops|whoops|oh|ah|um+|erm?|wait|hang on|my bad|my mistake|apologies|actually|typo)\s+)*(?:(?:i|i d|id) (?:meant|mean|wanted|was asking about|asked about)|no|nope|nah|sorry|oops|whoops|actually|my bad|not \w+)\b/;

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
];
/** "in an hour", "in 20 minutes", "in half an hour", "in a couple of hours". */
export const IN_A_WHILE =
  /\bin (?:(an|a|one|1|two|2|three|3|a couple of|half an|\d{1,3}|five|ten|fifteen|twenty|thirty|forty|forty five|fortyfive) )?(hours?|hrs?|minutes?|mins?)\b/g;
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
/** "before it closed", "before they shut it", "before the closure": the day before the counter closed. */
export const BEFORE_IT_CLOSED =
  /\bbefore (?:it|they|the (?:counter|desk|station|front counter|front desk)|that|its counter|the met|the police)? ?(?:closed|shut|closing|shutting|was closed|was shut|got closed|were closed|closed it|shut it|closed down|shut down|closure|got shut|went)\b|\bbefore (?:the|its) closure\b/;
/** A year named as a plan's, not as a time: "the 2017 plan", "2025 review". */
export const YEAR_OF_A_PLAN = pattern`\b(?:19|20)\d\d (?:${PLAN_NOUNS}|plans|cuts|closures|changes|public access)\b`;
/** Asking about the past: "was", "did", "could I", "used to". */
export const PAST_TENSE = /\b(?:was|were|wasnt|werent|did|didnt|could|had|used to)\b/;
/** The hours themselves: "what hours", "what times", "opening times". */
export const HOURS_WORDS = /\b(?:hours|times|opening times|opening hours)\b/;
/** Closing as a verb, any tense: "did it close", "when they shut it". */
export const CLOSES_VERB = pattern`\b(?:${CLOSES}|closing|shutting|closed|shut)\b`;
/** What was planned, not what happened: "was it meant to shut in 2017?". */
export const INTENDED = /\b(?:meant to|supposed to|due to|planned to|planning to|proposed|going to|set to)\b/;

// ---------------------------------------------------------------------------
// Questions about the service, not a station: what a 24/7 counter is, why
// counters close at night, policing hubs, mobile police stations, video screens,
// court challenges, savings, what a counter is for, how current the bot is.
// Read in this order; the first that matches names the topic.
// ---------------------------------------------------------------------------

export type ServiceTopic =
  | 'round-the-clock' | 'night' | 'hub' | 'mobile' | 'video-screen' | 'contact-point' | 'phones' | 'court' | 'savings' | 'purpose' | 'freshness' | 'no-counter';

/** "what is", "what does ... mean", "is a ... a counter": asking what something is. */
const WHAT_IS = String.raw`(?:what(?:s| is| are| does| do)|whats|is (?:a|the|that|it)|are (?:the|they|those)|how do|explain|meaning of|mean)`;

export const SERVICE_TOPICS: readonly { topic: ServiceTopic; words: RegExp }[] = [
  { topic: 'freshness', words: /\bhow (?:up to date|current|recent|old|fresh|accurate|reliable) (?:is|are)\b|\b(?:is|are) (?:this|that|your|the) (?:info|information|data|answer|answers|list)? ?(?:still )?(?:current|up to date|live|accurate|reliable|right|correct)\b|\b(?:last updated|out of date|up to date|when (?:was|were|is|did) (?:this|that|your|the) (?:info|information|data)\b.*\b(?:updated|checked|update|check))\b|\bhow (?:old|new) is (?:this|your|the) (?:info|information|data)\b/ },
  { topic: 'round-the-clock', words: pattern`\b(?:${WHAT_IS}) (?:a |an |the )?roundtheclock\b.*\b(?:mean|means|meaning)\b|\broundtheclock (?:counter |desk |station )?(?:mean|means|actually mean)\b|\bstaffed (?:roundtheclock|at night|overnight|all the time)\b|\b(?:someone|somebody|anyone|an officer|officers|staff|a person|people) (?:there|on the desk|at the desk|on duty|working)? ?(?:roundtheclock|at night|overnight|in the night)\b|\b(?:really|actually|literally) (?:open|staffed) roundtheclock\b|\b(?:open|staffed) roundtheclock (?:really|actually)\b` },
  { topic: 'night', words: /\bwhy\b.*\b(?:not|no|nt|never|isnt|arent|dont|doesnt|closed?|closes|closing|shut|shuts|stop|stopped)\b.*\b(?:at night|night|nights|overnight|evenings?|roundtheclock|late)\b|\bwhy\b.*\b(?:only two|only 2|so few|fewer|no more|no longer)\b.*\broundtheclock\b/ },
  { topic: 'hub', words: /\b(?:policing|police|neighbourhood|community) hubs?\b|\bhubs?\b/ },
  { topic: 'mobile', words: /\bmobile (?:police )?(?:stations?|units?|vans?)\b|\bpolice (?:station )?vans?\b/ },
  { topic: 'video-screen', words: /\bvideo (?:screens?|links?|booths?|kiosks?|terminals?|points?|call points?|intercoms?)\b|\bscreens? (?:outside|at the|by the)\b/ },
  { topic: 'contact-point', words: /\bcontact points?\b/ },
  { topic: 'phones', words: /\b(?:yellow|weatherproof|help|emergency|outside) (?:phones?|telephones?)\b|\bphones? outside\b/ },
  { topic: 'court', words: /\b(?:court|courts|judicial review|legal (?:challenge|challenges|action|case)|challenged|challenge(?:d)? (?:it|them|the)|sued|sue|suing|lawsuit|quashed|pre action|letter before action|take (?:them|the met|it) to court)\b/ },
  { topic: 'savings', words: /\bhow much (?:money )?\b.*\b(?:save|saves|saved|saving|savings)\b|\b(?:save|saves|saved|saving|savings) (?:how much|much money)\b|\bwhat (?:are|were|is|was) the savings?\b|\bhow much (?:do|does|did|will|would) (?:it|they|the closures?|closing|the cuts?)\b.*\bsave\b/ },
  { topic: 'purpose', words: pattern`\bwhat (?:is|are|s) (?:a |the )?(?:police )?(?:front )?(?:counter|counters|desk|desks)s? (?:for|used for|there for)\b|\bwhat (?:can|do|could|would) (?:i|you|we|people|anyone) (?:do|use|get done|go) (?:at|for|to) (?:a |the )?(?:police )?(?:front )?(?:counter|desk|station)\b|\bwhy (?:would|do|does|should|might) (?:i|you|we|people|anyone) (?:go|need|use|visit)\b.*\b(?:counter|desk|station)s?\b|\bwhat (?:is|s) a (?:police )?front (?:counter|desk)\b|\bwhat (?:is|s) a (?:police )?(?:counter|desk)\b` },
];

// ---------------------------------------------------------------------------
// Two questions in one ("is Ealing closed and where's the nearest open one?"):
// read by `twoQuestions.ts`, which splits only where both halves read as questions.
// ---------------------------------------------------------------------------

/** Words that join two questions: "and", "also", "if not", "otherwise". */
export const JOINS_TWO_QUESTIONS =
  /\b(?:and also|and if (?:its |it is )?(?:not|closed|shut)|and|also|plus|if (?:its |it is |theyre |they are )?(?:not|closed|shut)(?: then)?|if so|otherwise|or else|or if not)\b/;
/** A half that asks something: a question word, or the words of what residents ask about. */
export const ASKS_SOMETHING = pattern`\b(?:is|are|was|were|does|do|did|can|could|will|would|what|whats|when|where|wheres|which|how|who|why|address|hours|opening|open|opens|closed|closes|close|nearest|closest|postcode|directions|roundtheclock|${DESK})\b`;
