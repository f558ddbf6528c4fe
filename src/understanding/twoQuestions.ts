/**
 * Two questions in one message: "Is Ealing's closed and where's the nearest
 * open one?", "Address of Croydon and is it open Sunday?", "is wembley open
 * now, if not where can I go". The message is split at a joining word only
 * where both halves read as questions on their own; the second is read after
 * the first (so "...and is it open Sunday?" takes the first half's place),
 * and "where's the nearest" after a counter is measured from that counter.
 */
import { nextContext } from './context';
import { ASKS_SOMETHING, ASKS_WHICH, JOINS_TWO_QUESTIONS, THEN_AND_NOW, globally } from './lexicon';
import { readMessage, type Message } from './message';
import type { ConversationContext, Intent, PlaceMention, Question } from './question';

/** Reads one half as a question of its own, in the conversation given. */
export type ReadHalf = (text: string, context: ConversationContext) => Question;

/** What each half may be: a question StationDesk answers, not small talk, a bare place or out of scope. */
const ANSWERABLE: ReadonlySet<Intent> = new Set<Intent>([
  'hours', 'open-now', 'status', 'address', 'history', 'past', 'nearest', 'borough-desks', 'alternatives',
  'list-24x7', 'closures-list', 'plans', 'service', 'non-emergency-contact', 'report-crime', 'anonymous-report', 'interpreter',
]);

/** Counters counted or named in the plural: with a time gone by and now side by side, one count asked. */
const COUNTERS_COUNTED = /\b(?:how many|number of|stations|counters|desks|nicks)\b/;

/** Closures asked ("how many closed in 2017 and how many now"): the closures, then the count now, two questions. */
const CLOSURES_ASKED = /\b(?:closed|closures?|closing|shut|lost)\b/;

/**
 * A counter's closure said, not asked: "sutton is closed", "walworths shut", "the one in catford has closed down",
 * "brixton shut down apparently". Not a question begun with its verb or a question word ("is sutton closed").
 */
