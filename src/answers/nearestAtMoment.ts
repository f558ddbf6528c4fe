/**
 * "Any desk open at midnight near N4?", "nearest station open on Sunday to E17 4PP?": the nearest desks for
 * the moment named, not for now. A time of day asks for desks open at that instant; a day (or a weekend) for
 * desks open at some time that day. Each date is read with the timeline's statuses on that date, so a change
 * decided by then applies. Special days have no hours of their own in the data: their usual weekday's hours
 * are given, and the reply says so.
 */
import type { DateTime } from 'luxon';
import type { FrontCounterKnowledge } from '../stations';
import type { LatLon } from '../stations/model';
import { nearest24x7Desk, nearestOpenNowDesk, type DeskStatusLookup, type NearbyDesk } from '../stations/nearest';
import { hoursOn, isOpenAt, londonInstant, openingStateAt, type DayHours } from '../stations/openingHours';
import type { KnownHours } from '../stations/timeline';
import type { DayPart, DeskKind, WhenAsked } from '../understanding/question';
import { opensWithin, partSpan } from './partOfDay';
import type { ContactFacts, MomentAsked, NearestMoment, NearestResult } from './answer';

/** What a nearest answer becomes for the moment asked; `results` is null when the moment has no date (answer as for now). */
export interface NearestAtMoment {
  results: NearestResult[] | null;
  moment: NearestMoment;
}

/** The London dates a moment covers: the instant's date, the day, or Saturday and Sunday. */
export function momentDates(when: WhenAsked | undefined): string[] {
  switch (when?.kind) {
    case 'instant':
      return [londonInstant(when.iso).toISODate() ?? ''];
    case 'date':
    case 'weekday':
      return [when.date];
    case 'weekend':
      return [...when.dates];
    default:
      return [];
  }
}

export function nearestAtMoment(
  knowledge: FrontCounterKnowledge,
  point: LatLon,
  desk: DeskKind,
  asked: MomentAsked,
  count: number,
  contacts: ContactFacts,
  at: DateTime,
): NearestAtMoment {
  const dates = momentDates(asked.when);
  const base = { ...(asked.when ? { when: asked.when } : {}), ...(asked.specialDay ? { specialDay: asked.specialDay } : {}), dates, contacts };
  if (dates.length === 0) {
    const open24x7 = nearest24x7Desk(knowledge.desks, point, knowledge.deskStatuses(at), 1)[0] ?? null;
    return { results: null, moment: { ...base, openThatDay: null, open24x7 } };
  }
  // Each lookup keeps its own date's statuses, whatever is asked of the knowledge afterwards.
  const lookups = dates.map((date) => ({ date, status: knowledge.deskStatuses(date) }));
  const open24x7 = nearest24x7Desk(knowledge.desks, point, lookups[0].status, 1)[0] ?? null;
  if (asked.when?.kind === 'instant') {
    const instant = londonInstant(asked.when.iso);
    return atInstant(knowledge, point, desk, instant, lookups[0], count, { ...base, open24x7 });
  }
  const part = (asked.when?.kind === 'date' || asked.when?.kind === 'weekday') && asked.when.part ? asked.when.part : undefined;
  return { results: onDays(knowledge, point, desk, lookups, count, part), moment: { ...base, openThatDay: null, open24x7 } };
}

type DayLookup = { date: string; status: DeskStatusLookup };

/** The hours of a desk with an open counter and known hours on that date; null otherwise (we cannot say it opens). */
function knownHours(lookup: DayLookup, stationId: string): KnownHours | null {
  const status = lookup.status(stationId);
  return status?.counter === 'open' ? status.hours : null;
}

/** Desks open at the instant, and the nearest desk open earlier or later that day when it is nearer. */
function atInstant(
  knowledge: FrontCounterKnowledge,
  point: LatLon,
  desk: DeskKind,
  instant: DateTime,
  day: DayLookup,
  count: number,
  moment: Omit<NearestMoment, 'openThatDay'>,
): NearestAtMoment {
  const found = desk === '24/7' ? nearest24x7Desk(knowledge.desks, point, day.status, count) : nearestOpenNowDesk(knowledge.desks, point, day.status, instant, count);
  const results = found.map((d): NearestResult => {
    const hours = knownHours(day, d.station.id) as KnownHours;
    return { ...d, state: openingStateAt(hours.schedule, instant), is24x7: hours.is24x7, hours, days: [hoursOn(hours.schedule, day.date)] };
  });
  const openThatDay = desk === '24/7' ? null : nearestOpenThatDay(knowledge, point, instant, day);
  const first = results[0];
  const nearer = openThatDay && (!first || openThatDay.distanceKm < first.distanceKm) ? openThatDay : null;
  // "open at 9 on monday": 09:00 taken, and the nearest open at 21:00 that day beside it.
  const otherIso = moment.when?.kind === 'instant' && desk !== '24/7' ? moment.when.otherHalf : undefined;
  const otherHalf = otherIso ? { otherHalf: { iso: otherIso, nearest: nearestOpenNowDesk(knowledge.desks, point, day.status, londonInstant(otherIso), 1)[0] ?? null } } : {};
  return { results, moment: { ...moment, openThatDay: nearer, ...otherHalf } };
}

function nearestOpenThatDay(knowledge: FrontCounterKnowledge, point: LatLon, instant: DateTime, day: DayLookup): (NearbyDesk & { days: DayHours[] }) | null {
  const [found] = knowledge.desks.nearest(point, {
    filter: (id) => {
      const hours = knownHours(day, id);
      return hours !== null && !isOpenAt(hours.schedule, instant) && !hoursOn(hours.schedule, day.date).closedAllDay;
    },
  });
  if (!found) return null;
  const hours = knownHours(day, found.station.id) as KnownHours;
  return { ...found, days: [hoursOn(hours.schedule, day.date)] };
}

/** Desks open at some time on any of the dates (around the clock, for a 24-hour question), with their hours on each. */
function onDays(knowledge: FrontCounterKnowledge, point: LatLon, desk: DeskKind, days: DayLookup[], count: number, part?: DayPart): NearestResult[] {
  const spans = part ? new Map(days.map((day) => [day, partSpan(part, londonInstant(day.date))])) : undefined;
  const opens = (id: string, day: DayLookup): boolean => {
    const hours = knownHours(day, id);
    if (!hours) return false;
    if (desk === '24/7') return hours.is24x7;
    // "tomorrow night": open at some time within that part of the day.
    const dayHours = hoursOn(hours.schedule, day.date);
    const span = spans?.get(day);
    return span ? opensWithin(dayHours, span) : !dayHours.closedAllDay;
  };
  const found = knowledge.desks.nearest(point, { k: count, filter: (id) => days.some((day) => opens(id, day)) });
  return found.map((d): NearestResult => {
    const known = days.map((day) => ({ day, hours: knownHours(day, d.station.id) }));
    const dayHours = known.flatMap(({ day, hours }) => (hours ? [hoursOn(hours.schedule, day.date)] : []));
    return { ...d, state: null, is24x7: known.some(({ hours }) => hours?.is24x7 === true), hours: known.find(({ hours }) => hours)?.hours ?? null, days: dayHours };
  });
}
