/**
 * Answers built straight from the real data with the knowledge core
 * (Timeline, NearestDesks, Locator, hours), so reply tests render what
 * residents will really see without depending on the answering layer.
 */
import { DateTime } from 'luxon';
import type { AnswerDating, ContactFacts, NearbyOptions } from '../../src/answers/answer';
import type { Answer } from '../../src/answers/answer';
import { loadKnowledge } from '../../src/stations/loadKnowledge';
import { Locator } from '../../src/stations/locate';
import type { PlaceMatch, Station } from '../../src/stations/model';
import { NearestDesks, deskStatusesAsOf, nearest24x7Desk, nearestOpenDesk, nearestOpenNowDesk, type NearbyDesk } from '../../src/stations/nearest';
import { hoursOn, openingStateAt, weekTable, type OpeningState } from '../../src/stations/openingHours';
import { Timeline, type CounterStatus } from '../../src/stations/timeline';
import type { DeskKind, HoursFocus, SpecialDay, WhenAsked } from '../../src/understanding/question';

export const data = loadKnowledge();
export const timeline = new Timeline(data);
export const desks = new NearestDesks(data.stations);
export const locator = new Locator(data);
export const contacts: ContactFacts = data.residentFacts.contacts;

/** Thursday 26 November 2026, 14:30 in London: the "today" of the research. */
export const THURSDAY_AFTERNOON = london('2026-11-26T14:30');
/** The same Thursday, 23:10: every counter but the two 24-hour ones is shut. */
export const THURSDAY_NIGHT = london('2026-11-26T23:10');

export function london(iso: string): DateTime {
  return DateTime.fromISO(iso, { zone: 'Europe/London' });
}

export function dating(at: DateTime): AnswerDating {
  return { asOf: at.toISODate()!, at: at.toISO()!, verifiedOn: data.meta.verifiedOn, sourcesUpTo: data.meta.sourcesUpTo };
}

export function station(id: string): Station {
  const s = timeline.station(id);
  if (!s) throw new Error(`no station ${id}`);
  return s;
}

export function stationPlace(id: string): PlaceMatch {
  const s = station(id);
  return {
    kind: 'station',
    label: s.name,
    point: s.location ? { lat: s.location.lat, lon: s.location.lon } : null,
    approximate: s.location?.precision !== 'postcode-unit',
    borough: s.borough,
    stationId: s.id,
    score: 1,
  };
}

export function placeOf(text: string): PlaceMatch {
  const found = locator.locate(text);
  if (found.status !== 'found') throw new Error(`"${text}" is ${found.status}`);
  return found.match;
}

function stateOf(desk: NearbyDesk, at: DateTime): OpeningState | null {
  const hours = deskStatusesAsOf(timeline, at)(desk.station.id)?.hours;
  return hours ? openingStateAt(hours.schedule, at) : null;
}

export function nearbyFrom(from: PlaceMatch, at: DateTime, excludeId?: string): NearbyOptions {
  const point = from.point!;
  const statuses = deskStatusesAsOf(timeline, at);
  const first = (found: NearbyDesk[]) => found.find((d) => d.station.id !== excludeId) ?? null;
  const openNow = first(nearestOpenNowDesk(desks, point, statuses, at, 2));
  const open24x7 = first(nearest24x7Desk(desks, point, statuses, 2));
  const openToday = first(nearestOpenDesk(desks, point, statuses, 2));
  return {
    from,
    openNow: openNow ? { ...openNow, state: stateOf(openNow, at)! } : null,
    open24x7,
    openToday: openToday ? { ...openToday, state: stateOf(openToday, at) } : null,
  };
}

export function statusAnswer(id: string, at: DateTime): Extract<Answer, { kind: 'station-status' }> {
  const status = timeline.statusAsOf(id, at);
  const nearby = status.counter === 'open' ? null : nearbyFrom(stationPlace(id), at, id);
  return { kind: 'station-status', status, nearby, contacts, ...dating(at) };
}

export function hoursAnswer(
  id: string,
  when: WhenAsked,
  at: DateTime,
  specialDay: SpecialDay | null = null,
  focus: HoursFocus | null = null,
): Extract<Answer, { kind: 'station-hours' }> {
  const dates =
    when.kind === 'date' || when.kind === 'weekday'
      ? [when.date]
      : when.kind === 'weekend'
        ? [...when.dates]
        : when.kind === 'instant'
          ? [DateTime.fromISO(when.iso, { zone: 'Europe/London' }).toISODate()!]
          : when.kind === 'now'
            ? [at.toISODate()!]
            : [];
  const status: CounterStatus = timeline.statusAsOf(id, dates.length === 1 ? dates[0] : at);
  const schedule = status.counter === 'open' && status.hours ? status.hours.schedule : null;
  const state =
    schedule && (when.kind === 'now' || when.kind === 'instant')
      ? openingStateAt(schedule, when.kind === 'instant' ? DateTime.fromISO(when.iso, { zone: 'Europe/London' }) : at)
      : null;
  const closed = !schedule || (state !== null && !state.open);
  return {
    kind: 'station-hours',
    status,
    when,
    days: schedule && when.kind !== 'week' ? dates.map((d) => hoursOn(schedule, d)) : [],
    week: schedule && when.kind === 'week' ? weekTable(schedule) : null,
    state,
    specialDay,
    focus,
    nearby: closed ? nearbyFrom(stationPlace(id), at, id) : null,
    contacts,
    ...dating(at),
  };
}

