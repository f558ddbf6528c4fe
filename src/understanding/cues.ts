/**
 * The words that say what kind of question this is: "nearest", "hours",
 * "still open", "when did ... close", "why", "report", "interpreter"... Each
 * cue is read once from the normalised text; `understand.ts` weighs them.
 */
import type { DateTime } from 'luxon';
import type { ClosurePeriod, DeskKind, HoursFocus, PlanTopic } from './question';
import {
  ASKS_A_STATE, ASKS_IF, ASKS_REASONS, ASKS_THE_TIMES, CLOSES, DESK, DESK_WORDS, DESKS, LATEST_PLAN, NEGATED_QUESTION, NEGATION, PAST_OPENING, PLAN_NOUNS, PLAN_TALK, PLEDGE_WORDS, QUESTION_WORD, REASONS, WHO_HAS_THEM, YES_NO_VERB,
  globally, pattern,
  LATEST_ARRIVAL, ALWAYS_OPEN_WORDS,
  ITEM_LOST,
  YEAR_OF_THE_MOST_CLOSURES,
  SHUT_BY_A_CLOCK_TIME,
  BREAK_IN_THE_DAY, HOURS_THROUGH_THE_YEAR,
  WHAT_THEY_CLOSED,
  A_THING_NICKED,
  BOROUGH_THE_PLACE,
  COMPLAINT_OF_ANOTHER,
  BOTH_ENDS_ASKED,
} from './lexicon';
import { ROUND_THE_CLOCK } from './message';
import { readClosurePeriod, type PlanNames } from './planNames';
import { TextRuns } from './patternFilter';
import { MONTHS } from './when';

export type HistoryTopic = 'closure-date' | 'temporary-closure' | 'general';

export interface Cues {
  /** "nearest", "closest", "near me" (strong); "near", "close to", "where can I go" (weak). */
  nearest?: 'strong' | 'weak';
  /** "I'm in SE18", "I live in Hackney", "my postcode is": the place is where the resident is. */
  locationGiven: boolean;
  roundTheClock: boolean;
  /** The word "open" (or "closed"/"shut" as a state), as in "is it open", "nearest open desk". */
  open: boolean;
  closedState: boolean;
  hours: boolean;
  focus?: HoursFocus;
  status: boolean;
  history?: HistoryTopic;
  address: boolean;
  /** "is there a", "are there any", "which stations", "where can I go". */
  existential: boolean;
  inPerson: boolean;
  /**
   * Business that is done at a counter, not over the phone: handing in found property or
   * evidence, handing oneself in, reporting for bail, producing documents.
   */
  errand: boolean;
  boroughWord: boolean;
  alternatives: boolean;
  reportCrime: boolean;
  interpreter?: { language?: string };
  anonymous: boolean;
  nonEmergency: boolean;
  emergencyWord: boolean;
  plans?: PlanTopic;
  /** For `plans: 'plan'`: the plan named ("the 2017 strategy", "Sadiq's cuts", "the latest review"). */
  planId?: string;
  /** "why ... close" with no station named yet: plans unless a station turns up. */
  whyClose: boolean;
  /** A list of closures asked for: of the period named, or `all`. */
  closures?: ClosurePeriod | 'all';
  joke: boolean;
  /** "what about ...", "and ...", "how about ...": the message leans on the last question. */
  followUp: boolean;
  /** "it", "there", "that one": the place is the one already being discussed. */
  reference: boolean;
  /** "fire station", "tube station", "hospital": somewhere that is not a police desk. */
  otherService: boolean;
  /** Words of another topic altogether: "weather", "football", "recipe". */
  offTopic: boolean;
  /** "a police station", "police stations": any desk, not a particular one. */
  anyDesk: boolean;
  /** Plural desks: "police stations in Hackney". */
  pluralDesks: boolean;
  /** Any word about police desks at all ("police", "station", "counter"). */
  deskWords: boolean;
  /** "is there anywhere open", "what's open now": any desk, where the resident is (not a named one). */
  anywhere: boolean;
  /**
   * About the building rather than the counter's hours: access, parking, toilets, waiting. The data has
   * none of it, so the answer can only be about the counter named.
   */
  facility: boolean;
  /** "how far is it", "what's the distance": a distance, which only a nearest answer gives. */
  distance: boolean;
  /**
   * A yes/no question, not negated: "is Acton still open?", "does it close at night?", "can you tell me if...",
   * or one without its verb ("hayes 24 hours?"); not "what time...", nor "hayes hours sunday".
   */
  yesNo: boolean;
}

const LANGUAGES =
  'polish|spanish|french|arabic|urdu|bengali|bangla|punjabi|somali|romanian|portuguese|turkish|italian|german|russian|ukrainian|chinese|mandarin|cantonese|tamil|gujarati|hindi|farsi|persian|kurdish|albanian|lithuanian|latvian|bulgarian|greek|yoruba|twi|tigrinya|amharic|pashto|dari|vietnamese|korean|japanese|hungarian|czech|slovak|sylheti|tagalog|thai|hebrew|swahili|igbo|lingala|sinhala|nepali|welsh|dutch|serbian|croatian|bosnian|georgian|armenian|british sign language|sign language|bsl';

const ERRAND =
  /\b(?:(?:hand|turn|handing|turning) (?:myself|himself|herself|themselves|ourselves|yourself) in|give (?:myself|himself|herself) up|(?:hand|handing) (?:it |this |them |that |something |stuff |an item |items |property |evidence |documents |(?:a|an|some) \w+ )?(?:in|over)|found (?:a|an|some|someones|somebodys|this|these|a lost|lost)|lost property|lost and found|(?:collect|collecting|pick up|picking up|get back|getting back|retrieve|reclaim|claim back) (?:my |our |his |her |their |the )?(?:property|belongings|things|stuff|items|lost property|seized \w+)|(?:sign|signing|sign on|report|reporting|check in|checking in) (?:on |in )?(?:for )?(?:my )?bail|bail (?:signing|sign|conditions|reporting|check in)|answer(?:ing)? (?:my )?bail|(?:im|i am|hes|shes) on bail|(?:produce|producing|show|showing) (?:my )?(?:driving )?(?:licence|license|documents|insurance)|(?:bring|take|produce|show)(?: in)? (?:my |the |a |any )?(?:proof of (?:insurance|ownership|my insurance)|(?:insurance|mot) (?:certificate|cert|documents|docs|details))|horti|hort ?1|producer form|get (?:my|our|his|her|their|the) (?:seized )?\w+ back (?:from (?:the )?police|off (?:the )?police)|get (?:my|our|his|her|their|the) (?:stuff|things|property|belongings|items|seized \w+) back)\b/;

/** "thanks, what about Lewisham?", "great, and Sunday?": thanks first, then the follow-up. */
const ACKNOWLEDGED =
  /^(?:(?:thanks|thank you|thankyou|thx|cheers|ta|ok|okay|fine|brill|great|cool|brilliant|lovely|perfect|nice|nice one|fab|yes|yeah|yep|ah|oh|good|excellent|super|awesome|wonderful|sound|alright|got it|ok thanks|okay thanks)\s+)+(?=\S)/;

/** Things about the building the data says nothing of. */
const FACILITY =
  /\b(?:(?:can|could|should) (?:i|we|you|u) (?:drive|cycle|ride) (?:to|there|up to|down to)|(?:driving|drive) there|wheelchair|wheel chair|accessible|accessibility|step free|disabled access|disabled parking|ramp|lift|lifts|parking|car park|park (?:my|the) car|(?:where|somewhere|anywhere|place|can i|could i|do i|can we|could we) (?:to |can i |could i |do i |i can |can we )?park|park (?:near|nearby|outside|at|by|close to)|toilets?|loo|baby chang\w*|hearing loop|induction loop|seating|waiting room|waiting times?|wait times?|how long (?:is|will) the (?:wait|queue)|how long (?:do|does|will|would|might|can) (?:i|you|u|we|people|it)(?: \w+){0,3}? (?:wait|waiting|queue)|queue|queues|busy|(?:staffed|manned) by|guide dog|assistance dog|my dog|a dog|dogs allowed|(?:bring|take) (?:my |our |a )?dogs?|pram|buggy|wifi|wi fi|free wifi|charging points?|phone chargers?|charge my phone|water fountain|drinking water|cash machine|cashpoint|vending machines?|lockers?|(?:main |front |side |back |public |disabled )?entrances?|(?:the )?way in|which door|(?:bring|take|wheel|lock up|leave|park) (?:in )?(?:my |our |a |an |the |his |her )?(?:\w+ )?(?:bikes?|bicycles?|push ?bikes?|scooters?|e ?scooters?|e ?bikes?|pushchairs?|strollers?|prams?|buggys?|buggies|mobility scooters?|dogs?|puppy|pets?|cats?)(?: (?:in|inside|into|in with me|with me|along))?|(?:bike|bicycle|cycle|scooter|pushchair|buggy|pram) (?:parking|racks?|stands?|storage|shed|spaces?|hoops?)|(?:support|emotional support|service|therapy) (?:dogs?|animals?)|(?:dogs|pets|animals) allowed|pushchairs?|strollers?|(?:get|go|come) there (?:by|in (?:the|my|a)) car|(?:drive|cycle) there|(?:can|could|do|should) (?:i|we) (?:drive|cycle)(?: there| to (?:it|the station|the police station|the counter))?\??$)\b/;

