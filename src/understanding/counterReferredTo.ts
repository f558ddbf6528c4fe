/**
 * A counter picked from those the conversation just named together (a comparison's pair, the desks an answer listed):
 * "what about the other one?", "when does the first one open?", "the second one?". The words that pick it are read as
 * the counter's own name, and it becomes the counter discussed, so every rule reads the message as if it were named.
 */
import { COUNTER_BY_ORDER, ORDINAL_ALONE, ORDINAL_THEN_ASKED, OTHER_COUNTER_OF_TWO } from './lexicon';
import { ASKED_OF_ONE } from './context';
import type { PlaceFinder } from './placeFinder';
import type { ConversationContext, PlaceMention } from './question';

const ORDINALS: Readonly<Record<string, number>> = {
  first: 0, '1st': 0, second: 1, '2nd': 1, third: 2, '3rd': 2, fourth: 3, '4th': 3, fifth: 4, '5th': 4, sixth: 5, '6th': 5,
  seventh: 6, '7th': 6, eighth: 7, '8th': 7, ninth: 8, '9th': 8, tenth: 9, '10th': 9,
};

/** The message with the counter it picks named, and the conversation with that counter discussed; none picked: undefined. */
export function counterReferredTo(text: string, context: ConversationContext | undefined, finder?: PlaceFinder): { text: string; context: ConversationContext } | undefined {
  const named = context?.namedCounters;
  if (typeof text !== 'string') return undefined;
  if (!named || named.length < 2) return context ? theOneListed(text, context, finder) : undefined;
  // "are both open on sunday?", "is either of them open at 9pm": the two named together, said by name, so the question is
  // asked of both as if they had been named ("are brixton and walworth open on sunday").
  // Only after a question of their opening or where they are: after a borough's counters then, "did either close" and
  // "are they both still open" have their own reading (of the past).
  const both = named.length === 2 && ASKED_OF_ONE.has(context?.lastIntent ?? '') ? bothSaidByName(text, named, finder) : undefined;
  if (both) return { text: both, context: context! };
  // "and the second, is it open sunday": the counter picked, then the question asked of it as "it".
  const thenAsked = ORDINAL_THEN_ASKED.exec(text);
  const first = thenAsked ? byPlace(named, thenAsked[1].toLowerCase()) : undefined;
  if (thenAsked && first) return { text: thenAsked[2], context: { ...context!, lastPlace: first } };
  const alone = ORDINAL_ALONE.exec(text);
  const byOrder = alone ?? COUNTER_BY_ORDER.exec(text);
  const picked = byOrder ? byPlace(named, orderSaid(byOrder)) : otherOfTwo(text, named, context);
  if (!picked) return undefined;
  const words = alone ? [alone[0].replace(/[?.!\s]+$/, '')] : (byOrder ?? OTHER_COUNTER_OF_TWO.exec(text))!;
  const label = picked.result.status === 'found' ? sayable(picked.result.match.label, stationOf(picked), finder) : picked.text;
  // Said bare ("the second one?"): asked as the last question was, of that counter ("what about X?"); after the nearest
  // desks were listed, the counter itself (its state and hours), not the nearest desk to it.
  const listedNearest = context?.lastIntent === 'nearest' && context.lastQuestion?.intent === 'nearest' && context.lastQuestion.between === undefined;
  // After a borough's list (its closures, its counters then), "what about X?" would ask X's borough again: the counter itself.
  const listedOfABorough = context?.lastQuestion?.intent === 'borough-desks';
  // After the counters that reopened ("which stations reopened"), "the first one" asks when that one reopened, not
  // (as "what about X?" read) when it last closed.
  const listedReopened = context?.lastIntent === 'closures-list' && context.lastList?.intent === 'closures-list' && context.lastList.reopened !== undefined;
  const said = alone ? (listedNearest || listedOfABorough ? label : listedReopened ? `when did ${label} reopen` : `what about ${label}?`) : text.replace(words[0], label);
  // After two weighed by distance, the question is not asked again of one of them ("what about X?" would weigh X against
  // itself): the counter picked is asked of on its own.
  const weighed = context?.lastQuestion?.intent === 'nearest' && context.lastQuestion.between !== undefined;
  const { lastQuestion: _weighing, ...rest } = context!;
  return { text: said, context: { ...(weighed ? rest : context), lastPlace: picked } };
}

/**
 * "The 3rd" or "number 9" after a list of two or of eight: a place past the end of the counters just named together, so
 * none is picked and there are no more to give (not a question the bot cannot read).
 */
export function orderPastTheList(text: string, context: ConversationContext | undefined): boolean {
  const named = context?.namedCounters;
  if (typeof text !== 'string' || !named || named.length < 2) return false;
  const said = ORDINAL_ALONE.exec(text) ?? ORDINAL_THEN_ASKED.exec(text) ?? COUNTER_BY_ORDER.exec(text);
  if (!said) return false;
  const order = orderSaid(said);
  return order !== 'last' && byPlace(named, order) === undefined;
}

/**
 * "The first one" after an answer that listed one counter alone ("Barnet has one police front counter: Colindale"): that
 * counter, the one the answer led with (the counter discussed), said by its name. Only the first or last of a list of one.
 */