export function nearestAnswer(from: PlaceMatch, desk: DeskKind, at: DateTime, k = 3): Extract<Answer, { kind: 'nearest' }> {
  const statuses = deskStatusesAsOf(timeline, at);
  const found =
    desk === '24/7'
      ? nearest24x7Desk(desks, from.point!, statuses, k)
      : desk === 'open-now'
        ? nearestOpenNowDesk(desks, from.point!, statuses, at, k)
        : nearestOpenDesk(desks, from.point!, statuses, k);
  const results = found.map((d) => {
    const hours = statuses(d.station.id)?.hours ?? null;
    return { ...d, state: hours ? openingStateAt(hours.schedule, at) : null, is24x7: hours?.is24x7 === true };
  });
  return { kind: 'nearest', desk, from, results, nearby: nearbyFrom(from, at), ...dating(at) };
}

export function list24x7Answer(at: DateTime): Extract<Answer, { kind: 'list-24x7' }> {
  const open = timeline.countersOpenAsOf(at);
  const found = open.filter((s) => s.hours?.is24x7);
  const since = found.map((s) => s.hours!.since.date).sort().pop() ?? null;
  return { kind: 'list-24x7', desks: found, since, openCount: open.length, ...dating(at) };
}

export function closuresAnswer(period: 'feb-2026' | 'dec-2017' | 'all', at: DateTime): Extract<Answer, { kind: 'closures-list' }> {
  const asOf = at.toISODate()!;
  const inPeriod = (d: string) => (period === 'feb-2026' ? d.startsWith('2026-02') : period === 'dec-2017' ? d >= '2017-12-01' && d <= '2018-01-31' : d >= '2017-07-01');
  const closures = timeline
    .statusesAsOf(at)
    .flatMap((status) => {
      const event = timeline
        .eventsFor(status.station.id)
        .filter((e) => e.kind === 'closed' && !e.conflict && e.date <= asOf && inPeriod(e.date))
        .pop();
      return event ? [{ status, event }] : [];
    })
    .sort((a, b) => a.event.date.localeCompare(b.event.date) || a.status.station.name.localeCompare(b.status.station.name));
  return { kind: 'closures-list', period, closures, ...dating(at) };
}

export function boroughAnswer(borough: string, at: DateTime): Extract<Answer, { kind: 'borough-desks' }> {
  const inBorough = timeline.statusesAsOf(at).filter((s) => s.station.borough === borough);
  const open = inBorough.filter((s) => s.counter === 'open');
  const closedRecently = inBorough.filter((s) => s.counter === 'closed' && s.basis === 'timeline' && (s.since?.date ?? '') >= '2017-01-01');
  const from = placeOf(borough);
  return { kind: 'borough-desks', borough, open, closedRecently, nearby: open.length === 0 ? nearbyFrom(from, at) : null, ...dating(at) };
}

export function plansAnswer(topic: 'why' | 'how-many-left' | 'plan-2013' | 'plan-2017' | 'plan-2025' | 'general', at: DateTime): Extract<Answer, { kind: 'plans' }> {
  const ids = { why: ['2025-front-counter-review', '2017-public-access-strategy', '2013-police-and-crime-plan'], 'how-many-left': ['2025-front-counter-review'], 'plan-2013': ['2013-police-and-crime-plan'], 'plan-2017': ['2017-public-access-strategy'], 'plan-2025': ['2025-front-counter-review'], general: ['2013-police-and-crime-plan', '2017-public-access-strategy', '2025-front-counter-review'] }[topic];
  const section = (prefix: string) => data.residentFacts.sections.find((s) => s.id.startsWith(prefix))?.facts ?? [];
  const open = timeline.countersOpenAsOf(at);
  return {
    kind: 'plans',
    topic,
    plans: ids.map((id) => timeline.planById(id)!),
    facts: topic === 'why' ? section('why-counters-were-closed') : topic === 'how-many-left' ? section('where-you-can-go-in-person') : [],
    openCount: open.length,
    open24x7Count: open.filter((s) => s.hours?.is24x7).length,
    ...dating(at),
  };
}

export function contactAnswer(topic: 'emergency' | 'report-crime' | 'non-emergency' | 'interpreter' | 'anonymous'): Extract<Answer, { kind: 'contact' }> {
  const alternatives = data.residentFacts.sections.find((s) => s.id.startsWith('if-your-counter-is-closed'))?.facts ?? [];
  return { kind: 'contact', topic, contacts, alternatives };
}
