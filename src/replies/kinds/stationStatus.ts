/**
 * "Is Twickenham police station still open?": the counter's status, then
 * what matters next (today's hours and its address, or where to go instead),
 * with the history, the doubts and the other ways to reach the police in the
 * details.
 */
import type { Answer, ContactFacts, NearbyOptions, PublisherIndex } from '../../answers/answer';
import type { ClosingOutlook } from '../../answers/closingOutlook';
import type { CounterMove } from '../../answers/counterMoves';
import type { TimelineEvent } from '../../stations/model';
import type { OpeningState } from '../../stations/openingHours';
import type { CounterStatus } from '../../stations/timeline';
import type { StatusYesNo } from '../../understanding/question';
import { directionsUrl } from '../cards/elements';
import { alternativesShort } from '../format/contacts';
import { answerInstant, formatDate, markOf, onDate } from '../format/dates';
import { factLines, firstFacts, groupFacts } from '../format/facts';
import { scheduleText, stateText } from '../format/hours';
import { planShortName, shortStationName } from '../format/names';
import { afterAColon, bold, capitalise, sentence } from '../format/text';
import { describeNearby } from '../parts/nearby';
import { describeStatus, newCounterLine } from '../parts/status';
import { outlookLines, statusAnsweredYesOrNo } from '../parts/statusYesNo';
import type { AnswerSections } from '../sections';

type StatusAnswer = Extract<Answer, { kind: 'station-status' }>;

export interface StatusInput {
  status: CounterStatus;
  nearby: NearbyOptions | null;
  contacts: ContactFacts | null;
  dating: { asOf: string; at: string; verifiedOn: string; sourcesUpTo: string; publishers: PublisherIndex };
  /** Whether it is open at this moment, for an open counter. */
  now?: OpeningState | null;
  /** Lines that lead the details (the reasons for a closure). */
  reasons?: string[];
  /** What a yes/no question asked: the answer starts "Yes" or "No". */
  yesNo?: StatusYesNo | null;
  /** "When is it closing?": the first sentence says when. */
  closingWhen?: true;
  /** "Is it moving?": what the sources say of a move ahead leads. */
  moving?: true;
  /** For "is it closing?" of an open counter. */
  closing?: ClosingOutlook;
  /** "Why did it close?" of a closed counter: the plan whose reasons are given, or null when none is recorded. */
  why?: { plan: string | null };
  /** "Why does it close at 10?" of an open counter: the reasons given for closing counters at night. */
  whyHours?: string[];
  /** For a closed counter: where its desk went. */
  moves?: readonly CounterMove[];
  /** "Why was it kept open?": the reasons the timeline gives, the one that answers first. */
  whyKept?: StatusAnswer['whyKept'];
  savedAsked?: true;
}

export function renderStationStatus(answer: StatusAnswer): AnswerSections {
  const sections = statusSections({
    status: answer.status,
    nearby: answer.nearby,
    contacts: answer.contacts,
    dating: answer,
    now: answer.now,
    reasons: answer.why === 'hours' ? [] : reasonsLines(answer.reasons),
    yesNo: answer.yesNo,
    ...(answer.closingWhen ? { closingWhen: true as const } : {}),
    ...(answer.moving ? { moving: true as const } : {}),
    closing: answer.closing,
    moves: answer.moves,
    ...(answer.whyKept ? { whyKept: answer.whyKept } : {}),
    ...(answer.savedAsked ? { savedAsked: true as const } : {}),
    ...(answer.why === 'hours' ? { whyHours: factLines(groupFacts(answer.reasons?.facts ?? []).flatMap((g) => g.facts)).map((l) => afterAColon(l.replace(/^- /, ''))) } : {}),
    ...(answer.why === true ? { why: { plan: answer.reasons && answer.reasons.facts.length > 0 ? planShortName(answer.reasons.planId, answer.reasons.planName) : null } } : {}),
  });
  // "Was brixton one of them?" after a list: yes or no first, then what the counter is.
  if (answer.amongListed !== undefined) return { ...sections, headline: amongListedHeadline(answer.status, answer.amongListed, sections.headline) };
  const inYear = inYearHeadline(answer);
  if (inYear) return { ...sections, headline: inYear };
  // "What's your source for stratford?": its sources first, then what it is.
  return answer.sourcesAsked ? { ...sections, sourcesLead: `My sources on ${bold(answer.status.station.name)}` } : sections;
}

