/**
 * A station's counter status, by meaning: the headline (open, closed or not
 * known), what happened under which plan and when (details), the doubts an
 * honest answer mentions (cautions), the one doubt a resident must know now,
 * and the changes already decided.
 */
import type { TimelineEvent } from '../../stations/model';
import { weekTable } from '../../stations/openingHours';
import type { CounterStatus, PlanStep, ReportedDoubt, UpcomingChange } from '../../stations/timeline';
import type { Fact } from '../cards/elements';
import { formatDate, markOf, onDate } from '../format/dates';
import { scheduleText, scheduleValueText } from '../format/hours';
import { citedOf, citedOfHours } from '../format/sources';
import { addressLine, planShortName, shortStationName } from '../format/names';
import { bold, capitalise, lowerFirst, sentence } from '../format/text';
import type { Badge, Cited } from '../sections';

export interface StatusMeaning {
  /** `The front counter at **X** closed on 28 February 2026.` (As of the date, when it is not today.) */
  headline: string;
  badge: Badge;
  /** The week's hours as card facts; empty when the counter is not open or its hours are not known. */
  hoursFacts: Fact[];
  address: string | null;
  /** A doubt that bears on the answer itself (limited evidence, sources disagreeing about today's hours). */
  mustKnow: string | null;
  /** What happened under which plan and when; when it opened; plans dropped; later notes. */
  history: string[];
  /** Doubts to mention in the details. */
  cautions: string[];
  /** Changes already decided: `Due to close on 28 February 2026 (decided on 15 October 2025 under ...).` */
  upcoming: string[];
  cited: Cited[];
}

/** `As of 10 January 2026, ` when the answer is about another day than the one it is given on; '' for today. */
export function asOfPrefix(status: CounterStatus, today: string): string {
  return status.asOf === today ? '' : `As of ${formatDate(status.asOf)}, `;
}

export function describeStatus(status: CounterStatus, today: string = status.asOf): StatusMeaning {
  const name = bold(status.station.name);
  const hours = status.counter === 'open' ? status.hours : null;
  const as = asOfPrefix(status, today);
  const the = as ? 'the' : 'The';

  let headline: string;
  if (status.counter === 'open' && hours?.is24x7) headline = `${as}${the} front counter at ${name} is open 24 hours a day.`;
  else if (status.counter === 'open' && hours) headline = `${as}${the} front counter at ${name} is open: ${scheduleText(hours.schedule)}.`;
  else if (status.counter === 'open') headline = `${as}${the} front counter at ${name} is open, but I don't have its opening hours. Check met.police.uk before you go.`;
  else if (status.counter === 'closed' && status.since) headline = `${as}${the} front counter at ${name} closed ${onDate(status.since)}.`;
  else if (status.counter === 'closed') headline = `${as}${the} front counter at ${name} is closed.`;
  else headline = `${as}I don't know whether ${name} has a public front counter: none of my sources mentions one. Check met.police.uk.`;

  const badge: Badge =
    status.counter === 'open'
      ? { text: hours?.is24x7 ? 'Open 24 hours' : 'Open', color: 'Good' }
      : status.counter === 'closed'
        ? { text: 'Closed', color: 'Attention' }
        : { text: 'Not known', color: 'Warning' };

  const { mustKnow, cautions } = doubtsOf(status);
  return {
    headline,
    badge,
    hoursFacts: hours ? weekTable(hours.schedule).map((row) => ({ title: row.dayName, value: row.text })) : [],
    address: status.counter === 'open' ? addressLine(status.station) : null,
    mustKnow,
    history: historyOf(status),
    cautions,
    upcoming: upcomingOf(status),
    cited: [...citedOf(status.decidedBy.filter((e) => !e.conflict)), ...citedOfHours([hours])],
  };
}

/** The implemented plan step behind the deciding row, and the decision that scheduled it. */
function planBehind(status: CounterStatus, eventId: string | undefined): { step: PlanStep | null; decision: PlanStep | null } {
  const step = eventId ? (status.plans.find((p) => p.eventId === eventId) ?? null) : null;
  if (!step) return { step: null, decision: null };
  const decision = [...status.plans].reverse().find((p) => p.planId === step.planId && p.stage === 'decided' && p.date <= step.date) ?? null;
  return { step, decision };
}

