/**
 * "Where to go instead": the nearest counter open now, the nearest 24-hour
 * counter and, when nothing near is open at this hour, the nearest one open
 * at all, with straight-line distances and a note on how rough they are.
 */
import type { DateTime } from 'luxon';
import type { NearbyOptions } from '../../answers/answer';
import type { PlaceMatch } from '../../stations/model';
import type { NearbyDesk } from '../../stations/nearest';
import type { OpeningState } from '../../stations/openingHours';
import { directionsUrl, type Fact } from '../cards/elements';
import { distanceShort, distanceText, stateAfter } from '../format/distance';
import { shortStationName } from '../format/names';
import { stateText } from '../format/hours';
import { bold } from '../format/text';

export interface NearbyMeaning {
  /** Short lines, most useful first: `Nearest open now: **Ilford**, about 6.1 km (3.8 miles), until 22:00.` */
  lines: string[];
  facts: Fact[];
  /** How the distances were measured. */
  note: string | null;
  /** Directions to the desk open now (or else the 24-hour one). */
  links: { title: string; url: string }[];
  /** Short names of the desks offered, nearest open first, for follow-up suggestions. */
  offered: string[];
}

/** `Distances are straight-line from the centre of NW10 (approximate), ...`. */
export function distanceNote(from: PlaceMatch): string {
  const origin =
    from.kind === 'station'
      ? from.approximate
        ? `the approximate location of ${from.label} (the centre of its postcode district)`
        : from.label
      : from.approximate
        ? `the centre of the ${from.label} area`
        : from.label;
  const rough = from.approximate ? ' and approximate' : '';
  return `Distances are straight-line${rough}, measured from ${origin}; the journey will be longer.`;
}

function stateOf(desk: NearbyDesk & { state?: OpeningState | null }, now: DateTime): string | null {
  return desk.state ? stateText(desk.state, now) : null;
}

export function describeNearby(nearby: NearbyOptions | null, now: DateTime): NearbyMeaning {
  const empty: NearbyMeaning = { lines: [], facts: [], note: null, links: [], offered: [] };
  if (!nearby) return empty;
  const { openNow, open24x7, openToday } = nearby;
  const out: NearbyMeaning = { ...empty, lines: [], facts: [], offered: [] };
  const same = (a: NearbyDesk | null, b: NearbyDesk | null) => a !== null && b !== null && a.station.id === b.station.id;
  const add = (label: string, title: string, desk: NearbyDesk, state: string | null) => {
    const after = stateAfter(label, state);
    out.lines.push(`${label}: ${bold(shortStationName(desk.station))}, ${distanceShort(desk)}${after ? `, ${after}` : ''}.`);
    out.facts.push({ title, value: `${desk.station.name}, ${distanceText(desk)}${state ? `; ${state}` : ''}` });
    out.offered.push(shortStationName(desk.station));
  };

  if (openNow) add(same(openNow, open24x7) ? 'Nearest open now (24 hours)' : 'Nearest open now', same(openNow, open24x7) ? 'Open now (24 hours)' : 'Open now', openNow, stateOf(openNow, now));
  // At night the nearest counter may be shut but open in the morning: worth knowing when it is nearer.
  if (openToday && !same(openToday, openNow) && !same(openToday, open24x7) && (!openNow || openToday.distanceKm < openNow.distanceKm)) {
    add(openNow ? 'Nearer, but not open at this hour' : 'Nearest counter (not open at this hour)', 'Nearest', openToday, stateOf(openToday, now));
  }
  if (open24x7 && !same(open24x7, openNow)) add('Nearest open 24 hours', 'Open 24 hours', open24x7, null);
  if (out.lines.length === 0) return { ...empty, lines: [`I couldn't find another front counter open near ${nearby.from.label}.`] };

  const target = openNow ?? open24x7 ?? openToday;
  if (target?.station.location) out.links.push({ title: `Directions to ${shortStationName(target.station)}`, url: directionsUrl(target.station.location) });
  return { ...out, note: distanceNote(nearby.from) };
}