/**
 * The bot's own language asked about: "what languages do you speak", "do you speak polish", "can you speak english",
 * "can i ask in urdu" (not "can i speak to someone in polish": an interpreter on a call to the police).
 */
export const ASKS_THE_BOTS_LANGUAGE = new RegExp(
  `\\b(?:is there|have you got|do you have|got|any) (?:an? )?(?:${LANGUAGES}|foreign language|other language|different language) (?:version|translation|option|setting)s?(?: of (?:this|you|u|it|the bot|stationdesk))?\\??$|\\bwhat languages? (?:do|can|does|will) (?:you|u|this|it|the bot|stationdesk)\\b|\\b(?:do|can|could|will|does) (?:you|u|this bot|this chat|the bot|stationdesk|it) (?:speak|understand|talk|answer|reply|respond|write|chat|read|work|do)(?: in)? (?:any |other |different |another |more than one )?(?:languages?|${LANGUAGES}|english|anything (?:other than|but|besides) english)\\b|\\b(?:can|could) (?:i|we) (?:use|have) (?:this|you|u|it|the bot|this bot|this chat|the chat|stationdesk) in (?:another language|other languages|a different language|my (?:own )?language|${LANGUAGES})\\b|\\b(?:is|are) (?:this|you|u|it|the bot|this bot|this chat|the chat|stationdesk) (?:available|offered|in|working) (?:in )?(?:another language|other languages|a different language|${LANGUAGES})\\b|\\bcan (?:i|we) (?:ask|talk|write|chat|type|speak|message)(?: (?:to|with) (?:you|u))? in (?:another language|other languages|a different language|my (?:own )?language|${LANGUAGES})\\b|\\b(?:do|can) (?:you|u) only (?:speak|do|answer in|understand) english\\b|^(?:any|in) (?:other|another|different) languages?$|^(?:english only|only (?:in )?english|(?:do |can )?(?:you |u )?(?:speak|talk|understand) english)$`,
);

const INTERPRETER_NAMED = new RegExp(
  `\\b(?:(?:speak|talk|chat|communicate)(?: to| with)?(?: (?:someone|somebody|an officer|a person|anyone|a police officer|the police))? in|(?:in|into) (?:my )?|(?:a |an )?)(${LANGUAGES})(?: (?:speaker|speaking|interpreter|translator|translation|please|language))?\\b`,
);
const INTERPRETER_ASKS = /\b(?:(?:what|which) languages?\b(?=.*\b(?:counters?|desks?|stations?|staff|officers)\b)|(?:what|which) languages? (?:do|does|can|will) (?:they|the staff|staff|the officers?|officers|the police|people|anyone|someone)(?: there| at the (?:front )?(?:desk|counter)| at the station)? (?:speak|talk|understand)|(?:do|does|can|will) (?:they|the staff|staff|anyone|someone|the officers?|officers) (?:there |at the (?:front )?(?:desk|counter) )?speak (?:other|different|any other|foreign) languages?|interpreters?|interpret|translators?|translation|translate|language ?line|in my (?:own )?language|(?:dont|doesnt|do not|does not|cant|cannot|can not) speak (?:good |much |very good |any |proper )?english|(?:my |his |her |their )?english is(?: not| bad| poor| limited| not good)|not (?:very )?good (?:at|with) english|little english|no english|speaks? (?:only|no) )\b/;
const INTERPRETER_SPEAK_IN = /\b(?:speak|talk|chat|communicate|interpreter|translator|translat|speaker|speaking|language|in (?:my )?(?:own )?)/;
const WORD_START = /\b\w/g;
const BSL = /^Bsl$/;
/** Sign language unnamed is no proper noun: "call 101 ... in sign language" (it was "in Sign Language" mid-sentence). */
const SIGN_LANGUAGE = /^Sign Language$/;
/**
 * Sign language asked for with no "interpreter" or "speak in": "bsl", "can i use bsl", "do they do sign language", "is
 * there bsl": an interpreter on a call to the police (it was "Sorry, I didn't understand that", or no other versions).
 * Asked of the bot too ("do you do bsl", "can u speak sign language"): the bot cannot sign, the police can through 101.
 */
const SIGN_LANGUAGE_ALONE =
  /^(?:(?:can|could|may) (?:i|we) (?:use|get|have|communicate (?:in|with|using))|(?:do|does|can|will) (?:they|the police|police|the counter|the counters|the station|the stations|officers|the officers|staff|the staff|you|u) (?:do|have|offer|use|support|know|understand|speak)|(?:is|are) there(?: any)?|any|i (?:need|use|want))? ?(?:an? )?(?:bsl|british sign language|sign language)(?: (?:please|pls|available|support|option|help|users?))*$/;

function readInterpreter(t: string, runs: TextRuns): { language?: string } | undefined {
  const named = runs.mayMatch(INTERPRETER_NAMED) ? INTERPRETER_NAMED.exec(t) : null;
  const asks = runs.test(INTERPRETER_ASKS);
  const speakIn = named && (runs.test(INTERPRETER_SPEAK_IN) || SIGN_LANGUAGE_ALONE.test(t));
  if (!asks && !speakIn) return undefined;
  const language = named?.[1]?.replace(WORD_START, (c) => c.toUpperCase()).replace(BSL, 'British Sign Language').replace(SIGN_LANGUAGE, 'sign language');
  return language ? { language } : {};
}

/** "what did Boris do to police stations", "what changed for front counters": a plan, said another way. */
const DID_TO_DESKS = pattern`\b(?:(?:do|did|done|change|changed|happen|happened) (?:to|with|for) (?:the )?(?:police stations|${DESKS}|front counters|front desks)|how many (?:police )?(?:${DESKS}|front counters)|(?:${DESKS}) (?:were|was) there)\b`;

/** The plans as residents name them, in talk about plans: a plan named by a year, a person or part of a title needs that talk. */
const PLAN_TALK_ANY = pattern`\b(?:${PLAN_TALK}|consultation|${PLEDGE_WORDS})\b`;

/** "a mugging happened", "it happened", "something happened": an event of the resident's, not "what happened". */
const SOMETHING_ELSE_HAPPENED = /\b(?<!\bwhat )(?<!\bwhats )(?<!\bwhat has )(?<!\bwhat had )(?<!\bwhat s )happened\b/g;

/** Whether the last round went ahead (one outlet claimed a pause): the most recent plan. */
const WENT_AHEAD = /\b(?:closures?|cuts|closing)\b.*\b(?:paused|pause|postponed|delayed|cancelled|called off|go ahead|went ahead|going ahead|happen|happened|u turn|reversed|stopped)\b/;

function readPlans(t: string, names: PlanNames, runs: TextRuns): { topic: PlanTopic; planId?: string } | undefined {
  const named = names.named(t);
  // "why did they close so many stations in 2017": why, of that plan's closures.
  if (named && named.planIds.length === 1 && (runs.test(PLAN_TOPIC_1) || runs.test(PLAN_TOPIC_2))) return { topic: 'why', planId: named.planIds[0] };
  // "who decided the 2025 closures": who, of that plan's closures.
  if (named && named.planIds.length === 1 && runs.test(PLAN_TOPIC_5)) return { topic: 'who', planId: named.planIds[0] };
  // "a mugging happened in 2018": something else that happened that year, not plan talk ("what happened in 2018" is).
  const planTalk = runs.test(PLAN_TALK_ANY) && (!named || named.strong || PLAN_TALK_ANY.test(t.replace(SOMETHING_ELSE_HAPPENED, ' ')));
  if (named && (named.strong || planTalk || runs.test(DID_TO_DESKS))) {
    return named.planIds.length === 1 ? { topic: 'plan', planId: named.planIds[0] } : { topic: 'general' };
  }
  const latest = (runs.test(LATEST_PLAN) && runs.test(PLAN_TALK_ANY)) || runs.test(WENT_AHEAD) ? names.latest() : undefined;
  if (latest) return { topic: 'plan', planId: latest.id };
  const topic = readPlanTopic(runs);
  return topic ? { topic } : undefined;
}

