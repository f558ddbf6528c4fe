/**
 * Does this message describe harm happening now or about to happen? Read
 * before anything else: "is brixton open, someone is trying to break into my
 * car right now" gets 999, not opening hours.
 *
 * A reading, not a keyword list: each clause is searched for signs of harm
 * (an act done to a person, fighting, a break-in, theft, a weapon held, a
 * person missing, someone about to drive drunk, thoughts of suicide, a life at
 * risk, a call for help), and each sign is placed in time by the words around
 * it: the verb's form ("is hitting", "is going to hit", "has been stabbed",
 * "was mugged"), a moment ("right now", "just", "yesterday") and a place close
 * by ("upstairs", "next door"). Harm now, about to happen or just done is
 * danger; harm told as over ("my bike was stolen last week") is not. Unsure
 * (harm to a person with no past framing) is danger: a needless 999 line costs
 * little, a missed one can cost a life. The words are the lexicon's (`HARM_ACTS`,
 * `PERSON_NOUNS`, `NOW_MARKERS`...).
 *
 * Also read: whether speaking is unsafe (the Silent Solution) and whether the
 * resident is deaf or speech-impaired (text 999, Relay UK).
 */
import {
  AFTER_SOMEONE, ALONE_OR_NIGHT, ARMED, ARMED_PEOPLE, ARMED_SLANG, GOES_AT_SOMEONE, HABITUAL, HANDLE_MOVES, HOLDS_AS_WEAPON, IMPROVISED_WEAPONS, IN_A_SITUATION, INSIDE_THE_HOME,
  A_PROGRAM_STOPPED, LOOKS_IN, NOISE_NUISANCE, PRESENT_OR_ARRIVING, RAGES, SITUATION_WORDS, FEAR_OR_MENACE, SOMEONE_HEARD_INSIDE, TIMES_GONE_BY, TRIES_TO_GET_IN, BETWEEN_DOER_AND_ACT, BODY_PARTS, BREAK_IN_ACTS, FORCING_ACTS, FIRE_AS_A_FIGURE, CANNOT_HEAR_OR_SPEAK, CANT_SPEAK, DISTRESS, DRIVING, DRUNK, FIRST_PERSON, GAS_OR_FUMES, GRAVE_HARM,
  HARM_ACTS, IN_THE_WATER, IS, JUST_MARKERS, LIFE_AT_RISK, LONG_AGO, MEDICAL_EMERGENCY, MISSING, NEAR_PLACES, NEGATORS, NOW_MARKERS, PAST_TIMES, PERCEIVES, PERSON_NOUNS,
  PERSON_PRONOUNS, PHRASAL_HARM, POSSESSIVES, PREMISES, SELF_HARM, SERVICE_FOR_DANGER, SHUT_IN, SILENT_ROUTE, SOON_MARKERS, SOUNDS_OF_HARM, TEXT_ROUTE, THEFT_ACTS, THREAT_PHRASES,
  UNSAFE_TO_SPEAK, VIOLENCE_ACTS, VIOLENCE_NOUNS, VULNERABLE, WAS, WEAPON_PAPERWORK_BEFORE, WEAPON_TOPICS, WEAPON_TURNED_ON_SOMEONE, WEAPONS, WOUNDING_HARM, globally, pattern, verbForms, type EmergencyService, type VerbForm,
  AT_RISK_OUT_ALONE, BODY_IN_CRISIS, CRASHED, DANGEROUS_PEOPLE, DANGEROUS_PEOPLE_TOPICS, DRINK_SPIKED, FLOODING, GONE_OUT, SMOKE_PRESENT, TAKEN_AWAY, VIOLENCE_UNDER_WAY,
  TAKEN_BY, SAID_TO_BE_KILLING, ONE_WHO_HARMED, BACK_OR_WAITING, WHERE_A_FALL_KILLS, ALIGHT_OR_SPARKING, GONE_OFF_WITH, NOT_UNDOING, SUSPECT_DEVICE, WEAPON_HEDGES, PROWLS, IN_THE_TRAFFIC, ON_A_FAST_ROAD, ANIMAL_ATTACKS,
  SUBSTANCE_ATTACK, SAYS_KILL_IN_JEST, KILLED_IN_JEST, PETTY_WRONG, EVERYDAY_LAPSE, SQUABBLERS, SQUABBLED_OVER, CONTRACTED_DOERS, NOT_GUNFIRE_AFTER, ON_FIRE_DOING_WELL, PERIL_WORDS, NOT_REAL_LIFE, PETS,
  RANG_BUT_SILENT, AT_A_HEIGHT_EDGE, TOLD_NEXT_TO_BE_HARMED, WRECKED_IN_THE_STREET, BEFORE_AN_OBJECT, AFTER_A_THING_WRECKED, HANDS_THAT_TEND, TENDING, HELD_TO_THE_BODY, POINTED_AT_SOMEONE, NOT_ANSWERING, HURT_BODY,
  NO_MATCHES, SHUT_AWAY, FAREWELL, MEANS_AT_HAND, UNREACHABLE,
  lastEnd,
  matchesIn,
} from './lexicon';
import { dangerSpelling, learnDangerWords } from './dangerSpellings';
import { readWords } from './message';
import { TextRuns } from './patternFilter';

export type DangerKind =
  | 'harm' | 'violence' | 'break-in' | 'theft' | 'intruder' | 'weapon' | 'missing' | 'drink-driving' | 'self-harm' | 'life-at-risk' | 'fire'
  | 'call-for-help' | 'hiding' | 'medical' | 'water' | 'gas';

/** When the harm a sign tells of happens, as its words place it. */
export type DangerMoment = 'now' | 'soon' | 'just' | 'unsure' | 'over';

export interface DangerSign {
  kind: DangerKind;
  /** The words the sign was read from. */
  words: string;
  moment: DangerMoment;
  /** Harm that wounds ("stabbed", "shot"): an ambulance too. */
  wounds?: true;
}

export interface DangerReading {
  /** Harm happening now, about to happen, just done, or not clearly over: lead with 999. */
  now: boolean;
  /** Every sign read, with its moment (for `npm run explain`). */
  signs: DangerSign[];
  /**
   * A person's situation now with no harm read ("he's outside", "I'm scared and alone", "my ex won't leave"): when
   * nothing else reads the message, lead with 999 anyway (the safety net, `rules.ts`).
   */
  situation: boolean;
  /** The situation is told with fear or menace ("I'm scared", "he keeps following me"), not only where someone is. */
  feared: boolean;
  /**
   * No sign and no situation read, but words of harm or peril said with someone named ("the ceiling has fallen on my
   * grandad"): when nothing else reads the message, lead with 999 anyway, as for a situation.
   */
  perilUnread: boolean;
  /** Speaking would be unsafe ("they'll hear me", "hiding"), or the Silent Solution is asked about. */
  silentCall: boolean;
  /** Deaf, hard of hearing or speech-impaired, or asking about text 999 / Relay UK. */
  textOrRelay: boolean;
  /** A way to reach 999 without speaking is named ("silent solution", "text 999", "Relay UK"): a question about 999. */
  namesA999Route: boolean;
  /**
   * Whom to ask 999 for, from the signs of danger now (police, ambulance, fire service, in that order); empty when the
   * lexicon does not know which (someone in the water, gas); the police when no sign says (a call for help).
   */
  services: EmergencyService[];
}

const HARM = verbForms(HARM_ACTS);
/** Each phrasal harm by the forms of its verb: "do" -> [in, over, threat], "sort" -> [out, threat]. */
const PHRASAL = new Map<string, { lemma: string; form: VerbForm; particle?: string; threatOnly?: true }[]>();
for (const { verb, particle, threatOnly } of PHRASAL_HARM) {
  for (const [word, { lemma, form }] of verbForms([verb])) PHRASAL.set(word, [...(PHRASAL.get(word) ?? []), { lemma, form, particle, threatOnly }]);
}
const VIOLENCE = verbForms(VIOLENCE_ACTS);
const SOUNDS = verbForms(SOUNDS_OF_HARM);
const BREAK_IN = verbForms(BREAK_IN_ACTS);
/** Degrees before a word of praise: "an absolutely smashing night". */
const PRAISE_DEGREES: ReadonlySet<string> = new Set(['absolutely', 'really', 'truly', 'properly', 'totally', 'utterly', 'just', 'quite', 'rather', 'bloody', 'well']);
/** What is forced, right after a verb of force: "(in) my front door", "the gate", "down the back door". */
const FORCED_OPEN = /^(?:(?:in|down|through|open|at) )?(?:(?:my|our|the|his|her|their|a|next doors|nextdoors) )?(?:(?:front|back|side|kitchen|bedroom|flat|house|garden|car|shop|garage) )?(?:doors?|windows?|gates?|car|van|shop|shutters?)\b/;
const THEFT = verbForms(THEFT_ACTS);
// The words a hurried slip is read back to ("collaped", "hittin"): the verbs above, people, and a body in crisis.
learnDangerWords([
  ...HARM.keys(), ...VIOLENCE.keys(), ...SOUNDS.keys(), ...BREAK_IN.keys(), ...THEFT.keys(), ...PERSON_NOUNS,
  ...'breathing bleeding collapsed unconscious unresponsive overdose overdosed seizure choking drowning missing following screaming outside upstairs downstairs trapped spiked fitting knife knives machete someone somebody stabbed being getting gunpoint knifepoint'.split(' '),
  // Words a letter away from a danger word that are words of their own ("thrashing" about in the water is not "trashing").
  ...verbForms(['thrash']).keys(),
]);

/** Every word `actSigns` reads a sign from: a word in none of these tables gives none. */
/** The violence nouns as typed with a doubled letter single ("stabing outside tesco", "shoting"). */
const VIOLENCE_NOUNS_UNDOUBLED: ReadonlySet<string> = new Set([...VIOLENCE_NOUNS].map((n) => n.replace(/(.)\1/g, '$1')).filter((n) => !VIOLENCE_NOUNS.has(n)));
const ACT_WORDS: ReadonlySet<string> = new Set([...HARM.keys(), ...PHRASAL.keys(), ...VIOLENCE.keys(), ...SOUNDS.keys(), ...VIOLENCE_NOUNS, ...BREAK_IN.keys(), ...THEFT.keys()]);

/** Harm acts that are violence even with no one named after them: "a man is stabbing people", "someone is attacking". */
const VIOLENT_ON_THEIR_OWN = new Set([...GRAVE_HARM, 'attack', 'assault', 'rob', 'mug', 'beat']);
/** Words that sit between a verb and what it tells of: "is still hitting", "has just been", "keeps on". */
const FILLERS = new Set(['just', 'still', 'really', 'now', 'always', 'constantly', 'again', 'literally', 'actually', 'currently', 'already', 'even', 'on', 'up']);
/**
 * What follows harm done to the one speaking, with the "I was" dropped at the start: "mugged at gunpoint", "stabbed
 * outside the chicken shop", "robbed a minute ago" (not an object: "killed it at work", "smashed that exam").
 */
const HOW_ONE_WAS_HARMED = /^(?:at|by|in|on|outside|near|behind|again|twice|just|and|\d+|a (?:minute|min|few|second|moment|couple)|few|two|three|five|ten|minutes|mins|seconds)\b/;
/** Things "taken" or "damaged" in passing, not stolen: "my order was taken", "the photo was taken a minute ago". */
const THEFT_ONLY_ACTIVE: ReadonlySet<string> = new Set(['take', 'damage', 'vandalise', 'vandalize', 'siphon']);
const HAVE = new Set(['has', 'have', 'hes', 'shes', 'ive', 'weve', 'theyve', 'youve', 's', 've', 'had']);
const PASSIVE_NOW = new Set(['being', 'getting']);
const PASSIVE_PAST = new Set(['got', 'get', 'gets']);
/** Where someone's words start: "the bloke next door", "my ex". */
const NOUN_PHRASE_START = new Set(['the', 'a', 'an', 'my', 'our', 'his', 'her', 'their', 'your', 'this', 'that', 'some', 'two', 'three', 'i', 'we', 'you', 'and', 'or', 'but']);
const BUILDINGS_DEMOLISHED = new Set(['station', 'stations', 'building', 'buildings', 'house', 'houses', 'flats', 'block', 'blocks', 'tower', 'towers', 'estate', 'wall', 'walls', 'pub', 'school', 'church', 'shop', 'shops', 'cinema', 'factory', 'warehouse', 'office', 'offices', 'library', 'hospital', 'nick', 'counter', 'bridge', 'chimney']);
const LOST_AS_AN_OFFICE = new Set(['property', 'properties', 'items', 'item', 'luggage', 'baggage', 'possessions']);
const MISSING_AS_TOPIC = new Set(['person', 'persons', 'people', 'report', 'reports', 'poster', 'posters', 'appeal', 'appeals', 'unit', 'cases']);
const GENERIC_PEOPLE = new Set(['people', 'everyone', 'everybody', 'anyone', 'anybody', 'residents', 'londoners', 'communities', 'elderly', 'public', 'vulnerable', 'victims', 'families']);
const ARTICLES = new Set(['a', 'an', 'the', 'this', 'that', 'some', 'two', 'three', 'another', 'these', 'those', 'his', 'her', 'their', 'my', 'our', 'your']);

const IS_WORD = pattern`^(?:${IS})$`;
const WAS_WORD = pattern`^(?:${WAS})$`;
const STRONG_NOW = /\b(?:right now|as we speak|atm|at the moment|currently|this minute|this second|at this moment|this very moment|happening|going on|in progress|kicking off|still (?:here|there|in|inside|outside|at|around|downstairs|upstairs|indoors|about|hiding|trying|\w+ing))\b/;
const ANY_NOW = pattern`\b(?:${NOW_MARKERS})\b`;
const SOON = pattern`\b(?:${SOON_MARKERS})$`;
const JUST = pattern`\b(?:${JUST_MARKERS})\b`;
/** A year said with the word that places it: "in 2027", "by 2030". */
const A_YEAR_SAID = /\b(?:in|since|by|during|for|of|until|till) (20\d\d)\b/gi;
const PAST = pattern`\b(?:${PAST_TIMES})\b`;
const LONG_AGO_RE = pattern`\b(?:${LONG_AGO})\b`;
const NEAR = pattern`\b(?:${NEAR_PLACES}|(?:is|are|s|re|still) here)\b`;
/** Someone hears or sees it: "I can hear screaming", "there's a fight". */
const HEARD = /\b(?:hear|hearing|heard|can see|i see|seeing|watching)\b/;
const THERE_IS = /\b(?:theres|there is|there are|theres been|there has been|there have been)\b/;
const REPORTING = /\breport(?:ing|ed)?\b/;
/** A report already made, as typed ("reported", kept whole by the typo corrector) or said another way. */
const REPORT_MADE: ReadonlySet<string> = new Set(['reported', 'logged', 'registered']);
/** What names an act as a thing rather than a doing: "the break-in", "a break-in", "our break-in". */
/** Told as back or still going after the report: "but they're back inside now", "it's happening again". */
const BACK_AGAIN = /\b(?:still(?! (?:open|opens|opening|closed|shut|a|an|working|running|active|functioning|doing|take|taking)\b)|back(?! (?:in (?:(?:19|20)\d\d|the day)|then|when))|again|here|inside|outside|upstairs|downstairs|returned|(?<!open |opened |closed |shut )now)\b/;
const DETERMINERS_OF_AN_ACT: ReadonlySet<string> = new Set(['the', 'a', 'an', 'our', 'my', 'his', 'her', 'their', 'that', 'this']);

const LIFE = pattern`\b(?:${LIFE_AT_RISK}|(?:im|i am|we are|were|i feel|hes|shes|he is|she is|they are|theyre|my \w+ is|someones|somebodys) (?:in (?:immediate |serious |real |grave )?danger|not safe|unsafe|scared for (?:my|his|her|their) life)|\w+ (?:is|are) in (?:immediate |serious |real |grave )?danger(?! of))\b`;
const MEDICAL = pattern`\b(?:${MEDICAL_EMERGENCY})\b`;
const WATER = pattern`\b(?:${IN_THE_WATER})\b`;
const SHUT = pattern`\b(?:${SHUT_IN})\b`;
const GAS = pattern`\b(?:${GAS_OR_FUMES})\b`;
const THREAT = pattern`\b(?:${THREAT_PHRASES})\b`;
const UNDER_WAY = pattern`\b(?:${VIOLENCE_UNDER_WAY})\b`;
const TAKEN = pattern`\b(?:${TAKEN_AWAY})\b`;
const TAKEN_BY_SOMEONE = pattern`\b(?:${TAKEN_BY})`;
const SPIKED = pattern`\b(?:${DRINK_SPIKED})\b`;
const FALL_KILLS = pattern`\b(?:${WHERE_A_FALL_KILLS})\b`;
const WENT_OUT = pattern`\b(?:${GONE_OUT})\b`;
const AT_RISK_OUT = pattern`\b(?:${AT_RISK_OUT_ALONE})\b`;
const CRASH = pattern`\b(?:${CRASHED})\b`;
const FLOOD = pattern`\b(?:${FLOODING})\b`;
const BODY = pattern`\b(?:${BODY_IN_CRISIS})(?:$|\b)`;
const SMOKE = pattern`\b(?:${SMOKE_PRESENT})\b`;
const ALIGHT = pattern`\b(?:${ALIGHT_OR_SPARKING})\b`;
const DEVICE = pattern`\b(?:${SUSPECT_DEVICE})\b`;
/** Suspect items as a topic, not one here: "advice on suspicious packages", "training". */
const DEVICE_AS_TOPIC = /\b(?:advice|training|drill|policy|posters?|campaign|leaflets?|procedure)\b/;
/** A suspect item as the subject of something watched or read: "a bomb disposal documentary", "a book about a bomb plot". */
const MEDIA = '(?:documentar(?:y|ies)|films?|movies?|programmes?|series|episodes?|podcasts?|books?|novels?|games?|videos?|dramas?|docs?|articles?)';
// Only words that make one name with it ("bomb disposal documentary"), not a place it is in ("a bomb in this game shop").
const MEDIA_AFTER = new RegExp(`^(?:(?!(?:in|on|at|by|near|under|inside|outside|behind|next|the|a|an|this|that|my|our|his|her|their)\\b)\\w+ ){0,2}${MEDIA}\\b`);
const MEDIA_BEFORE = new RegExp(`\\b${MEDIA} (?:about|on|called|named) (?:\\w+ ){0,2}$`);
/** Said plainly that no one is being hurt: "(no violence, just shouting)". Raised voices alone are then not danger. */
const NO_HARM_SAID = /\b(?:no violence|nothing violent|not violent|no one (?:got |was |is |s )?hurt|nobody (?:got |was |is |s )?hurt|(?:just|only) (?:shouting|yelling|arguing|a row|an argument|words|verbal))\b/;
/** A thing left or parked outside somewhere: "chained my bike to the railings outside", "parked the car outside the station". */
const THING_LEFT_OUTSIDE =
  /\b(?:chained|locked|parked|left|leaned|leant|tied|put|dropped|stuck|leaving|parking|chaining|locking) (?:up )?(?:my|the|our|his|her|their|a) (?:\w+ )?(?:bike|bicycle|car|van|scooter|e scooter|moped|motorbike|pram|buggy|bins?|parcel|bags?|trolley)\b(?: \w+){0,5}? outside\b/;
/** Footage named just before "outside" ("the cctv from outside", "camera footage of outside"): where it was filmed. */
const FOOTAGE_OF = /\b(?:cctv|footage|recordings?|cameras?|videos?|dashcam|doorbell|ring doorbell)(?: (?:footage|recordings?|video))? (?:from|of|on) (?:the )?$/;
/** The violence nouns that are only voices raised. */
const RAISED_VOICES: ReadonlySet<string> = new Set(['shouting', 'yelling', 'screaming', 'screams', 'scream']);
/**
 * Voices raised at a screen or a game ("shouting at the telly", "getting headshot on fortnite and yelling"): play, not
 * harm, unless raised at the resident or their own ("yelling at me").
 */