function theOneListed(text: string, context: ConversationContext, finder?: PlaceFinder): { text: string; context: ConversationContext } | undefined {
  if ((context.lastIntent !== 'borough-desks' && context.lastIntent !== 'closures-list') || context.lastPlace?.result.status !== 'found' || !stationOf(context.lastPlace)) return undefined;
  // After the borough's counters then, the list shown was of that date. After its closures (or a list of closures), the counter
  // discussed is the one closure listed (the answer's desk), so it is the one picked.
  const last = context.lastQuestion;
  if (context.lastIntent === 'borough-desks' && last?.intent === 'borough-desks' && last.asOf) return undefined;
  const alone = ORDINAL_ALONE.exec(text);
  const byOrder = alone ?? COUNTER_BY_ORDER.exec(text);
  if (!byOrder || !/^(?:first|1st|last|1)$/i.test(orderSaid(byOrder))) return undefined;
  const label = sayable(context.lastPlace.result.match.label, stationOf(context.lastPlace), finder);
  // "what about the last one": the counter itself, not the list asked again of it.
  const said = alone ? label : text.replace(byOrder[0], label).replace(/^(?:(?:and|so|ok|okay|but) )?(?:what|how) about (?=\S)/i, '');
  return { text: said, context };
}

/**
 * The counter's name as the message will say it: without its bracketed note when the name still finds that counter, since
 * the note's words would be read as asked ("Windmill Road (Croydon custody centre)": custody, a number to call; "(former)":
 * the past; "(temporary ... 24-hour counter)": the 24-hour ones).
 */
function sayable(label: string, stationId: string | undefined, finder: PlaceFinder | undefined): string {
  const bare = label.replace(/\s*\([^)]*\)/g, '').replace(/\s+/g, ' ').trim();
  if (bare === label || !bare || !finder?.lookup || stationId === undefined) return label;
  const found = finder.lookup(bare.toLowerCase());
  return found.status === 'found' && found.match.stationId === stationId ? bare : label;
}

/** "both", "both of them", "they both", "either (of them)" asked of two counters: the words that stand for the pair. */
const BOTH_OF_THEM = /\b(?:(?:they|them|those|these) both|both (?:of )?(?:them|those|these|em|the two|of them)|both(?= (?:open|shut|closed|still|24|be|of)\b))\b/i;
const EITHER_OF_THEM = /\beither(?: (?:of )?(?:them|those|these|em|the two|one))?\b(?! (?:[a-z]+ )?(?:or|nor)\b)/i;

const ASKED_OF_THEM = /\b(?:are|is|do|does|will|would|can|open|opens|close|closes|shut|shuts|when|what|how|where)\b/i;

/** The message with the pair's words for the two counters, by name; undefined when it does not speak of both or either. */
function bothSaidByName(text: string, named: PlaceMention[], finder: PlaceFinder | undefined): string | undefined {
  // A question of them ("are both open", "when do they both close"), not "thanks both".
  if (!ASKED_OF_THEM.test(text)) return undefined;
  const names = named.map((m) => (m.result.status === 'found' ? sayable(m.result.match.label, stationOf(m), finder) : m.text));
  const both = BOTH_OF_THEM.exec(text);
  if (both) return `${text.slice(0, both.index)}${names[0]} and ${names[1]}${text.slice(both.index + both[0].length)}`;
  const either = EITHER_OF_THEM.exec(text);
  return either ? `${text.slice(0, either.index)}${names[0]} or ${names[1]}${text.slice(either.index + either[0].length)}` : undefined;
}

function byPlace(named: PlaceMention[], ordinal: string): PlaceMention | undefined {
  if (/^\d+$/.test(ordinal)) return named[Number(ordinal) - 1];
  return ordinal === 'last' ? named[named.length - 1] : named[ORDINALS[ordinal]];
}

/** The place said: the ordinal ("second", "5th", "last"), or the number ("number 2": "2"). */
function orderSaid(m: RegExpExecArray): string {
  return (m[1] ?? m[2]).toLowerCase();
}

/**
 * "The other one" of two: the one not discussed last (neither discussed: the second named); with more than two, none. Just
 * after the nearest desks were given it is one more of them, measured from where the resident is (the rules' own).
 */
function otherOfTwo(text: string, named: PlaceMention[], context: ConversationContext): PlaceMention | undefined {
  const weighed = context.lastQuestion?.intent === 'nearest' && context.lastQuestion.between !== undefined;
  const nearestGiven = (context.lastIntent === 'nearest' && !weighed) || context.lastIntent === 'alternatives';
  if (named.length !== 2 || !OTHER_COUNTER_OF_TWO.test(text) || nearestGiven) return undefined;
  // Two weighed by distance ("is lewisham or charing cross closer?"): the one the answer led with is the one discussed.
  // Neither discussed, as just after a list of two ("only two are open 24 hours: Lewisham and Charing Cross", then "and the
  // other one on sunday?"): the first named is the one, so the other is the second, as after a pair compared.
  const discussed = named.some((m) => stationOf(m) === stationOf(context.lastPlace));
  const last = discussed ? stationOf(context.lastPlace) : stationOf(named[0]);
  const others = named.filter((m) => stationOf(m) !== last);
  return others.length === 1 ? others[0] : undefined;
}

function stationOf(m: PlaceMention | null | undefined): string | undefined {
  return m?.result.status === 'found' ? m.result.match.stationId : undefined;
}
