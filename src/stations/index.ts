/**
 * The knowledge core as one object: the data plus the indexes built from it
 * once at start-up (timeline, place finder, spatial index). Everything here is
 * free of botbuilder and of the wall clock, so it could be its own package.
 */
import type { DateTime } from 'luxon';
import { BoundedCache } from './boundedCache';
import { readKnowledgeSnapshot, type BuiltKnowledge } from './knowledgeSnapshot';
import { loadKnowledge } from './loadKnowledge';
import { Locator } from './locate';
import type { KnowledgeData } from './model';
import { NearestDesks, type DeskStatusLookup } from './nearest';
import { Timeline, londonDate, type AsOf, type CounterStatus } from './timeline';

export class FrontCounterKnowledge {
  readonly timeline: Timeline;
  readonly locator: Locator;
  readonly desks: NearestDesks;
  /**
   * Statuses of every station for the dates asked lately (today, tomorrow, a
   * weekday named): answers share them. A few dates, each one list of stations.
   */
  private readonly statusCache = new BoundedCache<string, { all: readonly CounterStatus[]; lookup: DeskStatusLookup }>(8);

  /** Where the timeline and place index were made: by the build (its snapshot, see knowledgeSnapshot.ts), or here at start. */
  readonly indexesMade: 'at build' | 'at start';

  /** `built`: the timeline and place index already made from `data` (a snapshot's, see knowledgeSnapshot.ts). */
  constructor(
    readonly data: KnowledgeData,
    built?: Omit<BuiltKnowledge, 'data'>,
  ) {
    this.indexesMade = built ? 'at build' : 'at start';
    this.timeline = built?.timeline ?? new Timeline(data);
    this.locator = built?.locator ?? new Locator(data);
    this.desks = new NearestDesks(data.stations);
  }

  /** `data/` and its indexes: from the build's snapshot when it was made from these very files, else built here. */
  static load(dataDir?: string): FrontCounterKnowledge {
    const snapshot = readKnowledgeSnapshot(dataDir);
    return snapshot ? new FrontCounterKnowledge(snapshot.data, snapshot) : new FrontCounterKnowledge(loadKnowledge(dataDir));
  }

  /** Every station's status on the London date of `asOf`, in stations.json order; memoised for recent dates, so shared and frozen. */
  statusesAsOf(asOf: AsOf): readonly CounterStatus[] {
    return this.cachedStatuses(asOf).all;
  }

  /** The same statuses as a lookup by station id, for the nearest-desk queries. */
  deskStatuses(asOf: AsOf): DeskStatusLookup {
    return this.cachedStatuses(asOf).lookup;
  }

  private cachedStatuses(asOf: AsOf): { all: readonly CounterStatus[]; lookup: DeskStatusLookup } {
    return this.statusCache.get(londonDate(asOf), () => {
      const all = Object.freeze(this.timeline.statusesAsOf(asOf));
      const byId = new Map(all.map((s) => [s.station.id, s]));
      return { all, lookup: (id) => byId.get(id) };
    });
  }

  /** The London calendar date of an instant. */
  londonDateOf(at: DateTime): string {
    return londonDate(at);
  }
}

export type { KnowledgeData } from './model';