const AT_A_SCREEN = /\b(?:at|over) (?:the |his |her |their |my |our |a )?(?:telly|tv|television|screen|game|games|xbox|ps ?[345]|playstation|console|switch|controller|ref|referee|match|football|footie|rugby|darts|snooker|boxing|computer|laptop|pc|phone|ipad|tablet|radio|quiz|match of the day)\b/;
const PLAYING = /\b(?:fortnite|minecraft|roblox|fifa|call of duty|warzone|valorant|apex|gta|xbox|playstation|ps5|ps4|gaming|video games?|headshot|headshots|online game)\b/;
const RAISED_AT_SOMEONE = /\b(?:at|to) (?:me|us|my|him|her|them|the kids|the children|the baby)\b(?! (?:telly|tv|screen|game|xbox|ps ?[345]|playstation|console|computer|laptop|phone))/;
/** Who "shoots down" an application, an idea or an advance: "been shot down by three banks", "shot down by a girl at the bar" is a refusal, not gunfire. */
const REFUSERS: ReadonlySet<string> = new Set(
  'banks bank lenders lender mortgage council councils employer employers company companies uni university universities college colleges insurer insurers insurance agency agencies recruiters investors publishers landlords letting agents hmrc dwp jobcentre crush girl girls lass date boss manager teacher'.split(' '),
);
const WENT_OFF_WITH = pattern`\b(?:${GONE_OFF_WITH})\b`;
const DANGEROUS = pattern`\b(?:${DANGEROUS_PEOPLE})\b(?! (?:${DANGEROUS_PEOPLE_TOPICS})\b)`;
/** Asked as a question or a what-if ("what do I do if a burglar...", "how do I report a stalker"), or found ("I found a knife"): not someone here now. */
const ASKED_ABOUT = /^(?:what|how|where|when|who|why|which|can|could|should|would|do|does|is|are|if|any)\b|\b(?:if|report|reporting|reported|advice|about|found|find|hand (?:it |them )?in|handing in|handed in)\b/;
/** Animals shut in or in the water are saved by a 999 call too ("a dog locked in a hot car"). */
const ANIMALS = new Set(['dog', 'dogs', 'puppy', 'puppies', 'cat', 'cats', 'kitten', 'pet', 'pets', 'horse', 'staffie', 'staffy', 'pitbull', 'rottweiler', 'alsatian', 'bully', 'mastiff', 'husky']);
/** The resident, as the one in trouble: "I'm locked in", "we fell in". */
const SOMEONE_HERE = new Set(['i', 'im', 'ive', 'me', 'we', 'were', 'weve', 'us']);
/** Signs of a body in crisis that other things show too ("the talks collapsed", "the queue is not moving"). */
const NEEDS_SOMEONE = /^(?:collapsed|not moving|isnt moving|wont move|(?:wont|will not|not|isnt) (?:respond|responding))/;
const SELF = pattern`\b(?:${SELF_HARM})\b`;
/** What follows "lost" when a counter was lost: "more police stations", "its front counter", "two counters". */
const COUNTER_LOST = /^(?:(?:more|a|an|any|the|their|its|our|two|three|four|five|ten|several|many|\d+) )?(?:of (?:the |its |their )?)?(?:police )?(?:stations?|counters?|front counters?|front desks?|desks?|nicks?)\b/;
const LOST = pattern`\b(?:${MISSING})\b`;
const DRINK = pattern`\b(?:${DRUNK})\b`;
const DRIVE = pattern`\b(?:${DRIVING}|driver)\b`;
const WEAPON = pattern`(?<!\b${WEAPON_PAPERWORK_BEFORE})\b(?:${WEAPONS})\b(?! (?:${WEAPON_TOPICS})\b)|\b(?:${ARMED_PEOPLE})\b|\b(?:${ARMED_SLANG})\b`;
/** A weapon said with its paperwork or as a topic ("shotgun certificate", "licence for my shotgun"), which `WEAPON` leaves out. */
const WEAPON_AS_TOPIC = pattern`(?<=\b${WEAPON_PAPERWORK_BEFORE})\b(?:${WEAPONS})\b|\b(?:${WEAPONS})(?= (?:${WEAPON_TOPICS})\b)`;
const TURNED_ON_SOMEONE = pattern`\b(?:${WEAPON_TURNED_ON_SOMEONE})\b`;
const SLANG_ARMED = pattern`^(?:${ARMED_SLANG})`;
const IMPROVISED = pattern`\b(?:${IMPROVISED_WEAPONS})\b`;
/** Who is small enough that a blow of theirs with a spoon or a toy harms no one. */
const SMALL_CHILDREN: ReadonlySet<string> = new Set(['toddler', 'toddlers', 'baby', 'babies', 'tot', 'tots', 'infant', 'infants', 'newborn', 'preschooler']);
/** Things a small child hits with that hurt no one: "with a spoon", "with his rattle", "with a teddy". */
const HARMLESS_IN_A_SMALL_HAND: ReadonlySet<string> = new Set(
  ['spoon', 'spoons', 'rattle', 'teddy', 'toy', 'toys', 'pillow', 'cushion', 'crayon', 'crayons', 'sock', 'socks', 'lego', 'block', 'blocks', 'banana', 'dummy', 'book', 'blanket', 'duck', 'ball', 'balloon', 'nappy', 'bib', 'sponge', 'spaghetti', 'yoghurt', 'yogurt', 'biscuit', 'cuddly', 'plushie', 'slipper'],
);
/** What is "shot" at someone that is no bullet: "(shot) me a dirty look", "(shoot) me a text", "(shot) them an email". */
const SHOT_A_LOOK = /^(?:(?:me|him|her|us|them|you|u|my \w+|his \w+|her \w+) )?(?:a|an|one of those) (?:(?:dirty|filthy|funny|evil|nasty|weird|quick|long|hard|sharp|sideways|side|cheeky|knowing|angry|stern|death) )*(?:look|looks|glance|glare|stare|smile|grin|wink|text|message|msg|email|dm|question|line)\b/;
/** Things performed or sat that can be "killed" or "murdered" well or badly: "murdered that song", "killed the interview". */
const PERFORMED: ReadonlySet<string> = new Set(
  ['song', 'songs', 'tune', 'track', 'cover', 'solo', 'karaoke', 'speech', 'exam', 'exams', 'test', 'interview', 'set', 'gig', 'routine', 'dance', 'performance', 'audition', 'presentation', 'quiz', 'crossword', 'role', 'part', 'lines', 'joke', 'recipe', 'dish', 'cake', 'outfit', 'look', 'verse', 'rap', 'chorus', 'pitch'],
);
/** Before the thing someone lost: "lost his wallet", "lost her keys", "lost a glove". */
const THING_LOSERS: ReadonlySet<string> = new Set(['his', 'her', 'their', 'my', 'our', 'your', 'a', 'an', 'the', 'its']);
/** Lost, but no thing: one's way or a person ("lost his way"), or harm ("lost consciousness", "lost a lot of blood"). */
const LOST_BUT_NOT_A_THING: ReadonlySet<string> = new Set(['way', 'life', 'lives', 'consciousness', 'conscious', 'breath', 'blood', 'control', 'footing', 'balance', 'pulse', 'lot', 'sight', 'baby', 'child', 'kid', 'son', 'daughter', 'mum', 'dad', 'grip', 'memory', 'mind', 'boy', 'girl', 'kids', 'children', 'toddler', 'twins']);
/** Blows a small child deals with bare hands or teeth. */
const LITTLE_BLOWS: ReadonlySet<string> = new Set(['hit', 'bite', 'punch', 'kick', 'slap', 'scratch', 'attack', 'pinch', 'headbutt', 'smack', 'thump', 'whack', 'beat']);
/** Someone said to be hurt: the blow was no small thing after all. */
const HURT_SAID = /\b(?:bleeding|blood|unconscious|not breathing|cant breathe|broken|broke his|broke her|hospital|ambulance|injured|badly hurt|stitches|concussion|stairs|window|pool|water|road)\b/;
const HOLDS = pattern`\b(?:${HOLDS_AS_WEAPON})(?: \w+)?$`;
const HELD_TO = pattern`\b(?:${HELD_TO_THE_BODY})\b`;
const POINTED_AT = pattern`\b(?:${POINTED_AT_SOMEONE})\b`;
const TENDERS = pattern`\b(?:${HANDS_THAT_TEND})\b`;
const TENDED = pattern`\b(?:${TENDING})\b`;
const UNANSWERING = pattern`\b(?:${NOT_ANSWERING})\b`;
const SHUT_AWAY_RE = pattern`\b(?:${SHUT_AWAY})`;
const FAREWELL_RE = pattern`\b(?:${FAREWELL})\b`;
const MEANS_AT_HAND_RE = pattern`\b(?:${MEANS_AT_HAND})\b`;
const UNREACHABLE_RE = pattern`\b(?:${UNREACHABLE})\b`;
const AT_A_HEIGHT_EDGE_RE = pattern`\b(?:${AT_A_HEIGHT_EDGE})\b`;
/** Loud bangs or crashes nearby, not loud music: "loud bangs next door", "crashing upstairs" (not "loud banging music"). */
const LOUD_BANGS_NEARBY = /\b(?:loud (?:bangs?|banging|crash(?:es|ing)?)|(?:bangs?|banging|crashing) (?:next door|upstairs|downstairs|outside|from (?:next door|upstairs|downstairs)))\b(?! (?:music|tunes|choons|beats|songs?|tracks?|bass))/;
/** Bangs told with a harmless cause ("the builders are making loud bangs", "fireworks going off outside"), not in doubt between causes. */
const BANGS_HARMLESS_CAUSE = /\b(?:builders?|workmen|workers|roadworks|construction|renovat\w*|diy|drilling|hammering|fireworks?|bonfire|party|music|tunes)\b/;
/**
 * Shots heard and in doubt, now: "was that gunfire?", "could be gunshots or fireworks", "sounded like a gun going off".
 * Perhaps shots, perhaps not: when unsure, 999 leads as a condition. Not a shooting range, a photo shoot or a film.
 */
const SHOTS_IN_DOUBT =
  /\b(?:(?:could|might|may|must) (?:be|have been|of been|ve been)|(?:sounded|sounds|sounding|sound) (?:like|similar to)|(?:was|is) (?:that|it|this)|(?:were|are) (?:those|they|these|them)|wa?s (?:that|it)|maybe|possibly|probably|(?:i )?(?:think|thought|reckon) (?:it was|they were|theyre|its|it s|that was|it might be|it could be)|either) (?:(?:a|some|the|real) )?(?:gun ?shots?|gunfire|gun fire|gun shot|shots|a shot fired|shooting|a gun|guns?|gun going off|guns going off)\b(?! (?:range|ranges|star|stars|gallery|match|practice|club|games?|a (?:video|film|music video|scene)|of (?:vodka|tequila|espresso|coffee)))|\b(?:gun ?shots?|gunfire|gun fire|shots|a gun|shooting) or (?:fireworks?|bangers|firecrackers|a car|cars?|a motorbike|an exhaust|backfir\w*|builders|thunder)\b/;
const BANGS_IN_DOUBT = /\b(?:gun ?shots?|shots?|shooting|gun|guns|not sure|unsure|or (?:was|were|is) it|sounded like|sounds like)\b/;
const TOLD_NEXT_RE = pattern`\b(?:${TOLD_NEXT_TO_BE_HARMED})`;
/** A bat in its own game: "waved his bat in the air after his century" (not "swung a bat at him"). */
const BAT_IN_ITS_GAME = /\b(?:century|centuries|fifty|half century|innings|wickets?|crease|bowled|bowler|batting|batsman|batsmen|batter|cricket|rounders|softball|home run|sixes|boundary|nets)\b/;
const HURT = pattern`\b(?:${HURT_BODY})`;
const HERE_OR_ARRIVING = pattern`\b(?:${PRESENT_OR_ARRIVING})\b`;
/** A time gone by, not an arrival ("turned up" is now when an ex does it): for the readings of someone at the home. */
const GONE_BY = pattern`\b(?:${TIMES_GONE_BY})\b`;
const HEARD_INSIDE = pattern`\b(?:${SOMEONE_HEARD_INSIDE})\b`;
const IN_THE_HOME = pattern`\b(?:${INSIDE_THE_HOME})\b`;
const ALONE = pattern`\b(?:${ALONE_OR_NIGHT})\b`;
const NUISANCE = pattern`\b(?:${NOISE_NUISANCE})\b`;
/** Someone named by harm they did before ("the man who attacked me last year"), and where they are now ("is outside"). */
const HARMED_BEFORE = pattern`\b(?:${ONE_WHO_HARMED})`;
const HERE_NOW_OR_WAITING = pattern`\b(?:${BACK_OR_WAITING}|${PRESENT_OR_ARRIVING})\b`;
/** A way into a home or car that someone tries: "tried the back door", "trying all the car handles". */
const WAYS_IN: ReadonlySet<string> = new Set('door doors window windows lock locks handle handles gate gates latch letterbox doorknob'.split(' '));
const GETTING_IN = pattern`\b(?:${TRIES_TO_GET_IN})\b`;
const HANDLE = pattern`\b(?:${HANDLE_MOVES})\b`;
const LOOKING_IN = pattern`\b(?:${LOOKS_IN})\b`;
const GOES_AT = pattern`\b(?:${GOES_AT_SOMEONE})\b`;
const RAGE = pattern`\b(?:${RAGES})\b`;
const PROWL = pattern`\b(?:${PROWLS})`;
const TRAFFIC = pattern`\b(?:${IN_THE_TRAFFIC})\b`;
const FAST_ROAD = pattern`\b(?:${ON_A_FAST_ROAD})\b`;
const MAULS = pattern`\b(?:${ANIMAL_ATTACKS})\b`;
const THROWN_AT = pattern`\b(?:${SUBSTANCE_ATTACK})`;
const LAPSE = pattern`${EVERYDAY_LAPSE}`;
/** Harm verbs said in jest of an everyday lapse or a petty wrong ("my boss will shoot me if I'm late", "I could strangle my brother for losing my keys"). */
const SAID_IN_JEST: ReadonlySet<string> = new Set(['kill', 'murder', 'shoot', 'strangle', 'throttle', 'slaughter']);
/** An attempt at harm, before "to": "tried to kill me", "attempted to strangle her". */
const ATTEMPTED: ReadonlySet<string> = new Set(['tried', 'attempted']);
/** Harm verbs an everyday thing does to the resident in a figure of speech (`SAID_TO_BE_KILLING`): "killed me", "finished me off", "did me in". */
const KILLS_IN_JEST: ReadonlySet<string> = new Set(['kill', 'murder', 'finish', 'slaughter', 'destroy', 'do']);
/** What "assaults" the senses in a figure of speech: a noise, a smell, a sight; never a person or a pronoun. */
const SENSE_ASSAULTERS: ReadonlySet<string> = new Set(
  'music noise noises sound sounds racket din bass drums drum song songs karaoke singing speakers party smell smells stench stink perfume aftershave fumes light lights glare colours colors outfit wallpaper'.split(' '),
);
/**
 * Small creatures that "attack", "bite" or "eat alive" in everyday talk ("attacked by mosquitoes all night", "the wasps
 * attacked us at the picnic", "savaged by midges"): no one to send police to. A dog is not one of them.
 */
const SMALL_CREATURES: ReadonlySet<string> = new Set(
  `mosquitoes mosquitos mosquito mozzies mozzie mossies midges midge gnats gnat flies fly horseflies horsefly fleas flea bedbugs bedbug bugs bug
  insects insect ants ant wasps wasp bees bee hornets hornet nettles nettle seagulls seagull gulls gull pigeons pigeon geese goose spiders spider
  ticks tick lice mites`.split(/\s+/),
);
/** Words between "by" and the creature: "attacked by the mosquitoes", "eaten alive by loads of tiny midges". */
const BEFORE_A_CREATURE: ReadonlySet<string> = new Set('the a an some loads lots of these those them bloody flipping tiny little massive big giant angry swarms swarm hundreds million millions'.split(' '));
/** The senses "assaulted" by a noise or a sight: "assaulted my ears", "attacked my eyes", "an assault on my nose". */
const ASSAULTED_SENSES = /^(?:my|our|your|the|everyones) (?:ears|eardrums|eyes|nose|nostrils|senses|tastebuds|taste buds)\b/;
/** How the whole message says to take its clauses. */
interface MessageFrame {
  notLiterally: boolean;
  boutWatched: boolean;
  /** A bout or a match watched, told as over or laughed about: "the boxing at wembley was brutal, blood everywhere lol". */
  sportWatched: boolean;
  gasSmelled: boolean;
}
const NO_FRAME: MessageFrame = { notLiterally: false, boutWatched: false, sportWatched: false, gasSmelled: false };

function frameOf(message: string): MessageFrame {
  // Most messages say neither: told by two words' presence before any pattern runs.
  const text = message.toLowerCase();
  if (!/figurative|metaphor|figure of|manner of|emotional|mental|spiritual|financial|box|ufc|mma|wrestl|fight|bout|round|gas|rugby|match|game/.test(text)) return NO_FRAME;
  const words = text.replace(/[^a-z0-9 ]+/g, ' ');
  return {
    notLiterally: NOT_LITERALLY.test(text) || (NOT_BODILY.test(text) && !BODILY.test(text)),
    boutWatched: A_BOUT_WATCHED.test(text),
    sportWatched: A_SPORT_WATCHED.test(words) && !HARM_BEYOND_THE_SPORT.test(words) && !STRONG_NOW.test(words),
    gasSmelled: GAS_SMELLED.test(words),
  };
}

/** A bag left, then heard: "a rucksack under the seat ... and it is beeping", "left a package, now its ticking". */
const A_DEVICE_ACROSS_CLAUSES = /(?<!\b(?:my|our|your|his|her|their|mums|dads) )\b(?:rucksack|backpack|bag|suitcase|holdall|package|parcel|box|case)\b.*\b(?:it|its|it s|thing|that)(?: is| s| keeps| started| has started| just started| has been| now| still)* (?:beeping|ticking|buzzing|making (?:a )?(?:beeping|ticking|buzzing|weird|strange|funny) (?:noise|sound))\b/;

/** A sport of blows or a match, then told as watched or over: "ufc fight last night was savage", "rugby at twickenham ... haha". */
const A_SPORT_WATCHED =
  /\b(?:boxing|boxer|boxers|ufc|mma|kickboxing|wrestling|fight night|title fight|cage fight|the fight|fight last night|bout|rugby|the match|the game|football match|hockey match|the derby)\b.*\b(?:was|were|last night|yesterday|earlier|at (?:wembley|twickenham|the o2|the stadium|the arena|the ground|the match|the game)|on (?:the )?(?:telly|tv)|watched|watching|brutal|savage|lol|haha|lmao)\b/;
/**
 * What makes blows at a sport more than the sport: a weapon, the crowd, the street outside, the resident or their own,
 * or someone not coming round ("a fan got glassed outside the ground", "my son was knocked out and isn't waking up").
 */
const HARM_BEYOND_THE_SPORT =
  /\b(?:stab\w*|shot|shoot\w*|knife|knifed|gun|glass(?:ed)?|bottle[ds]?|machete|fans?|supporters?|crowd|spectators?|stands|outside|car park|(?:my|our) (?:son|daughter|kids?|boy|girl|child|children|brother|sister|dad|mum|husband|wife|partner|mate|friend|boyfriend|girlfriend|family)|(?:i|we|me|us) (?:got|get|was|were|been|am|are|m)|(?:hit|punched|smashed|knocked|attacked|hurt|battered|kicked) (?:me|us)|not (?:breathing|moving|waking|responding)|isnt (?:breathing|moving|waking)|unconscious|still|ambulance|paramedics?|hospital)\b/;
/** Blows that belong to a bout or a match: a knockout, blood, a broken nose. */
/** Where a story happens: "in the film", "in this episode", a game or a soap by name ("gta", "the new call of duty"); not a place named after one ("the film queue"). */
const IN_A_STORY =
  /\b(?:(?:in|on) (?:the|a|an|this|that|his|her|their|one|some) (?:new |latest |last |old |horror |action |crime |war )?(?:film|films|movie|movies|show|tv show|series|episode|book|novel|cartoon|anime|programme|soap|trailer|video|videos|video game|music video|tiktok|drama|documentary)|in (?:cod|the bill)|(?:stabbing|shooting|fight|fighting|killing|torture|chase|gunfight|shootout|knife|gun|kidnapping|hostage|heist|explosion|action|battle) (?:scenes?|sequences?)|(?:film|films|movie|movies|series|show|episode|book|novel|play|drama|trailer) (?:has|had|with) (?:a|an|some|the|this|that|loads of|lots of) (?:\w+ ){0,2}?(?:scenes?|sequences?|bits?)|(?:in|on|the (?:new|latest|last|old)) (?:gta|grand theft auto|fortnite|minecraft|roblox|call of duty|red dead|warzone|valorant|counter strike|apex legends|eastenders|corrie|coronation street|emmerdale|hollyoaks|squid game|line of duty))\b(?! (?:queue|shop|store|studio|set|club|centre|center|room|lounge|cafe|bar|screen|showing)\b)/;
/** The resident or their own in the story's place: "my dad collapsed in the film", "he stabbed me in the video"; or it said to be real. */
const ONES_OWN_IN_IT = /\b(?:(?:my|our) (?:\w+ )?(?:mum|mom|dad|son|daughter|kid|kids|child|children|baby|boy|girl|brother|sister|nan|gran|grandad|wife|husband|partner|friend|mate|boyfriend|girlfriend|neighbour|family)|me|us|irl|in real life|for real|real life|actually happening)\b/;
/** A way walked or driven just before what is done on it: "going along the street", "walking down our road", "going car to car". */
const ON_THE_MOVE =
  /\b(?:going|walking|wandering|moving|coming|creeping|cycling|riding|driving|strolling|running) (?:up|down|along|round|around|across|through|past|from) (?:(?:the|my|our|this|that|their|every|each|all the) )?(?:\w+ ){0,2}?(?:street|road|streets|roads|close|avenue|drive|estate|car park|cars|line of cars|houses|car to car|house to house|door to door)$/;
