/**
 * Answers about many counters at once: the desks in a borough, the 24-hour
 * desks, and the closures of a period. Each names the counters and cites
 * the facts behind them.
 */
import type { Answer, ClosuresByYear, ClosuresByBorough, ClosureYear, PastList, PeriodChanges } from '../../answers/answer';
import type { TimelineEvent } from '../../stations/model';
import type { CounterStatus } from '../../stations/timeline';
import type { Fact } from '../cards/elements';
import { latestRoundSuggestion, roundsLine } from '../format/closureRounds';
import { alternativesShort, contactsIn } from '../format/contacts';
import { answerInstant, formatDate, londonDateTime, markOf, onDate, precisionOf } from '../format/dates';
import { DAY_NAMES, formatLondonTime, type Weekday } from '../../stations/openingHours';
import { scheduleText, scheduleValueText, stateText } from '../format/hours';
import { addressLine, planShortName, shortStationName } from '../format/names';
import { citedOf, isBeyondSources } from '../format/sources';
import { afterAColon, bold, capitalise, countWord, firstSentences, joinAnd, plural, pounds, sentence } from '../format/text';
import { describeNearby } from '../parts/nearby';
import { placeAskedNowFirst } from '../parts/placeAskedNow';
import type { AnswerSections, Cited, Dating } from '../sections';

function hoursOf(status: CounterStatus): string {
  if (status.counter !== 'open') return 'closed';
  if (!status.hours) return 'opening hours not known';
  return status.hours.is24x7 ? 'open 24 hours a day' : scheduleText(status.hours.schedule);
}

function citedOfStatuses(statuses: readonly CounterStatus[]): Cited[] {
  return statuses.flatMap((s) => citedOf(s.decidedBy.filter((e) => !e.conflict)));
}

function datingOf(answer: { asOf: string; verifiedOn: string; sourcesUpTo: string }, statuses: readonly CounterStatus[] = []): Dating {
  return { asOf: answer.asOf, verifiedOn: answer.verifiedOn, sourcesUpTo: answer.sourcesUpTo, beyondSources: isBeyondSources(answer) || statuses.some((s) => s.beyondSources) };
}

/** ` under the 2025 front counter review (Met)` for a closed status, from the plan step that closed it. */
function closurePlan(status: CounterStatus): string {
  const deciding = status.decidedBy[0];
  const step = deciding ? status.plans.find((p) => p.eventId === deciding.id) : undefined;
  const planId = step?.planId ?? deciding?.planId ?? null;
  return planId ? ` under the ${planShortName(planId, step?.planName)}` : '';
}

// ---------------------------------------------------------------------------

type BoroughAnswer = Extract<Answer, { kind: 'borough-desks' }>;

/** How a part of London was read (answerQuestion's partOfLondonFilter), said after the list it chose. */
const PART_TAKEN_BY = "taken by postcode area (E is east, SE south east, N and NW north...), or outside London's postcode areas by map position from the middle of London's counters.";

export function renderBoroughDesks(answer: BoroughAnswer): AnswerSections {
  const sections = renderBoroughDesksNow(answer);
  if (answer.underPlan) return { ...sections, ...boroughUnderPlan(answer, answer.underPlan) };
  if (answer.closuresAsked && !answer.asked) return { ...sections, ...boroughClosures(answer, answer.closuresAsked.since, sections.headline) };
  if (answer.asked) return { ...sections, ...boroughAsOf(answer, answer.asked) };
  if (answer.deskAsked && answer.open.length > 0) return { ...sections, ...boroughDeskAsked(answer, answer.deskAsked, sections) };
  // "does hackney still have a police station", "is there a front counter in merton": yes or no leads.
  if (!answer.whetherAsked) return sections;
  const said = sections.headline.replace(/^There /, 'there ');
  return { ...sections, headline: `${answer.open.length > 0 ? 'Yes' : 'No'}, ${said}`, ...(sections.speak ? { speak: `${answer.open.length > 0 ? 'Yes' : 'No'}, ${sections.speak.replace(/^There /, 'there ')}` } : {}) };
}

/**
 * "Is there a 24 hour station in Bexley?", "which stations in Bromley are open now?": the kind of desk asked, first
 * (which of the borough's counters is one, or that none is), then the nearest outside that is, when none inside is.
 */
function boroughDeskAsked(answer: BoroughAnswer, asked: NonNullable<BoroughAnswer['deskAsked']>, now: AnswerSections): Pick<AnswerSections, 'headline' | 'keyLines' | 'list' | 'speak'> {
  const { borough, open } = answer;
  const at = answerInstant(answer.at, answer.asOf);
  const name = (s: CounterStatus) => bold(s.station.name);
  const outside = describeNearby(answer.nearby, at).lines;
  let headline: string;
  let keyLines: string[];
  if (asked.desk === '24/7') {
    const allDay = open.filter((s) => s.hours?.is24x7);
    const others = open.filter((s) => !s.hours?.is24x7);
    if (allDay.length > 0) {
      headline = `In ${bold(borough)}, ${joinAnd(allDay.map(name))} ${allDay.length === 1 ? 'is' : 'are'} open 24 hours a day.`;
      keyLines = others.length > 0 ? [`Not open 24 hours: ${joinAnd(others.map((s) => `${shortStationName(s.station)} (${hoursOf(s)})`))}.`] : (now.keyLines ?? []);
    } else if (open.some((s) => !s.hours)) {
      // Hours not given for a counter: none is said not to be 24 hours; the list as it is answers.
      return { headline: now.headline, keyLines: now.keyLines ?? [], list: now.list, speak: now.speak };
    } else {
      const counters = open.length === 1 ? `its one counter, ${name(open[0])}, is open ${hoursOf(open[0])}` : `its ${countWord(open.length)} counters keep daytime hours`;
      headline = `No front counter in ${bold(borough)} is open 24 hours now: ${counters}.`;
      keyLines = outside.filter((l) => /^Nearest open (?:24 hours|now \(24 hours\))/.test(l));
    }
  } else {
    const states = asked.states;
    const openNow = open.filter((_, i) => states[i]?.open);
    const stateOf = (s: CounterStatus) => states[open.indexOf(s)];
    if (open.length === 1) {
      const st = stateOf(open[0]);
      headline = st ? `${borough} has one police front counter: ${name(open[0])}, ${stateText(st, at)}.` : now.headline;
      const usual = open[0].hours && !open[0].hours.is24x7 ? [`Usual hours: ${hoursOf(open[0])}.`] : [];
      keyLines = [...usual, ...(st?.open ? (now.keyLines ?? []) : outside.slice(0, 2))];
    } else if (openNow.length > 0) {
      const until = (s: CounterStatus) => ` (${stateText(stateOf(s)!, at, '').replace(/^open, /, '')})`;
      headline = `${capitalise(countWord(openNow.length))} of the ${countWord(open.length)} front counters in ${bold(borough)} ${openNow.length === 1 ? 'is' : 'are'} open now: ${joinAnd(openNow.map((s) => `${name(s)}${until(s)}`))}.`;
      keyLines = [];
    } else {
      const opensAt = (s: CounterStatus) => {
        const st = stateOf(s);
        return st && !st.open && st.opensAt ? st.opensAt.toMillis() : Infinity;
      };
      const first = [...open].sort((a, b) => opensAt(a) - opensAt(b)).find((s) => opensAt(s) !== Infinity);
      headline = `None of the ${countWord(open.length)} front counters in ${bold(borough)} is open now${first ? `: the first to open is ${name(first)}, ${stateText(stateOf(first)!, at, '').replace(/^closed; /, '')}` : ''}.`;
      keyLines = outside.slice(0, 2);
    }
  }
  return { headline, keyLines, list: now.list, speak: headline.replace(/\*\*/g, '') };
}

/** What one row of a plan says it did (or meant to do) to a counter, in a few words. */
function planStepWords(station: string, event: TimelineEvent): string {
  const on = onDate(markOf(event));
  switch (event.kind) {
    case 'closed':
      return `${station} closed ${on}`;
    case 'opened':
      return `${station} opened ${on}`;
    case 'hours':
      return event.value === '24/7' ? `${station} was open 24 hours a day from ${formatDate(event.date, event.datePrecision)}` : `${station} went to ${scheduleValueText(event.value)} ${on}`;
    case 'reversed':
      return `the decision on ${station} was reversed ${on}`;
    case 'decided-retain-24h':
      return `${station} was kept as the borough's 24-hour counter (decided ${on})`;
    case 'decided-retain-daytime':
      return `${station} was kept as a daytime counter (decided ${on})`;
    case 'decided-close':
      return `${station} was to close (decided ${on})`;
    case 'decided-reduce-hours':
      return `${station}'s hours were to be cut (decided ${on})`;
    case 'proposed-retain-24h':
    case 'proposed-retain-daytime':
      return `${station} was proposed to stay (${on})`;
    default:
      return `${station} was proposed for change (${on})`;
  }
}

/**
 * "What did the 2017 strategy do to Hounslow?": what the plan did to each counter of the borough, dated ("Under the 2017
 * Public Access Strategy (MOPAC), in Hounslow: Chiswick closed on 14 December 2017 and Hounslow was kept as ..."), and the
 * borough today after it.
 */
function boroughUnderPlan(answer: BoroughAnswer, under: NonNullable<BoroughAnswer['underPlan']>): Pick<AnswerSections, 'headline' | 'keyLines' | 'list' | 'speak'> {
  const plan = planShortName(under.plan.id, under.plan.shortName);
  const steps = under.steps.map((s) => planStepWords(shortStationName(s.station), s.event));
  const headline = steps.length === 0 ? `My sources record nothing the ${plan} did to the front counters in ${bold(answer.borough)}.` : `Under the ${plan}, in ${bold(answer.borough)}: ${joinAnd(steps)}.`;
  const now = answer.open.length === 0 ? `Today ${answer.borough} has no front counter open.` : `Today: ${joinAnd(answer.open.map((s) => `${shortStationName(s.station)} (${hoursOf(s)})`))}.`;
  return { headline, keyLines: [now], list: null, speak: headline };
}

/**
 * "Which stations closed in Croydon?": the borough's closures since the counter list is complete, each dated, then what
 * it has open today (the headline of the list now).
 */
function boroughClosures(answer: BoroughAnswer, since: string, today: string): Pick<AnswerSections, 'headline' | 'keyLines' | 'speak'> {
  const closed = [...answer.closedRecently].sort((a, b) => ((a.since?.date ?? '') < (b.since?.date ?? '') ? -1 : 1));
  const from = formatDate(since, 'month');
  const n = closed.length;
  const headline =
    n === 0
      ? `My sources show no front counter closing in ${bold(answer.borough)} since ${from}.`
      : `Since ${from}, ${countWord(n)} front ${plural(n, 'counter')} closed in ${bold(answer.borough)}: ${joinAnd(closed.map((s) => `${shortStationName(s.station)}${s.since ? ` (${onDate(s.since).replace(/^on /, '')})` : ''}`))}.`;
  const now = answer.open.length === 0 || today.startsWith('There is no') ? today.replace(/ The last one,.*$/, '') : `Open today: ${today.replace(/^[^:]*: /, '')}`;
  return { headline, keyLines: [now], speak: headline.replace(/\*\*/g, '') };
}

/**
 * "What was open in Redbridge in 2016?": the borough's counters open on the date taken, the date said; before the data
 * is complete (the counter list of 2017), said first that the record then covers only some counters.
 */
function boroughAsOf(answer: BoroughAnswer, asked: NonNullable<BoroughAnswer['asked']>): Pick<AnswerSections, 'headline' | 'keyLines' | 'list' | 'speak'> {
  const { borough, open } = answer;
  const label = asked.year !== undefined ? `${asked.label} (the middle of ${asked.year})` : asked.label;
  const names = open.map((s) => bold(s.station.name));
  const partial = asked.incomplete ? `My sources before ${formatDate(asked.completeFrom, 'month')} cover only some counters, so I can't give ${borough}'s full list then: ` : '';
  const them = asked.incomplete ? 'they show ' : '';
  const found = open.length === 0 ? `${them}no police front counter open in ${bold(borough)} on ${label}` : `${asked.incomplete ? 'they show' : `${bold(borough)} had`} ${countWord(open.length)} police front ${plural(open.length, 'counter')} open on ${label}${asked.incomplete ? ` in ${bold(borough)}` : ''}: ${joinAnd(names)}`;
  const headline = `${partial}${partial ? found : capitalise(found)}.`;
  if (asked.versusNow) return boroughThenAgainstNow(answer, asked, asked.versusNow, label, headline);
  if (asked.versusYear) return boroughYearAgainstYear(answer, asked, asked.versusYear, label);
  if (answer.deskAsked?.desk === '24/7') return boroughsTwentyFourHourThen(answer, answer.deskAsked.now, label, partial);
  return { headline, keyLines: open.map((s) => `${shortStationName(s.station)} then: ${hoursOf(s)}.`).slice(0, 2), list: null, speak: headline };
}

/**
 * "Which station in Bexley used to be 24 hours?": the borough's 24-hour counters on the date taken, first, then what
 * each is now (its hours, or that it has closed).
 */
