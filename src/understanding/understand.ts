/**
 * From a resident's message (and the conversation so far) to a typed
 * `Question`: the first rule of the table in `rules.ts` whose condition holds
 * builds it. Deterministic and offline: the clock is the `now` passed in, and
 * places come from the injected `PlaceFinder`. `explainUnderstanding` says why:
 * the reading, the rule that fired and the later rules that also matched.
 */
import type { DateTime } from 'luxon';
import { asksHowLong, type ComparisonReading } from './comparison';
import { counterReferredTo } from './counterReferredTo';
import { placeOfTheSameName } from './placeOfTheSameName';
import { BEYOND_LONDON, CORRECTION, MET_NAMED, POLICE_BAIL } from './lexicon';
import type { Cues } from './cues';
import type { DangerReading } from './emergency';
import type { PlaceFinder } from './placeFinder';
import type { PlaceReading } from './places';
import type { ConversationContext, ListAsOf, PlaceMention, Question, WhenAsked } from './question';
import { londonDate } from './londonDays';
import { found, Reading } from './reading';
import { countersLeftOut, emergency, STAGES, type Rule } from './rules';
import type { WhenReading } from './when';

export function understand(text: string, context: ConversationContext, now: DateTime, finder: PlaceFinder): Question {
  const r = readingOf(text, context, now, finder);
  for (const stage of STAGES) for (const rule of stage.rules) if (rule.when(r)) return finish(rule, r);
  throw new Error('understanding: no rule matched, but the last rule always does');
}

/**
 * The message as read: one of the counters just named together picked by its place or as the other of two ("the
 * second one", "the other one") is read as that counter named, and "the other hayes" as the other place of that name with
 * its borough, unless the message tells of danger, which is read as said.
 */
function readingOf(text: string, context: ConversationContext, now: DateTime, finder: PlaceFinder): Reading {
  const wholePart = (part: string, ctx: ConversationContext) => understand(part, ctx, now, finder);
  const asSaid = new Reading(text, context, now, finder, halfReader(now, finder), wholePart);
  if (asSaid.danger.now || asSaid.danger.signs.length > 0 || asSaid.danger.situation) return asSaid;
  const kept = afterATakeBack(asSaid, context, now, finder) ?? withoutARemark(asSaid, context, now, finder);
  if (kept) return kept;
  const picked = counterReferredTo(text, context, finder);
  if (picked) return new Reading(picked.text, picked.context, now, finder, halfReader(now, finder), wholePart);
  // "what about the other hayes": the other place of the name just asked about, said with its borough.
  const other = placeOfTheSameName(text, context, finder);
  return other ? new Reading(other, context, now, finder, halfReader(now, finder), wholePart) : asSaid;
}

/**
 * A first part taken back: "how do i butcher a chicken? jk, what i actually want is the address of charing cross",
 * "whats the weather like? only joking, is brixton open", "tell me a joke. anyway when does ilford close". The words
 * before "jk", "only joking", "anyway", "ignore that", "what i want is" were not meant, so only what follows is read
 * (before, the reply added "I can't help with the other part"). Only when the part taken back is nothing the bot answers
 * (out of scope, small talk) and what follows is a question it does: "i live in brixton, anyway is it open" keeps the place.
 */
const TAKEN_BACK =
  /^(.+?) (?:(?:lol |haha )?(?:jk|j k|jks|jokes|jokin|joking|kidding|just (?:kidding|joking)|only (?:kidding|joking)|(?:im |i am |i m )?(?:just |only )?(?:kidding|joking)|jokes aside|joking aside|(?:but )?seriously(?: though| tho| now)?|on a serious note|anyway|anyways|anyhow|ignore (?:that|this|the first (?:bit|part|question)|my first question)|forget (?:that|about that)|scratch that|never ?mind (?:that|about that)|nvm)(?: though| tho)?(?: (?:what i (?:want|need|wanted|needed|meant|mean|came to ask|wanted to ask)(?: to (?:know|ask))? is|my (?:real |actual )?question is|the (?:real )?question is|i (?:want|need|wanted|needed) to know))?|what i (?:want|wanted|need|needed|came to ask|wanted to ask)(?: to (?:know|ask))? is|my (?:real |actual )?question is) (.+)$/;
