/**
 * Real answers for the reply tests: the real Answerer over the real data, so
 * reply tests render exactly what residents will see.
 */
import { DateTime } from 'luxon';
import type { Answer, AnswerDating, ContactFacts, NearbyOptions } from '../../src/answers/answer';
import { Answerer } from '../../src/answers/answerQuestion';
import { FrontCounterKnowledge } from '../../src/stations';
import type { PlaceMatch, Station } from '../../src/stations/model';
import { stationPlace as placeOfStation } from '../../src/stations/stationPlace';
import type { CannotDoTask, ClosurePeriod, ComparisonRank, DeskKind, HoursFocus, ListAsOf, PartOfLondon, PastAsked, PastFocus, PlaceMention, Question, ServiceTopic, SpecialDay, StatusYesNo, WhenAsked, YesNoAsked } from '../../src/understanding/question';

export const knowledge = FrontCounterKnowledge.load();
export const data = knowledge.data;
export const timeline = knowledge.timeline;
export const locator = knowledge.locator;
export const contacts: ContactFacts = data.residentFacts.contacts;
const answerer = new Answerer(knowledge);

/** Thursday 26 November 2026, 14:30 in London: the "today" of the research. */
export const THURSDAY_AFTERNOON = london('2026-11-26T14:30');
/** The same Thursday, 23:10: every counter but the two 24-hour ones is shut. */
export const THURSDAY_NIGHT = london('2026-11-26T23:10');

export function london(iso: string): DateTime {
  return DateTime.fromISO(iso, { zone: 'Europe/London' });
}

export function dating(at: DateTime): AnswerDating {
  return { asOf: at.toISODate()!, at: at.toISO()!, verifiedOn: data.meta.verifiedOn, sourcesUpTo: data.meta.sourcesUpTo, publishers: statusAnswer('brixton', at).publishers };
}

export function station(id: string): Station {
  const s = timeline.station(id);
  if (!s) throw new Error(`no station ${id}`);
  return s;
}

export function stationPlace(id: string): PlaceMatch {
  return placeOfStation(station(id));
}

export function placeOf(text: string): PlaceMatch {
  const found = locator.locate(text);
  if (found.status !== 'found') throw new Error(`"${text}" is ${found.status}`);
  return found.match;
}

function mention(place: PlaceMatch): PlaceMention {
  return { text: place.label, result: { status: 'found', match: place, alternatives: [] } };
}

function ask<K extends Answer['kind']>(question: Question, at: DateTime, kind: K): Extract<Answer, { kind: K }> {
  const answer = answerer.answer(question, at);
  if (answer.kind !== kind) throw new Error(`expected a ${kind} answer, got ${answer.kind}`);
  return answer as Extract<Answer, { kind: K }>;
}

/** The nearest desks from a place, as answers carry them (from a station's own answer when `excludeId` is that station). */
export function nearbyFrom(from: PlaceMatch, at: DateTime, excludeId?: string): NearbyOptions {
  if (excludeId) {
    const nearby = statusAnswer(excludeId, at).nearby;
    if (nearby) return nearby;
  }
  return ask({ intent: 'nearest', place: mention(from), desk: 'any' }, at, 'nearest').nearby;
}

/** `yesNo`: what a yes/no question asked ("still open?", "closing?"); absent, the status is asked as a statement. */
export function statusAnswer(id: string, at: DateTime, yesNo?: StatusYesNo): Extract<Answer, { kind: 'station-status' }> {
  return ask({ intent: 'status', place: mention(stationPlace(id)), ...(yesNo ? { yesNo } : {}) }, at, 'station-status');
}

export function hoursAnswer(
  id: string,
  when: WhenAsked,
  at: DateTime,
  specialDay: SpecialDay | null = null,
  focus: HoursFocus | null = null,
  yesNo: YesNoAsked | null = null,
): Extract<Answer, { kind: 'station-hours' }> {
  const question: Question = { intent: 'hours', place: mention(stationPlace(id)), when, ...(specialDay ? { specialDay } : {}), ...(focus ? { focus } : {}), ...(yesNo ? { yesNo } : {}) };
  return ask(question, at, 'station-hours');
}

