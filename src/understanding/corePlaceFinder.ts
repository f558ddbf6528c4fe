/**
 * The real `PlaceFinder`: the knowledge core's `Locator`, which scans a piece
 * of text for stations (fuzzy names and aliases), places, boroughs and
 * postcodes. Kept to an adapter so understanding depends only on its seam.
 */
import { Locator } from '../stations/locate';
import type { KnowledgeData, LocateResult } from '../stations/model';
import type { FoundPlace, PlaceFinder } from './placeFinder';

export class CorePlaceFinder implements PlaceFinder {
  constructor(private readonly locator: Locator) {}

  /** Builds its own `Locator`; pass the shared one (`FrontCounterKnowledge.locator`) where there is one. */
  static fromData(data: Pick<KnowledgeData, 'stations' | 'districts' | 'sectors'> & Partial<Pick<KnowledgeData, 'places'>>): CorePlaceFinder {
    return new CorePlaceFinder(new Locator(data));
  }

  findPlaces(text: string): FoundPlace[] {
    return this.locator.findMentions(text).map((m) => ({ text: m.text, result: m.result }));
  }

  lookup(name: string): LocateResult {
    return this.locator.locate(name);
  }
}
