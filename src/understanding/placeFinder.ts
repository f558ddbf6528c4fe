/**
 * The seam between understanding and the knowledge core's names: understanding
 * hands over the words that may name a place, the finder says what they name
 * (and, where it has them, which plans the data knows by which names). Injected, so tests can pass a fake and the bot the real one
 * (`corePlaceFinder.ts`).
 */
import type { LocateResult, PlaceMatch } from '../stations/model';
import type { PlanNames } from './planNames';

/** One place mention found in a piece of text. */
export interface FoundPlace {
  /** The words that matched, as they appear in the text given. */
  text: string;
  result: LocateResult;
}

export interface PlaceFinder {
  /**
   * The place mentions in `text` (stations by fuzzy name, postcodes, districts,
   * sectors, boroughs, places), in the order they appear. Words that name no
   * place give no mention; a postcode-shaped word that is unknown or outside
   * London gives an `unknown-postcode` / `outside-london` mention.
   * `text` is already lower-case words without the question's other words
   * ("kentsh town", "nw10 4aa", "richmond"). Never throws.
   */
  findPlaces(text: string): FoundPlace[];

  /**
   * Optional: what `name` names, read as one name, for words understanding is
   * sure are meant as a place but `findPlaces` matched nothing in ("is wood
   * police station open": ambiguous, Wood Green or Woodford). May return
   * `ambiguous`, `not-found` and the rest. `found`: what `findPlaces(name)` gave, when the caller has it,
   * so the finder need not scan the same words again. Never throws.
   */
  lookup?(name: string, found?: readonly FoundPlace[]): LocateResult;

  /**
   * Optional: the counters with `word` as a whole word of a name they go by ("hill": Notting Hill, Kings Head Hill,
   * Lavender Hill), for a counter called by one word of its name ("the hill station"). Never throws.
   */
  countersNamedWith?(word: string): LocateResult;

  /** Optional: the London places called `name` exactly, in any borough ("hayes": Hillingdon's and Bromley's). Never throws. */
  placesCalled?(name: string): PlaceMatch[];

  /** Optional: the British town far from London `name` names ("brighton" -> "Brighton"), if any. Never throws. */
  townOutsideLondon?(name: string): string | undefined;

  /**
   * Optional: the plans the data knows, by the names residents use ("the 2017 plan", "Sadiq's cuts") and
   * with their closure rounds. Without them, a question about a plan is read as about the plans in general.
   */
  readonly plans?: PlanNames;
}
