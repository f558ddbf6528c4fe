/**
 * The rules of understanding: an ordered table, read top to bottom, first
 * match wins. Each rule has a name, a condition over the message's `Reading`
 * (cues and patterns from the lexicon) and the `Question` it builds.
 * `npm run explain -- "<message>"` shows which rule fired and which later ones
 * also matched. To understand a new kind of question, add its words to the
 * lexicon and a rule at the stage where it belongs.
 *
 * The stages, in order (order matters: danger is checked before any station is
 * looked up, small talk before the place search, a named place question before
 * the conversation's follow-ups):
 *  1. nothing to read      empty, emoji, keyboard noise
 *  2. danger               harm now: 999 first, whatever else the message says (and, at the fallback,
 *                          a situation that may be danger: 999 first, said as a condition)
 *  3. small talk           too long, another language, "thanks", "bye"
 *  4. cannot do            "order me a cab", "call the police for me", "book me an appointment": declined first
 *  5. answers to the bot   "the second one", the rest of a postcode, "why do you need it?"
 *  5b. two questions in one "is Ealing closed and where's the nearest open one?": each half read on its own
 *  6. not for us           frustration, games with the bot's instructions, the time of day
 *  7. a list again         "which ones?", "and in 2017?" after a list of counters
 *  8. contact              interpreter, anonymous, 101, 999 (and 999 without speaking), errands, reporting a crime
 *  9. other services       fire stations, weather, football
 * 10. the network          plans, closures, what is left, 24-hour desks; "why?" of the counter discussed
 * 11. where to go          alternatives, history, nearest, distance, "anywhere open"
 * 12. follow-ups           "what about Lewisham?", "no, Walworth", the place the bot asked for
 * 13. place questions      counters of a borough, nearest desks, address, hours, open or closed
 * 14. fallback             a bare place, help, a joke, a greeting, a name we do not know, out of scope
 */
import { DateTime } from 'luxon';
import type { LocateResult } from '../stations/model';
import { londonInstant } from '../stations/hours/londonTime';
import { withoutNegated } from './conversationTurns';
import { orderPastTheList } from './counterReferredTo';
import { FOREIGN_DISTRESS, FOREIGN_HARM, POLICE_URGED_IN_ANOTHER_LANGUAGE, saysHarmInLettersNotEnglish } from './emergency';
import { borrowedDangerWordInAnotherLanguage, mostlyNotEnglish, sentenceInAnUnnamedLanguage } from './language';
import {
  AMONG_THOSE_LISTED,
  WHETHER_ANY,
  CLOSING_ASKED_DID,
  DAY_EDGE_COMPARED,
  WEEKDAYS_SAID,
  ASKS_WHAT_A_WORD_STANDS_FOR,
  policeTermAsked,
  ASKED_WHETHER_ONE_CAN_REPORT,
  TIME_UNTIL_IT_CHANGES,
  DAY_LENGTH_COMPARED,
  DESK, DESKS,
  ASKED_IN_THE_PAST, LATEST_ARRIVAL, EMAILS_A_STATION, AROUND_THE_CLOSURES, ASKS_A_STATIONS_NUMBER, ITS_NUMBER, JOINS_A_LIST_OF_PLACES, WHATS_OPEN, ANYTHING_OPEN, PAST_OPENING, ASKS_ABOUT_A_WAY, ASKS_WHICH_NUMBER, REPORTS_AT_A_COUNTER, CAN_GO_IN, AT_NIGHT_GOING, WHAT_WAS_OPEN,
  AN_EMERGENCY_NOW, ANOTHER_SERVICE_SOUGHT_NEAR, NEAREST_OTHER_SERVICE, SOMETHING_ELSE_SOUGHT, TIMETABLE, TRANSPORT_TIMES, ANOTHER_VENUE, A_VENUE_ASKED_OPEN, ASKS_MORE, ASKS_REPEAT, CONFUSED_BY_THE_ANSWER, ASKS_REASONS, ASKS_SOURCES, ASKS_THE_CLOCK, CLOCK_ELSEWHERE, NEAREST_PARKING_SOUGHT, NEED_TO_BRING, ASKED_IF_ALLOWED, SOMETHING_FOUND, MORE_THAN_KNOWN, BARE_WHY, WHEN_OF_THE_LISTED, WHY_THEY_MOVED,
  THE_LISTED_PICKED, ALL_OF_THE_LISTED_STILL_OPEN, ANOTHER_YEAR_ALONE,
  WHY_IT_MOVED, EVERY_COUNTER, THEM_ALL, WHAT_THEY_CLOSED, LATEST_REOPENING, BOROUGHS_WITHOUT, COMMON_WORDS, COUNT_ASKED, WHAT_HAPPENED, WHAT_IT_WAS_LIKE, LOST_ASKED, WHEN_LOST, WHY_KEPT,
  WHICH_SAVED, LATEST_CLOSURE, WAITING_FOR_THE_POLICE, POLICE_AT_AN_EVENT, ANY_OTHERS, ONE_MORE, REOPENED, WHICH_OR_ANY, REOPENING_TO_COME, ASKS_WHICH, DISPUTED, FRUSTRATED, GREETING, HELP, HOW_MANY, MENTIONS_A_PLAN, NEEDS_AN_APPOINTMENT, NEW_HOURS, PART_OF_LONDON, EVERY_BOROUGH, LEAVES_ONE_OUT, SINCE_WHEN, REFUSES_THE_ONE_GIVEN, TURNED_DOWN_BEFORE, TURNED_DOWN_AFTER, ON_THE_WAY_NOW, BOTH_ENDS_ASKED, NOT_ROUND_THE_CLOCK,
  WHEN_CHANGED, CLOSING_FOR_GOOD, WHAT_OR_ANY, NEARER_OR_FURTHER, FURTHER_ASKED, THAN, IS_IT_NEARER_ASKED, TO_A_PLACE, WHICH_ARE_OPEN, A_POLICE_MATTER, WHETHER_A_POLICE_MATTER, DESK_WORDS, EVERYDAY_MATTERS, OFFICE_MATTERS, LOST_PROPERTY_OFFICE, globally, PET_ASTRAY, NEIGHBOURS_NOISE, POLICE_BAIL,
  CLOSED_NOW, CLOSES_EVENT, CLOSES_VERB, CLOSING_WHEN, CLOSURE_AHEAD, HOURS_WORDS, INTENDED, REOPENING, NOT_AN_EMERGENCY, NOT_WHERE_ONE_IS, ANOTHER_OFFICE_NAMED, SAYS_WHERE_I_AM_ON, KIND_OF_PLACE_ENDING, ROAD_ENDING, PAST_TENSE, ALWAYS, ALWAYS_OPEN_WORDS, CAN_I_GET_THERE, NEVER_CLOSED_PAST, OPEN_THROUGHOUT, PART_OF_THE_WEEK, NEWS_ASKED, CLOSED_AS_A_STATE,
  SAYS_WHERE_I_AM, SAYS_WHAT_I_AM_NEXT_TO, pattern, PLAYS_WITH_INSTRUCTIONS, POLICE, PUSHBACK, REACHES_SOMEONE, SERVICE_TOPICS, HAPPENINGS, SILENT_TOPICS, type ServiceTopic, TOTAL_ASKED, COUNTER_TASKS, REPORTS_TO_THE_HOME_OFFICE, A_PLACE_LOST, YOU_AS_A_COUNTER, MAP_OR_DIRECTIONS, USES_THE_BOT, TO_REACH_THE_POLICE,
  TRAVEL_ASKED, JOURNEY_ASKED, SPOKEN_AT_A_COUNTER, FROM_A_STOP, QUIET_TIME_ASKED, ANOTHER_VENUE_NAMED, WHERE_ONCE_IT_CLOSES, WHAT_THEN, WHICH_OF_THEM_OPEN, WHEN_CLOSING_AHEAD, WHICH_LOST_24_HOURS, CLOSURES_TO_COME, ASKS_WHAT_THE_BOT_COVERS, ITEM_LOST, EMERGENCY_NAMED, PRIVACY_AS_A_MATTER_TO_REPORT, WHEN_WAS_THAT, WHERE_NOW, WHY_OF_THE_HOURS, WHERE_ALL_COUNTERS_ARE, WHEN_REOPENED, ASKS_THE_DATE,
  type CounterTask,
  lastMatchAt,
  lastEnd,
  VERSUS_NOW, ASKS_THE_REST, ASKS_FOR_MORE_OF_A_LIST, CHANGE_ASKED, HOURS_BECAME, NOW_ALONE, NOW_AGAINST_A_YEAR, CHANGED_SINCE_A_YEAR,
  MORE_OR_FEWER,
  FIRST_CLOSURE, FIRST_OR_LAST_CLOSED, A_YEAR_OR_MONTH_NAMED, ASKS_IF_AI, ASKS_IF_RIGHT, WHAT_IS_OPEN, SINCE_WHEN_OF_HOURS, NEAR_THE_PLACE_SAID, WHICH_TO_GO_TO, ASKS_IF_A_PERSON, ASKS_IF_A_BOT, A_COUNTER_AS_LOST, A_COUNTER_LOST_AHEAD, OWN_BOROUGH, ANOTHER_LOST, HAS_ONE, OWN_AREA, MORE_BACK_THEN, VAGUE_PAST, QUIETEST_ASKED, WAIT_COMPARED, CHANGES_AHEAD, NEXT_TO_CLOSE,
  KEPT_OPEN,
  SAVED_ASKED,
  CLOSURE_DATE_ASKED,
  MOVE_AHEAD,
  SOURCES_OF_A_COUNTER,
  A_COUNTER_BACK,
  MOST_IN_A_BOROUGH,
  EACH_BOROUGH,
  CLOSING_OR_LOSS,
  YEAR_OF_THE_MOST_CLOSURES,
  NOW_BESIDE_THE_PAST,
  THEN_AGAINST_NOW,
  THEN_AND_NOW,
  YEAR_AGAINST_YEAR,
  FIRST_OPENING_ASKED,
  THE_WHOLE_LOT,
  NOW_AGAINST_BEFORE,
  SHUT_BY_A_CLOCK_TIME,
  MORE_OR_FEWER_ASKED,
  THAN_THE_OTHER, VIOLENCE_NOUNS,
} from './lexicon';
import { readClosingAsked } from './closingAsked';
import { asksLesser, readRank } from './comparison';
import { ASKS_THE_BOTS_LANGUAGE, CUE_NEAR, CUE_NEAREST, CUE_OFF_TOPIC, CUE_OTHER_SERVICE, CUE_DESK_WORDS } from './cues';
import { isTextFrown, isTextSmiley } from './smallTalk';
import { dayBefore, ofYear, pastYearAgainstThisYear, secondPastYear } from './pastDate';
import { closuresBefore } from './planNames';
import { MONTHS, specialDayOn } from './when';
import { londonDate } from './londonDays';
import { partOfLondon, twoPartsOfLondon } from './partOfLondon';
import { asBorough, atSomeOccurrence, followedBy, notFoundMention, primaryMention } from './places';
import { VEHICLE_POUND } from './lexicon';
import type { CannotDoTask, ClosingAsked, CouncilMatter, ConversationContext, CostAsked, CountedArea, ClosurePeriod, DaysCompared, ListAsOf, PartOfLondon, PastAsked, PastFocus, PlaceMention, PlaceQuestion, Question, StatusYesNo, WhenAsked, YesNoAsked } from './question';
import { onlyOneOfTheName } from './placeOfTheSameName';
import { found, fromContext, isAreaMention, isMoment, mentionOf, type Reading } from './reading';
import { ROUND_THE_CLOCK } from './message';

export interface Rule {
  /** What the rule recognises, in a few words (shown by `npm run explain`). */
  name: string;
  when: (r: Reading) => boolean;
  build: (r: Reading) => Question;
  /** Completes the question the bot asked: returned as built, without the moment or the other counters read. */
  asBuilt?: boolean;
}

export interface Stage {
  name: string;
  rules: Rule[];
}

function rule(name: string, when: Rule['when'], build: Rule['build'], options: Pick<Rule, 'asBuilt'> = {}): Rule {
  return { name, when, build, ...options };
}

const nothingToRead = (r: Reading): boolean => r.words.length === 0;
const place = (r: Reading): boolean => r.mentions.length > 0;
const noPlace = (r: Reading): boolean => r.mentions.length === 0;
/** Thanks alone in the languages London speaks most, in their own letters or typed in Latin ones. */
const THANKS_IN_OTHER_LANGUAGES =
  /^(?:merci(?: beaucoup| bien)?|(?:muchas )?gracias|danke(?: schön| schon| sehr)?|vielen dank|grazie(?: mille)?|obrigad[oa](?: muito)?|muito obrigad[oa]|dzi[eę]kuj[eę](?: bardzo)?|dzi[eę]ki|spasibo|спасибо|shukran|شكرا|asante(?: sana)?|arigato|ありがとう|xie xie|谢谢|dank (?:je|u)(?: wel)?|tack|takk|kiitos|te[sş]ekk[uü]rler|te[sş]ekk[uü]r ederim|mul[tț]umesc|efcharisto|ευχαριστώ|dhanyavaad|धन्यवाद|shukriya|शुक्रिया|köszönöm|koszonom|d[eě]kuji|hvala|paldies|a[cč]i[uū]|aitäh|todah|תודה|faleminderit|mersi|blagodarya|благодаря|дякую|dyakuyu|kamsahamnida|감사합니다|cảm ơn|cam on|salamat|terima kasih|nandri|நன்றி|dhonnobad|ধন্যবাদ|meherbani|ngiyabonga|medaase|e se|daalu|mahadsanid)[\s!.]*$/u;

/** Written in another language: one recognised, or plainly not English ("Dikush po më ndjek me thikë", "gizon bat labana batekin atean dago"). */
const inAnotherLanguage = (r: Reading): boolean => r.foreignLanguage !== undefined || mostlyNotEnglish(r.message.original) || sentenceInAnUnnamedLanguage(r.message.original);