// A plan topic's patterns, tried in this order.
// "when did belgravia close and why": the why after the closing.
const PLAN_TOPIC_1 = /\bwhy\b.*\b(?:clos|shut|cut|reduc|fewer|less|los[te]|losing|scrap|axe|get(?:ting)? rid|so few|not many|gone)|\b(?:clos|shut)\w*\b(?: \w+){0,6}? (?:and|but) why\b/;
const PLAN_TOPIC_2 = pattern`\b(?:${REASONS})\b.*\b(?:clos|shut|cut)`;
const PLAN_TOPIC_3 = /\b(?:budget|funding|money|savings?|costs?|cuts|austerity|afford|underfunded|save money)\b/;
const PLAN_TOPIC_4 = /\bhow many (?:crimes|reports|people|visits|visitors)\b|\bcrimes? (?:are |were |get |is )?reported (?:at|in person)\b|\b(?:usage|footfall)\b/;
const PLAN_TOPIC_5 =
  /\b(?:who (?:decides|decided|agreed|agrees|makes the decision|made the decision|made the call|is responsible|was responsible|are responsible|closed|is closing|shut|is shutting|is behind|was behind|signed off|approved|chose|chooses|picked|picks|is to blame)|whose (?:decision|idea|fault|call))\b|\b(?:is|was) (?:it|this) (?:the )?(?:mayor|sadiq khan|khan|met|government|home office|council|mopac)s? (?:closing|shutting|decision|idea|that|who|fault|call)\b|\bthe mayor (?:is )?(?:closing|closed|shutting|shut)\b/;
// "how many front counters does the met have", "total number of front counters", "how many desks altogether": the count
// of those open now, not the closures ("how many closed altogether", "how many has london lost in total") nor a past
// count (read earlier, with its date).
const PLAN_TOPIC_6 = pattern`\bhow many\b(?!.*\b(?:closed|shut)\b)(?!(?!.*\b(?:left|remain|remaining|still)\b).*\b(?:lost|lose|losing)\b).*\b(?:left|remain|remaining|still open|are open|open now|open today|are there|there are|still|now|exist|operating|in london|are there in|does london have|has london got|in total|altogether|overall|${WHO_HAS_THEM})\b|\b(?:total|overall) (?:number|no|count|amount) of (?:police )?(?:front )?(?:${DESKS}|${DESK})\b|\b(?:number|no) of (?:police )?(?:front )?(?:${DESKS}) (?:in total|altogether|overall)\b|^(?:the )?(?:count|number|no) of (?:open )?(?:police )?(?:front )?(?:${DESKS})(?: (?:that are |still )?(?:open|left|remaining)(?: now| today)?)?$|\bhow many (?:police )?(?:front )?(?:${DESKS}) (?:do|does|did) (?:you|u|the bot|this bot|stationdesk) (?:know|have|cover|hold|list)\b|\bhow many (?:police )?(?:front )?(?:${DESKS}) (?:are )?(?:in|on) (?:your|ur|the bots?|this bots?) (?:data|list|records|database|system)\b`;
const PLAN_TOPIC_7 = pattern`\b(?:what|which) (?:police )?(?:${DESKS}|front counters|front desks) (?:are |were |have )?(?:left|remain|remained|still open|survived|were kept|kept|spared|were spared|saved|were saved|stayed open|stay open)\b|\b(?:whats|what is|what s|what are|what has|is there anything|anything|any)(?: still)? (?:left|remaining)(?: open)? (?:in|round|around)\b`;
const PLAN_TOPIC_8 = pattern`\b(?:${PLAN_NOUNS}|strategies)\b`;
const PLAN_TOPIC_9 = pattern`\b(?:police|${DESK}|${DESKS}|met|mopac|mayor|closures?|closing|close)\b`;
const PLAN_TOPIC_10 = /\b(?:reopen|reopening|re open|open (?:any )?new|opening (?:any )?new)\b/;
const PLAN_TOPIC_11 = /\b(?:any|more|some|new|the closed|closed|those|them)\b/;
const PLAN_TOPIC_12 = pattern`\b(?:${DESKS}|ones)\b`;
const PLAN_TOPIC_13 = pattern`\b(?:whats happening|what is happening|what happened|whats going on|what is going on) (?:to|with)\b.*\b(?:police stations|front counters|${DESKS})\b`;
const PLAN_TOPIC_14 = /\bmore (?:closures|closing|cuts)\b|\b(?:are|will|is|arent|wont) (?:any |more |the |other )?(?:police )?(?:stations|counters|desks|front counters|front desks) (?:\w+ )?(?:closing|shutting|(?:going to|gonna|set to|due to|to) (?:close|shut)|close|shut) (?:in 20\d\d|next year|this coming year|in the (?:next|coming) (?:year|few years|years))\b|\b(?:any|anymore) more (?:close|shut|closing|shutting|going to close)\b|\bplans? (?:to|for) (?:close|closing|shut|shutting)(?: (?:any|more|other|further))?(?: police)?(?: front)? (?:stations|counters|desks|front counters|front desks|ones)\b|\b(?:anything|anywhere|what|which|where) else (?:is |s |are )?(?:closing|shutting|going to (?:close|shut)|due to (?:close|shut)|set to (?:close|shut)|to close)\b(?! (?:at|by|around|tonight|today|this|in the next|in an hour|early|earlier|late|later|on|before|after)\b)|\b(?:closing|close|shut|shutting|cut|cutting) (?:any )?more\b|\b(?:planned|future|further|upcoming) (?:closures|cuts)\b|\bclosures? (?:planned|coming|ahead)\b/;

/** Closures still ahead, of counters in general: "which stations are proposed to close?", "are any more closing?", "what's closing next?". */
// "is south london losing any more police stations": closures ahead, said of the place losing them ("losing its counter" is that counter's).
// "which borough will lose the most stations", "which areas are going to lose counters": the future asked of the areas
// (not of one counter: "will croydon close its counter" is that counter's), so what the plans hold, not the closures on record.
const CLOSURES_AHEAD = pattern`\b(?:(?:which|what) (?:london )?(?:boroughs?|areas?|council areas?|councils?|parts? of (?:london|town)|places?|neighbourhoods?)|where)\b(?: \w+){0,4}? (?:will|going to|gonna|set to|due to|about to|planning to|plan to|likely to)(?: be)? (?:lose|losing|close|closing|shut|shutting|cut|cutting)(?: (?:the|its|their|any|more|some|another|most|fewest|least|of))*(?: police)?(?: front)? (?:${DESKS}|front counters|front desks)\b|\b(?:losing|lose|going to lose|set to lose|gonna lose) (?:any |more |any more |another |other )+(?:police )?(?:front )?(?:${DESKS}|front counters|front desks|police stations)\b|^(?:so |and |but )?(?:are|is) (?:there )?(?:any|some|a|an|another) (?:more |other )?(?:police )?(?:front )?(?:${DESKS}|${DESK}|ones?|front counters?|front desks?)\b(?!.*\b(?:was|were|did|closed|ever)\b).*\b(?:closing|shutting)(?: down)?(?: (?:in|across|around) (?!the next\b|an? \w+$|\d|half\b|a few\b|ten\b|five\b|twenty\b)(?:\w+ ){0,3}\w+)?(?: (?:any ?time )?soon)?$|^(?:(?:list|show me|name) )?(?:the |any |all )?(?:police )?(?:front )?(?:${DESKS}|front counters|front desks) (?:that are |which are |that re )?(?:closing|shutting)(?: down)? soon$|\b(?:which|what|any|other|more) (?:other |more )?(?:police )?(?:front )?(?:${DESKS}|ones|front counters|front desks)\b.*\b(?:proposed|going|set|due|planned|scheduled|earmarked|next|about|likely) (?:to|for) (?:close|shut|closure)\b|\b(?:which|what) (?:police )?(?:front )?(?:${DESKS}|ones|front counters|front desks)\b.*\b(?:at risk|under threat|threatened|closing next|close next|next to close|closing soon|shutting next)\b|(?<!\b(?:were|was) there |\b(?:have|has|had) there been |\bthere (?:were|was|have been|has been) )\b(?:any|anymore|any more) (?:more )?(?:closures|closing)\b(?!.*\b(?:past|previous|last \d|last (?:two|three|four|five|ten|few|couple) |last (?:year|decade|month)|since|ago)\b)|\b(?:will|are|r) (?:there )?(?:any )?(?:more|other|further) (?:police )?(?:front )?(?:${DESKS}|front counters|ones|closures)\b.*\b(?:close|closing|shut|shutting|planned|coming)\b|\b(?:whats|what is|which is|who is|who s) (?:closing|shutting|next to close) next\b|\b(?:which|what) (?:police )?(?:front )?(?:${DESKS}|ones|front counters|front desks) (?:will|are going to|r going to|are gonna|are due to) (?:close|shut)\b(?! (?:at|by|tonight|today|this|soon|early|earlier|later|first|last|in (?:the next|an? |\d{1,2}\b)))|^(?:whats|what is|what s|what are|whats|which are) (?:closing|shutting|being closed|being shut)(?: down)?(?: next| soon)?$|\bnext (?:round of )?closures?\b|\bclosures? (?:are |is )?(?:planned|coming up|coming|ahead|in the pipeline)\b|\b(?:which|what) (?:police )?(?:front )?(?:${DESKS}|ones|front counters|front desks) (?:are|r) (?:closing|shutting|being closed|being shut)(?: down)?$|\b(?:${DESKS}|front counters|front desks) (?:that|which) (?:are|r) (?:closing|shutting|being closed|being shut)(?: down)?$`;

