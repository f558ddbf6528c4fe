/**
 * Turning whatever arrived into words the rules can read: markup, control
 * characters and emoji removed, lower-case, apostrophes dropped ("what's" ->
 * "whats"), "24/7"-style phrases made one word, keyword typos corrected.
 * Never throws, whatever the input.
 */
import { BREAK_IN_ACTS, COMMON_WORDS, THEFT_ACTS, verbForms, wordTable } from './lexicon';
import { correctTypo } from './typos';
import { ALL_LONDON_AREAS } from '../stations/postcodes';

/** Longer than this is a letter, not a chat message: out of scope (after the emergency check). */
export const MAX_MESSAGE_LENGTH = 1000;
/** Read at most this much of any input, so a huge paste costs no more than a long message. */
export const MAX_READ_LENGTH = 20000;

/** The one word that stands for "open 24 hours" in all its spellings. */
export const ROUND_THE_CLOCK = 'roundtheclock';

export interface Message {
  /** Sanitised text as written (case and accents kept): for guessing the language. */
  original: string;
  /** Lower-case words, accents dropped, typos of keywords corrected: what the rules read. */
  words: string[];
  /** `words` joined by single spaces. */
  text: string;
  /** Longer than MAX_MESSAGE_LENGTH once sanitised. */
  tooLong: boolean;
  /** The input had something in it (markup, emoji) even if no words survive. */
  hadContent: boolean;
}