export const STAGES: readonly Stage[] = [
  {
    name: 'nothing to read',
    rules: [
      rule('an emoji that says something', (r) => nothingToRead(r) && r.emoji !== undefined, emojiQuestion),
      rule('a smiley typed as text', (r) => isTextSmiley(r.message.original), () => ({ intent: 'thanks' })),
      rule('a frown typed as text', (r) => isTextFrown(r.message.original), () => ({ intent: 'help' })),
      // "?" alone: after an answer, that answer put simply (below); first, what the bot can do.
      rule('only question marks', (r) => nothingToRead(r) && r.message.original.includes('?') && /^[\s?¿!.]+$/.test(r.message.original), (r) => (answeredBefore(r) ? { intent: 'more', topic: 'simpler' } : { intent: 'help' })),
      rule('no words', nothingToRead, (r) => ({ intent: 'out-of-scope', reason: r.message.hadContent ? 'nonsense' : 'empty' })),
    ],
  },
  {
    name: 'danger',
    rules: [
      rule('danger now', (r) => r.danger.now, emergency),
      // "socorro", "pomocy, on mnie bije", "au secours", "un bărbat cu un cuțit": a cry for help, or a word of harm
      // (a knife, a beating, a fire) in a message written in another language. 999 first, not "I only answer in
      // English": then how to get an interpreter on the 999 call, by the language's name when it is recognised.
      rule(
        'danger in another language',
        (r) =>
          FOREIGN_DISTRESS.test(r.message.original) ||
          (inAnotherLanguage(r) && FOREIGN_HARM.test(r.message.original)) ||
          saysHarmInLettersNotEnglish(r.message.original) ||
          borrowedDangerWordInAnotherLanguage(r.message.original),
        // The language by name when known; null when the message is plainly in another language the bot cannot name.
        (r) => ({ ...emergency(r), ...(inAnotherLanguage(r) ? { language: r.foreignLanguage?.language ?? null } : {}) }),
      ),
      // "Polizei, kemmts schnell", "policía, rápido": the police called for in another language, what is happening unsaid.
      rule('the police urged in another language', (r) => POLICE_URGED_IN_ANOTHER_LANGUAGE.test(r.message.original), (r) => ({
        intent: 'emergency',
        unsure: true,
        ...(inAnotherLanguage(r) ? { language: r.foreignLanguage?.language ?? null } : {}),
      })),
      // "are the police coming", "how long will the police take to get here": waiting for a call to be answered, perhaps
      // in danger. Unsure, so 999 leads as a condition.
      rule('waiting for the police to come', (r) => r.says(WAITING_FOR_THE_POLICE) && !r.says(POLICE_AT_AN_EVENT), () => ({ intent: 'emergency', unsure: true, waitingForPolice: true })),
      // "I'm scared and alone, where's the nearest police station?", "a car keeps slowing down next to me, he's pulled
      // over ahead": fear or menace told with a question about a counter or place. Unsure, so 999 leads as a condition
      // ("If you or anyone is in danger now, call 999"), then the answer asked for.
      rule(
        'a fear told, with a question about a counter or place',
        (r) => r.danger.feared && fearedQuestion(r) !== null,
        (r) => ({ intent: 'both', questions: [{ intent: 'emergency', unsure: true }, fearedQuestion(r)!] }),
        { asBuilt: true },
      ),
    ],
  },
  {
    name: 'small talk',
    rules: [
      rule('too long to be a question', (r) => r.message.tooLong, () => ({ intent: 'out-of-scope', reason: 'too-long' })),
      // "binge-watched a crime drama, it made me wonder: which counters are open all night?": the question after the
      // musing, read on its own (the story's words, "the cuts", "killing", cannot change it). Danger in the story was read above.
      rule('a question after a story\'s musing', (r) => !r.danger.situation && r.askedAfterMusing !== null, (r) => r.askedAfterMusing!, { asBuilt: true }),
      // "the chilli was so hot it was assault on my tongue, whats open 24h in london": a story of something else, then a
      // question about the counters, read on its own (the story's "it", crime or year cannot change it).
      rule('a question after a story of something else', (r) => !r.danger.situation && r.askedAfterStory !== null, (r) => todayOnTheWay(r, r.askedAfterStory!), { asBuilt: true }),
      // "horario de la comisaría de Lewisham", "gdzie jest najbliższy komisariat do N17 6HA": the place is understood
      // in any language, so what is known about it, then (briefly) that the bot answers in English and where to get help.
      rule('another language, naming a place', (r) => r.foreignLanguage !== undefined && !FOREIGN_DISTRESS.test(r.message.original) && placeInAnyLanguage(r) !== null, (r) => ({
        intent: 'both',
        questions: [placeInAnyLanguage(r)!, { intent: 'non-english', language: r.foreignLanguage!.language, alongside: true }],
      }), { asBuilt: true }),
      // "merci", "gracias", "danke schön", "spasibo" said alone (after an answer, most often): thanks, as in English.
      rule('thanks in another language', (r) => THANKS_IN_OTHER_LANGUAGES.test(r.message.original.trim().toLowerCase()), () => ({ intent: 'thanks' })),
      rule('another language', (r) => r.foreignLanguage !== undefined, (r) => ({ intent: 'non-english', language: r.foreignLanguage!.language })),
      // "what languages do you speak?", "can i ask in urdu?": the bot answers in English, and the police have interpreters.
      // Sign language asked of the bot ("do you do bsl") is an interpreter through 101, below, not the bot's English.
      rule('the bot\'s language asked about', (r) => r.says(ASKS_THE_BOTS_LANGUAGE) && !r.danger.situation && r.cues.interpreter?.language !== 'British Sign Language' && r.cues.interpreter?.language !== 'sign language', () => ({ intent: 'non-english', language: null, alongside: true })),
      // "pardon?", "can you repeat that" after an answer: that answer again (with nothing answered yet, what the bot can do).
      rule('the last answer again', (r) => r.says(ASKS_REPEAT) && noPlace(r), (r) => (r.ctx.lastIntent !== undefined ? { intent: 'more', topic: 'repeat' } : { intent: 'help' })),
      // "huh?", "wat", "what do u mean", "i dont get it" after an answer: that answer put simply, with what to ask next,
      // rather than the whole help text (which is what they get with nothing answered yet, as small talk below).
      rule('the last answer, put simply', (r) => r.says(CONFUSED_BY_THE_ANSWER) && noPlace(r) && answeredBefore(r), () => ({ intent: 'more', topic: 'simpler' })),
      // Not "what then?" after a closure ahead asked of a counter: where to go then (below).
      rule('small talk', (r) => r.smallTalk !== undefined && serviceTopic(r) === undefined && !whatThenAfterAClosure(r), smallTalkQuestion),
      // "do you cover kent", "do you know about other forces": what the bot can do (London's counters) answers it.
      rule('what the bot covers', (r) => r.says(ASKS_WHAT_THE_BOT_COVERS) && !r.danger.situation && !r.danger.now, () => ({ intent: 'help' })),
    ],
  },
  {
    name: 'cannot do',
    rules: [
      // "is there a hospital near brixton police station", "nearest a&e to lewisham police station", "cash machine near
      // ilford station": the other service sought, which the bot cannot find (first, before "a and e" is read as two
      // questions), then the counter named, only as where: its address. Its hours asked ("is the post office by walworth
      // open") are another venue's (the other services stage).
      rule('another service sought near a counter', (r) => (r.says(ANOTHER_SERVICE_SOUGHT_NEAR) || (r.says(NEAREST_OTHER_SERVICE) && !r.cues.deskWords)) && !(r.cues.open || r.cues.hours) && !r.danger.situation && !r.danger.now, (r) => {
        const station = primaryMention(r.mentions, 'station');
        return { intent: 'cannot-do', task: 'other-service', ...(station && found(station)?.stationId ? { place: station } : {}) };
      }),
      // "where is the lost property office", "tfl lost property": an office the bot does not know (the Tube's and buses' own),
      // said first, then that counters take lost property too.
      rule('a lost property office asked', (r) => r.says(LOST_PROPERTY_OFFICE) && !r.danger.situation && !r.danger.now && !r.namedStation, () => ({ intent: 'out-of-scope', reason: 'unrelated', matter: 'lost-property-office' })),
      // "can i get my car back from the pound at brixton police station", "is the car pound at walworth station": the pound
      // declined first (it is not a counter's), then the counter named, only as where it is (not its hours as the answer).
      rule('a vehicle to get back from the pound, at a counter named', (r) => r.says(VEHICLE_POUND) && !r.says(A_VEHICLE_STOLEN) && !r.danger.situation && !r.danger.now && r.cues.deskWords && found(primaryMention(r.mentions, 'station'))?.stationId !== undefined, (r) => {
        const station = primaryMention(r.mentions, 'station');
        return { intent: 'cannot-do', task: 'pound', ...(station && found(station)?.stationId ? { place: station } : {}) };
      }),
      // "can you email me the opening hours of brixton": declined first, then the question it carries answered.
      rule(
        'a request the bot cannot do, around a question',
        (r) => r.request !== undefined && !needsAnAppointment(r) && r.questionInRequest !== null,
        (r) => ({ intent: 'both', questions: [{ intent: 'cannot-do', task: r.request! }, r.questionInRequest!] }),
        { asBuilt: true },
      ),
      // "has anyone handed in my wallet", "sign me in for bail": declined, then what a counter does about it (the service answer).
      rule(
        'a request the bot cannot do, that a counter does',
        (r) => r.request !== undefined && COUNTER_DOES[r.request] !== undefined && !mayBeDangerUnsaid(r),
        (r) => ({ intent: 'both', questions: [{ intent: 'cannot-do', task: r.request! }, { intent: 'service', topic: COUNTER_DOES[r.request!]! }] }),
        { asBuilt: true },
      ),
      // "do I need to book an appointment?" asks whether one is needed (the service), not for one to be booked.
      // "do they do fingerprints?", "can i pay a fine at the police station": asked of a counter, what a counter does.
      // "text 999" alone names a way to reach 999 (asked about below), not a request that the bot text them.
      // "phone number for croydon police station": a station's own number or email asked, not a call made for the resident.
      rule('a request the bot cannot do', (r) => r.request !== undefined && !(r.request === 'pass-on' && (r.says(ASKS_A_STATIONS_NUMBER) || r.says(EMAILS_A_STATION)) && !r.says(FOR_THE_RESIDENT)) && !needsAnAppointment(r) && !askedOfACounter(r) && !mayBeDangerUnsaid(r) && !(r.danger.textOrRelay && A_ROUTE_NAMED_ALONE.test(r.text)), (r) => {
        const station = primaryMention(r.mentions, 'station');
        return { intent: 'cannot-do', task: r.request!, ...(station && found(station)?.stationId ? { place: station } : {}) };
      }),
    ],
  },
  {
    name: 'answers to the bot',
    rules: [
      rule('a candidate picked', (r) => r.candidatePicked !== null, (r) => r.candidatePicked!, { asBuilt: true }),
      rule('the rest of a postcode', (r) => r.postcodeCompleted !== null, (r) => r.postcodeCompleted!, { asBuilt: true }),
      rule('why the bot needs a place', (r) => r.ctx.pending !== undefined && noPlace(r) && r.says(PUSHBACK), (r) => ({ ...r.ctx.pending, place: null }) as PlaceQuestion),
      // The replies remember the last answer's details and sources, so these need no place.
      // With no answer yet, "what are your sources?" asks about the bot's sources in general (a question about the service).
      // "how do you know?", "sources?" with nothing answered yet: where the bot's facts come from in general.
      // "what's your source for stratford", "where does your info on stratford come from": that counter's sources first.
      rule(
        'the sources of a counter named',
        (r) => r.says(SOURCES_OF_A_COUNTER) && r.namedStation !== undefined && !r.danger.situation && !r.comparesDesks,
        (r) => ({ intent: 'status', place: r.namedStation!, sourcesAsked: true }),
        { asBuilt: true },
      ),
      rule('sources, before any answer', (r) => r.says(ASKS_SOURCES) && !answeredBefore(r), () => ({ intent: 'service', topic: 'bot-sources' })),
      rule('the sources of the last answer', (r) => r.says(ASKS_SOURCES) && !(r.ctx.lastIntent === undefined && ABOUT_THE_BOT.has(serviceTopic(r)!)), () => ({ intent: 'more', topic: 'sources' })),
      rule('more about the last answer', (r) => r.says(ASKS_MORE) && noPlace(r), () => ({ intent: 'more', topic: 'details' })),
      // "list them", then "the rest", "name the others", "which are the other 25": the details of that list, which name them.
      rule('the rest of the last list', (r) => r.says(ASKS_THE_REST) && noPlace(r) && r.ctx.lastIntent !== undefined && LISTS_SAID_IN_GROUPS.has(r.ctx.lastIntent), () => ({ intent: 'more', topic: 'details' })),
      // "which stations closed in 2026", then "any more?", "the one after that", "what about the others": that list named every
      // one, so there are no more (the list's own answer named them all: the closures of a time, the counters of a year, a borough's).
      // "the 3rd" after a list of two, "number 9" after eight: past the end of the counters just listed, so there are no more.
      rule('a place past the end of the list', (r) => !r.danger.situation && orderPastTheList(r.text, r.ctx), () => ({ intent: 'more', topic: 'no-more' })),
      rule('no more after a whole list', (r) => r.says(ASKS_FOR_MORE_OF_A_LIST) && noPlace(r) && !r.danger.situation && lastListNamedEveryOne(r.ctx, r.text), () => ({ intent: 'more', topic: 'no-more' })),
    ],
  },
  {
    name: 'two questions in one',
    rules: [
      // "which stations in croydon and sutton are open", "front counters in barnet, enfield and haringey": one list of the
      // counters of each borough named, not two questions split at "and".
      rule('the counters of several boroughs', (r) => boroughsListed(r) !== null, (r) => openList(r, boroughsListed(r)!)),
      // "when does walworth open and close on sunday": one question of both ends of the day, not two split at "and" (a yes
      // or no asked beside it, "is brixton open monday and what time does it open and close", is still two).
      rule('two questions in one', (r) => r.twoQuestions !== null && !bothEndsAskedAlone(r.text), (r) => ({ intent: 'both', questions: r.twoQuestions! }), { asBuilt: true }),
    ],
  },
  {
    name: 'not for us',
    rules: [
      // "wrong brixton", "not that one" after Brixton asked of by name, no other place of the name known: the bot knows
      // only that one, said with a question which they meant (before, Brixton's hours again, or "Sorry").
      rule('the one counter of a name turned down', (r) => !r.danger.situation && !r.danger.now && onlyOneOfTheName(r.text, r.ctx, r.finder) !== undefined, (r) => ({
        intent: 'place-only', place: fromContext(r.ctx.lastPlace)!, onlyOneOfTheName: true,
      })),
      // "how do I renew my passport", "when are the bins collected in croydon", "ive lost my dog": not a counter,
      // even with "where" or "nearest" in it (no postcode asked for), and not frustration with the bot.
      // Noise from neighbours, a pet lost, found or stray: the council's, said with the reply so the resident knows where to go.
      rule('an everyday matter, not a front counter', everydayMatter, (r) => {
        const matter = councilMatter(r);
        return matter ? { intent: 'out-of-scope', reason: 'unrelated', matter } : { intent: 'out-of-scope', reason: 'unrelated' };
      }),
      // "freedom of information request met police", "met press office number": the Met's offices that are not counters,
      // "police" or "met" in them being whose office (no counter named, nor open, hours or nearest asked).
      rule('the Met\'s other offices', (r) => metOfficeMatter(r) !== undefined, (r) => ({ intent: 'out-of-scope', reason: 'unrelated', matter: metOfficeMatter(r)! })),
      // With a question in it, the question wins.
      // "that's not right", "you're wrong, it's shut": said of the last answer, how fresh its facts are (the counter's, when it
      // was about one), not an apology for being a simple assistant.
      // "are you sure?", "is that right?" after an answer: yes, as far as the sources show (of the counter discussed, if any).
      rule('the last answer doubted', (r) => r.ctx.lastIntent !== undefined && r.says(ASKS_IF_RIGHT) && !r.danger.situation && noPlace(r), (r) => ({
        intent: 'service', topic: 'freshness', doubted: true, ...(r.discussedStation ? { place: r.discussedStation } : {}),
      })),
      // "is that checked", "when was that last verified" after an answer: when what it stood on was checked (the counter's, when
      // it was about one), not who checks the bot's facts in general.
      rule('the last answer\'s checking asked', (r) => r.says(ASKS_IF_CHECKED) && !r.danger.situation && noPlace(r), (r) => ({
        intent: 'service', topic: 'freshness', ...(r.discussedStation ? { place: r.discussedStation } : {}),
      })),
      rule('the last answer disputed', (r) => r.says(DISPUTED) && !r.danger.situation && noPlace(r) && r.words.length <= 14, (r) => ({
        intent: 'service', topic: 'freshness', disputed: true, ...(r.discussedStation ? { place: r.discussedStation } : {}),
      })),
      // "you're wrong about ilford", "your info on brixton is out of date", "lewisham isnt 24h anymore, thats wrong": the
      // facts of the one counter named disputed, read as of that counter (how fresh they are, then what they say).
      rule('a counter named, its facts disputed', (r) => !r.danger.situation && r.words.length <= 16 && r.when.when === undefined && disputedOfTheCounterNamed(r), (r) => ({
        intent: 'service', topic: 'freshness', disputed: true, place: r.namedStation!,
      })),
      rule('frustration', (r) => (r.says(FRUSTRATED) || r.says(RUBBISH_SAID_OF_THE_BOT)) && !r.danger.situation && noPlace(r) && r.words.length <= 8 && !r.cues.deskWords, () => ({ intent: 'out-of-scope', reason: 'rude' })),
      // "wat does pcso stand for", "whats a crn", "what does asb mean": letters the police go by, spelled out where the
      // data does, else said not known (never "report a crime" for ASB, nor the plain decline).
      rule('what police letters mean', (r) => policeTermAsked(r.text, r.says(ASKS_WHAT_A_WORD_STANDS_FOR)) !== undefined && !r.danger.situation && !r.danger.now, (r) => ({
        intent: 'service', topic: 'police-term', term: policeTermAsked(r.text, r.says(ASKS_WHAT_A_WORD_STANDS_FOR))!,
      })),
      // "what's bt short for", "what does the met stand for": a word's meaning, which the data does not define; not a place.
      rule('what a word stands for', (r) => r.says(ASKS_WHAT_A_WORD_STANDS_FOR) && !r.danger.situation && !r.danger.now, () => ({ intent: 'out-of-scope', reason: 'unrelated' })),
      rule('games with instructions', (r) => r.says(PLAYS_WITH_INSTRUCTIONS) && !r.cues.joke, () => ({ intent: 'out-of-scope', reason: 'unrelated' })),
      // "when is the best time to go", "what time is it least busy", "is it quieter in the morning": how busy a counter is
      // when, which the data does not hold (waiting times), not the clock nor its hours; the counter named or discussed, else any.
      rule(
        'the quietest time to go',
        // Not of somewhere else named ("the best time to visit the tower of london").
        (r) => r.says(QUIET_TIME_ASKED) && !r.danger.situation && r.cues.nearest !== 'strong' && (r.namedStation !== undefined || !r.says(ANOTHER_VENUE_NAMED)),
        (r) => {
          const counter = r.namedStation ?? (noPlace(r) ? r.discussedStation : undefined);
          return counter ? { intent: 'place-only', place: counter, about: 'facilities' } : { intent: 'service', topic: 'facilities' };
        },
      ),
      // "what time is it?", "whats todays date": the bot's own clock answers, London time, then what it is for.
      // "what time is it in new york": London's clock is all the bot keeps, said as such.
      rule('the time of day', (r) => r.says(ASKS_THE_CLOCK) && noPlace(r), (r) => ({
        intent: 'clock', asked: r.says(ASKS_THE_DATE) ? 'date' : 'time', ...(r.says(CLOCK_ELSEWHERE) ? { elsewhere: true as const } : {}),
      })),

    ],
  },
  {
    name: 'a list again',
    rules: [
      rule('a list asked again', (r) => r.listAskedAgain !== null, (r) => r.listAskedAgain!),
      // "how many stations did hackney have in 2017", then "and now?": the borough's count then against now.
      rule('now, after a borough then', (r) => r.says(NOW_ALONE) && noPlace(r) && boroughThen(r.ctx) !== undefined, (r) => ({ ...boroughThen(r.ctx)!, versusNow: {} })),
      // "how many stations did lambeth have in 2017", then "and in 2020?", "what about 2019" (not 20:20 today): the borough's
      // counters that year, as London's count is asked again of another year.
      // "how many counters are there now", then "and in 2017?", "what about 2020", "and before the closures?": London's count
      // then (against now, just asked), or before the closures (was: "Sorry, I can't help with that").
      rule(
        "a time gone by, after London's count now",
        (r) => r.ctx.lastIntent === 'plans' && r.ctx.lastList?.intent === 'plans' && noPlace(r) && !r.danger.situation && ((r.pastDate !== undefined && A_YEAR_ALONE.test(r.text)) || THE_CLOSURES_BEFORE_ALONE.test(r.text)),
        (r) => (r.pastDate !== undefined && A_YEAR_ALONE.test(r.text) ? { intent: 'list-24x7', asOf: r.pastDate, allCounters: 'counted', versusNow: {} } : countAroundTheClosures(r)),
      ),
      // "which closed in 2017" or "how many stations were there in 2017", then "and before that?": the closures before that
      // time, or the count the year before (was: "Sorry, I can't help with that").
      rule('"before that?" after a time gone by', (r) => beforeThat(r) !== undefined, (r) => beforeThat(r)!),
      rule('another year, after a borough then', (r) => !r.danger.situation && yearAloneAfterABoroughThen(r) !== undefined, (r) => yearAloneAfterABoroughThen(r)!),
      // "is stratford open 24 hours?" (no) -> "which ones are?": the 24-hour desks.
      rule('which are, after a 24-hour question', (r) => WHICH_ARE_THEY.test(r.text) && askedRoundTheClock(r.ctx.lastQuestion), () => ({ intent: 'list-24x7' })),
      // "is that one open 24/7?" (no) -> "what's the nearest that is?": the nearest desk that is what was asked of that one.
      rule('the nearest that is, after a yes or no', (r) => NEAREST_THAT_IS.test(r.text) && noPlace(r) && nearestThatIs(r) !== null, (r) => nearestThatIs(r)!),
    ],
  },
  {
    name: 'contact',
    rules: [
      // "im deaf can i use this", "i'm hard of hearing, does this work": the bot is a text chat, then how to reach the police
      // by text. Danger told ("im deaf and someone is breaking in"), or "it's an emergency": "Call 999 now" (the danger stage, below).
      rule(
        'the bot asked of, by a deaf or speech-impaired resident',
        // "whats relay uk and how do i use it": "it" is the route named, not the bot.
        (r) => r.danger.textOrRelay && !r.danger.silentCall && !r.danger.now && !r.danger.situation && r.says(USES_THE_BOT) && !r.says(AN_EMERGENCY_NOW) &&
          !(r.danger.namesA999Route && !USES_THE_BOT.test(r.text.replace(/\bit\b/g, 'that'))),
        // "can i use this to report a crime": the bot takes no reports, so how to reach the police by text leads instead.
        (r) => ({ ...emergency(r), askedAbout: true, ...(r.says(TO_REACH_THE_POLICE) ? {} : { usesTheBot: true as const }) }),
      ),
      // "what does 24/7 mean?", "what is a policing hub?", "were the closures challenged in court?": the service, never "which station?".
      // "which borough has more police stations, hackney or newham": two named are their counts set against each other (below).
      rule('a question about the service', (r) => serviceTopic(r) !== undefined && !claimChecked(r) && !(serviceTopic(r) === 'most-per-borough' && twoAreasCounted(r) !== undefined), (r) => {
        const topic = serviceTopic(r)!;
        // "which boroughs still have a counter": the boroughs with one first.
        const which = topic === 'most-per-borough' && r.says(WHICH_BOROUGHS_HAVE_ONE) ? { whichHave: true as const } : {};
        // "how many boroughs have 2 stations", "which boroughs still have more than one counter": the boroughs with that many.
        const perBorough = topic === 'most-per-borough' && !('whichHave' in which) ? countPerBoroughAsked(r) : undefined;
        // "which borough had the most stations in 2018": counted as of the time said, not today.
        const then = topic === 'most-per-borough' && r.pastDate !== undefined ? { asOf: r.pastDate } : {};
        // "which borough has the fewest stations": the boroughs at the bottom of the count (none first).
        const fewest = topic === 'most-per-borough' && r.says(FEWEST_PER_BOROUGH) ? { fewest: true as const } : {};
        // "is 101 free", "do i have to pay to report a crime": whose cost was asked.
        const costOf = topic === 'call-cost' ? costAsked(r.text) : undefined;
        const counted = { ...(perBorough ? { perBorough } : {}), ...then, ...fewest, ...(costOf ? { costOf } : {}) };
        // "the one that burned down": what happened, to find in the timeline's rows.
        const happened = topic === 'what-happened' ? HAPPENINGS.find((h) => r.says(h.asked))?.happened : undefined;
        if (happened) Object.assign(counted, { happened });
        // "were the closures challenged in court": the topic's own words do not name a counter ("court").
        const counter = r.namedStation && (found(r.namedStation)?.score ?? 0) >= 0.9 && !SERVICE_TOPICS.find((t) => t.topic === topic)!.words.test(r.namedStation.text.toLowerCase()) ? r.namedStation : undefined;
        // "is walworth busier than brixton": the two compared, not the busiest counter overall.
        const compared = topic === 'busiest' && (r.comparison?.stations.length ?? 0) >= 2 ? { compared: r.comparison!.stations } : {};
        // "which is the quietest counter": the quiet end first, not the busiest.
        const quietest = topic === 'busiest' && !('compared' in compared) && r.says(QUIETEST_ASKED) ? { quietest: true as const } : {};
        // "what did boris promise about police stations": the pledges of the plan's person, not every pledge on record.
        const plan = topic === 'pledge' && r.cues.planId !== undefined ? { planId: r.cues.planId } : {};
        // "is brixton open", then "was it sold": the counter discussed.
        const discussed = happened && !counter && r.says(IT_OR_THAT_ONE) && r.discussedStation !== undefined ? fromContext(r.discussedStation) : undefined;
        if (discussed) return { intent: 'service', topic, place: discussed, ...counted };
        return counter ? { intent: 'service', topic, place: counter, ...which, ...compared, ...quietest, ...plan, ...counted } : { intent: 'service', topic, ...which, ...compared, ...quietest, ...plan, ...counted };
      }),
      rule('an interpreter', (r) => r.cues.interpreter !== undefined, (r) => {
        const language = r.cues.interpreter?.language;
        // "what languages does the counter speak", "do they speak polish at the front desk": spoken at a counter, which the data does not say.
        const atACounter = r.says(SPOKEN_AT_A_COUNTER) ? { atACounter: true as const } : {};
        // "can u speak sign language", "do you do bsl": asked of the bot, which only types English, before the interpreter route.
        const ofTheBot = !('atACounter' in atACounter) && SIGN_LANGUAGE_OF_THE_BOT.test(r.text) ? { ofTheBot: true as const } : {};
        return language ? { intent: 'interpreter', language, ...atACounter, ...ofTheBot } : { intent: 'interpreter', ...atACounter, ...ofTheBot };
      }),
      rule('anonymously', (r) => r.cues.anonymous, () => ({ intent: 'anonymous-report' })),
      // "what is relay uk?", "im deaf how do i contact police": text 999 and Relay UK answer it, 999 in that first line.
      // Danger told, a situation, speaking unsafe, or "it's an emergency": the rule below, "Call 999 now" first.
      rule(
        'text 999 or Relay UK asked about',
        (r) => r.danger.textOrRelay && !r.danger.silentCall && !r.danger.now && !r.danger.situation && (r.says(ASKS_ABOUT_A_WAY) || A_ROUTE_NAMED_ALONE.test(r.text)) && !r.says(AN_EMERGENCY_NOW),
        (r) => ({ ...emergency(r), askedAbout: true }),
      ),
      // "999 or 101?", "what counts as an emergency", "when should i call 999": that answer, 999 in its first line.
      // Danger told ("someone's breaking in, 999 or 101?"), a situation, or "it's urgent": "Call 999 now" (below).
      rule(
        '999 or 101 asked about',
        (r) => r.says(ASKS_WHICH_NUMBER) && !r.danger.now && !r.danger.situation && !r.danger.silentCall && !r.danger.textOrRelay && !r.says(AN_EMERGENCY_NOW),
        (r) => ({ ...emergency(r), askedAbout: true }),
      ),
      // "can i ring the station directly", "phone number for brixton police station": the data holds no station's own number.
      rule('a station\'s own number', (r) => r.says(ASKS_A_STATIONS_NUMBER) && !r.cues.emergencyWord, () => ({ intent: 'non-emergency-contact', stationNumber: true })),
      // "whats their number", "have they got a phone number" after a counter was answered: that counter's own number.
      rule('the number of the counter just talked of', (r) => r.says(ITS_NUMBER) && r.discussedStation !== undefined && noPlace(r) && !r.cues.emergencyWord && !r.danger.situation, () => ({ intent: 'non-emergency-contact', stationNumber: true })),
      // "can i email the front desk at lewisham", "whats the email for brixton police station": no addresses in the data either.
      rule('a station\'s own email', (r) => r.says(EMAILS_A_STATION) && !r.cues.emergencyWord, () => ({ intent: 'non-emergency-contact', stationNumber: true, byEmail: true })),
      // "not urgent, who do I call" gets 101; "not urgent, nearest counter to N15" asks for the counter (a later rule).
      // "not urgent, is ilford open": said not to be an emergency, with a counter or place asked about: that question.
      rule('not an emergency, with a question about a counter or place', (r) => r.says(NOT_AN_EMERGENCY) && !r.danger.now && !r.danger.situation && (r.namedStation !== undefined || r.area !== null) && placeQuestionBesidesUrgency(r) !== null, (r) => placeQuestionBesidesUrgency(r)!, { asBuilt: true }),
      rule('not an emergency', (r) => r.cues.nonEmergency && !r.cues.emergencyWord && r.says(NOT_AN_EMERGENCY) && r.cues.nearest !== 'strong', () => ({ intent: 'non-emergency-contact' })),
      // "brixton open now pls its urgent": urgent, with no danger read and no emergency named, and a counter or place
      // asked about. When unsure, 999 leads ("If you or anyone is in danger now, call 999"), then the answer asked for.
      rule(
        'urgent, with a question about a counter or place',
        (r) => r.cues.emergencyWord && !r.says(EMERGENCY_NAMED) && !r.danger.now && !r.danger.situation && !r.danger.silentCall && !r.danger.textOrRelay && (r.namedStation !== undefined || r.area !== null) && placeQuestionBesidesUrgency(r) !== null,
        (r) => ({ intent: 'both', questions: [{ intent: 'emergency', unsure: true }, placeQuestionBesidesUrgency(r)!] }),
        { asBuilt: true },
      ),
      rule('an emergency named', (r) => r.cues.emergencyWord, emergency),
      // "I'm deaf, how do I contact the police?", "what is the silent solution?": 999 without speaking.
      rule(
        '999 without speaking',
        (r) => r.danger.namesA999Route || ((r.danger.silentCall || r.danger.textOrRelay) && (r.cues.nonEmergency || r.cues.deskWords || r.says(REACHES_SOMEONE))),
        emergency,
      ),
      // "can you walk into a police station at 3am", "can i go to a police station in the middle of the night": whether one
      // can go in then, with no place given: the counters open then (at night, the 24-hour ones), "Yes" first.
      rule('going in at a time, asked whether one can', canGoInThen, (r) =>
        r.when.when?.kind === 'instant' ? { ...(openList(r, undefined) as Extract<Question, { intent: 'open-list' }>), canGoIn: true } : { intent: 'list-24x7', canGoIn: true },
      ),
      // "brixton or lewisham for reporting a stolen bike", "should i go to ilford or romford to hand in a wallet": which of
      // the counters named to go to: which is open now (as "which is open, x or y" is answered), then what either takes.
      rule(
        'which of the counters named to go to',
        (r) =>
          (r.comparison?.stations.length ?? 0) >= 2 && r.comparison!.rank === undefined && (r.cues.reportCrime || r.cues.errand || r.says(WHICH_TO_GO_TO)) &&
          !r.cues.hours && !r.cues.address && !r.cues.status && !r.cues.nearest && !r.cues.locationGiven && r.when.when === undefined && !r.danger.now && !r.danger.situation,
        (r) => {
          const [first, ...others] = r.comparison!.stations;
          const errand = r.cues.reportCrime ? { errand: 'report-crime' as const } : r.cues.errand ? { errand: 'errand' as const } : {};
          return { intent: 'open-now', place: first, others, when: { kind: 'now' }, rank: 'open', ...errand };
        },
      ),
      // "I need to hand something in at croydon tomorrow about 7.45": an errand at a counter named, at a moment: is it open then.
      rule(
        'an errand at a counter named, at a time',
        (r) => r.cues.errand && r.namedStation !== undefined && (r.when.when?.kind === 'instant' || r.when.when?.kind === 'now') && !r.when.specialDay && !r.cues.nearest && !r.cues.address,
        (r) => hoursQuestion(r, true),
      ),
      // "can i produce my licence at brixton police station", "can i hand in a found wallet at lewisham police station":
      // an errand the data says people go to a counter for, at the counter named: yes, then whether it is open now.
      rule(
        'an errand at the counter named',
        (r) => r.namedStation !== undefined && errandAsked(r) !== undefined && (r.cues.yesNo || r.says(NEED_TO_BRING)) && !r.cues.hours && !r.cues.open && !r.cues.address && !r.cues.status && !r.cues.nearest && r.when.when === undefined && !r.danger.situation && !r.danger.now,
        // "do i need to bring proof of insurance to brixton": what counters are for, without a yes (no need is said).
        (r) => ({ intent: 'place-only', place: r.namedStation!, about: errandAsked(r)!, ...(r.says(ASKED_IF_ALLOWED) ? { askedIfAllowed: true as const } : {}) }),
      ),
      // Found property, handing oneself in, bail: done at a counter, so the nearest one (unless one is named).
      rule(
        'an errand done at a counter',
        ({ cues: c, stationMention }) => c.errand && !stationMention && !c.hours && !c.address && !c.status && !c.open,
        // "can i hand in a found wallet at brixton": a place named for its own station is that counter (whether it is open);
        // where the resident lives, or "where should she go", is where to go from (the nearest).
        (r) => {
          const at = r.mentions.length === 1 && namedForItsStation(r.mentions[0]) && !r.cues.nearest && !r.cues.locationGiven && !WHERE_TO.test(r.text) ? r.mentions[0] : undefined;
          const about = at ? errandAsked(r) : undefined;
          const allowed = about && r.says(ASKED_IF_ALLOWED) ? { askedIfAllowed: true as const } : {};
          return at ? { intent: 'place-only', place: at, ...(about && (r.cues.yesNo || r.says(NEED_TO_BRING)) ? { about, ...allowed } : {}) } : { intent: 'nearest', place: r.locationPlace, desk: r.desk };
        },
      ),
      // "my bike was stolen, I have the crime number, do I need to go to a front counter?": no, then 101 and online.
      rule(
        'whether one must go in, with a crime told',
        (r) => r.says(MUST_I_GO_IN) && (r.cues.reportCrime || r.says(REPORTING_WORDS)) && noPlace(r) && !r.namedStation && !r.cues.open && !r.cues.hours,
        () => ({ intent: 'report-crime', atACounter: 'needed' }),
      ),
      // "do i have to go in person", "can i do it online instead", said on their own or after a counter's answer: no (or yes,
      // online), then 101 and online, as the data says most reports are made. Not of bail, which the resident's own
      // conditions settle (the bail rules), nor after a task a counter does (lost property, documents), which the data does not say.
      rule(
        'whether one must go in, said on its own',
        (r) =>
          (r.says(MUST_I_GO_IN) || r.says(ONLINE_INSTEAD)) && noPlace(r) && !r.namedStation && !r.cues.open && !r.cues.hours && !r.cues.nearest &&
          !r.says(POLICE_BAIL) && !r.danger.situation && !r.danger.now && r.request === undefined && !AFTER_A_TASK.has(r.ctx.lastIntent ?? 'greeting'),
        (r) => ({ intent: 'report-crime', atACounter: r.says(MUST_I_GO_IN) ? 'needed' : 'online' }),
      ),
      // "can i report a crime at the front desk?", "can you report stuff in person?", and asked after what happened ("my
      // dog was stolen, can i report it at the front desk"): yes, then 101 and online.
      rule(
        'reporting at a counter, asked whether one can',
        (r) => (r.cues.yesNo || r.says(ASKED_WHETHER_ONE_CAN_REPORT)) && r.says(REPORTS_AT_A_COUNTER) && noPlace(r) && !r.namedStation && !r.cues.nearest && !r.cues.open && !r.cues.hours && !r.cues.status,
        () => ({ intent: 'report-crime', atACounter: true }),
      ),
      // "our house was burgled in march, all sorted, just for my records when did mitcham counter shut": a crime told
      // before a question about a counter named is the story; the question is the counter's.
      // A report already made, with a counter named ("my neighbour already reported it; where is Plumstead police station"): the counter's question.
      rule('reporting a crime', (r) => r.cues.reportCrime && !r.goesInPerson && !crimeToldBeforeACountersQuestion(r) && !reportMadeWithACounterNamed(r), () => ({ intent: 'report-crime' })),
      rule(
        'a number to call',
        // "how do i contact the council", "what number do i ring for the passport office": another body reached, not the
        // police (its own rule below says whose it is); "contact the police about noise" still names the police.
        (r) => r.cues.nonEmergency && !r.speaksFaceToFace && !r.reportsAtStation && !r.nearestToAPlace && !(!POLICE_NAMED.test(r.text) && everydayMatter(r)),
        () => ({ intent: 'non-emergency-contact' }),
      ),
      // "my landlord kept my deposit, is that a police thing", "is it a crime if ...": whether the police deal with it is
      // not in the data, so 101 (who can say) leads as the one to ask; a matter for the council keeps its own answer.
      rule(
        'whether a matter is for the police',
        (r) => r.says(WHETHER_A_POLICE_MATTER) && !r.danger.situation && !r.danger.now && r.danger.signs.length === 0 && r.namedStation === undefined && !everydayMatter(r),
        () => ({ intent: 'non-emergency-contact', whetherAPoliceMatter: true }),
      ),
    ],
  },
  {
    name: 'other services',
    rules: [
      // "is the british museum open", "what time does the tate modern close", "is the emirates open", "is the police
      // museum open": another kind of venue's hours, not a counter's. A counter asked of it ("nearest police station to
      // the emirates stadium", "is the desk by the museum open") is not this.
      rule('another kind of venue asked open', venueAskedOpen, () => ({ intent: 'out-of-scope', reason: 'another-venue' })),
      // Not a front counter asked of a place named by another service ("nearest front counter to kings college hospital").
      // A place named by its own station ("im near holland park tube station") says where the resident is: not this rule.
      // A counter named with a counter word ("is Kentish Town desk open") is asked about, whatever story of a library comes first.
      rule('another kind of station', (r) => r.cues.otherService && !r.says(POLICE) && !r.says(A_COUNTER_TO_A_PLACE) && !placeNamedByItsStation(r) && !counterNamedAsACounter(r) && !otherServiceOnlyInAPlacesName(r) && !otherServiceOnlyWhereFrom(r), (r) => officeOutOfScope(r)),
      // "is the post office by walworth open": another service's hours asked, by a counter (see the cannot-do stage).
      rule('another service asked open near a counter', (r) => r.says(ANOTHER_SERVICE_SOUGHT_NEAR) && !r.danger.situation && !r.danger.now, () => ({ intent: 'out-of-scope', reason: 'unrelated' })),
      // "the bus ran into traffic so im late, is brixton open?": the story is off topic, the question about a counter is not.
      // "this traffic is murder, is there a 24 hour police desk anywhere near Blackfen?": counters asked of a place the
      // data does not know is still a question about counters (the place is asked for), not another topic.
      // "things to do in kingston", "best schools in sutton", "whats on at wembley this weekend", "where to watch football in
      // hammersmith": something else sought in a place, not its counter.
      rule('something else sought in a place', (r) => r.says(SOMETHING_ELSE_SOUGHT) && !r.cues.deskWords && !r.danger.situation && !r.danger.now, () => ({ intent: 'out-of-scope', reason: 'unrelated' })),
      // "when is the next bus to brixton", "is the overground running to crystal palace", "is there a strike on the tube":
      // the times or running of public transport, not the counter at the place named.
      // Not a transport matter told first, then a counter asked of ("the train is delayed again lol is brixton open"):
      // the counter question after it is the one to answer.
      rule('public transport times or running', (r) => r.says(TRANSPORT_TIMES) && !r.cues.deskWords && !r.danger.situation && !r.danger.now && !counterAskedAfterTransport(r), () => ({ intent: 'out-of-scope', reason: 'unrelated' })),
      rule(
        'another topic',
        (r) =>
          r.cues.offTopic &&
          !r.danger.situation &&
          !r.danger.perilUnread &&
          !harmToldAsOver(r) &&
          (!r.cues.deskWords || (noPlace(r) && unknownPlace(r) === null)) &&
          !asksOfACounterNamed(r) &&
          !asksWhenCountersOpen(r) &&
          // "im near oval tube": where the resident is, said by its station.
          !placeNamedByItsStation(r) &&
          !asksOfCountersAfterAnAside(r) &&
          // "what buses go there" after a counter was answered: getting to it (the rule below).
          !gettingToTheCounterDiscussed(r) &&
          // "how far is it from the tube" after a counter was answered: the journey to it (where to go).
          !fromAStopToTheCounterDiscussed(r),
        () => ({ intent: 'out-of-scope', reason: 'unrelated' }),
      ),
    ],
  },
  {
    name: 'the network',
    rules: [
      // "and the nearest normal one?", "one that isnt 24 hours" after the nearest 24-hour desk: the nearest desk of any hours, from there.
      rule(
        'ordinary hours, after the nearest 24-hour desk',
        (r) => r.says(NOT_ROUND_THE_CLOCK) && r.mentions.length === 0 && r.ctx.lastQuestion?.intent === 'nearest' && r.ctx.lastQuestion.desk === '24/7' && r.ctx.lastQuestion.place !== null,
        (r) => ({ intent: 'nearest', place: r.ctx.lastQuestion!.place, desk: 'any' }),
      ),
      // "which closed more, 2017 or 2026", "did more stations close in 2025 than 2026", "compare closures in 2017 and
      // 2025": the closures of the two years counted, the larger first, not every closure between them.
      rule(
        'closures in two years compared',
        (r) => yearsCompared(r) !== undefined && (r.cues.closures !== undefined || r.says(CLOSED_IN_A_YEAR)) && !r.namedStation && noPlace(r) && !r.danger.situation,
        (r) => ({ intent: 'closures-list', byYear: 'each', compareYears: yearsCompared(r)!, ...(partOfLondon(r.text) ? { part: partOfLondon(r.text)! } : {}) }),
      ),
      // "what closed in 2017 and 2026", "which stations shut in 2018 and in 2020": each year's closures, not every closure
      // between them (two years next to each other, "2020 and 2021", stay one span).
      rule(
        'closures in two years named',
        (r) => yearsNamedTogether(r) !== undefined && (r.cues.closures !== undefined || r.says(CLOSED_IN_A_YEAR)) && !r.namedStation && noPlace(r) && !r.danger.situation,
        (r) => {
          const part = partOfLondon(r.text);
          const ofYear = (year: number): Question => ({ intent: 'closures-list', period: r.planNames.closedInYear(year), ...(part ? { part } : {}) });
          const [a, b] = yearsNamedTogether(r)!;
          return { intent: 'both', questions: [ofYear(a), ofYear(b)] };
        },
      ),
      // "are any stations open 24 hours apart from charing cross?", "which 24/7 desks are there besides lewisham": the others.
      rule(
        'the 24-hour desks, one left out',
        (r) => !r.danger.situation && r.cues.roundTheClock && r.says(LEAVES_ONE_OUT) && r.namedStation !== undefined && !r.cues.nearest && !r.cues.locationGiven && r.pastDate === undefined && !r.comparesDesks,
        (r) => ({ intent: 'list-24x7', except: r.namedStation!, ...(r.cues.yesNo ? { askedAny: true as const } : {}) }),
      ),
      // "are charing cross and lewisham the only 24 hour ones?", "is lewisham the only one open all night": the 24-hour
      // counters, all of them (the list says whether those named are all).
      rule(
        'the only 24-hour desks, asked of those named',
        (r) => !r.danger.situation && r.cues.roundTheClock && r.says(THE_ONLY_ONES) && r.pastDate === undefined && !r.cues.nearest && !r.cues.locationGiven,
        () => ({ intent: 'list-24x7' }),
      ),
      // "is lewisham 24 hours?", then "are there any others": the other counters open round the clock.
      rule(
        'other 24-hour desks, after one',
        (r) => r.says(ANY_OTHERS) && r.ctx.lastQuestion?.intent === 'hours' && r.ctx.lastQuestion.yesNo === 'round-the-clock' && found(r.ctx.lastPlace)?.stationId !== undefined,
        (r) => ({ intent: 'list-24x7', except: fromContext(r.ctx.lastPlace)!, askedAny: true }),
      ),
      // "was brixton one of them", "is harrow on that list" after a list of counters: whether it is among those listed,
      // yes or no first, then its status (not its hours alone, nor a closure date without the yes).
      rule(
        'a counter asked among those just listed',
        (r) => !r.danger.situation && r.says(AMONG_THOSE_LISTED) && r.namedStation !== undefined && found(r.namedStation) !== undefined && (r.ctx.namedCounters?.length ?? 0) >= 2 && !r.comparesDesks && !r.cues.nearest,
        (r) => ({ intent: 'status', place: r.namedStation!, amongListed: r.ctx.namedCounters!.some((m) => found(m)?.stationId === found(r.namedStation)?.stationId) }),
      ),
      // "is there any news on sutton police station closing?", "any updates on hammersmith": that counter's status and
      // any closure ahead of it, not the desks of its borough ("is there") nor the borough's closures.
      rule(
        'news of a counter named',
        (r) => !r.danger.situation && r.says(NEWS_ASKED) && r.namedStation !== undefined && !r.comparesDesks && !r.cues.nearest && !r.cues.hours && r.pastDate === undefined,
        (r) => ({ intent: 'status', place: r.namedStation!, ...newsYesNo(r) }),
      ),
      // "what was the first station to close", "when did the first counter close", "what was the earliest closure": the earliest
      // closure in the timeline (and what the sources cover), not today's closing times.
      // "the first police station to close in 2017", "the last counter to close in 2026", "which closed first in 2013": the
      // first or last closure dated within the period named, not the earliest of all, the plan, nor the latest round.
      rule('the first or last closure of a period', (r) => !r.danger.situation && r.closurePeriod !== undefined && firstOrLastClosed(r) !== undefined && !r.namedStation && noPlace(r), (r) => ({
        intent: 'closures-list', period: periodAsSaid(r), ...(firstOrLastClosed(r) === 'last' ? { last: true as const } : { first: true as const }),
      })),
      rule('the first closure', (r) => r.says(FIRST_CLOSURE) && r.says(PAST_OR_A_CLOSURE) && !r.namedStation && noPlace(r) && !r.danger.situation && r.when.when === undefined, () => ({
        intent: 'closures-list', first: true,
      })),
      // "which stations were kept open in 2017", "which survived the 2017 cuts", "which counters did they keep in 2017": the
      // counters the round of that period left open, not the counters open then nor the plan.
      rule('the counters a round kept', (r) => r.says(KEPT_OPEN) && r.closurePeriod !== undefined && !r.namedStation && noPlace(r) && !r.danger.situation && !r.says(WHICH_SAVED), (r) => ({
        intent: 'closures-list', kept: true, period: r.closurePeriod!,
      })),
      // "which of them are still open?", "are any of them still open", "how many of those are open now" after the counters a
      // round kept: those of them open now, named first (not a counter to ask about).
      rule(
        'the counters a round kept, still open',
        (r) => r.says(WHICH_OF_THEM_OPEN) && r.ctx.lastList?.intent === 'closures-list' && r.ctx.lastList.kept === true && noPlace(r) && !r.namedStation && !r.danger.situation,
        (r) => ({ ...(r.ctx.lastList as Extract<Question, { intent: 'closures-list' }>), stillOpen: true }),
      ),
      // "which of those are open now" after the counters that reopened: those of them open now, named first.
      rule(
        'the counters that reopened, still open',
        (r) => r.says(WHICH_OF_THEM_OPEN) && r.ctx.lastList?.intent === 'closures-list' && r.ctx.lastList.reopened !== undefined && noPlace(r) && !r.namedStation && !r.danger.situation,
        (r) => {
          const { whetherAsked: _whether, latestReopening: _latest, ...listed } = r.ctx.lastList as Extract<Question, { intent: 'closures-list' }>;
          return { ...listed, stillOpen: true };
        },
      ),
      // The same after closures of a period ("which stations closed in 2017", then "which of them are still open?"): those
      // of them that reopened, and which of those are open now. Not "which are still open" without them ("which ones shut
      // in 2017 and which are still open": the counters open now).
      rule(
        'closures of a period, any open again',
        (r) => {
          const listed = r.ctx.lastList;
          return r.says(WHICH_OF_THEM_OPEN) && r.cues.reference && listed?.intent === 'closures-list' && !listed.kept && listed.period !== undefined && !listed.reopened && !listed.saved && noPlace(r) && !r.namedStation && !r.danger.situation;
        },
        (r) => {
          const listed = r.ctx.lastList as Extract<Question, { intent: 'closures-list' }>;
          return { intent: 'closures-list', reopened: 'closed-in-period', period: listed.period!, ...(listed.part ? { part: listed.part } : {}) };
        },
      ),
      // "what was the last station to close", "when was the most recent closure": the latest round of closures begun.
      rule('the latest closures', (r) => r.says(LATEST_CLOSURE) && !asksWhichReopened(r) && !r.namedStation && noPlace(r) && !r.danger.situation && r.planNames.latestRound(londonDate(r.now)) !== undefined, (r) =>
        closuresQuestion(r.planNames.latestRound(londonDate(r.now))!),
      ),
      // "which counters close at 7 on weekends", "whats closing in the next hour", "which ones shut soon": across London,
      // from the hours in the data; a counter named asks about that counter, and "closing down" about the closures.
      // "did any stations move rather than close", "which counters moved", "have any police stations relocated": the closed
      // counters whose desk went to another, from the timeline (a counter named asks of that one: "did hammersmith move").
      // "when?", "when did they move", "what dates" right after the counters that moved: those moves, their dates leading
      // (not a counter's history, nor out of scope).
      rule(
        'when the counters just listed moved',
        // Also the plain closures of a time ("which closed in 2017", then "when?"): the dates of those listed, not out of scope.
        (r) => r.says(WHEN_OF_THE_LISTED) && r.ctx.lastList?.intent === 'closures-list' && (r.ctx.lastList.moved === true || plainClosuresListed(r.ctx)) && noPlace(r) && !r.namedStation && !r.danger.situation,
        (r) => {
          const { whetherAsked: _whether, ...listed } = r.ctx.lastList as Extract<Question, { intent: 'closures-list' }>;
          return { ...listed, datesAsked: true };
        },
      ),
      // "why?", "why did they move" right after the counters that moved: each move's own reason from its rows (a counter
      // standing in while another was refurbished, a fire), not the closure plans' reasons, which are not why a desk moved.
      rule(
        'why the counters just listed moved',
        // "why did it move": only when the list was of one move (none named together), so "it" is that one; after several,
        // "it" keeps meaning what it meant before.
        (r) => (r.says(BARE_WHY) || r.says(WHY_THEY_MOVED) || (r.says(WHY_IT_MOVED) && (r.ctx.namedCounters?.length ?? 0) < 2)) && r.ctx.lastList?.intent === 'closures-list' && r.ctx.lastList.moved === true && r.ctx.lastIntent === 'closures-list' && noPlace(r) && !r.namedStation && !r.danger.situation,
        (r) => {
          const { whetherAsked: _whether, datesAsked: _dates, ...listed } = r.ctx.lastList as Extract<Question, { intent: 'closures-list' }>;
          return { ...listed, whyAsked: true };
        },
      ),
      rule(
        'the counters that moved',
        (r) => r.says(MOVES_ACROSS_THE_NETWORK) && !r.namedStation && noPlace(r) && !r.danger.situation && (r.pastDate === undefined || r.closurePeriod !== undefined),
        // "which counters moved in 2020": the moves of that time (a year said is the calendar year, not its round of closures).
        (r) => {
          const period = r.closurePeriod;
          const years = r.text.match(/\b(?:19|20)\d\d\b/g) ?? [];
          // A time said ("in 2020", "in december 2017"), not one read from "just" ("did some of them just move").
          // "did any move", "have any relocated": yes or no leads; "which counters moved": the list itself.
          const whether = !r.says(WHICH_ONES_ASKED) && (r.cues.yesNo || r.says(WHETHER_ANY) || r.says(ASKED_YES_OR_NO)) ? { whetherAsked: true as const } : {};
          if (!period || (r.pastDate === undefined && years.length === 0)) return { intent: 'closures-list', moved: true, ...whether };
          const year = period.yearSaid ?? (years.length === 1 && !r.says(MONTH_NAMED) ? Number(years[0]) : undefined);
          return { intent: 'closures-list', moved: true, ...whether, period: year !== undefined ? { from: `${year}-01-01`, to: `${year}-12-31`, label: String(year) } : period };
        },
      ),
      rule(
        'which counters close at a time or soon',
        // A period of closures named ("which counters shut last february") is the closures then, not "close last"; a
        // special day named ("closing early on christmas eve") is that day's hours, which the data may not have.
        (r) =>
          !r.danger.situation && closingAsked(r) !== null && !r.namedStation && noPlace(r) && !r.cues.nearest && !r.cues.locationGiven && r.cues.plans === undefined && !r.says(CLOSING_FOR_GOOD) && r.pastDate === undefined &&
          (r.cues.closures === undefined || r.cues.closures === 'all') && !r.when.specialDay,
        // "list counters in east london", then "are any of them open late": that part's, not London's.
        (r) => {
          const listed = r.ctx.lastIntent === 'open-list' && r.ctx.lastList?.intent === 'open-list' && r.says(THE_LISTED_REFERRED_TO) ? r.ctx.lastList.part : undefined;
          const part = partOfLondon(r.text) ?? listed;
          return { intent: 'closing-list', asked: closingAsked(r)!, ...(part ? { part } : {}) };
        },
      ),
      // "why does ilford close at 10?": why it keeps its hours (the answer says what the sources give), not why it closed.
      rule('why a named station keeps its hours', (r) => r.says(WHY_OF_THE_HOURS) && r.namedStation !== undefined && !r.danger.situation, (r) => ({ intent: 'status', place: r.namedStation!, why: 'hours' })),
      // "why was wimbledon kept open", "why wasn't lewisham closed": the reason it was kept, from the timeline.
      // "why was it kept open?" after a counter: that counter.
      rule(
        'why a named station was kept',
        (r) => r.says(WHY_KEPT) && (r.namedStation !== undefined || (noPlace(r) && found(r.ctx.lastPlace)?.stationId !== undefined)) && !r.danger.situation && !r.comparesDesks,
        (r) => ({ intent: 'status', place: r.namedStation ?? r.stationPlace, whyKept: r.pastDate?.year ?? true }),
      ),
      // "was wimbledon saved?", "was dagenham spared from closure?": whether a planned closure of it was dropped or quashed,
      // yes or no first, then what it is now (not its state alone).
      rule(
        'whether a named station was saved',
        (r) => r.says(SAVED_ASKED) && !r.says(WHY_KEPT) && r.namedStation !== undefined && !r.danger.situation && !r.comparesDesks && !r.cues.nearest && !r.cues.hours,
        (r) => ({ intent: 'status', place: r.namedStation!, whyKept: r.pastDate?.year ?? true, savedAsked: true }),
      ),
      rule('why a named station closed', (r) => r.cues.whyClose && r.namedStation !== undefined, (r) => ({
        intent: 'status', place: r.namedStation!, why: true, ...(r.says(PAST_TENSE) ? { past: true as const } : {}),
      })),
      // "what did bromley lose in 2017", "which counters did lambeth lose last year": the borough's closures in that time,
      // its count first (a counter of the same name stays the borough's, as in "what did croydon lose").
      rule(
        'what a borough lost, in a time named',
        // "which closed in 2017 in croydon", "how many shut in lambeth in 2026": the same, asked as which closed there.
        (r) => (r.says(A_PLACE_LOST) || (asksClosures(r) && r.says(WHICH_OR_HOW_MANY) && !r.areaNamed)) && r.closurePeriod !== undefined && boroughOfArea(r) !== null && !r.danger.situation,
        // "which stations shut in lambeth in 2026": a year said alone is the calendar year, not its one round ("February 2026").
        (r) => ({ intent: 'closures-list', period: periodAsSaid(r), part: boroughAsPart(boroughOfArea(r)!) }),
      ),
      // "which has more counters, croydon or bromley", "are there more counters in south london or north london": the counts
      // of open counters now in the two areas set against each other (not either's list or hours).
      rule(
        'which of two areas has more counters',
        (r) =>
          // "how many stations does newham have compared to hackney": the counts set against each other too.
          !r.danger.situation && r.pastDate === undefined && (r.says(MORE_OR_FEWER_ASKED) || (r.says(COUNT_ASKED) && r.says(COUNTED_AGAINST))) && (r.cues.pluralDesks || r.cues.deskWords) && !r.cues.hours && !r.says(HOURS_WORDS) &&
          !r.cues.nearest && !r.cues.closures && !r.cues.whyClose && twoAreasCounted(r) !== undefined,
        // "does westminster have more police stations than camden": a yes or no of the first named having more (or fewer).
        (r) => {
          const claim = r.says(THAN_THE_OTHER) ? (/\b(?:fewer|less|least|fewest)\b/.test(MORE_OR_FEWER_ASKED.exec(r.text)?.[0] ?? '') ? 'first-fewer' : 'first-more') : undefined;
          const fewer = !claim && /\b(?:fewer|less|least|fewest)\b/.test(MORE_OR_FEWER_ASKED.exec(r.text)?.[0] ?? '');
          return {
            intent: 'counts-compared', areas: twoAreasCounted(r)!, ...(claim ? { claim } : {}), ...(fewer ? { fewer: true as const } : {}), ...(r.cues.roundTheClock ? { roundTheClock: true as const } : {}),
          };
        },
      ),
      // "how many counters in lambeth in 2017 compared to now", "whats left in hackney now versus 2017": the borough's
      // count then against its count now (as London's is answered), not what a plan of that year did, nor today's list.
      rule(
        'how many in a borough then, against now',
        (r) =>
          !r.danger.situation && ((r.pastDate !== undefined && (r.says(VERSUS_NOW) || r.says(MORE_BACK_THEN) || r.says(THEN_AND_NOW) || yearAgainstYear(r) !== undefined)) || pastYearAgainstThisYear(r.text, r.now) !== undefined) && boroughMentioned(r) !== null &&
          // A counter named after its borough ("croydon") is the borough's count when counters are asked in the plural.
          (!r.namedStation || r.cues.pluralDesks || r.cues.plans === 'how-many-left' || r.says(COUNT_ASKED)) && !r.cues.closures && !r.cues.whyClose && !r.cues.nearest && !r.cues.hours && !r.says(HOURS_WORDS) &&
          (r.cues.pluralDesks || r.cues.deskWords || r.cues.plans === 'how-many-left' || r.says(COUNT_ASKED) || r.says(WHAT_WAS_OPEN) || r.says(WHAT_IS_OPEN)),
        // "were there more police stations in lambeth in 2017 than 2019": two years gone by, each counted (not 2017 against now).
        (r) => {
          const other = !r.says(NOW_SAID) ? yearAgainstYear(r) ?? secondPastYear(r.text, r.now) : undefined;
          if (other) return { intent: 'borough-desks', place: asBorough(boroughMentioned(r)!), asOf: r.pastDate!, versusYear: other };
          // "in 2017 vs 2026" (this year): this year is now.
          return { intent: 'borough-desks', place: asBorough(boroughMentioned(r)!), asOf: pastYearAgainstThisYear(r.text, r.now) ?? r.pastDate!, versusNow: claimAgainstNow(r.text) };
        },
      ),
      // "how many stations in barnet then and now", "lewisham's police stations back then vs today", "were there more police
      // stations in lambeth back then": no date said, so then is the earliest the sources count every counter (the answer's).
      rule(
        'how many in a borough back then, against now',
        (r) =>
          !r.danger.situation && r.pastDate === undefined && (r.says(THEN_AND_NOW) || (r.says(MORE_BACK_THEN) && r.says(VAGUE_PAST))) && boroughMentioned(r) !== null &&
          (!r.namedStation || r.cues.pluralDesks || r.says(COUNT_ASKED)) && !r.cues.closures && !r.cues.whyClose && !r.cues.nearest && !r.cues.hours && !r.says(HOURS_WORDS) &&
          !r.cues.roundTheClock && (r.cues.pluralDesks || r.says(COUNT_ASKED)),
        (r) => ({ intent: 'borough-desks', place: asBorough(boroughMentioned(r)!), versusNow: claimAgainstNow(r.text) }),
      ),
      // "what did the 2017 strategy do to hounslow?": what that plan did to each counter of the borough, from the timeline.
      rule(
        'a plan, of one borough',
        (r) =>
          !r.danger.situation && r.cues.plans === 'plan' && r.cues.planId !== undefined && boroughMentioned(r) !== null &&
          (found(boroughMentioned(r))?.kind === 'borough' || r.says(TO_A_PLACE)) &&
          // "how many counters were there in westminster in 2018": a count of then, the plan read only from the year.
          (r.says(MENTIONS_A_PLAN) || !r.says(HOW_MANY)),
        (r) => ({ intent: 'borough-desks', place: asBorough(boroughMentioned(r)!), planId: r.cues.planId! }),
      ),
      // "which station in bexley used to be 24 hours?", "what was the 24/7 counter in ealing": the borough's 24-hour
      // counters as of the year said, else the day before the latest round of closures (when most were 24 hours).
      rule(
        'the 24-hour counters of a borough at a time gone by',
        (r) =>
          !r.danger.situation && r.cues.roundTheClock && r.says(ASKS_WHICH) && !r.says(HOW_MANY) && (r.pastDate !== undefined || r.says(PAST_TENSE)) && boroughAskedOf(r) !== null &&
          r.cues.deskWords && !r.cues.nearest && !r.cues.closures && !r.cues.whyClose && !r.says(NEW_HOURS) && !r.says(SINCE_WHEN),
        (r) => {
          const round = r.planNames.latestRound(r.now.setZone('Europe/London').toISODate() ?? '');
          const asOf = r.pastDate ?? (round ? dayBefore(round.from) : undefined);
          const place = asBorough(boroughAskedOf(r)!);
          return asOf ? { intent: 'borough-desks', place, desk: '24/7', asOf } : { intent: 'borough-desks', place, desk: '24/7' };
        },
      ),
      // "what was open in redbridge in 2016?", "which counters did croydon have in 2019?": the borough's counters as of then;
      // "how many stations did croydon have in 2017" too (the answer counts them first), counters in the plural asked.
      rule(
        'the counters of a borough at a time gone by',
        (r) =>
          !r.danger.situation && r.pastDate !== undefined && boroughMentioned(r) !== null && (r.cues.pluralDesks || r.says(ASKS_WHICH)) && (r.cues.deskWords || r.cues.pluralDesks || r.cues.open) &&
          !r.cues.hours && !r.says(HOURS_WORDS) && (!r.says(HOW_MANY) || r.cues.pluralDesks) && !r.cues.nearest && !r.cues.roundTheClock && !r.cues.closures && !r.cues.whyClose &&
          // "whats changed at bromley police station since 2022": the one counter's changes (a counter at a time gone by).
          !(r.says(CHANGE_ASKED) && !r.cues.pluralDesks),
        (r) => ({ intent: 'borough-desks', place: asBorough(boroughMentioned(r)!), asOf: r.pastDate! }),
      ),
      // "since when is lewisham 24/7?", "when did charing cross become 24 hour": when its hours began, from the timeline.
      rule(
        'when the hours of a counter named began',
        (r) =>
          !r.danger.situation && r.says(SINCE_WHEN) && !r.says(WHEN_CHANGED) && !r.says(HOURS_BECAME) && r.namedStation !== undefined && (r.cues.roundTheClock || r.cues.hours || r.cues.open || r.says(HOURS_WORDS)) &&
          !r.cues.nearest && !r.comparesDesks && r.pastDate === undefined && !r.cues.closures,
        (r) => ({ intent: 'past', place: r.namedStation!, asked: { kind: 'since', ...(r.cues.roundTheClock ? { roundTheClock: true as const } : {}) }, focus: 'hours' }),
      ),
      // "Was Bethnal Green open in summer 2021?", "what were its hours before it closed?": the counter as it was then.
      // "is brixton open now vs 2018", "how do ilford's hours now compare to 2019": now beside the period, both answered.
      // "is brixton open in 2027", "will walworth still be open next year", and after a counter "and in 2027?", "next
      // year?": whether a closure is planned by then (it was today's hours, or "Sorry, I can't help with that").
      rule('a counter in a year to come', (r) => counterInAYearToCome(r) !== undefined, (r) => {
        const { place, year } = counterInAYearToCome(r)!;
        const last = r.ctx.lastQuestion;
        // After "will brixton close in 2027?", "and 2028?" asks that again of the other year.
        const closing = !r.namedStation && last?.intent === 'status' && last.yesNo === 'closing';
        return closing ? { intent: 'status', place, yesNo: 'closing' } : { intent: 'status', place, yesNo: 'open', inYear: year };
      }),
      rule('a counter at a time gone by', asksAboutThePast, (r) => {
        const asked: PastAsked = everRoundTheClock(r) ? { kind: 'before-change', roundTheClock: true } : r.pastAsked!;
        return { intent: 'past', place: counterInThePast(r), asked, focus: pastFocus(r), ...(asked.kind === 'period' && r.says(NOW_BESIDE_THE_PAST) ? { andNow: true as const } : {}) };
      }),
      // "is stratford open 24 hours?" -> "when did that change?": when the hours just asked about last changed.
      rule(
        'when the hours just asked about changed',
        (r) => r.says(WHEN_CHANGED) && askedAboutHours(r.ctx.lastQuestion) && r.discussedStation !== undefined && noPlace(r) && !r.cues.closures && r.when.when === undefined,
        (r) => ({ intent: 'past', place: fromContext(r.discussedStation!), asked: { kind: 'before-change', when: true }, focus: 'hours' }),
      ),
      // "has hammersmith always been open?", "was it open the whole time?": whether it ever closed (Hammersmith closed
      // 2016-2020), not its hours; "always open 24 hours", "always open on sundays" stay questions of hours.
      rule(
        'always open, of a counter named',
        (r) =>
          (((r.says(ALWAYS) || r.says(OPEN_THROUGHOUT)) && r.cues.open && !r.cues.closedState) || r.says(NEVER_CLOSED_PAST)) && r.namedStation !== undefined && !r.cues.hours &&
          // "was it always open?" is round the clock by its words alone; "24/7", "24 hours" keep it a question of hours.
          (!r.cues.roundTheClock || (r.says(ALWAYS_OPEN_WORDS) && !r.words.includes(ROUND_THE_CLOCK))) &&
          r.when.when === undefined && !r.when.late && !r.says(PART_OF_THE_WEEK) && !r.cues.nearest && !r.comparesDesks,
        (r) => ({ intent: 'history', place: r.namedStation!, topic: 'temporary-closure', alwaysOpen: true }),
      ),
      // "was charing cross always 24 hours?", "has lewisham always been 24/7?": its hours before they last changed.
      rule(
        'always so, of a counter named',
        (r) => r.says(ALWAYS) && r.namedStation !== undefined && (r.cues.roundTheClock || r.cues.hours || r.cues.open) && !r.cues.nearest && !r.comparesDesks,
        (r) => ({ intent: 'past', place: r.namedStation!, asked: { kind: 'before-change' }, focus: 'hours' }),
      ),
      // "has walthamstow always been closed?": whether it was closed the day before it closed (No, it was open then).
      rule(
        'always closed, of a counter named',
        // "always", not "ever": "was hammersmith ever temporarily closed?" asks its history.
        (r) => r.words.includes('always') && r.namedStation !== undefined && r.cues.closedState && !r.cues.open && !r.cues.hours && !r.cues.nearest && !r.comparesDesks,
        (r) => ({ intent: 'past', place: r.namedStation!, asked: { kind: 'before-closure' }, focus: 'closed' }),
      ),
      // "what did croydon lose", "which stations did hackney close": the borough's closures, though "croydon" also names a counter.
      rule(
        'what a borough lost',
        (r) => r.says(A_PLACE_LOST) && boroughOfArea(r) !== null && !r.danger.situation && r.pastDate === undefined,
        (r) => ({ intent: 'borough-desks', place: boroughOfArea(r)!, closuresAsked: true }),
      ),
      // "did walthamstow have a front desk?", "was there a counter in twickenham before?": the counter the data has
      // there and its history, else what the borough has (or had) and where to go.
      // "the boxing at wembley was brutal, any police desk near there", "my nan lives in peckham, is there a station near
      // there": the nearest counter to the place just named, whatever tense the story before it is told in.
      rule(
        'a desk near the place just named',
        (r) =>
          place(r) && r.cues.deskWords && r.says(NEAR_THE_PLACE_SAID) && !r.cues.hours && !r.cues.address && !r.cues.status && !r.cues.open && !r.cues.closedState &&
          !r.comparesDesks && !r.danger.now && !r.danger.situation && r.pastDate === undefined,
        (r) => ({ intent: 'nearest', place: r.locationPlace, desk: r.desk }),
      ),
      rule(
        'a counter in a place, in the past',
        (r) =>
          r.says(PAST_TENSE) && place(r) && (r.cues.anyDesk || r.cues.existential) && r.cues.deskWords && !r.cues.hours && !r.cues.open && !r.cues.closedState && !r.cues.status && !r.cues.inPerson &&
          r.cues.nearest !== 'strong' && !r.cues.roundTheClock && !r.cues.address && !r.comparesDesks && r.pastDate === undefined,
        // "did any stations close in lambeth?": the borough's closures first.
        (r) => (r.namedStation ? { intent: 'history', place: r.namedStation, topic: 'general' } : { intent: 'borough-desks', place: r.boroughPlace, ...(r.says(CLOSES_VERB) ? { closuresAsked: true as const } : { pastAsked: true as const }) }),
      ),
      // "which stations used to be 24 hour?", "how many used to be open 24/7", "which ones were 24 hours": the 24-hour counters
      // as of the day before the latest round of closures (counted when asked how many; the list gives its count first).
      rule(
        'the 24-hour list before the latest round',
        (r) => r.cues.roundTheClock && (r.cues.pluralDesks || r.says(HOW_MANY) || r.says(THE_ONES) || r.says(WHICH_WERE)) && r.says(PAST_TENSE) && noPlace(r) && !r.namedStation && r.pastDate === undefined && !r.cues.closures && !r.cues.whyClose && !r.cues.nearest && !r.says(NEW_HOURS),
        (r) => {
          const round = r.planNames.latestRound(r.now.setZone('Europe/London').toISODate() ?? '');
          return round ? { intent: 'list-24x7', asOf: dayBefore(round.from) } : { intent: 'list-24x7' };
        },
      ),
      // "what happened on 3 March 2026?", "what changed in 2017?": what the timeline holds for that day or year.
      rule(
        'what happened then',
        (r) => r.says(WHAT_HAPPENED) && r.pastAsked?.kind === 'period' && !r.namedStation && noPlace(r) && !r.cues.whyClose,
        (r) => {
          const { from, to, label } = (r.pastAsked as Extract<PastAsked, { kind: 'period' }>).period;
          return { intent: 'closures-list', period: { from, to, label }, happened: true };
        },
      ),
      // "what's left in camden now vs before": what is left there and what closed.
      rule('what is left in an area', (r) => r.cues.plans === 'how-many-left' && r.area !== null && !r.stationMention, (r) => ({
        intent: 'borough-desks', place: asBorough(r.area!), ...(r.says(NOW_AGAINST_BEFORE) ? { closuresAsked: true as const } : {}),
      })),
      // "how many counters were there before the closures?", "how many were 24/7 before the cuts?": counted as of the day
      // before the round named (else the latest begun), the date said; "after the closures": as of today.
      // "were there more police stations in 2017 than now?", "how many counters now compared to 2017": the count then, the
      // count now, and the yes or no asked (not which station, nor the count then alone).
      rule(
        'how many then, against now',
        (r) =>
          !r.danger.situation && ((r.pastDate !== undefined && (r.says(VERSUS_NOW) || r.says(MORE_BACK_THEN) || r.says(NOW_AGAINST_A_YEAR) || r.says(CHANGED_SINCE_A_YEAR) || r.says(THEN_AND_NOW) || yearAgainstYear(r) !== undefined)) || pastYearAgainstThisYear(r.text, r.now) !== undefined) && noPlace(r) && !r.namedStation && !r.cues.closures && !r.cues.whyClose &&
          !r.cues.nearest && (r.cues.pluralDesks || r.cues.deskWords || r.says(COUNT_ASKED) || r.says(WHAT_WAS_OPEN) || r.says(WHAT_IS_OPEN)),
        // "how many 24 hour counters were there in 2019 compared to now": the 24-hour ones, then and now.
        (r) => {
          const part = partOfLondon(r.text);
          // "were there more stations in 2018 than 2024": two years gone by, each counted (not the first against now); "more 24
          // hour stations in 2019 than 2024?": the 24-hour ones of each year.
          const other = !part && !r.says(NOW_SAID) ? secondPastYear(r.text, r.now) : undefined;
          if (other) return { intent: 'list-24x7', asOf: r.pastDate, ...(r.cues.roundTheClock ? {} : { allCounters: 'counted' as const }), versusYear: other };
          // "in 2017 vs 2026" (this year): this year is now, so the year gone by against now.
          return { intent: 'list-24x7', asOf: pastYearAgainstThisYear(r.text, r.now) ?? r.pastDate, ...(r.cues.roundTheClock ? {} : { allCounters: 'counted' as const }), versusNow: claimAgainstNow(r.text), ...(part ? { part } : {}) };
        },
      ),
      // "were there more police stations back then", "there used to be loads more right": no date said, so then is the
      // earliest the sources count every counter (the answer's), against now.
      rule(
        'more then than now, no date said',
        (r) =>
          // "stations then and now", "how many police stations were there back then vs today": the same, no more or fewer asked.
          !r.danger.situation && r.pastDate === undefined && ((r.says(MORE_BACK_THEN) && r.says(VAGUE_PAST)) || r.says(THEN_AND_NOW)) && noPlace(r) && !r.namedStation && !r.cues.nearest &&
          (r.cues.pluralDesks || r.cues.deskWords),
        (r) => ({ intent: 'list-24x7', ...(r.cues.roundTheClock ? {} : { allCounters: 'counted' as const }), versusNow: claimAgainstNow(r.text) }),
      ),
      // "which counters were open in 2019 in south london", "how many police stations did east london have in 2020": the
      // counters of that part as of then (the 24-hour ones when asked), not London's.
      rule(
        'the counters of a part of London at a time gone by',
        (r) =>
          !r.danger.situation && r.pastDate !== undefined && partOfLondon(r.text) !== undefined && noPlace(r) && !r.namedStation && (r.cues.pluralDesks || r.cues.deskWords) &&
          !r.cues.closures && !r.cues.whyClose && r.cues.nearest !== 'strong' && !r.cues.locationGiven && !r.cues.hours && !r.says(HOURS_WORDS) && !r.says(MENTIONS_A_PLAN),
        (r) => {
          const part = partOfLondon(r.text)!;
          if (r.cues.roundTheClock) return { intent: 'list-24x7', asOf: r.pastDate, part };
          return { intent: 'list-24x7', asOf: r.pastDate, allCounters: countOrStateAsked(r) ? 'counted' : 'listed', part };
        },
      ),
      rule('how many before or after the closures', (r) => countOrStateAsked(r) && r.says(AROUND_THE_CLOSURES) && noPlace(r) && !r.namedStation && (r.pastDate === undefined || String(r.pastDate.year) === r.closurePeriod?.from.slice(0, 4)) && !r.cues.whyClose, countAroundTheClosures),
      // "how many 24 hour stations are there?": the 24-hour desks, counted first.
      rule('how many 24-hour desks', (r) => r.cues.roundTheClock && r.says(HOW_MANY) && noPlace(r) && r.pastDate === undefined && !r.cues.closures, () => ({ intent: 'list-24x7' })),
      // "how many front counters did london have in 2020?", "how many were open before march 2026": every counter open then, counted.
      rule(
        'how many counters there were then',
        (r) =>
          countOrStateAsked(r) && r.pastDate !== undefined && noPlace(r) && !r.namedStation && !r.cues.roundTheClock && !r.cues.closures && !r.cues.whyClose &&
          (r.cues.pluralDesks || r.cues.deskWords || r.cues.open || r.cues.history !== undefined || r.says(TOTAL_ASKED)),
        // "how many stations in 2017 vs 2019", "how many counters in 2017 and 2020": the other year's count set beside it.
        (r) => {
          const other = r.says(COMPARES_YEARS) || yearsNamedTogether(r) !== undefined ? secondPastYear(r.text, r.now) : undefined;
          return { intent: 'list-24x7', asOf: r.pastDate, allCounters: 'counted', ...(other ? { versusYear: other } : {}) };
        },
      ),
      // "which stations were open in 2017?": every counter open then, listed.
      rule(
        'which counters were open then',
        // "what was open in 2017": no counter named, so every one.
        (r) => (r.says(ASKS_WHICH) || r.says(WHAT_WAS_OPEN)) && r.cues.open && (r.cues.pluralDesks || r.says(WHAT_WAS_OPEN)) && r.pastDate !== undefined && noPlace(r) && !r.namedStation && !r.cues.roundTheClock && !r.cues.closures,
        (r) => ({ intent: 'list-24x7', asOf: r.pastDate, allCounters: 'listed' }),
      ),
      // "whats open on sunday" (London's list), then "and in 2019?", "what about 2017", "2015?": London's counters open
      // then (was "Sorry, I can't help with that"). A part's list keeps its own answer: the list then is London's only.
      rule(
        'a year gone by for the list just given',
        (r) =>
          r.ctx.lastIntent === 'open-list' && r.ctx.lastList?.intent === 'open-list' && r.ctx.lastList.part === undefined && r.pastDate !== undefined &&
          A_YEAR_ALONE.test(r.text) && noPlace(r) && !r.danger.situation,
        (r) => ({ intent: 'list-24x7', asOf: r.pastDate, allCounters: 'listed' }),
      ),
      // "what police stations are left in east london", "which are still open in south east london": that part's counters.
      rule(
        'what is left in a part of London',
        (r) => r.cues.plans === 'how-many-left' && partOfLondon(r.text) !== undefined && noPlace(r) && !r.cues.nearest && !r.cues.locationGiven && r.pastDate === undefined,
        openList,
      ),
      // "how many police stations are open on sunday", "how many are open at 9pm": those open then, counted first.
      rule(
        'how many are open then',
        (r) => r.cues.plans === 'how-many-left' && r.when.when !== undefined && r.when.when.kind !== 'week' && r.when.when.kind !== 'now' && noPlace(r) && !r.cues.nearest && r.pastDate === undefined && !r.when.specialDay,
        openList,
      ),
      // "which stations remain open 24/7", "any 24 hour counters left?": the 24-hour desks, named.
      rule(
        'the 24-hour desks left',
        (r) => r.cues.roundTheClock && r.cues.plans === 'how-many-left' && noPlace(r) && !r.namedStation && r.pastDate === undefined && !r.cues.nearest && !r.cues.locationGiven,
        () => ({ intent: 'list-24x7' }),
      ),
      // "which stations were saved in 2025", "which counters escaped the cuts": closures dropped or quashed, from the timeline.
      rule('counters saved from closure', (r) => r.says(WHICH_SAVED) && !r.namedStation && noPlace(r) && !r.danger.situation, (r) => {
        const period = r.closurePeriod;
        return { intent: 'closures-list', saved: true, ...(period ? { period } : {}) };
      }),
      rule('what is left', (r) => r.cues.plans === 'how-many-left', () => ({ intent: 'plans', topic: 'how-many-left' })),
      // "which boroughs have no counter now?", "which areas have no counter": the boroughs with none, and where their residents go.
      // "is there a police counter in every borough?", "does each borough still have a front desk?": no (or yes) first, the boroughs with none.
      // "which borough lost the most stations", "how many police stations closed in each borough": the closures on record
      // counted by borough (from when the sources cover every counter), not the boroughs with none now.
      rule(
        'closures counted by borough',
        (r) =>
          (r.says(MOST_IN_A_BOROUGH) || (r.says(EACH_BOROUGH) && r.says(COUNT_OR_CLOSURES)) || lostByEachBorough(r)) && r.says(CLOSING_OR_LOSS) && !r.namedStation && noPlace(r) && !r.danger.situation &&
          // "which borough lost the most stations in 2017", "closures by borough in 2026": counted within the time said.
          // A plan read from the time said ("feb 2026": the 2025 review) is that time's closures, not a question about the plan.
          ((r.pastDate === undefined && r.closurePeriod === undefined && !r.cues.plans) || (r.closurePeriod !== undefined && r.says(MOST_IN_A_BOROUGH) && (!r.cues.plans || r.cues.plans === 'plan'))),
        (r) => ({ intent: 'closures-list', byBorough: r.says(MOST_IN_A_BOROUGH) ? 'most' : 'each', ...(r.closurePeriod !== undefined ? { period: r.says(MONTH_NAMED) ? r.closurePeriod : periodAsSaid(r) } : {}) }),
      ),
      rule(
        'a counter in every borough',
        (r) => !r.danger.situation && r.says(EVERY_BOROUGH) && (r.cues.deskWords || r.cues.pluralDesks || r.cues.anyDesk || r.says(HAS_ONE)) && !r.namedStation && noPlace(r) && !r.cues.roundTheClock && r.pastDate === undefined,
        () => ({ intent: 'service', topic: 'no-counter', everyBorough: true }),
      ),
      // "is newham going to lose another counter", "will havering lose its police station", "is walthamstow losing its
      // front desk": the closures ahead of that borough's counters (the place's borough), not the nearest desk nor the
      // boroughs with none now. One's own borough, none named or given: London's closures ahead, which answer it.
      rule('a borough losing a counter ahead', (r) => !r.danger.situation && r.pastDate === undefined && r.says(A_COUNTER_AS_LOST) && r.says(A_COUNTER_LOST_AHEAD) && boroughLosing(r) !== undefined, (r) => {
        const borough = boroughLosing(r)!;
        return borough === 'london' ? { intent: 'plans', topic: 'ahead' } : { intent: 'plans', topic: 'ahead', part: { label: borough, directions: [], boroughs: [borough] } };
      }),
      // "which boroughs lost their police station in 2017", "which lost their last counter and when": a loss asked in
      // time, answered from the timeline; otherwise the boroughs with none now.
      rule('boroughs without a counter', (r) => r.says(BOROUGHS_WITHOUT) && !r.namedStation, (r) => {
        const lost = lossAskedInTime(r);
        return { intent: 'service', topic: 'no-counter', ...(lost ? { lastCounterLost: lost } : {}) };
      }),
      // "any closures in south london", "were there closures in east london": what closed there (and any planned, said
      // beside), unless words of the future ask only what is ahead ("any more closures planned in south london").
      rule(
        'closures in a part of London, any time',
        (r) => r.cues.closures !== undefined && partOfLondon(r.text) !== undefined && r.when.when === undefined && !r.says(CLOSURES_TO_COME) && !r.namedStation && noPlace(r) && !r.danger.situation,
        // "which year saw the most closures in south london": counted by year there too.
        (r) => {
          const question = closuresQuestion(r.cues.closures!);
          return question.intent === 'closures-list' ? closuresAsAsked(r, { ...question, ...(!question.period ? byYearAsked(r) : {}), part: partOfLondon(r.text)! }) : question;
        },
      ),
      // "when did the counters close?": counters in general, none named or discussed: the closures on record.
      rule(
        'when the counters closed',
        // "what year saw the most shut": the most, of counters in general.
        (r) => r.cues.history === 'closure-date' && (r.cues.pluralDesks || r.says(ANYTHING_AT_ALL) || r.says(MOST_IN_A_YEAR)) && noPlace(r) && !r.namedStation && !r.cues.reference && !r.cues.plans,
        // "did any police stations close in 2019", "did anything shut in 2021": the closures of that time.
        // "did any police station close this year", "did any close in the past 12 months": the closures of that period.
        // "did any round the clock nicks shut in 2026": only those open 24 hours a day until they closed.
        (r) => {
          const question: Question =
            r.cues.closures !== undefined && r.cues.closures !== 'all'
              ? countedOverItsYears(closuresQuestion(r.cues.closures), r)
              : r.closurePeriod !== undefined
                ? countedOverItsYears({ intent: 'closures-list', period: r.closurePeriod }, r)
                : { intent: 'closures-list', ...byYearAsked(r) };
          return question.intent === 'closures-list' ? closuresAsAsked(r, question) : question;
        },
      ),
      // "are any more closing?", "which stations are proposed to close?": the closures still ahead, not those gone by.
      // "which stations reopened?", "did any counters come back?": the closures that ended, in a part or a period when named.
      rule('counters that reopened', asksWhichReopened, (r) => {
        // "did any of them reopen?" after a list of closures: of that list's part of London and period.
        const listed = (r.cues.reference || r.cues.followUp || r.says(THOSE_LISTED)) && r.ctx.lastList?.intent === 'closures-list' ? r.ctx.lastList : undefined;
        const part = partOfLondon(r.text) ?? listed?.part;
        // "which counters reopened after covid", "since lockdown": the reopenings of that time gone by, said as taken.
        const past = r.pastAsked?.kind === 'period' ? r.pastAsked.period : undefined;
        const pastPeriod = past ? { from: past.from, to: past.to, label: past.taken ? `${past.label} (${past.taken})` : past.label } : undefined;
        // "did any of them reopen" after a list of closures: of those closed in that list's period, whatever it was (a round
        // of closures too: "what closed in 2026", then "and what reopened?").
        const ofTheList = r.closurePeriod === undefined && listed?.period !== undefined && !listed.kept ? listed.period : undefined;
        const period = ofTheList ? { from: ofTheList.from, to: ofTheList.to, label: ofTheList.label } : (reopeningPeriod(r.closurePeriod) ?? pastPeriod);
        // "did any reopen after closing in 2017": the year is the closing's, not the reopening's; so is the period of a
        // list of closures asked after ("which closed in 2017", then "did any of them reopen").
        const reopened = period && (r.says(CLOSED_IN_A_PERIOD) || ofTheList !== undefined) ? 'closed-in-period' : true;
        // "which station reopened most recently", "what was the last one to reopen": the latest reopening leads.
        const latest = r.says(LATEST_ONE) ? { latestReopening: true as const } : {};
        // "did any station reopen", "has any counter reopened": whether any did, so yes or no leads the list.
        const whether = !r.says(LATEST_ONE) && (r.cues.yesNo || r.cues.anyDesk || r.says(WHETHER_ANY)) ? { whetherAsked: true as const } : {};
        return { intent: 'closures-list', reopened, ...latest, ...whether, ...(period ? { period } : {}), ...(part ? { part } : {}) };
      }),
      // "any more closures planned in south london": the closures ahead of that part, not of all London; "which will shut in
      // 2028": those of that year.
      // Not a time gone by ("any closures in 2019?", "any closures this year": the closures then, below).
      rule('closures ahead', (r) => r.cues.plans === 'ahead' && !r.namedStation && noPlace(r) && !closuresOfATimeBegunAsked(r), (r) => {
        const part = partOfLondon(r.text);
        const year = yearAhead(r);
        return { intent: 'plans', topic: 'ahead', ...(part ? { part } : {}), ...(year ? { inYear: year } : {}) };
      }),
      // "what will close in 2027", "whats closing in 2028", "anything shutting 2027?": a year to come, with no counter named,
      // asks what the plans hold for it (not which counter's status, waiting for its name).
      rule(
        'closures in a year to come',
        (r) => yearAhead(r) !== undefined && r.says(CLOSING_WORDS) && !r.cues.plans && !r.namedStation && noPlace(r) && !r.danger.situation && !r.says(REOPEN_WORDS),
        (r) => {
          const part = partOfLondon(r.text);
          return { intent: 'plans', topic: 'ahead', inYear: yearAhead(r)!, ...(part ? { part } : {}) };
        },
      ),
      // "any more closures planned in croydon": the closures ahead of that borough's counters, as of a part of London.
      rule('closures ahead in a borough', (r) => r.cues.plans === 'ahead' && r.says(CLOSURES_TO_COME) && !r.stationMention && boroughOfArea(r) !== null && !r.areaNamed, (r) => {
        const borough = found(boroughOfArea(r))!.label;
        return { intent: 'plans', topic: 'ahead', part: { label: borough, directions: [], boroughs: [borough] } };
      }),
      // "how many stations did hackney have in 2017", then "which one closed", "did any of them shut", "are they both still
      // open": the closures of the borough whose counters were just listed, not every closure in London nor a yes for the
      // one still open.
      rule(
        'the closures among a borough\'s counters just listed',
        (r) => {
          const last = r.ctx.lastQuestion;
          if (last?.intent !== 'borough-desks' || last.asOf === undefined || found(last.place)?.kind !== 'borough' || (r.ctx.namedCounters?.length ?? 0) < 2) return false;
          if (!noPlace(r) || r.namedStation || r.danger.situation || r.pastDate !== undefined || r.cues.plans !== undefined) return false;
          return r.says(ALL_OF_THE_LISTED_STILL_OPEN) || ((asksClosures(r) || r.cues.closedState === true || r.cues.history === 'closure-date') && (r.says(THE_LISTED_REFERRED_TO) || r.says(THE_LISTED_PICKED)) && !r.cues.open);
        },
        (r) => ({ intent: 'borough-desks', place: fromContext((r.ctx.lastQuestion as Extract<Question, { intent: 'borough-desks' }>).place ?? undefined), closuresAsked: true }),
      ),
      rule('closures in a borough', (r) => asksClosures(r) && boroughOfArea(r) !== null && !r.areaNamed, (r) => ({ intent: 'borough-desks', place: boroughOfArea(r)!, closuresAsked: true })),
      // "which stations are closed on sunday?", "what counters are shut today": the day's closed ones among the counters
      // still running (not the closures for good, which a day does not name).
      rule(
        'which counters are closed on a day',
        (r) =>
          !r.danger.situation && (((r.says(CLOSED_AS_A_STATE) || r.says(SHUT_BY_A_CLOCK_TIME)) && !r.cues.open) || r.says(NOT_OPEN_ON_A_DAY)) && (r.cues.pluralDesks || r.says(ASKS_WHICH) || wholeLotAtATime(r)) && r.when.when !== undefined && r.when.when.kind !== 'week' &&
          noPlace(r) && !r.namedStation && !r.cues.nearest && !r.cues.locationGiven && !r.says(CLOSING_FOR_GOOD) && r.pastDate === undefined && !r.cues.plans && !r.cues.history && !r.when.specialDay,
        (r) => ({ ...(openList(r) as Extract<Question, { intent: 'open-list' }>), closedAsked: true }),
      ),
      // "which ones are closing down next", "whos next for the chop": the closures ahead across London.
      rule('the next to close, of London', (r) => r.says(NEXT_TO_CLOSE) && !r.namedStation && noPlace(r) && r.pastDate === undefined && !r.danger.situation, () => ({ intent: 'plans', topic: 'ahead' })),
      // "what hours was wimbledon open before it closed" is about Wimbledon, not the list of closures.
      // "what was the 2017 strategy", then "how many closed under it", "which stations did that plan close": its closures.
      rule(
        'the closures of the plan just asked about',
        (r) => r.ctx.lastPlan !== undefined && r.cues.closures !== undefined && r.says(UNDER_THAT_PLAN) && noPlace(r) && !r.namedStation && r.closurePeriod === undefined && !r.danger.situation && r.planNames.planPeriod(r.ctx.lastPlan) !== undefined,
        (r) => ({ intent: 'closures-list', period: r.planNames.planPeriod(r.ctx.lastPlan!)! }),
      ),
      // "what about shutting?" after a counter's hours for a day: that day's closing time ('an end of the day asked bare').
      rule('the closures', (r) => asksClosures(r) && !r.namedStation && !endOfTheDayAskedBare(r), (r) => {
        // "which ones closed in north london": only those in that part, as the lists of open counters do.
        const question = closuresQuestion(r.cues.closures!);
        const part = partOfLondon(r.text);
        // "how many closed each year", "which year had the most closures": counted by year, over every closure ("when did
        // most of the closures happen": not the latest round that "the closures" alone would be).
        const byYear = byYearAsked(r);
        const counted =
          question.intent === 'closures-list' && (!question.period || (byYear.byYear === 'most' && !/\b(?:19|20)\d\d\b/.test(r.text))) ? { intent: 'closures-list' as const, ...byYear } : countedOverItsYears(question, r);
        return counted.intent === 'closures-list' ? closuresAsAsked(r, { ...counted, ...(part ? { part } : {}) }) : counted;
      }),
      // "why did it close", or a bare "why?" after "when did hammersmith close": why it closed then, even if it reopened since.
      rule('why the counter discussed closed', (r) => r.cues.whyClose && !r.namedStation && r.cues.reference && r.discussedStation !== undefined, (r) => ({
        intent: 'status', place: fromContext(r.discussedStation), why: true, ...(r.says(PAST_TENSE) ? { past: true as const } : {}),
      })),
      rule('"why?" of the counter discussed', (r) => saidOfDiscussed(r) && r.says(BARE_WHY), (r) => {
        const last = r.ctx.lastQuestion;
        const closingAsked = last?.intent === 'history' && ['closure-date', 'general', 'temporary-closure'].includes(last.topic);
        return { intent: 'status', place: fromContext(r.discussedStation), why: true, ...(closingAsked ? { past: true as const } : {}) };
      }),
      // "since when?", "how long has it been like that?" after a counter's hours, or after whether it is open now or which
      // is nearest (both give its hours): since when those hours apply.
      rule('"since when?" after the hours of the counter discussed', (r) => saidOfDiscussed(r) && GIVES_THE_HOURS.has(r.ctx.lastIntent ?? '') && r.says(SINCE_WHEN_OF_HOURS), (r) => ({
        intent: 'history',
        place: fromContext(r.discussedStation),
        topic: 'general',
        hoursSince: true,
      })),
      // "since when?" after the 24-hour counters or the closing times of all: since the hours of the latest change of hours.
      rule(
        '"since when?" after the hours of every counter',
        (r) => r.discussedStation === undefined && noPlace(r) && (r.ctx.lastIntent === 'list-24x7' || r.ctx.lastIntent === 'closing-list') && r.says(SINCE_WHEN_OF_HOURS),
        (r) => {
          const id = r.planNames.latest('changed-hours')?.id;
          return id ? { intent: 'plans', topic: 'plan', planId: id, newHours: true } : planQuestion(undefined);
        },
      ),
      rule('"when was that?" of the counter discussed', (r) => saidOfDiscussed(r) && r.says(WHEN_WAS_THAT), (r) => {
        // "When?" after "is stratford closing?": when the closure ahead is due (a date, none given, or none planned).
        const last = r.ctx.lastQuestion;
        if (last?.intent === 'status' && last.yesNo === 'closing' && !/\b(?:did|was|were|ago)\b/.test(r.text)) {
          return { intent: 'status', place: fromContext(r.discussedStation), yesNo: 'closing', closingWhen: true };
        }
        const aboutItsState = ['status', 'history', 'alternatives', 'place-only'].includes(r.ctx.lastIntent ?? '');
        return { intent: 'history', place: fromContext(r.discussedStation), topic: aboutItsState ? 'closure-date' : 'general' };
      }),
      rule('"where now?" after the counter discussed', (r) => saidOfDiscussed(r) && r.says(WHERE_NOW), (r) => ({ intent: 'alternatives', place: fromContext(r.discussedStation) })),
      rule(
        '"why?" after a list or the plans',
        // After a count then against now ("were there more in 2017 than now?"), "why?" asks why there are fewer: the plans' reasons.
        (r) => r.says(BARE_WHY) && noPlace(r) && (['closures-list', 'plans', 'borough-desks'].includes(r.ctx.lastIntent ?? '') || (r.ctx.lastList?.intent === 'list-24x7' && r.ctx.lastList.versusNow !== undefined)),
        // "what was the 2017 strategy" or "which closed in 2017", then "why?": that plan's reasons, not every plan's.
        (r) => {
          const ofPlan = r.ctx.lastPlan ?? planOfTheClosuresListed(r.ctx);
          // A time of no plan ("which closed in 2019"): the answer checks whether any closed then (none: nothing to explain).
          const ofPeriod = !ofPlan && plainClosuresListed(r.ctx) && r.ctx.lastList?.intent === 'closures-list' && typeof r.ctx.lastList.period === 'object' ? r.ctx.lastList.period : undefined;
          return { intent: 'plans', topic: 'why', ...(ofPlan ? { ofPlan } : {}), ...(ofPeriod ? { ofPeriod } : {}) };
        },
      ),
      rule('"why?" after any other answer', (r) => r.says(BARE_WHY) && noPlace(r) && r.ctx.lastIntent !== undefined, () => ({ intent: 'more', topic: 'details' })),
      // "what about 24 hour?" after the desks near a place: the nearest 24-hour desk to that place.
      rule(
        '24 hours, near the place just given',
        ({ cues: c, ctx, mentions, text }) =>
          c.roundTheClock && mentions.length === 0 && !c.reference && ctx.lastLocation !== undefined && !anotherRoundTheClockDesk(ctx, text) &&
          (ctx.lastIntent === 'nearest' || (ctx.lastIntent === 'place-only' && !ctx.lastLocation.stationId)),
        (r) => ({ intent: 'nearest', place: mentionOf(r.ctx.lastLocation), desk: '24/7' }),
      ),
      // "what about at midnight?", "and at 8am tomorrow?" after the desks near a place: the nearest desk open then, to that place
      // (not the hours of the desk given, nor the desks open now again).
      rule(
        'a moment, near the place just given',
        ({ cues: c, ctx, mentions, when }) =>
          when.when?.kind === 'instant' && mentions.length === 0 && !c.reference && !c.roundTheClock && ctx.lastLocation !== undefined && !ctx.lastLocation.stationId &&
          // After the desks near a postcode or area (asked as "open now?" of it, too), not after the 24-hour one.
          ctx.lastQuestion !== undefined && ctx.lastIntent === ctx.lastQuestion.intent &&
          ((ctx.lastQuestion.intent === 'nearest' && ctx.lastQuestion.desk !== '24/7') || ctx.lastQuestion.intent === 'open-now'),
        (r) => ({ intent: 'nearest', place: mentionOf(r.ctx.lastLocation), desk: 'open-now', when: r.when.when! }),
      ),
      // "which stations were 24 hours in 2020?": the 24-hour list as of then (not the plans, not a station's history).
      rule(
        'the 24-hour list as it was',
        (r) =>
          r.cues.roundTheClock && r.pastDate !== undefined && noPlace(r) && !r.cues.nearest && !r.cues.closures && !r.cues.whyClose &&
          (!r.cues.history || r.cues.history === 'general') && !r.says(MENTIONS_A_PLAN),
        (r) => ({ intent: 'list-24x7', asOf: r.pastDate }),
      ),
      rule(
        'when the new hours started',
        // "when did they stop 24 hour opening": with no counter discussed, "they" are the Met, not a counter.
        (r) => !r.cues.plans && r.says(NEW_HOURS) && noPlace(r) && !r.ctx.lastPlace && !r.cues.followUp,
        (r) => {
          const id = r.planNames.latest('changed-hours')?.id;
          return id ? { intent: 'plans', topic: 'plan', planId: id, newHours: r.says(WHICH_LOST_24_HOURS) ? 'which' : true } : planQuestion(undefined);
        },
      ),
      // The plans give the counts before and after each round.
      rule('how many there were', (r) => r.cues.history !== undefined && !r.cues.plans && !r.namedStation && noPlace(r) && r.says(HOW_MANY), () => ({ intent: 'plans', topic: 'general' })),
      // "any plans to close ilford?": whether a closure is ahead, answered yes or no; other plans of a counter are its history.
      // A reopening ahead asked of one counter ("will wood green reopen", "is ilford going back to 24 hours") is that
      // counter's question (its state, its hours), read by the rules after these.
      // "will richmond get a police station back", "any plans to reopen police stations in richmond", "will they bring back
      // police stations in south london": a reopening ahead asked of a borough or part of London, not of one counter
      // ("will wood green reopen" stays that counter's): whether any is planned there, as far as the sources show.
      rule(
        'a reopening ahead in a borough or part of London',
        (r) =>
          (r.cues.plans === 'reopening-ahead' || r.says(A_COUNTER_BACK)) && (r.cues.anyDesk || r.cues.pluralDesks || r.cues.deskWords) && !r.stationMention &&
          (partOfLondon(r.text) !== undefined || boroughOfArea(r) !== null) && !r.danger.situation && r.pastDate === undefined && !r.says(PAST_TENSE),
        (r) => {
          const borough = partOfLondon(r.text) ? null : found(boroughOfArea(r))!.label;
          return { intent: 'plans', topic: 'reopening-ahead', part: borough ? { label: borough, directions: [], boroughs: [borough] } : partOfLondon(r.text)! };
        },
      ),
      // "is anything changing at croydon", "any news about sutton police station": its closures ahead, as far as the
      // sources show (yes or no first), not its hours.
      rule(
        'changes ahead at a counter',
        (r) =>
          r.namedStation !== undefined && r.says(CHANGES_AHEAD) && !r.says(PAST_TENSE) && r.pastDate === undefined && !r.danger.situation && !r.cues.hours && !r.cues.address && r.cues.history === undefined,
        (r) => ({ intent: 'status', place: r.namedStation!, yesNo: 'closing' }),
      ),
      rule('a plan, of one station', (r) => r.cues.plans !== undefined && r.cues.plans !== 'reopening-ahead' && r.namedStation !== undefined, (r) =>
        // "who decided to close twickenham": when it closed and under whose decision (the closure's own answer says both).
        r.cues.plans === 'who' && r.says(DECIDED_TO_CLOSE)
          ? { intent: 'history', place: r.namedStation!, topic: 'closure-date' }
          : (r.cues.plans === 'general' || r.cues.plans === 'who') && r.says(CLOSURE_AHEAD) && !r.says(PAST_TENSE) && r.cues.history === undefined
          ? { intent: 'status', place: r.namedStation!, yesNo: 'closing' }
          : // "any plans to move stratford police station": a move ahead (see 'a move ahead asked of a counter').
            r.says(MOVE_AHEAD) && !r.says(PAST_TENSE) && r.pastDate === undefined
            ? { intent: 'status', place: r.namedStation!, yesNo: 'closing', moving: true }
          : r.cues.plans === 'general' && r.says(PLANS_FOR_IT) && !r.says(PAST_TENSE) && r.cues.history === undefined
            ? { intent: 'status', place: r.namedStation! }
            : { intent: 'history', place: r.namedStation!, topic: r.cues.history ?? 'general' },
      ),
      // "is anything reopening in 2027": the reopenings ahead, answered of that year.
      rule('the plans', (r) => r.cues.plans !== undefined && !(r.cues.plans === 'reopening-ahead' && (r.namedStation !== undefined || !noPlace(r))), (r) =>
        r.cues.plans === 'plan'
          ? planQuestion(r.cues.planId)
          : { intent: 'plans', topic: r.cues.plans!, ...((r.cues.plans === 'why' || r.cues.plans === 'who') && r.cues.planId ? { ofPlan: r.cues.planId } : {}), ...(r.cues.plans === 'reopening-ahead' && yearAhead(r) !== undefined ? { inYear: yearAhead(r)! } : {}) },
      ),
      rule(
        'the 24-hour desks',
        (r) => r.cues.roundTheClock && r.mentions.length === 0 && !r.cues.nearest && !r.cues.followUp && !r.cues.reference && !r.cues.locationGiven && !youAsTheCounter(r) && !anotherRoundTheClockDesk(r.ctx, r.text),
        // "any 24hr stations in south london": those in that part of London, said against London's.
        (r) => {
          const part = partOfLondon(r.text);
          return part ? { intent: 'list-24x7', part } : { intent: 'list-24x7' };
        },
      ),
      // "list counters in east london", then "are any of them open on sunday", "which of those open tomorrow morning": the
      // counters just listed (that part's, or London's), at that moment, not one counter's hours waiting for its name.
      rule(
        'the counters just listed, at another moment',
        (r) =>
          r.ctx.lastIntent === 'open-list' && r.ctx.lastList?.intent === 'open-list' && r.when.when !== undefined && r.when.when.kind !== 'week' && !r.when.specialDay &&
          (r.cues.open || r.cues.closedState || r.cues.status) && r.says(THE_LISTED_REFERRED_TO) && noPlace(r) && !r.namedStation && !r.stationMention && !r.danger.situation,
        (r) => openList(r, partOfLondon(r.text) ?? (r.ctx.lastList?.intent === 'open-list' ? r.ctx.lastList.part : undefined)),
      ),
      // "all the police front desks open in london today", "list every counter and its hours": the network's
      // open counters with their hours, not the nearest one (a place or "near me" keeps it a nearest question).
      rule('every counter and its hours', asksEveryCounter, openList),
      // "which stations are open on Sunday?", "which ones are still open?": the network's counters open then, unless the
      // resident gave where they are (then the nearest ones).
      rule('which counters are open', asksWhichAreOpen, openList),
      // "which stations are open now except brixton and walworth", "is anything open after 10 apart from charing cross":
      // the counters open then, those named left out (added when the question is finished).
      rule('which counters are open, those named left out', asksWhichAreOpenLeavingOut, openList),
      // "whats still open", "anything open at this hour", "what's open at this time of night", "any open rn": whatever is
      // open now, asked with no place, no counter and nowhere the resident is: London's counters open now (the reply
      // offers the nearest, once they say where).
      rule('what is open now, nowhere said', asksWhatIsOpenNowNowhereSaid, () => ({ intent: 'open-list', when: { kind: 'now' } })),
      // "police stations in south london", "which are open in east london": the counters of that part of London.
      rule('the counters of a part of London', asksPartOfLondon, openList),
      // "show me all of them", "list them all", "which ones are there" with nothing said before to refer back to (or one
      // counter only): "them" can only be London's counters (after a list, the follow-up rules read it first).
      rule('them all, with nothing before', (r) => r.says(THEM_ALL) && nothingToReferBackTo(r) && noPlace(r) && !r.danger.situation, openList),
    ],
  },
  {
    name: 'where to go',
    rules: [
      // Not of the past: "was there another counter in croydon back then?" asks what there was. A bare "any others?"
      // after a counter or a place was discussed asks the same.
      // Not another hour instead ("is brixton open at 11pm?", then "9 instead"): the time is what changed.
      // "and another?" / "what's the next one?" after a nearest desk or somewhere else: one more of the same kind.
      // "not that one", "not walworth" (the desk just given), "somewhere different": the next desk, as "and another?".
      // "i live in catford where do i go now lewisham is far", "nearest to SE6 but not lewisham", "lewisham is too far for
      // me, im in catford, any other station": the nearest from where the resident is, the counter turned down left out.
      rule(
        'the nearest, a counter turned down in the same breath',
        // Not a correction ("sorry, romford not ilford", "not sutton, croydon"): the counter meant, asked as before.
        (r) => !r.danger.situation && r.pastDate === undefined && !r.correcting && asksWhereToGo(r) && countersTurnedDown(r).length > 0 && placeToGoFrom(r) !== undefined,
        (r) => {
          const when = r.when.when && r.when.when.kind !== 'now' && r.when.when.kind !== 'week' ? { when: r.when.when } : {};
          return { intent: 'nearest', place: placeToGoFrom(r)!, desk: r.desk, except: countersTurnedDown(r), ...when };
        },
      ),
      rule('the desk just given turned down', (r) => refusesTheDeskGiven(r) !== undefined, (r) => somewhereElse(r, refusesTheDeskGiven(r) === 'by name')),
      // "nearest 24h to E1", then "what about from N1 instead": the same question from another area, not another desk.
      rule('somewhere else', (r) => (r.cues.alternatives || (r.says(ANY_OTHERS) && (r.ctx.lastPlace !== undefined || r.ctx.lastLocation !== undefined)) || oneMoreAfterADesk(r)) && !anotherHourInstead(r) && !anotherAreaInstead(r) && !r.nearestToAPlace && r.pastDate === undefined && r.pastAsked === undefined && !r.words.some((w) => ASKED_IN_THE_PAST.has(w)), somewhereElse),
      // "is wood green reopening?", "will peckham open again", "are they bringing back wood green": a reopening ahead asked
      // of a counter, answered like "when did it reopen" (closed, and any reopening proposed or dropped since).
      rule('a reopening ahead, of a counter', (r) => r.says(REOPENING_AHEAD) && r.stationPlace !== null && r.pastDate === undefined && !r.says(WHEN_REOPENED), (r) => ({
        intent: 'history', place: r.stationPlace, topic: 'temporary-closure', reopening: 'ahead',
      })),
      // "history of london's police front counters", "the story of the police stations": counters in general, none named
      // or discussed: the plans that shaped them, with how many are open now.
      rule(
        'the history of the counters',
        (r) => r.cues.history === 'general' && r.cues.pluralDesks && noPlace(r) && !r.namedStation && !r.cues.reference && !r.ctx.lastPlace && r.pastDate === undefined,
        () => ({ intent: 'plans', topic: 'general' }),
      ),
      // "which counter replaced barking police station", "what replaced sidcup police station": where its desk went.
      rule(
        'what replaced a counter named',
        (r) => (r.says(REPLACED_ASKED) || whereTheCounterWent(r)) && r.namedStation !== undefined && !r.danger.situation && !r.comparesDesks && !r.cues.nearest && !r.cues.hours,
        (r) => ({ intent: 'history', place: r.namedStation!, topic: 'temporary-closure', moved: 'where' }),
      ),
      // "what replaced it", "what took its place", "is there a replacement" after a counter was answered: the same, of it.
      rule(
        'what replaced the counter discussed',
        // Not a thing of the resident's replaced ("is there a replacement for my lost passport").
        (r) => r.says(REPLACED_ASKED) && !r.says(/\b(?:my|our)\b/) && noPlace(r) && r.discussedStation !== undefined && !r.danger.situation && !r.cues.nearest && !r.cues.hours,
        (r) => ({ intent: 'history', place: fromContext(r.discussedStation), topic: 'temporary-closure', moved: 'where' }),
      ),
      // "where will i go when stratford closes", "what happens when wembley shuts down": somewhere else to go, from that counter.
      rule(
        'where to go once a counter closes',
        (r) => r.says(WHERE_ONCE_IT_CLOSES) && r.namedStation !== undefined && !r.danger.situation && !r.comparesDesks && r.pastDate === undefined,
        (r) => ({ intent: 'alternatives', place: r.namedStation!, onceClosed: true }),
      ),
      // "what then?" after "is stratford closing?": the same, of the counter discussed.
      rule(
        '"what then?" after a closure ahead',
        whatThenAfterAClosure,
        (r) => ({ intent: 'alternatives', place: fromContext(r.discussedStation), onceClosed: true }),
      ),
      // "when will stratford shut for good", "when will brixton be closed", "when does X close down": a closure ahead, when
      // it is due (a date, none given, or none planned); a counter that closed says when it did.
      rule(
        'when a counter closes for good',
        (r) => r.says(WHEN_CLOSING_AHEAD) && r.stationPlace !== null && !r.danger.situation && !r.comparesDesks && !r.cues.nearest && r.pastDate === undefined && !r.says(PAST_TENSE),
        (r) => ({ intent: 'status', place: r.stationPlace, yesNo: 'closing', closingWhen: true }),
      ),
      // "is the stratford counter moving", "will stratford move back to forest gate": a move ahead, what the sources say
      // of one (a note that it is to close as its officers move) first, or that none is planned.
      rule(
        'a move ahead asked of a counter',
        (r) => r.says(MOVE_AHEAD) && r.stationPlace !== null && !r.danger.situation && !r.cues.nearest && r.pastDate === undefined && !r.says(PAST_TENSE) && !r.cues.hours,
        (r) => ({ intent: 'status', place: r.stationPlace, yesNo: 'closing', moving: true }),
        // Where it may move to ("back to forest gate") is no second counter to compare with.
        { asBuilt: true },
      ),
      // "walthamstow police station closure date", "closing date for stratford", "date of closure of wimbledon": the
      // same, a closure date asked without "when" (the day it closed, or is due to, or that none is planned).
      rule(
        'a closure date asked of a counter',
        (r) => r.says(CLOSURE_DATE_ASKED) && r.stationPlace !== null && !r.danger.situation && !r.comparesDesks && !r.cues.nearest && r.pastDate === undefined && r.cues.history !== 'closure-date',
        (r) => ({ intent: 'status', place: r.stationPlace, yesNo: 'closing', closingWhen: true }),
      ),
      // "when did addington open", "what year did hornsey open": a counter's first opening, which the sources do not hold,
      // said first (was: its closure, as if that answered); of a counter open now, only with "first" or a year asked (else
      // today's opening may be asked: "when did brixton open").
      rule('when a counter named first opened', (r) => firstOpeningAsked(r) !== undefined, (r) => ({
        intent: 'history', place: r.stationPlace, topic: 'general', firstOpening: firstOpeningAsked(r)!,
      })),
      // Not a crime told with its year, then the address ("reported a stabbing back in 2019, just want the sutton counter
      // address"): the year is the crime's, the question the address.
      rule('the history of a counter', (r) => r.cues.history !== undefined && !addressAfterACrimeOfAYear(r), (r) => ({
        intent: 'history', place: r.stationPlace, topic: r.cues.history!, ...(r.cues.history === 'temporary-closure' && r.says(WHEN_REOPENED) ? { reopening: true as const } : {}),
        // "did hammersmith move?", "has the ilford counter ever moved?": whether its desk moved, and where, leads.
        ...(r.cues.history === 'temporary-closure' && r.says(MOVE_ASKED) && !r.says(WHEN_REOPENED) ? { moved: r.words.includes('where') ? ('where' as const) : (true as const) } : {}),
        ...(r.cues.history === 'closure-date' && r.says(CLOSING_ASKED_DID) ? { closedAsked: true as const } : {}),
      })),
      // "how long would it take to walk to lewisham police station from catford", "journey time to ilford police station":
      // no journey times or routes in the data, said first; the straight-line distance from the place given (now or
      // before), else the address.
      rule('a journey to a counter', (r) => r.says(JOURNEY_ASKED) && !r.danger.situation && !r.cues.hours && !r.cues.open && journeyAsked(r) !== null, (r) => {
        const { counter, from } = journeyAsked(r)!;
        return from ? { intent: 'nearest', place: from, desk: 'any', between: [counter], journey: true } : { intent: 'address', place: counter, byTransport: true, journey: true };
      }),
      // "which bus goes to charing cross police", "nearest tube to walworth police station": no routes in the data, so the address.
      // "bus times to lewisham police station": the buses' times, not the counter's.
      rule('getting to a counter by public transport', (r) => r.says(TRAVEL_ASKED) && r.namedStation !== undefined && !r.danger.situation && (!r.cues.hours || r.says(TIMETABLE)) && !r.cues.open, (r) => ({ intent: 'address', place: r.namedStation!, byTransport: true })),
      // "by bus?", "what buses go there", "can i walk it" after a counter was answered: getting to that one.
      rule('getting to the counter discussed', gettingToTheCounterDiscussed, (r) => ({ intent: 'address', place: fromContext(r.discussedStation), byTransport: true })),
      // "which is nearer to E17, chingford or walthamstow?", "is lewisham further from SE6 than bromley": those counters
      // measured from the place given (now or before); none given, the bot asks, and the counters wait with the question.
      // "how far is brixton from SW2", "distance from brixton police station to SW2", "how many miles is lewisham station
      // from me, im in SE6": one counter measured from the place given (now or before), in a straight line; none given,
      // the bot asks, and the counter waits with the question. Two counters and "from": one measured from the other.
      rule(
        'how far a counter named is',
        // "how far is my nearest station, im near brixton" asks for the nearest, not for Brixton's distance.
        (r) => !r.danger.situation && r.cues.distance && !r.cues.nearest && distanceAsked(r) !== null && !r.cues.hours && !r.cues.open && !r.cues.status && !r.cues.address && r.when.when === undefined,
        (r) => {
          const { counter, from } = distanceAsked(r)!;
          // "how far is lewisham police station from the dlr", "... from brixton tube": a stop the bot cannot place, so no
          // distance to give and no need to ask where the resident is: the journey's answer (the address, TfL's planner).
          if ((from === null || !found(from)) && r.says(FROM_A_STOP)) return { intent: 'address', place: counter, byTransport: true, journey: true };
          return { intent: 'nearest', place: from, desk: 'any', between: [counter] };
        },
      ),
      rule(
        'which of the counters named is nearer',
        // Two different counters: "lewisham local lewisham" names one, twice.
        (r) => !r.danger.situation && r.comparesDesks && namedDesks(r).length >= 2 && (r.cues.nearest === 'strong' || r.says(NEARER_OR_FURTHER)) && !r.cues.hours && !r.cues.open && !r.cues.status && !r.cues.address && r.when.when === undefined,
        (r) => {
          // "which is closer to paddington, charing cross or marylebone": the place after "closer to" is where from.
          const origin = originOfAComparison(r);
          // "which is further from E17 4PP, tottenham or leyton": the further of them asked, said first. "Is lewisham further
          // from SE6 than bromley" asks yes or no of the one named first: the nearer first, with both distances, answers it.
          const further = r.says(FURTHER_ASKED) && !r.says(THAN) ? { further: true as const } : {};
          return origin
            ? { intent: 'nearest', place: origin, desk: 'any', between: r.mentions.filter((m) => m !== origin && found(m) !== undefined).slice(0, 3), ...further }
            : { intent: 'nearest', place: r.residentPlace, desk: 'any', between: namedDesks(r), ...further };
        },
      ),
      // "when does kentish town close", "and islington?", then "which is nearer to N7" / "which one's closer to me in N7":
      // the two counters just discussed weighed from there, not London's nearest desk. Comparatives only ("nearer",
      // "closer"), or a superlative "of the two"/"of them": "which is the nearest to N7" may ask of all London.
      rule(
        'which of the two discussed is nearer',
        (r) => !r.danger.situation && twoDiscussed(r) !== undefined && WHICH_OF_TWO_NEARER.test(r.text) && !r.namedStation && r.mentions.length === 1 && found(r.mentions[0]) !== undefined && found(r.mentions[0])!.kind !== 'station' && !found(r.mentions[0])!.stationId,
        (r) => ({ intent: 'nearest', place: r.mentions[0], desk: 'any', between: twoDiscussed(r)!, ...(r.says(FURTHER_ASKED) ? { further: true as const } : {}) }),
      ),
      // "nearest 24 hour station to SE5" (Charing Cross), then "is it nearer than brixton" or "is brixton closer?": the two
      // weighed from where the resident is, not the nearest desk to Brixton. With no place given yet, the bot asks.
      rule(
        'a counter named weighed against the one discussed',
        (r) => !r.danger.situation && weighedAgainstTheOneDiscussed(r) !== undefined && !r.cues.hours && !r.cues.open && !r.cues.status && !r.cues.address && r.when.when === undefined,
        (r) => {
          // Where the resident is: named now, else the last place given that is not itself a counter ("is walworth open
          // now", then "is it closer than brixton": nowhere given, so the bot asks).
          const given = mentionOf(r.ctx.lastLocation);
          const place = r.areaNamed ? r.area : isAreaMention(given) ? given : null;
          return { intent: 'nearest', place, desk: 'any', between: weighedAgainstTheOneDiscussed(r)! };
        },
      ),
      rule('the nearest desk', (r) => r.cues.nearest === 'strong' && !localStationAsked(r) && !parkingSoughtNearACounter(r), (r) => ({
        intent: 'nearest', place: r.comparesDesks ? r.residentPlace : r.locationPlace, desk: r.ofTheList ? '24/7' : r.desk,
      })),
      // Only a nearest answer gives distances, from the place the resident gave.
      rule('how far', (r) => r.cues.distance && (r.areaNamed || r.ctx.lastLocation !== undefined || noPlace(r)), (r) => {
        const last = r.ctx.lastQuestion;
        // "is brixton open?", then "how far is it?": the counter from where the resident is, not from the place it is named after.
        const counter = howFarIsTheCounter(r);
        // "how far is it from the tube": a stop the bot cannot place, so the journey's answer (the address, TfL's planner).
        if (counter && fromAStopToTheCounterDiscussed(r)) return { intent: 'address', place: counter, byTransport: true, journey: true };
        if (counter) return { intent: 'nearest', place: null, desk: 'any', between: [counter] };
        // "nearest to SE15" (Walworth given), then "how far is it": that counter's distance from there, said first, not
        // the nearest answer again.
        const given = theDeskJustGiven(r);
        if (given && r.says(FROM_A_STOP)) return { intent: 'address', place: given, byTransport: true, journey: true };
        if (given && r.residentPlace) return { intent: 'nearest', place: r.residentPlace, desk: 'any', between: [given] };
        return { intent: 'nearest', place: r.residentPlace, desk: last?.intent === 'nearest' ? last.desk : r.desk };
      }),
      rule('anywhere open, in a borough', (r) => asksAnywhere(r) && boroughNamed(r) !== null, (r) => {
        const place = boroughNamed(r);
        return r.desk === 'any' ? { intent: 'borough-desks', place } : { intent: 'borough-desks', place, desk: r.desk };
      }),
      rule('anywhere open', asksAnywhere, (r) => ({ intent: 'nearest', place: r.locationPlace, desk: r.desk })),
      // Access, parking, toilets, waiting times: the data has none, so say what is known about the counter named.
      // "can i park at the station", "are there toilets at the police station": no counter named, so the data's silence
      // on facilities in general, and the offer to look one up. So too "can i charge my phone there", "is it busy", with
      // no counter talked of for "there" or "it" to be.
      rule(
        'facilities, of counters in general',
        // "which one has the shortest queue", "where is the wait shortest": waits compared, asked of counters in general.
        (r) =>
          r.namedStation === undefined && noPlace(r) && !r.cues.locationGiven && !r.says(ANOTHER_VENUE_NAMED) &&
          // "is there parking", "can i bring my dog", "can i get there by car": asked with no counter at all, as a question,
          // of counters in general too (with one discussed, the rule below answers for it).
          // With no desk words, only a facility asked as of a visit ("can i bring my dog", "is there a lift", "where can i
          // park"), not of the wider world ("is parking free on sundays", "whats the wifi password", "how busy is oxford street").
          ((r.says(WAIT_COMPARED) && r.discussedStation === undefined && !r.cues.nearest) || (r.cues.facility && (r.cues.deskWords || ((r.cues.reference || (r.says(A_VISITS_FACILITY) && !r.says(FACILITIES_OF_THE_WIDER_WORLD))) && r.discussedStation === undefined)) && !r.cues.hours && !r.cues.open && !r.cues.address && !r.cues.status && !r.cues.nearest)),
        () => ({ intent: 'service', topic: 'facilities' }),
      ),
      rule(
        'the building, not the counter',
        // "where can I park near Lewisham police station": near the station named, not the nearest desk.
        // "is it busy?", "how long will I have to wait?" after a counter was named: that counter.
        // "nearest car park to brixton police station": the nearest said of the parking, so not the nearest desk.
        (r) => r.cues.facility && (r.namedStation !== undefined || (r.discussedStation !== undefined && noPlace(r))) && !r.cues.hours && !r.cues.open && !r.cues.address && !r.cues.status && (r.cues.nearest !== 'strong' || parkingSoughtNearACounter(r)),
        (r) => ({ intent: 'place-only', place: r.namedStation ?? r.discussedStation!, about: 'facilities' }),
      ),
    ],
  },
  {
    name: 'follow-ups',
    rules: [
      rule('the last question, of another place', (r) => asksAgainOf(r) && r.ctx.lastQuestion !== undefined, (r) => askAgain(r.ctx.lastQuestion!, placeAskedAgain(r), r)),
      rule('another place, nothing asked before', asksAgainOf, (r) => ({ intent: 'place-only', place: placeAskedAgain(r) })),
      rule('the place the bot asked for', (r) => r.ctx.pending !== undefined && r.onlyAPlace && place(r), (r) => {
        const pending = r.ctx.pending!;
        return askAgain(pending, primaryMention(r.mentions, pending.intent === 'nearest' ? 'location' : 'station')!, r);
      }),
      // "that one?", "and that station?" said alone after an answer that named one counter: that counter's state and
      // hours (was "Sorry, I can't help with that"). After a list of several, none is picked ("the first one" picks).
      // "and close?", "opening?", "what about shutting" after a counter's hours for a day (or the week): the other end of
      // that day asked bare (was "Sorry, I can't help with that").
      rule('an end of the day asked bare', endOfTheDayAskedBare, (r) => {
        const last = r.ctx.lastWhen;
        const when: WhenAsked = last && (last.kind === 'date' || last.kind === 'weekday') ? last : { kind: 'week' };
        return { intent: 'hours', place: fromContext(r.discussedStation!), when, focus: /\b(?:clos|shut|finish)/.test(r.text) ? 'closing' : 'opening' };
      }),
      rule('that one, said alone', (r) => r.says(THAT_ONE_ALONE) && r.discussedStation !== undefined && noPlace(r) && !r.danger.situation, (r) => ({ intent: 'status', place: fromContext(r.discussedStation!) })),
      // "I'm in Leyton", said with nothing else: where the resident is, so the desks near it.
      rule(
        'where the resident is',
        (r) => r.cues.locationGiven && r.onlyAPlace && place(r) && !r.when.when && !r.cues.deskWords,
        (r) => ({ intent: 'nearest', place: r.locationPlace, desk: r.desk }),
      ),
      // "I'm in Blahville", "I live in Foobury": where the resident is, a name we do not know. The honest
      // "I couldn't find it", and the question waits for a postcode (or completes the one the bot asked).
      rule('where the resident is, a place we do not know', (r) => unknownWhereIAm(r) !== null, (r) => {
        const unknown = unknownWhereIAm(r)!;
        return r.ctx.pending ? askAgain(r.ctx.pending, unknown, r) : { intent: 'nearest', place: unknown, desk: r.desk };
      }),
    ],
  },
  {
    name: 'place questions',
    rules: [
      // "is kentish town the only police station in camden", "is it the only one in camden": the borough's counters, which
      // say whether it is the only one (was: its state alone, or "Sorry, I can't help with that").
      rule('the only one in a borough', (r) => r.says(THE_ONLY_ONE_IN) && boroughMentioned(r) !== null && r.pastDate === undefined && !r.danger.situation, (r) => ({
        intent: 'borough-desks', place: asBorough(boroughMentioned(r)!),
      })),
      // "does it close for lunch", "is there a lunch break at brixton": any break within the day, from its hours.
      rule('a break in the day', (r) => r.cues.focus === 'break' && (place(r) || r.leansOnDiscussed || r.cues.deskWords), (r) => hoursQuestion(r, false)),
      // "are brixton's hours different in the summer", "is brixton open later in summer", or after a counter "are the hours
      // the same all year": its one set of hours, said as the same all year (the data has none for a season).
      rule('the hours through the year', (r) => r.cues.focus === 'season' && r.pastDate === undefined && (place(r) || r.leansOnDiscussed || r.discussedStation !== undefined), (r) => hoursQuestion(r, false)),
      // "is there a map of where ilford police station is": a map asked for ("is there" asks for the map, not the counters), so the address.
      rule('a map of where a counter is', (r) => r.cues.address && r.says(MAP_OR_DIRECTIONS) && place(r) && !r.cues.pluralDesks && !r.cues.boroughWord && r.cues.nearest === undefined && !r.cues.hours && !r.cues.open && !r.cues.status, (r) => ({
        intent: 'address', place: r.stationPlace, mapOrDirections: true as const,
      })),
      // "does peckham or camberwell have a police station", "is there a counter in bow or stratford": whether each place
      // has one, each answered as "is there a police station in peckham" is (boroughs together are a list: the network).
      rule('whether each of two or three places has a counter', (r) => placesAskedEachWhetherTheyHaveOne(r) !== null, (r) => {
        const asked = placesAskedEachWhetherTheyHaveOne(r)!.map((place): Question => ({ intent: 'borough-desks', place, whetherAsked: true }));
        return asked.reduceRight((rest, q) => ({ intent: 'both', questions: [q, rest] }));
      }),
      // "is there a desk in hillingdon open sunday", "any counters in southwark open at 11pm": whether the borough's counter is
      // open then, answered for that day or time (a place, not a borough, is asked of the nearest: 'a desk near here').
      // "is there a desk in westminster open now", "... still open": yes or no for now, the same way.
      rule(
        'counters of a borough, open then',
        (r) => (countersInABorough(r) || countersOfABorough(r)) && (asksOpenAtAnotherMoment(r) || asksOpenNowYesOrNo(r)) && boroughMentioned(r) !== null && r.cues.nearest === undefined,
        (r) => ({ ...hoursQuestion(r, r.momentAsked || asksOpenNowYesOrNo(r)), place: asBorough(boroughMentioned(r)!) }) as Question,
      ),
      rule('counters in a borough', (r) => countersInABorough(r) && !asksOpenAtAnotherMoment(r), (r) => {
        const desk = r.cues.roundTheClock ? '24/7' : r.when.when?.kind === 'now' ? 'open-now' : undefined;
        // "is there one in peckham?", "any police station in shoreditch?": whether there is, as well as which.
        // Not "is there a map of ...", nor "are there any more ... in croydon" (more than the one known is not a yes).
        const whether = (r.cues.yesNo || r.cues.anyDesk) && !r.says(MAP_OR_DIRECTIONS) && !r.says(MORE_THAN_KNOWN) ? { whetherAsked: true as const } : {};
        return desk ? { intent: 'borough-desks', place: r.boroughPlace, desk, ...whether } : { intent: 'borough-desks', place: r.boroughPlace, ...whether };
      }),
      rule('the counters of a borough', (r) => countersOfABorough(r) && !asksOpenAtAnotherMoment(r), (r) => ({ intent: 'borough-desks', place: r.boroughPlace })),
      // "closing times for sutton", "and kingston?", then "which one shuts later?": the two counters just discussed.
      rule(
        'which of the two discussed',
        (r) => noPlace(r) && discussedPair(r) !== undefined && readRank(r.text) !== undefined,
        (r) => {
          const [earlier, last] = discussedPair(r)!;
          const asked = hoursQuestion(r, r.momentAsked) as Extract<Question, { intent: 'hours' | 'open-now' }>;
          const rank = readRank(r.text)!;
          return { ...asked, place: earlier, others: [last], rank, ...(asksLesser(r.text, rank) ? { lesser: true as const } : {}) };
        },
        { asBuilt: true },
      ),
      rule('a desk near here', (r) => wantsADeskNearby(r) && (!(r.cues.hours || r.cues.address || r.cues.status) || r.areaNamed || noPlace(r)), (r) => ({
        intent: 'nearest', place: r.locationPlace, desk: r.desk, ...(whetherOneIsIn(r) ? { whetherAsked: true as const } : {}),
      })),
      // "does my borough have one", "my area got one?": a counter said as "one" of one's own area, none named: the nearest.
      rule('a counter as "one" of one\'s own area', (r) => !r.danger.situation && r.says(HAS_ONE) && r.says(OWN_AREA) && !r.namedStation && noPlace(r) && r.pastDate === undefined, (r) => ({
        intent: 'nearest', place: r.locationPlace, desk: r.desk,
      })),
      rule(
        'desks near an area',
        // "compare hounslow police station and feltham" asks which of them, not the desks near Feltham.
        ({ cues: c, areaNamed, comparison }) => areaNamed && (c.deskWords || c.roundTheClock) && !c.hours && !c.address && !c.status && !c.open && comparison?.rank === undefined,
        (r) => ({ intent: 'nearest', place: r.area, desk: r.desk, ...(whetherOneIsIn(r) ? { whetherAsked: true as const } : {}) }),
      ),
      rule('24 hours near an area', (r) => r.cues.roundTheClock && r.areaNamed, (r) => ({ intent: 'nearest', place: r.area, desk: '24/7' })),
      // "can i get to croydon around 8pm?" is going there at a time: left to the hours at that time ('a day named').
      // "my ex can see my location": a situation, with no counter or place asked of, is not an address asked.
      rule('the address', (r) => r.cues.address && !(r.when.when !== undefined && r.says(CAN_I_GET_THERE)) && !(r.danger.situation && noPlace(r) && r.discussedStation === undefined), (r) => ({
        intent: 'address',
        // "how do i get there from catford" after Lewisham: Lewisham's address, Catford only where the resident sets off.
        place: (r.cues.reference && r.discussedStation !== undefined && r.mentions.length === 1 && saidAfterFrom(r.text, r.mentions[0]) ? fromContext(r.discussedStation) : undefined) ?? r.stationPlace,
        // "how do i get there by bus": there are no routes in the data, and the reply says so with the address.
        ...(r.says(TRAVEL_ASKED) || r.says(TRAVEL_BRIEFLY) ? { byTransport: true as const } : r.says(MAP_OR_DIRECTIONS) ? { mapOrDirections: true as const } : {}),
      })),
      // "what about 24 hour ones?" after a counter was discussed: other counters, the nearest of them that never closes.
      rule('24-hour ones, after a counter', (r) => r.cues.roundTheClock && noPlace(r) && r.leansOnDiscussed && r.says(ROUND_THE_CLOCK_ONES), (r) => ({
        intent: 'nearest', place: r.locationPlace, desk: '24/7',
      })),
      // "any open on bank holidays?", "is anything open on new year's day", "are front desks open on christmas day", "what are
      // the opening hours on bank holidays": counters in general on a special day, none named before.
      rule('any open on a special day', (r) => r.when.specialDay !== undefined && noPlace(r) && r.ctx.lastPlace === undefined && (r.says(ANY_OPEN) || r.cues.pluralDesks || r.says(SPECIAL_DAYS_IN_GENERAL)), (r) => ({
        intent: 'nearest', place: r.locationPlace, desk: r.desk,
      })),
      rule('open 24 hours?', (r) => r.cues.roundTheClock && (place(r) || r.leansOnDiscussed || youAsTheCounter(r)), (r) => hoursQuestion(r, false)),
      // "how long till walworth opens", "how much longer is croydon open for": the time left to that change, from now.
      // "how long is brixton open on saturday", "how long is acton open for today": that day's hours, not the time left.
      rule('the time until it opens or closes', (r) => r.says(TIME_UNTIL_IT_CHANGES) && place(r) !== null && r.comparison === null && !howLongOpenOfADay(r), (r) => ({
        intent: 'open-now', place: r.stationPlace, when: { kind: 'now' }, untilAsked: /^(?:open|opens|opening)$/.test(TIME_UNTIL_IT_CHANGES.exec(r.text)?.[1] ?? '') ? 'opens' : 'closes',
      })),
      // "does tottenham open earlier on saturdays", "does brixton close earlier at the weekend", "are the weekend hours
      // shorter at sutton": one counter's days asked against its other days, not the two counters of a comparison.
      rule('its days compared', (r) => daysCompared(r) !== undefined && place(r) !== null && r.comparison === null, (r) => ({
        intent: 'hours', place: r.stationPlace, when: r.when.when ?? { kind: 'week' }, daysCompared: daysCompared(r)!,
      })),
      rule('the hours', (r) => r.cues.hours, (r) => hoursQuestion(r, false)),
      rule('still open?', (r) => r.cues.status && !r.when.when, statusQuestion),
      rule('closed?', (r) => r.cues.closedState && !r.cues.open && !r.when.when, statusQuestion),
      // "does brixton open the same time as walworth": their opening times set side by side, not whether both are open now.
      rule('the same opening or closing time', (r) => r.comparison?.sameTime === true && place(r) !== null, (r) => hoursQuestion(r, false)),
      rule('open then?', (r) => r.cues.open || r.cues.closedState || r.cues.status, (r) => hoursQuestion(r, r.momentAsked)),
      // "whats open on saturday", then "and on sunday?", "and at 9pm?", "and in the evening": the list again (London's or the
      // part's), then.
      rule(
        'another moment for the list just given',
        (r) => r.ctx.lastIntent === 'open-list' && r.when.when !== undefined && r.when.when.kind !== 'week' && !r.when.specialDay && noPlace(r) && !r.namedStation && !r.stationMention && !r.danger.situation && r.words.length <= 6,
        // "list counters in east london", then "and tomorrow?": East London's list then, unless another part is said.
        (r) => openList(r, partOfLondon(r.text) ?? (r.ctx.lastList?.intent === 'open-list' ? r.ctx.lastList.part : undefined)),
      ),
      rule(
        'a day named',
        (r) => (r.when.when !== undefined || r.when.specialDay !== undefined) && (place(r) || r.ctx.lastPlace !== undefined || r.cues.deskWords || r.cues.followUp),
        (r) => hoursQuestion(r, r.ctx.lastIntent === 'open-now' && isMoment(r.when.when)),
      ),
      // "which closes later, lewisham or walworth?": what the counters are compared on is their hours.
      rule('which of them', (r) => r.comparison?.rank !== undefined && place(r), (r) => hoursQuestion(r, false)),
    ],
  },
  {
    name: 'fallback',
    rules: [
      // "that one?", "what about that one" alone right after a list of a few counters: which one is asked back, the listed
      // counters offered (the mention is ambiguous among them), then that counter is given.
      rule('that one alone, after a few listed', (r) => r.says(THAT_ONE_ALONE) && r.stationPlace?.result.status === 'ambiguous' && noPlace(r) && !r.danger.situation, (r) => placeAsked(r, r.stationPlace!)),
      // A bare "colindale", or an answer to "which station?". Two or more other words unexplained: the place is
      // not the point ("knife crime statistics for hackney").
      // "ruskin park camberwell", "horniman museum se23": a park, museum or market we do not know said with the place or
      // district it is in is where the resident is, that place.
      // "victoria park e9": a name only part known (Victoria), with a district, is in that district (not Belgravia's counter).
      rule('only a place', (r) => primaryMention(r.mentions, 'station') !== null && (r.places.unexplained.length <= 1 || landmarkBesideItsPlace(r)), (r) => placeAsked(r, districtOfAPartKnownName(r) ?? primaryMention(r.mentions, 'station')!)),
      // A bare "west london" or "south west london?": that part's counters, as a bare place gives its counter.
      rule('only a part of London', (r) => noPlace(r) && partOfLondon(r.text) !== undefined && r.text.replace(PART_OF_LONDON, ' ').split(' ').filter((w) => w !== '' && w !== 'please' && w !== 'pls').length === 0, (r) => openList(r)),
      // "is the counter at Lewisham staffed by real officers?": what we know about it.
      rule(
        'a desk named in a question we cannot answer',
        ({ cues: c, namedStation }) => namedStation !== undefined && (c.deskWords || c.reportCrime) && !c.offTopic,
        (r) => placeAsked(r, r.namedStation!),
      ),
      // The safety net: nothing else read it, and it tells of someone's situation now ("he's outside", "I'm scared"). When
      // unsure, lead with 999 anyway: a needless 999 line costs little, a missed one can cost a life.
      // "i dialled but couldnt say anything, they were outside the door": the ways to reach 999 without speaking kept.
      rule('a situation that may be danger', (r) => r.danger.situation, (r) => ({ ...emergency(r), unsure: true })),
      // "my ex beat me up last night", "my partner tried to strangle me yesterday": harm to someone, told as over, with
      // nothing else asked. The one who did it may be near again, so 999 leads as a condition, then 101 and online.
      rule('harm told as over', harmToldAsOver, () => ({ intent: 'emergency', unsure: true })),
      // "i need help", "please help me": a plea that may be danger, so 999 comes first; "help", "what can you help with" ask what the bot does.
      rule('help', (r) => r.says(HELP), (r) => (r.says(A_PLEA_FOR_HELP) ? { intent: 'help', plea: true } : { intent: 'help' })),
      rule('a joke', (r) => r.cues.joke, () => ({ intent: 'out-of-scope', reason: 'joke' })),
      // Words of harm said of someone that no rule could read ("the ceiling fell on my grandad and he can't move"):
      // the safety net again, for the same reason.
      rule('words of harm about someone, not read', (r) => r.danger.perilUnread, () => ({ intent: 'emergency', unsure: true })),
      rule('a greeting', (r) => r.says(GREETING) && r.words.length <= 4, () => ({ intent: 'greeting' })),
      // A short unknown name answering "which station?", or said with police words: say we do not know it.
      // "im by the tate modern", "i'm at the copper box": where the resident is, said of a name we do not know (of two
      // words or more: "im at uni", "im in a meeting" are not places).
      // "brighton", "manchester?": a town far from London said alone, to be told it is outside the Met's area.
      rule('a place we do not know', (r) => unknownPlace(r) !== null && (r.cues.deskWords || (r.ctx.pending !== undefined && r.words.length <= 3) || (r.cues.locationGiven && r.words.length <= 7 && unknownPlace(r)!.text.includes(' ')) || townOutsideLondonAlone(r)), (r) => {
        const unknown = unknownPlace(r)!;
        return r.ctx.pending ? askAgain(r.ctx.pending, unknown, r) : { intent: 'place-only', place: unknown };
      }),
      // "police station on acre lane", "police on old kent road?": a street we do not know, said with police words, and
      // nothing else read: that street is not known, not "can't help".
      rule('a street we do not know', (r) => streetSaidOn(r) !== null && r.cues.deskWords, (r) => ({ intent: 'place-only', place: streetSaidOn(r)! })),
      // "mumbeere omusajja ali ku mulyango", "obi wo me fie seesei": a sentence in a language the bot cannot name,
      // nothing else could read it, and it may be a cry for help: answered as another language, 999 first.
      // A one-word place inside such a sentence ("Eton olee enkaji ... polisi taata": Eton) is a word of it, not where it asks about.
      rule('a sentence in a language not named', (r) => (noPlace(r) || strayPlaceWords(r)) && sentenceInAnUnnamedLanguage(r.message.original), () => ({ intent: 'non-english', language: null })),
      rule('anything else', () => true, (r) => ({ intent: 'out-of-scope', reason: r.words.some((w) => COMMON_WORDS.has(w) && w.length > 1) ? 'unrelated' : 'nonsense' })),
    ],
  },
];

