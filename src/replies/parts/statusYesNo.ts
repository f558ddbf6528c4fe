/**
 * A yes/no question about a counter's status, answered in its own terms:
 * "still open?" / "staying open?" ("Yes"; "Yes for now" when a closure is
 * decided or proposed; "No" when it closed), "closed?" (the other way round),
 * and "closing?" ("Yes" with the date decided, "It may" for a proposal, "It
 * already has" for a counter that closed, or "No, not planned to close, as far
 * as my sources show", dated). The key lines say what bears on the answer:
 * the closure or proposal, a source that says otherwise, today's hours.
 */
import type { ClosingOutlook } from '../../answers/closingOutlook';
import type { TimelineEvent } from '../../stations/model';
import type { CounterStatus, PlanStep } from '../../stations/timeline';
import type { StatusYesNo } from '../../understanding/question';
import { formatDate } from '../format/dates';
import { scheduleText } from '../format/hours';
import { planShortName } from '../format/names';
import { bold, capitalise, sentence } from '../format/text';
import { upcomingText, type StatusMeaning } from './status';
import { answered, continuing } from './yesNo';

export interface StatusAsked {
  status: CounterStatus;
  yesNo: StatusYesNo;
  closing?: ClosingOutlook;
  /** `Open now, until 22:00.` for an open counter. */
  todayLine: string | null;
  /** "When is it closing?": say when (the date decided, none given, or none planned), not yes or no. */
  when?: true;
  /** "Is it moving?": what the sources say of a move ahead first (a note that it is to close as its officers move), or that none is planned. */
  moving?: true;
}

/**
 * "What's happening to Stratford police station?" of an open counter: a closure proposed, or one a source reports
 * outside any plan (the estates strategy), as lines after its status; none when nothing is ahead.
 */
export function outlookLines(closing: ClosingOutlook | undefined): string[] {
  if (!closing) return [];
  return [closing.proposed ? proposalLine(closing.proposed) : null, closing.reported ? `But ${reportLine(closing.reported)}` : null].filter((l): l is string => l !== null);
}

/** The headline, and the key lines when they differ from a plain status answer's (a closed counter keeps its own: where to go instead). */
export interface StatusAnswered {
  headline: string;
  keyLines?: (string | null)[];
}

/** Null for a counter nobody knows about, where neither yes nor no would be honest. */
export function statusAnsweredYesOrNo(asked: StatusAsked, meaning: StatusMeaning): StatusAnswered | null {
  const { status, yesNo } = asked;
  if (status.counter === 'unknown') return null;
  if (status.counter === 'closed') {
    // "When will it close?" of a counter that closed: when it did.
    if (yesNo === 'closing' && asked.when) return { headline: meaning.headline };
    // "Is forest gate moving back?" of a counter that closed: when it closed, then (after where its desk went) the
    // latest note that speaks of a move, if any.
    if (yesNo === 'closing' && asked.moving) {
      const note = [...status.notes].reverse().find((n) => !n.conflict && MOVE_SPOKEN_OF.test(n.value));
      return { headline: meaning.headline, keyLines: [note ? capitalise(reportLine(note)) : null] };
    }
    return { headline: yesNo === 'closing' ? `It already has: ${continuing(meaning.headline)}` : answered(yesNo === 'closed', meaning.headline) };
  }
  if (yesNo === 'closing') return closingAnswered(asked, meaning);
  const closing = asked.closing;
  const closure = status.upcoming.find((u) => u.becomes === 'closed');
  const forNow = yesNo === 'open' && (closure !== undefined || Boolean(closing?.proposed));
  return {
    headline: forNow ? `Yes for now, ${continuing(meaning.headline)}` : answered(yesNo === 'open', meaning.headline),
    keyLines: [
      closure ? upcomingText(closure) : null,
      ...outlookLines(closing),
      meaning.mustKnow,
      closing?.proposedChange ? proposalLine(closing.proposedChange) : null,
      asked.todayLine,
      ...otherChanges(status),
    ],
  };
}