function boroughsTwentyFourHourThen(answer: BoroughAnswer, now: readonly CounterStatus[], label: string, partial: string): Pick<AnswerSections, 'headline' | 'keyLines' | 'list' | 'speak'> {
  const { borough, open } = answer;
  const allDay = open.filter((s) => s.hours?.is24x7);
  // Counters open then whose hours the sources do not give: none of them is said to have been, or not been, 24 hours.
  const unknown = open.filter((s) => !s.hours);
  const unknownNames = joinAnd(unknown.map((s) => bold(s.station.name)));
  const found =
    allDay.length > 0
      ? `on ${label}, ${borough}'s 24-hour front ${plural(allDay.length, 'counter')} ${allDay.length === 1 ? 'was' : 'were'} ${joinAnd(allDay.map((s) => bold(s.station.name)))}`
      : unknown.length > 0
        ? `I can't say which front counter in ${bold(borough)} was open 24 hours a day on ${label}: my sources don't give the hours then of ${unknownNames}`
        : open.length > 0
          ? `on ${label}, no front counter in ${bold(borough)} was open 24 hours a day`
          : `on ${label}, ${bold(borough)} had no front counter open`;
  // With no hours given, that is the whole answer: the record's gaps before it is complete need no saying too.
  const headline = allDay.length === 0 && unknown.length > 0 ? `${found}.` : `${partial}${partial ? found : capitalise(found)}.`;
  const notGiven = allDay.length > 0 && unknown.length > 0 ? [`My sources don't give the hours then of ${unknownNames.replace(/\*\*/g, '')}.`] : [];
  const keyLines = [...notGiven, ...allDay.map((s) => {
    const today = now.find((n) => n.station.id === s.station.id);
    const short = shortStationName(s.station);
    return today ? `Now: ${short} is ${today.hours?.is24x7 ? 'still open 24 hours a day' : `open ${hoursOf(today)}`}.` : `Now: ${short} has closed.`;
  })];
  return { headline, keyLines, list: null, speak: headline.replace(/\*\*/g, '') };
}

/**
 * "How many counters in Lambeth in 2017 compared to now?": the borough's count then against now, first, then which
 * counters each were; before the data is complete, the count now and what the sources show of then.
 */
function boroughThenAgainstNow(
  answer: BoroughAnswer,
  asked: NonNullable<BoroughAnswer['asked']>,
  versus: NonNullable<NonNullable<BoroughAnswer['asked']>['versusNow']>,
  label: string,
  then: string,
): Pick<AnswerSections, 'headline' | 'keyLines' | 'list' | 'speak'> {
  const nowCount = versus.openNow.length;
  const nowNames = joinAnd(versus.openNow.map((s) => bold(s.station.name)));
  const nowSaid = `${countWord(nowCount)} front ${plural(nowCount, 'counter')} ${nowCount === 1 ? 'is' : 'are'} open in ${answer.borough} now (${formatDate(versus.today)})`;
  const headline = asked.incomplete
    ? `${capitalise(nowSaid)}. ${then}`
    : countThenAgainstNow(answer.borough, answer.open.length, nowCount, label, versus.today, versus.claim);
  const thenNames = answer.open.length === 0 ? 'none' : joinAnd(answer.open.map((s) => bold(s.station.name)));
  return {
    headline,
    keyLines: [asked.incomplete ? '' : `Then: ${thenNames}.`, `Now: ${nowCount === 0 ? 'none' : nowNames}.`],
    list: null,
    speak: headline,
  };
}

/**
 * "Were there more police stations in Lambeth in 2017 than 2019?": the borough's count in each year, first (as London's
 * two years are answered), then which counters each were.
 */
function boroughYearAgainstYear(
  answer: BoroughAnswer,
  asked: NonNullable<BoroughAnswer['asked']>,
  other: NonNullable<NonNullable<BoroughAnswer['asked']>['versusYear']>,
  label: string,
): Pick<AnswerSections, 'headline' | 'keyLines' | 'list' | 'speak'> {
  const headline = yearCountAgainstYear(answer.borough, answer.open.length, label, asked.incomplete, { ...other, openCount: other.open.length }, asked.completeFrom);
  const names = (open: readonly CounterStatus[]) => (open.length === 0 ? 'none' : joinAnd(open.map((s) => bold(s.station.name))));
  const known = (year: number | undefined, text: string, open: readonly CounterStatus[], incomplete: boolean) => (incomplete ? '' : `In ${year ?? text}: ${names(open)}.`);
  return {
    headline,
    keyLines: [known(asked.year, asked.label, answer.open, asked.incomplete), known(other.year, other.label, other.open, other.incomplete)].filter(Boolean),
    list: null,
    speak: headline,
  };
}

function renderBoroughDesksNow(answer: BoroughAnswer): AnswerSections {
  const { borough, open, closedRecently } = answer;
  const now = answerInstant(answer.at, answer.asOf);
  const nearby = describeNearby(open.length === 0 ? answer.nearby : null, now);
  const closedLines = closedRecently.map((s) => `${s.station.name}: closed ${s.since ? onDate(s.since) : ''}${closurePlan(s)}`.replace(/\s+$/, '') + '.');
  const last = closedRecently[0];

  let headline: string;
  let keyLines: string[] = [];
  let list: AnswerSections['list'] = null;
  // "Was there a counter in Barnes?": no counter of that name, said first; then the borough's, now and lately.
  const placeFirst = answer.placeAsked ? `None of the counters in my sources is named after ${answer.placeAsked}, which is in ${borough}. ` : answer.placeAskedNow ? placeAskedNowFirst(answer.placeAskedNow, borough) : '';
  // The namesake's closing, said first, is not said again as the borough's last.
  const lastSaid = last !== undefined && answer.placeAskedNow?.namesake?.station.id === last.station.id;
  if (open.length === 0) {
    headline = `${placeFirst}There is no police front counter in ${bold(borough)} now.${last?.since && !lastSaid ? ` The last one, ${shortStationName(last.station)}, closed ${onDate(last.since)}.` : ''}`;
    keyLines = nearby.lines;
  } else if (open.length === 1) {
    const s = open[0];
    headline = `${placeFirst}${borough} has one police front counter: ${bold(s.station.name)}, ${hoursOf(s).replace(/^(?=Mon|Tue|Wed|Thu|Fri|Sat|Sun)/, 'open ')}.`;
    keyLines = addressLine(s.station) ? [`Address: ${addressLine(s.station)}.`] : [];
  } else {
    headline = `${placeFirst}${borough} has ${countWord(open.length)} police front counters:`;
    list = { items: open.map((s) => `${bold(shortStationName(s.station))}: ${hoursOf(s)}.`) };
  }

  const facts: Fact[] = [
    ...open.map((s) => ({ title: s.station.name, value: hoursOf(s) })),
    ...closedRecently.map((s) => ({ title: s.station.name, value: `Closed ${s.since ? onDate(s.since) : ''}`.trim() })),
  ];
  const firstOpen = open[0] ? shortStationName(open[0].station) : nearby.offered[0];
  return {
    headline,
    keyLines,
    list,
    card: {
      title: `Police front counters in ${borough}`,
      asOfLine: `As of ${formatDate(answer.asOf)}`,
      facts: { facts },
      alternatives: open.length === 0 ? { heading: 'Nearest counters outside the borough', facts: nearby.facts, note: [nearby.note, alternativesShort(contactsIn(answer))].filter(Boolean).join(' ') } : null,
      links: nearby.links,
    },
    details: [
      ...(closedLines.length > 0 ? [`Closed in recent years: ${closedLines.join(' ')}`] : []),
      ...open.map((s) => (addressLine(s.station) ? `${s.station.name}: ${addressLine(s.station)}.` : '')),
      open.length === 0 ? alternativesShort(contactsIn(answer)) : '',
    ],
    sources: { cited: citedOfStatuses([...open, ...closedRecently]), publishers: answer.publishers },
    dating: datingOf(answer, [...open, ...closedRecently]),
    suggestions: [...(firstOpen ? [`${firstOpen} opening hours`] : []), `Nearest 24-hour desk to ${borough}`, 'Why did counters close?'],
  };
}

// ---------------------------------------------------------------------------

type OpenListAnswer = Extract<Answer, { kind: 'open-list' }>;

/** A group's hours as a list line says them: "open 24 hours a day", "Mon–Fri 10:00–22:00, …". */
function groupHours(desks: readonly CounterStatus[]): string {
  const hours = hoursOf(desks[0]);
  return /^(?:open|opening)\b/.test(hours) ? hours : `open ${hours}`;
}

/**
 * Every counter open in London (or open at the moment or on the day asked), with its hours: the counters that
 * share hours said together, a large group as "the other 25" with its names in the card and the details.
 */
/** "Which are closed on Sunday / at 11pm?": the counters closed then, or (most of them closed) the few open. */
function closedThenLine(closed: readonly CounterStatus[], open: readonly CounterStatus[], where: string, when: string): string {
  const names = (list: readonly CounterStatus[]) => joinAnd(list.map((s) => bold(shortStationName(s.station))));
  const n = open.length;
  if (closed.length === 0) return `None of the police front counters in ${where} is closed${when}: all ${countWord(n)} are open${when}.`;
  if (n === 0) return `All ${countWord(closed.length)} police front counters in ${where} are closed${when}.`;
  if (closed.length <= 4) return `${capitalise(countWord(closed.length))} police front ${plural(closed.length, 'counter')} in ${where} ${closed.length === 1 ? 'is' : 'are'} closed${when}: ${names(closed)}.`;
  // Most of them closed ("at 11pm"): the few open ones are the shorter answer.
  const few = n <= 4 ? `; only ${names(open)} ${n === 1 ? 'is' : 'are'} open` : '';
  return `${capitalise(countWord(closed.length))} of the ${countWord(closed.length + n)} police front counters in ${where} are closed${when}${few}.`;
}

/**
 * An hour said without am or pm ("open at 8 on saturday"): the other half of that day beside the hour taken, as for one
 * counter: the same ones ("At 20:00 the same two are open.") or not ("If you meant 20:00, 27 are open then.").
 */
function otherHalfLine(taken: readonly CounterStatus[], other: NonNullable<OpenListAnswer['otherHalf']>): string {
  const at = formatLondonTime(londonDateTime(other.iso));
  const ids = (list: readonly CounterStatus[]) => list.map((s) => s.station.id).sort().join(' ');
  const m = other.open.length;
  if (ids(taken) === ids(other.open)) return m === 0 ? `At ${at} none is open either.` : `At ${at} the same ${m === 1 ? 'one is' : `${countWord(m)} are`} open.`;
  if (m === 0) return `If you meant ${at}, none is open then.`;
  const names = m <= 4 ? `: ${joinAnd(other.open.map((s) => shortStationName(s.station)).sort().map(bold))}` : '';
  return `If you meant ${at}, ${countWord(m)} ${m === 1 ? 'is' : 'are'} open then${names}.`;
}

export function renderOpenList(answer: OpenListAnswer): AnswerSections {
  const { groups } = answer;
  const desks = groups.flatMap((g) => g.desks);
  const n = desks.length;
  // "on Sunday", "today", "now", "at 21:00": the label as said after "open".
  const when = answer.asked ? ` ${answer.asked.moment ? answer.asked.label.replace(/^(?!now\b|until\b|at\b|before\b)/, 'at ') : answer.asked.label.replace(/^(?=[A-Z])/, 'on ')}` : '';
  // A part of London names every counter (a few): a whole London list says its large groups by number.
  const large = (g: { desks: CounterStatus[] }) => !answer.part && g.desks.length > 4;
  const items = groups.map((g, i) => {
    const names = g.desks.map((s) => bold(shortStationName(s.station)));
    const who = large(g) ? (i === groups.length - 1 && groups.length > 1 ? `The other ${g.desks.length}` : `${capitalise(countWord(g.desks.length))} counters`) : joinAnd(names);
    return `${who} ${groupHours(g.desks)}`;
  });
  // A few shared hours fit in the first sentence, which must answer on its own (text without the card).
  const inHeadline = groups.length <= 3 && (!answer.part || n <= 4);
  const where = answer.part ? answer.part.label.replace(/^./, (c) => c.toUpperCase()) : 'London';
  // "anywhere open apart from charing cross": those left out said first, so the count is of the others.
  const besides = answer.leftOut?.length ? `Besides ${joinAnd(answer.leftOut.map((s) => shortStationName(s.station)))}, ` : '';
  const count = `${besides}${besides ? countWord(n) : capitalise(countWord(n))} police front ${plural(n, 'counter')} ${n === 1 ? 'is' : 'are'} open in ${where}${when}`;
  const other = answer.otherHalf ? otherHalfLine(desks, answer.otherHalf) : '';
  const headline =
    n === 0
      ? `${besides}${besides ? 'no' : 'No'} police front counter in ${where} is open${when}, as far as my sources show.${other ? ` ${other}` : ''}`
      : inHeadline
        ? `${count}: ${items.map((item, i) => (i === 0 ? item : item.replace(/^The/, 'the'))).join('; ')}.${other ? ` ${other}` : ''}`
        : `${count}:`;
  // "Which are closed on Sunday?": the closed ones answer first, then the open ones as usual.
  const closedLine = answer.closedThen ? closedThenLine(answer.closedThen, desks, where, when) : null;
  const bigGroups = groups.filter(large);
  // Boroughs named with none of their counters listed: said, not dropped ("Harrow has no police front counter now").
  const without = (answer.part?.boroughs ?? []).filter((b) => !desks.some((s) => s.station.borough === b));
  // "can you walk into a police station at 3am?": whether one can, first.
  const canGoIn = answer.canGoIn ? `${n === 0 ? `No, not${when}.` : 'Yes, you can.'} ${headline}` : null;
  return {
    headline: canGoIn ?? closedLine ?? headline,
    keyLines: [
      ...(closedLine ? [headline] : []),
      // A long list: the other half of a bare hour said before it.
      ...(other && n > 0 && !inHeadline ? [other] : []),
      ...(without.length > 0 && n > 0 ? [answer.asked ? `None in ${joinAnd(without)} is open${when}.` : `${joinAnd(without)} ${without.length === 1 ? 'has' : 'have'} no police front counter now.`] : []),
      ...(answer.part && answer.part.directions.length > 0 ? [`${where} ${PART_TAKEN_BY} For the nearest to where you are, tell me your postcode or area.`] : []),
      ...(n === 0 ? ['For an emergency, call 999; otherwise 101 or met.police.uk.'] : []),
    ],
    list: n === 0 || inHeadline ? null : { items: items.map((item) => `${item}.`) },
    card: {
      title: `Police front counters open${when}`,
      asOfLine: `As of ${formatDate(answer.asOf)}`,
      facts: { facts: desks.map((s) => ({ title: s.station.name, value: hoursOf(s) })) },
    },
    details: bigGroups.map((g) => `${capitalise(groupHours(g.desks))}: ${joinAnd(g.desks.map((s) => shortStationName(s.station)))}.`),
    sources: { cited: citedOfStatuses(desks), publishers: answer.publishers },
    dating: datingOf(answer, desks),
    // Spoken as written: "Yes, you can." first when that was asked.
    speak: n === 0 || inHeadline ? (canGoIn ?? headline) : `${(canGoIn ?? headline).replace(/:$/, '.')} ${items.join('. ')}.`,
    suggestions: ['Nearest desk open now', 'Which desks are open 24/7?', ...desks.slice(0, 1).map((s) => `${shortStationName(s.station)} address`)],
  };
}