const NOT_ANSWERED: ReadonlySet<Question['intent']> = new Set(['out-of-scope', 'greeting', 'acknowledged', 'thanks', 'cancel', 'help']);

function afterATakeBack(asSaid: Reading, context: ConversationContext, now: DateTime, finder: PlaceFinder): Reading | undefined {
  const taken = TAKEN_BACK.exec(asSaid.text);
  if (!taken) return undefined;
  const read = halfReader(now, finder);
  const [before, after] = [read(taken[1], context), read(taken[2], context)];
  if (!NOT_ANSWERED.has(before.intent) || NOT_ANSWERED.has(after.intent) || after.intent === 'non-english') return undefined;
  return new Reading(taken[2], context, now, finder, halfReader(now, finder), (part, ctx) => understand(part, ctx, now, finder));
}

/**
 * A remark about another service said beside the question: "is brixton open, the library is closed", "the jobcentre is
 * shut so is walworth open", "what time does ilford close, the post office already closed". The remark only tells why
 * they ask, so the question is read without it (before, "closed" was taken as what they asked of the counter, or the
 * whole message as about the library). Only when the remark is a clause of its own (a comma, a stop or "but", "cos",
 * "so" sets it apart), its subject is no counter and no time ("the one near me shut down", "a sunday open" are kept),
 * it is out of scope alone or names no place ("the bank was shut"; "the one in walworth is closed" is kept), and the
 * rest is a question the bot answers.
 */
const ADVERB = '(?:(?:already|now|just|still|all|permanently|completely|totally|also|too|not) )?';
/** Closed said as a verb ("the post office already closed"), or any state after "is", "was", "has been": never "a sunday open". */
const SERVICE_STATE = `(?:(?:is|s|was|are|were|will be|(?:has|have|had) been) ${ADVERB}(?:shut|closed|closing|shutting|shut down|closed down|open|boarded up)|(?:(?:has|have|had|got) )?${ADVERB}(?:shut|closed|shut down|closed down|shutting|closing))`;
const REMARK = `(?:the|my|our|a|an|that|this|their|his|her|local|me) (?:[a-z]+ ){0,3}?[a-z]+ ${SERVICE_STATE}(?: (?:today|now|again|already|too|atm|rn|at the moment|as well|for (?:the day|today|lunch|good)|on (?:sundays?|saturdays?|weekends?)))*`;
const REMARK_AFTER = new RegExp(`^(.+?) (?:((?:but|and|as|because|cos|coz|cuz|bc|since|and also)) )?(${REMARK})$`);
/**
 * A remark whose subject may be a counter ("the one near me", "the station", but not "the tube station"), or is a
 * time rather than a service ("a sunday"): never taken out.
 */
const COUNTER_IN_A_REMARK = /\b(?:one|ones|(?<!(?:tube|train|petrol|fire|bus|coach|railway|overground|underground|rail) )stations?|counters?|desks?|nick|police|it|place|front|cop|days?|sunday|monday|tuesday|wednesday|thursday|friday|saturday|weekend|morning|evening|night|time)\b/;
/** The subject of a remark: its words before the state ("the post office" of "the post office already closed"). */
const REMARK_SUBJECT = /^(.+?) (?:is|s|was|are|were|will|has|have|had|got|already|now|just|still|all|permanently|completely|totally|also|too|not|shut|closed|closing|shutting|open|boarded)\b/;
const REMARK_BEFORE = new RegExp(`^(${REMARK}) (?:((?:so|but|and|now|so now)) )?(.+)$`);
/** Words that make the "subject" of a remark part of a longer clause ("the first ever to be shut"), never a service named. */
const NOT_A_SUBJECT = /\b(?:to|be|been|ever|first|last|next|only|of|that|which|who|than|when|what|why|how|will|would|did|does|do|if)\b/;