/** A counter at a time gone by ("was Hammersmith open in 2018?"). */
export function pastAnswer(id: string, asked: PastAsked, focus: PastFocus, at: DateTime): Extract<Answer, { kind: 'station-past' }> {
  return ask({ intent: 'past', place: mention(stationPlace(id)), asked, focus }, at, 'station-past');
}

/** A question about the service ("what is a policing hub?"), with a counter named or not. */
export function serviceAnswer(topic: ServiceTopic, at: DateTime, stationId?: string): Extract<Answer, { kind: 'service' }> {
  return ask(stationId ? { intent: 'service', topic, place: mention(stationPlace(stationId)) } : { intent: 'service', topic }, at, 'service');
}

export function historyAnswer(id: string, topic: 'closure-date' | 'temporary-closure' | 'general', at: DateTime): Extract<Answer, { kind: 'station-history' }> {
  return ask({ intent: 'history', place: mention(stationPlace(id)), topic }, at, 'station-history');
}

export function nearestAnswer(from: PlaceMatch, desk: DeskKind, at: DateTime): Extract<Answer, { kind: 'nearest' }> {
  return ask({ intent: 'nearest', place: mention(from), desk }, at, 'nearest');
}

/** About a place the Met does not police (the City of London, a town outside London). */
export function outsideMetAnswer(text: string, desk: DeskKind, at: DateTime): Extract<Answer, { kind: 'outside-met' }> {
  return ask({ intent: 'nearest', place: mention(placeOf(text)), desk }, at, 'outside-met');
}

export function openListAnswer(at: DateTime, when?: WhenAsked): Extract<Answer, { kind: 'open-list' }> {
  return ask(when ? { intent: 'open-list', when } : { intent: 'open-list' }, at, 'open-list');
}

/** South London's open counters against North London's, now. */
export function countsComparedAnswer(at: DateTime): Extract<Answer, { kind: 'counts-compared' }> {
  return ask({ intent: 'counts-compared', areas: [{ part: { label: 'South London', directions: ['south'] } }, { part: { label: 'North London', directions: ['north'] } }] }, at, 'counts-compared');
}

export function closingListAnswer(asked: Extract<Question, { intent: 'closing-list' }>['asked'], at: DateTime): Extract<Answer, { kind: 'closing-list' }> {
  return ask({ intent: 'closing-list', asked }, at, 'closing-list');
}

export function nearerOfAnswer(from: string, between: string[], at: DateTime): Extract<Answer, { kind: 'nearer-of' }> {
  const mentions = between.map((id) => mention({ ...placeOf(id.replace(/-/g, ' ')), stationId: id }));
  return ask({ intent: 'nearest', place: mention(placeOf(from)), desk: 'any', between: mentions }, at, 'nearer-of');
}

export function list24x7Answer(at: DateTime): Extract<Answer, { kind: 'list-24x7' }> {
  return ask({ intent: 'list-24x7' }, at, 'list-24x7');
}

/** The 24-hour list as of a date the resident named ("in 2020"). */
export function list24x7AsOfAnswer(asOf: ListAsOf, at: DateTime): Extract<Answer, { kind: 'list-24x7' }> {
  return ask({ intent: 'list-24x7', asOf }, at, 'list-24x7');
}

/** Two or three counters asked about at once, for the same moment (`rank`: "which is open longer?"). */
export function comparisonAnswer(ids: string[], when: WhenAsked, at: DateTime, rank?: ComparisonRank): Extract<Answer, { kind: 'comparison' }> {
  const [first, ...others] = ids.map((id) => mention(stationPlace(id)));
  return ask({ intent: 'hours', place: first, others, when, ...(rank ? { rank } : {}) }, at, 'comparison');
}

