/**
 * The desk an answer pointed the resident to, so the next message can say "it"
 * ("nearest open now" -> "is it open tomorrow?"). Only answers that lead with
 * one desk name one.
 */
import type { PlaceMatch } from '../stations/model';
import { stationPlace } from '../stations/stationPlace';
import type { Answer } from './answer';

export function deskNamedBy(answer: Answer): PlaceMatch | undefined {
  switch (answer.kind) {
    case 'nearest':
      return answer.results[0] ? stationPlace(answer.results[0].station) : undefined;
    case 'outside-met':
      return answer.nearest ? deskNamedBy(answer.nearest) : undefined;
    case 'place-only': {
      const desk = answer.nearby?.openNow ?? answer.nearby?.openToday;
      return desk ? stationPlace(desk.station) : undefined;
    }
    case 'borough-desks':
      // Its closures asked ("which stations closed in barnet"): the one that closed, when one alone did, so "why?" or "the
      // first one" is of it; several: none (not its open counter, which the list was not of).
      if (answer.closuresAsked && !answer.asked && answer.closedRecently.length > 0) return answer.closedRecently.length === 1 ? stationPlace(answer.closedRecently[0].station) : undefined;
      return answer.open.length === 1 ? stationPlace(answer.open[0].station) : undefined;
    // A list of closures that named one counter alone ("which closed in 2019"): that counter.
    case 'closures-list':
      return answer.closures.length === 1 && !answer.happened && !answer.byYear && !answer.byBorough ? stationPlace(answer.closures[0].status.station) : undefined;
    // A list of moves that named one alone ("which counters moved in 2024"): that counter, so "why did it move" is of it.
    case 'moved-list':
      return answer.moves.length === 1 ? stationPlace(answer.moves[0].from.station) : undefined;
    // "which station reopened most recently": the one it leads with, when one alone reopened on the latest date.
    case 'reopenings': {
      const latest = answer.latest ? answer.reopenings.filter((r) => r.reopened.date === answer.reopenings.at(-1)?.reopened.date) : [];
      return latest.length === 1 ? stationPlace(latest[0].status.station) : undefined;
    }
    case 'station-status':
    case 'station-hours':
    case 'station-address':
    case 'station-history':
      return answer.nearestTo ? stationPlace(answer.status.station) : undefined;
    default:
      return undefined;
  }
}

/**
 * The counters an answer listed, in the order shown (the nearest desk and the next nearest; a borough's or London's
 * 24-hour counters; two weighed by distance; the counters a closures or reopenings list named), so "the second one" or "when does the first one open" can be read as one of them. Fewer than two: none.
 */
export function desksListedBy(answer: Answer): PlaceMatch[] {
  const listed =
    answer.kind === 'nearest' ? answer.results.map((r) => r.station)
    // A borough's closures asked ("which stations closed in lambeth"): those that closed, oldest first as the list shows
    // them, so "the second one" is the second closure, not one of the counters open now.
    : answer.kind === 'borough-desks' && answer.closuresAsked && !answer.asked ? [...answer.closedRecently].sort((a, b) => ((a.since?.date ?? '') < (b.since?.date ?? '') ? -1 : 1)).map((s) => s.station)
    : answer.kind === 'borough-desks' ? answer.open.map((s) => s.station)
    // "Which stations lost 24 hours in march 2026": the counters named as losing it, in the order shown.
    : answer.kind === 'plans' && answer.newHours?.named ? answer.newHours.from24x7Stations
    : answer.kind === 'list-24x7' && !answer.asked ? (answer.part?.desks ?? answer.desks).map((s) => s.station)
    // The counters open in London or a part of it (now, at a time, on a day), in the order the list shows them (the 24-hour
    // ones first), so "the second one" or "is the last one open sunday" picks one of them.
    : answer.kind === 'open-list' ? answer.groups.flatMap((g) => g.desks).map((s) => s.station)
    // Two weighed by distance: the one said first (the nearer, or the further when that was asked) first.
    : answer.kind === 'nearer-of' ? (answer.further ? [...answer.desks].reverse() : answer.desks).map((d) => d.status.station)
    // The counters a closures list named, in the order shown (by date, then name); not when only counted (by year or borough).
    : answer.kind === 'closures-list' && !answer.happened && !answer.byYear && !answer.byBorough ? answer.closures.map((c) => c.status.station)
    // The counters whose desk moved, in the order shown (oldest move first): "that one", "the second one" pick one of them.
    : answer.kind === 'moved-list' ? answer.moves.map((m) => m.from.station)
    // The counters that reopened, each once, in the order the list names them (oldest reopening first); not when the
    // latest or those open now lead, which name them in another order.
    : answer.kind === 'reopenings' && !answer.latest && !answer.openNowAsked ? [...new Map(answer.reopenings.map((r) => [r.status.station.id, r.status.station])).values()]
    : [];
  return listed.length >= 2 ? listed.map(stationPlace) : [];
}