function withoutARemark(asSaid: Reading, context: ConversationContext, now: DateTime, finder: PlaceFinder): Reading | undefined {
  const after = REMARK_AFTER.exec(asSaid.text);
  const before = after ? null : REMARK_BEFORE.exec(asSaid.text);
  const [question, joiner, remark] = after ? [after[1], after[2], after[3]] : before ? [before[3], before[2], before[1]] : [];
  if (question === undefined || remark === undefined) return undefined;
  const subject = REMARK_SUBJECT.exec(remark)?.[1] ?? remark;
  if (COUNTER_IN_A_REMARK.test(subject) || NOT_A_SUBJECT.test(subject)) return undefined;
  // A clause of its own: joined by "but", "cos", "so", or set apart by a comma or a stop where the remark begins or ends.
  const said = asSaid.message.original.toLowerCase();
  const edge = after ? remark.split(' ').slice(0, 2).join('[^a-z0-9]+') : remark.split(' ').slice(-2).join('[^a-z0-9]+');
  if (!joiner && !new RegExp(after ? `[,.?!;:)–—-]\\s*${edge}` : `${edge}\\s*[,.?!;:–—-]`).test(said)) return undefined;
  const read = halfReader(now, finder);
  const [asked, remarked] = [read(question, context), read(remark, context)];
  if (NOT_ANSWERED.has(asked.intent) || asked.intent === 'non-english') return undefined;
  if (remarked.intent !== 'out-of-scope' && new Reading(remark, context, now, finder).places.mentions.length > 0) return undefined;
  return new Reading(question, context, now, finder, halfReader(now, finder), (part, ctx) => understand(part, ctx, now, finder));
}

/** Reads half of a message as a question of its own; a half is never split again. */
function halfReader(now: DateTime, finder: PlaceFinder): (text: string, context: ConversationContext) => Question {
  return (text, context) => {
    const r = new Reading(text, context, now, finder);
    for (const stage of STAGES) for (const rule of stage.rules) if (rule.when(r)) return finish(rule, r);
    throw new Error('understanding: no rule matched, but the last rule always does');
  };
}

/** "how long ago did wimbledon close", "how many years since chingford shut", "how long ago was that" after a closure. */
const HOW_LONG_AGO = /\bhow long ago\b|\bhow (?:many|much) (?:years?|months?|weeks?|days?|time) (?:ago|since|has it been|have passed|went by)\b|\bhow long (?:has it been|is it|s it) since\b|\bhow long (?:has|have) (?:\w+ ){1,4}?been (?:closed|shut|shut down|closed down|gone)\b/;

/** A closing date asked as how long ago: that leads the answer. */
function withAgoAsked(question: Question, r: Reading): Question {
  if (!HOW_LONG_AGO.test(r.text)) return question;
  if (question.intent === 'history' && question.topic !== 'temporary-closure' && !question.reopening && !question.moved) return { ...question, topic: 'closure-date', agoAsked: true };
  // "how many years since chingford closed": its closing date, as how long ago.
  if (question.intent === 'status' && question.place && question.yesNo === undefined && question.inYear === undefined) return { intent: 'history', place: question.place, topic: 'closure-date', agoAsked: true };
  return question;
}

/** A rule, by its stage and name. */
export interface RuleName {
  stage: string;
  rule: string;
}

export interface Explanation {
  question: Question;
  fired: RuleName;
  /** Later rules whose conditions held too: what would answer if the rule that fired were not there. */
  alsoMatched: RuleName[];
  /** All that was read from the message (read whole here, though `understand` reads only what its rules need). */
  reading: {
    /** The normalised words the rules read: lower case, typos of keywords corrected. */
    words: string;
    /** Signs of harm, each placed in time, and whether speaking is unsafe or impossible. */
    danger: DangerReading;
    when: WhenReading;
    cues: Cues;
    places: PlaceReading;
    comparison: ComparisonReading | null;
    pastDate: ListAsOf | undefined;
  };
}