// Conditions and questions several rules share.


/**
 * "from N1 instead", "walworth instead", "what about from SW2 instead": a place put in the last question's place (the
 * follow-ups' own rule asks it again), not another desk than the one given.
 */
function anotherAreaInstead(r: Reading): boolean {
  if (r.cues.nearest) return false;
  return (r.ctx.lastIntent === 'nearest' && r.areaNamed && /\bfrom\b/.test(r.text)) || (r.ctx.lastQuestion !== undefined && /\binstead\b/.test(r.text) && r.onlyAPlace && place(r));
}

/** Places found only as single words among many words nothing read, with no police word in English: words of another language. */
function strayPlaceWords(r: Reading): boolean {
  return !r.cues.deskWords && r.mentions.every((m) => !m.text.includes(' ')) && r.places.unexplained.length >= 2 * r.mentions.length + 4;
}

/** A place named on its own, or in a question no other rule read; "can i report a stolen bike at walworth" asks if a crime can be reported there. */
function placeAsked(r: Reading, place: PlaceMention): Question {
  // "whats open on sunday" (London's list), then "SE1": the nearest open then, as the list's reply offered.
  const listedThen = r.ctx.lastIntent === 'open-list' ? r.ctx.lastWhen : undefined;
  if (listedThen && listedThen.kind !== 'now' && listedThen.kind !== 'week' && place.result.status === 'found' && !place.result.match.stationId) {
    return { intent: 'nearest', place, desk: 'open-now', when: listedThen };
  }
  // Reporting still to do, not one done ("my neighbour already reported it; I only want to know where Plumstead police station is").
  return { intent: 'place-only', place, ...(r.cues.reportCrime && !r.cues.address && !REPORT_DONE.test(r.text) ? { about: 'reporting' as const } : {}) };
}