const CLAIM_OF_A_STATE =
  /^(?!(?:is|are|was|were|does|do|did|has|have|can|could|will|would|when|what|whats|where|which|who|why|how|and|if|but|or)\b)(?:the one (?:in|at) |the )?[a-z' ]{2,40}? (?:(?:is|was|s|has|have|has been|is now|now|got|apparently|already|just|been) )*(?:closed|shut|shutting|closing)(?: (?:down|now|today|already|for good|permanently|anyway|apparently))*$/;

/** The first half asks of a counter's state: "is croydon open", "is brixton shut today". */
const ASKS_OPEN_OR_CLOSED = /\b(?:open|opened|closed|shut|closing|shutting)\b/;

/** More words than this is a story, not two questions. */
const MAX_WORDS = 30;

const placeOf = (q: Question): PlaceMention | null | undefined => ('place' in q ? q.place : undefined);

/** The two questions, or null when the message is one question (or not two that can be told apart). */
export function readTwoQuestions(words: readonly string[], context: ConversationContext, readHalf: ReadHalf, message?: Message): [Question, Question] | null {
  if (words.length > MAX_WORDS) return null;
  const text = words.join(' ');
  // "how many stations in 2017 and how many now": one count then against now, not two questions.
  if (THEN_AND_NOW.test(text) && COUNTERS_COUNTED.test(text) && !CLOSURES_ASKED.test(text)) return null;
  for (const { first, second, join } of splits(text, words, message)) {
    // Before an aside: "which is" alone reads as nothing StationDesk answers, yet after "if not" it asks where else.
    const elsewhere = CONDITIONAL_JOIN.test(join) ? ifNotWhereElse(first, second, context, readHalf) : null;
    if (elsewhere) return elsewhere;
    const aside = withAnAside(first, second, context, readHalf);
    if (aside) return aside;
    // "is croydon open? sutton is closed": the second half says another counter's state, it does not ask it; the message is
    // one question with a claim beside it (answered first, the claim then checked), not "No, Sutton is open" as if asked.
    // Only where the first half asks whether a counter is open or closed, which is how the whole is then read.
    if (ASKS_OPEN_OR_CLOSED.test(first) && CLAIM_OF_A_STATE.test(second) && !/\?\s*$/.test(message?.original ?? '')) return null;
    if (!asksSomething(first) || !asksSomething(second)) continue;
    const q1 = readHalf(first, context);
    if (!answerable(q1, first)) continue;
    // "the police stations in east london and their hours": the list's own hours or addresses, one question.
    if (LISTS.has(q1.intent) && OF_THE_LIST.test(second)) return null;
    let q2 = readHalf(second, nextContext(q1, context));
    // "whats the nearest to SE15 and which ones are 24 hours": counters asked of in the plural, London's as a whole when
    // the half names no place of its own, not the first half's place again.
    if (OF_LONDONS_COUNTERS.test(second) && placeOf(q2)?.fromContext) {
      const alone = readHalf(second, context);
      if (LONDON_WIDE.has(alone.intent) || (ANSWERABLE.has(alone.intent) && placeOf(alone) === undefined)) q2 = alone;
    }
    if (!answerable(q2, second) || JSON.stringify(q1) === JSON.stringify(q2)) continue;
    // "was lewisham 24 hours back in 2017 and is it now": one counter then and now, one question (the past, with now).
    if (thenAndNowOfOne(q1, q2)) return null;
    q2 = fromTheFirstPlace(q2, placeOf(q1));
    // "is bromley open at 11pm, if not whats the nearest open one": open at the moment the first half asked of, not now.
    if (CONDITIONAL_JOIN.test(join)) q2 = atTheFirstMoment(q2, q1);
    return [q1, q2];
  }
  return null;
}

/**
 * Where the message may be two questions: at each joining word ("and", "if not"), and where a question mark ends the
 * first as typed ("is brixton open? how many stations are there in london"), in the order they come.
 */
function splits(text: string, words: readonly string[], message: Message | undefined): { first: string; second: string; at: number; join: string }[] {
  // "the difference between walworth and brixton", "both ilford and romford": the "and" joins a pair, not two questions.
  const out = [...text.matchAll(globally(JOINS_TWO_QUESTIONS))].filter((join) => !A_PAIR_BEGUN.test(text.slice(0, join.index))).map((join) => ({
    first: text.slice(0, join.index).trim(),
    second: text.slice((join.index ?? 0) + join[0].length).trim(),
    at: join.index ?? 0,
    join: join[0],
  }));
  if (message && /\?\s*\S/.test(message.original)) {
    let at = 0;
    for (const sentence of message.original.split(/\?+/).slice(0, -1)) {
      at += readMessage(sentence).words.length;
      if (at <= 0 || at >= words.length) continue;
      const first = words.slice(0, at).join(' ');
      // A question mark where a joining word already splits ("is it open? and where is it") is that split.
      if (!out.some((o) => o.first === first || o.first === first.replace(/ (?:and|also|plus)$/, ''))) out.push({ first, second: words.slice(at).join(' '), at: first.length, join: '' });
    }
  }
  return out.sort((a, b) => a.at - b.at);
}

/** A join that makes the second question hang on the first's answer: "if not", "if its closed", "otherwise", "or else". */
const CONDITIONAL_JOIN = /^(?:and if|if|otherwise|or else|or if not)\b/;

/**
 * Where else, asked short after "if not": "where is", "which is", "where can i go then", "where else", "whats open",
 * "any others", "the next nearest": the nearest counter open when the first half asked, from the counter asked of.
 */
const WHERE_ELSE_SHORT =
  /^(?:then )?(?:(?:where|which|what)(?: one| ones| station| counter| police station)?(?: (?:is|s|are|r|will be|would be))?|where (?:can|do|should|could|would|shall) (?:i|we|u|you) go|(?:whats|wheres|which s) (?:open|the alternative|the next one|next)|(?:any|anywhere|somewhere) (?:else|other|others|other ones?|nearby|open)|(?:the |whats the |wheres the )?(?:next|nearest|closest)(?: (?:one|open one|alternative|option))?)(?: (?:open|else|then|instead|nearby|near by|near me|close by|pls|please))*$/;

/**
 * "is bromley open now, if not where is", "is brixton open on sunday? if not which is": the counter's state, then the
 * nearest counter open at that moment to it, as "if not whats the nearest open one" is read. Before, "where is" was read
 * as the counter's address and "which is" not at all.
 */
function ifNotWhereElse(first: string, second: string, context: ConversationContext, readHalf: ReadHalf): [Question, Question] | null {
  if (!WHERE_ELSE_SHORT.test(second)) return null;
  const q1 = readHalf(first, context);
  const place = placeOf(q1);
  if (!ASKED_OPEN.has(q1.intent) || !place || place.result.status !== 'found') return null;
  return [q1, atTheFirstMoment({ intent: 'nearest', place: { ...place, fromContext: true }, desk: 'open-now' }, q1)];
}

/** Questions of whether a counter is open, which "if not" hangs on. */
const ASKED_OPEN: ReadonlySet<Intent> = new Set<Intent>(['open-now', 'status', 'hours']);

/** The nearest open desk asked after "if not": at the moment the first half asked of (a time or a day), when it named one. */
function atTheFirstMoment(q2: Question, q1: Question): Question {
  const when = 'when' in q1 ? q1.when : undefined;
  if (q2.intent !== 'nearest' || q2.desk !== 'open-now' || q2.when || !when || when.kind === 'now' || when.kind === 'week') return q2;
  return { ...q2, when };
}

/** Words before an "and" that begin a pair it ends: "between walworth", "both ilford". */
const A_PAIR_BEGUN = /\b(?:between|both)(?: \S+){1,4} ?$/;

/** A half asking of counters in the plural ("which ones are 24 hours", "how many are there"): London's, unless it names a place. */
const OF_LONDONS_COUNTERS = /^(?:and )?(?:which|what|how many)(?: police)? (?:ones|stations|counters|desks|front counters|front desks|police stations|nicks)\b|^(?:and )?how many (?:are|r) (?:there|left|open)\b/;

/**
 * "what's the weather and is brixton open", "tell me a joke and the hours for lewisham", "is croydon open and who won
 * the football": a counter question beside one StationDesk cannot answer. The counter question is answered first, then
 * one line says the other half is not for this bot (it was dropped silently). The other half must ask or bid
 * ("what's", "who", "tell me"), so a story told before a question ("i was at the match and ...") is not answered as asked.
 */
function withAnAside(first: string, second: string, context: ConversationContext, readHalf: ReadHalf): [Question, Question] | null {
  for (const [asked, other] of [[first, second], [second, first]] as const) {
    if (!ASKS_OR_BIDS.test(other) || REMARK_AS_A_QUESTION.test(other) || other.split(' ').length < 2 || asked.split(' ').length < 2) continue;
    const q = readHalf(asked, context);
    if (!answerable(q, asked)) continue;
    // Read after the counter question, so "...and is it 24 hours" is that counter's, not another topic.
    const aside = readHalf(other, nextContext(q, context));
    if (aside.intent !== 'out-of-scope' || (aside.reason !== 'unrelated' && aside.reason !== 'joke')) continue;
    return [q, { intent: 'out-of-scope', reason: aside.reason, alongside: true }];
  }
  return null;
}

/** Questions whose answer lists counters with their hours and addresses. */
const LISTS: ReadonlySet<Intent> = new Set<Intent>(['open-list', 'list-24x7', 'borough-desks', 'closures-list']);
/** A half asked of a list just named: "their hours", "what times they open", "the addresses". */
const OF_THE_LIST = /^(?:(?:what|whats|what are) )?(?:their|the|its|there|thier) (?:opening )?(?:hours|times|opening times|addresses|address|locations?)(?: (?:are|is|please|pls))?$|^(?:when|what time|what times) (?:they|do they|are they) (?:open|close|shut)$/;

/** A remark put as a question, not a bid to the bot: "did you see the news about ...", "have you heard", "you know the ...". */
const REMARK_AS_A_QUESTION = /^(?:did you (?:see|hear|read|catch|watch)|have you (?:seen|heard|read)|you know|do you remember|remember|can you believe)\b/;

/** A half that asks or bids: a question word or a request at its start ("whats the weather", "tell me a joke"). */
const ASKS_OR_BIDS = /^(?:what|whats|who|whos|when|where|how|why|which|is|are|will|can|could|would|do|does|did|tell|give|show|sing|write|recommend|play|any)\b/;

/**
 * A half StationDesk answers. The open counters are a half of their own only when asked as a question ("which are still
 * open"); "list every front counter and its hours" is one request, not a list and "its hours".
 */
function answerable(q: Question, half: string): boolean {
  // "i was mugged two years ago": a crime told is the story before a question, not a question about reporting it.
  if (q.intent === 'report-crime' && !A_QUESTION_ABOUT_REPORTING.test(half)) return false;
  // "... and is there parking": a counter's building asked about (parking, access), answered that the data does not say.
  return ANSWERABLE.has(q.intent) || (q.intent === 'open-list' && ASKS_WHICH.test(half)) || (q.intent === 'place-only' && q.about !== undefined);
}

/** A half that asks about reporting, not only tells of a crime. */
const A_QUESTION_ABOUT_REPORTING = /\b(?:report|reporting|how|where|who|what|whats|can|could|should|shall|do i|do we|need to|want to|crime reference|reference number)\b/;

function asksSomething(half: string): boolean {
  return half.split(' ').length >= 2 && ASKS_SOMETHING.test(half);
}

/** A counter at a time gone by, then the same counter now ("... and is it now", "and is it open now"). */
function thenAndNowOfOne(q1: Question, q2: Question): boolean {
  const place = placeOf(q2);
  return q1.intent === 'past' && q1.asked.kind === 'period' && (q2.intent === 'open-now' || q2.intent === 'hours' || q2.intent === 'status') && place?.fromContext === true;
}

/** "where's the nearest" / "where can I go" after a counter: from that counter. */
function fromTheFirstPlace(q: Question, place: PlaceMention | null | undefined): Question {
  if ((q.intent !== 'nearest' && q.intent !== 'alternatives') || q.place || !place || place.result.status !== 'found') return q;
  return { ...q, place: { ...place, fromContext: true } };
}

/** A word that begins a question anywhere after a story: "... tongue whats open 24h", "... any 24 hour desks". */
const ASKING_WORDS: ReadonlySet<string> = new Set(['whats', 'wheres', 'hows', 'any', 'anywhere']);
/**
 * Words that begin a question only where a clause begins ("... last night. is acton still open"), not mid-sentence ("my
 * dads hair has gone grey", "a thriller where the detective walks in").
 */
const ASKING_AT_A_CLAUSE: ReadonlySet<string> = new Set(['is', 'are', 'isnt', 'does', 'do', 'has', 'have', 'can', 'could', 'will', 'what', 'when', 'which', 'where', 'how']);
/** Words that point back into the story ("a robbery in ilford, is the police station there open"): read whole. */
const POINTS_BACK = /\b(?:it|its|there|that|they|them|this)\b/;
/** Words after which a question word begins what is known or said, not a question: "he knows where the station is". */
const KNOWING: ReadonlySet<string> = new Set(['know', 'knows', 'knew', 'tell', 'tells', 'told', 'ask', 'asks', 'asked', 'sure', 'remember', 'forgot', 'forget', 'see', 'saw', 'said', 'says', 'wonder', 'idea', 'out', 'find', 'found', 'show', 'showed', 'matter', 'care', 'thats', 'is', 'was']);
/** "i just want to know if", "can you tell me whether", "just wondering if", "(now) curious": the question follows. */
const WANTS_TO_KNOW = /^(?:(?:and|so|but) )?(?:now )?(?:i (?:just |only |really )?(?:want|wanted|wanna|need|needed|would like|d like) to know|(?:just|only) (?:want|wanted|wanna) to know|(?:can|could) you tell me|just wondering|(?:im |i m |i am )?(?:just |only )?curious(?: to know)?|out of (?:pure )?curiosity|(?:i )?was (?:just )?wondering)(?: if| whether)? /;
/** A story that names a counter is read whole, with its question. */
const COUNTER_WORDS = /\b(?:police|station|stations|counter|counters|desk|desks|nick|cop|cops)\b/;
/** A time ahead or now in the story belongs to the question ("next bank holiday, is romford open"): read whole. */
const A_TIME_AHEAD = /\b(?:today|tonight|tomorrow|tmrw|next|now|later|this (?:week|weekend|morning|afternoon|evening)|(?:mon|tues|wednes|thurs|fri|satur|sun)days?|weekend|bank holiday|christmas|xmas|easter|new year|boxing day|\d{1,2}(?::\d\d)? ?(?:am|pm)|noon|midnight)\b/;
/** Clauses as typed: punctuation, a dash between words, or an emoji. */
const CLAUSES = /[.,;!?\n]+|\s[-–—]\s|\p{Extended_Pictographic}/u;
/** Fewest words a story takes before its question ("my cat knocked my tea over"). */
const STORY_WORDS = 3;
/**
 * Questions whose answer is the same whoever asks: a counter's hours, state, address or past, the nearest, the lists.
 * Not how to contact the police or what the service offers, where the story may be the point ("my mum is hard of
 * hearing, how can she contact the police").
 */
/** Questions of London's counters as a whole: asked after a crime told, the story gives them nothing. */
const LONDON_WIDE: ReadonlySet<Intent> = new Set<Intent>(['list-24x7', 'closures-list', 'open-list']);
const STANDS_ALONE: ReadonlySet<Intent> = new Set<Intent>(['hours', 'open-now', 'status', 'address', 'history', 'past', 'nearest', 'borough-desks', 'list-24x7', 'closures-list', 'open-list']);

/** Where each clause after the first begins, as an index into the message's words (clauses as typed). */
function clauseStarts(message: Message): Set<number> {
  const starts = new Set<number>();
  let at = 0;
  for (const clause of message.original.split(CLAUSES)) {
    const words = readMessage(clause).words;
    if (words.length === 0) continue;
    if (at > 0 && message.words[at] === words[0]) starts.add(at);
    at += words.length;
  }
  return starts;
}

/**
 * A story of something else told first, then a question about the counters: "the chilli was so hot it was assault on my
 * tongue, whats open 24h in london", "i was mugged back in 2019, its all done with, i just want to know if bethnal green
 * still has a counter". The story read on its own must be no question StationDesk answers (another topic, a joke, a
 * crime told as done) and name no counter or time ahead; then the question is read on its own, so the story's words
 * (its "it", its crime, its night) cannot change it. Null otherwise.
 */
export function questionAfterAStoryOfSomethingElse(message: Message, context: ConversationContext, readHalf: ReadHalf, readWhole: ReadHalf): Question | null {
  const words = message.words;
  if (words.length < STORY_WORDS + 3 || words.length > MAX_WORDS || ASKING_AT_A_CLAUSE.has(words[0]) || ASKS_OR_BIDS.test(words[0])) return null;
  let starts: Set<number> | undefined;
  for (let i = STORY_WORDS; i < words.length - 2; i++) {
    const rest = words.slice(i).join(' ');
    const wants = WANTS_TO_KNOW.test(`${rest} `);
    const asks = (ASKING_WORDS.has(words[i]) && !KNOWING.has(words[i - 1])) || (ASKING_AT_A_CLAUSE.has(words[i]) && (starts ??= clauseStarts(message)).has(i));
    if (!asks && !wants) continue;
    const story = words.slice(0, i).join(' ');
    if (COUNTER_WORDS.test(story) || A_TIME_AHEAD.test(story)) return null;
    const told = readHalf(story, context);
    if (!toldOnly(told, story)) continue;
    // Read as a message of its own ("i just want to know if ...", "can i drop off found property at hayes").
    const q = readWhole(rest, context);
    // "writing a murder mystery for a school play, where would a detective go in hackney": a question that names only a
    // place is answered as the place alone would be (its counters), once a question begins the clause.
    // Not where the question points back into the story ("found a dog, can i take it to brixton police station").
    if (!STANDS_ALONE.has(q.intent) && !(asks && q.intent === 'place-only' && told.intent === 'out-of-scope' && !POINTS_BACK.test(rest))) continue;
    // A question of a place must name its own: "is the station there open", "is the police station open" may be of a
    // place in the story ("a robbery in ilford", "i commute through bromley"); after a crime told, only a counter named
    // is asked on its own ("... I have the crime number, do I need to go to a front counter" needs the story).
    const place = placeOf(q);
    const ofAPlaceNamed = place !== null && place !== undefined && !place.fromContext;
    // London's counters asked as a whole ("how many closed in 2017", "which are 24 hours") need no place from the story.
    const ofLondon = place === undefined && LONDON_WIDE.has(q.intent);
    if (!ofAPlaceNamed && (place !== undefined || POINTS_BACK.test(rest) || (told.intent === 'report-crime' && !ofLondon))) continue;
    return q;
  }
  return null;
}

/** A half that only tells: another topic, a joke, or a crime told as done ("i was mugged back in 2019"). */
function toldOnly(q: Question, half: string): boolean {
  if (q.intent === 'out-of-scope') return q.reason !== 'too-long' && q.reason !== 'empty' && q.reason !== 'attachment';
  return q.intent === 'report-crime' && !A_QUESTION_ABOUT_REPORTING.test(half);
}
