/**
 * The knowledge core as one object: the data plus the indexes built from it
 * once at start-up (timeline, place finder, spatial index). Everything here is
 * free of botbuilder and of the wall clock, so it could be its own package.
 */
import type { DateTime } from 'luxon';
import { loadKnowledge } from './loadKnowledge';
import { Locator } from './locate';
import type { KnowledgeData } from './model';
import { NearestDesks, type DeskStatusLookup } from './nearest';
import { Timeline, londonDate, type AsOf, type CounterStatus } from './timeline';

export class FrontCounterKnowledge {
  readonly timeline: Timeline;
  readonly locator: Locator;
  readonly desks: NearestDesks;
  /** Statuses of every station for the last date asked: answers on one day share them. */
  private statusCache: { date: string; all: CounterStatus[]; lookup: DeskStatusLookup } | null = null;

  constructor(readonly data: KnowledgeData) {
    this.timeline = new Timeline(data);
    this.locator = new Locator(data);
    this.desks = new NearestDesks(data.stations);
  }

  static load(dataDir?: string): FrontCounterKnowledge {
    return new FrontCounterKnowledge(loadKnowledge(dataDir));
  }

  /** Every station's status on the London date of `asOf`, in stations.json order; memoised for the latest date. */
  statusesAsOf(asOf: AsOf): CounterStatus[] {
    return this.cachedStatuses(asOf).all;
  }

  /** The same statuses as a lookup by station id, for the nearest-desk queries. */
  deskStatuses(asOf: AsOf): DeskStatusLookup {
    return this.cachedStatuses(asOf).lookup;
  }

  private cachedStatuses(asOf: AsOf): { all: CounterStatus[]; lookup: DeskStatusLookup } {
    const date = londonDate(asOf);
    if (this.statusCache?.date !== date) {
      const all = this.timeline.statusesAsOf(date);
      const byId = new Map(all.map((s) => [s.station.id, s]));
      this.statusCache = { date, all, lookup: (id) => byId.get(id) };
    }
    return this.statusCache;
  }

  /** The London calendar date of an instant. */
  londonDateOf(at: DateTime): string {
    return londonDate(at);
  }
}

export type { KnowledgeData } from './model';