/** "just watched a heist film, which counters never close?": counters asked when they are open, after a story of something else. */
function asksWhenCountersOpen(r: Reading): boolean {
  return r.cues.deskWords && r.cues.pluralDesks && (r.cues.roundTheClock || r.cues.open || r.cues.hours);
}

/** "which ones are?", "so which is then", "which are open 24 hours": which counters are, after a yes or no about one. */
const WHICH_ARE_THEY =
  /^(?:(?:and|so|ok|okay|then|well|right|oh) )*(?:which|what) ?(?:ones?|stations?|counters?|desks?|police stations?)? (?:are|is|are they|is it|does|do)(?: (?:then|open|24 hours|24 7|24 hrs|all night|round the clock|24hr|24hrs))*$/;

/** "what's the nearest that is?", "where's the closest one that is then": the nearest desk that is what a yes or no asked. */
const NEAREST_THAT_IS =
  /\b(?:nearest|closest|nearer|closer|next nearest|next closest)(?: one| ones| station| counter| desk| police station| front counter)? (?:that|which|thats|thatll|that will) (?:is|s|are|does|do|will be|would be)(?: (?:then|open|instead|though|tho|please|pls))*\s*$/;

/**
 * The nearest desk that is what the last yes or no asked of a counter: open 24 hours, or open then (a day, a time,
 * now), from where the resident is, else from that counter. Null after anything else.
 */