/** What `understand` returns, with the rule that fired, the runner-up rules and the reading behind them. */
export function explainUnderstanding(text: string, context: ConversationContext, now: DateTime, finder: PlaceFinder): Explanation {
  const r = readingOf(text, context, now, finder);
  const matched: { name: RuleName; rule: Rule }[] = [];
  for (const stage of STAGES) for (const rule of stage.rules) if (rule.when(r)) matched.push({ name: { stage: stage.name, rule: rule.name }, rule });
  const [first, ...rest] = matched;
  return {
    question: finish(first.rule, r),
    fired: first.name,
    alsoMatched: rest.map((m) => m.name),
    reading: { words: r.text, danger: r.danger, when: r.when, cues: r.cues, places: r.places, comparison: r.comparison, pastDate: r.pastDate },
  };
}

/** The question a rule builds, with the other counters and the moment named added where they belong. */
function finish(rule: Rule, r: Reading): Question {
  const question = rule.build(r);
  return withSafetyFirst(withBailNotKnown(rule.asBuilt ? question : withAgoAsked(withScopeSaid(withMetNamed(withLeftOut(withMoment(withOthers(question, r), r), r), r), r), r), r), r);
}

/** Questions about where or when to go to a counter, which bail can be said with. */
const GOING_TO_A_COUNTER: ReadonlySet<Question['intent']> = new Set(['hours', 'open-now', 'address', 'nearest', 'place-only', 'alternatives']);

/**
 * Bail to answer at a counter ("i have to report for bail at brixton", "my bail says sign in at croydon every tuesday"):
 * the counter's hours or where it is, as asked, then that the bot cannot sign anyone in nor tell them their bail
 * conditions, so an open counter is not taken for where or when their bail says to go.
 */
function withBailNotKnown(question: Question, r: Reading): Question {
  if (!GOING_TO_A_COUNTER.has(question.intent) || !r.says(POLICE_BAIL) || r.danger.now || r.danger.situation) return question;
  return { intent: 'both', questions: [question, { intent: 'cannot-do', task: 'bail' }] };
}

/**
 * Someone the situation is about, other than the resident: an ex, a partner, a stranger ("i'm outside lewisham station,
 * is it open" tells of no one, and is only asked).
 */
const SOMEONE_WHO_MAY_HARM = /\b(?:my ex|ex (?:partner|boyfriend|girlfriend|husband|wife)|stalker|someone|somebody|some (?:man|woman|guy|bloke)|a (?:man|woman|guy|bloke|stranger|group)|(?:my|her|his) (?:partner|boyfriend|girlfriend|husband|wife))\b/;

/** Questions about counters, which a situation that may be danger can be told with. */
const COUNTER_QUESTIONS: ReadonlySet<Question['intent']> = new Set(['hours', 'open-now', 'status', 'address', 'nearest', 'borough-desks', 'alternatives', 'list-24x7', 'open-list', 'place-only']);

/**
 * A situation that may be danger told with a question about counters ("my ex keeps turning up at my work, wheres the
 * nearest station to E17"): when unsure, 999 leads, said as a condition, then the question is answered.
 */
function withSafetyFirst(question: Question, r: Reading): Question {
  // A fear read ("loud bangs outside, could be gunshots, is brixton open") is danger enough without anyone named.
  if (!r.danger.situation || r.danger.now || !COUNTER_QUESTIONS.has(question.intent) || !(r.danger.feared || SOMEONE_WHO_MAY_HARM.test(r.text))) return question;
  return { intent: 'both', questions: [{ ...emergency(r), unsure: true }, question] };
}

/** London-wide answers that counters of the UK or England were asked of ("how many police stations are there in the uk"). */
const LONDON_WIDE: ReadonlySet<Question['intent']> = new Set(['list-24x7', 'open-list', 'closures-list', 'plans']);