/**
 * "Is brixton open in 2027?" of an open counter with nothing ahead in the sources: yes as far as they show, the year
 * said back and how far they reach, then its hours now. A closure decided, proposed or reported keeps the status answer
 * ("Yes for now", "But a source ... says"); a closed counter keeps "No, ... closed".
 */
function inYearHeadline(answer: StatusAnswer): string | null {
  const { status, closing } = answer;
  if (answer.inYear === undefined || answer.yesNo !== 'open' || status.counter !== 'open') return null;
  // A closure decided, proposed or reported: the year asked cannot be answered yes; that is said first, the source follows.
  const ahead = status.upcoming.some((u) => u.becomes === 'closed') || closing?.decided ? 'decided' : closing?.proposed ? 'proposed' : closing?.reported ? 'reported' : null;
  if (ahead) return `I can't say it will be open in ${answer.inYear}: the front counter at ${bold(status.station.name)} is open now, but a closure has been ${ahead === 'reported' ? 'reported by a source' : ahead} (see below).`;
  const hours = status.hours ? (status.hours.is24x7 ? ' It is open 24 hours a day now.' : ` Its hours now: ${scheduleText(status.hours.schedule)}.`) : '';
  return `Yes, as far as my sources show: no closure of the front counter at ${bold(status.station.name)} is planned for ${answer.inYear} or before (my latest source is from ${formatDate(status.sourcesUpTo)}).${hours}`;
}

/** "No: Brixton is not among them; the front counter at Brixton Police Station is open: ..." */
function amongListedHeadline(status: CounterStatus, among: boolean, headline: string): string {
  const short = bold(shortStationName(status.station));
  const said = headline.replace(/^The /, 'the ');
  return among ? `Yes: ${short} is among them; ${said}` : `No: ${short} is not among them; ${said}`;
}

/** One reason a counter was kept, in the data's words: "under the 2017 Public Access Strategy (MOPAC), on 31 October 2017: keep as borough 24/7 counter". */
function keptLine({ event, plan }: { event: TimelineEvent; plan: string | null }): string {
  // A closure dropped or quashed is not the plan's keeping: said with its date alone.
  if (event.kind === 'reversed') return `${onDate(markOf(event))}: ${event.value}`;
  return `${plan ? `under the ${plan}, ` : ''}${onDate(markOf(event))}: ${event.value}`;
}

/**
 * "Was Wimbledon saved?": whether the counter was saved is whether it is open now as well as what was planned for it.
 * A planned closure dropped or quashed leads (the latest first), with "but it closed" where it closed later; else a
 * counter closed now says so with its date, and one open now says it is still open, with the decision that kept it
 * when there was one (never "No" of a counter that was never proposed to close and is open).
 */
function savedHeadline(status: CounterStatus, whyKept: NonNullable<StatusAnswer['whyKept']>): string {
  const name = bold(status.station.name);
  const closedRow = status.counter === 'closed' ? status.decidedBy.find((e) => e.kind === 'closed') : undefined;
  const closedOn = closedRow ? ` ${onDate(markOf(closedRow))}` : '';
  const reversed = whyKept.filter((k) => k.event.kind === 'reversed');
  if (reversed.length > 0) {
    const dropped = `a planned closure of ${name} was dropped or quashed ${keptLine(reversed[0])}`;
    return status.counter === 'closed' ? `Not in the end: ${dropped}, but its front counter closed${closedOn}.` : `Yes: ${dropped}.`;
  }
  const kept = whyKept[0];
  if (status.counter === 'closed') return `No: the front counter at ${name} closed${closedOn}${kept ? `, though it had been kept open ${keptLine(kept)}` : ''}.`;
  if (status.counter === 'open') return `It is still open: my sources record no closure of ${name} planned and then dropped${kept ? `; it was kept open ${keptLine(kept)}` : ''}.`;
  return kept
    ? `No: my sources record no planned closure of ${name} that was dropped or quashed; it was kept open ${keptLine(kept)}.`
    : `No: my sources record no planned closure of ${name} that was dropped or quashed.`;
}

/** "Why was Wimbledon kept open?": the first reason on record, or that the sources give none. */
function keptHeadline(status: CounterStatus, first: string | undefined): string {
  const name = bold(status.station.name);
  return first ? `${name} was kept open ${first}.` : `My sources give no reason for keeping ${name} open.`;
}