function nearestThatIs(r: Reading): Question | null {
  const last = r.ctx.lastQuestion;
  if (!askedAboutHours(last) || last.yesNo === undefined) return null;
  const place = r.locationPlace;
  if (last.yesNo === 'round-the-clock') return { intent: 'nearest', place, desk: '24/7' };
  if (last.yesNo !== 'open') return null;
  return last.when && last.when.kind !== 'now' ? { intent: 'nearest', place, desk: 'open-now', when: last.when } : { intent: 'nearest', place, desk: 'open-now' };
}

/**
 * Where the resident is, for how far a counter is: the place known, unless the only one is a place a counter just
 * discussed is named after ("is brixton open?", "compare brixton and walworth", then "how far is it?"): that was the
 * counter asked of, not where the resident is, so none (the bot asks). After the nearest desk, or where the resident said
 * they are, that place.
 */
function whereTheResidentIsForADistance(r: Reading): PlaceMention | null {
  const from = r.residentPlace;
  if (r.areaNamed || !COUNTER_ASKED_OF.has(r.ctx.lastIntent ?? '')) return from;
  const namesake = found(from)?.stationId;
  const discussed = [r.ctx.lastPlace, ...(r.ctx.namedCounters ?? [])].map((m) => found(m)?.stationId);
  return namesake !== undefined && discussed.includes(namesake) ? null : from;
}

/** Questions that ask of a counter itself, not of where the resident is ("i live in brixton" is where they are). */
const COUNTER_ASKED_OF: ReadonlySet<string> = new Set(['hours', 'open-now', 'status', 'address', 'history', 'past']);

/** "How far is it?" just after a counter itself was asked of, where the resident is not known: that counter, from where? */
function howFarIsTheCounter(r: Reading): PlaceMention | undefined {
  const counter = noPlace(r) ? r.ctx.lastPlace : undefined;
  return found(counter)?.stationId !== undefined && whereTheResidentIsForADistance(r) === null ? counter : undefined;
}

/**
 * The counter a nearest answer just gave, when a bare "how far is it" / "how far?" follows it with no place named: the
 * one measured. Not when the nearest asked was itself a distance of no one counter.
 */
function theDeskJustGiven(r: Reading): PlaceMention | undefined {
  const last = r.ctx.lastQuestion;
  if (!noPlace(r) || (last?.intent !== 'nearest' && last?.intent !== 'alternatives') || r.ctx.lastIntent !== last.intent) return undefined;
  // "im in croydon" (Croydon given, its address for a distance): a place a counter is named after is the counter's own spot.
  const desk = r.discussedStation;
  return desk && found(desk)?.stationId !== found(r.residentPlace)?.stationId ? (fromContext(desk) ?? undefined) : undefined;
}

/** "and another?", "what's the next one?", said bare just after a nearest desk or somewhere else was given. */
/** "and the next 24 hour one?", "another 24hr one" just after the nearest 24-hour desks: one more of them, not the first again. */
function anotherRoundTheClockDesk(ctx: ConversationContext, text: string): boolean {
  const last = ctx.lastQuestion;
  return (last?.intent === 'nearest' || last?.intent === 'alternatives') && last.desk === '24/7' && ONE_MORE.test(text);
}

function oneMoreAfterADesk(r: Reading): boolean {
  if (!r.says(ONE_MORE) || !noPlace(r)) return false;
  if ((r.ctx.lastIntent === 'nearest' || r.ctx.lastIntent === 'alternatives') && (r.ctx.lastPlace !== undefined || r.ctx.lastLocation !== undefined)) return true;
  // "what about the other one" after one counter's hours or state ("is brixton open today"): no other was named, so
  // another counter near it, not "Sorry".
  return r.says(THE_OTHER_ONE) && ['open-now', 'hours', 'status'].includes(r.ctx.lastIntent ?? '') && found(r.ctx.lastPlace)?.stationId !== undefined;
}
/** "and close?", "what about shutting" right after a counter's hours: the other end of that day, asked bare. */
function endOfTheDayAskedBare(r: Reading): boolean {
  return BARE_DAY_EDGE.test(r.text) && !/^opens?$/.test(r.text) && r.discussedStation !== undefined && noPlace(r) && !r.danger.situation && (r.ctx.lastIntent === 'hours' || r.ctx.lastIntent === 'open-now');
}
const BARE_DAY_EDGE = /^(?:(?:and|n|ok|okay|so|what about|how about|and what about|plus)\s+)*(?:the\s+)?(?:close|closes|closing|shut|shuts|shutting|finish|finishes|open|opens|opening)(?:\s+(?:time|times|hours?))?(?:\s+(?:then|too|pls|please))?$/;
const THE_OTHER_ONE = /\b(?:the )?other (?:one|desk|counter|station|police station)\b/;

/**
 * The desk just given (by a nearest answer, or somewhere else) turned down: 'as said' with "that", "there" ("not that
 * one"), 'by name' when the desk's own name stands for it ("not walworth", "one that isnt walworth"); else undefined.
 */
function refusesTheDeskGiven(r: Reading): 'as said' | 'by name' | undefined {
  if (r.ctx.lastIntent !== 'nearest' && r.ctx.lastIntent !== 'alternatives') return undefined;
  if (r.ctx.lastPlace === undefined && r.ctx.lastLocation === undefined) return undefined;
  if (noPlace(r)) return r.says(REFUSES_THE_ONE_GIVEN) ? 'as said' : undefined;
  const given = found(r.ctx.lastPlace)?.stationId;
  const [only, ...others] = r.mentions;
  if (!given || others.length > 0 || only.result.status !== 'found' || only.result.match.stationId !== given) return undefined;
  const said = r.text.replace(only.text.toLowerCase(), 'that');
  return said !== r.text && REFUSES_THE_ONE_GIVEN.test(said) ? 'by name' : undefined;
}

/**
 * The counters this message turns down as too far or not wanted ("lewisham is too far", "not walworth", "i dont want to
 * go to brixton", "instead of lewisham"), each named, beside a place to go from: its name said as THAT for the patterns.
 */
function countersTurnedDown(r: Reading): PlaceMention[] {
  if (r.mentions.length === 0) return [];
  return r.mentions.filter((m) => {
    if (m.fromContext || found(m)?.stationId === undefined || isAreaMention(m)) return false;
    const said = r.text.replace(m.text.toLowerCase(), 'THAT');
    return said !== r.text && (TURNED_DOWN_BEFORE.test(said) || TURNED_DOWN_AFTER.test(said));
  });
}

/** Both ends of a day asked, and no open or shut asked before them ("is brixton open monday and what time does it open and close"). */
function bothEndsAskedAlone(text: string): boolean {
  const both = BOTH_ENDS_ASKED.exec(text);
  return both !== null && !/\b(?:open|closed|shut)\b/.test(text.slice(0, both.index));
}

/** Where to go asked, in words or by a desk just given: "where do i go", "which station", "any other", "nearest". */
function asksWhereToGo(r: Reading): boolean {
  return r.cues.nearest !== undefined || r.cues.alternatives || r.says(WHERE_TO_GO_ASKED) || r.ctx.lastIntent === 'nearest' || r.ctx.lastIntent === 'alternatives';
}
const WHERE_TO_GO_ASKED = /\b(?:where (?:do|should|can|could|would|shall) (?:i|we)|where (?:to|else)|which (?:station|one|counter|desk|police station)|what else|any (?:other|others|alternative)|anywhere else|somewhere else|other (?:station|option|one)s?|instead|where now)\b/;

/**
 * Where the resident goes from, a counter being turned down: another place named now (not turned down), else the place
 * they gave before; none, not this kind of message.
 */
function placeToGoFrom(r: Reading): PlaceMention | undefined {
  const turned = countersTurnedDown(r);
  const others = r.mentions.filter((m) => !turned.includes(m) && !m.fromContext && found(m) !== undefined);
  if (others.length > 1) return undefined;
  // "i dont want to go to brixton, is walworth open?": another counter asked of, not a place to go from.
  const askedOfItself = (r.cues.open || r.cues.hours || r.cues.status || r.cues.address) && found(others[0])?.stationId !== undefined && !r.cues.locationGiven && !r.nearestToAPlace && !r.cues.nearest;
  if (others.length === 1) return askedOfItself ? undefined : others[0];
  // "nearest to SE6" (Lewisham given), then "lewisham is too far": the desk just given turned down, its own rule; else a
  // place given before stays where the resident is ("i live in catford", then "where do i go, lewisham is too far").
  return refusesTheDeskGiven(r) !== undefined ? undefined : (mentionOf(r.ctx.lastLocation) ?? undefined);
}

/**
 * Somewhere else to go, at the moment asked. Asked again, with no other place or moment, just after somewhere else was
 * given ("any others?", "and another?"): the next desk of that list (`passed` one more). After the nearest 24-hour desk,
 * the desks given are of that kind.
 */
function somewhereElse(r: Reading, refusedByName = false): Question {
  const when = momentOfSomewhereElse(r);
  // "not walworth" of the desk just given: no place to go from, only one to pass.
  const named = refusedByName ? null : primaryMention(r.mentions, 'station');
  const last = named ? undefined : r.ctx.lastQuestion;
  const again = last?.intent === 'alternatives' && JSON.stringify(last.when) === JSON.stringify(when) ? last : undefined;
  const desk = again?.desk ?? (last?.intent === 'nearest' && last.desk === '24/7' ? '24/7' : undefined);
  // "and the next nearest?", "somewhere else?", "any others?" just after the nearest desk to where the resident is (a
  // postcode, a place): still measured from there, past the one given, not from the desk given.
  const fromThere = !again && (noPlace(r) || refusedByName) && last?.intent === 'nearest' && JSON.stringify(last.when) === JSON.stringify(when) && found(last.place) !== undefined && found(last.place)!.kind !== 'station' ? last.place : undefined;
  // A place named after a counter that is open ("nearest to brixton" gave Brixton itself): the list from it leaves that counter out already.
  const givenItself = fromThere !== undefined && found(fromThere)!.stationId !== undefined && found(fromThere)!.stationId === found(r.ctx.lastPlace)?.stationId;
  return {
    intent: 'alternatives',
    // Asked again ("and another?"): from where the last one was measured, not from the desk it gave.
    place: named ?? again?.place ?? fromThere ?? fromContext(r.ctx.lastPlace) ?? mentionOf(r.ctx.lastLocation),
    ...(when ? { when } : {}),
    ...(again ? { passed: (again.passed ?? 0) + 1 } : fromThere && !givenItself ? { passed: 1 } : {}),
    ...(desk ? { desk } : {}),
  };
}

/**
 * The moment somewhere else must be open: the one named with it ("anywhere else open on sunday?"), else the day or time
 * the counter was just asked of ("is brixton open at 11pm?", then "somewhere else instead?"); none (now) when "now" is
 * said, or nothing but now or the week was asked before.
 */
function momentOfSomewhereElse(r: Reading): WhenAsked | undefined {
  const named = r.when.when;
  if (named) return named.kind === 'now' || named.kind === 'week' ? undefined : named;
  const last = r.ctx.lastQuestion;
  const before = askedAboutHours(last) || last?.intent === 'alternatives' || last?.intent === 'nearest' ? last.when : undefined;
  return before && before.kind !== 'now' && before.kind !== 'week' ? before : undefined;
}

/** The last question was about a counter's hours (or whether it is open then). */
function askedAboutHours(q: PlaceQuestion | undefined): q is Extract<PlaceQuestion, { intent: 'hours' | 'open-now' }> {
  return q?.intent === 'hours' || q?.intent === 'open-now';
}

/** The last question asked whether a counter is open 24 hours. */
function askedRoundTheClock(q: PlaceQuestion | undefined): boolean {
  return askedAboutHours(q) && q.yesNo === 'round-the-clock';
}

/** "are you open 24 hours?" after a counter was discussed: asked of that counter, as if to it. */
function youAsTheCounter(r: Reading): boolean {
  return r.ctx.lastPlace !== undefined && noPlace(r) && r.says(YOU_AS_A_COUNTER);
}

/** The topic of a question about the service, if it is one; a question about a moment or the nearest desk is not. */
function serviceTopic(r: Reading): ServiceTopic | undefined {
  // "police near earls court": a topic's word inside a place found ("court") is the place's, not the topic's.
  const topic = SERVICE_TOPICS.find((t) => r.says(t.words) && t.words.test(withoutPlacesFound(r)))?.topic;
  // "nearest probation office to croydon": probation wherever it is asked, never the nearest police counter; a counter's
  // hours asked beside it ("im on probation, is brixton open now") are that question.
  if (topic === 'probation') return r.cues.hours || r.cues.open || r.cues.closedState ? undefined : topic;
  // "crime stats in my area", "crime rate near me", "crime stats for SE15": figures asked of a place, never the nearest
  // counter to it (it asked for a postcode, or gave the nearest desk); a counter asked for beside them keeps its question.
  if (topic === 'crime-figures' && !r.cues.deskWords && !r.cues.closures && r.cues.history === undefined && !r.cues.status && r.pastDate === undefined) return topic;
  if (!topic || r.cues.nearest === 'strong' || r.areaNamed) return undefined;
  // "I was attacked and it went to court already, ... when is hammersmith open": the resident's own case, not a challenge to a closure.
  if (topic === 'court' && r.says(OWN_COURT_CASE)) return undefined;
  // "is the court open today", "when is the magistrates court open": a court as a venue, whose hours the bot does not know.
  if (topic === 'court' && venueAskedOpen(r)) return undefined;
  // "is brixton open later in summer", or "are the hours the same all year" after a counter: that counter's hours.
  if ((topic === 'seasonal-hours' || topic === 'breaks') && (r.namedStation !== undefined || r.discussedStation !== undefined || !noPlace(r) || r.pastDate !== undefined)) return undefined;
  // "where is the code for brixton police station": a counter named is asked about, not the bot's own code.
  if (topic === 'bot-code' && r.namedStation !== undefined) return undefined;
  // "are you open 24 hours?" after a counter was discussed, or with one named, asks that counter's hours: "you" is the counter.
  if (topic === 'bot-hours' && (!noPlace(r) || r.ctx.lastPlace !== undefined || r.ctx.pending !== undefined)) return undefined;
  // "is there a counter in each borough?" asks whether every borough has one (a rule of the network), not the count by borough.
  if (topic === 'most-per-borough' && r.cues.yesNo && !r.says(HOW_MANY) && r.says(EVERY_BOROUGH)) return undefined;
  // "how many police stations has each borough lost": the closures counted by borough (a rule of the network), not the counters each has now.
  if (topic === 'most-per-borough' && lostByEachBorough(r)) return undefined;
  // "what were the most recent station closures", "when did the most recent police station close": closures, not a building's age.
  if (topic === 'age' && r.says(CLOSING_WORDS)) return undefined;
  // "was forest gate closed because of the fire", "is the station shut because of the fire": whether it is (or was) closed, its state.
  if (topic === 'what-happened' && r.says(CLOSED_BECAUSE_OF) && !r.says(WHICH_OR_ANY)) return undefined;
  // "is Lewisham really open all night?" asks about Lewisham's hours, not what 24/7 means.
  if ((topic === 'round-the-clock' || topic === 'night') && r.namedStation !== undefined) return undefined;
  // "is Walworth wheelchair accessible?": the data is silent on every counter, so the counter named is answered (its address).
  // "do i need an appointment at lewisham?", "what do i bring to brixton?": that the data does not say comes first, then the
  // counter named; its hours asked beside ("is brixton open now, do i need to book?") are that question.
  // "what can I do if Lewisham is closed?": where to go instead of that counter.
  if (r.namedStation !== undefined && (topic === 'if-closed' || (SILENT_TOPICS.has(topic) && (topic === 'accessibility' || r.cues.open || r.cues.hours)))) return undefined;
  // "where can I hand in a found phone in Croydon?": a place given, so the nearest counter to it (the errand rule).
  // "can i get an interpreter at the counter": the interpreter rule answers it.
  if (topic === 'counter-other' && r.cues.interpreter !== undefined) return undefined;
  // "is it anonymous if I report it at Ilford?": the anonymous-report rule, or the counter named; not what the bot keeps.
  if (topic === 'privacy' && (r.namedStation !== undefined || r.says(PRIVACY_AS_A_MATTER_TO_REPORT))) return undefined;
  // "i have reporting conditions with the home office, where do i go", "... near SE13": no counter is known to take it, so no nearest one.
  if (topic === 'counter-other' && r.namedStation === undefined && r.says(REPORTS_TO_THE_HOME_OFFICE)) return topic;
  if (COUNTER_TASKS.has(topic) && (!noPlace(r) || r.namedStation !== undefined || r.cues.nearest !== undefined || r.cues.locationGiven)) return undefined;
  // An item lost where, the place not known ("i lost my purse in Oxford Street"): the errand rule, which says so.
  if (topic === 'lost-property' && r.says(ITEM_LOST) && notFoundMention(r.places.unknownNames[0]) !== null) return undefined;
  return topic;
}

/**
 * The place a message in another language names, as the question it most likely asks: a counter (or a borough), all
 * that is known about it; a postcode or an area, the nearest counters to it.
 */
function placeInAnyLanguage(r: Reading): Question | null {
  const mention = primaryMention(r.mentions, 'station');
  const match = found(mention);
  // Only a place found for sure: letters of another script can look like a name to the fuzzy search.
  if (!mention || !match || match.score < SURE_OF_A_PLACE) return null;
  return !match.stationId && match.kind !== 'borough' ? { intent: 'nearest', place: mention, desk: 'any' } : { intent: 'place-only', place: mention };
}

/** How sure the place search must be of a place named among words of another language. */
const SURE_OF_A_PLACE = 0.9;

/** Intents whose replies hold no facts to source: before them, nothing has been answered. */
const NO_FACTS: ReadonlySet<Question['intent']> = new Set(['greeting', 'identity', 'help', 'thanks', 'acknowledged', 'goodbye', 'cancel', 'forget-me', 'clock', 'out-of-scope', 'non-english']);

/** Something with facts was answered earlier in the conversation. */
function answeredBefore(r: Reading): boolean {
  return r.ctx.lastIntent !== undefined && !NO_FACTS.has(r.ctx.lastIntent);
}

/** Another kind of venue asked open or its hours, with no counter asked of it (see ANOTHER_VENUE). */
function venueAskedOpen(r: Reading): boolean {
  if (!r.says(A_VENUE_ASKED_OPEN) || !(r.cues.open || r.cues.hours) || r.cues.nearest || r.danger.situation) return false;
  return !CUE_DESK_WORDS.test(r.text.replace(new RegExp(ANOTHER_VENUE.source, 'g'), ' '));
}

/** Requests whose decline leads with 999 anyway ("call the police for me"): the others give way to the safety net. */
const DECLINED_AFTER_999: ReadonlySet<CannotDoTask> = new Set(['call-police', 'send-officer', 'report']);

/**
 * "i need a callback, he's back again": a situation that may be danger told with a request whose decline does not lead
 * with 999; the request gives way, so the safety net (fallback) puts 999 first.
 */
function mayBeDangerUnsaid(r: Reading): boolean {
  return r.danger.situation && !DECLINED_AFTER_999.has(r.request!);
}

/** Tasks the bot cannot do that a counter does: the decline is followed by that service answer. */
const COUNTER_DOES: Partial<Record<CannotDoTask, CounterTask>> = { 'lost-property': 'lost-property', bail: 'bail' };

/** A check, licence or fine asked of counters ("do they do fingerprints?"), not of the bot: what a counter does answers it. */
function askedOfACounter(r: Reading): boolean {
  return (r.request === 'police-check' || r.request === 'fine') && serviceTopic(r) === 'counter-other';
}

/** "do I need to book an appointment?": whether one is needed, a question about the service, not a booking asked for. */
function needsAnAppointment(r: Reading): boolean {
  return r.request === 'booking' && r.says(NEEDS_AN_APPOINTMENT);
}

/** The police or a way to reach them named: a number to call is theirs, whatever else the message is about. */
const POLICE_NAMED = /\b(?:police|met|101|999|officers?|coppers?|cops?|pcsos?|station|counter|desk|nick|crimestoppers)\b/;

/** Passports, bins, the NHS, shops, a pet astray: not about a counter, nor a crime or lost property, nor danger. */
function everydayMatter(r: Reading): boolean {
  // "was Lewisham open on bin day?": a counter's hours, the day said by the everyday matter.
  // "is the immigration office in croydon open today": another office asked open, in a place with a counter, is still that office.
  const anotherOffice = r.says(ANOTHER_OFFICE_NAMED) && !/\b(?:police|nick|counter|desk|station)\b/.test(r.text);
  if (r.danger.situation || (r.namedStation && !anotherOffice && (r.cues.open || r.cues.hours || r.cues.status || r.cues.closedState))) return false;
  // "do they do fingerprints for visas?": what a counter does, asked; the data says what it knows of it.
  if (COUNTER_TASKS.has(serviceTopic(r) ?? 'purpose')) return false;
  // "ur rubbish", "this bot is garbage": said of the bot (frustration), not the bins.
  if (r.says(RUBBISH_SAID_OF_THE_BOT)) return false;
  // "my nearest polling station": the desk word is the everyday matter's own.
  // "can i report noise to the police": the police named as whom to tell, with no counter asked of, is still the council's noise.
  // "can i complain about noisy neighbours at croydon police station": a counter named as where to take it, nothing asked of
  // the counter itself, is the council's noise too (it was read as a complaint about the police).
  const noiseToThePolice = r.says(NEIGHBOURS_NOISE) && !r.cues.nearest && !r.cues.open && !r.cues.hours && !r.cues.address && !r.cues.status && !r.cues.closedState;
  if (r.cues.deskWords && !noiseToThePolice && !(r.says(EVERYDAY_MATTERS) && !pattern`\b(?:${DESK_WORDS})\b`.test(r.text.replace(globally(EVERYDAY_MATTERS), ' ')))) return false;
  // "how do i get my car back from the pound": a vehicle to get back, however "proof" or "bring" is said with it.
  if (r.says(VEHICLE_POUND) && !r.says(A_VEHICLE_STOLEN) && !r.danger.now && !r.danger.situation) return true;
  // "how do i contact the council": another office reached, the police not named (its reply says whose it is).
  if (r.cues.nonEmergency && !POLICE_NAMED.test(r.text) && !r.says(A_POLICE_MATTER) && OFFICE_MATTERS.some(([, words]) => r.says(words))) return true;
  return r.says(PET_ASTRAY) || (r.says(EVERYDAY_MATTERS) && !r.says(A_POLICE_MATTER)) || (r.says(NEIGHBOURS_NOISE) && !r.says(A_POLICE_MATTER) && !r.danger.now && !r.danger.feared);
}

/** Sign language asked of the bot itself ("can u speak sign language", "do you know bsl", "can this bot sign"). */
const SIGN_LANGUAGE_OF_THE_BOT =
  /\b(?:can|could|do|does|will|would) (?:you|u|ya|this bot|the bot|this chat|stationdesk) (?:(?:speak|do|use|know|understand|sign|talk|chat|type|write|reply|answer)(?: in| with| using)?|communicate (?:in|with|using)) (?:british sign language|sign language|bsl|signing|sign)\b|\b(?:can|could) (?:you|u|ya|this bot|the bot) sign\b/;

/** Another office's business, named in the decline when the message names one ("council tax office lewisham"). */
function officeOutOfScope(r: Reading): Question {
  const matter = OFFICE_MATTERS.find(([, words]) => r.says(words))?.[0];
  return matter ? { intent: 'out-of-scope', reason: 'unrelated', matter } : { intent: 'out-of-scope', reason: 'unrelated' };
}

/** The FOI or press office asked about, with no counter asked of: that office's matter. */
function metOfficeMatter(r: Reading): CouncilMatter | undefined {
  // A counter named is where the office is sought ("press office at brixton police station"), not what is asked of it;
  // its address asked is the question ("told a journalist ..., just want the sutton counter address").
  if (r.danger.situation || r.danger.now || r.cues.open || r.cues.hours || r.cues.nearest || r.cues.status || r.cues.closedState || (r.cues.address && r.namedStation !== undefined)) return undefined;
  const matter = OFFICE_MATTERS.find(([, words]) => r.says(words))?.[0];
  return matter === 'foi' || matter === 'press' ? matter : undefined;
}

/** A vehicle said to be stolen or gone without knowing where: a crime to report, not the pound. */
const A_VEHICLE_STOLEN = /\b(?:stolen|stole|nicked|taken|missing|gone|broken into|broke into|vandalised|keyed)\b/;

/** The council's matter an everyday message is about, if one: a pet astray first ("a dog barking" is noise only without one lost or found). */
function councilMatter(r: Reading): CouncilMatter | undefined {
  if (r.says(PET_ASTRAY)) return 'animal';
  if (r.says(NEIGHBOURS_NOISE)) return 'noise';
  if (r.says(VEHICLE_POUND) && !r.says(A_VEHICLE_STOLEN)) return 'pound';
  // Another office's business: named in the reply, with where to look, rather than the general "can't help".
  return OFFICE_MATTERS.find(([, words]) => r.says(words))?.[0];
}

/** A counter named and asked about: open, its hours, its status, its address ("my train's late, is lewisham open at 11?"). */
/**
 * A counter named and asked of by a question that begins after the transport matter told ("my train got cancelled again
 * ugh is ilford open", "tube strike smh what time does walworth close"): not "when is the last train to brixton", where
 * the place is the journey's end and no question follows the transport words.
 */
function counterAskedAfterTransport(r: Reading): boolean {
  if (!asksOfACounterNamed(r) || r.namedStation?.fromContext) return false;
  const after = r.text.slice(lastEnd(TRANSPORT_TIMES, r.text));
  const asked = /\b(?:is|isnt|are|does|do|what|whats|when|which|where|how|can|will|till|til|until)\b/.exec(after);
  if (!asked) return false;
  const place = r.namedStation!.text.toLowerCase();
  return after.slice(asked.index).includes(place);
}

function asksOfACounterNamed(r: Reading): boolean {
  const c = r.cues;
  return r.namedStation !== undefined && (found(r.namedStation)?.score ?? 0) >= SURE_OF_A_PLACE && (c.open || c.hours || c.status || c.closedState || c.address || c.roundTheClock);
}

/** Words that ask how a counter was, not where the nearest is: "was it open", "could I walk in", "what hours did it keep". */
function asksAboutThePast(r: Reading): boolean {
  if (r.pastAsked === undefined || r.cues.nearest === 'strong' || r.cues.address || r.comparesDesks || r.says(INTENDED)) return false;
  const c = r.cues;
  // "burgled in march, ... when did mitcham counter shut": the date it closed is asked; a time told before is the story's.
  // "when did brixton start closing early": when its hours changed, not a closure.
  if (c.history === 'closure-date' && r.says(WHEN_DID_IT) && !(r.pastAsked.kind === 'before-change' && r.pastAsked.when)) return false;
  const againOfThePast = r.ctx.lastIntent === 'past' && noPlace(r);
  // "is ilford open?", then "and in 2019?", "what about back in 2018": the counter discussed, then.
  const onlyATimeGoneBy = r.discussedStation !== undefined && noPlace(r) && r.says(ONLY_A_YEAR_GONE_BY) && ['open-now', 'hours', 'status', 'history', 'place-only', 'address'].includes(r.ctx.lastIntent ?? '');
  const aboutACounter =
    againOfThePast || onlyATimeGoneBy || c.open || c.closedState || c.hours || c.status || c.inPerson || c.history !== undefined || c.deskWords || r.says(PAST_TENSE) || (c.roundTheClock && r.pastAsked.kind === 'before-change') ||
    (r.says(CHANGE_ASKED) && r.pastAsked.kind === 'period') ||
    // "hammersmith in 2018 vs today": the counter then set against now.
    r.says(THEN_AGAINST_NOW);
  if (!aboutACounter) return false;
  if (r.namedStation !== undefined) return true;
  if (r.discussedStation !== undefined && (r.leansOnDiscussed || r.ctx.lastIntent === 'past' || onlyATimeGoneBy) && noPlace(r)) return true;
  // "was the counter open in 2019?" with no counter named: which one? ("when did they stop 24 hour opening" is the network's new hours.)
  // "why did they shut so many in 2026": the reasons for a round of closures, not one counter's.
  if (c.plans === 'why' && r.says(SO_MANY)) return false;
  return noPlace(r) && (c.deskWords || c.reference) && (c.open || c.closedState || c.hours) && !c.pluralDesks && !c.closures && !c.existential && !r.says(HOW_MANY) && !r.says(NEW_HOURS);
}

/** The plan just discussed, referred to: "under it", "because of that", "did that plan close", "did it shut", "its closures". */
const UNDER_THAT_PLAN = /\b(?:under|by|in|from|with|because of|due to|thanks to) (?:it|that|this|them|that one|that plan|this plan|the plan|that strategy|it all)\b|\b(?:did|has|had) (?:it|that|that plan|this plan|the plan|they) (?:close|shut|closed|axe|cut)\b|\bits closures\b/;

/** The plan of the closures just listed, when the list was of one plan's round ("which closed in 2017"). */
/** The closures of a time just listed as they are, by date: not counted by year or borough, reopened, saved, kept, moved or first. */
function plainClosuresListed(ctx: ConversationContext): boolean {
  const l = ctx.lastList;
  if (ctx.lastIntent !== 'closures-list' || l?.intent !== 'closures-list' || typeof l.period !== 'object') return false;
  return !l.moved && !l.reopened && !l.saved && !l.kept && !l.first && !l.last && !l.byYear && !l.byBorough && !l.namedOfTheMost && !l.compareYears && !l.happened && !l.roundTheClock;
}