/**
 * Counters asked of the UK, England or the whole country: that the bot covers London's only comes first, then London's
 * answer where it has one ("how many police stations are there in the uk": London's 27 after the scope).
 */
function withScopeSaid(question: Question, r: Reading): Question {
  if (!r.says(BEYOND_LONDON) || r.danger.now || r.danger.situation) return question;
  if (LONDON_WIDE.has(question.intent)) return { intent: 'both', questions: [{ intent: 'service', topic: 'beyond-london' }, question] };
  return (question.intent === 'status' || question.intent === 'hours') && question.place === null ? { intent: 'service', topic: 'beyond-london' } : question;
}

/** The nearest desk asked of the Met by name ("nearest met police station to moorgate"): where the Met does not police, its counter leads. */
function withMetNamed(question: Question, r: Reading): Question {
  return question.intent === 'nearest' && r.says(MET_NAMED) ? { ...question, metAsked: true } : question;
}

/**
 * Counters named after "other than", "apart from", "except" in a nearest or open-list question ("nearest open counter to
 * se1 other than walworth", "anywhere open past 10pm apart from charing cross"): left out of the answer. A nearest
 * question measured from the very counter left out, with nowhere else said, asks which others are open: the list.
 */
function withLeftOut(question: Question, r: Reading): Question {
  if ((question.intent !== 'nearest' || question.between) && question.intent !== 'open-list') return question;
  const leftOut = countersLeftOut(r);
  if (leftOut.length === 0) return question;
  const ids = new Set(leftOut.map((m) => found(m)!.stationId));
  if (question.intent === 'open-list') return { ...question, except: leftOut };
  const from = found(question.place)?.stationId;
  if (!question.place || (from !== undefined && ids.has(from))) {
    // Measured from nowhere but the counter left out: which others are open then.
    if (question.desk === '24/7') return { intent: 'list-24x7', except: leftOut[0] };
    const others: PlaceMention[] = r.mentions.filter((m) => !m.fromContext && !leftOut.includes(m));
    if (others.length > 0) return question;
    // "nearest one to charing cross apart from charing cross itself": the next desk from it; "anywhere open apart from
    // charing cross": the others open then.
    if (r.cues.nearest && question.place) return { intent: 'alternatives', place: question.place, ...(question.when ? { when: question.when } : {}) };
    return { intent: 'open-list', when: question.when ?? { kind: 'now' }, except: leftOut };
  }
  return { ...question, except: leftOut };
}

/**
 * Hours or status asked of two or three counters ("is brixton or walworth open later tonight?"): the
 * question is about the first named, and the others ride along. Only counters named in this message.
 */
function withOthers(question: Question, r: Reading): Question {
  if (question.intent !== 'hours' && question.intent !== 'open-now' && question.intent !== 'status') return question;
  const compared = r.comparison;
  // "not Sutton, Croydon" names two counters but asks about one.
  if (!compared || r.says(CORRECTION)) return question;
  const asked = found(question.place)?.stationId;
  if (!question.place || question.place.fromContext || !asked || !compared.stations.some((m) => found(m)?.stationId === asked)) return question;
  const [first, ...others] = compared.stations;
  // "are croydon and sutton open?": a yes or no of them all, so which of them are open settles it.
  const all = !compared.rank && !compared.settles && 'yesNo' in question && question.yesNo === 'open';
  const rank = compared.rank ?? (all ? 'open' : undefined);
  const settles = compared.settles ?? (all ? 'all' : undefined);
  // "which one has longer hours, ilford or romford", no time said: their hours over a week, not today's.
  // A day carried from the counter discussed ("brixton hours tomorrow", then "is walworth open longer"): that day's.
  const dayCarried = 'when' in question && question.when !== undefined && question.when.kind !== 'week' && question.when.kind !== 'now';
  const weekly = rank === 'longer' && r.when.when === undefined && !dayCarried && asksHowLong(r.text) ? { weekly: true as const } : {};
  // "is brixton open, the one in walworth is closed": Walworth is said, not asked; Brixton is answered first.
  const claimed = !compared.rank && !compared.settles && others.length > 0 ? othersClaimed(r.text, first, others) : undefined;
  if (claimed) return { ...question, place: first, others, othersClaimed: claimed };
  return { ...question, place: first, others, ...(rank ? { rank } : {}), ...(compared.lesser ? { lesser: true as const } : {}), ...weekly, ...(settles ? { settles } : {}) };
}