/** ` under the 2025 front counter review (Met), decided on 15 October 2025` */
export function underPlan(status: CounterStatus, eventId: string | undefined, fallbackPlanId: string | null): string {
  const { step, decision } = planBehind(status, eventId);
  const planId = step?.planId ?? fallbackPlanId;
  if (!planId) return '';
  const plan = planShortName(planId, step?.planName);
  return decision ? ` under the ${plan}, decided on ${formatDate(decision.date, decision.precision)}` : ` under the ${plan}`;
}

/** Data values that say more than "front counter closed (Sat 28 Feb 2026)" are worth quoting. */
function detailOf(event: TimelineEvent): string | null {
  const rest = event.value
    .replace(/^front counter closed( to the public)?/i, '')
    .replace(/\([^)]*\)/g, '')
    .replace(/^[\s;,.:-]+/, '')
    .trim();
  return rest ? event.value : null;
}

/**
 * When the current counter opened. A counter that returned after a short closure is not introduced by that
 * date; what was said when it opened is quoted as what was said then (the hours may have changed since).
 */
export function openedLine(status: CounterStatus): string | null {
  const opened = status.openedBy;
  if (!opened) return null;
  const again = isReturn(status);
  const when = `It ${again ? 'reopened' : 'opened'} ${onDate(markOf(opened))}`;
  const said = opened.value.replace(/\s+/g, ' ').trim();
  return said ? `${when}; at the time it was described as "${said}".` : `${when}.`;
}

/** The counter was open here before (plans named it before it opened), so this opening was a return. */
function isReturn(status: CounterStatus): boolean {
  const opened = status.openedBy;
  return opened !== null && status.plans.some((p) => p.date < opened.date && p.stage !== 'implemented');
}

/** A counter new at its site in the last few years (Newham's at Stratford): worth a key line; a return after a short closure is not. */
export function newCounterLine(status: CounterStatus, today: string, years = 5): string | null {
  const opened = status.openedBy;
  if (!opened || status.counter !== 'open') return null;
  const recent = Number(today.slice(0, 4)) - Number(opened.date.slice(0, 4)) <= years;
  const closedBefore = status.plans.some((p) => p.stage === 'implemented' && p.kind === 'closed' && p.date < opened.date);
  if (!recent || (isReturn(status) && !closedBefore)) return null;
  return `This counter opened here ${onDate(markOf(opened))}.`;
}

function historyOf(status: CounterStatus): string[] {
  const deciding = status.decidedBy.find((e) => !e.conflict);
  const out: string[] = [];
  if (status.counter === 'closed' && status.since) {
    out.push(`It closed ${onDate(status.since)}${underPlan(status, deciding?.id, deciding?.planId ?? null)}.`);
    const detail = deciding ? detailOf(deciding) : null;
    if (detail) out.push(`Reported at the time: ${sentence(detail)}`);
  } else if (status.counter === 'open' && status.hours) {
    const since = formatDate(status.hours.since.date, status.hours.since.precision);
    const plan = underPlan(status, status.hours.eventId, null);
    // Without a plan behind it, the row's date is only when the hours were first reported.
    const on = status.hours.since.precision === 'day' ? 'on' : 'in';
    out.push(plan ? `These hours apply from ${since}${plan}.` : `These hours were first reported ${on} ${since}.`);
  } else if (status.counter === 'open' && status.basis === 'counter-list' && status.counterList) {
    const list = status.counterList;
    out.push(`It was one of the ${list.count} front counters the Met had in ${formatDate(list.since, 'year')}, and no later source says it closed.`);
  } else if (status.counter === 'open' && status.since) {
    out.push(`It has been open since ${formatDate(status.since.date, status.since.precision)}${underPlan(status, deciding?.id, deciding?.planId ?? null)}.`);
  }
  const opened = status.counter === 'open' ? openedLine(status) : null;
  if (opened) out.push(opened);
  const reversed = [...status.plans].reverse().find((p) => p.stage === 'reversed');
  if (reversed) out.push(`On ${formatDate(reversed.date, reversed.precision)} an earlier proposal was dropped: ${lowerFirst(sentence(reversed.value))}`);
  const decidedOn = status.decidedBy[0]?.date ?? '';
  const note = status.notes.filter((n) => n.date > decidedOn).at(-1);
  if (note) out.push(`${formatDate(note.date, note.datePrecision)}: ${sentence(capitalise(note.value))}`);
  return out;
}

/** A claim other sources contradict, said beside what they say of the counter then: "Sources disagree: a source from June 2017 ...". */
export function disputeLine(status: CounterStatus, event: TimelineEvent): string {
  return doubtText(status, { reason: 'conflict', event }) ?? '';
}