/**
 * Counters to reopen or 24-hour opening to come back, asked of the future: "will any counters reopen", "will they bring
 * back 24 hour police stations", "any plans to reopen police stations", "are the stations going back to 24 hours".
 * Not what reopened ("which stations reopened": a past list).
 */
const REOPENING_AHEAD = pattern`\b(?:will|would|are|is|r|going to|gonna|plans? to|planning to|planned to|ever|could|might|likely to)\b.*\b(?:reopen|reopening|re open|re opening|bring(?:ing)? back|be brought back|come back|coming back|go back to|going back to|return to|returning to|restore|restoring|be restored)\b.*\b(?:${DESKS}|front counters|front desks|ones|roundtheclock|them)\b|\b(?:${DESKS}|front counters|front desks|roundtheclock)\b.*\b(?:will|would|going to|gonna|ever|likely to|set to|due to|planned to)\b.*\b(?:reopen|re open|come back|be back|return|be restored|go back to roundtheclock)\b|\b(?:will|would|are|going to|ever)\b (?:any |the |more |some |those |they )?(?:police )?(?:front )?(?:${DESKS}|front counters|front desks|ones|of them)\b.*\b(?:reopen|re open|come back|be back|return)\b|\bplans? (?:to|for) (?:reopen|reopening|re open|bring back|restore)\b|\b(?:is|are|will|would|r)\b (?:there )?(?:anything|anywhere|any|any ones?|any of them|some|owt)\b(?: \w+){0,2}? (?:reopen|reopening|re open|re opening|opening again|open again)\b|\bany (?:reopenings?|re openings?) (?:planned|due|coming|ahead|expected|on the cards|next|this|soon|in 20\d\d)\b`;

/**
 * The next closures asked whatever the words around them: "which are the ones closing next", "what will be the next
 * ones to shut", "the next stations to go". Not tonight's closing ("which one shuts next tonight": hours).
 */
const CLOSING_NEXT = /\b(?:closing|shutting|being closed|being shut)(?: down)? next\b(?!.*\b(?:tonight|today|this (?:evening|afternoon)|in the next)\b)|\bnext (?:ones?|stations?|counters?|desks?|police stations?|front counters?) (?:to|that will|thatll|that ll|going to|set to|due to) (?:close|shut|go)\b(?!.*\b(?:tonight|today|this (?:evening|afternoon))\b)/;

function readPlanTopic(runs: TextRuns): Exclude<PlanTopic, 'plan'> | undefined {
  if (runs.test(REOPENING_AHEAD)) return 'reopening-ahead';
  if (runs.test(CLOSURES_AHEAD) || runs.test(PLAN_TOPIC_14) || runs.test(CLOSING_NEXT)) return 'ahead';
  // "what counters survived the cuts": the counters left, though the cuts are named.
  if (runs.test(PLAN_TOPIC_7)) return 'how-many-left';
  if (runs.test(PLAN_TOPIC_1)) return 'why';
  if (runs.test(PLAN_TOPIC_2)) return 'why';
  if (runs.test(PLAN_TOPIC_3)) return 'why';
  // How much the counters were used: the figures behind the closures.
  if (runs.test(PLAN_TOPIC_4)) return 'why';
  // Who decided: each plan's body. "When were the closures decided?": the same answer, which dates each decision.
  if (runs.test(PLAN_TOPIC_5)) return 'who';
  if (runs.test(WHEN_DECIDED) && runs.test(THE_CLOSURES)) return 'who';
  if (runs.test(PLAN_TOPIC_6)) return 'how-many-left';
  if (runs.test(PLAN_TOPIC_7)) return 'how-many-left';
  if (runs.test(PLAN_TOPIC_8) && runs.test(PLAN_TOPIC_9))
    return 'general';
  if (runs.test(PLAN_TOPIC_10) && runs.test(PLAN_TOPIC_11) && runs.test(PLAN_TOPIC_12)) return 'general';
  if (runs.test(PLAN_TOPIC_13)) return 'general';
  return undefined;
}

/** "which stations did Boris close?", "how many counters did the 2017 strategy shut?": a list of closures, by whom. */
// "how many did the met close in 2017": the count alone names no desk.
const WHICH_DID_CLOSE = pattern`\b(?:(?:how many|which|what) (?:police |front )?(?:${DESKS}|ones)|how many)\b.*\bdid\b.*\b(?:close|shut|axe|scrap)\b|\b(?:how many|which|what) (?:police |front )?(?:${DESKS}|ones)\b.*\b(?:did|has|have)\b.*\blose\b`;

/** "closures in 2013", "closed in February": a list of closures, by when; a year typed straight after ("stations closed 2017-2020") too. */
const CLOSURES_IN = new RegExp(`\\b(?:closed|closures) (?:list|(?:19|20)\\d\\d|in (?:(?:19|20)\\d\\d|${[...MONTHS.keys()].filter((m) => m.length > 3).join('|')}))\\b`);

/**
 * "closed counters in southwark?", "southwark closed police stations", "former stations in hackney": the closures, said as
 * counters that are closed (not "stations closed today", nor closed ones near the resident or to reopen).
 */
const CLOSED_COUNTERS = pattern`\b(?:closed|closed down|shut|shut down|former|disused|abandoned) (?:police |front |met )*(?:${DESKS}|nicks)\b(?! (?:today|tonight|now|right now|at the moment|on|this|tomorrow|at|till|until|by|for (?:lunch|the day|the night)))(?!.*\b(?:near|nearby|around here|round here|local|reopen\w*|re open\w*|come back|coming back|open again|back open)\b)`;

// "are any stations closing early today", "is any counter shutting tonight": today's closing times, not closures for good.
const CLOSURES_HOURS_ASKED = /\b(?:what time|when (?:does|do|will)|how late|until when|till when)\b|\b(?:closing|shutting|close|shut|closes|shuts) (?:early|earlier)\b|\b(?:closing|shutting) (?:today|tonight|this (?:evening|afternoon))\b/;
const CLOSURES_ASKS_1 = /\b(?:how many|which|what|list|name|names|all(?: the)?|any)\b.*\b(?:closed|closures?|closing|shut|shutting|shut down|lost|gone|were cut|cut)\b/;
/** "station closures?", "total closures since 2017?", "number of closures in 2018": the closures named as the question. */
const CLOSURES_ASKS_2 = /^(?:(?:the )?(?:total|overall|number of|count of|tally of)(?: (?:number|count) of)? )?(?:police )?(?:station |counter |front counter )?closures\b/;
/** "were there closures in east london", "have there been any closures", "did anything close in south london": what closed, asked as the past. */
const CLOSURES_ASKS_3 = pattern`\b(?:were|was|have|has|had) there (?:been )?(?:any |some |many |lots of |a lot of )?(?:police |station |front )?(?:counter |desk )?closures?\b|\bdid (?:any|anything|many|some|much)(?: (?:police|front|${ROUND_THE_CLOCK}|${DESKS}|ones|of them|counters|desks))* (?:close|shut)\b|\b(?:${DESKS}|front counters|front desks|ones|nicks)(?: (?:that|which))? (?:have |were |got )?(?:closed|shut)(?: down)? (?:this year|last year|recently|lately)\b|\b(?:has|have) (?:any|anything|anywhere|many|some)(?: (?:else|more|police|front|${DESKS}|ones|of them|counters|desks))* (?:been )?(?:closed|shut)\b(?!.*\b(?:near|nearby|around here|round here|local)\b)`;

function readClosures(t: string, now: DateTime, names: PlanNames, runs: TextRuns): ClosurePeriod | 'all' | undefined {
  // "what time does it shut" asks for hours, not a list of closures; so do "are they all shut by 7:30pm" and "any lunch closure?".
  if (runs.test(CLOSURES_HOURS_ASKED) || runs.test(SHUT_BY_A_CLOCK_TIME) || runs.test(BREAK_IN_THE_DAY)) return undefined;
  const asks =
    runs.test(CLOSURES_ASKS_1) ||
    runs.test(CLOSURES_IN) ||
    runs.test(CLOSED_COUNTERS) ||
    runs.test(WHICH_DID_CLOSE) ||
    runs.test(CLOSURES_ASKS_2) ||
    runs.test(CLOSURES_ASKS_3) ||
    runs.test(YEAR_OF_THE_MOST_CLOSURES) ||
    runs.test(WHAT_THEY_CLOSED);
  // "did the february closures actually happen?", "were the closures paused?": the closures themselves say whether
  // they went ahead (with the one report of a pause beside them), the latest round unless another is named.
  if (!asks && runs.test(WENT_AHEAD)) return readClosurePeriod(t, now, names) ?? names.latestRound(now.toISODate() ?? '');
  if (!asks) return undefined;
  return readClosurePeriod(t, now, names) ?? 'all';
}

