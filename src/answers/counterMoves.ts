/**
 * Where a closed counter's public desk went, as the timeline tells it: another counter that opened to replace it
 * (its `opened` row names this one: "counter opened ... replacing Barking police station"), or one the closing row
 * names after words of a move ("counter moved to Stratford", "operating at 88 Church Street", "ended when Islington
 * reopened"). "Is Barking police station open?" is then answered whole: the old station closed in 2013, its counter
 * moved to Barking Learning Centre, which closed in 2026. Read from the rows' words, never written here; a counter a
 * closing row names in passing ("Bexley had only Bexleyheath", "Kingston Mail") is not a move.
 */
import type { Timeline } from '../stations/timeline';
import type { CounterStatus } from '../stations/timeline/types';
import type { Station, TimelineEvent } from '../stations/model';
import { BoundedCache } from '../stations/boundedCache';
import { namesStation } from './namesInText';

export interface CounterMove {
  /** The counter the desk moved to. */
  station: Station;
  /** When the move happened: the replacement's opening, else the closure. */
  on: TimelineEvent;
  /** That counter's state at the answer's date (open, or closed since when). */
  status: CounterStatus;
}

const DAY_MS = 86_400_000;
/** A replacement opening this long before the closure still replaced it (the old desk kept going a few weeks). */
const OPENED_BEFORE_DAYS = 92;
/** ...and this long after (a replacement a year on is a replacement; later ones are new counters). */
const OPENED_AFTER_DAYS = 400;

const days = (from: string, to: string) => (Date.parse(to) - Date.parse(from)) / DAY_MS;

/** Words of a desk going somewhere ("moved to", "replaced by", "operating at", "ended when X reopened"). */
const MOVE = /\b(?:moved|moving|relocated|relocation|transferred|replaced by|replacement|operating at|when)\b/i;

/** Whether a closing row says its desk went to `other`: the name after words of a move, in the same sentence. */
function saysMovedTo(row: TimelineEvent, other: Station): boolean {
  return `${row.value}. ${row.notes}`.split(/[.;](?:\s|$)/).some((sentence) => {
    const move = MOVE.exec(sentence);
    return move !== null && namesStation(sentence.slice(move.index), other);
  });
}

/**
 * Worked out once per counter and date for each timeline (a closed counter is asked of often, and the answer reads
 * every counter's rows): never changed by a caller.
 */
const worked = new WeakMap<Timeline, BoundedCache<string, readonly CounterMove[]>>();
const MOVES_KEPT = 512;

/** The counters a closed counter's desk moved to, oldest move first; none for an open counter or without such a row. */
export function counterMoves(timeline: Timeline, stations: readonly Station[], closed: CounterStatus, asOf: string): readonly CounterMove[] {
  if (closed.counter !== 'closed' || !closed.since) return [];
  let kept = worked.get(timeline);
  if (!kept) worked.set(timeline, (kept = new BoundedCache(MOVES_KEPT)));
  const closure = closed.since.date;
  return kept.get(`${closed.station.id} ${asOf}`, () => movesOf(timeline, stations, closed, closure, asOf));
}

function movesOf(timeline: Timeline, stations: readonly Station[], closed: CounterStatus, closure: string, asOf: string): CounterMove[] {
  const closingRows = closed.decidedBy.filter((e) => e.kind === 'closed' && !e.conflict);
  const moves: CounterMove[] = [];
  for (const other of stations) {
    if (other.id === closed.station.id) continue;
    const opened = timeline.eventsFor(other.id).filter((e) => e.kind === 'opened' && !e.conflict && e.date <= asOf);
    const near = (e: TimelineEvent) => days(closure, e.date) >= -OPENED_BEFORE_DAYS && days(closure, e.date) <= OPENED_AFTER_DAYS;
    const replacing = opened.find((e) => near(e) && namesStation(`${e.value} ${e.notes}`, closed.station));
    const named = closingRows.find((e) => saysMovedTo(e, other));
    if (!replacing && !named) continue;
    // Named by the closing row: only a counter that was open just after the closure took its desk.
    const then = timeline.statusAsOf(other.id, closure);
    if (!replacing && then.counter !== 'open' && !opened.some(near)) continue;
    moves.push({ station: other, on: replacing ?? named!, status: timeline.statusAsOf(other.id, asOf) });
  }
  return moves.sort((a, b) => a.on.date.localeCompare(b.on.date));
}