/** A plan's (only) round of closures, as understanding reads "the 2017 closures": from the data. */
export function roundOf(planId: string): ClosurePeriod {
  const round = data.plans.find((p) => p.id === planId)?.closures?.rounds[0];
  if (!round) throw new Error(`test setup: ${planId} has no round of closures`);
  return { from: round.from, to: round.to, label: round.label, planId };
}

export function closuresAnswer(period: ClosurePeriod | 'all', at: DateTime): Extract<Answer, { kind: 'closures-list' }> {
  return ask(period === 'all' ? { intent: 'closures-list' } : { intent: 'closures-list', period }, at, 'closures-list');
}

/** The counters that closed and reopened ("which stations reopened?"), in all London or a part of it. */
export function reopeningsAnswer(at: DateTime, part?: PartOfLondon): Extract<Answer, { kind: 'reopenings' }> {
  return ask({ intent: 'closures-list', reopened: true, ...(part ? { part } : {}) }, at, 'reopenings');
}

/** The counters saved from closure, in every plan or in the period asked (a plan's round). */
export function savedAnswer(at: DateTime, period?: ClosurePeriod): Extract<Answer, { kind: 'saved-list' }> {
  return ask({ intent: 'closures-list', saved: true, ...(period ? { period } : {}) }, at, 'saved-list');
}

/** The counters a round of closures kept open ("which stations were kept open in 2017"). */
export function keptAnswer(at: DateTime, period: ClosurePeriod): Extract<Answer, { kind: 'kept-list' }> {
  return ask({ intent: 'closures-list', kept: true, period }, at, 'kept-list');
}

/** The closed counters whose desk went to another ("did any stations move rather than close"). */
export function movedAnswer(at: DateTime): Extract<Answer, { kind: 'moved-list' }> {
  return ask({ intent: 'closures-list', moved: true }, at, 'moved-list');
}

/** The earliest closures on record ("what was the first station to close"). */
export function firstClosureAnswer(at: DateTime): Extract<Answer, { kind: 'first-closure' }> {
  return ask({ intent: 'closures-list', first: true }, at, 'first-closure');
}

export function boroughAnswer(borough: string, at: DateTime): Extract<Answer, { kind: 'borough-desks' }> {
  return ask({ intent: 'borough-desks', place: mention(placeOf(borough)) }, at, 'borough-desks');
}

/** `topic` a plan id asks about that plan. */
export function plansAnswer(topic: 'why' | 'how-many-left' | 'general' | string, at: DateTime): Extract<Answer, { kind: 'plans' }> {
  const question: Question = topic === 'why' || topic === 'how-many-left' || topic === 'general' ? { intent: 'plans', topic } : { intent: 'plans', topic: 'plan', planId: topic };
  return ask(question, at, 'plans');
}

const CONTACT_INTENTS = {
  emergency: 'emergency',
  'report-crime': 'report-crime',
  'non-emergency': 'non-emergency-contact',
  interpreter: 'interpreter',
  anonymous: 'anonymous-report',
} as const;

export function contactAnswer(topic: keyof typeof CONTACT_INTENTS): Extract<Answer, { kind: 'contact' }> {
  return ask({ intent: CONTACT_INTENTS[topic] }, THURSDAY_AFTERNOON, 'contact');
}

/** 999, with the Silent Solution and/or text 999 and Relay UK. */
export function emergencyAnswer(ways: { silentCall?: true; textOrRelay?: true; unsure?: true }): Extract<Answer, { kind: 'contact' }> {
  return ask({ intent: 'emergency', ...ways }, THURSDAY_AFTERNOON, 'contact');
}

/** A request the bot cannot do, with the counter named (by id) if any. */
export function cannotDoAnswer(task: CannotDoTask, stationId?: string, at: DateTime = THURSDAY_AFTERNOON): Extract<Answer, { kind: 'cannot-do' }> {
  return ask({ intent: 'cannot-do', task, ...(stationId ? { place: mention(stationPlace(stationId)) } : {}) }, at, 'cannot-do');
}