// History's patterns (readHistory tries them in the order it lists them).
const HISTORY_OWN_MOVE = /\b(?:i|we|ive|weve|i have|we have|just|recently|i just|we just) (?:moved|relocated)\b/;
const HISTORY_TEMPORARY = /\b(?:ever (?:been )?(?:moved|relocated)|for a while|for a bit|for a time|for some time|for a period|for (?:a few|several|some|many|two|three|four|five) (?:years|months|weeks)|temporar(?:y|ily)|at one point|at some point|ever (?:been )?(?:closed|shut|close|closed down|shut down|close down)|moved (?:to|out)|move (?:to|out|temporarily|somewhere)|relocated|relocate|(?:move|moved)(?= ?$| (?:anywhere|elsewhere|somewhere|premises|sites?|buildings?|locations?|address(?:es)?|before|ever|at (?:some|one) point)\b)|rebuild|redevelopment|redeveloped|(?:was|been) (?:it |this |that )?(?:closed|shut)(?: down)? (?:before|previously|in the past)(?! (?:\d|noon|midday|midnight|lunch|opening|it|they|the|then|now))|how long (?:was|were) (?:it |they |\w+ |\w+ \w+ )?(?:police station )?(?:closed|shut)|came back|come back|open again|opened again|back open|reopen|reopens|reopened|reopening|re open|re opened|refurb|refurbished|refurbishment|renovation|renovations|rebuilt|rebuilding|building works|repairs)\b/;
const HISTORY_PAST = /\b(?:was|were|did|had|has|have|ever|used to|been|before|previously|in the past)\b/;
const WHEN_DECIDED = /\b(?:when|what date|which date|what month)\b.*\b(?:was|were|did they|did the met|has it been|had it been)\b.*\b(?:decided|announced|agreed|approved|confirmed|signed off)\b/;
/** Closures or counters in general, not one: "the closures", "the stations". */
const THE_CLOSURES = /\b(?:closures|cuts|stations|counters|desks|front counters|front desks|them)\b/;
// "when did soho lose its police station": the counter itself lost (not its 24 hours), asked when.
const WHEN_DID_IT_CLOSE = /\b(?:when|what year|what date|which year|how long ago|what month)\b.*\b(?:did|was|were|has|had)\b.*\b(?:close|closed|shut|closing|shutting|shut down|close down|closed down|(?:lose|lost) (?:its|their|the|our|her|his) (?:local )?(?:police station|police counter|front counter|front desk|counter|desk|nick|cop shop))\b/;
const WHEN_CLOSED = /\b(?:when|what year|what date|which year|how long ago|what month)\b.*\b(?:closed|shut)\b/;
const CLOSED_ON_A_DAY = /\b(?:is|are) (?:it |they )?(?:closed|shut) (?:on|at|today|tomorrow)/;
// "when does it shut (tonight)": "shut" after does/do is the present tense, the daily closing time, not a closure.
const WHEN_DOES_IT_SHUT = /\b(?:when|what time)\b.*\b(?:does|do)\b.*\bshut\b(?! down| for good| permanently| forever)/;
const DID_IT_CLOSE = /\bdid\b.*\b(?:close|shut)(?: down)?\b/;
/** "still open or did it close", "still there or has it shut": whether it is still open, asked with its other answer. */
const STILL_OPEN_OR_CLOSED = /\bstill (?:open|there|going|running|around)\b(?: \w+)?,? or (?:did|has|is|was) (?:it|they|\w+)(?: \w+)? (?:close|closed|shut|gone)\b/;
const USED_TO_BE = pattern`\b(?:what|how) (?:was|were) (?:\w+ ){1,4}?(?:like |look like )?(?:before|back then|originally)$|\b(?:history|what(?:ever)?(?:s| has)? happened (?:to|with)|what became of|whats the story (?:with|of|behind)|(?:it|its|they|${DESK}|that|which|this|there) used to|used to (?:be|open|have|close|shut|run|operate)|how old|originally|in the past(?! (?:(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|few|couple of) )?(?:years?|decade|months?|weeks?)\b)|previously|formerly|timeline|back in (?:19|20)\d\d)\b`;
const WAS_AT_A_PAST_TIME = /\b(?:was|were)\b.*\b(?:(?:in|back in|during|before) (?:19|20)\d\d|last year|years? ago|a few years back)\b/;
const WHAT_THE_HOURS_WERE = /\b(?:what|which) (?:hours|times|opening hours|days) (?:was|were|did)\b|\b(?:what|which) were (?:the |its |their )?(?:hours|opening hours|opening times|times)\b/;
const WHEN_DID_IT_CHANGE = /\bwhen (?:did|was|were)\b.*\b(?:become|became|start|started|stop|stopped|go|went|turn|turned|change|changed|switch|switched|begin|began)\b/;
const HOW_LONG_HAS_IT_BEEN = /\bhow long (?:has|have|had|was|were)\b.*\b(?:been|open|closed|shut)\b/;
const COURT_OR_CAMPAIGN = /\b(?:high court|court case|court ruling|judicial review|legal (?:challenge|action|case)|quashed|lawsuit|sued|campaign|petition)\b/;
const WHEN_DID_IT_OPEN = /\bwhen (?:did|was|were)\b.*\b(?:open|opened|built|founded|moved|reopen|reopened|established|start)\b/;

export function readHistory(runs: TextRuns): HistoryTopic | undefined {
  // "I moved to London from Manchester" is the resident's own move, not a station's.
  const ownMove = runs.test(HISTORY_OWN_MOVE);
  if (runs.test(HISTORY_TEMPORARY) && runs.test(HISTORY_PAST) && !ownMove) return 'temporary-closure';
  if (runs.test(WHEN_DID_IT_CLOSE)) return 'closure-date';
  // "when was that decided", "when was it announced": the closure's decision, told with the closure.
  if (runs.test(WHEN_DECIDED)) return 'closure-date';
  if (runs.test(WHEN_CLOSED) && !runs.test(CLOSED_ON_A_DAY) && !runs.test(WHEN_DOES_IT_SHUT)) return 'closure-date';
  // "what time did brixton close yesterday" asks that day's closing time, not when it closed for good. "is acton still
  // open or did it close" asks whether it is still open, the closing only the other answer.
  if (runs.test(DID_IT_CLOSE) && !runs.test(WHICH_DID_CLOSE) && !runs.test(CLOSURES_HOURS_ASKED) && !runs.test(STILL_OPEN_OR_CLOSED)) return 'closure-date';
  // "used to" about the station ("it used to be 24 hours"), not about the resident ("I used to go there").
  if (runs.test(USED_TO_BE)) return 'general';
  // "was it open in 2017?", "was it open last year?": a past time asked about is history.
  if (runs.test(WAS_AT_A_PAST_TIME)) return 'general';
  // What the hours were, and changes of hours: "what were the hours", "when did it become 24/7", "how long has it been 24 hours".
  if (runs.test(WHAT_THE_HOURS_WERE)) return 'general';
  if (runs.test(WHEN_DID_IT_CHANGE)) return 'general';
  if (runs.test(HOW_LONG_HAS_IT_BEEN)) return 'general';
  if (runs.test(COURT_OR_CAMPAIGN)) return 'general';
  if (runs.test(WHEN_DID_IT_OPEN)) return 'general';
  return undefined;
}

