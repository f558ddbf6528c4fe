/**
 * The other place of a name just asked about ("what about the other hayes" after Hayes Police Station in Hillingdon; "the
 * other belmont" after Belmont in Sutton): the one other borough where the gazetteer or the counters have a place of that
 * name, said as the name with its borough ("what about hayes bromley"), which every rule already reads as one place.
 */
import type { PlaceMatch } from '../stations/model';
import { readWords } from './message';
import type { PlaceFinder } from './placeFinder';
import type { ConversationContext } from './question';

/** "the other hayes", "wrong hayes", "what about the other belmont?", "no i meant the other one in ... " is not this (no name). */
const THE_OTHER_NAMED = /^(?:(?:and|so|ok|okay|no|nah|sorry|but|what about|how about|i meant|i mean|meant) )*(?:(?:the )?other|(?:the )?wrong|(?:a )?different) ([a-z]+(?: [a-z]+)?)(?: (?:one|then|please|pls|instead))*$/;
/**
 * The other of the name with no name said, right after one counter was asked of by name ("when does hayes open", then
 * "no the other one", "not that one", "wrong hayes"): the name is the one the resident gave.
 */
const THE_OTHER_UNNAMED =
  /^(?:(?:no|nah|nope|sorry|but|i meant|i mean|meant|not that one|wrong one)\s+)*(?:(?:the )?other one|not that one|(?:the )?wrong one|wrong (?:station|counter|place|desk)|(?:a )?different one|the other (?:station|counter|desk|place))(?: (?:please|pls|mate|then|instead))*$/;
/** A counter's words after its name as the resident gave it ("hayes police station"): the name is what comes before. */
const DESK_WORDS_AFTER = / (?:police station|police|station|front counter|counter|front desk|desk|nick|cop shop)$/;
/** What a counter asked of by name was asked: not a nearest answer (there, "not that one" is the next nearest). */
const ASKED_BY_NAME: ReadonlySet<string> = new Set(['hours', 'open-now', 'status', 'address', 'history', 'past']);
/** Words after "other" that say a kind of thing, not a name ("the other one", "the other station"). */
const NOT_A_NAME = /^(?:one|ones|desk|desks|counter|counters|station|stations|police|place|places|option|options|side|way|day|days|time|times|branch|borough|area|end)\b/;

/** The message said as the other place of the name, with its borough; none known for sure: undefined. */
export function placeOfTheSameName(text: string, context: ConversationContext | undefined, finder: PlaceFinder): string | undefined {
  if (typeof text !== 'string') return undefined;
  const words = readWords(text).join(' ');
  const m = THE_OTHER_NAMED.exec(words);
  const nameSaid = m && !NOT_A_NAME.test(m[1]) ? m[1] : undefined;
  const given = nameSaid === undefined && THE_OTHER_UNNAMED.test(words) && ASKED_BY_NAME.has(context?.lastIntent ?? '') && !context?.namedCounters && counterAsked(context) ? context?.lastPlace?.text.toLowerCase().replace(DESK_WORDS_AFTER, '') : undefined;
  const said = nameSaid ?? (given !== undefined && /^[a-z]+(?: [a-z]+)?$/.test(given) ? given : undefined);
  if (said === undefined) return undefined;
  const name = said.split(' ');
  // The name is the one just asked about: the counter discussed, or the place the last answer measured from.
  const counter = context?.lastPlace?.result.status === 'found' ? context.lastPlace.result.match : undefined;
  const last = [counter, context?.lastLocation].find((p) => p?.borough && named(p, name));
  if (!last) return undefined;
  const others = new Set((finder.placesCalled?.(said) ?? []).filter((p) => p.borough && p.borough !== last.borough && named(p, name)).map((p) => p.borough!));
  return others.size === 1 ? `what about ${said} ${[...others][0].toLowerCase()}` : undefined;
}

/** The last place asked of was one counter, found ("when does hayes open"), not a choice still open ("belmont"). */
function counterAsked(context: ConversationContext | undefined): boolean {
  const last = context?.lastPlace;
  return last?.result.status === 'found' && last.result.match.stationId !== undefined;
}

/** Every word of the name is a word of the place's own name. */
function named(place: PlaceMatch, name: string[]): boolean {
  const words = readWords(place.label);
  return name.every((w) => words.includes(w));
}

/**
 * "wrong brixton", "not that one", "no the other one" right after one counter asked of by name, when no other place of
 * that name is known (else `placeOfTheSameName` reads it as that place): the counter the resident turned down, so the
 * reply says the bot knows only that one of the name and asks which they meant, rather than that counter's hours again
 * or "Sorry". Undefined otherwise (a name said that is not the counter's, two counters named together, a nearest answer).
 */
export function onlyOneOfTheName(text: string, context: ConversationContext | undefined, finder: PlaceFinder): PlaceMatch | undefined {
  if (typeof text !== 'string' || !ASKED_BY_NAME.has(context?.lastIntent ?? '') || context?.namedCounters || !counterAsked(context)) return undefined;
  const counter = context!.lastPlace!.result.status === 'found' ? context!.lastPlace!.result.match : undefined;
  if (!counter) return undefined;
  const words = readWords(text).join(' ');
  const m = THE_OTHER_NAMED.exec(words);
  if (m && !NOT_A_NAME.test(m[1])) {
    // "the other barking" where another counter has the name (Barking's former station): that counter, as read already.
    const last = context!.lastPlace!.result;
    const lookedUp = finder.lookup?.(m[1]);
    const also = [...(last.status === 'found' ? last.alternatives : []), ...(lookedUp?.status === 'found' ? [lookedUp.match, ...lookedUp.alternatives] : lookedUp?.status === 'ambiguous' ? lookedUp.candidates : [])];
    const another = also.some((p) => p.stationId !== undefined && p.stationId !== counter.stationId);
    return named(counter, m[1].split(' ')) && !another ? counter : undefined;
  }
  // "the other one?", "what about the other one": another counter near it (read elsewhere); turned down only with a
  // word that corrects ("no the other one", "not that one", "wrong one", "i meant a different one").
  return THE_OTHER_UNNAMED.test(words) && TURNED_DOWN.test(words) ? counter : undefined;
}
const TURNED_DOWN = /\b(?:no|nah|nope|sorry|not|wrong|meant|mean|different)\b/;