/** "Why does Ilford close at 10?": the sources give no reason for one counter's hours; its hours, said at once. */
function hoursWhyHeadline(status: CounterStatus): string {
  return `My sources give no reason for the hours of the front counter at ${bold(status.station.name)} itself: it is open ${scheduleText(status.hours!.schedule)}.`;
}

/**
 * "Why did Woodford close?": the first sentence carries the reason recorded for the plan that closed it, or
 * says that no reason is recorded, with the closure's date either way.
 */
function whyHeadline(status: CounterStatus, why: { plan: string | null }, firstReason: string | undefined): string {
  const name = bold(status.station.name);
  const when = status.since ? ` ${onDate(status.since)}` : '';
  if (why.plan && firstReason) return `The front counter at ${name} closed${when} under the ${why.plan}; the reason given: ${afterAColon(firstReason)}`;
  // Closed under no plan, its own row saying why ("fire destroyed roof; ...", Forest Gate): that row, not "no reason".
  const row = status.decidedBy.find((e) => e.kind === 'closed');
  if (!why.plan && row && row.planId === null && !/^(?:the )?(?:police station|station|front counter|counter|front desk)?\s*closed\.?$/i.test(row.value.trim())) {
    return `The front counter at ${name} closed${when}; my sources record: ${row.value}.`;
  }
  return `My sources do not record why the front counter at ${name} closed${when ? `: it closed${when}` : ''}.`;
}

/**
 * "Why?" of a counter that is open (after "is stratford closing?"): the reason given for the closure ahead, decided
 * or proposed under a plan, or reported by a source outside any plan; none ahead, that there is none to give.
 */
function whyItMayCloseHeadline(status: CounterStatus, closing: ClosingOutlook | undefined, firstReason: string | undefined): string {
  const name = bold(status.station.name);
  const reason = firstReason ? `; the reason given: ${afterAColon(firstReason)}` : '; my sources record no reason for it.';
  const decided = closing?.decided;
  if (decided) return `The front counter at ${name} is to close ${onDate({ date: decided.date, precision: decided.precision })} under the ${planShortName(decided.decidedBy.planId, decided.decidedBy.planName)}${reason}`;
  const proposed = closing?.proposed;
  if (proposed) return `The ${planShortName(proposed.planId, proposed.planName)} proposed closing the front counter at ${name}${reason}`;
  const reported = closing?.reported;
  if (reported) return `The reason a source of ${formatDate(reported.date, reported.datePrecision)} gives for closing ${name}: ${sentence(capitalise(reported.value))}`;
  return `The front counter at ${name} is open, and no closure of it is planned as far as my sources show, so there is no reason to give.`;
}

/** Enough figures to answer "why", short enough to read on a phone. */
const REASONS_SHOWN = 4;

/** "Why: the reasons given for the 2025 front counter review (Met): ..." with the first few figures. */
function reasonsLines(reasons: StatusAnswer['reasons']): string[] {
  if (!reasons || reasons.facts.length === 0) return [];
  const facts = firstFacts(groupFacts(reasons.facts).flatMap((g) => g.facts), REASONS_SHOWN);
  return [`The reasons given for the ${planShortName(reasons.planId, reasons.planName)}:`, ...factLines(facts).map((l) => l.replace(/^- /, ''))];
}

/**
 * "Its counter moved to **Stratford Police Station**, which is open." / "..., which closed on 28 February 2026.":
 * where a closed counter's desk went, and what became of it, so an old name is answered whole.
 */
export function movedLine(moves: readonly CounterMove[] | undefined): string | null {
  if (!moves || moves.length === 0) return null;
  const went = moves.map((m) => {
    const since = m.status.since ? ` ${onDate(m.status.since)}` : '';
    return `${bold(m.station.name)}, which ${m.status.counter === 'open' ? 'is open' : m.status.counter === 'closed' ? `closed${since}` : 'my sources give no later state for'}`;
  });
  return `Its counter moved to ${went.join('; and to ')}.`;
}