// The cues' patterns, compiled once (a pattern written inside a function is a new object each call).
const CUE_ROUND_THE_CLOCK = new RegExp(`${ALWAYS_OPEN_WORDS.source}|\\ball day and all night\\b`);
const CUE_NAMING = pattern`\bmy (?:nearest|closest|local)(?: police)? (?:${DESK}|front counter|front desk|nick|cop shop)? ?(?:is|was|used to be)\b`;
export const CUE_NEAREST = /\b(?:nearest|closest|nearby|near me|near here|near by|close to me|close by|closeby|near to me|my local|local|in my area|round here|around here|around me|near where i (?:am|live)|walking distance|nearer|closer|close to where)\b/;
/** "around teatime", "close to closing time", "near midnight": a time, not a place to be near. */
const A_TIME_NEXT = '(?! (?:\\d|noon|midday|midnight|lunch|lunchtime|teatime|tea time|tea|dinner|dinnertime|breakfast|half|quarter|ten|eleven|twelve|one|two|three|four|five|six|seven|eight|nine|opening|closing|then|that time|the same time|the morning|the afternoon|the evening|the weekend|now|today|tonight|tomorrow|(?:this|tomorrow) (?:morning|afternoon|evening))\\b)';
export const CUE_NEAR = pattern`\b(?:near|close to|next to|near to|around)\b${A_TIME_NEXT}|\bwhere (?:can|do|should|could|would) (?:i|we|you) (?:go|find|get)\b|\bfind (?:a|an|the|me a)? ?(?:police )?(?:${DESK}|front counter)\b|\bwhich (?:police )?(?:${DESK}) (?:should|do|would|can|could) (?:i|we) (?:use|go to|visit|go|report to)?\b|\b(?:covers|covering|serves|serving|responsible for)\b`;
const CUE_LOCATION_GIVEN = /\b(?:im|i am|were|we are|i live|we live|i m|living|staying|i work|im staying|located) (?:in|at|near|on|around|by)\b|\bmy (?:post ?code|address|location) is\b|^from\b|\bi live\b|^(?:live|living|staying|based) (?:in|at|near|by|around)\b/;
// "is the desk staffed on weekdays", "manned at the weekend": someone there is the counter open ("staffed by" whom is the counter's purpose).
const CUE_OPEN = /\bopen\b(?! ?source\b)|(?<!volunteer )\b(?:staffed|manned)\b(?! by\b)/;
const CUE_CLOSED_STATE = /\b(?:closed|shut)\b/;
/** "Hours" as opening hours, not as a while ("waiting for hours", "for two hours", "hours and hours", "hours on end"). */
const CUE_HOURS_WORDS = /\b(?:(?<!\bfor (?:(?:a few|a couple of|a couple|some|several|many|two|three|four|five|six|\d|1\d) )?|\bhours and )hours(?! (?:and hours|on end|later|ago))|opening|times|timetable|schedule|what time|how late|how early|until what time|till what time|until when|till when|open until|open till|open til|open late|opens? late|late opening|closing time|opening time|open from|closes? at|(?:what|which) days|days (?:is it|are they|of the week)|opens? early|open first thing|early (?:in the )?mornings?)\b/;
// "can you tell me when brixton opens", "do you know when ilford closes": asked inside another question, without "does".
const CUE_WHEN_DOES_IT_OPEN = pattern`\bwhen (?:does|do|can|would)\b.*\b(?:open|opens|${CLOSES})\b|\bwhen (?:\w+ ){1,4}?(?:opens|closes|shuts)\b`;
const CUE_WHEN_WILL_IT_OPEN = /\bwhen will\b.*\bopen\b/;
const CUE_WHEN_IS_IT_OPEN = /\bwhen (?:is|are)\b.*\b(?:open|opening)\b/;
/** The latest one can arrive: "what's the latest I can get to Peckham", "how late can I turn up". */
const CUE_CLOSING_TIME = pattern`\bwhat time\b.*\b(?:${CLOSES}|closing)\b|\bwhen (?:\w+ ){1,4}?(?:closes|shuts)\b|${LATEST_ARRIVAL.source}|\bwhen (?:does|do)\b.*\b(?:${CLOSES})\b|\bhow late\b|\b(?:until|till) (?:what time|when)\b|\bclosing time\b|\bcloses? at\b|\b(?:closes?|shuts?) before\b|\bopen (?:until|till|til)\b`;
const CUE_CLOSING_DOWN = /\bclos(?:e|ing) down\b/;
const CUE_OPENING_TIME = /\bwhat time\b.*\bopens?\b|\bwhen (?:\w+ ){1,4}?opens\b|\bwhen (?:does|do|will)\b.*\bopens?\b|\bhow early\b|\bopens? at what\b|\bopening time\b(?! ?s)|\bopens? early\b|\bearly (?:in the )?mornings?\b|\bfirst thing\b/;
/** "the earliest i can get to sutton": its opening time, asked as an arrival. */
const EARLIEST_ARRIVAL = /\bearliest (?:time )?(?:i|we|you|u|someone) (?:can|could) (?:get|go|turn up|show up|arrive|walk in|come|be|get in|visit)\b/;
const CUE_STATUS = /\b(?:still open|still there|still (?:a thing|about|in business|functioning|functional|active|up and running)|still be (?:there|around|open|here|going)|still around|(?:whats|what is|what s) (?:happening|going on|the plan|the future) (?:to|with|for)|happening to|plans? for (?:the )?(?:future of )?|still exists?|still running|still operating|still going|still working|still in use|still a police station|(?:losing|lose|loses) (?:its|their|the|our|my local) (?:own )?(?:police )?(?:front )?(?:counter|desk|station|police station)|still (?:a |an )?(?:working|functioning|functional|active|operating|operational|open|proper|real|public) (?:police )?(?:front )?(?:counter|desk|station|front desk)|still have|still has|still got|(?:has|have|got) (?:a |an |its |their )?(?:police )?(?:front )?(?:counter|desk|station|police station|front counter|front desk|nick) still|staying open|stay open|stays open|remains? open|remaining open|keep(?:ing)? (?:it )?open|kept open|closing down|close down|closed down|shut down|shutting down|shutting|shut for good|closing|closure|to close|to shut|being closed|being shut|going to close|gonna close|will (?:it |they )?(?:close|shut)|will \w+(?: \w+)?(?: police)?(?: station)? (?:close|shut)|will(?: \w+){2,10}? (?:close|shut)(?: down)?(?= (?:next|this) (?:year|month|spring|summer|autumn|winter)|(?: at all)?$| (?:in (?:\d{4}|twenty \w+|the (?:future|new year|coming (?:months|years)))|soon|for good|permanently|eventually|one day|at some point)\b)|under threat|threatened|at risk|saved|reprieved?|reopen(?:ed|ing|s)?|re open|future|scrapped|axed|sold off|being sold|demolished|any ?more|no longer|permanently|for good|is there still|gone|(?:going to|gonna|will|set to|due to|about to|to)(?: \w+){0,3}? lose (?:its|their|the|our|my) (?:only |last |local |one )?(?:police |front |local )?(?:station|counter|desk|nick|front counter|front desk|police station))\b|^(?:so |and |but )?(?:is|are|will) (?!(?:i|we|you|u)\b)(?:\w+ ){1,6}(?:staying|stay|surviving|survive)(?: put| around| there| or (?:going|closing))?$/;
const CUE_ADDRESS_WORDS = /\b(?:address|addresses|where (?:is|are|abouts)|(?:know|tell (?:me|us)|show (?:me|us)) where (?:the |a )?(?:\w+ ){1,5}?(?:police station|station|nick|counter|front counter|desk|front desk) (?:is|are)\b|(?<!\b(?:my|our|your|his|her|their|live|shared|sharing|share) )whereabouts|located|(?<!\b(?:my|our|your|his|her|their|live|shared|sharing|share) )location|directions|how (?:do|can|would|should) (?:i|we) (?:get to|get there|find(?! out)|reach)|how to (?:get to|get there|find(?! out)|reach)|(?<!(?:quicker|faster|easier|shorter|better) to |(?:how (?:early|late|soon)|by what time|(?:earliest|latest)(?: time)?) (?:can|could|should|do|may|must) (?:i|we|you) )(?<!(?:earliest|latest)(?: time)? (?:i|we|you) can )get to|way to|(?:direct|navigate|guide) (?:me|us) to|what road|which road|what street|which street|postcode (?:of|for)|(?:its|the|their) postcode|maps?|sat ?nav|route (?:to|there)|find it)\b/;
const CUE_WHERE_FIRST = /^where\b(?! (?:can|do|should|would|could|else|now|then))/;
const CUE_EXISTENTIAL = pattern`\b(?:is there (?:still )?(?:a|an|any|one)|are there still|are there(?: any)?|any (?:police )?(?:${DESK}|${DESKS}|front counters?)|which (?:police )?(?:${DESK}|${DESKS}|front counters?|ones?)|what (?:police )?(?:${DESKS}|front counters)|list (?:of )?(?:the )?(?:police )?(?:${DESKS})|(?:${DESKS}) (?:are |that are )?(?:open )?(?:in|within)|where (?:can|do|could|should) (?:i|you|we) (?:go|report)|do (?:they|you) have (?:a|any)|(?:does|do) \w+(?: \w+)? have (?:a|any) (?:police )?(?:${DESK})|(?:does|do|has|have) \w+(?: \w+)? (?:have|got) (?:a|any) police$)\b`;
const CUE_REPORT_CRIME_1 = /\breport (?:it |this |that |something |a crime )?(?:for|on behalf of) (?:me|us|him|her|them|my \w+)\b|\b(?:report(?:ing|ed)? (?:a|an|the|my|some|this|that|it|crime|theft|burglary|assault|fraud|scam|robbery|mugging|incident|someone|something|abuse|harassment|hate crime|domestic|stolen|lost|missing|damage|vandalism|car|bike|phone|anti social)|(?:want|need|like|how) to report|(?:do|make) a report (?:on|over|by) (?:the )?(?:phone|telephone|online|internet)|report (?:by|over the|on the) (?:phone|telephone)|how (?:do|can) i report|make a (?:report|complaint|statement)|(?:file|lodge|submit|make|do) (?:a |an )?(?:police|crime) report|give a statement|crime reference|crime ref|crime (?:number|no)|reference number|was (?:stolen|nicked|taken|broken into|vandalised|vandalized|damaged|smashed|keyed|scratched|burgled|robbed|mugged|attacked|assaulted|scammed|hacked)|were (?:stolen|nicked|taken|broken into|damaged)|(?:got|been|have been|has been) (?:stolen|nicked|broken into|burgled|vandalised|scammed|defrauded|hacked|damaged|keyed)|broken into|(?:nicked|pinched|swiped|knicked|nabbed) (?:my|our|his|her|their)|(?:smashed|slashed|keyed|scratched|kicked in|damaged|vandalised|vandalized|broke into|broken) (?:my|our|his|her|their)|burgled|burglary|stolen|stole|theft|thief|pickpocket(?:ed)?|shoplift(?:ing|er|ers)?|robbed|mugged|scammed|scam|fraud|defrauded|hit and run|vandal(?:ised|ized|ism)?|graffiti|harass(?:ed|ment|ing)|anti ?social|antisocial|asb|noisy|noise (?:nuisance|complaint)|nuisance neighbours?|lost (?:property|(?:my|a|an)(?! (?:local |nearest |only |last )?(?:police )?(?:station|stations|counter|counters|front counter|front counters|front desk|desk|nick)\b))|witness(?:ed)?|i was (?:attacked|assaulted|followed|threatened|hit)|been a victim|victim of|exposed (?:himself|herself|themselves)|flashed (?:me|us|at)|indecent(?:ly)? expos\w*|groped|sexual(?:ly)? (?:assaulted|harassed)|upskirt\w*|who (?:do|should|can|could) (?:i|we) (?:tell|inform|report (?:it |this |that )?to))\b/;
const CUE_ANONYMOUS = /\b(?:anonymous(?:ly)?|crime ?stoppers|without (?:giving|leaving|saying|telling|sharing) (?:them )?(?:my|a|your) name|without (?:being identified|revealing|them knowing|anyone knowing)|(?:dont|do not) want (?:to give|anyone to know) my name|not give my name|keep my name (?:out|secret|private)|secretly|confidential(?:ly)?|in secret)\b/;
const CUE_NEGATED_EMERGENCY = pattern`\b(?:${NEGATION}|is not)(?: (?:a|an|really|really an|an actual|urgent or an))? (?:emergency|emergencies|urgent)\b|\b(?:not|isnt|other than|apart from|besides|instead of|except) 999\b`;
const CUE_IN_CUSTODY = /\b(?:(?:been|was|got|were|being|is|are) (?:arrested|detained|remanded|taken into custody)|in custody|in a cell|locked up|custody (?:suite|centre))\b/;
const CUE_NON_EMERGENCY = /\b(?:101|non ?emergency|(?:who|what number|which number|what|how) (?:do|should|can|could|would) (?:i|we|you) (?:call|ring|phone|contact|text|email|reach|get in touch with)|(?:phone|telephone|contact|tel) (?:number|details|no)|(?:contact|reach|ring|phone|call|email|e mail|message) (?:the )?(?:police|met)|(?:police|met) (?:phone|contact|number|email)|number for (?:the )?(?:police|met)|get in touch with (?:the )?(?:police|met)|talk to (?:the )?police|speak to (?:the |a )?(?:police|officer|police officer)|online report(?:ing)?|report online|(?:whats|what is|give me|send me|got|have you got|is there) (?:the |a |your )?(?:met |met police |police |metropolitan police |their )?(?:website|web site|web address|url|link)(?: (?:for|of) (?:the )?(?:met|police|reporting))?$)\b/;
const CUE_EMERGENCY_WORD = /\b(?:emergency|emergencies|999|112|urgent(?:ly)?)\b/;
const CUE_ALTERNATIVES = pattern`\b(?:instead|alternative|alternatives|other options|my options|what options|where else|somewhere else|anywhere else|another (?:${DESK}|one|place)|other (?:${DESKS}|ones|places)|(?:any|some|an|one|what|which) ?other (?:${DESK}|one|place)|(?:a )?different (?:${DESK}|${DESKS}|one|place)|(?:next|second|2nd|third|3rd) (?:nearest|closest)|what else (?:is )?(?:near|nearby|close|around)|(?:what|anything|anywhere|where) else (?:is |s |would be |will be )?open|(?:any|which|what) others? (?:are |is )?open|what (?:can|should|do) i do (?:now|then|instead)|what now|so where|then where|where now|if (?:its|it is|they are|theyre) closed)\b`;
/** "why", "how come", "the reason": asked of a closure. */
const CUE_WHY_CLOSE = ASKS_REASONS;
// "report it at a desk near TW13": at a counter is in person.
const CUE_IN_PERSON = /\b(?:in person|face to face|walk in|drop in|visit|go in|go to|turn up|(?:report|reporting|hand|handing|show|do|sign)(?: it| this| that| them)? (?:at|to) (?:a|the|my local|any|your|one) (?:front |police )?(?:desk|counter|station))\b/;
const CUE_BOROUGH_WORD = /\b(?:borough|council)\b/;
/** Robbed by a referee or of a win, or a price called robbery: "we got robbed by var", "robbed of a pen", "daylight robbery". */
const ROBBED_AS_A_FIGURE =
  /\b(?:(?:got|get|getting|were|was|been|are|is|r) )?robbed (?:by (?:the |that |a )?(?:ref|refs|referee|referees|var|umpire|umpires|judges?|linesman|linesmen|lino|officials?|decision|panel|scoring)|of (?:a |the |an |our |their |his |her )?(?:penalty|pen|goal|win|point|points|victory|title|trophy|medal|place|spot|result|draw|clean sheet))\b|\bdaylight robbery\b|\b(?:absolute|total|complete|proper) robbery\b|\b(?:mugged|mugging|mug|mugs)(?: (?:me|us|him|her|them|you|u|yourself|myself))? off\b|\b(?:attacked|bitten|eaten alive|savaged|bit) by (?:(?:the|some|loads|lots|of|these|those|bloody|flipping|tiny|swarms|swarm) )*(?:mosquito(?:e?s)?|mozzies?|mossies|midges?|gnats?|flies|fleas?|bed ?bugs?|bugs|insects|ants|wasps?|bees|hornets?|nettles|seagulls?|gulls|pigeons|geese|spiders?)\b/;
