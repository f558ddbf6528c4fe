/**
 * What to remember after a question, so the next message can lean on it:
 * "and on Monday?" needs the last place, "what about Lewisham?" the last
 * question, a bare "RM10 7TU" the question still waiting for a place.
 * Plain JSON-safe data, so the dialog can keep it in conversation state.
 */
import type { PlaceMatch } from '../stations/model';
import type { ComparedPlaces, ConversationContext, ListQuestion, PlaceIntent, PlaceMention, PlaceQuestion, Question } from './question';

const PLACE_INTENTS: ReadonlySet<string> = new Set<PlaceIntent>([
  'hours', 'open-now', 'status', 'address', 'history', 'past', 'nearest', 'borough-desks', 'alternatives',
]);

/** Questions asked of one counter: two of them in turn name two counters together ("is brixton open", "and walworth?"). */
export const ASKED_OF_ONE: ReadonlySet<string> = new Set(['hours', 'open-now', 'status', 'address']);

/** Small talk leaves the conversation where it was: "thanks" between two questions changes nothing. */
const SMALL_TALK: ReadonlySet<string> = new Set(['greeting', 'identity', 'help', 'thanks', 'acknowledged', 'out-of-scope', 'non-english', 'more']);

export function isPlaceQuestion(q: Question): q is PlaceQuestion {
  return PLACE_INTENTS.has(q.intent);
}

/**
 * `answeredWith`: the desk the answer led with, when it named one the question did not (the nearest
 * desk to a postcode). "Is it open on Sunday?" after "nearest to E15 1AA" is about that desk, while
 * "what about from BR1?" still leans on the location.
 */
export function nextContext(question: Question, context: ConversationContext, answeredWith?: PlaceMatch, listed: PlaceMatch[] = []): ConversationContext {
  const next = contextAfter(question, context, answeredWith);
  // Another counter discussed: the one before it is kept, for "which one shuts later?".
  const before = stationOf(context?.lastPlace);
  const now = stationOf(next.lastPlace);
  // "is brixton open", "and walworth?", then "the first one on sunday?": two counters asked of in turn are named together.
  const inTurn = before !== undefined && now !== undefined && before !== now && ASKED_OF_ONE.has(question.intent) && ASKED_OF_ONE.has(context?.lastIntent ?? '') && !context?.lastList;
  const named = countersNamedTogether(question, context, listed) ?? (inTurn ? [asRemembered(context.lastPlace!), asRemembered(next.lastPlace!)] : undefined);
  if (named) next.namedCounters = named;
  else delete next.namedCounters;
  if (before !== undefined && now !== undefined && before !== now) next.earlierPlace = context.lastPlace;
  else if (now === undefined) delete next.earlierPlace;
  return next;
}

/**
 * The counters named together that the next message may pick from: a comparison's pair, else the desks the answer
 * listed; kept while the talk is of one of them (or small talk), dropped once another place is asked of.
 */
function countersNamedTogether(question: Question, context: ConversationContext, listed: PlaceMatch[]): PlaceMention[] | undefined {
  if (question.intent === 'cancel' || question.intent === 'forget-me' || question.intent === 'goodbye') return undefined;
  // "was brixton one of them": asked of the list, which stays for the next such question ("and harrow?").
  if (SMALL_TALK.has(question.intent) || (question.intent === 'status' && question.amongListed !== undefined)) return context?.namedCounters;
  // "is brixton or walworth open longer": the two compared, as named; "is lewisham or charing cross closer to SE15 5TH":
  // the two weighed, in the order the answer gave them (the listed desks).
  const compared = isPlaceQuestion(question) && 'others' in question && question.others ? [question.place, ...question.others] : [];
  const pair = compared.filter((m): m is PlaceMention => stationOf(m) !== undefined).map(asRemembered);
  if (pair.length >= 2) return pair;
  if (listed.length >= 2) return listed.map(deskMention);
  const asked = isPlaceQuestion(question) || question.intent === 'place-only' ? stationOf(question.place) : undefined;
  return asked !== undefined && context?.namedCounters?.some((m) => stationOf(m) === asked) ? context.namedCounters : undefined;
}

function stationOf(m: PlaceMention | null | undefined): string | undefined {
  return m?.result.status === 'found' ? m.result.match.stationId : undefined;
}

