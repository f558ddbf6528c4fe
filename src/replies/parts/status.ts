/**
 * A station's counter status in words: the headline (open, closed or not
 * known, as of the date), what happened under which plan and when, and the
 * doubts an honest answer must mention (sources that disagree, thin
 * evidence, unconfirmed reports, changes already scheduled).
 */
import type { TimelineEvent } from '../../stations/model';
import { weekTable } from '../../stations/openingHours';
import type { CounterStatus, PlanStep, ReportedDoubt } from '../../stations/timeline';
import type { Fact } from '../cards/elements';
import { formatDate, markOf, onDate } from '../format/dates';
import { scheduleText, scheduleValueText } from '../format/hours';
import { addressLine, planShortName } from '../format/names';
import { bold, capitalise, lowerFirst, sentence } from '../format/text';

export interface StatusWords {
  /** `As of 26 November 2026, the front counter at **X** is closed.` */
  headline: string;
  /** What happened under which plan and when. */
  history: string | null;
  /** Doubts to mention: disagreeing sources, thin evidence, unconfirmed reports. */
  warnings: string[];
  /** Later notes and scheduled changes. */
  extra: string[];
  /** Shown for an open counter: where to go. */
  address: string | null;
  badge: string;
  badgeColor: 'Good' | 'Attention' | 'Warning';
  /** The week's hours as card facts; empty when the counter is not open or its hours are not known. */
  hoursFacts: Fact[];
  /** Short spoken summary. */
  spoken: string;
}

export function describeStatus(status: CounterStatus): StatusWords {
  const name = status.station.name;
  const asOf = `As of ${formatDate(status.asOf)}`;
  const hours = status.counter === 'open' ? status.hours : null;

  let headline: string;
  let spoken: string;
  if (status.counter === 'open' && hours?.is24x7) {
    headline = `${asOf}, the front counter at ${bold(name)} is open 24 hours a day.`;
    spoken = `${asOf}, the front counter at ${name} is open 24 hours a day.`;
  } else if (status.counter === 'open' && hours) {
    headline = `${asOf}, the front counter at ${bold(name)} is open. Its hours: ${scheduleText(hours.schedule)}.`;
    spoken = `${asOf}, the front counter at ${name} is open, ${scheduleText(hours.schedule)}.`;
  } else if (status.counter === 'open') {
    headline = `${asOf}, the front counter at ${bold(name)} is open, but I don't have its opening hours. Check met.police.uk before you go.`;
    spoken = `${asOf}, the front counter at ${name} is open, but I don't have its opening hours.`;
  } else if (status.counter === 'closed') {
    headline = `${asOf}, the front counter at ${bold(name)} is closed.`;
    spoken = `${asOf}, the front counter at ${name} is closed${status.since ? `. It closed ${onDate(status.since)}` : ''}.`;
  } else {
    headline = `${asOf}, I don't know whether ${bold(name)} has a public front counter: the data has no record of one. Check met.police.uk.`;
    spoken = `I don't know whether ${name} has a public front counter.`;
  }

  const badge =
    status.counter === 'open' ? (hours?.is24x7 ? 'Open 24 hours' : 'Open') : status.counter === 'closed' ? 'Closed' : 'Not known';
  const badgeColor = status.counter === 'open' ? 'Good' : status.counter === 'closed' ? 'Attention' : 'Warning';

  return {
    headline,
    history: historyText(status),
    warnings: warningsText(status),
    extra: extraText(status),
    address: status.counter === 'open' ? addressLine(status.station) : null,
    badge,
    badgeColor,
    hoursFacts: hours ? weekTable(hours.schedule).map((row) => ({ title: row.dayName, value: row.text })) : [],
    spoken,
  };
}

/** The implemented plan step behind the deciding row, and the decision that scheduled it. */
function planBehind(status: CounterStatus, eventId: string | undefined): { step: PlanStep | null; decision: PlanStep | null } {
  const step = eventId ? (status.plans.find((p) => p.eventId === eventId) ?? null) : null;
  if (!step) return { step: null, decision: null };
  const decision =
    [...status.plans].reverse().find((p) => p.planId === step.planId && p.stage === 'decided' && p.date <= step.date) ?? null;
  return { step, decision };
}