function planOfTheClosuresListed(ctx: ConversationContext): string | undefined {
  const list = ctx.lastList;
  if (ctx.lastIntent !== 'closures-list' || list?.intent !== 'closures-list' || list.reopened !== undefined || typeof list.period !== 'object') return undefined;
  return list.period.planId;
}

/** A year (or a month of it) said alone as a follow-up: "and in 2019?", "what about back in 2018", "how about march 2020 then". */
const ONLY_A_YEAR_GONE_BY =
  /^(?:(?:and|so|ok|okay|but|what|how|about|back|in|during|then|the|year|of|same|question|for)\s+)*(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\s+)?(?:19|20)\d\d(?:\s+(?:then|too|though|tho|as well|please|pls))*$/;

/** Many counters said without a counter word: "so many", "all those", "that many", "loads of them". */
const SO_MANY = /\b(?:so many|that many|too many|all (?:those|these|them|of them)|loads|lots)\b/;

/** "when did it close", "when was it shut": a date asked for, not a time asked about. */
const WHEN_DID_IT = /\bwhen (?:did|was|were|had)\b/;

/** The counter a question about the past is about: named now, else the one discussed. */
function counterInThePast(r: Reading): PlaceMention | null {
  // "was it open 24 hours" just after a list: which of those listed, before the counter discussed earlier.
  if (r.namedStation || !noPlace(r)) return r.namedStation ?? null;
  return r.oneOfTheListed ?? (r.discussedStation ? fromContext(r.discussedStation) : null);
}

/** Hours, or whether it was open (or closed); "and in 2019?" keeps what the last question wanted. */
function pastFocus(r: Reading): PastFocus {
  const c = r.cues;
  // "has anything changed at ilford since 2019", "what's different at brixton since last year": whether, and what, changed.
  if (r.says(CHANGE_ASKED) && r.pastAsked?.kind === 'period' && !r.says(HOURS_WORDS)) return 'changed';
  if (c.hours || c.roundTheClock || r.says(HOURS_WORDS)) return 'hours';
  if ((c.closedState || r.says(CLOSES_VERB)) && !c.open) return 'closed';
  const last = r.ctx.lastQuestion;
  if (!c.open && last?.intent === 'past') return last.focus;
  // "what did stratford used to be?", "what was it like before?": what it was (its hours then), not a yes or no of open.
  if (!c.open && WHAT_IT_WAS.test(r.text)) return 'hours';
  return 'open';
}

/** What a counter was asked, not whether: "what did it used to be", "what was it like", "how was it before". */
const WHAT_IT_WAS = /^(?:so |and |but )?(?:what|how|tell me (?:what|how))\b/;

/** 999, with the ways to reach it when speaking is unsafe or impossible. */
export function emergency(r: Reading): Extract<Question, { intent: 'emergency' }> {
  const { silentCall, textOrRelay, services } = r.danger;
  // The police, said by the reply unless the danger read says whom else (or that it does not know whom).
  const onlyPolice = services.length === 1 && services[0] === 'police';
  return {
    intent: 'emergency',
    ...(silentCall ? { silentCall: true } : {}),
    ...(textOrRelay ? { textOrRelay: true } : {}),
    ...(r.danger.now && !onlyPolice ? { services } : {}),
  };
}

const PLACE_INTENTS: ReadonlySet<Question['intent']> = new Set(['hours', 'open-now', 'status', 'address', 'nearest', 'history', 'borough-desks']);

/** "the only ones", "the only 24 hour stations", "only ones open all night": all of a kind asked, those named checked against it. */
const THE_ONLY_ONES = /\bthe only (?:ones?|\w+ (?:ones?|stations?|counters?|desks?)|24 ?(?:hour|hr|h)\w* (?:ones?|stations?|counters?|desks?|front counters?)|(?:stations?|counters?|desks?|front counters?|front desks?|police stations?))\b|\bonly ones\b/;

/** A front counter or desk asked for, near or to a place: "nearest front counter to ...", "front desk near ...". */
/** A place's own station after its name ("holland park tube station", "herne hill train station", "oval tube"). Sticky: tried where the name ends. */
const ITS_OWN_STATION = / (?:(?:tube|train|underground|overground|rail|railway|dlr) (?:station|stn)|tube|underground|overground)\b/y;

/** Words that say the resident is by a place, ending where its name begins ("near ", "i live by the "). Sticky lookbehind. */
const BY_A_PLACE = /(?<=\b(?:near|by|at|around|outside|in|from|beside|opposite|next to|close to) (?:the )?)/y;

/**
 * The resident is by a place found in the message, named by its station: "near holland park tube station", "i live by
 * herne hill train station" (not "how do i get to holland park tube station", nor "the nearest tube station to X").
 */
function placeNamedByItsStation(r: Reading): boolean {
  return r.mentions.some((m) => {
    // Borough ("near borough tube") is a place whose only point in the data is its old counter's.
    if (m.result.status !== 'found' || (m.result.match.kind !== 'place' && m.text !== 'borough')) return false;
    const name = m.text.toLowerCase();
    return atSomeOccurrence(r.text, name, (at) => followedBy(BY_A_PLACE, r.text, at) && followedBy(ITS_OWN_STATION, r.text, at + name.length));
  });
}

/** Words that end the name of a landmark, a green or an estate: "ruskin park", "horniman museum", "ridley road market". */
const ENDS_A_LANDMARK = new Set(['park', 'common', 'heath', 'museum', 'market', 'estate', 'gardens', 'fields', 'green', 'rec', 'hospital', 'library', 'cemetery', 'woods', 'marshes']);

/** A postcode district or sector said with a name the data knows only part of ("victoria park e9"): where the resident is. */
function districtOfAPartKnownName(r: Reading): PlaceMention | undefined {
  const unknown = r.places.unexplained;
  if (unknown.length === 0 || unknown.length > 3) return undefined;
  const said = r.mentions.filter((m) => !m.fromContext);
  const districts = said.filter((m) => found(m)?.kind === 'district' || found(m)?.kind === 'postcode');
  const name = said.find((m) => !districts.includes(m))?.text.toLowerCase();
  // The words not known stand beside the name's known part ("victoria" of "victoria park"): one name, part known.
  const words = ` ${r.words.join(' ')} `;
  const oneName = name !== undefined && (words.includes(` ${name} ${unknown.join(' ')} `) || words.includes(` ${unknown.join(' ')} ${name} `));
  return districts.length === 1 && said.length === 2 && oneName ? districts[0] : undefined;
}

/**
 * The words no place explains are one run, right before or after a place found, and end as a landmark's name
 * ("ruskin park camberwell", "camberwell, ruskin park"), with nothing else said: the landmark is in that place.
 */
function landmarkBesideItsPlace(r: Reading): boolean {
  const unknown = r.places.unexplained;
  if (unknown.length < 2 || unknown.length > 4 || !ENDS_A_LANDMARK.has(unknown[unknown.length - 1])) return false;
  const said = ` ${r.words.join(' ')} `;
  return r.mentions.some((m) => found(m) !== undefined && !m.fromContext && (said.includes(` ${unknown.join(' ')} ${m.text.toLowerCase()} `) || said.includes(` ${m.text.toLowerCase()} ${unknown.join(' ')} `)));
}

/**
 * A counter asked for near a place whose own name holds another service's words ("nearest counter to battersea power
 * station", "desk near king's college hospital" where the place index has it): the place, not the other service.
 */
/**
 * Another service named only as where from, a nearest asked of it: "nearest station to the royal london hospital",
 * "closest station to whitechapel tube station" ask for the police counter nearest it, not for a hospital or a tube
 * station ("which train station is nearest the hospital" still names another kind of station asked for).
 */
function otherServiceOnlyWhereFrom(r: Reading): boolean {
  if (!r.cues.nearest || !CUE_DESK_WORDS.test(r.text)) return false;
  const rest = r.text.replace(OTHER_SERVICE_AS_WHERE_FROM, ' ');
  return rest !== r.text && !CUE_OTHER_SERVICE.test(rest);
}
const OTHER_SERVICE_AS_WHERE_FROM =
  /\b(?:to|near|nr|by|at|from|around|next to|opposite|outside|behind|beside|close to|closest to|nearest to) (?:the |a |an |my |our )?(?:[a-z]+ ){0,3}?(?:hospital|gp|doctor|doctors|dentist|pharmacy|chemist|post office|library|job ?centre|(?:fire|train|tube|railway|rail|bus|coach|petrol|underground|overground|dlr|tram|ambulance) stations?)\b/g;

function otherServiceOnlyInAPlacesName(r: Reading): boolean {
  if (!r.cues.deskWords) return false;
  let rest = r.text;
  for (const m of r.mentions) if (found(m)) rest = rest.split(m.text.toLowerCase()).join(' ');
  // The counter words outside the name: "when does battersea power station open" asks of the place itself.
  return rest !== r.text && !CUE_OTHER_SERVICE.test(rest) && CUE_DESK_WORDS.test(rest);
}

/** A counter word right after a station's name: "kentish town desk", "brixton front counter", "ilford nick". */
const ITS_COUNTER = / (?:front )?(?:desk|counter)s?\b| nick\b| cop shop\b/y;

/** A station's counter named by the station's name and a counter word ("is Kentish Town desk open on sunday"). */
function counterNamedAsACounter(r: Reading): boolean {
  return r.mentions.some((m) => {
    if (m.result.status !== 'found' || m.result.match.kind !== 'station') return false;
    const name = m.text.toLowerCase();
    // The counter word may be read as part of the name ("kentish town desk" found as Kentish Town).
    return COUNTER_LAST.test(name) || atSomeOccurrence(r.text, name, (at) => followedBy(ITS_COUNTER, r.text, at + name.length));
  });
}
const COUNTER_LAST = / (?:desk|counter|nick|cop shop)s?$/;

const A_COUNTER_TO_A_PLACE = /\b(?:front (?:counter|desk)s?|police (?:counter|desk)s?)\b.*\b(?:to|near|nearby|by|around|close to|next to)\b/;

/** A reopening asked of what is to come: "is it reopening", "will it open again", "bringing it back". */
const REOPENING_AHEAD = /\b(?:reopening|re opening|going to reopen|gonna reopen|(?:will|would|could|might) (?:\w+ ){0,4}?(?:ever |eventually |ever be |be )?(?:reopen|re open|reopened)|(?:will|going to|gonna) (?:\w+ )?(?:open|be open) (?:up )?again|opening (?:up )?again|bring(?:ing)? (?:\w+ )?(?:\w+ )?back|coming back|ever (?:reopen|open again))\b/;

/** "where should she go", "live in Eltham": the nearest is asked, from where the resident is, not whether a counter is open. */
const WHERE_TO = /\bwhere\b|\b(?:live|lives|living|stay|stays|staying|based) (?:in|at|near|round|around)\b/;

/** Special days said in the plural: every one of them, at every counter ("opening hours on bank holidays"). */
/** "on bank holidays", or the hours asked whether they change ("do the hours change at christmas"): counters in general on a special day. */
const SPECIAL_DAYS_IN_GENERAL = /\b(?:bank|public) holidays\b|\b(?:hours|times|opening)\b.*\b(?:change|changes|different|differ|vary|varies)\b|\b(?:change|changes|different|differ|vary|varies)\b.*\b(?:hours|times|opening)\b/;

/** "which police station near her is still open": which one, not whether this one is. */
const WHICH_ONE = /\bwhich\b/;

/** A place named for its own station ("Peckham", "Woodford"), not also a borough's name ("Croydon", "Harrow"). */
function namedForItsStation(m: PlaceMention): boolean {
  const match = found(m);
  return match?.kind === 'place' && match.stationId !== undefined && match.stationId !== null && m.result.status === 'found' && !m.result.alternatives.some((a) => a.kind === 'borough');
}

/** What a message telling of fear asks of a counter or place; null if it asks nothing of one (the safety net reads it). */
function fearedQuestion(r: Reading): Question | null {
  return aboutAPlace(r.askedBesidesFear);
}

/** A question read besides something else, when it asks of a counter or place; else null. */
function aboutAPlace(question: Question | null): Question | null {
  return question && PLACE_INTENTS.has(question.intent) ? question : null;
}

/** What an urgent message asks of a counter or place, read without its urgency; null if it asks nothing of one. */
function placeQuestionBesidesUrgency(r: Reading): Question | null {
  return aboutAPlace(r.askedBesidesUrgency);
}

/** A closing time or a while from now asked of the counters in general ("which ones", "what", "any", "counters"). */
function closingAsked(r: Reading): ClosingAsked | null {
  if (!(r.cues.pluralDesks || r.cues.existential || r.says(ASKS_WHICH) || r.says(WHAT_OR_ANY))) return null;
  const now = r.now.setZone('Europe/London');
  return readClosingAsked(r.text, r.when.when, { date: now.toISODate() ?? '', weekday: now.weekday });
}

/** A borough named, as a borough or as the name of a place that is also one ("croydon", "redbridge"). */
/** Two areas named whose counters can be counted: two parts of London, or two boroughs (or places taken as their boroughs). */
function twoAreasCounted(r: Reading): [CountedArea, CountedArea] | undefined {
  const parts = twoPartsOfLondon(r.text);
  if (parts) return [{ part: parts[0] }, { part: parts[1] }];
  const boroughs = r.mentions.map(asBorough).filter((m) => found(m)?.kind === 'borough');
  const labels = boroughs.map((m) => found(m)?.label);
  const distinct = boroughs.filter((m, k) => labels.indexOf(labels[k]) === k);
  return distinct.length === 2 ? [{ place: distinct[0] }, { place: distinct[1] }] : undefined;
}

/** The borough a message asks of: the one place it names, a borough (or read as one: "ealing", "hackney"), said after "in". */
function boroughAskedOf(r: Reading): PlaceMention | null {
  const b = boroughMentioned(r);
  return b && r.mentions.length === 1 && r.text.includes(` in ${b.text.toLowerCase()}`) ? b : null;
}

/** "the only one in", "the only police station left in", "the only counter for": one counter of a borough asked as its only one. */
const THE_ONLY_ONE_IN = /\bthe only (?:one|police station|station|counter|front counter|desk|front desk|nick|cop shop)(?: (?:left|open|still open))? (?:in|for|of) (?!the country\b|london\b|the met\b)/;

function boroughMentioned(r: Reading): PlaceMention | null {
  return r.mentions.find((m) => m.result.status === 'found' && (m.result.match.kind === 'borough' || m.result.alternatives.some((a) => a.kind === 'borough'))) ?? null;
}

/** The counters a message names (not the place the resident is at), at most three, in the order named. */
/**
 * The place a distance is measured from when it is named among the counters compared: "which is closer to paddington,
 * charing cross or marylebone", "from kings cross, is islington or holborn nearer". Only when two others are left.
 */
function originOfAComparison(r: Reading): PlaceMention | null {
  const desks = namedDesks(r);
  if (desks.length < 3 && !(desks.length === 2 && r.mentions.length >= 3)) return null;
  for (const m of r.mentions) {
    const at = r.text.indexOf(m.text.toLowerCase());
    if (at > 0 && MEASURED_FROM.test(r.text.slice(Math.max(0, at - 24), at)) && r.mentions.filter((o) => o !== m && found(o) !== undefined).length >= 2) return m;
  }
  return null;
}
const MEASURED_FROM = /\b(?:(?:closer|nearer|nearest|closest|quicker|quickest|easier) (?:to|for)|(?:distance|far) from|from)\s*$/;

function namedDesks(r: Reading): PlaceMention[] {
  const where = r.areaNamed ? r.area : null;
  const seen = new Set<string>();
  return r.mentions.filter((m) => {
    const id = found(m)?.stationId;
    if (!id || m === where || seen.has(id)) return false;
    seen.add(id);
    return true;
  }).slice(0, 3);
}

/** One plan, by its id in the data; all the plans when the data has none to name. */
function planQuestion(planId: string | undefined): Question {
  return planId ? { intent: 'plans', topic: 'plan', planId } : { intent: 'plans', topic: 'general' };
}

/** The counters as of the day before a round of closures (the round named, else the latest begun), or as of today after it. */
/**
 * The counters counted ("how many were there in 2014"), or their state asked ("what were the front counters like in
 * 2016", "what was it like before the closures"), which the count then answers; "it" or "they" with a counter being
 * discussed is that counter's question.
 */
function countOrStateAsked(r: Reading): boolean {
  if (r.says(COUNT_ASKED)) return true;
  return r.says(WHAT_IT_WAS_LIKE) && (r.cues.pluralDesks || r.cues.deskWords || found(r.ctx.lastPlace) === undefined);
}

/** A borough's loss asked of a time ("lost ... in 2017") or with its date ("lost ... and when"): the period, or `true` for any time. */
function lossAskedInTime(r: Reading): ClosurePeriod | true | undefined {
  if (!r.says(LOST_ASKED)) return undefined;
  const period = r.cues.closures !== undefined && r.cues.closures !== 'all' ? r.cues.closures : undefined;
  if (period) return period;
  return r.says(WHEN_LOST) ? true : undefined;
}

function countAroundTheClosures(r: Reading): Question {
  const which = r.cues.roundTheClock ? {} : { allCounters: 'counted' as const };
  const today = r.now.setZone('Europe/London').toISODate() ?? '';
  const round = r.closurePeriod ?? r.planNames.latestRound(today);
  if (!round || AROUND_THE_CLOSURES.exec(r.text)?.[1] !== 'before') return r.cues.roundTheClock ? { intent: 'list-24x7' } : { intent: 'plans', topic: 'how-many-left' };
  // "before the closures", "before the cuts" with no round named may mean the latest round or the one before it (2017's
  // cut 73 to about 35, 2026's 37 to 27): both counts, each the day before its round. The 24-hour counters and "the
  // changes" (of hours, in March 2026) point to the latest round alone.
  const both = !r.closurePeriod && !r.cues.roundTheClock && !/\bbefore (?:the |all the |these |those )?(?:changes?|review)\b/.test(r.text);
  const [earlier, latest] = both ? r.planNames.roundsBegun(today).slice(-2) : [];
  if (earlier && latest) return { intent: 'list-24x7', asOf: { ...dayBefore(earlier.from), before: earlier.label }, versusYear: { ...dayBefore(latest.from), before: latest.label }, ...which };
  return { intent: 'list-24x7', asOf: dayBefore(round.from), ...which };
}

/**
 * What a yes or no about the count then against now asks to be so: "more in 2017 than now", "fewer now than in 2013"
 * (more then), "more now than in 2017" (more now); nothing when no more or fewer is asked ("how many now compared to 2017").
 */
function claimAgainstNow(text: string): { claim?: 'more-then' | 'more-now' } {
  // "are there fewer than in 2020": more or fewer now. "gone down since 2020": fewer now.
  const nowMore = NOW_AGAINST_A_YEAR.exec(text);
  if (nowMore) return { claim: nowMore[1] === 'more' ? 'more-now' : 'more-then' };
  const changed = CHANGED_SINCE_A_YEAR.exec(text);
  if (changed) return { claim: changed[1] === 'up' || changed[4] === 'up' || changed[3] !== undefined || changed[6] !== undefined ? 'more-now' : 'more-then' };
  const more = MORE_OR_FEWER.exec(text);
  if (!more) return {};
  const than = /\b(?:than|compared|versus|vs)\b/.exec(text);
  const now = /\b(?:now|today|nowadays|these days|currently)\b/.exec(text);
  // "were there more in the 1990s", "there used to be fewer": more or fewer then, against now.
  const backThen = MORE_BACK_THEN.exec(text);
  if ((!than || !now) && backThen) return { claim: backThen.slice(1).some((g) => g === 'more') ? 'more-then' : 'more-now' };
  if (!than || !now) return {};
  // The subject of "more" or "fewer" is what comes before "than": now ("fewer now than in 2013") or then ("more in 2017 than now").
  const nowFirst = now.index < than.index;
  const saysMore = more[1] !== undefined;
  return { claim: saysMore === nowFirst ? 'more-now' : 'more-then' };
}

/**
 * Where a counter went, its name the subject ("where did the kensington desk go", "where has barking police station gone",
 * "where did wembley end up"): what replaced it. Not someone else who went ("where did my son go, he was at brixton").
 */
function whereTheCounterWent(r: Reading): boolean {
  const m = /\bwhere (?:did|has|have|had) (?:the (?:old )?)?((?:\w+ ){1,6}?)(?:go|gone|end up|ended up|disappear to|vanish to|move to|moved to)\b(?! (?:to|for|and|on|at|in|last|yesterday|today|this)\b)/.exec(r.text);
  const name = r.namedStation?.text.toLowerCase();
  if (!m || !name) return false;
  const said = m[1].replace(/\b(?:police station|police|station|front counter|counter|front desk|desk|nick)\b/g, ' ').replace(/\s+/g, ' ').trim();
  return said !== '' && name.includes(said);
}

/** What took a counter's place: "which counter replaced X", "what replaced X", "the replacement for X". */
const REPLACED_ASKED =
  /\b(?:what|which)\b(?: \w+){0,3}? (?:replaced|took over from|took the place of)\b|\b(?:replacement|successor) (?:for|of|to)\b|\bwhat (?:is|was|s) (?:there )?instead of\b|\bwhat (?:took|takes|has taken|s taken) (?:its|their) place\b|\b(?:is|was) there (?:a |any )?(?:replacement|successor)\b|\bwhat (?:did|have|has) (?:they|the met|the police) (?:replace|replaced) (?:it|that|that one|them) with\b|^(?:and |so )?(?:any |a )?(?:replacement|successor)$/;

/** Moves asked of the counters, none named: "did any stations move rather than close", "which counters moved". */
const MOVES_ACROSS_THE_NETWORK =
  /\b(?:did|have|has|had|were|was) (?:any|some|many|a few)(?: of (?:the|them|those))?(?: (?:police|front))?(?: (?:stations?|counters?|desks?|ones))? (?:just |simply |actually |only )?(?:move|moved|relocate|relocated|get moved|been moved|been relocated)\b(?! (?:its|their) (?:hours|times|opening))|\b(?:which|what|any) (?:police |front )?(?:stations?|counters?|desks?|ones) (?:have |had |were |got |just )?(?:moved|relocated|been moved|been relocated)\b|\b(?:stations?|counters?|desks?|ones) (?:that|which) (?:have |had |were |got )?(?:moved|relocated)\b|\b(?:move|moved|relocated?) (?:rather|instead) (?:than|of) (?:clos|shut)/;

/** A move asked of a counter: "did it move", "has it moved", "was it relocated". */
const MOVE_ASKED = /\b(?:move|moved|moving|relocate|relocated|relocation)\b/;

/** Said of the past, or of a closure as a thing: "was", "did", "closed", "closure" (not "which is the first to close today"). */
const PAST_OR_A_CLOSURE = /\b(?:was|were|did|closed|shut down|closures?|ever)\b/;

/** "did anything close", "did any shut": the counters in general, as the subject. */
const ANYTHING_AT_ALL = /\b(?:anything|any (?:ones?|of them)|did any|have any|has any)\b/;

/** Closures counted by year: "each year", "per year", "year by year", "a year" (not "this year", "last year"). */
const EACH_YEAR = /\b(?:each|every|per|a) year\b|\byear (?:by|on|after) year\b|\bby year\b|\bin which years?\b/;
/** The year with the most: "which year had the most closures", "what year did they close the most", "the worst year". */
const MOST_IN_A_YEAR = pattern`\b(?:which|what) years?\b.*\b(?:most|biggest|largest|highest|worst)\b(?! recent)|\bwhen (?:did|were|was) (?:the )?most\b(?! recent)|\b(?:most|biggest|largest|worst)\b.*\b(?:which|what|in a|in one|single) years?\b|${YEAR_OF_THE_MOST_CLOSURES.source}`;

/** Closures asked as a count, or as closures: "how many closed per borough", "closures by borough". */
/**
 * "has every borough lost a police station", "how many stations has each borough lost", "did every borough have a
 * counter closed": a loss asked of every borough, answered by the closures counted by borough. Not what is left
 * ("does every borough still have one", "how many has each borough got left").
 */
function lostByEachBorough(r: Reading): boolean {
  return (r.says(EACH_BOROUGH) || r.says(EVERY_BOROUGH)) && r.says(LOST_OR_CLOSED) && !r.says(WHAT_IS_LEFT_NOW);
}
const LOST_OR_CLOSED = /\b(?:lost|lose|losing|closed|shut|shut down)\b/;
const WHAT_IS_LEFT_NOW = /\b(?:left|remain|remaining|still|now|today|open)\b/;
/** Two years said with a word that compares them ("more", "fewer", "than", "compare", "versus"): the two, in the order said. */
function yearsCompared(r: Reading): [string, string] | undefined {
  const years = [...new Set(r.text.match(/\b(?:19|20)\d\d\b/g) ?? [])];
  return years.length === 2 && r.says(COMPARES_YEARS) ? [years[0], years[1]] : undefined;
}
/** Two past years, not next to each other, joined by "and" ("in 2017 and 2026", "in 2018 and in 2020"): each asked, not the span. */
/**
 * A counter named and asked when it first opened: 'asked' when the words make it the first opening, 'if-closed' when a
 * counter open now may be asked of today ("when did walworth open"). No moment said, no reopening, no danger.
 */
function firstOpeningAsked(r: Reading): 'asked' | 'if-closed' | undefined {
  const m = FIRST_OPENING_ASKED.exec(r.text);
  if (!m || r.stationPlace === null || r.namedStation === undefined || r.when.when !== undefined || r.danger.situation || r.says(WHEN_REOPENED) || r.words.includes('again')) return undefined;
  return m.slice(1).some((g) => g !== undefined) ? 'asked' : 'if-closed';
}

/** Now said beside a time gone by: the count then is set against now, not against another year. */
const NOW_SAID = /\b(?:now|today|currently|these days|nowadays)\b/;

/**
 * The other year, when one year gone by is set against another with more or fewer asked or a word that compares ("more
 * police stations in 2020 than 2024", "more stations 2018 or 2025", "2018 vs 2025 police stations"); "2018 or 2025"
 * alone is no comparison. Both years must be past.
 */
function yearAgainstYear(r: Reading): ListAsOf | undefined {
  const m = YEAR_AGAINST_YEAR.exec(r.text);
  if (!m || (m[1] !== undefined && !r.says(MORE_OR_FEWER_ASKED))) return undefined;
  return secondPastYear(r.text, r.now);
}

function yearsNamedTogether(r: Reading): [number, number] | undefined {
  // "between 2017 and 2020", "from 2017 and 2020": a span, every year in it (see planNames' yearsSpan), not two years.
  const m = /\b(?<!\b(?:between|from|betwen|btwn) )((?:19|20)\d\d) and (?:in |also )?((?:19|20)\d\d)\b/.exec(r.text);
  if (!m) return undefined;
  const [a, b] = [Number(m[1]), Number(m[2])];
  // Years ahead ask what is planned, not what closed.
  return a !== b && Math.abs(a - b) > 1 && Math.max(a, b) <= r.now.year ? [a, b] : undefined;
}
/** Which ones asked, not whether any: "which counters moved", "what stations relocated", "tell me the ones that moved". */
const WHICH_ONES_ASKED = /\b(?:which|what|list|name|tell me|show me)\b/;
/** Asked with a verb first, for a yes or no: "did some of them just move", "were a few relocated". */
const ASKED_YES_OR_NO = /^(?:(?:and|so|ok|okay|but|hmm) )?(?:did|have|has|had|were|was|are|is)\b/;
const CLOSED_IN_A_YEAR = /\b(?:close|closed|closes|closing|closures?|shut|shutting|lost|lose|losing)\b/;
const COMPARES_YEARS = /\b(?:more|fewer|less|most|compare|compared|comparison|versus|vs|than|difference|worse|bigger)\b/;
const COUNT_OR_CLOSURES = /\bhow many\b|\b(?:number|count|tally|total) of\b|\bclosures\b/;

/** "which year had the most closures since 2020": the closures of a period of more than one year, counted by year. */
function countedOverItsYears(question: Question, r: Reading): Question {
  const { period } = question.intent === 'closures-list' ? question : {};
  return period && period.from.slice(0, 4) < period.to.slice(0, 4) && r.says(MOST_IN_A_YEAR) ? { ...question, byYear: 'most' } as Question : question;
}

/** `{ byYear }` when the closures are asked counted by year; nothing otherwise. */
function byYearAsked(r: Reading): { byYear?: 'each' | 'most' } {
  return r.says(MOST_IN_A_YEAR) ? { byYear: 'most' } : r.says(EACH_YEAR) ? { byYear: 'each' } : {};
}

/** "how many 24 hour stations closed in 2026", "which 24 hour stations closed in north london": only the closures of counters open 24 hours a day until then (not counts by year or borough). */
/**
 * The closures as asked: only the 24-hour counters' where those are asked ("did any 24 hour stations close in 2026"), and
 * whether any closed, yes or no, where that is asked ("did any counters close in 2017", "were any closed in 2019").
 */
function closuresAsAsked(r: Reading, q: Extract<Question, { intent: 'closures-list' }>): Question {
  const plain = !q.byYear && !q.byBorough && !q.compareYears && !q.reopened;
  const whether = plain && !r.cues.roundTheClock && r.says(WHETHER_ANY_CLOSED) ? { whetherAsked: true as const } : {};
  return r.cues.roundTheClock && plain ? { ...q, roundTheClock: true } : { ...q, ...whether };
}

function closuresQuestion(period: ClosurePeriod | 'all'): Question {
  return period === 'all' ? { intent: 'closures-list' } : { intent: 'closures-list', period };
}

/** Closures asked about, and not the reasons for them ("what was the reason for closing the counters"). */
/**
 * Which counters reopened, asked of the past and of counters in general ("which stations reopened", "have any police
 * stations reopened?", "did any counters come back"): no counter or place named, no reopening to come, no danger told.
 */
function asksWhichReopened(r: Reading): boolean {
  return (
    r.says(REOPENED) && (r.says(WHICH_OR_ANY) || r.cues.pluralDesks || r.says(LATEST_REOPENING)) && (!r.says(REOPENING_TO_COME) || r.says(LATEST_REOPENING)) && !r.namedStation && !r.stationMention && noPlace(r) &&
    // "any stations open again tomorrow", "what time do they open again": the hours, not a reopening.
    r.when.when === undefined && !r.cues.hours && !r.danger.situation && !(r.cues.reference && r.discussedStation !== undefined)
  );
}

/** "and before that?", "what about earlier", "the year before?": said alone, of the time just asked. */
const BEFORE_THAT_ALONE =
  /^(?:(?:and|so|ok|okay|but|what|how|about)\s+)*(?:before (?:that|then|this|those)|earlier(?: than that| on)?|prior to (?:that|then)|(?:the|a) year before(?: that)?|the year prior)(?:\s+(?:then|too|tho|though|please|pls))?$/;

/** The question of "before that?" after a time gone by: closures listed (those before its start), or a count of a year (the year before). */
function beforeThat(r: Reading): Question | undefined {
  if (r.danger.situation || !BEFORE_THAT_ALONE.test(r.text) || !noPlace(r)) return undefined;
  const last = r.ctx.lastList;
  if (plainClosuresListed(r.ctx) && last?.intent === 'closures-list' && typeof last.period === 'object') {
    // "what closed in 2026" is read as that year's round (from 28 February): before that is before the year said.
    const before = closuresBefore(last.period.yearSaid !== undefined ? `${last.period.yearSaid}-01-01` : last.period.from);
    return before.to < before.from ? undefined : { intent: 'closures-list', period: before, ...(last.part ? { part: last.part } : {}) };
  }
  if (r.ctx.lastIntent === 'list-24x7' && last?.intent === 'list-24x7' && last.asOf?.year !== undefined) {
    const { versusNow: _now, versusYear: _year, ...asked } = last;
    return { ...asked, asOf: ofYear(last.asOf.year - 1) };
  }
  const borough = boroughThen(r.ctx);
  if (borough?.asOf?.year !== undefined) {
    const { versusYear: _year, ...asked } = borough;
    return { ...asked, asOf: ofYear(borough.asOf.year - 1) };
  }
  return undefined;
}

/** The borough's counters asked again of another year said alone, after its counters then; else undefined. */
function yearAloneAfterABoroughThen(r: Reading): Extract<Question, { intent: 'borough-desks' }> | undefined {
  const then = boroughThen(r.ctx);
  const said = ANOTHER_YEAR_ALONE.exec(r.text);
  if (!then || !said) return undefined;
  const year = said[1] !== undefined ? Number(said[1]) : 2000 + Number(said[2]);
  // Only a year gone by (or this one): the middle of it, as a year asked first is read ("1 July 2020").
  if (year > r.now.year) return undefined;
  const asOf = r.pastDate?.year === year ? r.pastDate : { date: `${year}-07-01`, label: `1 July ${year}`, year };
  const { versusYear: _other, closuresAsked: _closures, whetherAsked: _whether, ...rest } = then;
  return { ...rest, asOf };
}

/** The last question, when it asked a borough's counters at a time gone by (not already against now). */
function boroughThen(ctx: ConversationContext): Extract<Question, { intent: 'borough-desks' }> | undefined {
  const last = ctx.lastQuestion;
  return ctx.lastIntent === 'borough-desks' && last?.intent === 'borough-desks' && last.asOf !== undefined && !last.versusNow ? last : undefined;
}

/** The counters just listed, pointed at: "did any of those come back", "have these reopened". */
const THOSE_LISTED = /\b(?:those|these|them|em)\b/;

/** Closing said with the period after it ("after closing in 2017", "closed in 2017 and reopened"). */
const CLOSED_IN_A_PERIOD = /\b(?:closed|closing|close|closes|shut|shutting|closures?)(?: down)? (?:in|during|back in|under)\b/;

/**
 * The period a reopening is asked of: a year, as said ("in 2025", read for closures as the 2025 review's round); a plan's
 * round not named by a year ("recently", "the latest closures") says nothing of when counters reopened, so none.
 */
function reopeningPeriod(period: ClosurePeriod | undefined): ClosurePeriod | undefined {
  if (!period) return undefined;
  if (period.yearSaid !== undefined) return { from: `${period.yearSaid}-01-01`, to: `${period.yearSaid}-12-31`, label: String(period.yearSaid) };
  if (period.planId && !/^\d{4}$/.test(period.label)) return undefined;
  return { from: period.from, to: period.to, label: period.label };
}

function asksClosures(r: Reading): boolean {
  const c = r.cues;
  const asksReasons = c.plans === 'why' && r.says(ASKS_REASONS);
  // "which stations lost 24 hour opening": the hours cut, not closures.
  const hoursCut = c.roundTheClock && r.says(NEW_HOURS);
  // "were there any closures in 2020", "how many closures were there in 2017": the closures asked of a time gone by, no
  // counter's own history.
  const closuresOfATime = c.history === 'general' && r.says(CLOSURES_OF_A_TIME);
  // "what did the met close in 2020": closures asked as what someone closed, not one counter's closing.
  const whatTheyClosed = c.history === 'closure-date' && r.says(WHAT_THEY_CLOSED);
  // "did any stations close in february 2026", "did any 24hr stations close in 2017": whether any closed, asked of counters in general.
  // "were any counters closed in 2019", "have any stations been shut since 2020": the same, said in the passive.
  const anyClosed = (c.history === 'closure-date' && r.says(DID_ANY_CLOSE)) || ((c.history === 'closure-date' || c.history === 'general') && r.says(WERE_ANY_CLOSED));
  return c.closures !== undefined && (!c.history || closuresOfATime || whatTheyClosed || anyClosed) && !r.stationMention && !asksReasons && !hoursCut;
}
/** Done on the resident's behalf: "can you email lewisham police station for me", "can you email hackney police station". */
const FOR_THE_RESIDENT = /\b(?:for (?:me|us)|on (?:my|our) behalf)\b|^(?:(?:please|pls) )?(?:can|could|will|would) (?:you|u) (?:please |pls )?(?:email|e mail|ring|call|phone|contact|message|text)\b/;
const CLOSURES_OF_A_TIME = /\b(?:were|was) there (?:any |many |some )?(?:police |station |counter |front counter )?closures\b|\bclosures (?:were|was) there\b|\bhow many (?:\w+ ){0,3}?closures\b/;
const WERE_ANY_CLOSED = new RegExp(`\\b(?:were|have|had) (?:there )?any(?: (?:police|front|${ROUND_THE_CLOCK}|stations|counters|desks|nicks|ones|of them))* (?:been )?(?:closed|shut)(?: down)?\\b`);
/** Whether any closed, asked yes or no ("did any counters close in 2017", "were any closed in 2019"), not which or how many. */
const WHETHER_ANY_CLOSED = /^(?:(?:so|and|but|ok|okay) )?(?:did|were|was|have|has|had) (?:there )?(?:any|some)\b(?!.*\b(?:which|what|how many|where|when)\b)/;
const DID_ANY_CLOSE = new RegExp(`\\bdid (?:any|many|some)(?: (?:police|front|${ROUND_THE_CLOCK}|stations|counters|desks|nicks|ones|of them))* (?:close|shut)(?: down)?\\b`);

/** Two counters compared by distance ("which is nearer", "further than", "or"): not one measured from the other. */
const COMPARES_TWO = /\b(?:or|vs|versus|than|which|nearer|closer|further|farther)\b/;

/**
 * The counter a "how far" question measures and where from: one counter named, from the area named with it, else the
 * place the resident gave before (null: to be asked); two counters with "from" ("how far is brixton from lewisham"),
 * the second from the first. Null when it does not name one counter to measure.
 */
function distanceAsked(r: Reading): { counter: PlaceMention; from: PlaceMention | null } | null {
  const desks = namedDesks(r);
  // "is croydon open?", then "how far is it from sutton": the counter discussed, from the one place named now.
  if (r.cues.reference && r.discussedStation !== undefined && r.mentions.length === 1 && !r.says(COMPARES_TWO) && saidAfterFrom(r.text, r.mentions[0])) {
    return { counter: fromContext(r.discussedStation)!, from: r.mentions[0] };
  }
  if (desks.length === 1 && (r.areaNamed || !r.says(COMPARES_TWO))) return { counter: desks[0], from: whereTheResidentIsForADistance(r) };
  // "how far apart are brixton and walworth", "distance between brixton and walworth": the second from the first.
  if (desks.length === 2 && !r.areaNamed && !r.says(COMPARES_TWO) && (r.words.includes('from') || r.says(APART_OR_BETWEEN))) return { counter: desks[0], from: desks[1] };
  return null;
}