/** A burglar, house or car alarm sounding (not a smoke or fire alarm): "the alarm is going off", "next door's alarm ringing". */
const ALARM_SOUNDING =
  /(?<!\b(?:smoke|fire|carbon monoxide|co|heat|gas|rape|personal|panic|alarm) )\balarms?(?: (?!clock)\w+){0,4}? (?:(?:is|s|are|has|have|keeps|been|just|still|started|now) )*(?:going off|gone off|went off|ringing|sounding|blaring|screaming|beeping|wailing|on)\b/;
/** Glass breaking or a window smashed, heard or seen: "glass smashing", "sounds like smashing glass", "smashed a window". */
const GLASS_BREAKING =
  /\b(?:glass|a window|the window|windows|their window|the windows)(?: \w+)? (?:break|breaks|breaking|broke|smash|smashes|smashing|smashed|shatter|shatters|shattering|shattered)\b|\b(?:breaking|smashing|shattering) (?:glass|a window|the window|windows)\b|\b(?:smashed|smashing|broke|breaking|kicked|kicking) (?:in )?(?:a|the|their|his|her|next doors) (?:\w+ )?(?:window|windows|door|glass)\b/;
const IN_THE_RING = /^(?:knocked|spark|blood|bleeding|lots of blood|so much blood|a lot of blood|smash|batter|punch|broke|floor|hit|kick|pummel|hammer|thrash|destroy|murder|kill)/;

/** A knockout wished for or foretold, not one that happened: "hope someone gets", "reckon he'll get", "bet he gets". */
const KNOCKOUT_FORETOLD = /\b(?:hope|hoping|hopefully|bet|reckon|predict|predicting|gonna get|going to get|will get|ll get|gets|get)\b(?: \w+){0,2}$/;
/** Gas named, then smelled, in another clause: "he says hes going to light the gas, i can smell it now". */
const GAS_SMELLED = /\bgas\b.*\b(?:i|we) (?:can )?(?:smell|smelt|smelled) it\b/;

/** What may stand before a verb with the "I" dropped: "gonna kill", "going to murder". */
const DROPPED_I_BEFORE: ReadonlySet<string> = new Set(['gonna', 'gunna', 'going', 'to', 'about', 'will', 'def', 'defo', 'literally', 'actually']);

/** The resident as the subject of a passive ("I got battered", "we got hammered"; "were" typed for "we're"). */
const RESIDENT_AS_DOER: ReadonlySet<string> = new Set(['i', 'im', 'we', 'were', 'ive', 'weve']);
/** The resident as the one a verb is done to: "robbed me", "shot us". */
const FIRST_PERSON_OBJECTS: ReadonlySet<string> = new Set(['me', 'us']);
/** Who is "mugged off" (made a fool of) between the verb and "off": "mugging me off", "mugged him off". */
const MUGGED_OFF_WHO: ReadonlySet<string> = new Set(['me', 'us', 'him', 'her', 'them', 'you', 'u', 'yourself', 'myself']);

/** The word before a weapon that makes it a toy or a tool: "nerf gun", "water pistol", "glue gun" (a toy gun waved about in public may be taken for real: still danger). */
const TOY_BEFORE = /\b(?:nerf|water|foam|glue|staple|nail|spray|paint|bubble)\s$/;

/** A board game, a card game or a toy weapon: "in the board game", "playing monopoly", "with a nerf gun", "water pistol". */
const PLAYED_WITH_A_TOY_OR_GAME =
  /\b(?:board ?games?|card games?|video games?|in the game|monopoly|catan|cluedo|scrabble|poker|chess|nerf|water (?:pistol|gun)s?|toy (?:gun|guns|sword|swords)|cap gun|foam darts?|pea ?shooter|super soaker|laser tag)\b/;

/** Harm verbs that also say a heavy defeat, or a hit taken in a sport: "got battered", "got hammered", "got thrashed". */
const BEATEN_IN_SPORT: ReadonlySet<string> = new Set(['batter', 'hammer', 'thrash', 'destroy', 'smash', 'slaughter', 'murder', 'kill', 'wallop', 'pummel', 'annihilate', 'demolish']);
/** Who takes a heavy defeat: "batter us", "murder them", "destroy me". */
const BEATEN_SIDES: ReadonlySet<string> = new Set(['me', 'us', 'them', 'you']);
/** A contest right after the defeat said: "in the derby", "in tomorrows final", "at darts" (a venue, "at the match", is not one). */
const A_CONTEST_NAMED =
  /^(?:in (?:the |this |that |tomorrows |todays |tonights |saturdays |sundays |next weeks |our |their )?(?:derby|final|finals|semi|semis|semi final|cup(?: final| tie)?|league|game|match|quiz|race|rematch|replay|playoffs?|play off|tournament|tie|(?:first |second |return )?leg|grand final)|at (?:darts|pool|snooker|chess|fifa|tennis|squash|golf|ping pong|table tennis|bowling|cards|poker|scrabble|monopoly|football|footy|rugby|netball|cricket|five a side|5 a side|padel|mario kart|fortnite|badminton))\b/;
/** A sport, a class or a game, where the resident may take a beating that is no harm. */
const IN_A_SPORT =
  /\b(?:boxing|kickboxing|sparring|spar|martial arts|karate|judo|jiu ?jitsu|bjj|mma|muay thai|football|footie|five a side|5 a side|rugby|hockey|cricket|netball|basketball|match|league|tournament|quiz|darts|pool|snooker|chess|tennis|squash|golf|race|marathon|fifa|padel)\b/;

/** Said not to be meant as it reads. */
const NOT_LITERALLY = /\b(?:figuratively|metaphorically|figure of speech|in a manner of speaking)\b/;
/** Harm said to be done to the heart or the wallet: "the finale murdered me emotionally", "that bill killed us financially". */
const NOT_BODILY = /\b(?:me|us|him|her|them) (?:emotionally|mentally|spiritually|financially)\b/;
const BODILY = /\bphysical/;
/** A bout watched, bet on or hoped about: "boxing on telly tonight, hope someone gets knocked out", "i reckon he gets knocked out in round 3". */
const A_BOUT_WATCHED =
  /\b(?:boxing|boxer|ufc|mma|kickboxing|wrestling|fight night|title fight|the fight|bout|round (?:one|two|three|four|five|\d+))\b(?:.*)\b(?:hope|hoping|hopefully|bet|betting|reckon|predict|prediction|watching|watch|on (?:the )?(?:telly|tv|sky|dazn|bt sport|tnt)|pay per view|ppv|odds)\b|\b(?:hope|hoping|hopefully|bet|betting|reckon|predict|watching|watch|on (?:the )?(?:telly|tv|sky|dazn)|pay per view|ppv)\b(?:.*)\b(?:boxing|boxer|ufc|mma|kickboxing|wrestling|fight night|title fight|the fight|bout|round (?:one|two|three|four|five|\d+))\b/;
const OFTEN = pattern`\b(?:${HABITUAL})\b`;
const SITUATION = pattern`\b(?:${SITUATION_WORDS})\b`;
const FEARED = pattern`\b(?:${FEAR_OR_MENACE})\b`;
/**
 * Afraid of missing something, of being late, of an everyday thing: "scared I'll miss the opening time", "terrified of
 * being late", "scared of dogs". Not fear of someone: the question asked is answered without a 999 line first.
 */
const FEAR_OF_A_THING =
  /\b(?:scared|afraid|frightened|terrified|petrified)\b (?:that |of )?(?:i ?ll |i will |i might |i may |we ?ll |we might |it ?ll |it might |of )?(?:miss|missing|be late|being late|forget|forgetting|get lost|getting lost|not make it|not get there|the dark|dogs?|spiders?|heights|needles|flying|public speaking|queues?|waiting|be closed|be shut|it closes|it s closed|it s shut)\b/;
const WHO = pattern`^(?:${IN_A_SITUATION})$`;
/** Held with a doubt before the weapon: "waving what looks like a", "has some kind of". */
const HELD_HEDGED = pattern`\b(?:${ARMED}) (?:${WEAPON_HEDGES})(?: (?:a|an|the|some))?$`;
const HELD = pattern`\b(?:${ARMED}|carries|carry|carrying|holds|hold|has a|with an?)\b`;
const CALL_FOR_HELP = pattern`\b(?:${DISTRESS})(?:$|\b)`;
const SCARED_OF = /\b(?:scared|afraid|frightened|terrified)\b.{0,25}\b(?:of (?:him|her|them|my \w+|what (?:he|she|they)))|\b(?:im|i am|were|we are) (?:so |really |very )?(?:scared|terrified|frightened)(?: (?:he|she|they|someone|somebody)\b|$)|\b(?:scared|afraid|frightened|terrified)\b.{0,25}\b(?:he|she|they|hell|shell|theyll|someone|somebody)\b.{0,25}\b(?:hurt|kill|attack|hit|beat|harm|stab|rape)\b/;
const UNSAFE = pattern`\b(?:${UNSAFE_TO_SPEAK})\b`;
const CANT_TALK = pattern`\b(?:${CANT_SPEAK})\b`;
const RANG_SILENT = pattern`\b(?:${RANG_BUT_SILENT})\b`;
const DEAF = pattern`\b(?:${CANNOT_HEAR_OR_SPEAK})\b`;
/** Hearing lost (not only speech): the Silent Solution's spoken prompts cannot be followed, so it is not offered. */
const CANT_HEAR = /\b(?:deaf|deafblind|hard of hearing|hearing impaired|hearing impairment|(?:cant|cannot|can not) hear)\b/;
/**
 * The resident's voice lost or never had ("i have no voice since my operation", "im mute"; not "my son is mute"): not
 * a sign of danger by itself (unlike "i can't talk"), but with danger the Silent Solution (55) is offered beside text 999.
 */