// ---------------------------------------------------------------------------

type CountsComparedAnswer = Extract<Answer, { kind: 'counts-compared' }>;

/**
 * "Which has more counters, Croydon or Bromley?": which has more open front counters now, both counts first ("South
 * London has more: eight open front counters, against six in North London."), then each area's counters.
 */
export function renderCountsCompared(answer: CountsComparedAnswer): AnswerSections {
  const [a, b] = answer.areas;
  const [more, fewer] = a.open.length >= b.open.length ? [a, b] : [b, a];
  const n = more.open.length;
  const m = fewer.open.length;
  // "Does Westminster have more than Camden?": yes only when the first named has more (or fewer, as asked).
  const holds = answer.claim === undefined ? '' : (answer.claim === 'first-more' ? a.open.length > b.open.length : a.open.length < b.open.length) ? 'Yes: ' : 'No: ';
  // "which has more 24 hour stations": the counters open round the clock are what is counted.
  const kind = answer.roundTheClock ? '24-hour front' : 'open front';
  const counts =
    n === 0
      ? `Neither ${a.label} nor ${b.label} has a police front counter open ${answer.roundTheClock ? '24 hours a day' : 'now'}, as far as my sources show.`
      : n === m
        ? `${a.label} and ${b.label} have the same: ${countWord(n)} ${kind} ${plural(n, 'counter')} each.`
        : answer.fewer
          ? // "Which has fewer?": the one with fewer leads.
            `${fewer.label} has fewer: ${m === 0 ? 'no' : countWord(m)} ${kind} ${plural(m, 'counter')}, against ${countWord(n)} in ${more.label}.`
          : `${more.label} has more: ${countWord(n)} ${kind} ${plural(n, 'counter')}, against ${m === 0 ? 'none' : countWord(m)} in ${fewer.label}.`;
  const headline = `${holds}${counts}`;
  const desks = [...a.open, ...b.open];
  const parts = answer.areas.filter((area) => area.part);
  return {
    headline,
    keyLines: [
      ...answer.areas.map((area) => `${area.label}: ${area.open.length === 0 ? 'none' : joinAnd(area.open.map((s) => bold(shortStationName(s.station))))}.`),
      ...(parts.length > 0 ? [`${joinAnd(parts.map((p) => p.label))} ${PART_TAKEN_BY}`] : []),
    ],
    list: null,
    card: {
      title: `Police front counters: ${a.label} and ${b.label}`,
      asOfLine: `As of ${formatDate(answer.asOf)}`,
      facts: { facts: desks.map((s) => ({ title: s.station.name, value: hoursOf(s) })) },
    },
    sources: { cited: citedOfStatuses(desks), publishers: answer.publishers },
    dating: datingOf(answer, desks),
    speak: headline,
    suggestions: ['Nearest desk open now', 'Which desks are open 24/7?', ...desks.slice(0, 1).map((s) => `${shortStationName(s.station)} address`)],
  };
}

// ---------------------------------------------------------------------------

type List24Answer = Extract<Answer, { kind: 'list-24x7' }>;

export function renderList24x7(answer: List24Answer): AnswerSections {
  if (answer.asked) return renderList24x7AsOf(answer, answer.asked);
  const sections = renderList24x7Now(answer);
  if (answer.part) {
    // "Any 24 hour stations in south London?": that part's first, then London's, so the nearest 24-hour one is never hidden.
    const { label, desks } = answer.part;
    const n = desks.length;
    const headline =
      n === 0
        ? `No front counter in ${label} is open 24 hours a day, as far as my sources show.`
        : `In ${label}, ${countWord(n)} front ${plural(n, 'counter')} ${n === 1 ? 'is' : 'are'} open 24 hours a day: ${joinAnd(desks.map((s) => bold(shortStationName(s.station))))}.`;
    const where = `${label} ${PART_TAKEN_BY}`;
    return { ...sections, headline, keyLines: [sections.headline.replace(/^Only t/, 'In all of London, t').replace(/^T/, 'In all of London, t'), where], speak: headline.replace(/\*\*/g, '') };
  }
  if (!answer.leftOut) return sections;
  const headline = leftOutHeadline(answer, answer.leftOut);
  return { ...sections, headline, keyLines: [sections.headline.replace(/:$/, '.'), ...(sections.keyLines ?? [])], speak: headline.replace(/\*\*/g, '') };
}

/**
 * "Any open 24 hours apart from Charing Cross?": the others first ("Yes: besides Charing Cross, Lewisham is open 24 hours a
 * day"), or that there are none, as of the answer's day.
 */
function leftOutHeadline(answer: List24Answer, leftOut: NonNullable<List24Answer['leftOut']>): string {
  const others = answer.desks.filter((s) => s.station.id !== leftOut.station.id).map((s) => bold(shortStationName(s.station)));
  const besides = `besides ${shortStationName(leftOut.station)}`;
  const asOf = `as of ${formatDate(answer.asOf)}`;
  const is24 = others.length < answer.desks.length;
  const notOne = is24 ? '' : ` (${shortStationName(leftOut.station)} itself is not)`;
  if (others.length === 0) return `${leftOut.yesNo ? 'No: ' : ''}${capitalise(`${besides}, no front counter in London is open 24 hours a day, ${asOf}${notOne}.`)}`.replace(/^No: B/, 'No: b');
  const lead = `${besides}, ${joinAnd(others)} ${others.length === 1 ? 'is' : 'are'} open 24 hours a day, ${asOf}${notOne}.`;
  return leftOut.yesNo ? `Yes: ${lead}` : capitalise(lead);
}

function renderList24x7Now(answer: List24Answer): AnswerSections {
  const { desks, since, openCount } = answer;
  const names = desks.map((s) => shortStationName(s.station));
  const n = desks.length;

  // "since" only when every desk's hours came in under a plan on a known date, not merely when they were first seen.
  const sinceIsAChange = since !== null && desks.every((s) => s.hours && s.plans.some((p) => p.eventId === s.hours!.eventId && p.stage === 'implemented'));
  const when = sinceIsAChange ? ` since ${formatDate(since!)}` : '';
  const few = n <= 4;
  let headline: string;
  if (n === 0) headline = 'No front counter in London is open 24 hours a day now, as far as my sources show.';
  else {
    const count = `${n <= 3 ? 'only ' : ''}${countWord(n)} ${plural(n, 'front counter')} ${n === 1 ? 'is' : 'are'} open 24 hours a day`;
    headline = few ? `${capitalise(count)}${when}: ${joinAnd(names.map(bold))}.` : `${capitalise(count)}${when}:`;
  }
  const others = openCount > n ? `The other ${openCount - n} open ${plural(openCount - n, 'counter')} in London ${openCount - n === 1 ? 'has' : 'have'} shorter opening hours.` : '';
  // "can i go to a police station in the middle of the night?": whether one can, first, then where.
  const canGoIn = answer.canGoIn ? `${n === 0 ? 'No, not at night.' : 'Yes, you can.'} ${headline}` : null;
  return {
    headline: canGoIn ?? headline,
    keyLines: [others],
    list: few ? null : { items: desks.map((s) => bold(s.station.name)) },
    card: {
      title: 'Front counters open 24 hours a day',
      asOfLine: `As of ${formatDate(answer.asOf)}`,
      facts: { facts: desks.map((s) => ({ title: s.station.name, value: addressLine(s.station) ?? 'Address not known' })) },
    },
    details: desks.map((s) => (addressLine(s.station) ? `${s.station.name}: ${addressLine(s.station)}.` : '')),
    sources: { cited: citedOfStatuses(desks), publishers: answer.publishers },
    dating: datingOf(answer, desks),
    speak: few ? (canGoIn ?? headline) : (canGoIn ?? headline).replace(/:$/, '.'),
    suggestions: ['Nearest 24-hour desk', ...names.slice(0, 1).map((s) => `${s} address`), ...latestRoundSuggestion(answer.closureRounds)],
  };
}

/**
 * The list as of a date the resident named ("in 2020"): "As of 1 July 2020, 30 front counters were open
 * 24 hours a day", with the counters whose hours the data does not hold, and, before mid-2017, that the
 * data is incomplete.
 */
function renderList24x7AsOf(answer: List24Answer, asked: PastList): AnswerSections {
  if (asked.allCounters) return renderCountAsOf(answer, asked);
  const { desks, openCount } = answer;
  const n = desks.length;
  const [is, are, has, have] = asked.past ? ['was', 'were', 'had', 'had'] : ['is', 'are', 'has', 'have'];
  const label = asked.year !== undefined ? `${asked.label} (the middle of ${asked.year})` : asked.label;
  const names = desks.map((s) => shortStationName(s.station));

  const where = asked.part ?? 'London';
  const inPart = asked.part ? ` in ${asked.part}` : '';
  const headline = asked.versusYear
    ? twentyFourYearAgainstYear(asked, asked.versusYear, label, n)
    : asked.versusNow
    ? twentyFourThenAgainstNow(asked, asked.versusNow, label, n)
    : n === 0
      ? `As of ${label}, no front counter in ${where} ${is} open 24 hours a day, as far as my sources show.`
      : `As of ${label}, ${countWord(n)} front ${plural(n, 'counter')}${inPart} ${n === 1 ? is : are} open 24 hours a day${n <= 4 ? `: ${joinAnd(names.map(bold))}.` : ':'}`;
  const rest = openCount - n;
  const unknown = asked.unknownHoursCount;
  const shorter = rest - unknown;
  let others = '';
  if (rest > 0 && unknown === 0) others = `The other ${rest} open ${plural(rest, 'counter')}${inPart} ${rest === 1 ? has : have} shorter opening hours.`;
  else if (rest > 0 && shorter === 0) others = `The other ${rest} open ${plural(rest, 'counter')} ${rest === 1 ? has : have} hours my sources do not give.`;
  else if (rest > 0) others = `Of the other ${rest} open counters, ${shorter} ${shorter === 1 ? has : have} shorter opening hours and ${unknown} ${unknown === 1 ? has : have} hours my sources do not give.`;
  const completeFrom = formatDate(asked.completeFrom, 'month');
  const incomplete = asked.incomplete ? `My sources before ${completeFrom} are incomplete: they cover only some counters, so this list may be missing some.` : '';
  return {
    headline,
    keyLines: [incomplete, others, asked.part ? `${asked.part} ${PART_TAKEN_BY}` : ''],
    list: n > 4 ? { items: desks.map((s) => bold(s.station.name)) } : null,
    card: {
      title: 'Front counters open 24 hours a day',
      asOfLine: `As of ${label}`,
      facts: { facts: desks.map((s) => ({ title: s.station.name, value: addressLine(s.station) ?? 'Address not known' })) },
    },
    sources: { cited: citedOfStatuses(desks), publishers: answer.publishers },
    dating: { ...datingOf(answer, desks), asOf: answer.asOf },
    speak: [incomplete ? `My sources before ${completeFrom} are incomplete.` : '', n <= 4 ? headline : headline.replace(/:$/, '.')].filter(Boolean).join(' '),
    suggestions: ['Which desks are open 24/7?', 'Nearest 24-hour desk', 'Why did counters close?'],
  };
}