const ENTITIES = wordTable({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', '#39': "'" });

// sanitise's replacements, in the order it makes them.
const SCRIPT_OR_STYLE_ELEMENT = /<(script|style)\b[^>]{0,500}>[\s\S]{0,5000}?<\/\1\s*>/gi;
const MARKUP_TAG = /<\/?[a-z!][^<>]{0,500}>/gi;
const HTML_ENTITY = /&(amp|lt|gt|quot|apos|nbsp|#39);/gi;
const CONTROL_OR_INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u00ad\u200b-\u200f\u2028\u2029\u2060-\u206f\ufeff]/g;
const WHITESPACE_RUN = /\s+/g;

/** Markup, control and invisible characters out; whitespace collapsed. */
export function sanitise(input: unknown): string {
  if (typeof input !== 'string') return '';
  let t = input.length > MAX_READ_LENGTH ? input.slice(0, MAX_READ_LENGTH) : input;
  t = t.replace(SCRIPT_OR_STYLE_ELEMENT, ' ');
  t = t.replace(MARKUP_TAG, ' ');
  t = t.replace(HTML_ENTITY, (_m, e: string) => ENTITIES.get(e.toLowerCase()) ?? ' ');
  t = t.replace(CONTROL_OR_INVISIBLE, ' ');
  return t.replace(WHITESPACE_RUN, ' ').trim();
}

const TWENTY_FOUR_SEVEN_IN_DIGITS = /(?<![a-z0-9])24\s*(?:\/|x|-|\s|\\)\s*7(?![0-9])/g;
const TWENTY_FOUR_HOURS_IN_DIGITS = /(?<![a-z0-9])24\s*-?\s*(?:h|hr|hrs|hour|hours|houre)(?![a-z])/g;
const TWENTY_FOUR_IN_WORDS = /\btwenty[\s-]*four[\s-]*(?:hours?|hrs?|seven|7)\b/g;
// "are any counters open at night" of counters in general: after 22:00 only the 24-hour ones are, so it asks for them
// (one counter asked, "is walworth open at night", keeps its late hours).
const OPEN_AT_NIGHT = /(?<=\b(?:stations|counters|desks|ones|any|anywhere|anything)\b(?: [a-z]+){0,4} open (?:still |even )?)(?:at|during the|in the|late at|through the) (?:night|nite)\b/g;
const ROUND_THE_CLOCK_PHRASES = /\b(?:round the clock|around the clock|day and night|night and day|all (?:night|nite)|overnight|through the (?:night|nite)|middle of the (?:night|nite)|all hours)\b/g;

/** A theft or break-in told as done, then up to four words: "broken into overnight", "nicked off my drive overnight". */
const DONE_TO_A_THING = new RegExp(
  `\\b(?:${[...verbForms([...THEFT_ACTS, ...BREAK_IN_ACTS, 'happen', 'vandalise', 'key', 'slash'])].filter(([, v]) => v.form === 'past').map(([w]) => w).join('|')})(?: [a-z]+){0,4} $`,
  'i',
);

/**
 * A night something went on, after what went on: "the dog barked all night", "kept me up all night", "partying
 * through the night" (not "open all night", "staffed overnight", which ask of opening).
 */
const WENT_ON_THROUGH = /\b(?:[a-z]{3,}(?:ed|ing)|kept|was|were|been|went|slept|sat|stood|ran|lay|woke|up|awake|out)(?: [a-z]+){0,3} $/i;
const OPENING_BEFORE = /\b(?:open|opened|opening|opens|closed|closes|closing|close|shut|shuts|staffed|manned|working|running|operating|operates|runs|works|stays|stay|staying|stayed)(?: [a-z]+)? $/i;
const A_NIGHT_THROUGH = /^(?:all (?:night|nite)|overnight|through the (?:night|nite))$/i;

/** "overnight" as when a theft or break-in happened ("car broken into overnight"), "all night" as how long something went on. */
function roundTheClockOrWhenItHappened(phrase: string, at: number, t: string): string {
  const before = t.slice(Math.max(0, at - 60), at);
  if (phrase.toLowerCase() === 'overnight' && DONE_TO_A_THING.test(before)) return phrase;
  if (A_NIGHT_THROUGH.test(phrase) && WENT_ON_THROUGH.test(before) && !OPENING_BEFORE.test(before)) return phrase;
  return ` ${ROUND_THE_CLOCK} `;
}

/** "24/7", "24hr", "24-hour", "round the clock" ... -> one word, before punctuation is lost. */
function markRoundTheClock(t: string): string {
  return t
    .replace(TWENTY_FOUR_SEVEN_IN_DIGITS, ` ${ROUND_THE_CLOCK} `)
    .replace(TWENTY_FOUR_HOURS_IN_DIGITS, ` ${ROUND_THE_CLOCK} `)
    .replace(TWENTY_FOUR_IN_WORDS, ` ${ROUND_THE_CLOCK} `)
    .replace(ROUND_THE_CLOCK_PHRASES, roundTheClockOrWhenItHappened)
    .replace(OPEN_AT_NIGHT, ` ${ROUND_THE_CLOCK} `);
}

// Years said in words or cut short: "twenty seventeen", "two thousand and thirteen", "in '17" (the closures' years).
const TEENS = ['ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const UNITS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const YEAR_IN_WORDS = new RegExp(`\\b(?:twenty|two thousand(?: and)?) (${TEENS.join('|')}|twenty(?:[ -](?:${UNITS.join('|')}))?)\\b`, 'g');
const YEAR_CUT_SHORT = /\b(in|since|during|of|before|after|from|until|till) '([0-2]\d)\b/g;

/**
 * A year cut to two bare digits after "in" or "during" at the end or before "than", "and", "vs" ("did any
 * counters close in 17", "how many stations were there in 19", "were there more in 17 than now"): the year, only where
 * the words speak of the past (else "open in 10" may be minutes).
 */
const BARE_YEAR_CUT_SHORT = /\b(in|during) (1\d|2[0-6])(?= ?(?:$|[?.!,]|than\b|and\b|vs\b|versus\b|compared\b|or\b))/g;
const SPEAKS_OF_THE_PAST = /\b(?:was|were|did|had|closed|shut down|lost|used to|back in|reopened|opened)\b/;

/** "twenty seventeen" -> "2017", "in '17" -> "in 2017". */
function markYears(t: string): string {
  return t
    .replace(YEAR_IN_WORDS, (_m, rest: string) => {
      const teen = TEENS.indexOf(rest);
      if (teen >= 0) return String(2010 + teen);
      const unit = UNITS.indexOf(rest.replace(/^twenty[ -]?/, ''));
      return String(2020 + (unit >= 0 ? unit + 1 : 0));
    })
    .replace(YEAR_CUT_SHORT, '$1 20$2');
}

// readWords' replacements, in the order it makes them (compiled once: a pattern written in a function is a new object each call).
const NOT_ASCII = /[^\u0000-\u007f]/;
const COMBINING_ACCENTS = /[\u0300-\u036f]/g;
const APOSTROPHE_LOOKALIKES = /[\u2018\u2019\u02bc\u00b4`]/g;
const APOSTROPHE_INSIDE_A_WORD = /(\p{L})'(\p{L})/gu;
const APOSTROPHE = /'/g;
const WE_ARE = /\bwe're\b/g;
const AMPERSAND = /&/g;
/** "@StationDesk", typed as a Teams-style mention in a chat that does not strip it: addresses the bot, asks nothing. */
const MENTION_OF_THE_BOT = /@\s?(?:station ?desk|bot)\b/g;
const AT_SIGN = /@/g;
const OLD_BILL = /\bold bill\b/g;
const DOT_BETWEEN_DIGITS = /(\d)\.(\d)/g;
const NOT_LETTERS_DIGITS_OR_SEPARATORS = /[^\p{L}\p{N}:/]+/gu;
const SEPARATOR_NOT_BETWEEN_DIGITS = /(?<!\d)[:/]|[:/](?!\d)/g;

/** Words that only stress a question ("who actually runs this", "are you really a bot", "is it even open"). */
const HEDGES: ReadonlySet<string> = new Set(['actually', 'exactly', 'really', 'even', 'honestly', 'genuinely', 'truly']);
/** What a stressing word follows in a question: a question word or an auxiliary, maybe with its subject. */
const ASKS: ReadonlySet<string> = new Set(
  'who what whats when where wheres why how which is are was were do does did can could will would should has have isnt arent doesnt didnt wont cant'.split(' '),
);
const SUBJECTS: ReadonlySet<string> = new Set('you u it this that they he she we i there'.split(' '));

/** The question's words without its stress: "who actually runs this bot" reads as "who runs this bot". */
function withoutStress(words: string[]): string[] {
  if (!words.some((w) => HEDGES.has(w))) return words;
  return words.filter((w, k) => !(HEDGES.has(w) && k > 0 && (ASKS.has(words[k - 1]) || (k > 1 && SUBJECTS.has(words[k - 1]) && ASKS.has(words[k - 2])))));
}

/** "st" and "rd" as typed at the end of a street's name ("liverpool st", "edgware rd"): the words they stand for. */
const STREET_SHORT: ReadonlyMap<string, string> = new Map([
  ['st', 'street'],
  ['rd', 'road'],
]);
/** Words a street's name does not end on: before "st" they make it a saint's ("near st pauls", "is st johns wood open"). */
const NOT_A_NAME = new Set(
  'a an the at near nr in on to of off by from for via past opposite around round behind outside inside next and or but so im i me my its go get going gone live living work working'.split(' '),
);

/**
 * A street's name typed short, "X st" or "X rd", spelled out, so the station search and the place finder read it as they
 * read the whole name ("im at liverpool st", "is church st open", "preston rd"). "st" before a name is a saint's and stays
 * ("st pauls", "kings cross st pancras"): only before the end, a common word or another short form is it the street.
 */
function streetNamesSpelledOut(words: string[]): string[] {
  if (!words.some((w) => STREET_SHORT.has(w))) return words;
  return words.map((w, k) => {
    const full = STREET_SHORT.get(w);
    if (full === undefined || k === 0) return w;
    const before = words[k - 1];
    if (NOT_A_NAME.has(before) || ASKS.has(before) || SUBJECTS.has(before) || !/^\p{L}+$/u.test(before)) return w;
    const after = words[k + 1];
    return w === 'rd' || after === undefined || COMMON_WORDS.has(after) ? full : w;
  });
}

const HOWS_FAR = /\bhow ?s far\b/g;

/** What comes before "yr" when it is a year ("last yr", "this yr", "2 yrs ago", "a few yrs"): elsewhere "yr" is "your". */
const COUNTS_A_YEAR = /^(?:\d{1,3}|a|last|this|next|past|few|couple|one|two|three|four|five|six|seven|eight|nine|ten|several|many)$/;

/** "yr" and "yrs" as years where a number or "last"/"this" comes before them: "any closures last yr", "in the last 2 yrs". */
function yearsSpelledOut(words: string[]): string[] {
  if (!words.some((w) => w === 'yr' || w === 'yrs')) return words;
  return words.map((w, k) => ((w === 'yr' || w === 'yrs') && k > 0 && COUNTS_A_YEAR.test(words[k - 1]) ? (w === 'yr' ? 'year' : 'years') : w));
}

/** Lower-case words with typos of keywords corrected. */
export function readWords(text: string): string[] {
  // ASCII is its own NFKD form with no accents to drop, and a text without an apostrophe has none to join words over: most messages skip those steps.
  let t = (NOT_ASCII.test(text) ? text.normalize('NFKD').replace(COMBINING_ACCENTS, '') : text).toLowerCase();
  t = t.replace(APOSTROPHE_LOOKALIKES, "'");
  if (t.includes('twenty') || t.includes('thousand') || t.includes("'")) t = markYears(t);
  if (SPEAKS_OF_THE_PAST.test(t) && /\d/.test(t)) t = t.replace(BARE_YEAR_CUT_SHORT, '$1 20$2');
  // "we're" would join into "were", the past: said whole, it stays the present ("we're being followed").
  if (t.includes("'")) t = t.replace(WE_ARE, 'we are').replace(APOSTROPHE_INSIDE_A_WORD, '$1$2').replace(APOSTROPHE, ' ');
  t = t.replace(AMPERSAND, ' and ').replace(MENTION_OF_THE_BOT, ' ').replace(AT_SIGN, ' at ');
  t = markRoundTheClock(t);
  // London slang for the police that is two words: "the old bill".
  t = t.replace(OLD_BILL, 'police');
  // "hows far is it", "how's far from w6": a distance asked, as "how far" (the "'s" is no "is" here).
  t = t.replace(HOWS_FAR, 'how far');
  t = t.replace(DOT_BETWEEN_DIGITS, '$1:$2');
  t = t.replace(NOT_LETTERS_DIGITS_OR_SEPARATORS, ' ');
  t = t.replace(SEPARATOR_NOT_BETWEEN_DIGITS, ' ');
  return yearsSpelledOut(streetNamesSpelledOut(
    withoutStress(
      t
        .split(' ')
        .filter((w) => w !== '')
        .map(correctTypo),
    ),
  ));
}

/** Emoji that tell of danger, read as the words they stand for ("theres a man with a 🔪 outside", "🆘"). */
const DANGER_EMOJI: ReadonlyMap<string, string> = new Map([
  ['\u{1f52a}', 'knife'],
  ['\u{1f5e1}', 'knife'],
  ['\u{1f52b}', 'gun'],
  ['\u{1f198}', 'sos'],
  ['\u{1fa78}', 'blood'],
  ['\u{1f4a3}', 'bomb'],
  ['\u{1f691}', 'ambulance'],
]);
const FIRE_EMOJI = '\u{1f525}';
const DANGER_EMOJI_ANY = /[\u{1f52a}\u{1f5e1}\u{1f52b}\u{1f198}\u{1fa78}\u{1f4a3}\u{1f691}\u{1f525}]/u;
const DANGER_EMOJI_ALL = new RegExp(DANGER_EMOJI_ANY.source, 'gu');
/**
 * Where 🔥 is a fire: said with a home, a building or a plea ("my house 🔥", "🔥 next door help"). Anywhere else it is
 * praise ("that tune 🔥🔥"), as people text it.
 */
const WHERE_FIRE_BURNS =
  /\b(?:house|home|flat|kitchen|building|block|next door|nextdoor|upstairs|downstairs|stairs|stairwell|landing|hallway|bedroom|room|garage|shed|garden|car|van|bin|bins|shop|roof|tower|street|road|estate|help|sos|999|emergency|fire brigade|smoke|burning|trapped|alarm)\b/i;

/** The danger emoji of a message as words, and 🔥 as "fire" where it burns; the other emoji stay for the small-talk reading. */
function dangerEmojiAsWords(text: string): string {
  if (!DANGER_EMOJI_ANY.test(text)) return text;
  const burns = text.includes(FIRE_EMOJI) && WHERE_FIRE_BURNS.test(text);
  return text.replace(DANGER_EMOJI_ALL, (emoji) => (emoji === FIRE_EMOJI ? (burns ? ' fire ' : emoji) : ` ${DANGER_EMOJI.get(emoji)} `)).replace(WHITESPACE_RUN, ' ').trim();
}

/**
 * A London postcode sent alone with a space typed inside its district ("e 17", "se 15 4", "N 1 7PB"), as a phone's
 * keyboard may: the district joined up ("e17"). Only the whole message, and only London's postcode areas.
 */
function postcodeSpacedOut(original: string, words: string[]): string[] {
  if (!/^[a-z]{1,2}\s+\d[\sa-z\d]*[.!?]?$/i.test(original.trim()) || words.length < 2 || words.length > 4 || !ALL_LONDON_AREAS.has(words[0].toUpperCase())) return words;
  const joined = [`${words[0]}${words[1]}`, ...words.slice(2)].join(' ');
  return /^[a-z]{1,2}\d[a-z\d]?(?: \d(?:[a-z]{2})?| \d [a-z]{2})?$/.test(joined) ? joined.split(' ') : words;
}

/**
 * A two-letter London district typed with a space inside it, after a word that says where or a landmark's last word
 * ("nearest police to se 5", "im in sw 9 whats open", "ruskin park se 5"): joined up ("se5"). Two letters only ("n 16" may be "and 16"), and only London's areas.
 */
const SAYS_WHERE = new Set(['to', 'in', 'near', 'at', 'around', 'by', 'from', 'park', 'common', 'museum', 'market', 'estate', 'road', 'street', 'lane']);
function districtSpacedOutInASentence(words: string[]): string[] {
  let out = words;
  for (let i = 1; i < out.length - 1; i++) {
    const w = out[i];
    if (w.length === 2 && /^[a-z]{2}$/.test(w) && ALL_LONDON_AREAS.has(w.toUpperCase()) && /^\d{1,2}$/.test(out[i + 1]) && SAYS_WHERE.has(out[i - 1])) {
      // A copy the first time only: the words read are left as they were.
      if (out === words) out = [...words];
      out.splice(i, 2, `${w}${out[i + 1]}`);
    }
  }
  return out;
}

export function readMessage(input: unknown): Message {
  const raw = typeof input === 'string' ? input : '';
  const original = dangerEmojiAsWords(sanitise(raw));
  const words = districtSpacedOutInASentence(postcodeSpacedOut(original, readWords(original.slice(0, MAX_READ_LENGTH))));
  return {
    original,
    words,
    text: words.join(' '),
    tooLong: original.length > MAX_MESSAGE_LENGTH,
    hadContent: raw.trim() !== '',
  };
}