const CUE_REPORT_CRIME_2 = /\bcomplain(?:t|ts|ing)? about (?:a |an |the )?(?:police|officer|policeman|policewoman|met)\b/;
const CUE_JOKE = /\b(?:joke|jokes|funny|make me laugh|riddle|pun|knock knock|sing|poem|story)\b/;
const CUE_FOLLOW_UP = /^(?:(?:and|also|plus|but|ok|okay|so|then|right|hmm|what|how)\s+)*(?:what|how) about\b|^(?:and|also|plus|or)\b|^(?:same|likewise)(?: for| with| question for| again)?\b|^what of\b|^for\b|^(?:ok|okay|right) (?:and|what|how)\b/;
const CUE_REFERENCE_WORDS =
  /\b(?:it|its|there|that one|this one|they|them|theirs|that station|this station|the same (?:one|station|place)|that place|same place|same one|that counter|this counter)\b|\b(?:is|does|was|will|isnt|doesnt|far is|where is|wheres|time does|when does|hours is|late is) that (?:still |open|closed|shut|roundtheclock|every|on|at|in|near|far|close|the nearest|the closest|tomorrow|today|tonight|now|24|till|until|til)/;
const CUE_THERE_AS_EXISTENCE = /\b(?:is|are|was|were|isnt|arent) there\b|\bthere (?:is|are|was|were|s)\b|\b(?:will|would|wont|could|might) there be\b|\bthere (?:will|would|wont|might|ll) be\b|\btherell be\b/g;
/** "It" that stands for nothing said before: "it made me wonder", "it got me thinking", "it seems", "it's a shame". */
const CUE_IT_AS_NOTHING =
  /\b(?:it|that|this) (?:has |s |just )?(?:made|makes|make|got|gets|get|set|sets) me (?:wonder|wondering|think|thinking|curious|ask|asking|question|questioning)\b|\bit (?:seems|seemed|looks|looked|sounds|sounded) (?:like|as if|as though)\b|\bit (?:occurred|occurs|struck|strikes) (?:to )?me\b|\b(?:it is|its|it s|it was) (?:a (?:shame|pity|joke|scandal|disgrace)|(?:so |really )?(?:weird|funny|strange|odd|annoying|ridiculous|crazy|mad|sad|worrying|scary|interesting|wild|mental))\b/g;
