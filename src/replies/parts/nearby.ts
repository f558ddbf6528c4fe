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
import { directionsUrl, openUrl, type CardElement, type Fact } from '../cards/elements';
import { distanceSpoken, distanceText } from '../format/distance';
import { shortStationName } from '../format/names';
import { stateText } from '../format/hours';
import { bold } from '../format/text';

export interface NearbyWords {
  /** A `- ` list under a heading; null when there is nothing to offer. */
  list: string | null;
  /** How the distances were measured. */
  note: string | null;
  facts: Fact[];
  /** Directions to the desk open now (or else the 24-hour one). */
  actions: CardElement[];
  spoken: string | null;
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

function line(label: string, desk: NearbyDesk, state: string | null): string {
  return `- ${label}: ${bold(desk.station.name)}, ${distanceText(desk)} away${state ? `, ${state}` : ''}.`;
}

function fact(title: string, desk: NearbyDesk, state: string | null): Fact {
  return { title, value: `${desk.station.name}, ${distanceText(desk)}${state ? `; ${state}` : ''}` };
}

export function describeNearby(nearby: NearbyOptions | null, now: DateTime, heading = 'Where to go instead:'): NearbyWords {
  const empty: NearbyWords = { list: null, note: null, facts: [], actions: [], spoken: null, offered: [] };
  if (!nearby) return empty;
  const { openNow, open24x7, openToday } = nearby;
  const lines: string[] = [];
  const facts: Fact[] = [];
  const spoken: string[] = [];
  const offered: string[] = [];
  const sameDesk = (a: NearbyDesk | null, b: NearbyDesk | null) => a !== null && b !== null && a.station.id === b.station.id;

  if (openNow) {
    const state = stateOf(openNow, now);
    const label = sameDesk(openNow, open24x7) ? 'Nearest open now, and open 24 hours' : 'Nearest open now';
    lines.push(line(label, openNow, state));
    facts.push(fact(sameDesk(openNow, open24x7) ? 'Open now (24 hours)' : 'Open now', openNow, state));
    spoken.push(`The nearest counter open now is ${openNow.station.name}, ${distanceSpoken(openNow)} away.`);
    offered.push(shortStationName(openNow.station));
  }
  // At night the nearest counter may be shut but open in the morning: worth knowing when it is nearer.
  if (openToday && !sameDesk(openToday, openNow) && !sameDesk(openToday, open24x7) && (!openNow || openToday.distanceKm < openNow.distanceKm)) {
    const state = stateOf(openToday, now);
    lines.push(line(openNow ? 'Nearer, but not open at this hour' : 'Nearest counter (not open at this hour)', openToday, state));
    facts.push(fact('Nearest', openToday, state));
    if (!openNow) spoken.push(`No counter near there is open right now. The nearest is ${openToday.station.name}, ${distanceSpoken(openToday)} away.`);
    offered.push(shortStationName(openToday.station));
  }
  if (open24x7 && !sameDesk(open24x7, openNow)) {
    lines.push(line('Nearest open 24 hours', open24x7, null));
    facts.push(fact('Open 24 hours', open24x7, null));
    spoken.push(`The nearest 24-hour counter is ${open24x7.station.name}, ${distanceSpoken(open24x7)} away.`);
    offered.push(shortStationName(open24x7.station));
  }
  if (lines.length === 0) {
    return { ...empty, list: `I couldn't find another front counter open near ${nearby.from.label}.` };
  }

  const target = openNow ?? open24x7 ?? openToday;
  const actions = target?.station.location
    ? [openUrl(`Directions to ${shortStationName(target.station)}`, directionsUrl(target.station.location))]
    : [];
  return { list: [heading, ...lines].join('\n'), note: distanceNote(nearby.from), facts, actions, spoken: spoken.join(' '), offered };
}
