/**
 * The real `PlaceFinder`: the knowledge core's `Locator`, which scans a piece
 * of text for stations (fuzzy names and aliases), places, boroughs and
 * postcodes; and the data's plans by the names residents use. Kept to an
 * adapter so understanding depends only on its seam.
 */
import { Locator, type Mention } from '../stations/locate';
import type { KnowledgeData, LocateResult, PlaceMatch } from '../stations/model';
import type { FoundPlace, PlaceFinder } from './placeFinder';
import { PlanNames } from './planNames';

export class CorePlaceFinder implements PlaceFinder {
  constructor(
    private readonly locator: Locator,
    readonly plans: PlanNames = PlanNames.NONE,
  ) {}

  /** Builds its own `Locator`; pass the shared one (`FrontCounterKnowledge.locator`) where there is one. */
  static fromData(data: Pick<KnowledgeData, 'stations' | 'districts' | 'sectors' | 'plans'> & Partial<Pick<KnowledgeData, 'places'>>): CorePlaceFinder {
    return new CorePlaceFinder(new Locator(data), PlanNames.fromPlans(data.plans));
  }

  /** Over the knowledge core already loaded: its place search and its plans. */
  static of(knowledge: { locator: Locator; data: Pick<KnowledgeData, 'plans'> }): CorePlaceFinder {
    return new CorePlaceFinder(knowledge.locator, PlanNames.fromPlans(knowledge.data.plans));
  }

  /** The locator's own mentions (a FoundPlace each, with their offsets and scores), so `lookup` can take them back. */
  findPlaces(text: string): Mention[] {
    return this.locator.findMentions(text);
  }

  countersNamedWith(word: string): LocateResult {
    return this.locator.countersNamedWith(word);
  }

  placesCalled(name: string): PlaceMatch[] {
    return this.locator.placesCalled(name);
  }

  townOutsideLondon(name: string): string | undefined {
    return this.locator.townOutsideLondon(name);
  }

  lookup(name: string, found?: readonly FoundPlace[]): LocateResult {
    return this.locator.locate(name, found?.every(isMention) ? found : undefined);
  }
}

/** A FoundPlace this finder made (a Mention), not one from elsewhere. */
function isMention(found: FoundPlace): found is Mention {
  return typeof (found as Partial<Mention>).score === 'number' && typeof (found as Partial<Mention>).start === 'number';
}