/** "how far is it from the tube", "is it a long walk from the station", a counter discussed and no place named: from a stop the bot cannot place. */
function fromAStopToTheCounterDiscussed(r: Reading): boolean {
  return r.discussedStation !== undefined && noPlace(r) && r.says(FROM_A_STOP) && (r.cues.distance || r.says(JOURNEY_ASKED));
}

/** The counter a journey is asked to and where from (null: no place given, now or before); null when no one counter is named or discussed. */
function journeyAsked(r: Reading): { counter: PlaceMention; from: PlaceMention | null } | null {
  const measured = distanceAsked(r);
  // "how would i get there from barking station" (the station or the closed counter?): no distance to give, so the way there alone.
  if (measured) return { counter: measured.counter, from: measured.from && found(measured.from) ? measured.from : null };
  if (r.namedStation) return { counter: r.namedStation, from: null };
  // "whats the walk from brixton tube to the police station": the counter of the place named with it.
  if (r.cues.deskWords && r.discussedStation === undefined && r.says(FROM_A_STOP) && r.stationPlace && found(r.stationPlace)) return { counter: r.stationPlace, from: null };
  // "nearest to SE15", then "how long would it take to walk": the counter given, from where the resident said they are.
  const counter = noPlace(r) ? fromContext(r.discussedStation) : undefined;
  return counter ? { counter, from: whereTheResidentIsForADistance(r) } : null;
}

/** Two places measured one from the other: "how far apart", "the distance between". */
const APART_OR_BETWEEN = /\b(?:apart|between)\b/;

/** The place is named after "from" ("how far is it from sutton"), not before it as what is measured. */
function saidAfterFrom(text: string, m: PlaceMention): boolean {
  const from = text.indexOf(' from ');
  return from >= 0 && text.indexOf(m.text.toLowerCase(), from) > from;
}

/** The borough an area named lies in, when it is one. */
/**
 * The period of closures as the resident said it: a year said alone is the calendar year ("in 2026"), not its one round
 * ("February 2026") nor the plan made then; a month, or anything else, as read.
 */
function periodAsSaid(r: Reading): ClosurePeriod {
  const period = r.closurePeriod!;
  const year = /\b((?:19|20)\d\d)\b/.exec(r.text)?.[1];
  const monthSaid = period.label !== year && r.text.includes(period.label.split(' ')[0].toLowerCase());
  return year && !monthSaid && (period.label !== year || period.yearSaid !== undefined) ? r.planNames.calendarYear(Number(year)) : period;
}

/** "first" or "last" said of a closure ("the first station to close", "which closed last"); none if neither is. */
function firstOrLastClosed(r: Reading): 'first' | 'last' | undefined {
  if (!r.says(FIRST_OR_LAST_CLOSED) || !r.says(A_YEAR_OR_MONTH_NAMED)) return undefined;
  const m = FIRST_OR_LAST_CLOSED.exec(r.text);
  if (!m) return undefined;
  return m[1] || m[3] || m[5] ? 'first' : 'last';
}

/**
 * The borough a counter lost ahead is asked of: the borough named, a place's own, or a counter's when "another" or "more"
 * is lost beside it ("will barnet lose another police station"; "will croydon lose its police station" is that counter's).
 * One's own ("my borough") is the borough of the place given before, else London's ('london'). None for anything else.
 */
function boroughLosing(r: Reading): string | 'london' | undefined {
  if (noPlace(r)) {
    if (!r.says(OWN_BOROUGH)) return undefined;
    return r.ctx.lastLocation?.borough ?? 'london';
  }
  if (r.mentions.length > 1) return undefined;
  const match = found(r.mentions[0]);
  if (!match) return undefined;
  const another = r.says(ANOTHER_LOST);
  // "will newham lose its police station": a borough read as its one counter (Stratford) is that counter's status.
  if (match.kind === 'borough') return !another && r.mentions[0].result.status === 'found' && r.mentions[0].result.alternatives.some((a) => a.kind === 'station' && a.score >= match.score) ? undefined : match.label;
  if (match.stationId !== undefined && !another) return undefined;
  return match.borough ?? undefined;
}

function boroughOfArea(r: Reading): PlaceMention | null {
  const borough = r.area ? asBorough(r.area) : null;
  return found(borough)?.kind === 'borough' ? borough : null;
}

/** "why?", "when did that happen?", "where do I go now?" said of the station just discussed. */
/** The answers that give a counter's hours: its hours, whether it is open now, the nearest one. */
const GIVES_THE_HOURS: ReadonlySet<string> = new Set(['hours', 'open-now', 'nearest']);

function saidOfDiscussed(r: Reading): boolean {
  return r.discussedStation !== undefined && noPlace(r);
}

/**
 * Harm to someone, told as over ("my ex beat me up last night"): never "another topic", and 999 as a condition. Not a
 * knock the resident gave themself ("i hit my head on the door last week").
 */
function harmToldAsOver(r: Reading): boolean {
  return r.danger.signs.some((s) => s.kind === 'harm' && s.moment === 'over') && !r.says(THE_RESIDENT_KNOCKED);
}
const THE_RESIDENT_KNOCKED = /\b(?:i|we|im) (?:accidentally |just |literally )?(?:hit|cut|hurt|burnt|burned|bumped|banged|caught|trapped|stubbed|twisted|sprained|broke) (?:my|our)\b/;

/** "Is there anywhere open now?", "what's open in Hackney?": any desk, near the resident (or in the borough named). */
function asksAnywhere(r: Reading): boolean {
  return (r.cues.anywhere || anyOpenThenAfterACounter(r)) && !r.stationMention && !r.cues.address && !r.cues.history;
}

/**
 * "will any be open at 8am on sunday", "is anything open on sunday", "any open at 7am tmrw" after a counter was
 * discussed: any counter then, as "anywhere open" (the nearest open then to it), not the counter discussed only.
 */
function anyOpenThenAfterACounter(r: Reading): boolean {
  const w = r.when.when;
  const timeOrDay = w?.kind === 'instant' || w?.kind === 'date' || w?.kind === 'weekday' || w?.kind === 'weekend';
  return timeOrDay && r.says(ANYTHING_OPEN) && !r.cues.reference && noPlace(r) && !r.namedStation && r.ctx.lastPlace !== undefined && r.pastDate === undefined && !r.danger.situation;
}

function boroughNamed(r: Reading): PlaceMention | null {
  return r.area && found(r.area)?.kind === 'borough' ? r.area : null;
}

/** "what about Lewisham?", "no, Walworth": nothing asked but another place. */
function asksAgainOf(r: Reading): boolean {
  // "from N1 instead", "SE14 instead": another place put in the last question's place.
  const instead = r.ctx.lastQuestion !== undefined && /\binstead\b/.test(r.text);
  return (r.cues.followUp || r.correcting || instead) && r.onlyAPlace && place(r) && !r.when.when;
}

/** The place asked about again; in a correction, not the one said after "not" ("not Sutton, Croydon"). */
function placeAskedAgain(r: Reading): PlaceMention {
  const asked = primaryMention(r.correcting ? withoutNegated(r.mentions, r.text) : r.mentions, 'station')!;
  return r.says(THE_OTHER) ? (anotherCounterOfTheName(r, asked) ?? asked) : asked;
}

/** "no i meant the other barking", "the other sidcup": another counter the same name is said of than the one just answered. */
const THE_OTHER = /\bthe other\b/;

/** A counter `asked`'s name (as "X police station") is said of, other than the one just answered; none when it names one only. */
function anotherCounterOfTheName(r: Reading, asked: PlaceMention): PlaceMention | undefined {
  const answered = found(r.ctx.lastPlace)?.stationId;
  if (!answered) return undefined;
  let looked: LocateResult | null = null;
  try {
    looked = r.finder.lookup?.(`${asked.text} police station`) ?? null;
  } catch {
    return undefined;
  }
  const said = looked?.status === 'found' ? [looked.match, ...looked.alternatives] : looked?.status === 'ambiguous' ? looked.candidates : [];
  const other = said.find((m) => m.stationId !== undefined && m.stationId !== answered);
  return other ? { text: asked.text, result: { status: 'found', match: other, alternatives: [] } } : undefined;
}

/** The whole network's counters, open or with their hours: no place, no "near", nothing about plans or the past. */
function asksEveryCounter(r: Reading): boolean {
  const c = r.cues;
  return (
    r.says(EVERY_COUNTER) && noPlace(r) && !c.nearest && !c.locationGiven && !c.distance && !r.when.specialDay && !r.pastDate &&
    !c.closures && !c.whyClose && !c.plans && !c.history && !c.status && !c.closedState && (!c.address || r.says(WHERE_ALL_COUNTERS_ARE)) && !c.followUp
  );
}

/** The latest one asked: "most recently", "the last one to reopen", "the newest reopening". */
const LATEST_ONE = /\b(?:most recent(?:ly)?|latest|newest|last (?:one|station|counter|police station|front counter|desk)s? to|(?:the|was) last)\b/;

/** Which or how many closed, asked of several: "which closed in 2017 in croydon", "how many shut in lambeth" (not "what did the 2017 closures mean"). */
const WHICH_OR_HOW_MANY = /\b(?:which|what|how many|any)(?: \w+){0,2}? (?:closed|shut|were closed|were shut|closed down|shut down)\b/;

/**
 * Open said with a "not" on a day, which asks which are closed then: "which ones dont open on weekends", "which stations
 * arent open on saturdays". Not an hour ("dont open till 10", "not open 24 hours": hours, not a day's closed ones).
 */
const NOT_OPEN_ON_A_DAY = /\b(?:dont|don t|do not|arent|aren t|are not|never|doesnt|doesn t|does not)(?: even)? open\b(?! (?:till|until|til|before|after|by|from|24|round|all|late|early|past)\b| at (?!(?:the )?weekends?\b))/;

/**
 * What a lone emoji says: anger is frustration ("😡", as "ugh"); puzzlement after an answer is that answer put simply (as
 * "?" is), else what to ask; an interjection's feeling is kept for the reply.
 */
function emojiQuestion(r: Reading): Question {
  const felt = r.emoji!;
  if (felt === 'angry') return { intent: 'out-of-scope', reason: 'rude' };
  if (felt === 'puzzled') return answeredBefore(r) ? { intent: 'more', topic: 'simpler' } : { intent: 'help', puzzled: true };
  if (felt === 'upset' || felt === 'casual') return { intent: 'acknowledged', felt };
  // "👍" just after "What's your postcode?": a nod, so the question is asked again (it was "You're welcome").
  if ((felt === 'thanks' || felt === 'acknowledged') && r.ctx.pending !== undefined) return { intent: 'acknowledged', waiting: true };
  return { intent: felt };
}

/**
 * A way to reach 999 without speaking named alone, as a search is typed: "relay uk number", "text relay", "18000",
 * "relay uk details pls", "text 999", "999 by text". Asked about, not danger told (it was "Call 999 now" first, as if someone
 * were in danger), nor a request that the bot text 999.
 */
const A_ROUTE_NAMED_ALONE =
  /^(?:the )?(?:relay uk|relay|text relay|textrelay|type ?talk|next generation text|ngt|emergency (?:sms|text)|18000|(?:text|texting|txt|sms) 999|999 (?:(?:by|via|over) )?(?:text|txt|sms|texting))(?: (?:uk|service|number|no|phone number|details|info|information|app|website|please|pls))*$/;

/** A bare yes ("yes", "okay then", "sure"): said while a postcode is awaited, a nod to the question. */
const A_BARE_YES = /^(?:yes|yess+|yeah|yea|yep|yup|ya|yh|aye|sure|yes please|yeah please|go on(?: then)?|ok(?:ay)? then)(?: (?:then|mate|please|pls))?$/;

/** Small talk as a question: a plea, whether it is an AI, a person or a bot, what a greeting asks, else the kind itself. */
function smallTalkQuestion(r: Reading): Question {
  const kind = r.smallTalk!;
  // "i need help", "please help me": a plea that may be danger, so 999 comes first.
  if (kind === 'help' && r.says(A_PLEA_FOR_HELP)) return { intent: 'help', plea: true };
  if (kind === 'identity' && r.says(ASKS_IF_AI)) return { intent: 'identity', aiAsked: true };
  if (kind === 'identity' && r.says(ASKS_IF_A_PERSON)) return { intent: 'identity', askedIf: 'a person' };
  if (kind === 'identity' && r.says(ASKS_IF_A_BOT)) return { intent: 'identity', askedIf: 'a bot' };
  if (kind === 'upset' || kind === 'casual') return { intent: 'acknowledged', felt: kind };
  // "👍", "ok", "thanks" just after "What's your postcode?": a nod, not the end of it, so the question is asked again
  // (it was "You're welcome", as if nothing were still to come). The conversation keeps the question waiting.
  if ((kind === 'thanks' || kind === 'acknowledged') && r.ctx.pending !== undefined) return { intent: kind, waiting: true };
  if (kind === 'help' && r.ctx.pending !== undefined && A_BARE_YES.test(r.text)) return { intent: 'acknowledged', waiting: true };
  const asked = kind === 'greeting' ? greetingAsked(r.text) : undefined;
  return asked ? { intent: 'greeting', asked } : { intent: kind };
}

/**
 * What a greeting asks of the bot, answered before what it can do: whether it is there ("u there?", "r u there", "anyone
 * there", "is this working", "can you hear me") or how it is ("how r u", "hows it going", "you alright"). A bare "hello"
 * asks neither.
 */
function greetingAsked(text: string): 'here' | 'how' | undefined {
  if (GREETING_ASKS_IF_THERE.test(text)) return 'here';
  return GREETING_ASKS_HOW.test(text) ? 'how' : undefined;
}
const GREETING_ASKS_IF_THERE =
  /\b(?:(?:is )?(?:any ?one|any ?body|some ?one|some ?body|any human|a human) (?:actually )?(?:there|here|about|around|available|awake|online|in|reading(?: this)?|listening)|(?:are|r) (?:you|u) (?:still )?(?:there|here|awake|online|on|working|alive)|(?:you|u) (?:still )?(?:there|awake|online|alive)|(?:is|does) (?:this|it) (?:thing )?(?:working|on|live|work)|(?:can|do) (?:you|u) (?:hear|read|see) me)\b/;
const GREETING_ASKS_HOW =
  /\b(?:how (?:are|r) (?:you|u|ya)|how (?:ya|you|u) doing|hows it going|hows (?:your|ur) day|how is (?:your|ur) day|(?:you|u) alright|(?:you|u|r u|are you|are u) (?:ok|okay|good|well)|hows (?:things|it hanging|life)|how are things|whats up|wassup|sup|whats good)\b/;

/** "ones" said for counters in the plural: "which ones were 24 hours". */
const THE_ONES = /\bones\b/;
/** "which were 24 hours before", "what used to be 24/7": which counters, asked of the past with no counter word. */
const WHICH_WERE = /\b(?:which|what|any) (?:were|used to|was)\b/;

/**
 * Nothing said before that "them" could mean but London's counters: no list, no counters named together, no question
 * waiting for its place. One counter or place asked of is not "them" ("is brixton open", then "list them all").
 */
function nothingToReferBackTo(r: Reading): boolean {
  const c = r.ctx;
  if (c.lastList || c.pending || (c.namedCounters?.length ?? 0) >= 2 || c.earlierPlace) return false;
  // After a place, "which ones are there" may ask of that place: only "them" said outright is London's.
  return !(c.lastPlace || c.lastLocation || c.lastQuestion) || /\b(?:them|em|the lot)\b/.test(r.text);
}

function openList(r: Reading, part: PartOfLondon | undefined = partOfLondon(r.text)): Question {
  const when = r.when.when ? openUntil(r, r.when.when) : undefined;
  return { intent: 'open-list', ...(when ? { when } : {}), ...(part ? { part } : {}) };
}

/** A year said ("in 2027", "by 2030", "2028"): the year, when it is after this one, or this one asked of the future ("will close in 2026"). */
/** Closures asked of a time begun by today, said with no future tense: "any closures in 2019?", "any closures this year". */
function closuresOfATimeBegunAsked(r: Reading): boolean {
  const period = r.cues.closures;
  return period !== undefined && period !== 'all' && period.from <= londonDate(r.now) && !r.says(FUTURE_TENSE) && !r.says(CLOSURES_YET_TO_COME);
}
const CLOSURES_YET_TO_COME = /\b(?:planned|planning|proposed|coming|upcoming|due|expected|more|ahead|future|left to)\b/;

function yearAhead(r: Reading): number | undefined {
  const said = YEAR_SAID.exec(r.text);
  const year = said ? Number(said[1]) : undefined;
  if (year === undefined) return undefined;
  return year > r.now.year || (year === r.now.year && r.says(FUTURE_TENSE)) ? year : undefined;
}
const YEAR_SAID = /(?:^|\b(?:in|during|by|for|through|over|across|of|closing|shutting|close|shut) )(20\d\d)\b/;
const FUTURE_TENSE = /\b(?:will|ll|going to|gonna|set to|due to|planned to|planning to|about to|next)\b/;
/**
 * A counter asked open in a year to come: named with open words ("is brixton open in 2027", "will ilford be open next
 * year"), or the year alone after a counter ("and in 2027?", "what about next year", "2027?"). Closing words keep their
 * rule ("will brixton close in 2027"); a year gone by is the past.
 */
function counterInAYearToCome(r: Reading): { place: PlaceMention | null; year: number } | undefined {
  if (r.danger.situation || r.danger.now) return undefined;
  const said = YEAR_ALONE_AHEAD.test(r.text) ? /\b(20\d\d)\b/.exec(r.text) : null;
  const alone = said && Number(said[1]) > r.now.year ? Number(said[1]) : undefined;
  const ahead = yearAhead(r) ?? (NEXT_YEAR.test(r.text) ? r.now.year + 1 : alone);
  if (ahead === undefined) return undefined;
  const named = r.namedStation;
  if (named) {
    if (r.words.length > 10 || !(r.cues.open || r.says(STAY_OPEN)) || r.cues.closedState || r.says(CLOSING_WORDS) || r.says(REOPEN_WORDS) || r.cues.hours || r.cues.nearest) return undefined;
    return { place: named, year: ahead };
  }
  if (!YEAR_ALONE_AHEAD.test(r.text) || r.discussedStation === undefined || !noPlace(r)) return undefined;
  return { place: fromContext(r.discussedStation), year: ahead };
}
/** The year alone, as a follow-up: "and in 2027?", "what about next year", "how about 2028", "2027?", "in 2027 tho". */
const YEAR_ALONE_AHEAD = /^(?:(?:and|but|ok|so) )?(?:(?:what|how) about |and )?(?:in |for |by |during )?(?:20\d\d|next year)(?: (?:then|tho|though|too|as well|please|pls))?$/;
const NEXT_YEAR = /\bnext year\b/;
const STAY_OPEN = /\b(?:still be open|be open|stay open|remain open|staying open|still open|still going|still running)\b/;

/** A year alone, as a follow-up: "and in 2019?", "what about 2017", "how about back in 2015", "2018?". */
/** "and before the closures?", "what about before the cuts", "how many before they shut them": before the closures, said alone. */
const THE_CLOSURES_BEFORE_ALONE =
  /^(?:(?:and|so|ok|okay|but|what about|how about|how many|were there|was it|(?:how many )?(?:were|was) there) )*before (?:the |all the |these |those )?(?:closures|closings|cuts|changes|they (?:closed|shut|cut) (?:them|some|stations|counters))(?: (?:then|tho|though))?$/;
const A_YEAR_ALONE = /^(?:(?:and|but|ok|so) )?(?:(?:what|how) about |and )?(?:back )?(?:in |for |during )?(?:19|20)\d\d(?: (?:then|tho|though|too))?$/;

/** "that one?", "and that one", "what about that station?", "this one??": the counter just named, said alone. */
const THAT_ONE_ALONE = /^(?:(?:and|so|ok|but|what about|how about|wot about|and what about) )?(?:that|this) (?:one|station|police station|counter|place)$/;

/** Reopening said ("will any reopen in 2027"): the reopenings ahead, not the closures. */
const REOPEN_WORDS = /\b(?:reopen\w*|re open\w*)\b/;

/** The counters just listed, referred to: "any of them", "which of those", "are they", "r any", "which ones". */
const THE_LISTED_REFERRED_TO = /\b(?:(?:any|all|some|which|each|none|either|how many) of (?:them|those|these|em)|(?:are|were|will|do) (?:they|those|these|them|any|there any|all)|any(?: ones?)?|which(?: ones?)?|those|these|they)\b/;

/** Open and closed asked as alternatives: "open or closed", "open or has it shut", "closed or still open". */
const OPEN_OR_CLOSED = /\bopen\b.{0,30}\bor\b.{0,20}\b(?:closed|shut|not)\b|\b(?:closed|shut)\b.{0,30}\bor\b.{0,20}\bopen\b/;

/** "... is that right?", "... true?": a claim the resident heard, checked. */
const IS_THAT_RIGHT = /\b(?:is|was) (?:that|this|it) (?:right|true|correct|accurate)\b|\b(?:true|right) or (?:not|false)\b/;

/**
 * "I read the closures were called off, is that right?": the claim's own subject (closures, a plan, a counter) is
 * what is asked, not how up to date the bot is.
 */
function claimChecked(r: Reading): boolean {
  return serviceTopic(r) === 'freshness' && r.says(IS_THAT_RIGHT) && (r.cues.closures !== undefined || r.cues.plans !== undefined || r.namedStation !== undefined);
}

/** Counters other than the one discussed, of the kind that never closes: "24 hour ones", "any 24/7 stations". */
const ROUND_THE_CLOCK_ONES = /\broundtheclock (?:ones?|stations?|counters?|desks?|places?|police stations?|front (?:counters?|desks?))\b/;

/** "my local", "local": nearness that, with a station named, may only say it is the resident's own. */
const LOCAL = /\b(?:my |our )?local\b/;

/**
 * "will my local station in ilford close?", "is my local counter, brixton, open sunday": nearness said only by "local",
 * with a station named and its status or hours asked, is that station's, not the nearest desk.
 */
function localStationAsked(r: Reading): boolean {
  if (r.namedStation === undefined || !(r.cues.status || r.cues.hours || r.cues.open) || !r.says(LOCAL)) return false;
  const withoutLocal = r.text.replace(globally(LOCAL), ' ');
  return !CUE_NEAREST.test(withoutLocal) && !CUE_NEAR.test(withoutLocal);
}

const UNTIL = /\b(?:til|till|until|untill|up to|up until)\b/;

/** "which ones are open til 10pm": open right up to that time, so the counters open the minute before it. */
function openUntil(r: Reading, when: WhenAsked): WhenAsked {
  if (when.kind !== 'instant' || (r.cues.focus !== 'closing' && !r.when.late && !r.cues.open) || !r.says(UNTIL)) return when;
  const before = londonInstant(when.iso).minus({ minutes: 1 }).toISO();
  return before ? { ...when, iso: before, label: `until ${when.label}` } : when;
}

/** One borough, as the part of London a list is asked of ("in Bromley"). */
function boroughAsPart(borough: PlaceMention): PartOfLondon {
  const label = found(borough)?.label ?? borough.text;
  return { label, directions: [], boroughs: [label] };
}


/**
 * Two or more boroughs named as a list ("croydon and sutton", "barnet, enfield and haringey"), asked for their counters:
 * every place named is a borough (or the name of one), joined by "and" or a comma, not "or" or "vs" (which compare).
 */
function boroughsListed(r: Reading): PartOfLondon | null {
  const c = r.cues;
  const left = c.plans === 'how-many-left';
  // "does hackney or islington have a police station", "which of hackney and camden has a counter": whether each has one.
  // "is there a front counter in camden or barnet": the same, asked as whether there is one.
  const whetherEachHasOne = r.says(HAS_A_COUNTER) || (c.existential === true && /\bor\b/.test(r.text));
  if (r.mentions.length < 2 || r.danger.situation || !(c.pluralDesks || c.existential || c.anywhere || left || whetherEachHasOne || r.says(WHICH_ARE_OPEN) || r.says(WHATS_OPEN) || r.says(EVERY_COUNTER))) return null;
  if (c.nearest || c.locationGiven || c.distance || c.closures || (c.plans && !left) || c.history || c.address || c.roundTheClock || r.pastDate !== undefined) return null;
  // "croydon and sutton police, which one's open?" asks which of two counters: a list needs counters in the plural. A
  // bare "which" with no comparative ("which stations are in hackney and islington") ranks nothing: a list.
  if (r.comparison?.rank !== undefined && !(whetherEachHasOne || (c.pluralDesks && !COMPARES.test(r.text))) && (r.comparison.rank !== 'open' || !c.pluralDesks)) return null;
  const boroughs: string[] = [];
  let from = 0;
  for (const [i, m] of r.mentions.entries()) {
    const match = found(asBorough(m));
    const at = r.text.indexOf(m.text.toLowerCase(), from);
    const between = r.text.slice(from, at).trim();
    if (match?.kind !== 'borough' || at < 0 || (i > 0 && !JOINS_A_LIST_OF_PLACES.test(between) && !(whetherEachHasOne && between === 'or'))) return null;
    if (!boroughs.includes(match.label)) boroughs.push(match.label);
    from = at + m.text.length;
  }
  if (boroughs.length < 2) return null;
  return { label: `${boroughs.slice(0, -1).join(', ')} and ${boroughs.at(-1)}`, directions: [], boroughs };
}

/** Whose cost a 'call-cost' question asks: the number named, else reporting a crime. */
function costAsked(text: string): CostAsked {
  if (/\b(?:crimestoppers|crime stoppers|0800 555 111)\b/.test(text)) return 'Crimestoppers';
  if (/\b(?:relay uk|18000)\b/.test(text)) return 'Relay UK';
  if (/\b999\b|\bthe emergency (?:number|line)\b/.test(text)) return '999';
  if (/\b101\b|\bnon ?emergency (?:number|line)\b/.test(text)) return '101';
  return 'reporting';
}

/** Whether a place has a counter, asked of one or more: "does hackney or islington have a police station", "which has a counter". */
const HAS_A_COUNTER = /\b(?:have|has|got)(?: got)? (?:a|an|any|their own|its own|a single) (?:police station|police stations|front counter|front counters|counter|counters|front desk|desk|desks|nick|cop shop|police(?! (?:officers?|man|men|woman|women|cars?|records?|reports?|checks?|escort|vans?|presence|numbers?|dogs?|officer)\b))\b/;
/** A comparison in so many words, not a bare "which": "later", "longer", "than", "same", "compare". */
const COMPARES = /\b(?:longer|longest|later|latest|earlier|earliest|shorter|shortest|sooner|than|same|different|differ|compare|compared|vs|versus|more hours|fewer hours|first|last)\b/;

/** "was brixton ever 24 hours", "did croydon use to be open 24/7": yes or no, whether it was once open round the clock. */
function everRoundTheClock(r: Reading): boolean {
  return r.pastAsked?.kind === 'before-change' && !r.pastAsked.when && r.cues.roundTheClock && ASKED_YES_OR_NO_OF_THE_PAST.test(r.text) && !r.words.includes('always');
}
const ASKED_YES_OR_NO_OF_THE_PAST = /^(?:(?:so|and|but|hi|hey|ok) )?(?:was|were|did|has|had|is it true|wasnt|didnt)\b/;

/**
 * "the recipe says beat the eggs and stab the potatoes. anyway, which desk is open all night?": the last sentence, after
 * an aside on another topic, asks about counters and nothing else.
 */