/** ` under the 2025 front counter review (Met), decided on 15 October 2025` */
function underPlan(status: CounterStatus, eventId: string | undefined, fallbackPlanId: string | null): string {
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

/** When the current counter opened, quoting the record of that day as of that day (it may mention hours since changed). */
export function openedLine(opened: TimelineEvent): string {
  return `It opened ${onDate(markOf(opened))}; the record of that day says: ${sentence(opened.value)}`;
}

function historyText(status: CounterStatus): string | null {
  const deciding = status.decidedBy[0];
  const parts: string[] = [];
  if (status.counter === 'closed' && status.since) {
    parts.push(`It closed ${onDate(status.since)}${underPlan(status, deciding?.id, deciding?.planId ?? null)}.`);
    const detail = deciding ? detailOf(deciding) : null;
    if (detail) parts.push(`The record says: ${sentence(detail)}`);
  } else if (status.counter === 'open' && status.hours) {
    const since = formatDate(status.hours.since.date, status.hours.since.precision);
    const plan = underPlan(status, status.hours.eventId, null);
    // Without a plan behind it, the row's date is only when the hours were first seen.
    parts.push(plan ? `These hours apply from ${since}${plan}.` : `These hours are on record from ${since}.`);
  } else if (status.counter === 'open' && status.basis === 'counter-list' && status.counterList) {
    const list = status.counterList;
    parts.push(`It was one of the ${list.count} front counters the Met had in ${formatDate(list.since, 'year')}, and no later record says it closed.`);
  } else if (status.counter === 'open' && status.since) {
    parts.push(`It has been open since ${formatDate(status.since.date, status.since.precision)}${underPlan(status, deciding?.id, deciding?.planId ?? null)}.`);
  }
  if (status.counter === 'open' && status.openedBy) parts.push(openedLine(status.openedBy));
  const reversed = [...status.plans].reverse().find((p) => p.stage === 'reversed');
  if (reversed) parts.push(`Earlier plan dropped on ${formatDate(reversed.date, reversed.precision)}: ${sentence(reversed.value)}`);
  return parts.length > 0 ? parts.join(' ') : null;
}

/** What the majority of sources say, for "sources disagree: ... but other sources say ___". */
function whatOthersSay(status: CounterStatus): string {
  if (status.counter === 'closed') return status.since ? `the counter closed ${onDate(status.since)}` : 'the counter is closed';
  if (status.counter === 'open' && status.hours) return `the hours are ${scheduleText(status.hours.schedule)}`;
  if (status.counter === 'open') return 'the counter is open';
  return 'something different';
}

function claimOf(event: TimelineEvent): string {
  switch (event.kind) {
    case 'hours':
      return `gave opening hours of ${lowerFirst(scheduleValueText(event.value))}`;
    case 'opened':
      return 'said the counter was open';
    case 'closed':
      return 'said the counter had closed';
    default:
      return `said: "${event.value}"`;
  }
}

function doubtText(status: CounterStatus, doubt: ReportedDoubt): string | null {
  const e = doubt.event;
  const from = e.datePrecision === 'day' ? `of ${formatDate(e.date)}` : `from ${formatDate(e.date, e.datePrecision)}`;
  switch (doubt.reason) {
    case 'conflict':
      return `Sources disagree: a source ${from} ${claimOf(e)}, but other sources say ${whatOthersSay(status)}.`;
    case 'low-confidence-deciding':
      return 'The evidence for this is limited (it rests on a low-confidence source), so please check met.police.uk.';
    case 'low-confidence-later':
      // A plan-wide report matters for a closed counter; a station's own always does.
      if (e.stationId === null && status.counter !== 'closed') return null;
      return `Unconfirmed report (${formatDate(e.date, e.datePrecision)}): ${sentence(e.value)} Other sources do not support it.`;
  }
}

function warningsText(status: CounterStatus): string[] {
  const out = status.conflicts.map((d) => doubtText(status, d)).filter((t): t is string => t !== null);
  const saysLimited = out.some((t) => t.startsWith('The evidence for this is limited'));
  if (status.confidence === 'low' && !saysLimited) out.push('The evidence for this is limited (a low-confidence source), so please check met.police.uk.');
  if (status.uncertainWithin) {
    out.push(`The sources give only the ${status.uncertainWithin} of this change, so on ${formatDate(status.asOf)} it may not have happened yet.`);
  }
  return [...new Set(out)];
}

function upcomingText(status: CounterStatus): string[] {
  return status.upcoming.map((u) => {
    const when = onDate({ date: u.date, precision: u.precision });
    const what =
      u.becomes === 'closed'
        ? `the counter is due to close ${when}`
        : u.becomes === 'open'
          ? `the counter is due to open ${when}`
          : `new hours are due ${when}: ${scheduleValueText(u.event.value)}`;
    const plan = planShortName(u.decidedBy.planId, u.decidedBy.planName);
    return `Coming up: ${what} (decided on ${formatDate(u.decidedBy.date, u.decidedBy.precision)} under the ${plan}).`;
  });
}

function extraText(status: CounterStatus): string[] {
  const decidedOn = status.decidedBy[0]?.date ?? '';
  const later = status.notes.filter((n) => n.date > decidedOn);
  const note = later[later.length - 1];
  const out: string[] = [];
  if (note) out.push(`Note (${formatDate(note.date, note.datePrecision)}): ${sentence(capitalise(note.value))}`);
  out.push(...upcomingText(status));
  return out;
}
