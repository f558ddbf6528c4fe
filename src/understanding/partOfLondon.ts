/**
 * A part of London named by compass ("south london", "se london", "in the east", "central london"), read from a
 * message: its own module, so the rules and the follow-ups to a list (`conversationTurns`) both read it.
 */
import { PART_OF_LONDON } from './lexicon';
import type { PartOfLondon } from './question';

/** "south east london" -> south and east; "central london" -> central. */
export function partOfLondon(text: string): PartOfLondon | undefined {
  // "se london", "nw london": the postcode areas' letters, said as the parts they are named for.
  const letters: Record<string, string> = { n: 'north', s: 'south', e: 'east', w: 'west' };
  const said = PART_OF_LONDON.exec(text)?.[0]
    // "in the east": London's part said without "london".
    ?.replace(/^(?:in|from|around|across|over) the (.*)$/, '$1 london')
    .replace(/^([nsew]) ?([ew])? london$/, (_, a: string, b: string | undefined) => `${letters[a]}${b ? ` ${letters[b]}` : ''} london`)
    .replace(/^.*east end.*$/, 'east london');
  if (!said) return undefined;
  const directions = (['north', 'south', 'east', 'west', 'central'] as const).filter((d) => said.replace(/\s+/g, ' ').includes(d) || (d === 'central' && said.startsWith('inner')));
  const words = said.replace(/ ?london$/, '').replace(/^(north|south)(east|west)$/, '$1 $2').split(' ');
  return directions.length > 0 ? { label: `${words.map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join(' ')} London`, directions } : undefined;
}

/** A compass part named before "london", or before "or"/"than" and another part that "london" follows ("east or west london"). */
const PART_NAMED = /\b(north ?east|north ?west|south ?east|south ?west|north|south|east|west|central)\b(?= london\b| (?:or|and|vs|versus|than|against) (?:in )?(?:the )?(?:north|south|east|west|central)\b.*\blondon\b)/g;

/**
 * Two parts of London named to be set against each other: "south london or north london", "more desks in east or west
 * london", "does north london have more than south london"; undefined unless exactly two different parts are named.
 */
export function twoPartsOfLondon(text: string): [PartOfLondon, PartOfLondon] | undefined {
  const parts = [...text.matchAll(PART_NAMED)].map((m) => partOfLondon(`${m[1]} london`)).filter((p): p is PartOfLondon => p !== undefined);
  const distinct = parts.filter((p, k) => parts.findIndex((q) => q.label === p.label) === k);
  return distinct.length === 2 ? [distinct[0], distinct[1]] : undefined;
}