function asksOfCountersAfterAnAside(r: Reading): boolean {
  const parts = r.text.split(AN_ASIDE_ENDS).map((p) => p.trim()).filter((p) => p !== '');
  const last = parts.at(-1);
  if (parts.length > 1 && last !== undefined && COUNTER_WORDS.test(last) && !CUE_OFF_TOPIC.test(last)) return true;
  // "we smashed the pub quiz but got one wrong: how many police front counters does london have now": the aside ends
  // where a sentence does, and the last sentence asks of counters.
  const sentences = r.message.original.split(A_SENTENCE_ENDS).map((p) => p.trim()).filter((p) => p !== '');
  const lastSaid = sentences.at(-1)?.toLowerCase();
  if (sentences.length > 1 && lastSaid !== undefined && ASKS_AT_ITS_START.test(lastSaid) && COUNTER_WORDS.test(lastSaid) && !CUE_OFF_TOPIC.test(lastSaid)) return true;
  // "watching a heist film and got curious, how many police front counters are there in London now": the same after a comma or a dash.
  const clauses = r.message.original.split(A_CLAUSE_ENDS).map((p) => p.trim()).filter((p) => p !== '');
  const lastClause = clauses.at(-1)?.toLowerCase();
  return clauses.length > 1 && lastClause !== undefined && ASKS_AT_ITS_START.test(lastClause) && COUNTER_WORDS.test(lastClause) && !CUE_OFF_TOPIC.test(lastClause);
}
const A_SENTENCE_ENDS = /[:;.!?\n]+(?=\s|$)/;
const A_CLAUSE_ENDS = /[:;.!?\n,]+(?=\s|$)|\s[-–—]+\s/;
/** A sentence that asks from its first word: "how many ...", "is there ...", "which ...". */
const ASKS_AT_ITS_START = /^(?:how|what|whats|what's|which|where|when|is|are|does|do|can|could|will|any)\b/;
/** Where an aside ends and the question begins: "anyway", "btw", "unrelated", "irl", "back to", "also". */
const AN_ASIDE_ENDS = /\b(?:anyway|anyways|anyhow|btw|by the way|unrelated|on another note|in other news|irl|in real life|back to|also|but seriously|seriously though)\b/;
const COUNTER_WORDS = pattern`\b(?:police|${DESK}|${DESKS})\b`;

/** "by bus?", "what buses go there" after a counter was answered, with no other place named and no danger told. */
function gettingToTheCounterDiscussed(r: Reading): boolean {
  return (r.says(TRAVEL_BRIEFLY) || (r.says(TRAVEL_ASKED) && r.leansOnDiscussed)) && noPlace(r) && r.discussedStation !== undefined && !r.danger.situation && !r.cues.hours && !r.cues.open;
}

/**
 * Getting to a counter just answered, asked briefly: "by bus?", "on the tube then", "what buses go there", "can i walk
 * it", "how long to walk", "is it walking distance".
 */
const TRAVEL_BRIEFLY =
  /^(?:(?:and|ok|okay|so|what about|how about|can i go|could i go|can i get there|how about going) )*(?:by|on the|on a|via) (?:bus|tube|train|foot|underground|overground|dlr|tram)(?: (?:then|please|pls|instead))?$|\b(?:what|which) (?:bus(?:es)?|tubes?|trains?|lines?) (?:go|goes|run|runs|stop|stops|get me) (?:there|near (?:it|there))\b|\bcan (?:i|we|u|you) walk (?:it|there|from here)\b|\bhow long (?:to|would it take to|does it take to|will it take to) (?:walk|drive|cycle|get there)\b|\bis it (?:walkable|walking distance|in walking distance)\b/;

/** A plea for help rather than a question about the bot: "help me", "i need help", "please help", "can someone help me". */
// Words around it do not change it ("honestly i need help", "omg please help me now", "i really need help mate").
const A_PLEA_FOR_HELP =
  /^(?:(?:please|pls|plz|honestly|seriously|genuinely|ok|okay|so|um|umm|er|hey|hi|hello|mate|oh|god|omg|just|really|now) )*(?:help me|help us|i (?:really |just )?need help|we (?:really )?need help|need help|i need some help|please help|help please|help pls|someone help|somebody help|can (?:you|u|someone|somebody|anyone) help me|can (?:you|u) help me please)(?: (?:please|pls|plz|mate|now|asap|quick|quickly|urgently|right now))*$/;

/** The service topics about the bot itself: what it is, and where its facts come from. */
const ABOUT_THE_BOT: ReadonlySet<ServiceTopic> = new Set<ServiceTopic>(['about-the-bot', 'bot-sources', 'bot-official', 'bot-checks']);

/** A closure decided, asked of: "who decided to close", "who made the decision to shut", "whose decision was it to close". */
const DECIDED_TO_CLOSE = /\b(?:decided|decision|chose|agreed|signed off|approved) (?:(?:was it |it was |made )?to (?:close|shut)|on (?:closing|shutting|the closure))|\bdecision to (?:close|shut)\b|\bwho (?:closed|shut)\b/;

/** "do I need to go to a front counter", "do I have to go in", "must I report it in person": whether going in is required. */
/** Whether the last answer was checked: "is that checked", "has that been verified", "when was that last checked". */
const ASKS_IF_CHECKED =
  /^(?:(?:and|but|so|ok|okay|hmm+|wait) )*(?:(?:is|was|has|have) (?:that|this|it|(?:this|that|the) (?:info|information|answer|data))(?: (?:been|ever|actually|really))? (?:checked|verified|confirmed|double checked|fact checked|checked recently)|when (?:was|were|is|did) (?:that|this|it|(?:this|that|the) (?:info|information|answer)) (?:last )?(?:checked|verified|confirmed|updated))\??$/;
/** Doing it online or by phone instead of going in: "can i do it online instead", "can i just report it online", "can i do this over the phone". */
const ONLINE_INSTEAD = /^(?:(?:ok|okay|so|and|but|or) )*(?:can|could|do|should) (?:i|we|you|u) (?:just |not |rather )?(?:do|report|sort|send|fill in|fill out|make) (?:it|this|that|one|them|the report|a report|(?:it|this|that) all)? ?(?:online|on line|on the website|on the internet|on the web|over the phone|by phone)(?: instead| then| rather)?\??$|\binstead of (?:going|having to go|travelling|walking) (?:in|down|to (?:a|the) (?:front |police )?(?:counter|desk|station))\b/;
/** Answers after which "do i have to go in person" is of that task (a counter's task, a decline), not of reporting a crime. */
const AFTER_A_TASK: ReadonlySet<Question['intent']> = new Set(['service', 'cannot-do', 'both']);
const MUST_I_GO_IN = /\b(?:do|would|will) (?:i|we|you) (?:need|have|got) to (?:go|come|pop|head|report (?:it|this|that)|report it|hand it|do (?:it|this|that)|be seen) (?:in|in person|down|into (?:a |the )?(?:station|police station)|to (?:a|the|my local) (?:front |police )?(?:counter|desk|station|front desk|front counter))\b|\b(?:must|should) (?:i|we) (?:go|come|report (?:it|this|that)) (?:in|in person|to (?:a|the) (?:front |police )?(?:counter|desk|station))\b|\bdo (?:i|we) (?:need|have) to go in\b/;

/** A report already made and a counter named: "my neighbour already reported it; I only want to know where Plumstead police station is". */
function reportMadeWithACounterNamed(r: Reading): boolean {
  return r.namedStation !== undefined && REPORT_DONE.test(r.text);
}

/**
 * A report already made: "my neighbour already reported it", "it was reported stolen", "my gran says she reported a bag
 * there in the 70s", "reported a stabbing back in 2019" (the "I" dropped), "reported online with a crime number", "got a
 * crime number" (read in the normalised words: the typo corrector keeps "reported").
 */
const REPORT_DONE = /\b(?:already|has|have|had|was|were|is|been|got|i|we|he|she|they|mum|dad|gran|nan|neighbour|mate|friend) (?:\w+ )?reported\b|\breported (?:it |this |that )?(?:online|on the app|on the website|by phone|on 101|via 101|to (?:the )?police|already|last (?:week|month|year|night)|with a crime)\b|\b(?:got|have|has|had|with) (?:a |the |my )?crime (?:number|reference|ref)\b|^(?:(?:so|and|well|ok|okay|yeah|yes) )?(?:already )?reported\b/;
/** Words of reporting a crime (not only telling of one): "report", "crime reference", "statement". */
const REPORTING_WORDS = /\b(?:report|reported|reporting|crime reference|crime ref|reference number|statement|log it|tell the police|let the police know|who do i tell)\b/;

/** "which boroughs still have a counter", "what boroughs have a police station". */
const WHICH_BOROUGHS_HAVE_ONE = /\b(?:which|what|wich) boroughs? (?:still )?(?:has|have|got|with|s) (?:got |still )?(?:a|an|one|any|at least one) /;

/** Closed for a cause: "closed because of the fire", "shut after the flood". */
const CLOSED_BECAUSE_OF = /\b(?:closed|shut|closing|shutting)\b.*\b(?:because of|after|due to|cause of|over)\b/;

/** Closing said in any form: "closures", "closed", "shut", "closing". */
const CLOSING_WORDS = /\b(?:clos(?:e|ed|es|ing|ings|ure|ures)|shut(?:s|ting)?)\b/;

/**
 * The last answer was a list that named every one: the closures of a time or a part of London (not counts by year or
 * borough), the counters of a year (not only counted), a borough's counters.
 */
function lastListNamedEveryOne(ctx: ConversationContext, text: string): boolean {
  const list = ctx.lastList;
  // "any others?" after a borough's counters asks for the next desk near it ('somewhere else'); "the rest", "is that all", none.
  if (ctx.lastIntent === 'borough-desks') return !ANY_OTHERS.test(text);
  if (list?.intent === 'closures-list') return !list.byYear && !list.byBorough && !list.compareYears && !list.first && !list.last && !list.latestReopening;
  return list?.intent === 'list-24x7' && list.allCounters !== 'counted' && !list.versusNow;
}

/** The lists whose answer counts a large group ("the other 25") and names it in its details: "the rest" asks for those. */
const LISTS_SAID_IN_GROUPS: ReadonlySet<string> = new Set(['open-list']);

/** One count set against another: "compared to hackney", "vs croydon", "against bromley". */
const COUNTED_AGAINST = /\b(?:compared (?:to|with)|comparing|in comparison (?:to|with)|vs|v|versus|against|as opposed to)\b/;

/** The fewest counters asked of the boroughs: "the fewest stations", "least police stations". */
const FEWEST_PER_BOROUGH = /\b(?:fewest|least|lowest number of|smallest number of)\b/;

/** The counter discussed, referred to: "was it sold", "did that one burn down". */
const IT_OR_THAT_ONE = /\b(?:it|that one|that station|that)\b/;

/** A number of counters a borough has, asked: "2 stations", "more than one counter", "only one desk", "two or more". */
const COUNT_PER_BOROUGH = /\b(only |just |exactly |more than |over |at least |fewer than |less than )?(one|1|two|2|three|3|four|4|several|multiple|a couple of|a few)( or more)? (?:police )?(?:front )?(?:stations?|counters?|desks?|nicks?)\b/;
const NUMBER_WORDS: Readonly<Record<string, number>> = { one: 1, '1': 1, two: 2, '2': 2, three: 3, '3': 3, four: 4, '4': 4 };

/** How many counters the boroughs asked about have: exactly `count`, or at least or at most it; none when not asked as a number. */
function countPerBoroughAsked(r: Reading): { count: number; orMore?: true; orFewer?: true } | undefined {
  const m = COUNT_PER_BOROUGH.exec(r.text);
  if (!m) return undefined;
  const [, qualifier = '', said, orMore] = m;
  const q = qualifier.trim();
  const n = NUMBER_WORDS[said];
  // "several", "a few": more than one.
  if (n === undefined) return { count: 2, orMore: true };
  if (q === 'more than' || q === 'over') return { count: n + 1, orMore: true };
  if (q === 'fewer than' || q === 'less than') return n > 1 ? { count: n - 1, orFewer: true } : undefined;
  if (q === 'at least' || orMore) return { count: n, orMore: true };
  return { count: n };
}

/** The resident's own case in court: "it went to court", "my court date", "a court hearing". */
const OWN_COURT_CASE = /\b(?:(?:it|my case|the case|he|she|they|we|i) (?:went|go|going|goes|has gone|have gone|had gone|is going|are going) to court|(?:dealt with|sorted|settled|heard|resolved|handled|finished|done|over|concluded|decided|tried|convicted|sentenced|cleared|acquitted|found guilty) (?:\w+ )?(?:in|at|through|by) (?:the )?court|(?:in|at) court (?:already|last|this|in)\b|court (?:date|dates|hearing|hearings|appearance|summons|order|fine)|my (?:court|trial)|(?:magistrates|crown|family|county) court)\b/;

/** "ur rubbish", "you are garbage", "this bot is rubbish", "thats rubbish": the bot called rubbish, not the bins. */
const RUBBISH_SAID_OF_THE_BOT =
  /^(?:your|ur)(?: so| really)? (?:rubbish|garbage|trash)$|\b(?:(?:you|u|youre|you are|u r)(?: so| really| absolutely| utterly| pure| total)?|(?:this|the|that) (?:bot|app|chat|chatbot|thing)(?: is| s)(?: so| really| absolutely)?|(?:thats|that is|this is|its|it is)(?: so| really| absolutely| utter| total| complete)?) (?:rubbish|garbage|trash)\b(?! (?:collection|collections|day|bins?|tip|dump|bags?))/;

/** A month named ("in december 2017"): the period read keeps it. */
const MONTH_NAMED = new RegExp(`\\b(?:${[...MONTHS.keys()].join('|')})\\b`);

/** The message disputes the facts of the one counter it names: "you're wrong about ilford", "your info on brixton is wrong". */
function disputedOfTheCounterNamed(r: Reading): boolean {
  const named = r.namedStation;
  if (r.mentions.length !== 1 || named !== r.mentions[0] || r.says(ASKS_A_QUESTION_OF_ITS_OWN)) return false;
  const name = named.text.toLowerCase();
  // The name and a word that ties it to the dispute taken out: "your info on brixton is wrong" is "your info is wrong".
  const without = [...DISPUTE_TIES.map((tie) => ` ${tie} ${name} `), ` ${name} `].reduce((text, said) => text.replace(said, ' '), ` ${r.text} `);
  return DISPUTED.test(without.trim()) || DISPUTED.test(r.text);
}

/** A question of its own beside a dispute ("when does it open then", "whats the nearest"): that question is answered. */
const ASKS_A_QUESTION_OF_ITS_OWN = /\b(?:what|whats|when|where|wheres|how|which|nearest|closest)\b/;
const DISPUTE_TIES = ['about', 'on', 'for', 'of', 're', 'regarding', 'with'];

/** The message with the names of the places found in it blanked out (names of two words or more: "earls court", not "court"). */
function withoutPlacesFound(r: Reading): string {
  let text = ` ${r.text} `;
  for (const m of r.mentions) if (m.result.status === 'found' && m.result.match.kind !== 'postcode' && m.text.includes(' ')) text = text.replace(` ${m.text.toLowerCase()} `, ' _ ');
  return text.trim();
}

/** A crime told, then a question about a counter named (its hours, state or past), with nothing asked about reporting. */
/** The address asked after a crime told with the year it happened: the history cue is the crime's year, not the counter's past. */
function addressAfterACrimeOfAYear(r: Reading): boolean {
  const crimeTold = r.danger.signs.length > 0 || r.cues.reportCrime || r.words.some((w) => VIOLENCE_NOUNS.has(w));
  return r.cues.address && r.cues.history === 'general' && crimeTold && !r.danger.now && r.namedStation !== undefined;
}

function crimeToldBeforeACountersQuestion(r: Reading): boolean {
  const c = r.cues;
  return r.namedStation !== undefined && !r.says(REPORTING_WORDS) && (c.history !== undefined || c.status || c.hours || c.open || Boolean(c.closures) || c.address);
}

/** "any plans for stratford police station?", "what are the plans for it": what lies ahead for the counter, its status with any closure ahead. */
const PLANS_FOR_IT = /\b(?:any|what are the|whats the|what s the|future|the|new|latest) plans? (?:for|with)\b/;

/** "any open", "is anything open", "anywhere open": counters meant without the word. */
const ANY_OPEN = /^(?:is |are )?(?:there )?(?:any|anything|anywhere|any of them|any ones?)(?: (?:still|at all|actually))? open\b/;

/** "any in se london?", "is there one in north london?": a counter meant without the word, asked of a part of London. */
/** The counters said as "the ones", listed or asked which: "list the ones in north london", "what ones are in south london". */
const THE_ONES_LISTED = /^(?:(?:can you |could you |pls |please )?(?:list|show(?: me)?|name|give me|tell me)(?: all)? the ones|(?:which|what) ones|the ones)\b/;
const ANY_ONE_THERE = /^(?:(?:is|are) there |got |have you got )?(?:any|anything|one|ones|some)(?: open)? in\b/;

/** Counters in a part of London by compass, with no place named and no "near me". */
function asksPartOfLondon(r: Reading): boolean {
  const c = r.cues;
  return (
    partOfLondon(r.text) !== undefined && noPlace(r) && (c.deskWords || c.pluralDesks || c.open || r.says(WHICH_ARE_OPEN) || r.says(ANY_ONE_THERE) || r.says(THE_ONES_LISTED)) && c.nearest !== 'strong' && !c.locationGiven &&
    !c.distance && r.pastDate === undefined && !c.closures && !c.plans && !c.history && (!c.address || c.pluralDesks) && !c.roundTheClock && !r.when.specialDay
  );
}

/** "which stations are open on Sunday?" with no place, no "near", no special day and no place given before. */
function asksWhichAreOpen(r: Reading): boolean {
  const c = r.cues;
  // "police stations open at midnight", "stations open after 8pm tonight": counters in the plural, open at a moment named.
  const pluralOpenThen = c.pluralDesks && c.open && r.when.when !== undefined && r.when.when.kind !== 'week' && !c.reference;
  // "any police station open at 6am", "what's open at midnight", "whats open on sunday", "anywhere open tomorrow
  // morning?": whether any is, at a time or on a day named; the list says which (the reply offers the nearest).
  const timeOrDay = r.when.when?.kind === 'instant' || r.when.when?.kind === 'date' || r.when.when?.kind === 'weekday' || r.when.when?.kind === 'weekend';
  const anyOpenAtATime = (((c.existential || c.anywhere || c.anyDesk || r.says(WHATS_OPEN) || r.says(ANYTHING_OPEN)) && !c.reference) || wholeLotAtATime(r)) && c.open && timeOrDay;
  return (
    (r.says(WHICH_ARE_OPEN) || pluralOpenThen || anyOpenAtATime) && noPlace(r) && !r.says(PART_OF_LONDON) && r.ctx.lastLocation === undefined && !c.nearest && !c.locationGiven && !c.distance && !r.when.specialDay &&
    r.pastDate === undefined && !c.closures && !c.plans && !c.history && !c.address && !c.roundTheClock
  );
}

/**
 * Two or three places joined by "or" or "and", asked whether they have a counter ("does peckham or camberwell have a
 * police station"): the places, in the order said; null otherwise. Not postcodes, nor a moment, a distance or the past.
 */
function placesAskedEachWhetherTheyHaveOne(r: Reading): PlaceMention[] | null {
  const c = r.cues;
  // "which one closes first, tottenham or edmonton" compares two counters: not whether each has one.
  // "which has a counter" is read by the comparison as "which has longer": the counter said settles it.
  const hasOne = r.says(HAS_A_COUNTER);
  if (!(hasOne || (c.existential && c.deskWords && /\bor\b/.test(r.text))) || (r.comparison?.rank !== undefined && !hasOne) || c.open || c.hours || c.status) return null;
  if (c.nearest || c.locationGiven || c.distance || c.closures || c.plans || c.history || c.address || c.roundTheClock || r.pastDate !== undefined || r.danger.situation || r.when.when !== undefined) return null;
  const said = r.mentions.filter((m) => !m.fromContext);
  if (said.length < 2 || said.length > 3) return null;
  let from = 0;
  for (const [i, m] of said.entries()) {
    const match = found(m);
    const at = r.text.indexOf(m.text.toLowerCase(), from);
    if (!match || (match.kind !== 'place' && match.kind !== 'station' && match.kind !== 'borough') || at < 0) return null;
    if (i > 0 && !/^(?:or|and|n|,)?$/.test(r.text.slice(from, at).trim())) return null;
    from = at + m.text.length;
  }
  return said;
}

/** The counters named in this message after "apart from", "except", "other than" ("... except brixton and walworth"). */
export function countersLeftOut(r: Reading): PlaceMention[] {
  const word = LEAVES_ONE_OUT.exec(r.text);
  if (!word) return [];
  const after = r.text.slice(word.index + word[0].length);
  return r.mentions.filter((m) => !m.fromContext && found(m)?.stationId !== undefined && after.includes(m.text.toLowerCase()));
}

/** Which counters are open, every counter named said after "apart from", "except", "other than". */
function asksWhichAreOpenLeavingOut(r: Reading): boolean {
  const c = r.cues;
  if (!c.open || c.nearest || c.locationGiven || c.roundTheClock || r.ctx.lastLocation !== undefined || r.pastDate !== undefined || r.danger.situation) return false;
  const said = r.mentions.filter((m) => !m.fromContext);
  if (said.length === 0 || countersLeftOut(r).length !== said.length) return false;
  return r.says(WHICH_ARE_OPEN) || r.says(ANYTHING_OPEN) || r.says(WHATS_OPEN) || c.existential || c.anywhere || c.anyDesk || c.pluralDesks;
}

/**
 * Whether anything is open now, with nothing named and nowhere given: "whats still open", "anything open at this hour",
 * "what's open at this time of night". Said with "near", a place, or after the resident gave where they are, it stays
 * the nearest open desk; at another time, the list of that time ("which counters are open").
 */
function asksWhatIsOpenNowNowhereSaid(r: Reading): boolean {
  const c = r.cues;
  const now = r.when.when === undefined || r.when.when.kind === 'now';
  return (
    r.says(ANYTHING_OPEN) && c.open && now && noPlace(r) && !r.says(PART_OF_LONDON) && !r.namedStation && !r.stationMention && r.ctx.lastLocation === undefined && !c.nearest && !c.locationGiven &&
    !c.distance && !c.reference && !r.when.specialDay && r.pastDate === undefined && r.pastAsked === undefined && !c.closures && !c.plans && !c.history && !c.address &&
    !c.hours && !r.danger.situation
  );
}

/** "are they all shut by 7:30pm", "is anything open past 10": every counter asked of at a clock time, none named. */
function wholeLotAtATime(r: Reading): boolean {
  return r.when.when?.kind === 'instant' && r.says(THE_WHOLE_LOT) && noPlace(r) && !r.namedStation;
}

/**
 * Whether one can go in to a counter at a time or at night, with no place given or known ("in films people walk into a
 * police station at 3am, can you still do that in london?"): not which counter, nor the nearest, nor how to report.
 */
function canGoInThen(r: Reading): boolean {
  const c = r.cues;
  // "in the middle of the night" is read as round the clock.
  const atATime = r.when.when?.kind === 'instant' || (r.when.when === undefined && (r.says(AT_NIGHT_GOING) || c.roundTheClock));
  return (
    atATime && r.says(CAN_GO_IN) && (c.deskWords || r.says(REPORTS_AT_A_COUNTER) || c.inPerson) && r.mentions.every(isLondonAsAWhole) && !r.namedStation &&
    r.ctx.lastLocation === undefined && r.pastDate === undefined && !c.locationGiven && !c.closures && !c.plans && !c.history && !c.address && !r.when.specialDay
  );
}

/** "in london": the whole city, not a place to measure from. */
function isLondonAsAWhole(m: PlaceMention): boolean {
  return /^(?:in )?london$/.test(m.text.toLowerCase());
}

/** A facility as the wider world has it, not as a visit to a counter asks: permits, badges, fines, charges, walks, vets. */
const FACILITIES_OF_THE_WIDER_WORLD = /\b(?:free|permits?|badges?|tickets?|fines?|fined|charges?|charged|cost|costs|price|fees?|walk|walking|walks|vets?|licen[cs]es?|register|registered|registration|meters?|zones?|council|password)\b/;
/**
 * A facility asked as of a visit, with nothing else said: what may be brought, getting there by car or bike, whether
 * there is parking, a lift or a toilet, where to park, the entrance.
 */
const A_VISITS_FACILITY =
  /^(?:(?:so|and|ok|okay|also|hi|hey) )*(?:(?:can|could|may) (?:i|we) (?:bring|take|wheel|leave|lock up) |(?:are|is) (?:dogs?|pets?|bikes?|scooters?|pushchairs?|prams?|buggies|animals) allowed|(?:can|could) (?:i|we) (?:get|go|come|drive|cycle) there\b|(?:is|are) there (?:a |an |any |some )?(?:\w+ )?(?:parking|car park|lifts?|toilets?|loos?|ramps?|step free access|disabled access|hearing loops?|induction loops?|seating|waiting room|baby changing)(?: (?:there|inside|available|at all|nearby|please|pls))*$|(?:where|wheres) (?:can|do|should|could) (?:i|we) park(?: (?:there|nearby|outside))?$|any (?:\w+ )?(?:parking|toilets?|lifts?|step free access|disabled access)$|is the entrance\b)/;

/** Somewhere to go, not a particular counter: "near", "a police station", "speak to someone in person". */
function wantsADeskNearby(r: Reading): boolean {
  const c = r.cues;
  return (
    c.nearest === 'weak' ||
    (c.locationGiven && c.deskWords) ||
    (c.anyDesk && (place(r) || c.inPerson)) ||
    r.speaksFaceToFace ||
    (c.reportCrime && r.goesInPerson && !r.namedStation) ||
    // "is there a lift", "is there parking": a facility, not a counter, is asked whether there is.
    (c.existential && (r.areaNamed || noPlace(r)) && !(c.facility && !c.deskWords && !r.areaNamed))
  );
}

/** "is there a police station in croydon", "any counters in southwark": whether a borough (or a place's) has counters. */
function countersInABorough(r: Reading): boolean {
  const { cues: c, mentions, comparesHours, areaNamed, saysIn, text } = r;
  return (
    c.existential && mentions.length > 0 && !comparesHours && !areaNamed && !(c.nearest === 'weak' && !c.boroughWord && !saysIn) &&
    // "I live in Leyton, where do I go?": where the resident is, and where to go from there (the nearest).
    !(c.locationGiven && c.nearest !== undefined && !c.boroughWord) &&
    // "does peckham still have a police station": whether one place named for its own station still has it.
    !(c.status && !c.pluralDesks && !c.boroughWord && mentions.length === 1 && namedForItsStation(mentions[0]) && !WHICH_ONE.test(text))
  );
}

/**
 * Whether there is a counter in one place asked, not near it: "is there a police station in canary wharf", "do they have
 * a police station in dalston", "does whitechapel have a police station" (a neighbourhood, any counter, no moment).
 */
function whetherOneIsIn(r: Reading): boolean {
  // "I'm in Epping, where can I report something in person?" asks where to go, not whether there is one there.
  // "is there a 24 hour police station in canary wharf": the same, of a 24-hour counter.
  return r.cues.existential && !r.words.includes('where') && r.cues.nearest === undefined && (r.desk === 'any' || r.desk === '24/7') && r.mentions.length === 1 && found(r.mentions[0])?.kind === 'place' && r.when.when === undefined && !r.cues.pluralDesks;
}

/** "police stations in the borough of bromley", "front counters in sutton": a borough's counters, as a list. */
function countersOfABorough(r: Reading): boolean {
  const c = r.cues;
  return (c.boroughWord || c.pluralDesks) && c.deskWords && r.mentions.length > 0 && !r.comparesHours && !r.areaNamed && !c.hours && !c.address && !c.status && !c.history;
}

/** "is there a desk in westminster open now", "open right now", "at the moment", "still open": open now, asked yes or no. */
function asksOpenNowYesOrNo(r: Reading): boolean {
  return r.cues.open && !r.cues.hours && r.cues.yesNo && r.when.when?.kind === 'now';
}

/**
 * Open asked at a day or a time other than now ("open sunday", "open at 9pm", "open tomorrow morning"): a yes or no for
 * then, not the list of a borough's counters with their week.
 */
function asksOpenAtAnotherMoment(r: Reading): boolean {
  return r.cues.open && !r.cues.hours && r.when.when !== undefined && r.when.when.kind !== 'now' && r.when.when.kind !== 'week';
}

/** A street we do not know, said after "on" ("the police station on rochester row"). */
function streetSaidOn(r: Reading): PlaceMention | null {
  return notFoundMention(r.places.streetsSaidOn[0], r.text);
}

/** The whole message a town far from London ("brighton", "sheffield?"), with nothing else said. */
function townOutsideLondonAlone(r: Reading): boolean {
  return r.words.length <= 3 && r.places.unexplained.length === r.words.length && r.finder.townOutsideLondon?.(r.places.unexplained.join(' ')) !== undefined;
}

/** A name the resident gave that we do not know: words after "to"/"in", or a short message's leftover words. */
function unknownPlace(r: Reading): PlaceMention | null {
  return notFoundMention(r.places.unknownNames[0] ?? (r.words.length <= 4 ? r.places.unexplained : undefined), r.text);
}

/** "What then?" after "is stratford closing?" (a closure ahead asked of the counter discussed). */
function whatThenAfterAClosure(r: Reading): boolean {
  const last = r.ctx.lastQuestion;
  return r.says(WHAT_THEN) && noPlace(r) && r.discussedStation !== undefined && last?.intent === 'status' && last.yesNo === 'closing';
}

/** Whether the counter in question is open, closed or closing, and what a yes/no question about it asks. */
function statusQuestion(r: Reading): Question {
  if (r.says(WHEN_CLOSING_AHEAD)) return { intent: 'status', place: r.stationPlace, yesNo: 'closing', closingWhen: true };
  const yesNo = statusYesNo(r);
  return { intent: 'status', place: r.stationPlace, ...(yesNo ? { yesNo } : {}) };
}

/**
 * What news of a counter asks yes or no: "any news on sutton closing?" whether a closure is ahead; "they said on the
 * news it's closing, is croydon still open?" what the clause that asks says.
 */
function newsYesNo(r: Reading): { yesNo?: StatusYesNo } {
  if (r.askingClause !== r.text) {
    const yesNo = statusYesNo(r);
    return yesNo ? { yesNo } : {};
  }
  return r.says(CLOSURE_AHEAD) || r.says(CLOSES_VERB) ? { yesNo: 'closing' } : {};
}

/** " or did it close", " or is it still open": a second answer offered to a yes or no, after the first. */
const ANOTHER_ANSWER_OFFERED = / or (?=(?:has|have|did|is|are|was|were|will|it|has it|is it)\b)/;

/** "is it closing?" / "at risk?" asks about a closure ahead, "has it shut down?" whether it is closed, "still open?" / "staying open?" whether it is open. */
function statusYesNo(r: Reading): StatusYesNo | undefined {
  if (!r.cues.yesNo || r.says(REOPENING)) return undefined;
  // Read in the clause that asks: "heard it closed down, is walworth still open?" asks whether it is open.
  // "is acton still open or did it close": two answers offered, the yes or no is to the first ("yes, still open").
  const asked = r.askingClause.split(ANOTHER_ANSWER_OFFERED)[0];
  return CLOSURE_AHEAD.test(asked) ? 'closing' : CLOSED_NOW.test(asked) ? 'closed' : 'open';
}

/**
 * "I'm in Blahville", "we live near Foobury", "im staying at glorptown right now": a sentence that only says where
 * the resident is, naming nothing we know. Not "I'm in trouble", "I'm at the gym", "I work in retail".
 */
function unknownWhereIAm(r: Reading): PlaceMention | null {
  // "im on kingsland road": on a road named (the words left, ending in a road's), not "on the phone".
  const left = r.places.unexplained;
  const road = left.length >= 2 && ROAD_ENDING.test(left[left.length - 1]) ? SAYS_WHERE_I_AM_ON.exec(r.text) : null;
  const name = r.places.unknownNames[0] ?? (road ? left : undefined);
  // Typed as words ("@q~s318d" reads "at q s318d", which says nothing of where one is).
  const nextTo = SAYS_WHERE_I_AM.test(r.text) || road || !/^\s*[a-z]/i.test(r.message.original) ? null : SAYS_WHAT_I_AM_NEXT_TO.exec(r.text);
  const saying = (SAYS_WHERE_I_AM.exec(r.text) ?? road ?? nextTo)?.[0].split(' ');
  if (!saying || !noPlace(r) || !r.onlyAPlace || r.cues.deskWords) return null;
  // Said as what one is next to, with no "I'm": never when it may tell of someone's situation now (the safety net's).
  if (nextTo && (r.danger.situation || r.danger.signs.length > 0)) return null;
  // Nothing else said: every word no place explains is the name's, or the saying's ("based", "living").
  if (!name || !r.places.unexplained.every((w) => name.includes(w) || saying.includes(w))) return null;
  if (name.some((w) => NOT_WHERE_ONE_IS.has(w))) return null;
  // A name takes no article ("at the gym", "in a meeting"), and is not a state or a trade ("in trouble"); but a place's
  // name may ("the emirates stadium", "the british museum"): words ending in a kind of place.
  const aPlacesName = name.length >= 2 && KIND_OF_PLACE_ENDING.test(name[name.length - 1]);
  // After what one is next to, a name word no everyday English holds ("the old vic", "the shard") is a place's name too.
  const aName = nextTo !== null && name.some((w) => !COMMON_WORDS.has(w) && /^[a-z][a-z0-9]+$/.test(w));
  if (!aPlacesName && !aName && pattern`\b(?:the|a|an|my|our|his|her|their) ${name.join(' ')}\b`.test(r.text)) return null;
  return notFoundMention(name);
}

/** Hours, or open at a moment, of the station in question, with the special day and the part of the day asked about. */
/** Only another hour, after a time was asked ("9 instead", "what about 8"): the same counter at that time. */
function anotherHourInstead(r: Reading): boolean {
  return noPlace(r) && r.ctx.lastWhen?.kind === 'instant' && r.when.when?.kind === 'instant' && r.words.length <= 4;
}

/** "which is nearer", "which one's closer", "which of them is nearest", "wich 1 is further": one of two weighed by distance. */
const WHICH_OF_TWO_NEARER =
  /^(?:(?:and|so|ok|okay|but|right|hmm+)\s+)*(?:(?:which|wich|what)(?: one| 1| of (?:them|those|these|the two|the 2|both|em))?(?: is| s|s|'s| would be| will be)? (?:nearer|closer|further|farther|quicker to get to|easier to get to)|(?:which|wich|what) of (?:them|those|these|the two|the 2|both|em)(?: is| s|s|'s| would be| will be)? (?:the )?(?:nearest|closest|furthest)|(?:which|wich|what)(?: one| 1)?(?: is| s|s|'s)? (?:the )?(?:nearest|closest|furthest) of (?:them|the two|the 2|both|those))\b/;

/**
 * The two counters just discussed: one after the other ("hours of ilford", "and romford?"), or asked of together ("is
 * brixton or walworth open"); not the counters of a list (a list's own follow-ups read those).
 */
function twoDiscussed(r: Reading): PlaceMention[] | undefined {
  const named = r.ctx.namedCounters;
  const together = named?.length === 2 && !r.ctx.lastList && ['hours', 'open-now', 'status', 'address'].includes(r.ctx.lastIntent ?? '') ? named.map((m) => fromContext(m)!) : undefined;
  return together ?? discussedPair(r);
}

/**
 * The counter named and the one discussed, when a message asks which of them is nearer: set against it ("is it closer
 * than brixton", "is brixton further than that one"), or, right after a nearest answer, asked bare ("is brixton closer?").
 */
function weighedAgainstTheOneDiscussed(r: Reading): PlaceMention[] | undefined {
  const discussed = r.discussedStation;
  if (!discussed || !r.says(NEARER_OR_FURTHER)) return undefined;
  const compared = r.comparison?.stations;
  if (compared?.length === 2 && compared.some((m) => m.fromContext) && compared.every((m) => found(m)?.stationId !== undefined)) return compared;
  const named = namedDesks(r);
  if (named.length !== 1 || found(named[0])!.stationId === found(discussed)!.stationId) return undefined;
  return r.ctx.lastIntent === 'nearest' && r.says(IS_IT_NEARER_ASKED) ? [named[0], fromContext(discussed)!] : undefined;
}

/** An errand the data names as a counter's use, asked: presenting documents, lost property, evidence. */
function errandAsked(r: Reading): 'documents' | 'lost-property' | 'evidence' | undefined {
  const topic = SERVICE_TOPICS.find((t) => (t.topic === 'documents' || t.topic === 'lost-property' || t.topic === 'evidence') && r.says(t.words))?.topic;
  if (topic === 'documents' || topic === 'lost-property' || topic === 'evidence') return topic;
  // "hand in a wallet i found": an errand with something found in it is lost property.
  return r.cues.errand && r.says(SOMETHING_FOUND) ? 'lost-property' : undefined;
}

/** "nearest car park to brixton police station": the nearest is of parking by the counter named, not of counters. */
function parkingSoughtNearACounter(r: Reading): boolean {
  return r.cues.facility && r.namedStation !== undefined && r.says(NEAREST_PARKING_SOUGHT);
}

/** The counter discussed and the one before it, when both are counters and not the same one. */
function discussedPair(r: Reading): [PlaceMention, PlaceMention] | undefined {
  const { earlierPlace, lastPlace } = r.ctx;
  const earlier = found(earlierPlace)?.stationId;
  const last = found(lastPlace)?.stationId;
  return earlier && last && earlier !== last ? [fromContext(earlierPlace)!, fromContext(lastPlace)!] : undefined;
}

/**
 * The day asked of just before, carried to a follow-up about the same counter's opening or closing time: "is brixton
 * open on saturday?", then "what time does it close then?" or "till when?" (Saturday's closing, not the week's).
 */
function dayCarried(r: Reading): WhenAsked | undefined {
  const last = r.ctx.lastWhen;
  if (r.when.when !== undefined || r.when.specialDay !== undefined || !last) return undefined;
  if ((r.ctx.lastIntent !== 'hours' && r.ctx.lastIntent !== 'open-now') || !noPlace(r) || r.ctx.lastPlace === undefined) return undefined;
  // "is brixton open now?", then "how late?" or "until what time?": today's closing, not the week's.
  if (last.kind === 'now') return r.cues.focus === 'closing' && r.ctx.lastIntent === 'open-now' ? { kind: 'date', date: londonDate(r.now), label: 'today' } : undefined;
  if (last.kind !== 'date' && last.kind !== 'weekday') return undefined;
  return r.cues.focus === 'closing' || r.cues.focus === 'opening' ? last : undefined;
}

/**
 * A closing or opening time asked after a story of a journey under way ("ugh trains are cancelled, when does brixton
 * shut"): today's, the story being what says so (the question half, read alone, asks of the week).
 */
function todayOnTheWay(r: Reading, q: Question): Question {
  if (q.intent !== 'hours' || q.when.kind !== 'week' || q.yesNo !== undefined || q.specialDay || (q.focus !== 'closing' && q.focus !== 'opening')) return q;
  return r.says(ON_THE_WAY_NOW) ? { ...q, when: { kind: 'date', date: londonDate(r.now), label: 'today' } } : q;
}

/**
 * The day asked of the counter discussed, carried to another counter weighed against it with no moment named: "when does
 * ilford open on saturday", then "does walworth open earlier" (on Saturday, not now); "is brixton open on sunday", then
 * "does lewisham close later". Not a moment ("now", an hour) nor the week.
 */
function dayOfTheCounterWeighedAgainst(r: Reading): WhenAsked | undefined {
  const last = r.ctx.lastWhen;
  if (!last || r.when.specialDay !== undefined || (last.kind !== 'date' && last.kind !== 'weekday' && last.kind !== 'weekend')) return undefined;
  if (r.ctx.lastIntent !== 'hours' && r.ctx.lastIntent !== 'open-now') return undefined;
  const compared = r.comparison;
  const discussed = found(r.ctx.lastPlace)?.stationId;
  if (!compared?.rank || discussed === undefined) return undefined;
  return compared.stations.some((m) => m.fromContext && found(m)?.stationId === discussed) ? last : undefined;
}

/** "How long is it open" said with a day ("on saturday", "for today"): how long that day's opening lasts, not the time left. */
function howLongOpenOfADay(r: Reading): boolean {
  const until = TIME_UNTIL_IT_CHANGES.exec(r.text);
  const kind = r.when.when?.kind;
  return until !== null && until[1] === undefined && kind !== undefined && kind !== 'now' && kind !== 'instant';
}

/**
 * Which way a day of one counter is asked to differ from its other days, when a day or days are named ("on saturdays",
 * "at the weekend", or Monday to Friday as a block: "on weekdays", "during the week"); else undefined.
 */
function daysCompared(r: Reading): DaysCompared | undefined {
  const when = r.when.when;
  const weekdays = (when === undefined || (when.kind === 'week' && !when.everyDay)) && r.says(WEEKDAYS_SAID);
  const daysNamed = when !== undefined && (when.kind === 'weekday' || when.kind === 'weekend' || when.kind === 'date') && !('part' in when && when.part);
  if (!weekdays && !daysNamed) return undefined;
  const length = DAY_LENGTH_COMPARED.exec(r.text);
  if (length) return ['longer', 'more'].includes(length[1] ?? length[2]) ? 'longer' : 'shorter';
  const edge = DAY_EDGE_COMPARED.exec(r.text);
  if (!edge) return undefined;
  if (edge[2] === 'longer') return 'longer';
  return `${/^clos|^shut/.test(edge[1]) ? 'closes' : 'opens'}-${edge[2] as 'earlier' | 'later'}`;
}

/**
 * The end of the day asked just before, carried to another day said alone: "when does brixton close today", then "and
 * tomorrow?" or "sorry i meant sunday" asks tomorrow's (Sunday's) closing time, not the day's hours.
 */
function edgeCarried(r: Reading): 'closing' | 'opening' | undefined {
  const last = r.ctx.lastQuestion;
  if (!last || (last.intent !== 'hours' && last.intent !== 'open-now') || (last.focus !== 'closing' && last.focus !== 'opening')) return undefined;
  const when = r.when.when;
  if (!when || (when.kind !== 'date' && when.kind !== 'weekday') || ('part' in when && when.part) || !noPlace(r) || r.words.length > 6) return undefined;
  const c = r.cues;
  return c.open || c.status || c.hours || c.closedState || c.yesNo || c.roundTheClock ? undefined : last.focus;
}

function hoursQuestion(r: Reading, openNow: boolean): Question {
  const focus = r.cues.focus ?? (r.when.late ? 'late' : undefined) ?? edgeCarried(r);
  // "does it close for lunch": the week's hours show any break ("lunch" is no moment to be open at).
  if (focus === 'break' || focus === 'season') return { intent: 'hours', place: r.stationPlace, when: { kind: 'week' }, focus };
  const weighedOn = r.when.when === undefined ? dayOfTheCounterWeighedAgainst(r) : undefined;
  const carried = r.when.when === undefined ? (dayCarried(r) ?? weighedOn) : undefined;
  // Weighed on a day carried, the two counters' hours that day, not whether each is open now.
  if (weighedOn && carried === weighedOn) openNow = false;
  // "tube strike again smh what time does walworth close", "im on my way, when does brixton shut": a journey under way, so
  // today's closing (or opening), not the week's.
  const onTheWay = r.when.when === undefined && carried === undefined && !r.when.specialDay && (focus === 'closing' || focus === 'opening') && r.says(ON_THE_WAY_NOW);
  const today: WhenAsked | undefined = onTheWay ? { kind: 'date', date: londonDate(r.now), label: 'today' } : undefined;
  const said: WhenAsked = r.when.when ?? carried ?? today ?? (openNow ? { kind: 'now' } : { kind: 'week' });
  // "is brixton open till 7 on saturday?": open right up to then (the minute before), asked yes or no.
  const when = openUntil(r, said);
  const yesNo = when !== said ? 'open' : hoursYesNo(r, when);
  // A special day carried ("is lewisham open on christmas", then or in the same breath "what time does it close"): still
  // that day, whose hours the data does not hold, not an ordinary Friday answered as if it were.
  const specialDay = r.when.specialDay ?? (carried?.kind === 'date' ? specialDayOn(DateTime.fromISO(carried.date, { zone: 'Europe/London' })) : undefined);
  const extra = { ...(specialDay ? { specialDay } : {}), ...(focus ? { focus } : {}), ...(yesNo ? { yesNo } : {}) };
  return openNow ? { intent: 'open-now', place: r.stationPlace, when, ...extra } : { intent: 'hours', place: r.stationPlace, when, ...extra };
}

/**
 * What a yes/no question about the hours asks: "open 24 hours?"; "does it close at night?" (at some hour, so
 * not 24/7); "closed on Sundays?" or "does it close on Sundays?" (closed that day); "open on Sunday?". A
 * question about a time of opening or closing ("close early?", "what time...") is answered with the time.
 */
function hoursYesNo(r: Reading, when: WhenAsked): YesNoAsked | undefined {
  // "was brixton open last sunday?", "was croydon closed yesterday?": a day gone by, asked yes or no.
  if (!r.cues.yesNo && r.says(PAST_OPENING) && (when.kind === 'date' || when.kind === 'weekday') && when.date < londonDate(r.now) && (r.cues.open || r.cues.closedState)) {
    return r.cues.closedState && !r.cues.open ? 'closed' : 'open';
  }
  // "and what time does it shut?" after "is brixton open on saturday?": a time asked now, not the yes or no asked before.
  if (!r.cues.yesNo) return r.cues.followUp && r.cues.focus !== 'closing' && r.cues.focus !== 'opening' ? askedBefore(r) : undefined;
  // "is plumstead open or has it closed?": either way asked, so neither "yes" nor "no" answers it. Nor does "can I get
  // there before it shuts?": the closing time does.
  if (r.says(OPEN_OR_CLOSED) || r.says(LATEST_ARRIVAL)) return undefined;
  // "i'm afraid brixton might be shut, is it open?": the worry said first, the question last; the question's word decides.
  const openAskedLast = r.cues.open && r.says(CLOSED_NOW) && lastMatchAt(OPEN_WORD, r.text) > lastMatchAt(CLOSED_NOW, r.text);
  const closedState = r.says(CLOSED_NOW) && !openAskedLast;
  const closes = r.says(CLOSES_EVENT);
  if (r.cues.roundTheClock) return closedState || closes ? 'closes' : 'round-the-clock';
  if (when.kind === 'week' && (closedState || closes)) return 'closes';
  if (r.says(CLOSING_WHEN) && (closedState || closes)) return undefined;
  if (closedState || (closes && (when.kind === 'weekday' || when.kind === 'weekend'))) return 'closed';
  if (openAskedLast && !closes) return 'open';
  if (closes || r.says(CLOSES_VERB)) return undefined;
  // "open late?", "open until 10?": answered with the closing time. A late hour named ("at 11pm") is still "open then?".
  return r.cues.focus || r.says(CLOSING_WHEN) ? undefined : 'open';
}

const OPEN_WORD = /\bopen\b/;


/** "and on Sunday?" after "is Ilford open now?": open (or closed, or open 24 hours) then, as asked before. */
function askedBefore(r: Reading): YesNoAsked | undefined {
  const last = r.ctx.lastQuestion;
  const before = last && 'yesNo' in last ? last.yesNo : undefined;
  return before === 'open' || before === 'closed' || before === 'round-the-clock' ? before : undefined;
}

/** The last place question asked again about a new place ("what about Lewisham?"). */
function askAgain(last: PlaceQuestion, place: PlaceMention, r: Reading): Question {
  if (last.intent === 'hours' || last.intent === 'open-now') {
    const again = { ...last, place };
    if (r.when.when) again.when = r.when.when;
    if (r.when.specialDay) again.specialDay = r.when.specialDay;
    return again;
  }
  if (last.intent === 'borough-desks') return { ...last, place: asBorough(place) };
  return { ...last, place };
}