/**
 * Every counter open on a date the resident named, counted ("how many counters were there in 2020?"): "As of
 * 1 July 2020, 37 front counters were open in London; 30 of them were open 24 hours a day". Before the data
 * holds every counter (mid-2017), it says it cannot count them then, and gives the count it does have.
 */
function renderCountAsOf(answer: List24Answer, asked: PastList): AnswerSections {
  const { desks, openCount } = answer;
  const n = desks.length;
  const [is, are] = asked.past ? ['was', 'were'] : ['is', 'are'];
  const label = asked.year !== undefined ? `${asked.label} (the middle of ${asked.year})` : asked.label;
  const list = asked.counterList;
  const plan = asked.counterListPlan ? `, the list the ${asked.counterListPlan} started from` : '';
  const known = list ? ` London had ${countWord(list.count)} front counters on ${formatDate(list.since)}${plan}.` : '';
  const unknown = asked.unknownHoursCount;
  const roundTheClock =
    unknown > 0
      ? `my sources show ${n === 0 ? 'none' : countWord(n)} of them open 24 hours a day and do not give the hours of ${unknown}`
      : n === openCount && n > 1
        ? `all of them ${are} open 24 hours a day`
        : `${n === 0 ? 'none' : countWord(n)} of them ${n === 1 ? is : are} open 24 hours a day`;
  const listed = asked.open !== undefined && !asked.incomplete && openCount > 0;
  const where = asked.part ?? 'London';
  const headline = asked.versusYear
    ? yearAgainstYear(asked, asked.versusYear, label, openCount)
    : asked.versusNow
    ? thenAgainstNow(asked, asked.versusNow, label, openCount, known)
    : asked.incomplete
      ? `My sources cannot say how many front counters ${where} had on ${label}: they hold every counter only from ${formatDate(asked.completeFrom, 'month')}.${asked.part ? '' : known}`
      : `As of ${label}, ${countWord(openCount)} front ${plural(openCount, 'counter')} ${openCount === 1 ? is : are} open in ${where}${listed ? ':' : `; ${roundTheClock}.`}`;
  const counted = asked.incomplete ? [] : [...answer.desks];
  return {
    headline,
    keyLines: [
      listed ? `${capitalise(roundTheClock.replace(/^(?=\d)/, 'of these, '))}.` : '',
      ...(asked.incomplete ? [asked.planBefore, asked.planThen].map((p) => (p ? `${bold(planShortName(p.id, p.shortName))}: ${sentence(pounds(firstSentences(p.summary, 1)))}` : '')) : []),
      asked.part ? `${asked.part} ${PART_TAKEN_BY}` : '',
    ],
    list: listed && asked.open ? { items: [...asked.open].sort((a, b) => a.station.name.localeCompare(b.station.name)).map((s) => bold(s.station.name)) } : null,
    card: {
      title: 'Front counters in London',
      asOfLine: `As of ${asked.incomplete ? formatDate(asked.completeFrom) : label}`,
      facts: { facts: [] },
    },
    sources: { cited: citedOfStatuses(counted), publishers: answer.publishers },
    dating: { ...datingOf(answer, counted), asOf: answer.asOf },
    speak: headline.replace(/:$/, '.'),
    suggestions: ['How many are left?', 'Which desks are open 24/7?', 'Why did counters close?'],
  };
}

/**
 * The count then against now ("were there more police stations in 2017 than now?"): "Yes: London had 73 front counters on
 * 1 July 2017, and has 27 now (4 December 2026), 46 fewer." A yes or no only when asked and both counts are known; before
 * the sources hold every counter, the count now and what they do know of then.
 */
function thenAgainstNow(asked: PastList, versus: NonNullable<PastList['versusNow']>, label: string, then: number, known: string): string {
  const today = versus.today;
  const where = asked.part ?? 'London';
  if (asked.incomplete) return `${capitalise(`${countWord(versus.openNow)} front ${plural(versus.openNow, 'counter')} ${versus.openNow === 1 ? 'is' : 'are'} open in ${where} now (${formatDate(today)})`)}; my sources cannot say how many there were on ${label}: they hold every counter only from ${formatDate(asked.completeFrom, 'month')}.${asked.part ? '' : known}`;
  return countThenAgainstNow(where, then, versus.openNow, label, today, versus.claim);
}

/**
 * Two past years' counts ("how many stations in 2017 vs 2019"): "London had 73 front counters open on 1 July 2017 (the
 * middle of 2017) and 35 on 1 July 2019 (the middle of 2019): 38 fewer in 2019." A year before the sources hold every
 * counter is said so, with the other year's count.
 */
function yearAgainstYear(asked: PastList, other: NonNullable<PastList['versusYear']>, label: string, then: number): string {
  // "Before the closures", no round named: each count said as before its round.
  if (asked.before && other.before && !asked.incomplete && !other.incomplete) {
    const difference = then === other.openCount ? 'the same number' : `${countWord(Math.abs(then - other.openCount))} ${other.openCount < then ? 'fewer' : 'more'}`;
    return `${asked.part ?? 'London'} had ${countWord(then)} front ${plural(then, 'counter')} open before the ${asked.before} closures (on ${label}) and ${countWord(other.openCount)} before the ${other.before} closures (on ${other.label}): ${difference} in ${other.before}.`;
  }
  return yearCountAgainstYear(asked.part ?? 'London', then, label, asked.incomplete, other, asked.completeFrom);
}

/** One year's count against another's, of London, a part of it or a borough (see `yearAgainstYear`). */
function yearCountAgainstYear(
  where: string,
  then: number,
  label: string,
  incomplete: boolean,
  other: { label: string; year?: number; openCount: number; incomplete: boolean },
  completeFrom: string,
): string {
  const asked = { incomplete, completeFrom };
  const otherLabel = other.year !== undefined ? `${other.label} (the middle of ${other.year})` : other.label;
  const from = formatDate(asked.completeFrom, 'month');
  if (asked.incomplete && other.incomplete) return `My sources cannot say how many front counters ${where} had on ${label} or on ${otherLabel}: they hold every counter only from ${from}.`;
  if (asked.incomplete || other.incomplete) {
    const [unknown, known, count] = asked.incomplete ? [label, otherLabel, other.openCount] : [otherLabel, label, then];
    return `${where} had ${countWord(count)} front ${plural(count, 'counter')} open on ${known}; my sources cannot say how many it had on ${unknown}: they hold every counter only from ${from}.`;
  }
  const difference = then === other.openCount ? 'the same number' : `${countWord(Math.abs(then - other.openCount))} ${other.openCount < then ? 'fewer' : 'more'} ${other.year !== undefined ? `in ${other.year}` : `on ${other.label}`}`;
  return `${where} had ${countWord(then)} front ${plural(then, 'counter')} open on ${label} and ${countWord(other.openCount)} on ${otherLabel}: ${difference}.`;
}

/**
 * Two counts, then and now, of London, a part of it or a borough: "Yes: Hackney had two front counters open on 1 July
 * 2017 (the middle of 2017); one is open now (4 December 2026): one fewer." The yes or no only when more then or now was asked.
 */
function countThenAgainstNow(where: string, then: number, now: number, label: string, today: string, claim?: 'more-then' | 'more-now'): string {
  const difference = then === now ? 'the same number' : `${countWord(Math.abs(then - now))} ${then > now ? 'fewer' : 'more'}`;
  const holds = claim === undefined ? '' : (claim === 'more-then') === then > now && then !== now ? 'Yes: ' : 'No: ';
  return `${holds}${where} had ${countWord(then)} front ${plural(then, 'counter')} open on ${label}; ${countWord(now)} ${now === 1 ? 'is' : 'are'} open now (${formatDate(today)}): ${difference}.`;
}

/**
 * The 24-hour counters then against now ("how many 24 hour counters were there in 2019 compared to now?"): both counts,
 * the yes or no when asked; before the sources hold every counter, that the count then may miss some.
 */
function twentyFourThenAgainstNow(asked: PastList, versus: NonNullable<PastList['versusNow']>, label: string, then: number): string {
  const where = asked.part ?? 'London';
  const now = versus.openNow;
  const nowText = `${countWord(now)} ${now === 1 ? 'is' : 'are'} now (${formatDate(versus.today)})`;
  if (asked.incomplete) return `${capitalise(`${countWord(now)} front ${plural(now, 'counter')} in ${where} ${now === 1 ? 'is' : 'are'} open 24 hours a day now (${formatDate(versus.today)})`)}; my sources before ${formatDate(asked.completeFrom, 'month')} cover only some counters, and they name ${countWord(then)} open 24 hours a day on ${label}.`;
  const difference = then === now ? 'the same number' : `${countWord(Math.abs(then - now))} ${then > now ? 'fewer' : 'more'}`;
  // Unknown hours then leave a yes or no open unless the count then is already above now's.
  const settled = then > now || asked.unknownHoursCount === 0;
  const holds = versus.claim === undefined || !settled ? '' : (versus.claim === 'more-then') === then > now && then !== now ? 'Yes: ' : 'No: ';
  // Counters whose hours then the sources do not give may have been open 24 hours too: the count then is a least.
  const least = asked.unknownHoursCount > 0 ? 'at least ' : '';
  const by = least && then > now ? `${least}${difference}` : difference;
  return `${holds}${where} had ${least}${countWord(then)} front ${plural(then, 'counter')} open 24 hours a day on ${label}; ${nowText}: ${by}.`;
}

/**
 * The 24-hour counters of two past years ("more 24 hour stations in 2019 than 2024?", "how many 24 hr stations in 2017 vs
 * 2020"): both counts and the difference, "at least" where the sources give no hours for some counters open then; before
 * the sources hold every counter, that a year's count may miss some.
 */
function twentyFourYearAgainstYear(asked: PastList, other: NonNullable<PastList['versusYear']>, label: string, then: number): string {
  const where = asked.part ?? 'London';
  const otherLabel = other.year !== undefined ? `${other.label} (the middle of ${other.year})` : other.label;
  const leastThen = asked.unknownHoursCount > 0 || asked.incomplete ? 'at least ' : '';
  const leastOther = (other.unknownHoursCount ?? 0) > 0 || other.incomplete ? 'at least ' : '';
  const count = other.openCount;
  const otherWhen = other.year !== undefined ? `in ${other.year}` : `on ${other.label}`;
  // Counts that are only a least leave the difference open unless it holds whatever the unknown hours were.
  const difference =
    then === count && !leastThen && !leastOther ? 'the same number'
    : count < then && !leastOther ? `${leastThen ? 'at least ' : ''}${countWord(then - count)} fewer ${otherWhen}`
    : count > then && !leastThen ? `${leastOther ? 'at least ' : ''}${countWord(count - then)} more ${otherWhen}`
    : '';
  const missing = asked.incomplete || other.incomplete ? ` My sources before ${formatDate(asked.completeFrom, 'month')} cover only some counters, so a count then may miss some.` : '';
  const thenWhen = asked.year !== undefined ? `in ${asked.year}` : `on ${asked.label}`;
  const unknown = [asked.unknownHoursCount > 0 ? `${countWord(asked.unknownHoursCount)} open ${thenWhen}` : '', (other.unknownHoursCount ?? 0) > 0 ? `${countWord(other.unknownHoursCount!)} open ${otherWhen}` : ''].filter(Boolean);
  const open = difference || unknown.length === 0 ? '' : ` My sources do not give the hours of ${joinAnd(unknown)}, so I can't say which year had more.`;
  return `${where} had ${leastThen}${countWord(then)} front ${plural(then, 'counter')} open 24 hours a day on ${label} and ${leastOther}${countWord(count)} on ${otherLabel}${difference ? `: ${difference}` : ''}.${open}${missing}`;
}

// ---------------------------------------------------------------------------

type ClosuresAnswer = Extract<Answer, { kind: 'closures-list' }>;

/** `on 28 February 2026`, `in December 2017`, `between 14 December 2017 and 28 February 2026`. */
function periodText(events: readonly TimelineEvent[]): string {
  const dates = events.map((e) => e.date).sort();
  const first = events.find((e) => e.date === dates[0])!;
  const last = events.find((e) => e.date === dates[dates.length - 1])!;
  if (first.date === last.date) return onDate(markOf(first));
  if (first.date.slice(0, 7) === last.date.slice(0, 7)) return `in ${formatDate(first.date, 'month')}`;
  return `between ${formatDate(first.date, first.datePrecision)} and ${formatDate(last.date, last.datePrecision)}`;
}

/**
 * What is planned in the part of London asked ("any closures in south london"), said after what closed there: the
 * closures decided, proposed or only reported, else that the sources show none. Null when not asked of a part.
 */
function aheadInPartLine(answer: ClosuresAnswer): string | null {
  const ahead = answer.aheadInPart;
  if (!ahead || !answer.part) return null;
  const name = (a: (typeof ahead)[number]) => bold(shortStationName(a.status.station));
  const decided = ahead.filter((a) => a.outlook.decided !== null);
  const proposed = ahead.filter((a) => a.outlook.decided === null && a.outlook.proposed !== null);
  const reported = ahead.filter((a) => a.outlook.decided === null && a.outlook.proposed === null && a.outlook.reported !== null);
  const said = [
    decided.length > 0 ? `due to close: ${joinAnd(decided.map((a) => `${name(a)} (${formatDate(a.outlook.decided!.date, a.outlook.decided!.precision)})`))}` : '',
    proposed.length > 0 ? `proposed for closure: ${joinAnd(proposed.map(name))}` : '',
    reported.length > 0 ? `reported, with no date or decision: ${joinAnd(reported.map(name))}` : '',
  ].filter(Boolean);
  return said.length > 0
    ? `Ahead in ${answer.part.label}, ${said.join('; ')}.`
    : `No more closures are decided or proposed in ${answer.part.label}, as far as my sources show.`;
}

