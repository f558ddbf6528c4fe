/**
 * The other place of a name just asked about ("what about the other hayes" after Hayes Police Station in Hillingdon; "the
 * other belmont" after Belmont in Sutton): the one other borough where the gazetteer or the counters have a place of that
 * name, said as the name with its borough ("what about hayes bromley"), which every rule already reads as one place.
 */
import type { PlaceMatch } from '../stations/model';
import { readWords } from './message';
import type { PlaceFinder } from './placeFinder';
import type { ConversationContext } from './question';

/** "the other hayes", "what about the other belmont?", "no i meant the other one in ... " is not this (no name). */
const THE_OTHER_NAMED = /^(?:(?:and|so|ok|okay|no|nah|sorry|but|what about|how about|i meant|i mean|meant) )*(?:the )?other ([a-z]+(?: [a-z]+)?)(?: (?:one|then|please|pls|instead))*$/;
/** Words after "other" that say a kind of thing, not a name ("the other one", "the other station"). */
const NOT_A_NAME = /^(?:one|ones|desk|desks|counter|counters|station|stations|police|place|places|option|options|side|way|day|days|time|times|branch|borough|area|end)\b/;

/** The message said as the other place of the name, with its borough; none known for sure: undefined. */
export function placeOfTheSameName(text: string, context: ConversationContext | undefined, finder: PlaceFinder): string | undefined {
  if (typeof text !== 'string') return undefined;
  const m = THE_OTHER_NAMED.exec(readWords(text).join(' '));
  if (!m || NOT_A_NAME.test(m[1])) return undefined;
  const name = m[1].split(' ');
  // The name is the one just asked about: the counter discussed, or the place the last answer measured from.
  const counter = context?.lastPlace?.result.status === 'found' ? context.lastPlace.result.match : undefined;
  const last = [counter, context?.lastLocation].find((p) => p?.borough && named(p, name));
  if (!last) return undefined;
  const others = new Set((finder.placesCalled?.(m[1]) ?? []).filter((p) => p.borough && p.borough !== last.borough && named(p, name)).map((p) => p.borough!));
  return others.size === 1 ? `what about ${m[1]} ${[...others][0].toLowerCase()}` : undefined;
}

/** Every word of the name is a word of the place's own name. */
function named(place: PlaceMatch, name: string[]): boolean {
  const words = readWords(place.label);
  return name.every((w) => words.includes(w));
}