const VOICE_LOST = /\b(?:(?:i (?:have|got|ve got)|ive(?: got)?|with) no voice|no voice (?:since|after|because|due)|lost my voice|my voice (?:is |s |has )?(?:gone|went)|(?:cant|cannot|can not) use my voice|(?:i have|ive had|i had) a (?:laryngectomy|tracheostomy)|(?:im|i am|i m) (?:\w+ )?(?:mute|non ?verbal|speech impaired)|(?:i have|ive got|i ve got) a speech impairment)\b/;
/** Deafness asked and denied, or said not to be: "deaf? no", "i'm not deaf", "not deaf just can't talk". */
const DEAFNESS_DENIED = /\bdeaf\s*\?+\s*(?:no|nope|nah|not)\b|\b(?:not|isn'?t|ain'?t|aren'?t) (?:\w+ )?deaf\b/;
const SILENT = pattern`\b(?:${SILENT_ROUTE})\b`;
const TEXT = pattern`\b(?:${TEXT_ROUTE})\b`;
/** Phrases read as signs of their kind, in this order. */
const SAID_SIGNS = [['life-at-risk', LIFE], ['self-harm', SELF], ['call-for-help', CALL_FOR_HELP], ['hiding', UNSAFE], ['hiding', CANT_TALK]] as const;
const SOMEONE_IN_TROUBLE = [['water', WATER], ['life-at-risk', SHUT]] as const;
/** Said of someone without a medical or harm verb: "slumped on the floor", "on the window ledge", "been spiked". */
const SAID_OF_SOMEONE = [['medical', BODY], ['life-at-risk', FALL_KILLS], ['harm', SPIKED], ['harm', TAKEN], ['harm', UNDER_WAY]] as const;
/** A crash, or flood water where it harms: no one need be named. */
const NO_ONE_NEED_BE_NAMED = [['medical', CRASH], ['water', FLOOD]] as const;
const AT_THE_HOME = [GETTING_IN, LOOKING_IN, GOES_AT, RAGE, PROWL];

/** Someone who should not be there, in or at the home: "someone is in my house", "a man is at my door". */
const INTRUDER =
  /\b(?:someones?|somebodys?|some one|a man|a woman|a guy|a bloke|a lad|a fella|lads|men|people|intruders?|burglars?|a stranger|strangers|he|she|they|hes|shes|theyre|my ex)\b(?: (?!and\b|or\b)\w+){0,4}? (?:in|inside|into|outside|at|on|around|round) (?:(?:my|our) (?:house|home|flat|room|bedroom|garden|back garden|front garden|yard|shed|building|property|loft|kitchen|door|front door|back door|window|balcony)|the (?:house|home|flat|bedroom|garden|loft|kitchen))\b/;

/** Games where people are "kidnapped", "held hostage" or "trapped" on purpose: an escape room, a murder-mystery night, laser tag. */
/** Villains as parts children or players take: "cops and robbers" (read "police and robbers"), "playing burglars". */
const ROLES_PLAYED =
  /\b(?:police|cops?|coppers) and (?:robbers?|burglars?|thieves|baddies|bad guys|criminals)\b|\b(?:robbers?|burglars?|thieves|baddies|criminals) and (?:police|cops?|coppers)\b|\bplay(?:ing|ed|s)? (?:at )?(?:being )?(?:the |a )?(?:robbers?|burglars?|intruders?|thieves|baddies|bad guys|criminals|kidnappers?|zombies?|monsters?)\b/g;
const HELD_IN_PLAY = /\b(?:escape rooms?|murder mystery|laser tag|paintball|airsoft|immersive (?:theatre|experience|game))\b/;

/** The harm a game of being held stages: kidnapped, captured, locked up, tied up. */
const HELD_IN_GAMES: ReadonlySet<string> = new Set(['kidnap', 'abduct', 'capture', 'trap', 'lock', 'tie', 'hold', 'chase']);
/** What such a game says of its players; never "in danger", "won't let me leave" or a phone taken, which stay danger there too. */
const GAME_STAPLES = /^(?:kidnapped|hostage|held hostage|trapped|being held)$/;

/**
 * "Held hostage by" an everyday thing ("by her maths homework", "by the printer", "by this traffic jam", "by my cat"):
 * stuck with it, a figure of speech. Never by a person, who may really hold someone ("by a man", "by my landlord").
 */
const HOSTAGE_TO_A_THING =
  /^(?:held |being held |kept )?hostage by (?:(?:the|my|our|his|her|their|this|that|these|those|a|an|some) )?(?:\w+ )?(?:homework|maths|math|revision|exams?|essays?|coursework|dissertation|thesis|assignments?|printers?|computer|laptop|pc|phone|windows|updates?|traffic|traffic jam|jams?|weather|rain|snow|queues?|emails?|inbox|meetings?|work|job|paperwork|admin|spreadsheets?|deadlines?|bills?|washing machine|boiler|plumber|cats?|kittens?|dogs?|puppy|puppies|baby|toddler|toddlers|kids|sofa|bed|duvet|telly|tv|netflix|series|box ?set|games?|books?|nap|hangover|cold|flu|train|trains|bus|buses|tube|strikes?|wifi|internet|router|broadband|customer service|call centre|hold music|ikea|self checkout|parking machine|satnav|roadworks|diversions?)\b/;

/**
 * Held by the police, not by someone who means harm: arrested, in custody or the cells, or at a police station ("which
 * station is my husband being held at"). Never against one's will or as a hostage, which stay danger wherever they are.
 */
const HELD_BY_POLICE =
  /\b(?:arrested|under arrest|in custody|custody|in (?:the |a )?cells?|nicked|(?:police|cops|officers|the met) (?:have |has |had )?(?:took|taken|arrested|picked up|nicked|detained|holding)|(?:which|what) (?:police )?(?:station|nick)|police station)\b/;
const HELD_AGAINST_ONES_WILL = /\b(?:against (?:my|his|her|their|our) will|hostage|at (?:knife|gun) ?point|kidnapped|cant leave|can not leave|cannot leave|wont let)\b/;

/** A hand or a coat caught in a door or a drawer: "got my finger trapped in the car door, ouch". A leg or a person stays trapped. */
const CAUGHT_NOT_TRAPPED =
  /\b(?:finger|fingers|thumb|thumbs|toe|toes|nail|hair|coat|sleeve|scarf|bag|shoelace|tie|skirt|dress) (?:got |is |was |were |are |s |gets |keeps getting )?trapped\b|\btrapped (?:my|his|her|their|our) (?:\w+ )?(?:finger|fingers|thumb|thumbs|toe|toes|hand|coat|sleeve|scarf|bag)\b|\b(?:got|get|gets|had) (?:my|his|her|their|our) (?:\w+ )?(?:finger|fingers|thumb|thumbs|toe|toes|coat|sleeve|scarf|bag) trapped\b/;
/** A game where players are "killed": "we played mafia at the party and i got killed first". */
const PLAYED_A_KILLING_GAME =
  /\b(?:play(?:ed|ing|s)?|games? of|rounds? of|in|on) (?:a )?(?:game of |round of )?(?:mafia|werewolf|werewolves|among us|fortnite|call of duty|cod|warzone|apex|pubg|gta|minecraft|roblox|cluedo|murder in the dark|assassins?|zombies|laser tag|paintball|airsoft|murder mystery|valorant|counter strike|halo|overwatch|dnd|dungeons and dragons|battle royale)\b/;

/** Coming or going before an act, joined to it by "and": "come back and", "go round and", "turned up and". */
const MOTION_VERBS: ReadonlySet<string> = new Set(['come', 'comes', 'coming', 'came', 'go', 'goes', 'going', 'went', 'turn', 'turns', 'turned', 'get', 'gets', 'got', 'run', 'head']);
const MOTION_PARTICLES: ReadonlySet<string> = new Set(['back', 'round', 'around', 'over', 'here', 'there', 'up', 'down', 'in', 'out', 'home', 'inside']);
/** What was said of the act, between its doer and a coming: "he threatened to come back and ...", "she swore she'd come round and ...". */
/** Who a reported threat's "he" may be: "said he'll kill me", "told me she would". */
const REPORTED_DOERS: ReadonlySet<string> = new Set(['he', 'she', 'they', 'hell', 'shell', 'theyll', 'hed', 'shed', 'theyd']);
/** Reporting words besides a threat's own: "my boss reckons he'll kill me", "my mum warned me she'd kill me". */
const REPORTED: ReadonlySet<string> = new Set(['reckons', 'reckoned', 'warned', 'texted', 'messaged', 'joked', 'jokes', 'joking']);
const THREATENED: ReadonlySet<string> = new Set(['threatened', 'threatening', 'threatens', 'threaten', 'vowed', 'vows', 'swore', 'swears', 'promised', 'promises', 'said', 'says', 'told', 'tells']);

/** After "shooting her": where or how she is shot ("shooting her in the video shop"), not her film. */
const WHERE_SOMEONE_IS_SHOT: ReadonlySet<string> = new Set(['', 'in', 'on', 'at', 'with', 'outside', 'inside', 'near', 'by', 'dead', 'again', 'now', 'right', 'and', 'up', 'down', 'through']);
/**
 * Right after "shoot": someone shot at, never a figure of speech ("shooting at the film crew", "shot him in the video
 * shop"). "Her" may be whose film it is ("shooting her first documentary"): `filming` reads what follows it.
 */
const SHOT_AT: ReadonlySet<string> = new Set(['at', 'me', 'him', 'them', 'us', 'you', 'people', 'someone', 'somebody', 'everyone', 'anyone', 'into', 'up', 'dead']);

/**
 * A stranger in someone else's home, now: "the fake bank man is in her flat right now", "a man is in my nan's house".
 * Not a pronoun ("he's in his room": at home), only someone who should not be there.
 */
const STRANGER_IN_THEIR_HOME =
  /\b(?:someone|somebody|some one|(?:a|some) (?:man|woman|guy|bloke|lad|fella|geezer)|some (?:men|lads|people)|a stranger|strangers|intruders?|burglars?|(?:fake|bogus|dodgy|so called|pretend) (?:\w+ )?(?:man|woman|guy|bloke|men|people|officer|officers|workman|workmen|builder|builders|engineer|police(?:man)?))\b(?: (?!and\b|or\b)\w+){0,3}? (?:in|inside|into) (?:her|his|their|(?:my |our )?(?:nans|grans|mums|moms|dads|grandmas|grandads|grandparents|neighbours|aunts|uncles|sisters|brothers|friends|mates)) (?:house|home|flat|room|bedroom|kitchen|place)\b/;

/** A state said to have gone on since a time or for a while: "since this morning", "for hours", "all day". */
/** What someone lying on the floor chose to be doing: "doing yoga", "watching tv", "playing with the kids". */
const RESTING_BY_CHOICE =
  /^(?:\w+ ){0,3}?(?:doing (?:yoga|pilates|stretches|exercises|sit ?ups|press ?ups|a workout|my physio)|stretching|meditating|sunbathing|watching|reading|playing|gaming|scrolling|relaxing|chilling|napping|having a nap|listening to|on my phone|with (?:the|my) (?:kids|dog|cat|baby|puppy))\b/;
const GOES_ON_SINCE = /\b(?:since|for (?:hours|ages|a long time|a while)|all (?:day|night|morning|afternoon)|roundtheclock)\b/;
/** A fire or smoke alarm sounding: "fire alarm going off in the block", "the smoke alarms are all ringing". */
const FIRE_ALARM_SOUNDING =
  /\b(?:fire|smoke) alarms? (?:\w+ ){0,4}?(?:going off|gone off|ringing|sounding|blaring|screaming|wailing|wont stop|will not stop)\b|\b(?:going off|ringing|sounding|blaring) (?:\w+ ){0,2}?(?:fire|smoke) alarms?\b/;
/** What sets an alarm off harmlessly, or says it is only a test: "burnt the toast", "the monday test", "the battery's chirping". */
const FIRE_ALARM_HARMLESS =
  /\b(?:test|tests|testing|tested|drill|drills|toast|toaster|cooking|cooked|burnt|burned|shower|steam|vape|vaping|battery|batteries|chirp|chirps|chirping|beep|beeps|beeping|lol|haha|lmao|false alarm|every (?:monday|tuesday|wednesday|thursday|friday|week|morning))\b/i;
/** Fire now: the word itself, unless it is a fire station, an alarm test or a station's history. */
const FIRE = /\bfire\b|\bon fire\b|\b(?:house|flat|building|car|shop|home) (?:is )?(?:burning|ablaze)\b|\b(?:smell|smells|smelling|can smell) (?:of )?(?:smoke|burning)\b|\b(?:smoke|flames) (?:is |are )?(?:coming|pouring|billowing|spreading)\b|\b(?:see|seen|seeing) (?:smoke|flames)\b|\b(?:caught|catching|catches) fire\b|\bup in flames\b|\b(?:house|flat|building|car|shop|home|kitchen|bin|bins|room|block|tower|roof|garage|shed|van|something|hallway|stairwell|station|school|church|mosque|temple|pub|restaurant|factory|warehouse|office|hotel|hospital|market|bus|train|boat|caravan|tent|hut|bungalow|barn|stable|stables|library|gym|club|bar|cafe|takeaway|supermarket)s?(?: \w+){0,3}? (?:is |are |s )?(?:still )?(?:burning|ablaze|alight)(?! (?:hot|up in here|a hole|money|cash|the midnight oil))\b/;
const NOT_A_FIRE_NOW =
  /\bfire (?:station|stations|brigade|service|exit|exits|door|doors|alarm|alarms|safety|escape|drill|extinguishers?|fighters?|risk|certificate|damage|of 20\d\d|in 20\d\d)\b|\b(?:because of|after|since|due to|following|caused by|destroyed by|damaged by|before) (?:the |a |that )?(?:\w+ )?(?:\w+ )?fire\b|\b(?:was there|there was|had|was) (?:a |the )?fire\b|\bforest gate fire\b|\bthe fire at\b|\bfire at (?:the )?(?:\w+ )?(?:\w+ )?police station\b/;
/** "On fire" said of someone doing well, and "fire" said of no blaze (FIRE_AS_A_FIGURE). */
const DOING_WELL = pattern`\b(?:${ON_FIRE_DOING_WELL}|${FIRE_AS_A_FIGURE})\b`;
const FIRE_NOW = /\bon fire\b|\bset fire\b|\bsetting fire\b|\b(?:theres|there is) (?:a )?fire\b(?! (?:alarms?|stations?|exits?|doors?|drills?|extinguishers?|escapes?|brigade|service)\b)/;

/** Words for danger in other languages residents may write in; the reply should lead with 999. */
export const FOREIGN_DISTRESS =
  /\b(?:socorro|auxilio|ayudame|ayuda|emergencia|au secours|a l aide|urgence|pomocy|ratunku|pomoc|hilfe|notfall|aiuto|emergenza|ajutor|urgenta|imdat|yardim|acil|socorre|perigo|peligro)\b|urgență|yardım|помогите|помощь|спасите|допоможіть|مساعدة|النجدة|النجده|救命|助けて|살려|मदद|বাঁচাও|ਮਦਦ|مدد|βοήθεια|bachao|bachaao|madad karo|aiutami|aiutatemi|gelbėkit|gelbekit|i caawi|iga caawi|gargaar|बचाओ|ਬਚਾਓ|બચાવો|بچاؤ|بچاو|ساعدوني|ساعدني|الحقوني|کمکم|காப்பாற்று|காப்பாத்து|рятуйте|\bboa me\b|\bmmoa\b|\bhewar\b|alîkarî|segítség|segitseg|segítsetek|segitsetek|segítsen|\bmsaada\b|\bnisaidie\b|\btusaidie\b|\bpomozte\b|\bpomozite\b|\bpomagajte\b|upomoć|\bupomoc\b|hjälp|\bhjelp\b|hjælp|\bsaklolo\b|\btulungan (?:mo|niyo|ninyo|nyo) (?:ako|kami)\b|\btolong(?:lah)? (?:saya|kami|aku)\b|\bapua\b|\benyem aka\b|\bnyere m aka\b|\btaimako\b|\btaimake ni\b|\bngisize\b|\bngicela usizo\b|\bnceda\b|הצילו|ช่วยด้วย|cứu tôi|cứu với|cứu em|cứu con|cứu chúng tôi|palīgā|paligā|palīdziet|palidziet|pomôžte|pomozte|\bwallu ma\b|\bwallu leen\b|\bdimbali ma\b|\bndibatsireiwo\b|\bndibatsirei\b|\bbatsirai\b|\bsalisa ngai\b|\bbosalisa ngai\b|\bgargaaraa\b|\bna gargaaraa\b|\bbirmadhaa\b|\bhelpwch\b|\bachubwch fi\b|\banmwe\b|\bede (?:m|mwen|nou)\b|\byordam (?:bering|beringlar)\b|\bqutqaring\b|\bmutabare\b|\bntabare\b|\bmuntabare\b|\bmumbeere\b|\bmutaase\b|\bntaasa\b|\bgau (?:meng|mehng)\b|\bkau meng\b|\bndincedeni\b|\bncedani\b|\bndithandizeni\b|\bthandizeni\b|kömək edin|\bkomek edin\b|kömek ediň|\bhelp asseblief\b|\bajudeu me\b|\bajuda m\b|axúdame|\baxudame\b|\baxuda\b|\blagundu (?:mesedez|nazazu|nauzu|arren)\b|\blaguntza\b|għajnuna|\bghajnuna\b|għinuni|\bghinuni\b|hjálpið|\bhjalpid\b|\bappi\b|\bvonjeo\b|\bvonjeo aho\b|\btolong aku\b|\bthusang\b|\bn?thusa\b(?! (?:is|was|and|said|says|has|from|s)\b)|\bnthuse\b|\bn?thuša(?:ng)?(?![a-z])|\bnthuše(?![a-z])|\bke kopa thuso\b|\bfesoasoani\b|\btokoni(?: mai)?\b|āwhina(?: mai)?\b|\bawhina(?: mai)?\b|\bk[oō]kua mai\b|\bkōkua(?![a-z])|\bvukei au\b|\bngisite\b|\bngicela usito\b|\bndzi pfun[ei]ni\b|\bndzi pfuni\b|\b(?:amake|amader|oke|take|ke) (?:marche|marchhe|marbe|marte (?:ashche|asche)|mere fel(?:be|che|lo))\b|\bmere fel(?:be|che)\b|\bmarche amake\b|\be gba mi\b|\bgba mi o\b|\bran mi l[oọ]w[oọ]/i;

/** The police named in the languages London's residents write in (not English's "police", nor "polis", a name too). */
const POLICE_ELSEWHERE = `polizei|polizia|policía|policia|policja|policji|policję|policje|politie|polícia|poliisi|polisi|politsiya|poliția|politia|poliţia|rendőrség|rendőrséget|rendorseg|policie|policii|policija|policiju|polisen|politiet|politi|pulis|polisie|poliitsei`;
/** Urging them on, in those languages: "schnell", "rápido", "vite", "szybko", "kommt", "venid". */
const URGED = `schnell|schnö|rápido|rapido|rápida|rapida|deprisa|vite|szybko|snel|presto|subito|hızlı|hizli|çabuk|cabuk|acele|repede|brzo|gyorsan|rychle|rýchlo|rychlo|vinnig|haraka|mangu|sofort|ahora mismo|tout de suite|immédiatement|immediatement|kommt|kemmts|kummts|kommen sie|chömed|venga|vengan|venid|ven|venez|venite|vieni|przyjedźcie|przyjedzcie|przyjedź|przyjedz|vinde|venha|venham|gelin|kom|kommer|tule|tulkaa|dođite|dodjite|dojdite|veniți|veniti|urgente`;
/**
 * Urging in Hindi, Urdu, Punjabi and their kin written in Latin letters, where the police are called "police" as in
 * English: "police jaldi aavau", "jaldi police bhejo", "police turant bulao".
 */
const URGED_IN_SOUTH_ASIAN_WORDS = `jaldi|jaldee|jaldy|jildi|turant|turat|fauran|foran|foren|bhejo|bhejiye|bhejdo|bhej do|bulao|bulaiye|bula do|aavau|aavo|aao|aaiye|aayiye|aajao|aa jao`;
/** English words urging, after the police named in another language: "policia quick" (not "quick question about the policja"). */
const URGED_IN_ENGLISH = `quick|quickly|fast|hurry|asap|urgent|urgently`;
/**
 * The police called for and urged on in another language ("Polizei, kemmts schnell", "policía, rápido", "policja
 * szybko"): a cry for the police whatever the rest says, even where the language is not recognised (a dialect, words
 * English shares). Unsure what is happening, so 999 leads as a condition.
 */
export const POLICE_URGED_IN_ANOTHER_LANGUAGE = new RegExp(
  `(?<![\\p{L}])police(?:[^\\p{L}]+[\\p{L}'’]+){0,2}?[^\\p{L}]+(?:${URGED_IN_SOUTH_ASIAN_WORDS})(?![\\p{L}])|(?<![\\p{L}])(?:${URGED_IN_SOUTH_ASIAN_WORDS})(?:[^\\p{L}]+[\\p{L}'’]+){0,2}?[^\\p{L}]+police(?![\\p{L}])|(?<![\\p{L}])(?:${POLICE_ELSEWHERE})(?![\\p{L}])(?:[^\\p{L}]+[\\p{L}'’]+){0,3}?[^\\p{L}]+(?:${URGED}|${URGED_IN_ENGLISH})(?![\\p{L}])|(?<![\\p{L}])(?:${URGED})(?![\\p{L}])(?:[^\\p{L}]+[\\p{L}'’]+){0,3}?[^\\p{L}]+(?:${POLICE_ELSEWHERE})(?![\\p{L}])`,
  'iu',
);

/**
 * Words of harm in the languages London's residents write in most (a knife, a gun, beating, killing, breaking in, fire,
 * blood, locked in, fear), read only in a message recognised as written in another language: "mąż mnie bije", "un
 * bărbat cu un cuțit", "me está pegando", "mi sta picchiando", "bricht ein", "আমাকে মারছে", "يكسر الباب". Three lists:
 * whole words; word starts, for languages that inflect ("picchi-", "einbr-", "jabsan-", "włam-"); and stems found
 * anywhere in a word, for scripts that join prefixes to words (Arabic, Persian, Urdu) or write no spaces (Chinese).
 */
const HARM_WORDS = `nóż noz nożem nozem bije biją bija zabije zabić zabic pobił pobil pobiła pobila pożar pozar krwawi krew ogień ogien złodziej zlodziej
  cuțit cutit cuțitul cutitul bate(?![-_]papo) bătut batut omoară omoara ucide incendiu sângerează sangereaza sânge sange hoț hoții foc armă arma
  cuchillo navaja pistola pegando pega golpea golpeando matar mata matarme fuego incendio sangrando sangre ladrón ladron ladrones arma miedo
  faca batendo bate(?![-_]papo) fogo incêndio incendio sangue ladrão ladrao assalto medo arrombando invadindo
  couteau frappe tuer tue incendie saigne sang voleur voleurs peur arme pistolet feu viol
  messer schlägt schlaegt schlagen geschlagen waffe pistole feuer brand blutet umbringen töten toeten tötet angst bricht gefahr
  bringt_mich_um bringt_mi_um bringt_dich_um bringt_di_um bringt_uns_um bringt_ihn_um bringt_sie_um bringen_uns_um bringen_mich_um bringen_mi_um schlogt
  coltello coltelli picchia uccidere uccide ammazza fuoco incendio sanguina ladro ladri rapina paura pericolo pistola
  bıçak bicak dövüyor dovuyor vuruyor silah yangın yangin öldürecek kırıyor kiriyor hırsız hirsiz tehlike korkuyorum
  peilis muša musa gaisras kraujas vagis pavojus
  thikë thike rreh vret zjarr gjak hajdut rrezik
  kum ɔkum okum wɔkum wokum bɛkum bekum rekum rebɔ rebo sekan ogya mogya
  mindi qori bastoolad dab dhiig tuug khatar weerar
  нож ножом бьёт бьет убьёт убьет пожар кровь пистолет оружие горит вор ніж пожежа кров злодій
  μαχαίρι όπλο φωτιά αίμα κλέφτης
  ছুরি বন্দুক আগুন রক্ত চোর ডাকাত খুন মারছে মারছেন মারবে মারধর মারতে বিপদ
  चाकू छुरा बंदूक पिस्तौल आग खून चोर खतरा हमला पीट
  ਚਾਕੂ ਬੰਦੂਕ ਅੱਗ ਖੂਨ ਚੋਰ ਕੁੱਟ
  ચાકુ બંદૂક આગ લોહી ચોર
  கத்தி இரத்தம் திருடன் ஆபத்து
  דם גנב גנבים סכנה מכה מכים
  kés késsel fegyver fegyvere pisztoly pisztollyal tűz vér vérzik betörő tolvaj veszély veszélyben üt üt_engem megüt ver_engem
  kobeta koboma mbeli mondoki makila moyibi kobanga
  cabsee cabse ajjeesuu ajjeesa rukuta billaa qawwee dhiiga hattuu sodaadheera sodaa
  een_mes met_een_mes pistool wapen slaat sloeg vermoorden vermoordt bloed bloedt inbreker inbraak gevaar steekt neergestoken bedreigt
  kisu bunduki damu mwizi wezi hatari ananipiga wananipiga amenipiga ataniua wataniua kuniua kutuua naogopa ninaogopa tunaogopa nina_hofu
  nůž nožem zbraň zbraní oheň krev zloděj nebezpečí
  nož nožem pištolj ubiti ubit tuče vatra krv lopov opasnost
  kniven slår döda dödar drepe dræbe blod tjuv tyv inbrott innbrudd indbrud
  kutsilyo baril papatayin sinasaktan binubugbog sunog dugo magnanakaw
  pisau senjata membunuh bunuh dipukul memukul kebakaran darah pencuri perompak bahaya
  veitsi tappaa lyö tulipalo veri varas vaara
  igbu_m na_egbu mma_n'aka ọbẹ ibọn ẹjẹ ọkụ ọbara egbe
  wuka bindiga kashe_ni jini barawo
  ummese inommese ukungibulala ukusibulala isibhamu
  súng giết cháy máu trộm đánh_tôi đánh_em
  ar_nazi nazi_rokās ierocis nogalināt nogalinās nogalinat uguns asinis zaglis briesmas kliedzienus kliedz sit_savu sit_mani
  nôž nožom zbraň krv zlodej nebezpečenstvo
  napali napao napala napadnut oteli oteo ukrali
  paaka fetal sàcc sacc rey_ma bëgg_a_rey begg_a_rey
  lladd cyllell gwaedu nghuro nghuro'n curo ymosod brifo
  sekou touye touyem ap_bat bat_mwen bat_m kouto zam senyen atake mwen_pè mwen_pe m_pè m_pe
  pichoq qurol to'pponcha qon qoʻrqaman qo'rqaman qorqaman uryapti urmoqda urdi
  kunyica kunyicisha arankubita ankubita icyuma imbunda amaraso ndatinya
  kunzita anzita ankuba ekiso emmundu omusaayi ntidde
  vermoor doodmaak slaan_my skiet geweer bloei n_mes
  ukundibulala uyandibetha imela umpu igazi
  kundipha akundimenya mpeni mfuti magazi
  bıçaq bicaq döyür doyur qorxuram öldürəcək oldurecek
  ganivet pegant navalla coitelo
  labana hilko jotzen odola beldur
  sikkina joqtolni jaqtilni isawwatni demm
  hnífur hnifur drepa berja byssa blóð
  nuga lööb loob relv
  me_tepe tepe_me pištola
  antsy hamono mamono mikapoka basy matahotra
  pyçak pycak öldürjek urýar
  sat_yan sat_ngo da_ngo da_yan ho_geng hou_geng jap_jor_lai jap_zo_lai yap_jor_lai lau_huet yau_do yau_cheung
  kundirova kurova kuuraya kundiuraya pfuti mbavha
  sethunya dithunya thipa mpolaya bolaya ntshapa mpetsa lehodu legodu molelo kotsi uyangibulala uyangishaya
  sasa fasioti naifi fana taaʻi taa'i tāmateʻi tamate'i patu whakamate naihi pepehi pahi isele
  آگ خون چور چاقو چھری بندوق آتش دزد`;
const HARM_WORD_STARTS = `włam wlam zabij napad
  omor spart sparg înjungh injungh
  golpe matar rompiendo apuñal apunal
  assalt esfaque
  frapp cambriol agress poignard
  einbr eingebrochen eingeschlossen eingesperrt erstech angegriff vergewaltig verfolg
  picchi coltell uccid ammazz aggred accoltell scassin
  öldür oldur saldır saldir bıçakla bicakla
  įsilauž isilauz nužud nuzud
  vras ndjek
  bikuj dikuj kuşt kust lêdid ledid
  jabsan garaac dilaya dili_doon gubanaya xadaya
  убива убить вломил ломит напал насил грабит преслед вбива б'є бьє
  मार_रह मारा मारेग मार_डाल पीट_रह पिटाई
  ਮਾਰ_ਰਹ
  મારી_રહ્ય મારે_છે
  அடிக்கிற கொல்ல தீப்பிடி
  megver megöl megol megszúr megszur betör betor fenyeget bántalmaz bantalmaz bezárkóz bezarkoz üldöz uldoz
  vermoord inbre bedreig achtervolg
  ananipig wananipig amenipig atani watani
  zabít vloupa
  provalj ubit
  inbrott innbrudd indbrud
  papatay sinasakt binubugb
  membunuh dipukul
  tappa puukot
  ukungibula ukusibula
  nogalin ielauž ielauz uzbrūk uzbruk
  vlamuje vlámal vlamal zabij
  ndirov kundiurai
  o'ldir oʻldir o’ldir oldir
  kuny ankubit arankubit
  kunzit`;
const HARM_INSIDE = `ضرب كسر سكين مسدس سلاح يقتل قتل حريق النار ينزف حرامي يقتحم اقتحام سطو خطف يلاحق يتبعن اغتصاب خطر انقذ أنقذ
  مار_رہ کتک چاقو
  打我 打人 杀 刀 枪 着火 火灾 失火 流血 小偷 抢劫 闯入 强奸 跟踪 危险
  סכין אקדח רוצח שריפה
  มีด ปืน ไฟไหม้ เลือด ขโมย ฆ่า ทำร้าย`;
/** The words of a list kept by `keep` as alternatives; "_" joins the words of one entry ("मार_रह": "मार रह"). */
const alternation = (words: string, keep: (word: string) => boolean): string =>
  words.split(/\s+/).filter((w) => w !== '').map((w) => w.replace(/_/g, ' ')).filter(keep).join('|');

/** The pattern of the words of harm `keep` keeps: whole words, word beginnings, and words of scripts without spaces. */
function harmSource(keep: (word: string) => boolean = () => true): string {
  const whole = alternation(HARM_WORDS, keep);
  const starts = alternation(HARM_WORD_STARTS, keep);
  const inside = alternation(HARM_INSIDE, keep);
  return [
    ...(whole ? [`(?<![\\p{L}\\p{M}])(?:${whole})(?![\\p{L}\\p{M}])`] : []),
    ...(starts ? [`(?<![\\p{L}\\p{M}])(?:${starts})`] : []),
    ...(inside ? [inside] : []),
  ].join('|');
}

export const FOREIGN_HARM = new RegExp(harmSource(), 'iu');

/** Every word of harm of another language in a text. */
const FOREIGN_HARM_ALL = new RegExp(FOREIGN_HARM.source, 'giu');

/** A letter or mark beyond ASCII: case folding maps only letters to letters, so most words of harm need one. */
const NON_ASCII_LETTER = /(?![\x00-\x7f])[\p{L}\p{M}]/u;
/** The other characters beyond ASCII the words of harm are written with (the apostrophe of "o’ldir"). */
const OTHER_NON_ASCII = [...new Set(FOREIGN_HARM.source)].filter((c) => c > '\x7f' && !NON_ASCII_LETTER.test(c));
/** Every word of harm written with one of those: all a text can match beyond ASCII when its letters are all ASCII. */
const FOREIGN_HARM_OTHER_ALL = new RegExp(harmSource((w) => OTHER_NON_ASCII.some((c) => w.includes(c))) || '(?!)', 'giu');

/**
 * A word of harm of another language written with letters English does not use ("bezárkóztam", "kaimiņš" aside:
 * "üt", "nůž"): no English word looks like it, so it counts even where the language was not recognised.
 */
export function saysHarmInLettersNotEnglish(text: string): boolean {
  if (!/[^\x00-\x7f]/.test(text)) return false;
  // Most texts beyond ASCII hold only a phone's apostrophe or an emoji: then only the few words written with one can match.
  const harm = NON_ASCII_LETTER.test(text) ? FOREIGN_HARM_ALL : OTHER_NON_ASCII.some((c) => text.includes(c)) ? FOREIGN_HARM_OTHER_ALL : undefined;
  if (harm === undefined) return false;
  for (const m of text.matchAll(harm)) if (/[^\x00-\x7f]/.test(m[0])) return true;
  return false;
}

const SHOUTED_HELP = /\bhelp+(?: me| us)?(?: please| pls| plz)?\s*!/i;
const SHOUTED_HELP_CAPS = /\bHELP+\b/;

/** Clauses: a moment said in one ("is Brixton open now?") is not the moment of another ("my bike was stolen"). */
const CLAUSE_BREAK = /[.!?;,\n()]+|\s(?:-|–|—)\s|\b(?:but|so|anyway|also)\b/i;

/** The clause's words as the danger reading reads them ("sum1 tryna" -> "someone trying"), a new array only when one changes. */
function dangerWords(words: string[]): string[] {
  let out: string[] | undefined;
  for (let k = 0; k < words.length; k++) {
    const read = dangerSpelling(words[k]);
    if (read === words[k] && out === undefined) continue;
    out ??= words.slice(0, k);
    out.push(...read.split(' '));
  }
  return out ?? words;
}

/** Punctuation that only parts clauses: a message with nothing else of CLAUSE_BREAK around its one clause reads as that clause. */
const ONLY_PUNCTUATION_BREAKS = /^[.!?;,\n()]*$/;

/**
 * The one clause of a message that is a single clause with at most punctuation around it ("is brixton open now?"),
 * or undefined. Its words are the whole message's words: punctuation at the edges changes nothing `readWords` reads.
 */
function onlyClause(message: string, clauses: readonly string[]): string | undefined {
  let only: string | undefined;
  for (const c of clauses) {
    if (c === '') continue;
    if (only !== undefined) return undefined;
    only = c;
  }
  if (only === undefined || only.length === message.length) return only;
  const at = message.indexOf(only);
  return ONLY_PUNCTUATION_BREAKS.test(message.slice(0, at)) && ONLY_PUNCTUATION_BREAKS.test(message.slice(at + only.length)) ? only : undefined;
}

/**
 * `messageWords`: `readWords(message)` when the caller has it already (the reading of the whole turn), so a message of
 * one clause is not read into words twice.
 */
export function readDanger(message: string, messageWords?: string[], messageRuns?: TextRuns, thisYear?: number): DangerReading {
  // "what will close in 2027, theres a fire in my flat": a year to come is no time gone by, so it does not put the danger
  // over ("in 2019" does); taken out, the rest is read as said.
  const ahead = thisYear === undefined ? message : message.replace(A_YEAR_SAID, (said, year: string) => (Number(year) > thisYear ? ' ' : said));
  if (ahead !== message) return readDanger(ahead);
  const signs: DangerSign[] = [];
  const said = { silent: false, text: false, unsafe: false, deaf: false, cantTalk: false, voiceLost: false, cantHear: false, situation: false, feared: false };
  // Whether an earlier clause named someone: "a toddler on the balcony, on the wrong side of the railing".
  let named = false;
  let peril = false;
  let someone = false;
  // "he", "she": someone, unless a pet is what the message is about ("my cat is dead, she was 19").
  let pronoun = false;
  let pet = false;
  let story = false;
  let figurative = false;
  let reported = false;
  const clauses = message.split(CLAUSE_BREAK);
  const whole = messageWords && onlyClause(message, clauses);
  const frame = frameOf(message);
  for (const clause of clauses) {
    const words = dangerWords(clause === whole ? messageWords! : readWords(clause));
    if (words.length === 0) continue;
    for (const [k, w] of words.entries()) {
      // "got shot of my old bike": rid of.
      peril ||= PERIL_WORDS.has(w) && !(w === 'shot' && words[k + 1] === 'of');
      someone ||= isPerson(w) || w === 'body';
      // Not "you": the bot, asked about something ("do you know if the station has a smoke alarm").
      pronoun ||= PERSON_PRONOUNS.has(w) && !POSSESSIVES.has(w) && w !== 'you' && w !== 'yourself';
      pet ||= PETS.has(w);
      story ||= NOT_REAL_LIFE.has(w);
    }
    // The whole message's words, unchanged by danger spellings: the same text, so the same runs of characters.
    const c: Clause = new Clause(words, named, words === messageWords ? messageRuns : undefined, frame);
    named ||= c.namesSomeone();
    c.signs(signs);
    figurative ||= c.figureOfSpeech;
    reported ||= c.actToldAsReported;
    said.silent ||= c.says(SILENT);
    said.text ||= c.says(TEXT);
    said.unsafe ||= c.says(UNSAFE);
    said.deaf ||= c.says(DEAF);
    said.cantTalk ||= c.says(CANT_TALK);
    said.voiceLost ||= c.says(VOICE_LOST);
    said.cantHear ||= c.says(CANT_HEAR);
    const situation = c.situation();
    // The harmless cause may be told in another clause: "fire alarm going off, i burnt the toast lol".
    said.situation ||= situation || (c.fireAlarmSounding() && !FIRE_ALARM_HARMLESS.test(message));
    // "loud bangs next door, is brixton open": bangs nearby are feared as much as said fear, so a question beside them
    // is answered after the 999 condition.
    said.feared ||= situation && ((c.says(FEARED) && !c.says(FEAR_OF_A_THING)) || (c.says(LOUD_BANGS_NEARBY) && (!BANGS_HARMLESS_CAUSE.test(message) || BANGS_IN_DOUBT.test(message))) || c.says(SHOTS_IN_DOUBT));
  }
  // "i dialled but couldnt say anything": the call told across the clauses "but" splits.
  if (!said.cantTalk && /\b(?:but|and)\b/i.test(message)) said.cantTalk = RANG_SILENT.test((messageWords ?? readWords(message)).join(' '));
  // "deaf? no, just cant talk", "im not deaf, he'll hear me": deafness denied is not a reason to text rather than press 55.
  if (said.deaf && DEAFNESS_DENIED.test(message.toLowerCase())) said.deaf = said.cantHear = false;
  // "the boxing at wembley was brutal, blood everywhere lol": blows watched at a sport, over, no one of the resident's.
  if (frame.sportWatched) {
    const watched = signs.filter((s) => (s.kind === 'medical' || s.kind === 'harm') && IN_THE_RING.test(s.words));
    if (watched.length > 0) figurative = true;
    for (const s of watched) signs.splice(signs.indexOf(s), 1);
  }
  // "a man gets stabbed in the film", "in gta you can steal cars": harm in a story, the story's. Not where the resident
  // or their own is in it ("my dad collapsed in the film"), it is placed near ("a man outside got shot"), or said to be
  // real or happening now.
  if ((signs.length > 0 || said.situation) && /film|movie|show|series|episode|book|novel|cartoon|anime|programme|soap|trailer|video|gta|grand theft|fortnite|minecraft|roblox|cod|duty|dead|warzone|valorant|strike|apex|eastenders|corrie|emmerdale|hollyoaks/.test(message)) {
    const plain = (messageWords ?? readWords(message)).join(' ');
    if (IN_A_STORY.test(plain) && !STRONG_NOW.test(plain) && !ONES_OWN_IN_IT.test(plain) && !NEAR.test(plain)) {
      figurative = true;
      signs.length = 0;
      said.situation = false;
    }
  }
  // "i reported the break-in but they're back inside now": a report made, then the act told as going on again (not "back
  // in 2019", a time).
  if (reported && BACK_AGAIN.test((messageWords ?? readWords(message)).join(' '))) {
    for (const s of signs) if ((s.kind === 'break-in' || s.kind === 'theft' || s.kind === 'harm') && s.moment === 'over') s.moment = 'unsure';
  }
  if (frame.gasSmelled && !signs.some((s) => s.kind === 'gas')) signs.push({ kind: 'gas', words: 'gas', moment: 'unsure' });
  // An alarm going off and glass breaking, in one clause or two: "my neighbour's alarm is going off and I can hear glass
  // smashing". A break-in going on now, wherever it is, unless a time gone by or a habit places it.
  if (!signs.some((s) => s.kind === 'break-in' && isDangerNow(s)) && /alarm/.test(message)) {
    const plain = (messageWords ?? readWords(message)).join(' ');
    if (ALARM_SOUNDING.test(plain) && GLASS_BREAKING.test(plain) && !GONE_BY.test(plain) && !OFTEN.test(plain)) signs.push({ kind: 'break-in', words: 'alarm and glass', moment: 'now' });
  }
  // A bag named in one clause and "it is beeping" in another: "shoved a rucksack under the seat, ran off, and it is beeping".
  if (!signs.some((s) => s.kind === 'weapon') && /beep|tick|buzz/.test(message) && A_DEVICE_ACROSS_CLAUSES.test(message.toLowerCase().replace(/[^a-z0-9 ]+/g, ' '))) {
    signs.push({ kind: 'weapon', words: 'beeping', moment: 'unsure' });
  }
  // Someone hurt in one clause and not answering in another: "he was pushed down the stairs and is not answering me",
  // "found my mum on the kitchen floor, she won't answer me". An ambulance, unless a time gone by places it.
  if ((someone || (pronoun && !pet)) && !signs.some((s) => s.kind === 'medical' && isDangerNow(s)) && /answer|respon|reply|wake|round|word|talk|speak|say|sound|sense/.test(message)) {
    const plain = (messageWords ?? readWords(message)).join(' ');
    const unanswering = UNANSWERING.exec(plain);
    if (unanswering && HURT.test(plain) && !GONE_BY.test(plain)) signs.push({ kind: 'medical', words: unanswering[0], moment: 'unsure' });
  }
  // Signs of suicide across clauses, each harmless alone: shut away, a farewell, the means at hand, not answering (or
  // not coming down), at a height's edge. Two together, one a farewell, or shut away with the means, or at the edge
  // ("locked himself in the bathroom and said goodbye to us all, he has pills and wont open"; "on the car park roof edge
  // saying goodbye to people"), unless a time gone by places them.
  if (!signs.some((s) => s.kind === 'self-harm' && isDangerNow(s)) && /self|goodbye|bye|farewell|note|sorry|things|stuff|belongings|message|come down|get down/.test(message.toLowerCase())) {
    const plain = (messageWords ?? readWords(message)).join(' ');
    // Shut in and not coming out is a sulk as often as not ("locked herself in her room and wont come out, typical"):
    // a farewell or the means must be one of the two.
    const farewell = FAREWELL_RE.test(plain);
    const means = MEANS_AT_HAND_RE.test(plain);
    // At the edge is a person's danger, not a cat's that won't come down off the roof.
    const atTheEdge = AT_A_HEIGHT_EDGE_RE.test(plain) && !plain.split(' ').some((w) => ANIMALS.has(w) || PETS.has(w));
    const found = [SHUT_AWAY_RE.test(plain), farewell, means, UNREACHABLE_RE.test(plain), atTheEdge].filter(Boolean).length;
    // With the means at hand (pills, a car running), an ambulance as well as the police.
    if (found >= 2 && (farewell || atTheEdge || (means && SHUT_AWAY_RE.test(plain))) && !LONG_AGO_RE.test(plain)) signs.push({ kind: 'self-harm', words: 'signs of suicide', moment: 'unsure', ...(means ? { wounds: true } : {}) });
  }
  // "he killed the cat and says I'm next": told they are next, beside harm said (even as done), is harm to come.
  // Harm done to a thing counts too: "she slashed the sofa and said my son is next".
  if (!signs.some(isDangerNow) && /\bnext\b/i.test(message)) {
    const words = messageWords ?? readWords(message);
    if ((signs.length > 0 || words.some((w) => HARM.has(w) || VIOLENCE.has(w))) && TOLD_NEXT_RE.test(words.join(' '))) signs.push({ kind: 'harm', words: 'next', moment: 'now' });
  }
  // "HELP", "help me!": a cry, not a question about the bot (a plain "help me" asks what the bot can do).
  if (SHOUTED_HELP.test(message) || SHOUTED_HELP_CAPS.test(message)) signs.push({ kind: 'call-for-help', words: 'help', moment: 'now' });
  // "I can't talk" alone may be either: unsafe to, or unable to. Then both ways are given.
  const voiceLostInDanger = said.voiceLost && (said.situation || signs.some(isDangerNow));
  return {
    now: signs.some(isDangerNow),
    signs,
    situation: said.situation,
    // A fear in a story, a game or a joke ("the panto villain threatened to chop our heads off, kids loved it"): not fear now.
    feared: said.feared && !story,
    perilUnread: signs.length === 0 && !said.situation && peril && (someone || (pronoun && !pet)) && !story && !figurative && !GONE_BY.test(message),
    silentCall: said.silent || said.unsafe || (said.cantTalk && !said.cantHear) || (voiceLostInDanger && !said.cantHear),
    textOrRelay: said.text || said.deaf || (said.cantTalk && !said.unsafe) || voiceLostInDanger,
    namesA999Route: said.silent || said.text,
    services: servicesFor(signs.filter(isDangerNow)),
  };
}

const SERVICE_ORDER: readonly EmergencyService[] = ['police', 'ambulance', 'fire'];

/** Whom 999 should put the caller through to, from the signs of danger now (see `SERVICE_FOR_DANGER`). */
function servicesFor(signs: readonly DangerSign[]): EmergencyService[] {
  const named = new Set<EmergencyService>();
  let unknown = false;
  for (const sign of signs) {
    const entry = SERVICE_FOR_DANGER.get(sign.kind);
    if (!entry || entry.weak) continue;
    if (entry.service) named.add(entry.service);
    else unknown = true;
    if (sign.wounds) named.add('ambulance');
  }
  // Nothing said which: "somebody help" is for the police; someone in the water, or gas, is for whoever 999 sends.
  if (named.size === 0 && !unknown && signs.length > 0) named.add('police');
  return SERVICE_ORDER.filter((s) => named.has(s));
}

export function soundsLikeEmergency(text: string): boolean {
  return readDanger(text).now;
}

function isDangerNow(sign: DangerSign): boolean {
  return sign.moment !== 'over';
}

/** One clause's words, and the signs of harm in it. */
class Clause {
  readonly text: string;
  /** A word of harm was read here and judged a figure of speech ("my mum will kill me if I'm late", "got shot of"). */
  figureOfSpeech = false;
  /** The words a verb of harm was judged a figure of speech at: not read again as nouns of violence ("keeps shooting me" in a game). */
  private readonly figuresAt = new Set<number>();
  private reading = -1;
  /** A break-in, theft or harm named as the thing a report already made is about: "has already reported the break-in". */
  actToldAsReported = false;

  /** `namedBefore`: an earlier clause named someone, whom a clause naming no one goes on about. */
  constructor(
    readonly words: string[],
    private readonly namedBefore = false,
    /** The clause's runs of characters, to skip the patterns that cannot match it (read on the first pattern tried). */
    private runs?: TextRuns,
    /** What the whole message says of how to take it, over its clauses: "stabbed in the back at work, figuratively". */
    private readonly message: MessageFrame = NO_FRAME,
  ) {
    this.text = words.join(' ');
  }

  says(re: RegExp): boolean {
    return (this.runs ??= new TextRuns(this.text)).test(re);
  }

  /** Every match of `re` in the clause: none, without running it, when it cannot match. */
  private every(re: RegExp): readonly RegExpExecArray[] {
    return (this.runs ??= new TextRuns(this.text)).mayMatch(re) ? matchesIn(re, this.text) : NO_MATCHES;
  }

  /** `re.exec` on the clause (a pattern that cannot match it is not run). */
  private first(re: RegExp): RegExpExecArray | null {
    return re.global || re.sticky || (this.runs ??= new TextRuns(this.text)).mayMatch(re) ? re.exec(this.text) : null;
  }

  /** Adds the clause's signs to `out`: verbs first, then phrases. */
  signs(out: DangerSign[]): void {
    this.actSigns(out);
    this.phraseSigns(out);
  }

  /** Verbs: harm to a person, fighting, a break-in, theft. */
  private actSigns(out: DangerSign[]): void {
    const w = this.words;
    for (let i = 0; i < w.length; i++) {
      // Most words are no act: told without reading the words before them for a "not".
      if (!ACT_WORDS.has(w[i]) || this.negated(i)) continue;
      const harm = HARM.get(w[i]) ?? this.phrasalHarm(i);
      // Filming is neither harm nor violence: "shooting" as a verb of both. "Mugged me off" is slang for made a fool of;
      // a "fight night" is a boxing card.
      if ((harm?.lemma === 'shoot' && this.filming(i)) || (harm?.lemma === 'mug' && w[i + 2] === 'off') || (w[i] === 'fight' && w[i + 1] === 'night')) {
        this.figureOfSpeech = true;
        continue;
      }
      const violence = VIOLENCE.get(w[i]);
      // A verb first ("someone is stabbing people"); else the word as a noun ("a stabbing outside").
      const sound = SOUNDS.get(w[i]);
      this.reading = i;
      const verbSign =
        (harm && this.harmSign(i, harm.lemma, harm.form)) ||
        (violence && violence.form !== 'base' && this.violenceSign(i, violence.form)) ||
        (sound && sound.form !== 'base' && this.soundSign(i, sound.form)) ||
        undefined;
      if (verbSign) out.push(verbSign);
      else if (!this.figuresAt.has(i) && (VIOLENCE_NOUNS.has(w[i]) || VIOLENCE_NOUNS_UNDOUBLED.has(w[i]))) {
        const sign = this.violenceNounSign(i);
        if (sign) out.push(sign);
      }
      const breakIn = BREAK_IN.get(w[i]);
      // "a smashing reception", "a cracking night": the word as praise before a noun, no act.
      const praise = breakIn?.form === 'ing' && (w[i - 1] === 'a' || w[i - 1] === 'an' || (PRAISE_DEGREES.has(w[i - 1]) && (w[i - 2] === 'a' || w[i - 2] === 'an')));
      if (breakIn && !praise && this.intoPremises(i, breakIn.lemma) && !this.firstPersonActs(i)) {
        out.push(this.sign('break-in', i, i + 3, this.propertyMoment(i, breakIn.form)));
      }
      const theft = THEFT.get(w[i]);
      // "the ref robbed us blind", "they rob you blind in that shop": cheated or overcharged, an idiom, not a theft.
      const robbedBlind = this.words[i + 1] === 'blind' || this.words[i + 2] === 'blind';
      // "my phone got nicked just now", "my bag was snatched a minute ago": a thing stolen, told of the thing; danger only
      // when just done or going on, as when the thief is named ("someone just stole my phone").
      const stolenThing = theft?.form === 'past' && !THEFT_ONLY_ACTIVE.has(theft.lemma) && this.auxiliaries(i).some((b) => WAS_WORD.test(b) || PASSIVE_PAST.has(b) || b === 'been');
      if (theft && !robbedBlind && (this.personActs(i) || this.auxiliaries(i).some((b) => PASSIVE_NOW.has(b)) || stolenThing) && !this.firstPersonActs(i)) {
        const moment = this.propertyMoment(i, theft.form);
        if (moment !== 'unsure' && (!stolenThing || moment === 'just' || moment === 'now' || this.personActs(i))) out.push(this.sign('theft', i, i + 2, moment));
      }
    }
  }

  /** The message names a weapon, or a moment just gone or going on, or the harm close by: "at gunpoint", "2 mins ago", "still outside". */
  private harmJustDoneOrArmed(): boolean {
    return this.says(WEAPON) || STRONG_NOW.test(this.text) || NEAR.test(this.text) || (JUST.test(this.text) && !PAST.test(this.text));
  }

  /** The thing at `i` swung or waved "at" someone within a few words: "(bat) at the bowler", "(bat) at him". */
  private aimedAtSomeone(i: number): boolean {
    const after = this.words.slice(i + 1, i + 6);
    const at = after.indexOf('at');
    return at >= 0 && [after[at + 1], after[at + 2]].some((w) => w !== undefined && (PERSON_PRONOUNS.has(w) || isPerson(w)));
  }

  /** "shooting a short film for college", "shooting a quick music video": what is filmed within four words, not "shooting at the film crew". */
  private filming(i: number): boolean {
    // "her" is the one shot, unless a thing filmed follows: "shooting her first short documentary".
    const next = this.words[i + 1] ?? '';
    if (next === 'her' && WHERE_SOMEONE_IS_SHOT.has(this.words[i + 2] ?? '')) return false;
    return !SHOT_AT.has(next) && this.words.slice(i + 1, i + 5).some((w) => NOT_GUNFIRE_AFTER.has(w));
  }

  private spokenFiguratively(): undefined {
    this.figureOfSpeech = true;
    this.figuresAt.add(this.reading);
    return undefined;
  }

  /** The harm at `i` done by small creatures: named after "by" ("attacked by the mosquitoes") or as the doer ("the wasps attacked us"). */
  private bySmallCreatures(i: number): boolean {
    let j = i + 1;
    if (this.words[j] === 'alive' || this.words[j] === 'to') j += this.words[j] === 'to' ? 2 : 1;
    if (this.words[j] === 'by') {
      j++;
      while (j < i + 8 && BEFORE_A_CREATURE.has(this.words[j] ?? '')) j++;
      if (SMALL_CREATURES.has(this.words[j] ?? '')) return true;
    }
    return SMALL_CREATURES.has(this.words[this.doerEnd(i)] ?? '');
  }

  /** The word at `i` said of a side beaten in a contest named right after: "(batter) us in the derby", "(hammer) me at fifa". */
  private defeatInAContest(i: number): boolean {
    return BEATEN_SIDES.has(this.words[i + 1] ?? '') && A_CONTEST_NAMED.test(this.words.slice(i + 2, i + 7).join(' '));
  }

  /** Harm to a person: needs someone hurt ("hitting my mum") or, for violence itself, someone doing it ("a man is stabbing"). */
  private harmSign(i: number, lemma: string, form: string): DangerSign | undefined {
    const before = this.auxiliaries(i);
    const doer = this.personActs(i);
    // "I'm being followed", "my son has been attacked": the person before the verb is the one hurt.
    const passive = form === 'past' && before.length > 0 && !before.every((b) => b === 'just');
    // "being followed", "getting jumped": said of oneself, with no one named before the verb.
    // "been stabbed in the leg", "just got glassed": the resident, with the "I've" dropped, as people type when hurt.
    // "mugged at gunpoint 2 mins ago": the clause opens with the harm, its "I was" dropped, and reads as "I was mugged";
    // only with a weapon or a moment just gone or near ("beaten at chess by my dad again", "attacked by seagulls").
    const wasDropped =
      form === 'past' && VIOLENT_ON_THEIR_OWN.has(lemma) && this.words.slice(0, i).every((w) => FILLERS.has(w)) && HOW_ONE_WAS_HARMED.test(this.words.slice(i + 1, i + 4).join(' ')) && this.harmJustDoneOrArmed();
    const ownPassive = (passive && this.doerEnd(i) < 0 && before.some((b) => PASSIVE_NOW.has(b) || b === 'been' || PASSIVE_PAST.has(b))) || wasDropped;
    // "boxing class tonight, I'll get battered", "we got hammered at five-a-side": the resident losing, or hit in a sport.
    const residentBeaten = passive && (this.doerEnd(i) < 0 || RESIDENT_AS_DOER.has(this.words[this.doerEnd(i)] ?? ''));
    // "in the board game I just got robbed of all my sheep", "shot my friend with a nerf gun": a game or a toy.
    // Never when harm is said to be going on or still near ("they're still outside").
    const goingOn = STRONG_NOW.test(this.text);
    if (!goingOn && (residentBeaten || lemma === 'shoot' || FIRST_PERSON_OBJECTS.has(this.words[i + 1] ?? '')) && this.says(PLAYED_WITH_A_TOY_OR_GAME)) return this.spokenFiguratively();
    // "my toddler attacked the dog with a spoon", "the baby hit me with his rattle", "my 2 year old punched his brother over
    // a toy": a small child's blow with a thing no one is hurt by, or over a toy. Never with a weapon, grave harm, the
    // child hurt ("my toddler was attacked"), harm said to go on, or anyone hurt said ("bleeding", "unconscious").
    if (!goingOn && !passive && form !== 'ing' && !GRAVE_HARM.has(lemma) && this.smallChildsBlow(i, lemma)) return this.spokenFiguratively();
    if (!goingOn && BEATEN_IN_SPORT.has(lemma) && residentBeaten && !this.personAfter(i) && !this.words.slice(i + 1, i + 8).includes('by') && this.says(IN_A_SPORT)) return this.spokenFiguratively();
    // "spurs are gonna batter us in the derby", "they'll murder us in the final", "he'll destroy me at darts": a heavy
    // defeat in a contest named right after (not a venue: "batter me at the match" stays a threat).
    if (!goingOn && BEATEN_IN_SPORT.has(lemma) && this.defeatInAContest(i)) return this.spokenFiguratively();
    // Figures of speech: "got shot of my old car" (rid of), "this traffic is killing me" (an everyday thing, not a person).
    if (lemma === 'shoot' && this.words[i + 1] === 'of') return this.spokenFiguratively();
    // "she shot me a dirty look", "shoot me a text", "shot him a message": a look or a message sent, not a gun.
    if (lemma === 'shoot' && SHOT_A_LOOK.test(this.words.slice(i + 1, i + 6).join(' '))) return this.spokenFiguratively();
    // "got absolutely mugged off by the landlord", "stop mugging me off": made a fool of, in London slang.
    if (lemma === 'mug' && (this.words[i + 1] === 'off' || (this.words[i + 2] === 'off' && MUGGED_OFF_WHO.has(this.words[i + 1] ?? '')))) return this.spokenFiguratively();
    // "attacked by mosquitoes all night", "the wasps attacked us": small creatures, unless said to go on now.
    if (!goingOn && this.bySmallCreatures(i)) return this.spokenFiguratively();
    // "the ref robbed us blind", "they rob you blind in there": cheated or overcharged.
    if (lemma === 'rob' && (this.words[i + 1] === 'blind' || this.words[i + 2] === 'blind')) return this.spokenFiguratively();
    // Said to be one: "got stabbed in the back at work today, figuratively" (harm going on now is never: "he is stabbing
    // my brother", whatever else the message says figuratively).
    if (this.message.notLiterally && form !== 'ing') return this.spokenFiguratively();
    // "the escape room had us kidnapped by pirates": held in a game people pay to play.
    if (HELD_IN_GAMES.has(lemma) && this.says(HELD_IN_PLAY)) return this.spokenFiguratively();
    if (lemma === 'shoot' && this.words[i + 1] === 'down' && this.words.slice(i + 2, i + 7).some((w) => REFUSERS.has(w))) return this.spokenFiguratively();
    // "we played mafia and i got killed first", "in call of duty i keep getting shot", "got shot forty times on call of
    // duty": the resident, killed or shot in a game (a threat to anyone else stays danger).
    if ((lemma === 'kill' || lemma === 'shoot') && this.says(PLAYED_A_KILLING_GAME) && (ownPassive || this.words.slice(Math.max(0, i - 3), i).some((w) => w === 'i' || w === 'we' || w === 'im') || this.words[i + 1] === 'me' || this.words[i + 1] === 'us')) {
      return this.spokenFiguratively();
    }
    // "my son keeps getting shot in call of duty", "she got killed on fortnite again": anyone shot or killed, the game
    // named right after as where it happened.
    if ((lemma === 'kill' || lemma === 'shoot') && passive && !goingOn && PLAYED_A_KILLING_GAME.test(this.words.slice(i + 1, i + 7).join(' ')) && /^(?:in|on|playing|during)$/.test(this.words[i + 1] ?? '')) {
      return this.spokenFiguratively();
    }
    // "in gta i robbed a bank and shot the cops": what the resident did in a video game ("and" carries the resident on).
    // Never while harm is said to go on, nor to someone of the resident's own ("shot my mum").
    if (!goingOn && this.says(PLAYED_A_KILLING_GAME) && (this.residentDoes(i) || this.residentCarriesOn(i)) && !POSSESSIVES.has(this.words[i + 1] ?? '')) return this.spokenFiguratively();
    // "my neighbour's music assaulted my ears", "the noise attacked my ears": a sound or a thing, to the ears or eyes.
    if (ASSAULTED_SENSES.test(this.words.slice(i + 1, i + 4).join(' ')) && SENSE_ASSAULTERS.has(this.words[this.doerEnd(i)] ?? '')) return this.spokenFiguratively();
    // "my back is killing me" is a figure of speech; "he's coming back to kill us" is not: "back" after a coming is no one.
    const saidToBeKilling = this.doerEnd(i);
    // "the traffic on the north circular is killing her": an everyday thing a few words back does the killing, no one.
    if ((lemma === 'kill' || lemma === 'murder') && form === 'ing' && !doer && this.words.slice(Math.max(0, i - 8), i).some((w) => SAID_TO_BE_KILLING.has(w))) return this.spokenFiguratively();
    // "that crossword nearly murdered me", "leg day absolutely killed me", "the exam nearly finished me off": done by a thing.
    if (KILLS_IN_JEST.has(lemma) && SAID_TO_BE_KILLING.has(this.words[saidToBeKilling] ?? '') && !(MOTION_PARTICLES.has(this.words[saidToBeKilling]) && MOTION_VERBS.has(this.words[saidToBeKilling - 1] ?? ''))) {
      return this.spokenFiguratively();
    }
    // "I absolutely murdered my driving test", "we killed that karaoke": the resident killing a thing, not anyone.
    if ((lemma === 'kill' || lemma === 'murder' || lemma === 'slaughter') && this.residentDoes(i) && this.thingAfter(i)) return this.spokenFiguratively();
    // "my sister murdered that song at karaoke", "he absolutely killed the interview": anyone killing a performance.
    if ((lemma === 'kill' || lemma === 'murder' || lemma === 'slaughter' || lemma === 'destroy') && this.thingAfter(i) && this.words.slice(i + 2, i + 4).some((w) => PERFORMED.has(w))) return this.spokenFiguratively();
    // "my sister is killing it at her new job", "she's slaying it": "it", doing well, is what is killed; no one after it is.
    if ((lemma === 'kill' || lemma === 'slay' || lemma === 'murder') && this.words[i + 1] === 'it' && !this.words.some((w) => PETS.has(w))) return this.spokenFiguratively();
    // "the queue at the post office is killing me": killing the resident, with no one doing it, is a figure of speech.
    if (lemma === 'kill' && form === 'ing' && !doer && (this.words[i + 1] === 'me' || this.words[i + 1] === 'us')) return this.spokenFiguratively();
    // "my boss will kill me if I'm late": a boss, a teacher or a parent, about an everyday lapse.
    // "my mum's going to kill me": the apostrophe gone, "mums" is "mum is".
    if (SAID_IN_JEST.has(lemma) && this.threatInJest(i)) return this.spokenFiguratively();
    // "I'm going to kill my brother for eating my leftovers": the resident, a sibling or a mate, and a petty wrong.
    // ("gonna murder my flatmate for...": the "I" dropped.)
    const byTheResident = this.residentDoes(i) || (this.doerEnd(i) < 0 && i > 0 && this.words.slice(0, i).every((w) => DROPPED_I_BEFORE.has(w)));
    if (SAID_IN_JEST.has(lemma) && byTheResident && this.words[i + 1] === 'my' && KILLED_IN_JEST.has(this.words[i + 2] ?? '') && PETTY_WRONG.test(this.words.slice(i + 3).join(' '))) {
      return this.spokenFiguratively();
    }
    // "dad already reported the stabbing", "mum has reported the mugging": the act named as what a report made is about.
    if (form === 'ing' && this.namedAsAReportMade(i)) return this.sign('harm', i, i, 'over');
    const victim = this.personAfter(i) || (passive && doer) || ownPassive;
    if (!victim && !(doer && VIOLENT_ON_THEIR_OWN.has(lemma) && form !== 'base')) return undefined;
    let moment: DangerMoment;
    if (form === 'base' && this.seen(i)) {
      // "I saw a man push someone onto the tracks": done in front of the resident.
      moment = 'unsure';
    } else if (form === 'base' && this.words[i - 1] === 'to' && ATTEMPTED.has(this.words[i - 2] ?? '') && this.personAfter(i)) {
      // "he tried to kill me", "my partner tried to strangle me yesterday": an attempt, over only when a time says so.
      moment = 'unsure';
    } else if (form === 'base' || (form === 'past' && this.soonBefore(i))) {
      if (!this.soonBefore(i)) return undefined;
      // "the closures will hurt people": a threat needs a person doing it, or the resident threatened. The doer may
      // stand a few words back: "some boys in a group chat are planning to jump a kid".
      if (!doer && !this.firstPersonAfter(i) && !this.personPlansIt(i)) return undefined;
      moment = 'soon';
    } else if (form === 'ing') {
      moment = before.some((b) => WAS_WORD.test(b)) && !before.includes('been') ? 'over' : 'now';
    } else if (form === 's') {
      // "my partner hits me": abuse that goes on.
      if (!this.firstPersonAfter(i)) return undefined;
      moment = 'now';
    } else if (before.some((b) => PASSIVE_NOW.has(b) || IS_WORD.test(b))) moment = 'now';
    else if (before.includes('just')) moment = 'just';
    else if (before.some((b) => HAVE.has(b))) moment = 'unsure';
    else if (wasDropped || before.some((b) => WAS_WORD.test(b) || PASSIVE_PAST.has(b))) moment = GRAVE_HARM.has(lemma) ? 'unsure' : 'over';
    else moment = 'unsure';
    const sign = this.sign('harm', i, i + 3, this.placed(moment, this.window(i)));
    return WOUNDING_HARM.has(lemma) && (passive || form === 'past') ? { ...sign, wounds: true } : sign;
  }

  /** A building, not anyone, said just before "knocked down": "the station that got knocked down", "flats were knocked down". */
  private buildingKnockedDown(i: number): boolean {
    const before = this.words.slice(Math.max(0, i - 5), i);
    return before.some((w) => BUILDINGS_DEMOLISHED.has(w)) && !before.some((w) => isPerson(w) || PERSON_PRONOUNS.has(w));
  }

  /**
   * Harm said with a particle after the person ("do me in", "sort him out", "smash his face in"), or a verb that is
   * harm only as a threat at someone ("gonna get me", "he'll end you", "they're going to have him").
   */
  private phrasalHarm(i: number): { lemma: string; form: VerbForm } | undefined {
    const uses = PHRASAL.get(this.words[i]);
    if (!uses) return undefined;
    const [first, second, third] = this.words.slice(i + 1, i + 4);
    const pronoun = first !== undefined && ['me', 'him', 'her', 'us', 'them', 'you'].includes(first);
    // "him", "my brother", "his face", "her head".
    const objectEnd = pronoun ? 1 : POSSESSIVES.has(first ?? '') && (isPerson(second) || BODY_PARTS.has(second ?? '')) ? 2 : 0;
    if (objectEnd === 0) return undefined;
    for (const use of uses) {
      if (use.particle && [this.words[i + 1 + objectEnd], third].includes(use.particle)) return use;
      if (use.threatOnly && pronoun && this.soonBefore(i) && !this.firstPersonActs(i) && (second === undefined || !/^(?:a|an|some|the|to|back|home|from|up|out)$/.test(second)) && !this.threatInJest(i)) return use;
    }
    return undefined;
  }

  /** "i robbed a bank and shot the cops": the verb joined by "and" to one the resident did a few words back. */
  private residentCarriesOn(i: number): boolean {
    if (this.words[i - 1] !== 'and') return false;
    for (let j = i - 2; j >= Math.max(0, i - 6); j--) if (ACT_WORDS.has(this.words[j]) && this.residentDoes(j)) return true;
    return false;
  }

  /**
   * "my boss will kill me if I'm late", "my boss will finish me if I'm late": a boss, a teacher or a parent, about an
   * everyday lapse ("my mum's going to kill me": the apostrophe gone, "mums" is "mum is").
   */
  private threatInJest(i: number): boolean {
    const doerWord = this.speakerOf(this.doerEnd(i));
    const inJest = SAYS_KILL_IN_JEST.has(doerWord) || (doerWord.endsWith('s') && SAYS_KILL_IN_JEST.has(doerWord.slice(0, -1)));
    return inJest && LAPSE.test(this.words.slice(i + 1).join(' '));
  }

  /**
   * Who the doer at `j` is, where the threat is reported: "my boss said he'll kill me", "my mum told me she would
   * literally kill me": the one who said it (the boss, the mum), not "he". Otherwise the doer's own word.
   */
  private speakerOf(j: number): string {
    const doer = this.words[j] ?? '';
    if (!REPORTED_DOERS.has(doer)) return doer;
    let k = j - 1;
    while (k >= 0 && ['that', 'me', 'us'].includes(this.words[k])) k--;
    return THREATENED.has(this.words[k] ?? '') || REPORTED.has(this.words[k] ?? '') ? (this.words[k - 1] ?? '') : doer;
  }

  /** "people fighting outside", "two men fought in the street just now", "screaming next door". */
  private violenceSign(i: number, form: string): DangerSign | undefined {
    if (this.squabble(i)) return undefined;
    const around = this.window(i);
    // "my sons are fighting in the kitchen": going on in the home is here.
    const inTheHome = form === 'ing' && IN_THE_HOME.test(around) && !this.says(OFTEN);
    if (!NEAR.test(around) && !ANY_NOW.test(around) && !this.says(HEARD) && !this.personAfter(i) && !inTheHome) return undefined;
    const before = this.auxiliaries(i);
    const moment: DangerMoment = form === 'past' || before.some((b) => WAS_WORD.test(b)) ? 'over' : 'now';
    return this.sign('violence', i, i + 3, this.placed(moment, around));
  }

  /**
   * Children fighting over a thing: "the kids are fighting over the remote again". Not over a person or a weapon ("the
   * boys are fighting over a girl", "over a knife"), and only children or siblings: grown men fighting over a parking
   * space is a fight. Only over an everyday thing (SQUABBLED_OVER): "my brothers are fighting over money" may be a fight.
   */
  private squabble(i: number): boolean {
    if (this.words[i + 1] !== 'over' && this.words[i + 1] !== 'about') return false;
    const thing = this.words.slice(i + 2, i + 5);
    return SQUABBLERS.has(this.words[this.doerEnd(i)] ?? '') && thing.some((w) => SQUABBLED_OVER.has(w)) && !thing.some(isPerson) && !WEAPON.test(thing.join(' ')) && !IMPROVISED.test(thing.join(' '));
  }

  /** "screaming next door", "I can hear her crying", "shouting for help": heard close by. */
  private soundSign(i: number, form: string): DangerSign | undefined {
    const around = this.window(i);
    if (this.raisedAtPlay(i)) return undefined;
    if (!NEAR.test(around) && !this.says(HEARD) && !/\bfor help\b/.test(around)) return undefined;
    if (this.says(NO_HARM_SAID)) return undefined;
    const moment: DangerMoment = form === 'past' || this.auxiliaries(i).some((b) => WAS_WORD.test(b)) ? 'over' : 'now';
    return this.sign('violence', i, i + 3, this.placed(moment, around));
  }

  /** A voice raised at `i` at a screen or in a game ("shouting at the telly", "headshot on fortnite and yelling"), at no one. */
  private raisedAtPlay(i: number): boolean {
    const after = this.words.slice(i + 1, i + 6).join(' ');
    return (AT_A_SCREEN.test(after) || PLAYING.test(this.text)) && !RAISED_AT_SOMEONE.test(after);
  }

  /** The word at `i` is what a film, book or documentary is about, not something here. */
  private aboutMedia(i: number): boolean {
    return MEDIA_AFTER.test(this.words.slice(i + 1, i + 5).join(' ')) || MEDIA_BEFORE.test(`${this.words.slice(Math.max(0, i - 5), i).join(' ')} `);
  }

  /** "a fight upstairs", "there's a brawl outside the pub": a noun, placed by the words around it. */
  private violenceNounSign(i: number): DangerSign | undefined {
    if (this.squabble(i)) return undefined;
    const around = this.window(i);
    // "stabbing", "fight!": said on its own, it is what is happening.
    const terse = this.words.length <= 2 && !this.says(ASKED_ABOUT);
    const present = terse || NEAR.test(around) || ANY_NOW.test(around) || THERE_IS.test(around) || HEARD.test(around);
    if (!present) return undefined;
    // "(no violence, just shouting)": raised voices said plainly to be all there is. A fight stays a fight.
    if (RAISED_VOICES.has(this.words[i]) && (this.says(NO_HARM_SAID) || this.raisedAtPlay(i))) return undefined;
    // "a stabbing happened on my road back in 2019": told as an event gone by, its time placing it.
    const told = /\b(?:there was|there were|was|were|had|happened|took place|occurred)\b/.test(around) || REPORTING.test(around);
    return this.sign('violence', i, i + 2, this.placed(told ? 'over' : 'now', around));
  }

  /** Phrases: a life at risk, self-harm, a person missing, drink-driving, a weapon held, a call for help, hiding, fire. */
  private phraseSigns(out: DangerSign[]): void {
    for (const [kind, re] of SAID_SIGNS) {
      for (const m of this.every(re)) {
        const i = this.wordAt(m.index);
        if (this.negated(i) || (kind === 'hiding' && this.says(DEAF))) continue;
        // "the escape room had us kidnapped by pirates": held in play, where people pay to be.
        if (kind === 'life-at-risk' && GAME_STAPLES.test(m[0]) && this.says(HELD_IN_PLAY)) {
          this.figureOfSpeech = true;
          continue;
        }
        // "my sister is being held hostage by her maths homework lol": stuck with a thing, not held by anyone.
        if (kind === 'life-at-risk' && /^(?:held hostage|hostage|being held)$/.test(m[0]) && HOSTAGE_TO_A_THING.test(this.text.slice(m.index))) {
          this.figureOfSpeech = true;
          continue;
        }
        // "got my finger trapped in the car door": caught, not trapped.
        if (kind === 'life-at-risk' && m[0] === 'trapped' && this.says(CAUGHT_NOT_TRAPPED)) continue;
        // "my son was arrested, which station is he being held at": in custody, asked after.
        if (kind === 'life-at-risk' && m[0] === 'being held' && this.says(HELD_BY_POLICE) && !this.says(HELD_AGAINST_ONES_WILL)) continue;
        // "lying on her kitchen floor since this morning": a state that began then and goes on.
        const moment = kind === 'life-at-risk' && GOES_ON_SINCE.test(m[0]) ? 'now' : this.placed(this.toldAsOver(i) ? 'over' : 'unsure', this.window(i));
        // Thoughts of suicide do not pass with the night: only long ago is over.
        out.push(this.sign(kind, i, i + m[0].split(' ').length - 1, kind === 'self-harm' && moment === 'over' && !LONG_AGO_RE.test(this.window(i, 8, 10)) ? 'unsure' : moment));
      }
    }
    if (this.says(SCARED_OF)) out.push(this.sign('call-for-help', 0, this.words.length - 1, this.placed('unsure', this.text)));
    this.bodySigns(out);
    for (const m of this.every(LOST)) {
      const i = this.wordAt(m.index);
      const weak = m[0] === 'lost' || m[0] === 'not answering' || m[0] === 'ran off' || m[0] === 'run off';
      // "report a missing person", "missing persons appeal": the topic, not someone missing now.
      const topic = m[0] === 'missing' && MISSING_AS_TOPIC.has(this.words[i + 1] ?? '');
      // "which year lost more police stations", "how many counters has london lost": a counter lost, not a person.
      const counterLost = m[0] === 'lost' && COUNTER_LOST.test(this.words.slice(i + 1, i + 6).join(' '));
      // "my son lost his wallet", "she lost her keys on the bus": a thing lost by someone, not someone lost. Not "lost his
      // way", "lost his mum in the crowd" (someone lost), nor "lost consciousness", "lost a lot of blood" (harm).
      const after = this.words.slice(i + 1, i + 4);
      const thingLost =
        m[0] === 'lost' && THING_LOSERS.has(after[0] ?? '') && after[1] !== undefined && !after.some((w) => isPerson(w) || LOST_BUT_NOT_A_THING.has(w));
      // "can my son pick up my lost property", "the lost and found": the office for things lost, not someone lost.
      const lostProperty = m[0] === 'lost' && (LOST_AS_AN_OFFICE.has(after[0] ?? '') || (after[0] === 'and' && after[1] === 'found'));
      if (this.negated(i) || topic || counterLost || thingLost || lostProperty || !this.personNear(i, weak)) continue;
      // Someone missing stays missing: only long ago, or found, is over ("went missing in 2019", "he's back home").
      // The words that say missing are not a finding: "never came home" holds "came home".
      out.push(this.sign('missing', i, i + 2, LONG_AGO_RE.test(this.window(i, 8, 10).replace(m[0], ' ')) ? 'over' : 'unsure'));
    }
    // "turned up drunk" is an arrival, not a time gone by.
    if (this.says(DRINK) && this.says(DRIVE)) out.push(this.sign('drink-driving', 0, this.words.length - 1, this.placed('unsure', this.text, GONE_BY)));
    for (const m of this.every(WEAPON)) {
      const i = this.wordAt(m.index);
      // "a nerf gun", "a water pistol", "a toy sword": a toy, not a weapon.
      if (TOY_BEFORE.test(this.text.slice(Math.max(0, m.index - 10), m.index))) continue;
      // "he'll hammer me at fifa": the weapon's name said as a heavy defeat.
      if (BEATEN_IN_SPORT.has(m[0]) && !STRONG_NOW.test(this.text) && this.defeatInAContest(i)) continue;
      if ((m[0] === 'bat' || m[0] === 'bats') && BAT_IN_ITS_GAME.test(this.text) && !this.aimedAtSomeone(i)) continue;
      const around = this.window(i, 4, 4);
      // "knife outside", "blades on the bus right now": a weapon said where it is, not asked about.
      const here = !this.says(ASKED_ABOUT) && (NEAR.test(around) || ANY_NOW.test(around) || THERE_IS.test(around) || this.words.length <= 2);
      const held =
        m[0].startsWith('armed') || SLANG_ARMED.test(m[0]) || HELD.test(around) || STRONG_NOW.test(around) || here ||
        SOON.test(this.words.slice(Math.max(0, i - 4), i).join(' ')) || HELD_HEDGED.test(this.words.slice(Math.max(0, i - 8), i).join(' '));
      if (this.negated(i) || !held) continue;
      out.push(this.sign('weapon', i, i, this.placed(this.toldAsOver(i) ? 'over' : 'unsure', this.window(i), GONE_BY)));
    }
    // Paperwork or talk about a weapon is no danger, unless the weapon is turned on someone: "he has a shotgun
    // certificate and is waving it at me".
    for (const m of this.every(WEAPON_AS_TOPIC)) {
      const i = this.wordAt(m.index);
      if (this.negated(i) || !TURNED_ON_SOMEONE.test(this.window(i, 6, 10))) continue;
      out.push(this.sign('weapon', i, i, this.placed(this.toldAsOver(i) ? 'over' : 'unsure', this.window(i, 6, 10), GONE_BY)));
    }
    this.atTheHomeSigns(out);
    const intruder = this.first(INTRUDER) ?? this.first(STRANGER_IN_THEIR_HOME);
    if (intruder && !this.roleInAGame(intruder.index)) {
      const i = this.wordAt(intruder.index);
      const around = this.window(i, 6, 10);
      const over = !STRONG_NOW.test(around) && (PAST.test(around) || /\b(?:was|were)\b/.test(around));
      if (!this.negated(i)) out.push(this.sign('intruder', i, i + 4, over ? 'over' : 'now'));
    }
    // Someone known by harm they did before, here now: the "who" clause's time is the harm's ("the guy who attacked me
    // last year is stood outside my door"); the presence is now unless its own words place it gone by.
    const harmedBefore = HARMED_BEFORE.exec(this.text);
    if (harmedBefore) {
      const did = harmedBefore[1].trim().split(' ');
      const rest = this.text.slice(harmedBefore.index + harmedBefore[0].length);
      const harmDone = did.some((w) => HARM.has(w) || VIOLENCE.has(w) || THEFT.has(w) || BREAK_IN.has(w)) || WEAPON.test(harmedBefore[1]);
      const i = this.wordAt(harmedBefore.index);
      if (harmDone && HERE_NOW_OR_WAITING.test(rest) && !this.negated(i)) {
        out.push(this.sign('intruder', i, i + 3, STRONG_NOW.test(rest) ? 'now' : GONE_BY.test(rest) || /^(?:was|were)\b/.test(rest.trim()) ? 'over' : 'unsure'));
      }
    }
    const alight = this.first(ALIGHT);
    if (
      this.firePlainlySaid() ||
      (this.says(SMOKE) && !this.negated(this.wordAt(SMOKE.exec(this.text)!.index))) ||
      (alight && !this.negated(this.wordAt(alight.index)) && !REPORTING.test(this.text))
    ) {
      out.push(this.sign('fire', 0, this.words.length - 1, this.placed('unsure', this.text)));
    }
  }

  /** Fire said as a fire ("the flat's on fire"), not a fire station, an alarm test, one gone by, or someone "on fire at darts". */
  private firePlainlySaid(): boolean {
    if (!this.says(FIRE)) return false;
    if (!this.says(DOING_WELL)) return FIRE_NOW.test(this.text) || !NOT_A_FIRE_NOW.test(this.text);
    const text = this.text.replace(globally(DOING_WELL), ' ');
    if (!FIRE.test(text)) {
      this.figureOfSpeech = true;
      return false;
    }
    return FIRE_NOW.test(text) || !NOT_A_FIRE_NOW.test(text);
  }

  /**
   * A body in crisis, someone in the water, shut in a car or room, gas, a threat in slang. A body in crisis is over
   * only when a time gone by says so ("had a stroke last year"), or when it is being reported ("report a car crash").
   */
  private bodySigns(out: DangerSign[]): void {
    // Someone (or an animal) the words are about: "a child", "he", "I'm", "we're", "the dog"; not "my bag".
    const someone = (i: number) => this.personNear(i, false) || this.namesSomeone() || (this.namedBefore && !this.words.some((w) => POSSESSIVES.has(w) || w === 'it'));
    for (const m of this.every(MEDICAL)) {
      const i = this.wordAt(m.index);
      // "the talks collapsed", "the queue is not moving": a body only where someone is named.
      if (this.negated(i) || (NEEDS_SOMEONE.test(m[0]) && !someone(i))) continue;
      // "boxing on telly tonight, hope someone gets knocked out": a knockout watched or hoped for in a bout.
      if (m[0].startsWith('knocked') && this.message.boutWatched && KNOCKOUT_FORETOLD.test(this.words.slice(Math.max(0, i - 6), i).join(' '))) {
        this.figureOfSpeech = true;
        continue;
      }
      // "the police station that got knocked down", "the old flats were knocked down": a building demolished, no body.
      if (m[0].includes('knocked') && this.buildingKnockedDown(i)) continue;
      const end = i + m[0].split(' ').length - 1;
      // "lying on the floor all day doing yoga", "lying on the ground watching the clouds": rest chosen, no body in trouble.
      if (m[0].startsWith('lying') && RESTING_BY_CHOICE.test(this.words.slice(end + 1, end + 7).join(' '))) continue;
      const around = this.window(i);
      const moment = REPORTING.test(around) ? 'over' : this.goingOnAfterAPast(i, m[0]) ? 'unsure' : this.placed('unsure', this.stateAfterAndNow(i, around));
      out.push(this.sign('medical', i, end, moment));
    }
    for (const [kind, re] of SOMEONE_IN_TROUBLE) {
      for (const m of this.every(re)) {
        const i = this.wordAt(m.index);
        if (this.negated(i) || !someone(i)) continue;
        out.push(this.sign(kind, i, i + m[0].split(' ').length - 1, this.placed('unsure', this.window(i))));
      }
    }
    // Said of a body or of someone without a medical word: "slumped on the floor", "on the window ledge", "my drink's
    // been spiked", "trying to get kids into his van", "throwing punches".
    for (const [kind, re] of SAID_OF_SOMEONE) {
      for (const m of this.every(re)) {
        const i = this.wordAt(m.index);
        if (this.negated(i) || !someone(i)) continue;
        // "in the escape room they tied us up": held in a game people pay to play.
        if (re === TAKEN && this.says(HELD_IN_PLAY)) {
          this.figureOfSpeech = true;
          continue;
        }
        const sign = this.sign(kind, i, i + m[0].split(' ').length - 1, this.placed(this.toldAsOver(i) ? 'over' : 'unsure', this.window(i)));
        out.push(re === SPIKED ? { ...sign, wounds: true } : sign);
      }
    }
    // A child where traffic can kill: "a toddler wandering in the middle of the road" (not "I'm walking on the road").
    for (const m of this.every(TRAFFIC)) {
      const i = this.wordAt(m.index);
      if (!this.negated(i) && this.personNear(i, true)) out.push(this.sign('life-at-risk', i, i + m[0].split(' ').length - 1, this.placed(this.toldAsOver(i) ? 'over' : 'unsure', this.window(i), GONE_BY)));
    }
    // Anyone on a fast road; an animal attacking someone ("the rottweiler has got hold of my daughter's arm").
    // The one attacked is a person, not "his ball": someone within two words after "hold of my", "let go of the".
    const mauled = (i: number, end: number) =>
      this.words.some((w) => ANIMALS.has(w)) && (!(POSSESSIVES.has(this.words[end]) || ARTICLES.has(this.words[end])) || isPerson(this.words[end + 1]) || isPerson(this.words[end + 2]));
    for (const [kind, re, who] of [['life-at-risk', FAST_ROAD, someone], ['harm', MAULS, mauled]] as const) {
      for (const m of this.every(re)) {
        const i = this.wordAt(m.index);
        if (!who(i, i + m[0].split(' ').length - 1)) continue;
        if (!this.negated(i)) out.push(this.sign(kind, i, i + m[0].split(' ').length - 1, this.placed(this.toldAsOver(i) ? 'over' : 'unsure', this.window(i), GONE_BY)));
      }
    }
    // A child or someone vulnerable taken: "my daughter has been taken by an older man" (not "my bag was taken by").
    for (const m of this.every(TAKEN_BY_SOMEONE)) {
      const i = this.wordAt(m.index);
      if (!this.negated(i) && this.personNear(i, true)) out.push(this.sign('harm', i, i + 4, this.placed(this.toldAsOver(i) ? 'over' : 'unsure', this.window(i))));
    }
    // A child or young person gone off with older strangers: "my 15 year old went off with some older lads in a car".
    for (const m of this.every(WENT_OFF_WITH)) {
      const i = this.wordAt(m.index);
      const end = i + m[0].split(' ').length - 1;
      if (!this.negated(i) && (this.personNear(i, true) || this.personNear(end, true))) out.push(this.sign('harm', i, end, this.placed(this.toldAsOver(i) ? 'over' : 'unsure', this.window(i), GONE_BY)));
    }
    // A suspect device: "an unattended rucksack by the ticket gates", "a box with wires hanging out" (not asked about or reported).
    const device = this.first(DEVICE);
    if (device && !REPORTING.test(this.text) && !this.says(DEVICE_AS_TOPIC) && !this.negated(this.wordAt(device.index)) && !this.aboutMedia(this.wordAt(device.index))) {
      const i = this.wordAt(device.index);
      out.push(this.sign('weapon', i, i + 3, this.placed(this.toldAsOver(i) ? 'over' : 'unsure', this.window(i), GONE_BY)));
    }
    // Someone at risk gone out alone: "my nan has dementia and she's gone out in the cold".
    const wentOut = this.first(WENT_OUT);
    if (wentOut && this.says(AT_RISK_OUT) && someone(this.wordAt(wentOut.index)) && !this.negated(this.wordAt(wentOut.index))) {
      out.push(this.sign('missing', this.wordAt(wentOut.index), this.wordAt(wentOut.index) + 2, LONG_AGO_RE.test(this.text) ? 'over' : 'unsure'));
    }
    // A crash, or flood water where it harms: no one need be named ("car has flipped over", "water onto the electrics").
    for (const [kind, re] of NO_ONE_NEED_BE_NAMED) {
      for (const m of this.every(re)) {
        const i = this.wordAt(m.index);
        if (this.negated(i)) continue;
        out.push(this.sign(kind, i, i + m[0].split(' ').length - 1, REPORTING.test(this.text) ? 'over' : this.placed(this.toldAsOver(i) ? 'over' : 'unsure', this.window(i))));
      }
    }
    // Someone dangerous by what they are, here or said tersely: "intruder", "my stalker is outside my work".
    const dangerous = this.first(DANGEROUS);
    if (dangerous && !this.says(ASKED_ABOUT) && !this.roleInAGame(dangerous.index)) {
      const i = this.wordAt(dangerous.index);
      const here = this.words.length <= 3 || NEAR.test(this.window(i)) || ANY_NOW.test(this.window(i)) || this.says(HERE_OR_ARRIVING) || THERE_IS.test(this.text);
      if (here && !this.negated(i)) out.push(this.sign('intruder', i, i + 3, this.placed(this.toldAsOver(i) ? 'over' : 'unsure', this.window(i), GONE_BY)));
    }
    for (const m of this.every(GAS)) {
      const i = this.wordAt(m.index);
      if (!this.negated(i)) out.push(this.sign('gas', i, i + m[0].split(' ').length - 1, this.placed(this.toldAsOver(i) ? 'over' : 'unsure', this.window(i))));
    }
    // A corrosive or scalding substance thrown at someone: no one need be named ("an acid attack outside the chicken shop").
    for (const m of this.every(THROWN_AT)) {
      const i = this.wordAt(m.index);
      if (this.negated(i) || (m[0].startsWith('acid attack') && this.says(ASKED_ABOUT))) continue;
      const told = REPORTING.test(this.text) || this.toldAsOver(i);
      out.push({ ...this.sign('harm', i, i + m[0].split(' ').length - 1, this.placed(told ? 'over' : 'unsure', this.window(i), GONE_BY)), wounds: true });
    }
    for (const m of this.every(THREAT)) {
      const i = this.wordAt(m.index);
      if (!this.negated(i)) out.push(this.sign('harm', i, i + m[0].split(' ').length - 1, this.placed(this.toldAsOver(i) ? 'over' : 'soon', this.window(i))));
    }
  }

  /**
   * Someone at or in the home, or arriving with something used as a weapon, told with no crime word: "noises
   * downstairs and I live alone", "someone is trying the door handle", "a face at my window", "my ex turned up with
   * a crowbar", "he's coming at me", "he's throwing things". Now while it happens; over only when a time gone by says
   * so ("someone tried my door handle last night"); else unsure, which is danger.
   */
  private atTheHomeSigns(out: DangerSign[]): void {
    const when = (i: number, verb = this.words[i]): DangerMoment => {
      if (this.toldAsOver(i) || GONE_BY.test(this.window(i, 8, 10))) return 'over';
      return verb?.endsWith('ing') ? 'now' : this.placed('unsure', this.window(i), GONE_BY);
    };
    const heard = this.first(HEARD_INSIDE);
    if (heard && (this.says(IN_THE_HOME) || this.says(ALONE)) && !this.says(NUISANCE)) {
      const i = this.wordAt(heard.index);
      if (!this.negated(i)) out.push(this.sign('intruder', i, i + 2, this.says(HEARD) && !GONE_BY.test(this.text) ? 'now' : when(i, '')));
    }
    for (const re of AT_THE_HOME) {
      for (const m of this.every(re)) {
        const i = this.wordAt(m.index);
        if (this.negated(i) || this.firstPersonActs(i)) continue;
        // "coming at my mum", not "going for my lunch"; "throwing things" needs someone doing it.
        const length = m[0].split(' ').length;
        const last = this.words[i + length - 1];
        // "going for a walk", not "gone for an old lady": a person within the next two words.
        if (re === GOES_AT && (POSSESSIVES.has(last) || ARTICLES.has(last)) && !isPerson(this.words[i + length]) && !isPerson(this.words[i + length + 1])) continue;
        if ((re === GETTING_IN || re === RAGE || re === PROWL) && !this.personActs(i) && !(re === PROWL && this.personActsOnTheMove(i))) continue;
        out.push(this.sign(re === GOES_AT || re === RAGE ? 'harm' : 'intruder', i, i + 3, when(i)));
      }
    }
    const handle = this.first(HANDLE);
    if (handle) {
      const i = this.wordAt(handle.index);
      if (!this.negated(i)) out.push(this.sign('intruder', i, i + 3, when(i + handle[0].split(' ').length - 1)));
    }
    // Something used as a weapon, in a hand, by someone here or on their way: "my ex is at the door with a crowbar".
    for (const m of this.every(IMPROVISED)) {
      const i = this.wordAt(m.index);
      const before = this.words.slice(Math.max(0, i - 4), i).join(' ');
      const someoneElse = this.words.slice(0, i).some((w) => (PERSON_PRONOUNS.has(w) && !FIRST_PERSON.has(w) && w !== 'you') || isPerson(w));
      if (this.negated(i) || !HOLDS.test(before) || !someoneElse || !(this.says(HERE_OR_ARRIVING) || this.says(GOES_AT) || /\b(?:waving|swinging|brandishing|wielding|threatening)\b/.test(before))) continue;
      out.push(this.sign('weapon', i, i, when(i, '')));
    }
    // A thing that wounds held to a throat or face, or pointed at someone: "holding scissors to my neck", "held a
    // glass to the cashier's face", "pointing a syringe at my colleague". Not a barber's razor or a nurse's needle.
    // The one who tends said before the thing ("the nurse held the needle to my arm"), not after ("pointing a syringe at the nurse").
    if (!out.some((s) => s.kind === 'weapon') && !this.says(TENDED)) {
      const held = this.first(HELD_TO) ?? this.first(POINTED_AT);
      const i = held ? this.wordAt(held.index) : -1;
      if (held && !this.negated(i) && !TENDERS.test(this.text.slice(0, held.index))) out.push(this.sign('weapon', i, i + held[0].split(' ').length - 1, when(i, '')));
    }
  }

  /** Someone (or an animal) the clause is about: "a child", "he", "I'm", "we're", "the dog"; not "my bag". */
  namesSomeone(): boolean {
    return this.words.some((w) => isPerson(w) || SOMEONE_HERE.has(w) || ANIMALS.has(w) || ['he', 'she', 'him', 'her', 'they', 'them', 'hes', 'shes'].includes(w));
  }

  /**
   * A fire alarm sounding now ("the fire alarm is going off in the block"): maybe a fire, so the safety net's 999 when
   * nothing else reads the message. Not a test, a drill, burnt toast, a shower's steam or a battery's chirp.
   */
  fireAlarmSounding(): boolean {
    return this.says(FIRE_ALARM_SOUNDING) && !GONE_BY.test(this.text) && !this.says(OFTEN);
  }

  /** A person's situation, with no harm read ("he's outside", "I'm scared", "my ex won't leave"): the safety net's reason. */
  situation(): boolean {
    // "loud bangs next door", "heard loud bangs outside": perhaps shots or a fight, perhaps fireworks; no one need be named.
    if ((LOUD_BANGS_NEARBY.test(this.text) || SHOTS_IN_DOUBT.test(this.text)) && !GONE_BY.test(this.text) && !OFTEN.test(this.text)) return true;
    const m = this.first(SITUATION);
    if (!m || GONE_BY.test(this.text) || OFTEN.test(this.text) || this.negated(this.wordAt(m.index))) return false;
    // "how do i kill a process in linux that wont stop": a program's, not a person's.
    if (A_PROGRAM_STOPPED.test(this.text)) return false;
    // "i chained my bike to the railings outside walworth": a thing left outside, not someone there.
    if (m[0] === 'outside' && THING_LEFT_OUTSIDE.test(this.text)) return false;
    // "can i get a copy of the cctv from outside brixton police station": footage of a place asked for, not someone there.
    if (m[0] === 'outside' && FOOTAGE_OF.test(this.text.slice(0, m.index))) return false;
    // Someone it is about: "he", "I'm", "we", or a person ("someone", "my ex", "a man").
    return this.words.some((w) => WHO.test(w) || isPerson(w));
  }

  private sign(kind: DangerKind, first: number, last: number, moment: DangerMoment): DangerSign {
    return { kind, words: this.words.slice(first, last + 1).join(' '), moment };
  }

  /** A moment read from the verb, moved by the words around it: "just now" makes it just, "last night" over. */
  private placed(moment: DangerMoment, around: string, past = PAST): DangerMoment {
    if (moment === 'now' || moment === 'soon') return moment;
    if (STRONG_NOW.test(around)) return 'now';
    if (JUST.test(around) && !past.test(around)) return 'just';
    // "arrested last year and now he is being held at knifepoint": "and now" right after the time gone by is when it is.
    if (past.test(around)) return AND_NOW.test(around.slice(lastEnd(past, around))) ? 'unsure' : 'over';
    if (moment === 'over' && (NEAR.test(around) || ANY_NOW.test(around)) && !/\b(?:was|were)\b/.test(around)) return 'unsure';
    return moment;
  }

  /**
   * The words around a body's sign, reaching on to the state after "and now" when a time gone by comes first ("fell
   * down the stairs last year and now I'm fine"), so that a state said to be well is seen.
   */
  private stateAfterAndNow(i: number, around: string): string {
    const wider = this.window(i, 6, 12);
    return PAST.test(around) && /\bnow\b/.test(around) ? wider : around;
  }

  /**
   * A body's state going on now, in a clause after a time gone by: "fell down the stairs last night and he's still not
   * moving", "fell this morning and she can't get up". The time places the first clause, not this one.
   */
  private goingOnAfterAPast(i: number, sign: string): boolean {
    const before = this.words.slice(Math.max(0, i - 8), i).join(' ');
    if (!PAST.test(before)) return false;
    const tail = before.slice(lastEnd(PAST, before));
    if (!/\b(?:and|but|so|now)\b/.test(tail) || /\b(?:was|were|had|did|wasnt|werent|couldnt|then)\b/.test(tail)) return false;
    return STATE_NOW.test(sign) || /\b(?:still|now|hes|shes|theyre|is|are|s)\b/.test(tail);
  }

  /** "he was bleeding", "she had a heart attack", "there was a man with a knife": told as over, unless a moment says now. */
  private toldAsOver(i: number): boolean {
    const before = this.words.slice(Math.max(0, i - 3), i);
    // "were being held" may be "we're being held" typed without its apostrophe: going on, unless a time says it is past.
    if (before.includes('were') && before.includes('being') && !PAST.test(this.window(i))) return before.some((w) => w !== 'were' && (WAS_WORD.test(w) || w === 'had'));
    return before.some((w) => WAS_WORD.test(w) || w === 'had');
  }

  /** Theft and break-ins: now while it happens ("is stealing", "trying to break in"), else over unless a moment says now. */
  private propertyMoment(i: number, form: string): DangerMoment {
    const before = this.auxiliaries(i);
    const around = this.window(i);
    if (this.soonBefore(i)) return 'soon';
    if (form === 'ing' && !before.some((b) => WAS_WORD.test(b))) return 'now';
    if (this.namedAsAReportMade(i)) return 'over';
    if (before.some((b) => PASSIVE_NOW.has(b)) && !this.reportedAsAThing(i, before)) return 'now';
    if (STRONG_NOW.test(around)) return 'now';
    if (JUST.test(around) && !PAST.test(around)) return 'just';
    // "we had a break-in last week": a time gone by places it, whatever the verb's form.
    if (PAST.test(around)) return 'over';
    return form === 'ing' || form === 'past' ? 'over' : 'unsure';
  }

  /**
   * "report my phone being nicked", "where to report my car getting broken into": the theft named as the thing to
   * report (a thing of one's own, then "being" or "getting" with no "is" before it), not one going on.
   * "my phone is being nicked" and "I'm being robbed" keep their "is".
   */
  private reportedAsAThing(i: number, before: string[]): boolean {
    if (!before.some((b) => PASSIVE_NOW.has(b)) || before.some((b) => !PASSIVE_NOW.has(b) && IS_WORD.test(b))) return false;
    const start = i - before.length;
    return POSSESSIVES.has(this.words[start - 2] ?? '') && REPORTING.test(this.words.slice(0, start).join(' '));
  }

  /**
   * "my mum has already reported the break-in", "we logged a break-in with 101": the act named as a thing (a determiner
   * before it) that a report already made is about. Over, unless a moment says now, here or in another clause
   * (`readDanger` reads the others: "i reported the break-in, but they're back").
   */
  private namedAsAReportMade(i: number): boolean {
    if (!DETERMINERS_OF_AN_ACT.has(this.words[i - 1] ?? '')) return false;
    if (!this.words.slice(Math.max(0, i - 4), i - 1).some((w) => REPORT_MADE.has(w))) return false;
    this.actToldAsReported = true;
    return !STRONG_NOW.test(this.window(i));
  }

  /** The word at `at` (a character index) names a part played in a game: "cops and robbers", "playing burglars". */
  private roleInAGame(at: number): boolean {
    for (const m of this.text.matchAll(ROLES_PLAYED)) if (m.index <= at && at < m.index + m[0].length) return true;
    return false;
  }

  /** "break in", "get into my flat", "kick the door in", "smash the window": an act on a home or car. */
  private intoPremises(i: number, lemma: string): boolean {
    const after = this.words.slice(i + 1, i + 5);
    // "trashing the shop", "wrecking the flat": said of parties and cakes too ("will trash the kitchen making a cake"),
    // so only of a place or thing that is the act's own object.
    if (lemma === 'trash' || lemma === 'wreck') return this.wrecksAThingInTheStreet(i, true);
    const premises = after.some((w) => PREMISES.has(w)) || this.wrecksAThingInTheStreet(i);
    if (lemma === 'break') return after[0] === 'in' || after[0] === 'into' || (after[0] === 'down' && premises) || premises;
    // "get in touch with", "get in contact": reaching someone, not getting into a place.
    if (lemma === 'get' && after[0] === 'in' && (after[1] === 'touch' || after[1] === 'contact')) return false;
    if (lemma === 'get' || lemma === 'climb') return (after[0] === 'in' || after[0] === 'into' || after[0] === 'through' || after[0] === 'over') && (premises || after[0] === 'in');
    if (lemma === 'bang' || lemma === 'pound' || lemma === 'hammer') return (after[0] === 'on' || after[0] === 'at') && premises;
    // "someone tried our back door", not "dying to try that new place" (a restaurant): only a way in is tried.
    if (lemma === 'try') return after.some((w) => WAYS_IN.has(w)) && !after.includes('to');
    if (FORCING_ACTS.has(lemma)) return FORCED_OPEN.test(after.join(' '));
    return premises;
  }

  /** "smashing up the jewellers on the parade", "trashing the corner shop": the act's own object a shop or a street thing. */
  private wrecksAThingInTheStreet(i: number, orHome = false): boolean {
    const thing = (w: string | undefined) => w !== undefined && (WRECKED_IN_THE_STREET.has(w) || (orHome && PREMISES.has(w)));
    let k = i + 1;
    while (k < this.words.length && k <= i + 4 && BEFORE_AN_OBJECT.has(this.words[k])) k++;
    if (!thing(this.words[k])) return false;
    while (thing(this.words[k + 1])) k++;
    const next = this.words[k + 1];
    return next === undefined || AFTER_A_THING_WRECKED.has(next);
  }

  /** The verb's helpers before it, across fillers: "has just been", "is still", "keeps on". */
  private auxiliaries(i: number): string[] {
    const out: string[] = [];
    for (let j = i - 1; j >= 0 && j >= i - 4; j--) {
      const w = this.words[j];
      if (FILLERS.has(w)) {
        if (w === 'just') out.push(w);
        continue;
      }
      if (IS_WORD.test(w) || WAS_WORD.test(w) || HAVE.has(w) || PASSIVE_NOW.has(w) || PASSIVE_PAST.has(w) || w === 'been' || w === 'keeps' || w === 'keep') {
        out.push(w);
        continue;
      }
      break;
    }
    return out;
  }

  /** Seen or heard being done: "saw a man push", "can hear him hit her". */
  private seen(i: number): boolean {
    return this.words.slice(Math.max(0, i - 5), i).some((w) => PERCEIVES.has(w));
  }

  /** Someone named up to eight words before a plan to harm: "some boys in a group chat are planning to", "lads from the estate want to". */
  private personPlansIt(i: number): boolean {
    const before = this.words.slice(Math.max(0, i - 8), i);
    return this.soonBefore(i) && before.some((w) => isPerson(w) || (PERSON_PRONOUNS.has(w) && !POSSESSIVES.has(w) && w !== 'i' && w !== 'you'));
  }

  /** "going to", "about to", "will", "trying to", "threatening to" just before the verb. */
  private soonBefore(i: number): boolean {
    const start = this.actStart(i);
    const before = this.words.slice(Math.max(0, start - 5), start).filter((w) => !FILLERS.has(w) || w === 'on');
    return SOON.test(before.join(' '));
  }

  /**
   * A person just after the verb: "hitting me", "attacking my mum", "following a young girl", "beat him up". Anyone at
   * all ("hurting people", "the elderly") only with someone doing it: "the closures are hurting people" is not harm.
   */
  private personAfter(i: number): boolean {
    const after = this.words.slice(i + 1, i + 5).filter((w) => w !== 'up' && w !== 'on' && w !== 'at');
    const [first, second, third] = after;
    if (first === undefined) return false;
    let person: string | undefined;
    if ((PERSON_PRONOUNS.has(first) && !POSSESSIVES.has(first)) || first === 'her') person = first;
    else if (isPerson(first) && first !== 'drunk') person = first;
    // "smash his face in": the face's owner is hurt.
    else if (ARTICLES.has(first)) person = isPerson(second) ? second : isPerson(third) ? third : POSSESSIVES.has(first) && BODY_PARTS.has(second) ? first : undefined;
    if (person === undefined) return false;
    return GENERIC_PEOPLE.has(person) ? this.personActs(i) : true;
  }

  /** The resident (or "we") does it: "I absolutely murdered", "we've killed". */
  private residentDoes(i: number): boolean {
    const j = this.doerEnd(i);
    return j >= 0 && ['i', 'im', 'ive', 'id', 'we', 'weve', 'wed'].includes(this.words[j]);
  }

  /**
   * A thing right after the verb, no person, animal or body part among the next words: "my driving test", "that
   * exam", "the karaoke", "it", "time". Not "her" (a person), not "my nan" or "the dog".
   */
  private thingAfter(i: number): boolean {
    const [first, second, third] = this.words.slice(i + 1, i + 4);
    // "killed it", and "killing time" (waiting about).
    if (first === 'it' || first === 'time') return true;
    if (first === undefined || first === 'her' || !(ARTICLES.has(first) || first === 'that' || first === 'this' || first === 'those' || first === 'these')) return false;
    const next = [second, third].filter((w): w is string => w !== undefined);
    return next.length > 0 && !next.some((w) => isPerson(w) || ANIMALS.has(w) || PETS.has(w) || BODY_PARTS.has(w) || PERSON_PRONOUNS.has(w));
  }

  private firstPersonAfter(i: number): boolean {
    const next = this.words[i + 1] === 'up' ? this.words[i + 2] : this.words[i + 1];
    return next !== undefined && (FIRST_PERSON.has(next) || next === 'you' || next === 'your' || (POSSESSIVES.has(next) && this.personAfter(i)));
  }

  /** A small child does the act at `i` (SMALL_CHILDREN, "my 2 year old"), with a harmless thing or over a toy. */
  private smallChildsBlow(i: number, lemma: string): boolean {
    const at = this.doerEnd(i);
    const doer = this.words[at] ?? '';
    const young = SMALL_CHILDREN.has(doer) || ((doer === 'old' || doer === 'olds') && /^(?:year|years|yr|yrs|yo)$/.test(this.words[at - 1] ?? '') && /^(?:[1-4]|one|two|three|four)$/.test(this.words[at - 2] ?? ''));
    // "my baby hit me" may be a partner ("baby" as a name for one): unsure, so danger as before.
    if (!young || ((doer === 'baby' || doer === 'babe') && this.words[at - 1] === 'my')) return false;
    const after = this.words.slice(i + 1, i + 9);
    if (WEAPON.test(after.join(' ')) || IMPROVISED.test(after.join(' ')) || this.says(HURT_SAID)) return false;
    const by = after.indexOf('with');
    const over = after.findIndex((w) => w === 'over' || w === 'about');
    const things = (from: number) => (from < 0 ? [] : after.slice(from + 1, from + 5));
    // "the baby bit me", "my toddler kicked the cat": a small child's own blow, with nothing in hand.
    return things(by).some((w) => HARMLESS_IN_A_SMALL_HAND.has(w)) || things(over).some((w) => SQUABBLED_OVER.has(w)) || (by < 0 && LITTLE_BLOWS.has(lemma));
  }

  /** Where the doer's words end: the first word before the verb and its helpers ("someone is trying to", "my ex keeps"). */
  private doerEnd(i: number): number {
    const start = this.actStart(i);
    // After a coming ("he threatened to come back and stab me"), what was said or threatened stands between too.
    const between = (w: string) => BETWEEN_DOER_AND_ACT.has(w) || (start < i && THREATENED.has(w));
    let j = start - 1;
    while (j >= 0 && j >= start - 6 && between(this.words[j])) j--;
    return j;
  }

  /**
   * Where the act's phrase begins: at the act, or at a coming or going joined to it by "and" ("he will come back and
   * kill me", "they're going to come round and stab him"), so the doer and the "will" before it are the act's.
   */
  private actStart(i: number): number {
    if (this.words[i - 1] !== 'and') return i;
    let k = i - 2;
    if (MOTION_PARTICLES.has(this.words[k])) k--;
    return MOTION_VERBS.has(this.words[k]) ? k : i;
  }

  /**
   * Someone does it while on the move, the way between: "someone is going along the street pulling car door handles",
   * "a lad walking down our road trying every car door": the doer of the going.
   */
  private personActsOnTheMove(i: number): boolean {
    const before = this.words.slice(Math.max(0, i - 7), i).join(' ');
    const move = ON_THE_MOVE.exec(before);
    return move !== null && this.personActs(i - before.slice(move.index).split(' ').length);
  }

  /**
   * Someone does it: "someone is", "a man keeps", "my ex", "they", "the bloke next door is", "lads on mopeds are";
   * not "the cuts will hit residents" (the words before the verb, back to their "the", name no one).
   */
  private personActs(i: number): boolean {
    const j = this.doerEnd(i);
    if (j < 0) return false;
    const end = this.words[j];
    if ((PERSON_PRONOUNS.has(end) && !POSSESSIVES.has(end)) || end === 'theres' || end === 'who') return true;
    // "hell kill him": he'll, right before the act ("the shed will fall" names no one).
    if (CONTRACTED_DOERS.has(end) && j >= i - 2) return true;
    for (let k = j; k >= 0 && k >= j - 4; k--) {
      const w = this.words[k];
      if (isPerson(w)) return true;
      // "a man in a hoodie", "lads on mopeds": what is said of someone, after them.
      if (AFTER_SOMEONE.has(w) && isPerson(this.words[k - 1])) return true;
      // "a man in a balaclava", "two lads on a moped": the article belongs to what is said of them; read on past it.
      if (k !== j && NOUN_PHRASE_START.has(w) && !(ARTICLES.has(w) && AFTER_SOMEONE.has(this.words[k - 1] ?? ''))) break;
    }
    return false;
  }

  /** The resident does it: "I'm taking my son", "can I get into". */
  private firstPersonActs(i: number): boolean {
    const w = this.words[this.doerEnd(i)];
    return w === 'i' || w === 'im' || w === 'we' || w === 'ive' || w === 'id';
  }

  /** A person near a word: "my son is missing", "can't find my mum"; for weaker words, someone vulnerable. */
  private personNear(i: number, vulnerableOnly: boolean): boolean {
    const near = this.words.slice(Math.max(0, i - 10), i + 6);
    if (vulnerableOnly) return near.some((w) => VULNERABLE.has(w));
    return near.some((w) => isPerson(w) || ['he', 'she', 'him', 'her', 'they', 'them', 'hes', 'shes'].includes(w) || VULNERABLE.has(w));
  }

  /** "not", "nobody", "didn't" just before: "nobody was hurt", "he didn't hit me". */
  private negated(i: number): boolean {
    const before = this.words.slice(Math.max(0, i - 3), i);
    const undoes = (w: string, k: number) => NEGATORS.has(w) && !NOT_UNDOING.has(before[k + 1] ?? this.words[i]);
    return before.some(undoes) && !before.includes('wont') && !/\b(?:cant|dont) (?:stop|leave)\b/.test(before.join(' '));
  }

  private window(i: number, before = 6, after = 8): string {
    return this.words.slice(Math.max(0, i - before), i + after + 1).join(' ');
  }

  /** The word a character of the text is in: the spaces before it. */
  private wordAt(index: number): number {
    let spaces = 0;
    for (let k = 0; k < index; k++) if (this.text.charCodeAt(k) === 32) spaces++;
    return spaces;
  }
}

/** A body's sign that is a state, not an event: "can't get up", "not moving", "unconscious" (not "collapsed"). */
const STATE_NOW = /^(?:cant|cannot|can not|unable|not|isnt|wont|will not|unconscious|unresponsive|lying|bleeding|choking|struggling|dying)\b/;
/** What follows a time gone by when the story moves to now: "last year and now", "in 2019, but right now" (not "and now he's fine"). */
const AND_NOW = /^ (?:(?:and|but|so) )?(?:now|right now|currently|at the moment)\b(?! (?:(?:hes|shes|theyre|im|were|its|he is|she is|they are|i am|we are|it is|all|everyones|everything is) )?(?:(?:totally|completely|absolutely|all|much|a lot|so much) )?(?:fine|ok|okay|alright|all right|better|recovered|healthy|good|well|doing (?:fine|well|better|ok|okay|great|good)|back to normal)\b)/;


function isPerson(word: string | undefined): boolean {
  if (word === undefined) return false;
  return PERSON_NOUNS.has(word) || (word.endsWith('s') && PERSON_NOUNS.has(word.slice(0, -1)));
}
