/**
 * The nearest desks to a point: the spatial half of "where is my nearest open
 * (or 24-hour) front counter". Which desks count at a given time is the
 * timeline's call (`timeline.ts`, `openingHours.ts`); callers pass it in as a
 * filter or a status lookup, so this file knows geometry, not dates.
 *
 * A station whose location is only a district centroid is never offered as a
 * desk while a precisely located one qualifies; it fills in only when nothing
 * else does, and is flagged `approximate`.
 */
import KDBush from 'kdbush';
import { around } from 'geokdbush';
import type { DateTime } from 'luxon';
import { haversineKm, kmToMiles, roundToTenth } from './geo';
import type { LatLon, Station } from './model';
import { isOpenAt } from './openingHours';
import type { AsOf, CounterStatus } from './timeline';

export interface NearbyDesk {
  station: Station;
  /** Straight-line distance, one decimal place. */
  distanceKm: number;
  distanceMiles: number;
  /** The desk's own location is a district centroid, so the distance is rough too. */
  approximate: boolean;
}

/** Which desks count; called with station ids. */
export type DeskFilter = (stationId: string) => boolean;

export interface NearestOptions {
  /** How many desks to return (default 1). */
  k?: number;
  filter?: DeskFilter;
  /** Ignore desks further than this (default: no limit). */
  maxDistanceKm?: number;
}

export class NearestDesks {
  private readonly stations: Station[];
  private readonly precise: boolean[];
  private readonly index: KDBush;

  /** Stations without a location are left out: they can never be "nearest". */
  constructor(stations: readonly Station[]) {
    this.stations = stations.filter((s) => s.location !== null);
    this.precise = this.stations.map((s) => s.location?.precision === 'postcode-unit');
    this.index = new KDBush(Math.max(1, this.stations.length));
    for (const s of this.stations) this.index.add(s.location!.lon, s.location!.lat);
    if (this.stations.length === 0) this.index.add(0, 0); // kdbush needs one point; the filters below never accept it
    this.index.finish();
  }

  get size(): number {
    return this.stations.length;
  }

  /** The `k` nearest desks the filter accepts, nearest first: precise ones, then (only to fill up) approximate ones. */
  nearest(point: LatLon, options: NearestOptions = {}): NearbyDesk[] {
    const k = Math.max(1, Math.floor(options.k ?? 1));
    const filter = options.filter ?? (() => true);
    const maxKm = options.maxDistanceKm ?? Number.POSITIVE_INFINITY;
    if (!Number.isFinite(point.lat) || !Number.isFinite(point.lon)) return [];
    const n = this.stations.length;
    const accepts = (wantPrecise: boolean) => (i: number) => i < n && this.precise[i] === wantPrecise && filter(this.stations[i].id);
    const found = around(this.index, point.lon, point.lat, k, maxKm, accepts(true));
    if (found.length < k) found.push(...around(this.index, point.lon, point.lat, k - found.length, maxKm, accepts(false)));
    return found.map((i) => this.describe(i, point));
  }

  private describe(i: number, from: LatLon): NearbyDesk {
    const station = this.stations[i];
    const km = haversineKm(from, station.location!);
    return { station, distanceKm: roundToTenth(km), distanceMiles: roundToTenth(kmToMiles(km)), approximate: !this.precise[i] };
  }
}

// ---------------------------------------------------------------------------
// The three questions residents ask, given what the timeline says

/** What the timeline says about one station on the date asked about; `undefined` for a station it does not know. */
export type DeskStatusLookup = (stationId: string) => Pick<CounterStatus, 'counter' | 'hours'> | undefined;

/**
 * Every station's status on one date, computed once, for the functions below
 * (`timeline` is a `Timeline`, or anything with its `statusesAsOf`).
 */
export function deskStatusesAsOf(
  timeline: { statusesAsOf(asOf: AsOf): CounterStatus[] },
  asOf: AsOf,
): DeskStatusLookup {
  const byId = new Map(timeline.statusesAsOf(asOf).map((s) => [s.station.id, s]));
  return (stationId) => byId.get(stationId);
}

/** Desks open around the clock on that date (a 24/7 schedule). */
export function nearest24x7Desk(desks: NearestDesks, point: LatLon, status: DeskStatusLookup, k = 1): NearbyDesk[] {
  return desks.nearest(point, {
    k,
    filter: (id) => {
      const s = status(id);
      return s?.counter === 'open' && s.hours?.is24x7 === true;
    },
  });
}

/** Desks open at all on that date, whatever their hours ("is there still a counter"). */
export function nearestOpenDesk(desks: NearestDesks, point: LatLon, status: DeskStatusLookup, k = 1): NearbyDesk[] {
  return desks.nearest(point, { k, filter: (id) => status(id)?.counter === 'open' });
}

/**
 * Desks open at the instant `at` (London clock). `status` must be for the
 * date of `at`. A counter whose hours we do not know is left out: we cannot
 * say it is open now.
 */
export function nearestOpenNowDesk(desks: NearestDesks, point: LatLon, status: DeskStatusLookup, at: DateTime, k = 1): NearbyDesk[] {
  return desks.nearest(point, {
    k,
    filter: (id) => {
      const s = status(id);
      return s?.counter === 'open' && s.hours !== null && isOpenAt(s.hours.schedule, at);
    },
  });
}