/**
 * "Which closed more, 2017 or 2026": the closures of the two years counted, the larger first; a year before the sources
 * cover every counter, or the year the coverage starts, or this year (so far) said beside.
 */
function closuresInTwoYears(answer: ClosuresAnswer, [a, b]: [string, string], coveredFrom: string, years: ClosureYear[]): AnswerSections {
  const count = (y: string) => years.find((c) => c.year === y)?.closed ?? 0;
  const inPart = answer.part ? ` in ${answer.part.label}` : '';
  const thisYear = answer.asOf.slice(0, 4);
  const yearSaid = (y: string) => `${y}${y === thisYear ? ' so far' : ''}`;
  const said = (y: string) => `${yearSaid(y)} (${count(y)})`;
  const [more, fewer] = count(a) >= count(b) ? [a, b] : [b, a];
  const fromYear = coveredFrom.slice(0, 4);
  // A year the sources do not cover whole, or one still to come, cannot be compared: the other's count is said.
  const unknown = [a, b].find((y) => y < fromYear || y > thisYear);
  const known = unknown === a ? b : a;
  const knownCount = known < fromYear || known > thisYear ? '' : ` In ${yearSaid(known)}, ${count(known)} ${plural(count(known), 'front counter')}${inPart} closed.`;
  const headline = unknown
    ? unknown > thisYear
      ? `I can't compare ${a} and ${b}: ${unknown} has not happened yet.${knownCount}`
      : `I can't compare ${a} and ${b}: my sources cover every counter only from ${formatDate(coveredFrom, 'month')}, so the closures of ${unknown} are not all known.${knownCount}`
    : count(a) === count(b)
      ? `The same number of front counters${inPart} closed in ${a} and ${b}: ${count(a)} in each, as my sources show.`
      : `More front counters${inPart} closed in ${said(more)} than in ${said(fewer)}, as my sources show.`;
  const caveats = [a, b].map((y) => (y === fromYear ? `${y} is counted from ${formatDate(coveredFrom, 'month')}, when my sources start covering every counter.` : '')).filter(Boolean);
  const yearText = (y: ClosureYear) => `${y.year}: ${y.closed}`;
  return {
    headline,
    keyLines: [...caveats, `By year: ${years.map(yearText).join('; ')}.`, roundsLine(answer.closureRounds)].filter(Boolean),
    card: {
      title: 'Front counter closures by year',
      asOfLine: `As of ${formatDate(answer.asOf)}`,
      facts: { facts: [a, b].map((y) => ({ title: y, value: `${count(y)} ${plural(count(y), 'closure')}` })) },
    },
  };
}

/** How many counters a closures card lists before "and N more". */
const CARD_CLOSURES = 60;

/**
 * "How many closed each year?", "which year had the most closures?": every closure the timeline dates from when the
 * sources cover every counter, by year; a counter that closed twice counts in each year, one known only to have closed
 * "by" a date counts in that date's year, and both are said.
 */
function closuresByYear(answer: ClosuresAnswer, { asked: byYear, from: coveredFrom, years }: ClosuresByYear): AnswerSections {
  if (answer.byYear?.compared) return closuresInTwoYears(answer, answer.byYear.compared, coveredFrom, years);
  const most = Math.max(...years.map((y) => y.closed));
  const top = years.filter((y) => y.closed === most).map((y) => y.year);
  const total = years.reduce((n, y) => n + y.closed, 0);
  const from = formatDate(coveredFrom, 'month');
  const inPart = answer.part ? ` in ${answer.part.label}` : '';
  const yearText = (y: ClosureYear) => {
    const notes = [y.reopened > 0 ? `${y.reopened} opened again later` : '', y.knownOnlyBy > 0 ? `${y.knownOnlyBy} known only to have closed by a date that year` : ''].filter(Boolean);
    return `${y.year}: ${y.closed}${notes.length > 0 ? ` (${notes.join('; ')})` : ''}`;
  };
  const yearsLine = `${years.map(yearText).join('; ')}.`;
  const headline =
    byYear === 'most'
      ? `The most front counters${inPart} closed in ${joinAnd(top)}: ${most}${top.length > 1 ? ' each' : ''}, of ${total} closures from ${from} to ${formatDate(answer.asOf)}.`
      : `Front counter closures${inPart} by year, from ${from} (when my sources cover every counter): ${yearsLine}`;
  return {
    headline,
    keyLines: [byYear === 'most' ? `By year: ${yearsLine}` : `The most in one year: ${joinAnd(top)} (${most}).`, roundsLine(answer.closureRounds)],
    card: {
      title: 'Front counter closures by year',
      asOfLine: `As of ${formatDate(answer.asOf)}`,
      facts: { facts: years.map((y) => ({ title: y.year, value: `${y.closed} ${plural(y.closed, 'closure')}` })) },
    },
    sources: { cited: citedOf(answer.closures.map((c) => c.event)), publishers: answer.publishers },
    dating: datingOf(answer),
    speak: headline,
    suggestions: [`Which police stations closed in ${top[0]}?`, 'Why did counters close?', 'Which desks are open 24/7?'],
  };
}

/** "Which borough lost the most stations": the closures that did not end, counted by borough, from when the sources cover every counter. */
function closuresByBorough(answer: ClosuresAnswer, { asked, from: coveredFrom, boroughs, reopened, period }: ClosuresByBorough): AnswerSections {
  const most = boroughs[0].closed;
  const top = boroughs.filter((b) => b.closed === most).map((b) => b.borough);
  const total = boroughs.reduce((n, b) => n + b.closed, 0);
  const from = formatDate(coveredFrom, 'month');
  // "which borough lost the most in 2017": the time asked, as the closures list says it.
  const span = period ? `in ${period.label}` : `from ${from} (when my sources start covering every counter) to ${formatDate(answer.asOf)}`;
  // Short enough to read: the boroughs with more than one closure by name, the rest as a count.
  const several = boroughs.filter((b) => b.closed > 1);
  const ones = boroughs.length - several.length;
  const boroughsLine = `${[...several.map((b) => `${b.borough} ${b.closed}`), ...(ones > 0 ? [`${ones} other ${plural(ones, 'borough')} 1 each`] : [])].join('; ')}.`;
  const headline =
    asked === 'most'
      ? `${joinAnd(top)} lost the most front counters: ${most}${top.length > 1 ? ' each' : ''}, of ${total} closures ${span}.`
      : `Front counter closures by borough, ${span}: ${boroughsLine}`;
  return {
    headline,
    keyLines: [
      asked === 'most' ? `By borough: ${boroughsLine}` : `The most: ${joinAnd(top)} (${most}).`,
      reopened > 0 ? `Not counted: ${reopened} ${plural(reopened, 'closure')} that ended when the counter opened again. Before ${from} my sources cover only some counters.` : `Before ${from} my sources cover only some counters.`,
    ],
    card: {
      title: 'Front counter closures by borough',
      asOfLine: `As of ${formatDate(answer.asOf)}; from ${from}`,
      facts: { facts: boroughs.slice(0, CARD_CLOSURES).map((b) => ({ title: b.borough, value: `${b.closed} ${plural(b.closed, 'closure')}` })) },
    },
    sources: { cited: citedOf(answer.closures.map((c) => c.event)), publishers: answer.publishers },
    dating: datingOf(answer),
    speak: headline,
    suggestions: [`Police stations in ${top[0]}`, 'Which boroughs have no counter?', 'Why did counters close?'],
  };
}

/**
 * "For London as a whole, the plan decided on 31 October 2017: 37 counters to close (ES list; MOPAC Q&A says 38).": the
 * plan-wide decision row in its own words, its label ("Final strategy:") left off, up to the clause that says what closes.
 */
function planDecidedLine(decided: NonNullable<ClosuresAnswer['planDecided']>): string {
  const words = decided.value.replace(/^[^:(]{1,30}:\s*/, '');
  const clauses: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i <= words.length; i++) {
    const ch = words[i];
    if (ch === '(') depth++;
    else if (ch === ')') depth--;
    else if ((ch === ';' && depth === 0) || i === words.length) {
      clauses.push(words.slice(start, i).trim());
      start = i + 1;
    }
  }
  const closing = clauses.findIndex((c) => /\bclos/i.test(c));
  const said = clauses.slice(0, closing >= 0 ? closing + 1 : 1).join('; ');
  return `For London as a whole, the plan decided on ${formatDate(decided.date, decided.precision)}: ${afterAColon(said)}.`;
}

export function renderClosures(answer: ClosuresAnswer): AnswerSections {
  const sections = closuresSections(answer);
  // "Did any counters close in 2017?": yes leads the count (a none already says "No ..." or that the sources name none).
  // A year read as the plan made then, with none dated in the year itself, is not a yes.
  if (!answer.whetherAsked || answer.closures.length === 0 || answer.datesAsked || answer.closedInYearSaid === 0) return sections;
  return { ...sections, headline: `Yes: ${afterAColon(sections.headline)}`, ...(sections.speak ? { speak: `Yes: ${afterAColon(sections.speak)}` } : {}) };
}