function closingAnswered(asked: StatusAsked, meaning: StatusMeaning): StatusAnswered {
  const { status, closing, todayLine } = asked;
  const name = bold(status.station.name);
  const hours = status.hours;
  const closure = closing?.decided ?? status.upcoming.find((u) => u.becomes === 'closed');
  if (closure) {
    const until = hours ? (hours.is24x7 ? 'Until then it is open 24 hours a day.' : `Until then its hours are ${scheduleText(hours.schedule)}.`) : null;
    return { headline: `${asked.when ? 'The' : 'Yes, the'} front counter at ${name} is ${upcomingText(closure).replace(/^Due/, 'due')}`, keyLines: [meaning.mustKnow, hours?.is24x7 ? null : todayLine, until] };
  }
  const usual = hours && !hours.is24x7 ? `Usual hours: ${scheduleText(hours.schedule)}.` : null;
  if (asked.moving && !closing?.proposed) return moveAnswered(asked, meaning, usual);
  const proposed = closing?.proposed;
  if (proposed) {
    const plan = planShortName(proposed.planId, proposed.planName);
    if (asked.when) {
      return {
        headline: `No date is set: the ${plan} proposed closing the front counter at ${name} on ${formatDate(proposed.date, proposed.precision)}, and my sources show no decision yet.`,
        keyLines: [meaning.mustKnow, todayLine, usual],
      };
    }
    return {
      headline: `It may: the ${plan} proposed closing the front counter at ${name} on ${formatDate(proposed.date, proposed.precision)}, and my sources show no decision yet.`,
      keyLines: [meaning.mustKnow, todayLine, usual],
    };
  }
  const reported = closing?.reported;
  if (reported && asked.when) {
    return {
      headline: `My sources give no date for closing the front counter at ${name}, and no closure of it has been decided: ${reportLine(reported)}`,
      keyLines: [meaning.mustKnow, todayLine, usual],
    };
  }
  if (reported) {
    return {
      headline: `No closure of the front counter at ${name} has been decided, as far as my sources show.`,
      keyLines: [`But ${reportLine(reported)}`, meaning.mustKnow, todayLine],
    };
  }
  // The timeline is read as of the answer's date: the sources it could see end there, or at the last one.
  const asFar = status.asOf < status.sourcesUpTo ? `as far as my sources up to ${formatDate(status.asOf)} show` : `as far as my sources show (latest source: ${formatDate(status.sourcesUpTo)})`;
  return {
    headline: asked.when
      ? `There is no date: the front counter at ${name} is not planned to close, ${asFar}.`
      : `No, the front counter at ${name} is not planned to close, ${asFar}.`,
    keyLines: [meaning.mustKnow, closing?.proposedChange ? proposalLine(closing.proposedChange) : null, ...otherChanges(status), todayLine, usual],
  };
}

/** A note that speaks of a move: "Stratford to close once officers move into redeveloped Forest Gate". */
const MOVE_SPOKEN_OF = /\b(?:move|moves|moved|moving|relocat\w*)\b/i;

/** Words of an opening that was itself a move: "mobile front counter ... while Forest Gate is closed", "replacing ...". */
const OPENED_AS_A_MOVE = /\b(?:moved|moving|relocated|replac\w*|while|instead of|temporar\w*)\b/i;

/**
 * "Is the stratford counter moving?", "will it move back to forest gate": a note that it is to close as its officers
 * move (the estates strategy) first, then that no move or closure is decided; none, that no move is planned, as far as
 * the sources show. Either way the opening that brought the counter here, when it was itself a move.
 */
function moveAnswered(asked: StatusAsked, meaning: StatusMeaning, usual: string | null): StatusAnswered {
  const { status, closing, todayLine } = asked;
  const name = bold(status.station.name);
  const opened = status.openedBy && OPENED_AS_A_MOVE.test(status.openedBy.value) ? status.openedBy : null;
  const here = opened ? `It has been here since ${formatDate(opened.date, opened.datePrecision)}: ${sentence(capitalise(opened.value))}` : null;
  const reported = closing?.reported;
  if (reported) {
    return {
      headline: sentence(capitalise(reportLine(reported))),
      keyLines: [`No move or closure of the front counter at ${name} has been decided, as far as my sources show.`, here, meaning.mustKnow, todayLine],
    };
  }
  return {
    headline: `No move of the front counter at ${name} is planned, as far as my sources show.`,
    keyLines: [here, meaning.mustKnow, closing?.proposedChange ? proposalLine(closing.proposedChange) : null, ...otherChanges(status), todayLine, usual],
  };
}

/** Changes already decided other than a closure: new hours. */
function otherChanges(status: CounterStatus): string[] {
  return status.upcoming.filter((u) => u.becomes !== 'closed').map(upcomingText);
}

/** `The 2025 front counter review (Met) proposed closing it on 6 August 2025; no decision yet, as far as my sources show.` */
function proposalLine(p: PlanStep): string {
  const plan = planShortName(p.planId, p.planName);
  const on = formatDate(p.date, p.precision);
  return p.kind === 'proposed-close'
    ? `The ${plan} proposed closing it on ${on}; no decision yet, as far as my sources show.`
    : `A proposal of ${on} under the ${plan}, not decided yet as far as my sources show: "${p.value}".`;
}

/** `a source of 18 December 2025 says: Estates strategy: ...` */
function reportLine(note: TimelineEvent): string {
  return `a source of ${formatDate(note.date, note.datePrecision)} says: ${sentence(capitalise(note.value))}`;
}