function contextAfter(question: Question, context: ConversationContext, answeredWith?: PlaceMatch): ConversationContext {
  const ctx: ConversationContext = { ...(context ?? {}) };
  if (question.intent === 'cancel' || question.intent === 'forget-me' || question.intent === 'goodbye') return {};
  if (SMALL_TALK.has(question.intent) || (question.intent === 'service' && question.disputed)) return ctx;
  // Two questions in one: the conversation goes on from both, the second last.
  if (question.intent === 'both') return question.questions.reduce<ConversationContext>((c, q) => contextAfter(q, c), ctx);

  ctx.lastIntent = question.intent;
  delete ctx.pending;
  delete ctx.avoided;
  const list = asListQuestion(question);
  if (list) ctx.lastList = list;
  else delete ctx.lastList;
  if (question.intent === 'plans' && question.topic === 'plan' && question.planId) ctx.lastPlan = question.planId;
  else delete ctx.lastPlan;

  // "order me a cab to Lewisham", then "is it open?": the counter named is the one discussed.
  if (question.intent === 'cannot-do') {
    if (question.place) {
      ctx.lastPlace = asRemembered(question.place);
    }
    return ctx;
  }
  if (question.intent === 'place-only') {
    ctx.lastPlace = asRemembered(question.place);
    if (question.place.result.status === 'found' && question.place.result.match.kind !== 'station') {
      ctx.lastLocation = question.place.result.match;
      if (answeredWith?.stationId && !question.place.result.match.stationId) ctx.lastPlace = deskMention(answeredWith);
    }
    return ctx;
  }
  // "whats open on sunday" (London's list), then "SE1": the nearest open on Sunday, not now.
  if (question.intent === 'open-list' && question.when && question.when.kind !== 'week') ctx.lastWhen = question.when;
  // "which station reopened most recently", then "is it open now?": the counter that reopened is the one discussed.
  // A list of closures that named one counter alone: "why?", "the first one", "when did that one close" are of it.
  if (question.intent === 'closures-list' && answeredWith?.stationId) ctx.lastPlace = deskMention(answeredWith);
  if (!isPlaceQuestion(question)) return ctx;

  // Two counters compared: the first is the one discussed ("and on Sunday?"), and "what about Lewisham?" asks of Lewisham alone.
  ctx.lastQuestion = withoutOthers(question);
  const place = question.place;
  if (place && (place.result.status === 'found' || place.result.status === 'ambiguous')) {
    ctx.lastPlace = asRemembered(place);
    if (place.result.status === 'found' && (place.result.match.kind !== 'station' || question.intent === 'nearest')) {
      ctx.lastLocation = place.result.match;
    }
  }
  // "where do i go instead of woodford?" (Ilford given), then "is that open on sunday?": the desk given, as after a nearest
  // answer; "and another?" still measures from the counter asked to avoid (the question kept in `lastQuestion`).
  if ((question.intent === 'nearest' || question.intent === 'alternatives') && answeredWith?.stationId && place?.result.status === 'found') {
    if (question.intent === 'alternatives' && place.result.match.stationId && place.result.match.stationId !== answeredWith.stationId) ctx.avoided = asRemembered(place);
    ctx.lastPlace = deskMention(answeredWith);
  }
  // "how far is walworth from SE17?", then "is it open on sunday?": the one counter measured is the one discussed.
  const measured = question.intent === 'nearest' && question.between?.length === 1 ? question.between[0] : undefined;
  if (measured?.result.status === 'found') {
    ctx.lastPlace = asRemembered(measured);
  }
  // A borough with a single counter: "is it open on Sunday?" is about that counter.
  if (question.intent === 'borough-desks' && answeredWith?.stationId) ctx.lastPlace = deskMention(answeredWith);
  if (question.intent === 'hours' || question.intent === 'open-now') ctx.lastWhen = question.when;
  if ((question.intent === 'nearest' || question.intent === 'alternatives') && question.when) ctx.lastWhen = question.when;
  // No place yet, or one we could not pin down: the next message may be the place.
  if (!place || place.result.status !== 'found') ctx.pending = ctx.lastQuestion;
  return ctx;
}

/** A place as the conversation keeps it: what it is, not how this message came by it or worded it. */
function asRemembered(m: PlaceMention): PlaceMention {
  const { fromContext: _carried, asCounter: _worded, ...remembered } = m;
  return remembered;
}

function asListQuestion(question: Question): ListQuestion | undefined {
  if (question.intent === 'closures-list' || question.intent === 'list-24x7') return question;
  // The counters open in London or a part of it: "how many is that", "are any of them 24 hours" ask of that list.
  if (question.intent === 'open-list') return question;
  if (question.intent === 'plans' && question.topic === 'how-many-left') return { intent: 'plans', topic: 'how-many-left' };
  // The boroughs with no counter are a view of what is left: "what about Richmond?" asks for that borough's counters.
  if (question.intent === 'service' && question.topic === 'no-counter') return { intent: 'plans', topic: 'how-many-left' };
  return undefined;
}

function withoutOthers(question: PlaceQuestion): PlaceQuestion {
  if (!('others' in question) && !('rank' in question)) return question;
  const { others: _others, rank: _rank, lesser: _lesser, ...one } = question as PlaceQuestion & ComparedPlaces;
  return one as PlaceQuestion;
}

function deskMention(desk: PlaceMatch): PlaceMention {
  return { text: desk.label, result: { status: 'found', match: desk, alternatives: [] } };
}
