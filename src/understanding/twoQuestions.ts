/**
 * Two questions in one message: "Is Ealing's closed and where's the nearest
 * open one?", "Address of Croydon and is it open Sunday?", "is wembley open
 * now, if not where can I go". The message is split at a joining word only
 * where both halves read as questions on their own; the second is read after
 * the first (so "...and is it open Sunday?" takes the first half's place),
 * and "where's the nearest" after a counter is measured from that counter.
 */
import { nextContext } from './context';
import { ASKS_SOMETHING, ASKS_WHICH, JOINS_TWO_QUESTIONS, globally } from './lexicon';
import type { ConversationContext, Intent, PlaceMention, Question } from './question';

/** Reads one half as a question of its own, in the conversation given. */
export type ReadHalf = (text: string, context: ConversationContext) => Question;

/** What each half may be: a question StationDesk answers, not small talk, a bare place or out of scope. */
const ANSWERABLE: ReadonlySet<Intent> = new Set<Intent>([
  'hours', 'open-now', 'status', 'address', 'history', 'past', 'nearest', 'borough-desks', 'alternatives',
  'list-24x7', 'closures-list', 'plans', 'service', 'non-emergency-contact', 'report-crime', 'anonymous-report', 'interpreter',
]);

/** More words than this is a story, not two questions. */
const MAX_WORDS = 30;

const placeOf = (q: Question): PlaceMention | null | undefined => ('place' in q ? q.place : undefined);

/** The two questions, or null when the message is one question (or not two that can be told apart). */
export function readTwoQuestions(words: readonly string[], context: ConversationContext, readHalf: ReadHalf): [Question, Question] | null {
  if (words.length > MAX_WORDS) return null;
  const text = words.join(' ');
  for (const join of text.matchAll(globally(JOINS_TWO_QUESTIONS))) {
    const first = text.slice(0, join.index).trim();
    const second = text.slice((join.index ?? 0) + join[0].length).trim();
    const aside = withAnAside(first, second, context, readHalf);
    if (aside) return aside;
    if (!asksSomething(first) || !asksSomething(second)) continue;
    const q1 = readHalf(first, context);
    if (!answerable(q1, first)) continue;
    let q2 = readHalf(second, nextContext(q1, context));
    if (!answerable(q2, second) || JSON.stringify(q1) === JSON.stringify(q2)) continue;
    // "was lewisham 24 hours back in 2017 and is it now": one counter then and now, one question (the past, with now).
    if (thenAndNowOfOne(q1, q2)) return null;
    q2 = fromTheFirstPlace(q2, placeOf(q1));
    return [q1, q2];
  }
  return null;
}

/**
 * "what's the weather and is brixton open", "tell me a joke and the hours for lewisham", "is croydon open and who won
 * the football": a counter question beside one StationDesk cannot answer. The counter question is answered first, then
 * one line says the other half is not for this bot (it was dropped silently). The other half must ask or bid
 * ("what's", "who", "tell me"), so a story told before a question ("i was at the match and ...") is not answered as asked.
 */
function withAnAside(first: string, second: string, context: ConversationContext, readHalf: ReadHalf): [Question, Question] | null {
  for (const [asked, other] of [[first, second], [second, first]] as const) {
    if (!ASKS_OR_BIDS.test(other) || other.split(' ').length < 2 || asked.split(' ').length < 2) continue;
    const q = readHalf(asked, context);
    if (!answerable(q, asked)) continue;
    // Read after the counter question, so "...and is it 24 hours" is that counter's, not another topic.
    const aside = readHalf(other, nextContext(q, context));
    if (aside.intent !== 'out-of-scope' || (aside.reason !== 'unrelated' && aside.reason !== 'joke')) continue;
    return [q, { intent: 'out-of-scope', reason: aside.reason, alongside: true }];
  }
  return null;
}

/** A half that asks or bids: a question word or a request at its start ("whats the weather", "tell me a joke"). */
const ASKS_OR_BIDS = /^(?:what|whats|who|whos|when|where|how|why|which|is|are|will|can|could|would|do|does|did|tell|give|show|sing|write|recommend|play|any)\b/;

/**
 * A half StationDesk answers. The open counters are a half of their own only when asked as a question ("which are still
 * open"); "list every front counter and its hours" is one request, not a list and "its hours".
 */
function answerable(q: Question, half: string): boolean {
  // "i was mugged two years ago": a crime told is the story before a question, not a question about reporting it.
  if (q.intent === 'report-crime' && !A_QUESTION_ABOUT_REPORTING.test(half)) return false;
  return ANSWERABLE.has(q.intent) || (q.intent === 'open-list' && ASKS_WHICH.test(half));
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