/** Words that make the next counter's clause part of the question ("brixton or walworth", "is walworth closed"), not a claim. */
const ASKS_ON = new Set(['or', 'and', 'vs', 'versus', 'than', 'is', 'are', 'was', 'whether', 'if', 'with', 'to', 'from']);
/** Words asking of the first counter, between it and the other: "open", "shut", "closed". */
const ASKED_OF_THE_FIRST = /\b(?:open|opened|closed|shut|closing|shutting)\b/;
/** A state said of a counter at the end of the message: "walworth is closed", "the one in walworth shut down", "walworths been closed". */
const STATE_SAID = /^(?: police station| station| counter| one| nick)?(?: (?:is|was|s|has|have|has been|is now|now|got|apparently|already|just))* (closed|shut|shutting|closing|open|opened)(?: (?:down|now|today|already|for good|permanently|anyway|apparently))*$/;

/**
 * Whether every other counter was named in a clause of its own that says its state rather than asks it, after the first
 * was asked about: the state said ("closed" or "open"), else undefined.
 */
function othersClaimed(text: string, first: PlaceMention, others: PlaceMention[]): 'closed' | 'open' | undefined {
  const at = text.indexOf(first.text.toLowerCase());
  if (at < 0) return undefined;
  let said: 'closed' | 'open' | undefined;
  for (const other of others) {
    const name = other.text.toLowerCase();
    const from = text.indexOf(name, at + first.text.length);
    if (from < 0 || other.result.status !== 'found') return undefined;
    // The first asked of first ("is brixton open", then the other): two names one after the other are a list, not a claim.
    if (!ASKED_OF_THE_FIRST.test(text.slice(at + first.text.length, from))) return undefined;
    const before = text.slice(0, from).trim().split(' ');
    const previous = before[before.length - 1] === 'the' ? before[before.length - 2] : before[before.length - 1];
    if (ASKS_ON.has(previous ?? '')) return undefined;
    const state = STATE_SAID.exec(text.slice(from + name.length).replace(/^s\b/, ''));
    if (!state) return undefined;
    said = /^(?:open|opened)$/.test(state[1]) ? 'open' : 'closed';
  }
  return said;
}

/**
 * A nearest question is about the moment named in it ("open at midnight", "on Sunday", "on Christmas Day"),
 * read as for hours questions. Naming "now", or no moment, leaves it about now; a moment carried over from
 * the question waiting for a place ("where can I go at 11pm?" then "Bromley") stands unless a new one is named.
 */
function withMoment(question: Question, r: Reading): Question {
  const reading = r.when;
  if (question.intent !== 'nearest' || (!reading.when && !reading.specialDay)) return question;
  const { when: _carried, specialDay: _carriedDay, ...rest } = question;
  const when = reading.when && isAhead(reading.when, r.now) ? reading.when : undefined;
  return { ...rest, ...(when ? { when } : {}), ...(reading.specialDay ? { specialDay: reading.specialDay } : {}) };
}

/** A moment still to come (today counts): a desk to go to later, not "now", a week or a day gone by. */
function isAhead(when: WhenAsked, now: DateTime): boolean {
  const today = londonDate(now);
  switch (when.kind) {
    case 'instant':
      return when.iso.slice(0, 10) >= today;
    case 'date':
    case 'weekday':
      return when.date >= today;
    case 'weekend':
      return when.dates[1] >= today;
    case 'now':
    case 'week':
      return false;
  }
}