export const CUE_OTHER_SERVICE = /\b(?:fire|train|tube|railway|rail|bus|coach|petrol|underground|overground|dlr|tram|ambulance|space|radio|tv|power|charging) (?:station|stations)\b|\b(?:hospital|a and e|gp|doctor|dentist|pharmacy|chemist|post office|library|council tax|job ?centre)\b/;
export const CUE_OFF_TOPIC = /\b(?:weather|forecast|rain|raining|football|match|score|scores|recipe|recipes|cook|cooking|movie|movies|film|films|song|songs|lyrics|bitcoin|crypto|stocks?|shares|president|prime minister|capital of|homework|maths|poem|horoscope|lottery|dating|jobs?|careers?|hiring|recruit(?:ing|ment)?|vacanc(?:y|ies)|become a police (?:officer|constable)|join the (?:police|met)|dbs|criminal record check|firearms? licen[cs]e|shotgun licen[cs]e|complain(?:t|ts)? about (?:a |an |the )?(?:police|officer|policeman|policewoman|met)|girlfriend|boyfriend|restaurant|restaurants|pub|pubs|hotel|hotels|flights?|trains?|buses|tube|traffic|premier league|arsenal|chelsea fc|spurs|tottenham hotspur|west ham united|netflix|tv)\b/;
const CUE_ANY_DESK = pattern`\b(?:a|any|an|some) (?:police )?(?:${DESK}|front counter|front desk|police)\b`;
/** "nicks" as police stations only after a word that counts or picks them ("how many nicks", "any nicks"): else it is the verb ("he nicks bikes"). */
const CUE_PLURAL_DESKS = pattern`\b(?:${DESKS}|front counters)\b|\b(?:how many|any|all|which|what|more|fewer|most|local|police|the) nicks\b`;
export const CUE_DESK_WORDS = pattern`\b(?:${DESK_WORDS})\b`;
const CUE_ANYWHERE = /\b(?:anywhere|any where|somewhere|some where|any place|anyplace)\b|\b(?:whats|what is|what s) open\b/;
const CUE_DISTANCE = /\b(?:how far|how many (?:miles|km|kilometres|kilometers|minutes)|what(?:s| is) the distance|distance (?:to|from|between)|how long (?:to|does it take|will it take) to (?:get|walk|drive)|(?:is|isnt|isn't) (?:it|that|that one|this one|the station|[a-z]+(?: police)?(?: station)?) (?:very |too |that |really |so |a bit )?far\b(?! (?:more|less|better|worse)\b))\b/;

export function readCues(t: string, now: DateTime, names: PlanNames, runs: TextRuns = new TextRuns(t)): Cues {
  const roundTheClock = t.split(' ').includes(ROUND_THE_CLOCK) || runs.test(CUE_ROUND_THE_CLOCK);

  let nearest: Cues['nearest'];
  // "my local station is Chingford, is it still open?" names the station; it does not ask for the nearest.
  const naming = t.replace(globally(CUE_NAMING), ' ');
  if (CUE_NEAREST.test(naming))
    nearest = 'strong';
  else if (CUE_NEAR.test(naming))
    nearest = 'weak';

  const locationGiven = runs.test(CUE_LOCATION_GIVEN);

  const open = runs.test(CUE_OPEN);
  const closedState = runs.test(CUE_CLOSED_STATE);

  const hours =
    runs.test(CUE_HOURS_WORDS) ||
    runs.test(CUE_WHEN_DOES_IT_OPEN) ||
    runs.test(CUE_WHEN_WILL_IT_OPEN) ||
    runs.test(CUE_WHEN_IS_IT_OPEN) ||
    runs.test(LATEST_ARRIVAL) ||
    runs.test(EARLIEST_ARRIVAL);

  let focus: HoursFocus | undefined;
  // "does it close for lunch": a break in the day, not the closing time.
  if (runs.test(BREAK_IN_THE_DAY)) focus = 'break';
  // "are the hours different in the summer": the hours through the year, not a closing or opening time.
  else if (runs.test(HOURS_THROUGH_THE_YEAR)) focus = 'season';
  // "when does walworth open and close on sunday": both ends, so the day's hours whole (no one end to lead with).
  else if (runs.test(BOTH_ENDS_ASKED)) focus = undefined;
  else if (runs.test(CUE_CLOSING_TIME) && !runs.test(CUE_CLOSING_DOWN))
    focus = 'closing';
  else if (runs.test(CUE_OPENING_TIME) || runs.test(EARLIEST_ARRIVAL)) focus = 'opening';

  const status =
    runs.test(CUE_STATUS);

  // "what's the latest I can get to Peckham?": a closing time, not the way there.
  const address =
    (runs.test(CUE_ADDRESS_WORDS) && !runs.test(LATEST_ARRIVAL)) ||
    runs.test(CUE_WHERE_FIRST);

  const existential =
    runs.test(CUE_EXISTENTIAL);

  // "chelsea got robbed by the ref", "£9 a pint is daylight robbery", "mugged off by the landlord" (made a fool of),
  // "attacked by mosquitoes": robbery or attack as a figure of speech is no crime to report, unless a crime is told as well.
  // "make a complaint about my landlord": a complaint about someone else, no crime told by "make a complaint" alone.
  const reportCrime =
    (runs.test(CUE_REPORT_CRIME_1) || runs.test(A_THING_NICKED)) &&
    (!ROBBED_AS_A_FIGURE.test(t) || CUE_REPORT_CRIME_1.test(t.replace(new RegExp(ROBBED_AS_A_FIGURE.source, 'g'), ' '))) &&
    (!COMPLAINT_OF_ANOTHER.test(t) || CUE_REPORT_CRIME_1.test(t.replace(/\bmake a complaint\b/g, ' ')));

  const anonymous = runs.test(CUE_ANONYMOUS);

  const negatedEmergency = runs.test(CUE_NEGATED_EMERGENCY);
  // Someone arrested or held: the bot cannot know where, 101 can.
  const inCustody = runs.test(CUE_IN_CUSTODY);
  const nonEmergency =
    negatedEmergency ||
    inCustody ||
    runs.test(CUE_NON_EMERGENCY);
  const emergencyWord = !negatedEmergency && runs.test(CUE_EMERGENCY_WORD);

  const alternatives =
    runs.test(CUE_ALTERNATIVES);

  const plans = readPlans(t, names, runs);
  const whyClose = plans?.topic === 'why' && runs.test(CUE_WHY_CLOSE);

  return {
    nearest,
    locationGiven,
    roundTheClock,
    open,
    closedState,
    hours,
    focus,
    status,
    history: readHistory(runs),
    address,
    existential,
    // An item lost, told with a place ("lost my keys in croydon"): lost property, taken to the nearest counter.
    errand: runs.test(ERRAND) || runs.test(ITEM_LOST),
    inPerson: runs.test(CUE_IN_PERSON),
    // Not Borough the place, said by its station or market ("borough tube").
    boroughWord: runs.test(CUE_BOROUGH_WORD) && CUE_BOROUGH_WORD.test(t.replace(globally(BOROUGH_THE_PLACE), ' ')),
    alternatives,
    // A complaint about the police themselves is not a crime report (and not something StationDesk knows about).
    reportCrime: reportCrime && !runs.test(CUE_REPORT_CRIME_2),
    interpreter: readInterpreter(t, runs),
    anonymous,
    nonEmergency,
    emergencyWord,
    plans: plans?.topic,
    ...(plans?.planId ? { planId: plans.planId } : {}),
    whyClose,
    closures: readClosures(t, now, names, runs),
    joke: runs.test(CUE_JOKE),
    followUp: CUE_FOLLOW_UP.test(
      t.replace(ACKNOWLEDGED, ''),
    ),
    reference: CUE_REFERENCE_WORDS.test(
      t.replace(CUE_THERE_AS_EXISTENCE, ' ').replace(CUE_IT_AS_NOTHING, ' '),
    ),
    otherService: runs.test(CUE_OTHER_SERVICE),
    offTopic: runs.test(CUE_OFF_TOPIC),
    anyDesk: runs.test(CUE_ANY_DESK),
    pluralDesks: runs.test(CUE_PLURAL_DESKS),
    deskWords: runs.test(CUE_DESK_WORDS),
    anywhere: runs.test(CUE_ANYWHERE),
    facility: runs.test(FACILITY),
    yesNo: asksYesOrNo(runs),
    distance: runs.test(CUE_DISTANCE),
  };
}

function asksYesOrNo(runs: TextRuns): boolean {
  if (runs.test(QUESTION_WORD) || runs.test(NEGATED_QUESTION) || runs.test(ASKS_THE_TIMES) || runs.test(PAST_OPENING)) return false;
  return runs.test(YES_NO_VERB) || runs.test(ASKS_IF) || runs.test(ASKS_A_STATE);
}

/** Which desk a "nearest" question wants. `moment`: the question is about now (no other day named). */
export function deskOf(cues: Cues, moment: boolean): DeskKind {
  if (cues.roundTheClock) return '24/7';
  if (moment && cues.open) return 'open-now';
  return 'any';
}