/** What the other sources say, for "sources disagree: ... but other sources say ___". */
function whatOthersSay(status: CounterStatus): string {
  if (status.counter === 'closed') return status.since ? `the counter closed ${onDate(status.since)}` : 'the counter is closed';
  if (status.counter === 'open' && status.hours) return `the hours are ${scheduleText(status.hours.schedule)}`;
  if (status.counter === 'open') return 'the counter is open';
  return 'something different';
}

function claimOf(event: TimelineEvent): string {
  switch (event.kind) {
    case 'hours':
      // "24/7" is not a list of hours: "said it was open 24 hours a day", not "gave opening hours of open 24 hours".
      return event.value.trim() === '24/7' ? 'said it was open 24 hours a day' : `gave opening hours of ${lowerFirst(scheduleValueText(event.value))}`;
    case 'opened':
      return 'said the counter was open';
    case 'closed':
      return 'said the counter had closed';
    default:
      return `said: "${event.value}"`;
  }
}

const LIMITED = 'The evidence for this is limited (it rests on one weak source), so please check met.police.uk.';

function doubtText(status: CounterStatus, doubt: ReportedDoubt): string | null {
  const e = doubt.event;
  const from = e.datePrecision === 'day' ? `of ${formatDate(e.date)}` : `from ${formatDate(e.date, e.datePrecision)}`;
  switch (doubt.reason) {
    case 'conflict':
      return `Sources disagree: a source ${from} ${claimOf(e)}, but other sources say ${whatOthersSay(status)}.`;
    case 'low-confidence-deciding':
      return LIMITED;
    case 'low-confidence-later':
      // A London-wide report bears on a counter that closed; a station's own report always does.
      if (e.stationId === null && status.counter !== 'closed') return null;
      return `Unconfirmed report (${formatDate(e.date, e.datePrecision)}): ${sentence(e.value)} Other sources do not support it.`;
  }
}

/**
 * A source that says a closed counter is open (Woodford's June 2017 article giving hours, four years after
 * it closed) bears on the answer itself: a resident may have read it.
 */
function saysClosedCounterIsOpen(status: CounterStatus, doubt: ReportedDoubt): boolean {
  const e = doubt.event;
  return status.counter === 'closed' && doubt.reason === 'conflict' && (e.kind === 'hours' || e.kind === 'opened') && (!status.since || e.date >= status.since.date);
}

function doubtsOf(status: CounterStatus): { mustKnow: string | null; cautions: string[] } {
  const said = status.conflicts.map((d) => ({ doubt: d, text: doubtText(status, d) })).filter((x): x is { doubt: ReportedDoubt; text: string } => x.text !== null);
  const cautions = said.map((x) => x.text);
  if (status.confidence === 'low' && !cautions.includes(LIMITED)) cautions.push(LIMITED);
  if (status.uncertainWithin) cautions.push(`The sources give only the ${status.uncertainWithin} of this change, so on ${formatDate(status.asOf)} it may not have happened yet.`);
  const unique = [...new Set(cautions)];
  // A doubt about the answer itself is said up front; one about the past of a closed counter waits in the details.
  const mustKnow =
    unique.find((c) => c === LIMITED || c.startsWith('The sources give only')) ??
    (status.counter !== 'closed'
      ? (unique.find((c) => c.startsWith('Sources disagree')) ?? null)
      : (said.find((x) => saysClosedCounterIsOpen(status, x.doubt))?.text ?? null));
  return { mustKnow, cautions: unique.filter((c) => c !== mustKnow) };
}

/** `Due to close on 28 February 2026 (decided on 15 October 2025 under the 2025 front counter review (Met)).` */
export function upcomingText(u: UpcomingChange): string {
  const when = onDate({ date: u.date, precision: u.precision });
  const what = u.becomes === 'closed' ? `Due to close ${when}` : u.becomes === 'open' ? `Due to open ${when}` : `New hours due ${when}: ${scheduleValueText(u.event.value)}`;
  const plan = planShortName(u.decidedBy.planId, u.decidedBy.planName);
  return `${what} (decided on ${formatDate(u.decidedBy.date, u.decidedBy.precision)} under the ${plan}).`;
}

function upcomingOf(status: CounterStatus): string[] {
  return status.upcoming.map(upcomingText);
}

/** `Woodford`: for buttons and short lines. */
export function shortName(status: CounterStatus): string {
  return shortStationName(status.station);
}