function closuresSections(answer: ClosuresAnswer): AnswerSections {
  if (answer.roundTheClock && answer.roundTheClock.closedInAll > 0) return roundTheClockClosures(answer, answer.roundTheClock);
  if (answer.happened && answer.period) return renderWhatHappened(answer, answer.happened, answer.period);
  if (answer.byYear && answer.byYear.years.length > 0) return closuresByYear(answer, answer.byYear);
  if (answer.byBorough && answer.byBorough.boroughs.length > 0) return closuresByBorough(answer, answer.byBorough);
  const { closures } = answer;
  const dating = datingOf(answer);
  // A part of London asked: " in North London", said with the count.
  const inPart = answer.part ? ` in ${answer.part.label}` : '';
  const others = answer.closureRounds.filter((r) => r.label !== answer.period?.label);
  // Closures known only "by" a date in the period or year asked may have fallen in it: said so, never "none closed".
  const byInYear = answer.closedByInYearSaid ?? [];
  const byLine =
    byInYear.length > 0
      ? ` (${joinAnd([...new Set(byInYear.map((b) => b.date))].map((date) => `${joinAnd(byInYear.filter((b) => b.date === date).map((b) => shortStationName(b.station)))} had closed by ${formatDate(date)}`))}, on ${byInYear.length === 1 ? 'a date' : 'dates'} they do not give)`
      : '';
  if (closures.length === 0) {
    const inLabel = answer.period ? (/^(?:in|since|before|after|between) /.test(answer.period.label) ? answer.period.label : `in ${answer.period.label}`) : '';
    return {
      headline:
        answer.period && byLine && !answer.incomplete
          ? `My sources date no front counter${inPart} closure ${inLabel} itself${byLine}.`
          : answer.period && answer.incomplete
          ? `My sources before ${formatDate(answer.incomplete.completeFrom, 'month')} cover only some counters, and they name no front counter closed in ${answer.period.label}.`
          : answer.period
            ? `No front counter${inPart} closed ${/^(?:in|since|before|after|between) /.test(answer.period.label) ? answer.period.label : `in ${answer.period.label}`}, as far as my sources show.`
            : `I found no front counter closures${inPart} in my sources.`,
      // "Why?" of a time none closed in: nothing to explain, said with the "none".
      ...(answer.whyAsked && answer.period && !answer.incomplete ? { headline: `No front counter${inPart} closed ${/^(?:in|since|before|after|between) /.test(answer.period.label) ? answer.period.label : `in ${answer.period.label}`}, as far as my sources show, so there is no closure then to explain.` } : {}),
      keyLines: [aheadInPartLine(answer) ?? roundsLine(answer.closureRounds)],
      dating,
      suggestions: [...latestRoundSuggestion(others), 'Which desks are open 24/7?', 'Why did counters close?'],
    };
  }
  if (answer.whyAsked) return renderWhyClosed(answer);
  const events = closures.map((c) => c.event);
  const n = closures.length;
  const dated = periodText(events);
  // "between 2020 and 30 November 2020" of a year asked is "in 2020".
  const year = answer.period?.label;
  const when = year && /^\d{4}$/.test(year) && dated.startsWith('between ') && events.every((e) => e.date.startsWith(year)) ? `in ${year}` : dated;
  const planIds = [...new Set(events.map((e) => e.planId))];
  const onlyPlan = planIds.length === 1 && planIds[0] ? answer.plans.find((p) => p.id === planIds[0]) : undefined;
  const plan = onlyPlan ? ` under the ${planShortName(onlyPlan.id, onlyPlan.shortName)}` : '';
  const reopened = (c: ClosuresAnswer['closures'][number]) => (c.status.counter === 'open' ? ' (open again now)' : '');
  // Before mid-2017 the data holds only some counters: what it names, not a count of all that closed.
  // "what closed in 2025", answered with the plan made that year: first that none closed in the year itself.
  const noneInYear =
    answer.period?.yearSaid !== undefined && answer.closedInYearSaid === 0
      ? byLine
        ? `My sources date no front counter${inPart} closure in ${answer.period.yearSaid} itself${byLine}; `
        : `No front counter${inPart} closed in ${answer.period.yearSaid} itself, as far as my sources show; `
      : '';
  // A period reaching past the date from which the sources are complete ("in the last decade", "since 2015"): the count
  // they name first, the caveat after; a period wholly before it ("in 2013") keeps the caveat first, as the count is
  // only of the counters they cover.
  const reachesComplete = answer.incomplete && answer.period && answer.period.to >= answer.incomplete.completeFrom;
  const count = answer.incomplete
    ? reachesComplete
      ? `My sources name ${countWord(n)} front ${plural(n, 'counter')}${inPart} closed ${when}`
      : `My sources before ${formatDate(answer.incomplete.completeFrom, 'month')} cover only some counters: they name ${countWord(n)} front ${plural(n, 'counter')} closed ${when}`
    : noneInYear
      ? `${noneInYear}${countWord(n)} front ${plural(n, 'counter')}${inPart} closed ${when}`
      : `${capitalise(countWord(n))} front ${plural(n, 'counter')}${inPart} closed ${when}`;

  const sameDay = new Set(events.map((e) => e.date)).size === 1;
  let headline: string;
  let list: AnswerSections['list'] = null;
  // The caveat of a period reaching past the sources' complete date, after the count.
  const caveat =
    reachesComplete && answer.incomplete && answer.period
      ? `; before ${formatDate(answer.incomplete.completeFrom, 'month')} they cover only some counters, so there may have been more ${answer.period.label}`
      : '';
  // "When?" of the closures just listed: their dates lead, each with how many closed on it (or who, when few).
  const datesFirst = (): string => {
    const groups = new Map<string, string[]>();
    for (const c of closures) {
      const key = formatDate(c.event.date, c.event.datePrecision);
      groups.set(key, [...(groups.get(key) ?? []), shortStationName(c.status.station)]);
    }
    if (groups.size === 1) return `They closed ${dated}: ${joinAnd([...groups.values()][0])}.`;
    return `They closed on these dates: ${joinAnd([...groups].map(([date, names]) => `${date} (${names.length <= 3 ? joinAnd(names) : `${countWord(names.length)} counters`})`))}.`;
  };
  const datesLead = answer.datesAsked === true && !answer.incomplete;
  if (sameDay) headline = datesLead ? datesFirst() : `${count}${plan}${caveat}: ${joinAnd(closures.map((c) => `${shortStationName(c.status.station)}${reopened(c)}`))}.`;
  else {
    // Grouped by date, oldest first, so a long list stays readable.
    const byDate = new Map<string, string[]>();
    for (const c of closures) {
      const key = formatDate(c.event.date, c.event.datePrecision);
      byDate.set(key, [...(byDate.get(key) ?? []), `${shortStationName(c.status.station)}${reopened(c)}`]);
    }
    headline = datesLead ? datesFirst() : `${count}${plan}${caveat}:`;
    list = { items: [...byDate].map(([date, names]) => `${date}: ${joinAnd(names)}`) };
  }
  // The one unconfirmed report that these closures were "paused" belongs here, with the closures it is about.
  const doubts = [...new Set(closures.flatMap((c) => c.status.conflicts.filter((d) => d.reason === 'low-confidence-later' && d.event.stationId === null).map((d) => d.event)))];
  const cautions = [...new Map(doubts.map((e) => [e.id, `Unconfirmed report (${formatDate(e.date, e.datePrecision)}): ${e.value}. Other sources do not support it.`])).values()];
  // What the plan of an incomplete period did in all, in its summary's own first words ("Closed 63 of London's 136 ...").
  const periodPlan = answer.incomplete && answer.period?.planId ? answer.plans.find((p) => p.id === answer.period!.planId) : undefined;
  const planDid = periodPlan ? /^[^(;,]+/.exec(periodPlan.summary)?.[0].trim() : undefined;
  // Of one plan: London's count as the plan decided it, beside the closures dated (they may differ, and sources with them).
  // Not when it only says the count again ("10 close" of the ten listed).
  const decidedSaid = !periodPlan && onlyPlan && answer.planDecided ? planDecidedLine(answer.planDecided) : null;
  const decidedLine = decidedSaid && !(answer.part === undefined && new RegExp(`\\b${n} (?:counters? )?(?:to )?close\\b`).test(decidedSaid)) ? decidedSaid : null;
  return {
    headline,
    keyLines: [periodPlan && planDid ? `The ${planShortName(periodPlan.id, periodPlan.shortName)}: ${afterAColon(planDid)}.` : null, decidedLine, aheadInPartLine(answer)].filter((l): l is string => l !== null),
    list,
    card: {
      title: answer.incomplete ? `Closures my sources name, ${when}` : count,
      asOfLine: `As of ${formatDate(answer.asOf)}${plan ? `. Closed${plan}` : ''}`,
      facts: {
        facts: closures.slice(0, CARD_CLOSURES).map((c) => ({ title: shortStationName(c.status.station), value: `${formatDate(c.event.date, c.event.datePrecision)}${reopened(c)}` })),
      },
    },
    details: closures.length > CARD_CLOSURES ? [`And ${closures.length - CARD_CLOSURES} more.`] : [],
    cautions,
    sources: { cited: citedOf(events), publishers: answer.publishers },
    dating,
    speak: sameDay ? headline : `${count}${plan}.`,
    suggestions: ['Which desks are open 24/7?', 'Why did counters close?', 'Nearest open desk'],
  };
}

/** A closure row that says only that it closed ("police station closed"): no reason in it. */
const CLOSED_ONLY = /^(?:the )?(?:police station|station|front counter|counter|front desk)?\s*closed\.?$/i;

/**
 * "Why?" of the closures of a time under no plan ("what closed in 2020", then "why?"; the answer sets `whyAsked` only
 * then): each closure named with its date and its own row's words, so no round's reasons are lent to them; a row that
 * says only "closed" is said to give no reason.
 */
function renderWhyClosed(answer: ClosuresAnswer): AnswerSections {
  const { closures } = answer;
  const n = closures.length;
  const events = closures.map((c) => c.event);
  const inPart = answer.part ? ` in ${answer.part.label}` : '';
  const label = answer.period?.label;
  const when = label ? (/^(?:in|since|before|after|between) /.test(label) ? ` ${label}` : ` in ${label}`) : '';
  const why = (c: ClosuresAnswer['closures'][number]) => {
    const said = CLOSED_ONLY.test(c.event.value.trim()) ? 'my sources give no reason' : c.event.value;
    const again = c.status.counter === 'open' ? ' (open again now)' : '';
    return `${bold(shortStationName(c.status.station))}, ${formatDate(c.event.date, c.event.datePrecision)}: ${said}${again}`;
  };
  const opening = `My sources record no closure plan behind ${n === 1 ? 'the front counter closure' : `the ${countWord(n)} front counter closures`}${inPart}${when}`;
  const headline = n === 1 ? `${opening}. Its record says: ${why(closures[0])}.` : `${opening}; each record says why it closed:`;
  return {
    headline,
    keyLines: [],
    list: n > 1 ? { items: closures.map(why) } : null,
    card: {
      title: `Why front counters closed${when}`,
      asOfLine: `As of ${formatDate(answer.asOf)}`,
      facts: { facts: closures.slice(0, CARD_CLOSURES).map((c) => ({ title: shortStationName(c.status.station), value: formatDate(c.event.date, c.event.datePrecision) })) },
    },
    details: closures.length > CARD_CLOSURES ? [`And ${closures.length - CARD_CLOSURES} more.`] : [],
    sources: { cited: citedOf(events), publishers: answer.publishers },
    dating: datingOf(answer),
    speak: headline.replace(/\*\*/g, '').replace(/:$/, '.'),
    suggestions: ['Which counters closed?', 'Why did front counters close?'],
  };
}

/**
 * "How many 24 hour stations closed in 2026": how many of the closures were of counters open 24 hours a day until then,
 * named, of how many closed in all; then the 24-hour counters that lost their 24-hour opening then without closing.
 * The card, list and sources are those of the 24-hour closures.
 */
function roundTheClockClosures(answer: ClosuresAnswer, asked: NonNullable<ClosuresAnswer['roundTheClock']>): AnswerSections {
  const base = renderClosures({ ...answer, roundTheClock: undefined });
  const label = answer.period?.label;
  const when = label ? (/^(?:in|since|before|after|between|from) /.test(label) ? ` ${label}` : ` in ${label}`) : '';
  const all = asked.closedInAll;
  const n = answer.closures.length;
  const inPart = answer.part ? ` in ${answer.part.label}` : '';
  const names = joinAnd(answer.closures.map((c) => `${bold(shortStationName(c.status.station))}${c.status.counter === 'open' ? ' (open again now)' : ''}`));
  const ofAll = all === 1 ? `The one front counter${inPart} that closed${when}` : `${n === all ? 'All' : capitalise(countWord(n))} of the ${countWord(all)} front counters${inPart} that closed${when}`;
  // Hours the sources do not give (before mid-2017, often) are said, never counted as "not 24 hours".
  const unknown = asked.hoursUnknown > 0 ? `; my sources do not give the hours of ${asked.hoursUnknown === all ? (all === 1 ? 'it' : 'any of them') : countWord(asked.hoursUnknown)} before ${asked.hoursUnknown === 1 ? 'it' : 'they'} closed` : '';
  const headline =
    n === 0
      ? asked.hoursUnknown === all
        ? `My sources do not say whether any of the ${countWord(all)} front ${plural(all, 'counter')}${inPart} that closed${when} was open 24 hours a day: they do not give ${all === 1 ? 'its' : 'their'} hours before ${all === 1 ? 'it' : 'they'} closed.`
        : `None of the ${countWord(all)} front ${plural(all, 'counter')}${inPart} that closed${when} was open 24 hours a day when it closed, as my sources show${unknown}.`
      : `${ofAll} ${n === 1 ? 'was' : 'were'} open 24 hours a day until ${n === 1 ? 'it' : 'they'} closed, as my sources show: ${names}${unknown}.`;
  const cut = asked.hoursCut;
  const days = [...new Set(cut.map((c) => formatDate(c.event.date, c.event.datePrecision)))];
  const cutLine =
    cut.length > 0
      ? `A further ${countWord(cut.length)} ${plural(cut.length, 'counter')} lost ${cut.length === 1 ? 'its' : 'their'} 24-hour opening${days.length === 1 ? ` on ${days[0]}` : ''} without closing${cut.length <= 5 ? `: ${joinAnd(cut.map((c) => bold(shortStationName(c.station))))}` : ''}.`
      : null;
  return {
    ...base,
    headline,
    // Before the sources cover every counter, that caveat comes next.
    keyLines: [answer.incomplete ? `My sources before ${formatDate(answer.incomplete.completeFrom, 'month')} cover only some counters, so there may have been more.` : null, cutLine, ...(base.keyLines ?? [])].filter((l): l is string => l !== null).slice(0, 2),
    speak: headline.replace(/\*\*/g, ''),
    suggestions: ['Which stations lost their 24 hour service?', 'Which desks are open 24/7?', 'Nearest open desk'],
  };
}

/** Hours from the data inside a sentence: "open 24 hours, every day", "Mon–Fri 10:00–22:00". */
const hoursInSentence = (value: string) => scheduleValueText(value).replace(/^Open\b/, 'open');

// ---------------------------------------------------------------------------

/** " mostly on 14 December 2017" when one day holds most of the closures of a period; else nothing. */
function closedMostlyOn(events: readonly TimelineEvent[]): string {
  const perDay = new Map<string, number>();
  for (const e of events) if (e.datePrecision === 'day') perDay.set(e.date, (perDay.get(e.date) ?? 0) + 1);
  const [day, count] = [...perDay].sort((a, b) => b[1] - a[1])[0] ?? ['', 0];
  return count * 2 > events.length ? ` (mostly on ${formatDate(day)})` : '';
}

/**
 * What happened on a day or in a period asked ("what happened on 3 March 2026?"): the closures, the new hours and
 * the reopenings the timeline holds for it, then the plans proposed or decided then, every date in full.
 */
function renderWhatHappened(answer: ClosuresAnswer, happened: PeriodChanges, period: NonNullable<ClosuresAnswer['period']>): AnswerSections {
  const oneDay = period.from === period.to;
  // "since 2017" says its own preposition: "Since 2017, ...", not "In since 2017"; "2017 to 2019": "From 2017 to 2019".
  const when = oneDay
    ? `On ${formatDate(period.from)}`
    : /^(?:since|from|between|before|after|until)\b/i.test(period.label) ? capitalise(period.label) : /^\d{4} to \d{4}$/.test(period.label) ? `From ${period.label}` : `In ${period.label}`;
  const planOf = (events: readonly TimelineEvent[]) => {
    const ids = [...new Set(events.map((e) => e.planId))];
    const plan = ids.length === 1 && ids[0] ? answer.plans.find((p) => p.id === ids[0]) : undefined;
    return plan ? ` under the ${planShortName(plan.id, plan.shortName)}` : '';
  };
  const named = (statuses: readonly CounterStatus[]) => (statuses.length <= 12 ? `: ${joinAnd(statuses.map((s) => shortStationName(s.station)))}` : '');
  const on = (e: TimelineEvent) => (oneDay ? '' : ` ${onDate(markOf(e))}`);
  const onPlanDate = (d: string) => `${precisionOf(d) === 'day' ? 'on' : 'in'} ${formatDate(d)}`;

  const sentences: string[] = [];
  const { closures } = answer;
  if (closures.length > 0) {
    const n = closures.length;
    const dates = new Set(closures.map((c) => c.event.date));
    const date = oneDay ? '' : dates.size === 1 ? ` on ${formatDate(closures[0].event.date)}` : closedMostlyOn(closures.map((c) => c.event));
    sentences.push(`${countWord(n)} front ${plural(n, 'counter')} closed${date}${planOf(closures.map((c) => c.event))}${named(closures.map((c) => c.status))}.`);
  }
  // New hours grouped by what they became, largest group first.
  const byHours = new Map<string, PeriodChanges['hoursChanges']>();
  for (const c of happened.hoursChanges) byHours.set(c.event.value, [...(byHours.get(c.event.value) ?? []), c]);
  for (const group of [...byHours.values()].sort((a, b) => b.length - a.length)) {
    const n = group.length;
    const befores = [...new Set(group.map((c) => c.before))];
    const before = befores.length === 1 ? ` (before: ${hoursInSentence(befores[0])})` : '';
    const dates = new Set(group.map((c) => c.event.date));
    const date = !oneDay && dates.size === 1 ? ` on ${formatDate(group[0].event.date)}` : '';
    sentences.push(
      `${countWord(n)} front ${plural(n, 'counter')} changed ${n === 1 ? 'its' : 'their'} hours${date} to ${hoursInSentence(group[0].event.value)}${before}${planOf(group.map((c) => c.event))}${named(group.map((c) => c.status))}.`,
    );
  }
  for (const o of happened.openings) sentences.push(`The front counter at ${shortStationName(o.status.station)} ${o.reopened ? 'reopened' : 'opened'}${on(o.event)}.`);
  const within = (d: string) => d !== '' && d >= period.from.slice(0, d.length) && d <= period.to.slice(0, d.length);
  const planLines = answer.plans
    .map((p) => ({ p, steps: [within(p.proposedOn) ? `proposed ${onPlanDate(p.proposedOn)}` : '', within(p.decidedOn) ? `decided ${onPlanDate(p.decidedOn)}` : ''].filter(Boolean) }))
    .filter(({ steps }) => steps.length > 0)
    .map(({ p, steps }) => `The ${planShortName(p.id, p.shortName)} was ${joinAnd(steps)}.`);
  const first = sentences[0];
  const headline = first
    ? `${when}, ${first.charAt(0).toLowerCase() === first.charAt(0) ? first : first.replace(/^[A-Z]/, (c) => c.toLowerCase())}`.replace(/, The front/, ', the front')
    : `My sources record no front counter closing, opening or changing its hours ${oneDay ? `on ${formatDate(period.from)}` : `in ${period.label}`}.`;
  const events = [...closures.map((c) => c.event), ...happened.hoursChanges.map((c) => c.event), ...happened.openings.map((o) => o.event)];
  const keyLines = [...sentences.slice(1).map(capitalise), ...planLines];
  return {
    headline,
    keyLines: keyLines.slice(0, 2),
    details: keyLines.slice(2),
    card: { title: `What happened ${oneDay ? `on ${formatDate(period.from)}` : `in ${period.label}`}`, asOfLine: `As of ${formatDate(answer.asOf)}`, facts: { facts: [] } },
    sources: { cited: citedOf(events), publishers: answer.publishers },
    // A period the sources cover is history: today's caveat on the announced arrangement is not about it.
    dating: { ...datingOf(answer), beyondSources: period.to > answer.sourcesUpTo },
    speak: headline,
    suggestions: ['Which desks are open 24/7?', 'Why did counters close?', 'How many are left?'],
  };
}

// ---------------------------------------------------------------------------

type ClosingListAnswer = Extract<Answer, { kind: 'closing-list' }>;

/** 1140 -> "19:00". */
function clockOf(minutes: number): string {
  return `${String(Math.floor(minutes / 60) % 24).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

/** "on Saturday and Sunday", "on weekdays", "today (Thursday)", "on Friday". */
function daysWords(weekdays: readonly number[], asOf: string): string {
  if (weekdays.length === 5 && weekdays.every((d) => d <= 5)) return 'on weekdays (Monday to Friday)';
  if (weekdays.length === 1 && londonDateTime(`${asOf}T12:00`).weekday === weekdays[0]) return `today (${DAY_NAMES[weekdays[0] as Weekday]})`;
  return `on ${joinAnd(weekdays.map((d) => DAY_NAMES[d as Weekday]))}`;
}

/** "22:00 today", "09:00 on Friday": an instant, against the answer's day. */
function closingInstant(iso: string, answer: ClosingListAnswer): string {
  const at = londonDateTime(iso);
  const day = at.toISODate() === answer.asOf ? 'today' : `on ${at.setLocale('en-GB').toFormat('cccc')}`;
  return `${formatLondonTime(at)} ${day}`;
}

/**
 * "Which counters close at 7 on weekends?": how many close then and which ("25 front counters close at 19:00 on Saturday
 * and Sunday"), the 24-hour ones that never close said apart; "whats closing in the next hour?": those that do with their
 * times, or that none does and when the next closes.
 */
export function renderClosingList(answer: ClosingListAnswer): AnswerSections {
  const { asked, closing, roundTheClock } = answer;
  const n = closing.length;
  const names = closing.map((c) => shortStationName(c.status.station));
  const never = roundTheClock.length > 0 ? `${joinAnd(roundTheClock.map((s) => shortStationName(s.station)))} ${roundTheClock.length === 1 ? 'is' : 'are'} open 24 hours a day and never ${roundTheClock.length === 1 ? 'closes' : 'close'}.` : '';
  const counters = (k: number) => `${countWord(k)} front ${plural(k, 'counter')}`;
  let headline: string;
  let next = '';
  // The counters the card lists: those closing (or, for the latest or earliest, the 24-hour ones too).
  let shown = closing.map((c) => c.status);
  let title = 'Front counters closing';
  if (asked.kind === 'extreme') {
    const days = daysWords(asked.weekdays, answer.asOf);
    const verb = asked.which === 'first' ? 'open' : 'close';
    const time = answer.closingTimes.length > 0 ? clockOf(answer.closingTimes[0]) : null;
    const who = n === 0 ? '' : n <= 4 ? joinAnd(names.map(bold)) : `all ${countWord(n)} of them`;
    // Every counter of a part with no 24-hour one: "all six close at 22:00", not "the other six".
    const all = roundTheClock.length > 0 ? `the other ${countWord(n)} all` : `all ${countWord(n)}`;
    const rest = time === null ? '' : n === answer.openCount - roundTheClock.length && n > 4 ? `${all} ${verb} at ${time} ${days}` : `the ${asked.which === 'last' ? 'latest' : 'earliest'} to ${verb} at ${time} ${days}: ${who}`;
    if (roundTheClock.length > 0) {
      const them = joinAnd(roundTheClock.map((s) => bold(shortStationName(s.station))));
      headline = `${them} ${roundTheClock.length === 1 ? 'is' : 'are'} open 24 hours a day${rest ? `; ${rest}` : ''}.`;
    } else headline = rest ? `${capitalise(rest)}.` : 'My sources have no hours for those days.';
    shown = [...roundTheClock, ...shown];
    title = asked.which === 'last' ? 'Open latest' : asked.which === 'first' ? 'Open earliest' : 'Closing earliest';
  } else if (asked.kind === 'at') {
    const when = `${asked.before === 'strictly' ? 'before' : asked.before === 'or-at' ? 'by' : 'at'} ${clockOf(asked.minutes)} ${daysWords(asked.weekdays, answer.asOf)}`;
    const others = answer.closingTimes.filter((m) => m !== asked.minutes).map(clockOf);
    // "before 20:00": the times they close then ("25 front counters close before 20:00 on Sunday, at 19:00").
    const earlier = asked.before ? answer.closingTimes.filter((m) => (asked.before === 'strictly' ? m < asked.minutes : m <= asked.minutes)) : [];
    const at = earlier.some((m) => m !== asked.minutes) ? `, at ${joinAnd(earlier.map(clockOf), 'or')}` : '';
    headline =
      n === 0
        ? `No front counter closes ${when}, as far as my sources show.`
        : `${capitalise(counters(n))} ${n === 1 ? 'closes' : 'close'} ${when}${at}${n <= 4 ? `: ${joinAnd(names.map(bold))}.` : '.'}`;
    if (n === 0 && others.length > 0) next = `Counters with set hours close at ${joinAnd(others, 'or')} then.`;
  } else {
    const end = answerInstant(answer.at, answer.asOf).plus({ minutes: asked.minutes });
    const within = `in the next ${asked.minutes % 60 === 0 ? `${asked.minutes === 60 ? 'hour' : `${asked.minutes / 60} hours`}` : `${asked.minutes} minutes`} (by ${formatLondonTime(end)})`;
    const times = [...new Set(closing.map((c) => formatLondonTime(londonDateTime(c.closesAt!))))];
    const each = closing.map((c) => `${bold(shortStationName(c.status.station))} at ${formatLondonTime(londonDateTime(c.closesAt!))}`);
    if (n > 0 && (n <= 4 || times.length > 1)) headline = `${capitalise(counters(n))} ${n === 1 ? 'closes' : 'close'} ${within}: ${joinAnd(n <= 4 ? each : times.map((t) => `${closing.filter((c) => formatLondonTime(londonDateTime(c.closesAt!)) === t).length} at ${t}`))}.`;
    else if (n > 0) headline = `${capitalise(counters(n))} close ${within}, all at ${times[0]}.`;
    else {
      headline = `No front counter closes ${within}.`;
      if (answer.next) {
        const k = answer.next.desks.length;
        const who = k <= 3 ? joinAnd(answer.next.desks.map((s) => shortStationName(s.station))) : counters(k);
        next = `The next to close: ${who} at ${closingInstant(answer.next.closesAt, answer)}.`;
      }
    }
  }
  const extreme = asked.kind === 'extreme';
  // A part of London asked ("are any of them open late" after East London's list): said first, as the list said it.
  if (answer.part) headline = `In ${answer.part.label}, ${headline.replace(/^(?!\*\*)(\w)/, (c) => c.toLowerCase())}`;
  return {
    headline,
    // The latest or earliest already names the 24-hour counters in its headline, and lists no one.
    keyLines: extreme ? [] : [next, never].filter(Boolean),
    list: !extreme && n > 4 ? { items: names.map(bold) } : null,
    card: {
      title,
      asOfLine: `As of ${formatDate(answer.asOf)}; times are London time`,
      facts: { facts: shown.map((s) => ({ title: s.station.name, value: hoursOf(s) })) },
    },
    sources: { cited: citedOfStatuses(shown.length > 0 ? shown : answer.next?.desks ?? []), publishers: answer.publishers },
    dating: datingOf(answer, shown),
    speak: extreme ? headline.replace(/\*\*/g, '') : headline,
    suggestions: ['Nearest desk open now', 'Which desks are open 24/7?'],
  };
}

// ---------------------------------------------------------------------------

type KeptAnswer = Extract<Answer, { kind: 'kept-list' }>;

/**
 * "Which stations were kept open in 2017?": the counters the round left open, counted against those open before it and
 * named, then which of them are open now. Before the sources hold every counter, only those they name, said so.
 */
export function renderKept(answer: KeptAnswer): AnswerSections {
  const { kept, period, plan } = answer;
  const n = kept.length;
  const who = plan ? `The ${planShortName(plan.id, plan.shortName)}` : `The closures of ${period.label}`;
  const ran = period.from === period.to ? `its closures came on ${formatDate(period.from)}` : `its closures ran from ${formatDate(period.from)} to ${formatDate(period.to)}`;
  const names = kept.map((s) => bold(shortStationName(s.station)));
  const headline = answer.incomplete
    ? `My sources before ${formatDate(answer.incomplete.completeFrom, 'month')} cover only some counters, so I can't list every counter ${who.replace(/^The/, 'the')} kept open; of those they name, ${countWord(n)} stayed open through it (${ran}).`
    : `${who} kept ${countWord(n)} of London's ${countWord(answer.before)} front counters open (${ran})${n <= 4 ? `: ${joinAnd(names)}.` : ':'}`;
  const openNow = kept.filter((s) => s.counter === 'open');
  const now =
    n === 0 ? '' : openNow.length === n ? (n === 1 ? 'It is open now.' : 'All of them are open now.') : openNow.length === 0 ? 'None of them is open now.' : `${capitalise(countWord(openNow.length))} of them ${openNow.length === 1 ? 'is' : 'are'} open now.`;
  const did = plan && answer.incomplete ? /^[^(;,]+/.exec(plan.summary)?.[0].trim() : undefined;
  // "Which of them are still open?": those open now, counted and named first; those closed since after.
  if (answer.stillOpenAsked && n > 0) {
    const closedSince = kept.filter((s) => s.counter !== 'open');
    const openNames = openNow.map((s) => bold(shortStationName(s.station)));
    const first =
      openNow.length === 0
        ? `None of the ${countWord(n)} front counters ${who.replace(/^The/, 'the')} kept open is open now.`
        : `${capitalise(countWord(openNow.length))} of the ${countWord(n)} front counters ${who.replace(/^The/, 'the')} kept open ${openNow.length === 1 ? 'is' : 'are'} open now: ${joinAnd(openNames)}.`;
    const closedLine =
      closedSince.length > 0
        ? `Closed since: ${joinAnd(closedSince.map((s) => `${bold(shortStationName(s.station))}${s.since ? ` (${onDate(s.since)})` : ''}`))}.`
        : '';
    return {
      headline: first,
      keyLines: [closedLine],
      card: { title: `Counters kept open in ${period.label}, open now`, asOfLine: `As of ${formatDate(answer.asOf)}` },
      sources: { cited: citedOfStatuses(kept), publishers: answer.publishers },
      dating: datingOf(answer, kept),
      speak: first.replace(/\*\*/g, ''),
      suggestions: [`Which police stations closed in ${period.label}?`, 'Which desks are open 24/7?'],
    };
  }
  return {
    headline,
    keyLines: [did ? `The ${planShortName(plan!.id, plan!.shortName)}: ${afterAColon(did)}.` : '', now],
    list: n > 4 ? { items: kept.map((s) => `${bold(s.station.name)}${s.counter === 'open' ? '' : ` (closed${s.since ? ` ${onDate(s.since)}` : ' since'})`}`) } : null,
    card: {
      title: `Counters kept open, ${period.label}`,
      asOfLine: `Open on ${formatDate(answer.beforeDate)} and still open on ${formatDate(answer.afterDate)}`,
      facts: { facts: kept.map((s) => ({ title: shortStationName(s.station), value: s.counter === 'open' ? 'Open now' : s.since ? `Closed ${onDate(s.since)}` : 'Closed since' })) },
    },
    sources: { cited: citedOfStatuses(kept), publishers: answer.publishers },
    dating: datingOf(answer, kept),
    speak: headline.replace(/\*\*/g, '').replace(/:$/, '.'),
    suggestions: [`Which police stations closed in ${period.label}?`, 'Which counters were saved?', 'Which desks are open 24/7?'],
  };
}

type MovedAnswer = Extract<Answer, { kind: 'moved-list' }>;

/**
 * "Did any stations move rather than close?": how many closed counters' desks went to another counter, as the timeline
 * records, then each: where it went, when it closed, and whether that counter is open now.
 */
export function renderMoved(answer: MovedAnswer): AnswerSections {
  const { moves } = answer;
  const n = moves.length;
  const each = ({ from, to }: MovedAnswer['moves'][number]) =>
    `${bold(shortStationName(from.station))} moved to ${bold(shortStationName(to.station))}${from.since ? ` ${onDate(from.since)}` : ''}; ${to.status.counter === 'open' ? 'it is open now' : `it closed too${to.status.since ? `, ${onDate(to.status.since)}` : ''}`}`;
  // A time asked: " in 2020", said with the answer, and the moves at any time after a "no".
  const period = answer.period;
  const when = period ? ` ${/^(?:in|since|before|after|between) /.test(period.label) ? period.label : `in ${period.label}`}` : '';
  // Yes or no only when whether any moved was asked; "which counters moved" is answered by the list itself.
  const [no, yes] = answer.whetherAsked ? ['No: my', 'Yes: my'] : ['My', 'My'];
  // "When?" after the moves: their dates lead (each move's own date is in the list).
  const dated = (m: MovedAnswer['moves'][number]) => (m.from.since ? `${bold(shortStationName(m.from.station))} ${onDate(m.from.since)}` : `${bold(shortStationName(m.from.station))} (no date recorded)`);
  const headline =
    n === 0
      ? `${no} sources record no front counter whose desk moved to another when it closed${when}.`
      : answer.datesAsked
        ? n <= 3
          ? `They moved to another counter${when} as follows: ${joinAnd(moves.map(each))}.`
          : `The ${countWord(n)} moves my sources record${when} run from the first, ${dated(moves[0])}, to the latest, ${dated(moves[n - 1])}; each one:`
      : `${yes} sources record ${countWord(n)} front ${plural(n, 'counter')} whose desk moved to another counter when ${n === 1 ? 'it' : 'they'} closed${when}${n <= 3 ? `: ${joinAnd(moves.map(each))}.` : ':'}`;
  const atAnyTime = period && period.allMoves > n ? [`At any time, they record ${countWord(period.allMoves)}: ask "which counters moved" for them all.`] : [];
  const statuses = moves.flatMap((m) => [m.from, m.to.status]);
  // "Why?" after the moves: each move's own rows say why (a stand-in while another was refurbished, a fire, a relocation).
  if (answer.whyAsked && n > 0) return renderWhyMoved(answer, statuses, when);
  return {
    headline,
    keyLines: [...atAnyTime, n > 0 ? 'The others closed with no move recorded. Ask about one counter ("did it move?") for its whole story, moves for a while included.' : 'Ask about one counter ("did it move?") and I will check its record.'],
    list: n > 3 ? { items: moves.map(each) } : null,
    card: {
      title: 'Counters that moved',
      asOfLine: `As of ${formatDate(answer.asOf)}`,
      facts: { facts: moves.map((m) => ({ title: shortStationName(m.from.station), value: `Moved to ${shortStationName(m.to.station)}` })) },
    },
    sources: { cited: [...citedOfStatuses(moves.map((m) => m.from)), ...citedOf([...new Set(moves.map((m) => m.to.on))])], publishers: answer.publishers },
    dating: datingOf(answer, statuses),
    speak: headline.replace(/\*\*/g, '').replace(/:$/, '.'),
    suggestions: ['Which counters closed?', 'Which desks are open 24/7?'],
  };
}

/** Why each move happened, in the words of its rows and with their plan, sources cited; nothing added. */
function renderWhyMoved(answer: MovedAnswer, statuses: CounterStatus[], when: string): AnswerSections {
  const { moves } = answer;
  const n = moves.length;
  const why = (m: MovedAnswer['moves'][number]) => {
    const rows = m.reasons ?? [];
    const plan = rows.map((r) => r.plan).find((p) => p !== null);
    // A note's value may open with the data's own cross-reference ("superseded-by:church-street - "): not for residents.
    const said = rows.length > 0 ? rows.map((r) => r.event.value.replace(/^[a-z-]+:[a-z0-9-]+\s+-\s+/, '')).join('; ') : 'my sources give no reason';
    return `${bold(shortStationName(m.from.station))} to ${bold(shortStationName(m.to.station))}${m.from.since ? `, ${onDate(m.from.since)}` : ''}: ${said}${plan ? `; under the ${plan}` : ''}`;
  };
  const headline =
    n === 1
      ? `It moved for the reason my sources record${when}: ${why(moves[0])}.`
      : `Each of the ${countWord(n)} moves my sources record${when} had its own reason, not one closure plan's, as each record says:`;
  const events = [...new Set(moves.flatMap((m) => (m.reasons ?? []).map((r) => r.event)))];
  return {
    headline,
    keyLines: ['Ask about one counter ("did it move?") for its whole story.'],
    list: n > 1 ? { items: moves.map(why) } : null,
    card: {
      title: 'Why counters moved',
      asOfLine: `As of ${formatDate(answer.asOf)}`,
      facts: { facts: moves.map((m) => ({ title: shortStationName(m.from.station), value: `Moved to ${shortStationName(m.to.station)}` })) },
    },
    sources: { cited: citedOf(events), publishers: answer.publishers },
    dating: datingOf(answer, statuses),
    speak: headline.replace(/\*\*/g, '').replace(/:$/, '.'),
    suggestions: ['Which counters closed?', 'Why did front counters close?'],
  };
}

type FirstClosureAnswer = Extract<Answer, { kind: 'first-closure' }>;

/**
 * "What was the first station to close?": the earliest closure the timeline holds, its date and which, then, when the
 * sources before mid-2017 hold only some counters, that an earlier one may be missing and the first from then.
 */
export function renderFirstClosure(answer: FirstClosureAnswer): AnswerSections {
  const { earliest, firstComplete } = answer;
  const dating = datingOf(answer);
  const suggestions = ['Which counters closed?', 'Which year had the most closures?', 'Which desks are open 24/7?'];
  if (answer.within) return renderClosureOfAPeriod(answer, answer.within, suggestions);
  if (earliest.length === 0) return { headline: 'I found no front counter closures in my sources.', dating, suggestions };
  const planOf = planOfClosure(answer);
  const completeFrom = formatDate(answer.completeFrom, 'month');
  const headline =
    firstComplete.length === 0
      ? `The first front counter to close, as my sources show, ${verb(earliest)} ${which(earliest)}, ${when(earliest)}${planOf(earliest[0].event)}${what(earliest)}.`
      : `The earliest front counter closure in my sources is ${which(earliest)}, ${when(earliest)}${planOf(earliest[0].event)}${what(earliest)}. Before ${completeFrom} they cover only some counters, so an earlier closure may be missing.`;
  const fromComplete =
    firstComplete.length > 0
      ? `From ${completeFrom}, when my sources cover every counter, the first to close ${verb(firstComplete)} ${which(firstComplete)}, ${when(firstComplete)}${planOf(firstComplete[0].event)}${what(firstComplete)}.`
      : '';
  const events = [...earliest, ...firstComplete].map((c) => c.event);
  return {
    headline,
    keyLines: [fromComplete],
    sources: { cited: citedOf(events), publishers: answer.publishers },
    dating,
    speak: headline.replace(/\*\*/g, ''),
    suggestions,
  };
}

type Closures = FirstClosureAnswer['earliest'];
const which = (list: Closures) => joinAnd(list.map((c) => bold(shortStationName(c.status.station))));
const when = (list: Closures) => onDate(markOf(list[0].event));
const what = (list: Closures) => (list.length === 1 ? `: ${pounds(list[0].event.value)}` : '');
const verb = (list: Closures) => (list.length === 1 ? 'was' : 'were');

/** " under the 2017 Public Access Strategy (MOPAC)": the plan a closure was part of, if any. */
function planOfClosure(answer: FirstClosureAnswer): (e: TimelineEvent) => string {
  return (e) => {
    const plan = e.planId ? answer.plans.find((p) => p.id === e.planId) : undefined;
    return plan ? ` under the ${planShortName(plan.id, plan.shortName)}` : '';
  };
}

/**
 * "The first police station to close in 2017", "the last counter to close in 2026": the first (or last) closures dated
 * in the period, then how many closed in it, and any doubt: dates given only to the month or year, closures known only
 * "by" a date, a period before the sources cover every counter.
 */
function renderClosureOfAPeriod(answer: FirstClosureAnswer, within: NonNullable<FirstClosureAnswer['within']>, suggestions: string[]): AnswerSections {
  const { earliest } = answer;
  const { period } = within;
  const dating = datingOf(answer);
  const soFar = period.to >= answer.asOf ? ' so far' : '';
  const by = within.closedBy.length > 0 ? `${which(within.closedBy)} had closed ${onDate(markOf(within.closedBy[0].event))}` : '';
  if (earliest.length === 0) {
    const headline = by ? `My sources date no front counter closure in ${period.label} itself: ${by}.` : `My sources record no front counter closure in ${period.label}${soFar}.`;
    return { headline, dating, suggestions: [`Which police stations closed in ${period.label}?`, ...suggestions.slice(1)] };
  }
  const order = within.last ? 'last' : 'first';
  const planOf = planOfClosure(answer);
  const noun = earliest.length === 1 ? 'front counter' : 'front counters';
  const chosen = `${which(earliest)}, ${when(earliest)}${planOf(earliest[0].event)}${what(earliest)}`;
  // Closures dated only to the month or year, or "by" a date, that may have come before (or after) the one found.
  const loose = within.unsure.map((c) => `${bold(shortStationName(c.status.station))}'s closure`);
  const precision = within.unsure.every((c) => c.event.datePrecision === 'year') ? 'year' : within.unsure.every((c) => c.event.datePrecision === 'month') ? 'month' : 'month or year';
  const doubt = [loose.length > 0 ? `they date ${joinAnd(loose)} only to the ${precision}` : '', by ? `they say only that ${by}` : ''].filter(Boolean).join(', and ');
  const headline = doubt
    ? `My sources can't say which front counter closed ${order} in ${period.label}${soFar}: ${doubt}. The ${order} dated more closely ${verb(earliest)} ${chosen}.`
    : `The ${order} ${noun} to close in ${period.label}${soFar}, as my sources show, ${verb(earliest)} ${chosen}.`;
  const doubts = [within.incomplete ? `Before ${formatDate(answer.completeFrom, 'month')} they cover only some counters, so ${within.last ? 'a later' : 'an earlier'} closure may be missing.` : ''].filter(Boolean);
  const count = `In all, ${countWord(within.count)} ${plural(within.count, 'front counter closure')} ${within.count === 1 ? 'is' : 'are'} dated in ${period.label}${soFar} in my sources.`;
  return {
    headline,
    keyLines: [...doubts, count],
    sources: { cited: citedOf(earliest.map((c) => c.event)), publishers: answer.publishers },
    dating,
    speak: headline.replace(/\*\*/g, ''),
    suggestions: [`Which police stations closed in ${period.label}?`, ...suggestions.slice(1)],
  };
}