/** Suggestions after a status: the hours of an open desk, or of the desk to go to instead. */
export function statusSuggestions(status: CounterStatus, offered: string[]): string[] {
  const short = shortStationName(status.station);
  if (status.counter === 'open' && status.hours?.is24x7) return [`Nearest open desk to ${short}`, 'Which desks are open 24/7?', 'How do I report a crime?'];
  if (status.counter === 'open') return [`${short} weekend hours`, `Nearest 24-hour desk to ${short}`, 'How do I report a crime?'];
  const insteadOf = offered[0] ? [`${offered[0]} opening hours`] : [];
  return [...insteadOf, `Nearest 24-hour desk to ${short}`, 'Why did it close?'];
}

export function statusSections(input: StatusInput): AnswerSections {
  const { status, contacts, dating } = input;
  const now = answerInstant(dating.at, dating.asOf);
  const today = now.toISODate() ?? dating.asOf;
  const meaning = describeStatus(status, today);
  const open = status.counter === 'open';
  const nearby = describeNearby(open ? null : input.nearby, now);
  // "Why did it close?": the first reason answers in the text; the others follow in the card.
  const [reasonsHeading, firstReason, ...moreReasons] = input.reasons ?? [];
  const kept = input.whyKept?.map(keptLine);
  const whyFirst = kept
    ? input.savedAsked
      ? savedHeadline(status, input.whyKept!)
      : keptHeadline(status, kept[0])
    : input.why
    ? open
      ? whyItMayCloseHeadline(status, input.closing, input.why.plan ? firstReason : undefined)
      : whyHeadline(status, input.why, firstReason)
    : input.whyHours && open && status.hours
      ? hoursWhyHeadline(status)
      : null;
  const nightReason = input.whyHours?.[0] ? `The reason given for closing counters at night: ${input.whyHours[0]}` : null;
  const whyLine = firstReason && !whyFirst ? `${reasonsHeading} ${afterAColon(firstReason)}` : null;

  const todayLine = open && input.now ? `${capitalise(stateText(input.now, now))}.` : null;
  const first = input.yesNo ? statusAnsweredYesOrNo({ status, yesNo: input.yesNo, closing: input.closing, todayLine, ...(input.closingWhen ? { when: true as const } : {}), ...(input.moving ? { moving: true as const } : {}) }, meaning) : null;
  const keyLines = [
    // After why it was kept, what it is now (it may have closed since); "was it saved?" of a closed counter said so already.
    kept && !(input.savedAsked && status.counter === 'closed') ? meaning.headline : null,
    open ? null : movedLine(input.moves),
    ...(first?.keyLines
      ? first.keyLines
      : open
        ? [...(whyFirst ? [] : outlookLines(input.closing)), nightReason ?? meaning.mustKnow, todayLine, meaning.upcoming[0], meaning.address ? `Address: ${meaning.address}.` : null, newCounterLine(status, today)]
        : [whyLine ?? nearby.lines[0], meaning.mustKnow, meaning.upcoming[0], nearby.lines[1]]),
  ];
  const location = status.station.location;

  return {
    headline: whyFirst ?? first?.headline ?? meaning.headline,
    keyLines: keyLines.filter((l): l is string => Boolean(l)).slice(0, 2),
    list: kept && kept.length > 1 && !input.savedAsked ? { heading: 'Also on record:', items: kept.slice(1) } : moreReasons.length > 0 ? { heading: 'Also given:', items: moreReasons } : null,
    card: {
      title: status.station.name,
      badge: meaning.badge,
      asOfLine: `As of ${formatDate(status.asOf)}`,
      facts: meaning.hoursFacts.length > 0 ? { heading: 'Opening hours (London time)', facts: meaning.hoursFacts } : null,
      alternatives: open ? null : { heading: 'Where to go instead', facts: nearby.facts, note: [nearby.note, alternativesShort(contacts)].filter(Boolean).join(' ') },
      links: open && location ? [{ title: 'Directions', url: directionsUrl(location) }] : nearby.links,
    },
    details: [...meaning.history, ...meaning.upcoming.slice(1), ...(open ? [] : [...nearby.lines.slice(2), alternativesShort(contacts)])],
    cautions: meaning.cautions,
    sources: { cited: meaning.cited, publishers: dating.publishers },
    dating: { asOf: status.asOf, verifiedOn: dating.verifiedOn, sourcesUpTo: dating.sourcesUpTo, beyondSources: status.beyondSources },
    suggestions: statusSuggestions(status, nearby.offered),
  };
}
