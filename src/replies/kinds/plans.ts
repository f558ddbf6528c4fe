/**
 * "Why did the Met close so many front counters?", "How many are left?",
 * "What was the 2017 plan?": figures and plan summaries from the research,
 * each with its sources, most recent plan first.
 */
import type { Answer, ReopeningAhead } from '../../answers/answer';
import type { Plan } from '../../stations/model';
import { latestRoundSuggestion } from '../format/closureRounds';
import { formatDate } from '../format/dates';
import { factLines, firstFacts, groupFacts } from '../format/facts';
import { scheduleText, scheduleValueText } from '../format/hours';
import { planShortName, shortStationName } from '../format/names';
import { citedOf as citedOfEvents, citedOfHours, isBeyondSources, undated } from '../format/sources';
import { afterAColon, bold, capitalise, countWord, firstSentences, joinAnd, plural, pounds, sentence } from '../format/text';
import type { AnswerSections, Cited } from '../sections';

type PlansAnswer = Extract<Answer, { kind: 'plans' }>;

/** How many facts of one group a reply shows: enough for the point, short enough to read. */
const FACTS_PER_GROUP = 4;

/** A plan's sources, dated by its decision. */
function citedOfPlan(plan: Plan): Cited[] {
  const date = /^\d{4}-\d{2}-\d{2}$/.test(plan.decidedOn) ? { date: plan.decidedOn, precision: 'day' as const } : null;
  return plan.sources.map((url) => ({ url, date }));
}

/** "Open 24 hours a day: Charing Cross, Lewisham", then each other schedule with its counters. */
function openByHours(open: PlansAnswer['open']): string[] {
  const groups = new Map<string, string[]>();
  for (const status of open) {
    const label = status.hours ? (status.hours.is24x7 ? 'Open 24 hours a day' : scheduleText(status.hours.schedule)) : 'Hours not known';
    groups.set(label, [...(groups.get(label) ?? []), shortStationName(status.station)]);
  }
  return [...groups]
    .sort(([a], [b]) => (a.startsWith('Open 24') ? -1 : b.startsWith('Open 24') ? 1 : 0))
    .map(([label, names]) => `${label} (${names.length}): ${names.sort().join(', ')}`);
}

/** Who decided each plan (the data's `body`), the latest first: "who decided to close the police stations?". */
function whoDecided(answer: PlansAnswer, dating: AnswerSections['dating'], suggestions: string[]): AnswerSections {
  const [latest, ...earlier] = answer.plans;
  if (!latest) return { headline: "I don't have who decided the closures.", dating, suggestions };
  const decided = (p: Plan) => `${bold(planShortName(p.id, p.shortName))}, decided ${formatDate(p.decidedOn)}: ${sentence(p.body)}`;
  return {
    headline: `The ${earlier.length > 0 ? 'latest ' : ''}closures, under the ${planShortName(latest.id, latest.shortName)}, were decided ${onOrIn(formatDate(latest.decidedOn))} by ${lowerFirstWord(withoutFullStop(latest.body))}.`,
    list: earlier.length > 0 ? { heading: 'Earlier plans:', items: earlier.map(decided) } : null,
    card: { title: 'Who decided the closures', asOfLine: `As of ${formatDate(answer.asOf)}` },
    sources: { cited: answer.plans.flatMap(citedOfPlan), publishers: answer.publishers },
    dating,
    suggestions: ['Why did they close?', ...suggestions],
  };
}

/** "on 15 October 2025", "in March 2013": a date known to the day, or only to the month or year. */
const onOrIn = (date: string): string => (/^\d/.test(date) ? `on ${date}` : `in ${date}`);

/** A plan's body as said mid-sentence: "MPS (operational decision; ...)" stays as written; a leading "The" is lower-cased. */
function lowerFirstWord(text: string): string {
  return text.replace(/^The\b/, 'the');
}
const withoutFullStop = (body: string): string => body.replace(/[.\s]+$/, '');

function boroughsLine(boroughs: readonly string[]): string {
  if (boroughs.length === 0) return '';
  const list = boroughs.length === 1 ? boroughs[0] : `${boroughs.slice(0, -1).join(', ')} and ${boroughs[boroughs.length - 1]}`;
  return `${capitalise(countWord(boroughs.length))} ${boroughs.length === 1 ? 'borough has' : 'boroughs have'} no front counter: ${list}.`;
}

function countsLine(answer: PlansAnswer): string {
  const { openCount, open24x7Count } = answer;
  return `${openCount} front ${plural(openCount, 'counter')} ${openCount === 1 ? 'is' : 'are'} open in London now; ${countWord(open24x7Count)} of them ${open24x7Count === 1 ? 'is' : 'are'} open 24 hours a day.`;
}

export function renderPlans(answer: PlansAnswer): AnswerSections {
  const dating = { asOf: answer.asOf, verifiedOn: answer.verifiedOn, sourcesUpTo: answer.sourcesUpTo, beyondSources: isBeyondSources(answer) };
  const planCited = answer.plans.flatMap(citedOfPlan);
  const suggestions = ['Which desks are open 24/7?', ...latestRoundSuggestion(answer.closureRounds), 'How many counters are left?', 'Nearest open desk'];
  const card = (title: string, asOfLine: string) => ({ title, asOfLine });

  if (answer.topic === 'why') {
    const groups = groupFacts(answer.facts).reverse();
    const shown = groups.map((g) => ({ heading: g.heading, facts: firstFacts(g.facts, FACTS_PER_GROUP) }));
    const [latest, ...earlier] = shown;
    // One plan asked about: the first reason given for its closures leads, the others follow.
    const [firstReason, ...otherReasons] = answer.whyOf && latest ? factLines(latest.facts).map((l) => l.replace(/^- /, '')) : [];
    if (answer.whyOf && firstReason) {
      return {
        headline: `The reasons given for the closures under the ${bold(answer.whyOf)}: ${afterAColon(firstReason)}`,
        list: otherReasons.length > 0 ? { items: otherReasons } : null,
        card: card(`Why front counters closed: ${answer.whyOf}`, `As of ${formatDate(answer.asOf)}`),
        sources: { cited: [...undated(shown.flatMap((g) => g.facts.flatMap((f) => f.sources))), ...planCited], publishers: answer.publishers },
        dating,
        suggestions: suggestions.filter((s) => !s.startsWith('Why')),
      };
    }
    return {
      headline: 'Front counters were closed to save money, as far fewer crimes are now reported at a counter.',
      list: latest ? { heading: latest.heading ? `${latest.heading}:` : undefined, items: factLines(latest.facts).map((l) => l.replace(/^- /, '')) } : null,
      card: card('Why front counters closed', `As of ${formatDate(answer.asOf)}`),
      details: earlier.flatMap((g) => [g.heading ? `${g.heading}:` : '', ...factLines(g.facts)]).filter(Boolean),
      sources: { cited: [...undated(shown.flatMap((g) => g.facts.flatMap((f) => f.sources))), ...planCited], publishers: answer.publishers },
      dating,
      suggestions: suggestions.filter((s) => !s.startsWith('Why')),
    };
  }

  if (answer.topic === 'how-many-left') {
    const groups = openByHours(answer.open);
    const cited = citedOfHours(answer.open.map((s) => s.hours));
    return {
      headline: countsLine(answer),
      keyLines: [boroughsLine(answer.boroughsWithoutCounter)],
      list: { items: groups },
      card: { ...card('Front counters left in London', `As of ${formatDate(answer.asOf)}`), facts: { facts: [{ title: 'Open', value: String(answer.openCount) }, { title: 'Open 24 hours', value: String(answer.open24x7Count) }] } },
      sources: { cited: [...cited, ...planCited], publishers: answer.publishers },
      dating,
      suggestions: suggestions.filter((s) => !s.startsWith('How many')),
    };
  }

  if (answer.topic === 'ahead') return closuresAhead(answer, dating, suggestions);
  if (answer.topic === 'reopening-ahead' && answer.reopeningAhead) return reopeningAhead(answer, answer.reopeningAhead, dating);
  if (answer.topic === 'who') return whoDecided(answer, dating, suggestions);
  if (answer.newHours && answer.plans[0]) return newHoursBegan(answer, answer.newHours, answer.plans[0], dating, suggestions);

  const full = answer.topic !== 'general';
  const plans = full ? answer.plans : [...answer.plans].sort((a, b) => (a.proposedOn < b.proposedOn ? 1 : -1));
  if (plans.length === 0) return { headline: "I don't have the details of that plan.", dating, suggestions };
  const summary = (p: Plan) => `${bold(planShortName(p.id, p.shortName))}: ${sentence(pounds(firstSentences(p.summary, 1)))}`;
  const [first] = plans;
  return {
    headline: full ? `${bold(planShortName(first.id, first.shortName))}: ${sentence(pounds(firstSentences(first.summary, 1)))}` : countsLine(answer),
    keyLines: full
      ? [`Proposed ${formatDate(first.proposedOn)}; decided ${formatDate(first.decidedOn)}. Who: ${sentence(first.body)}`]
      : [`${capitalise(countWord(plans.length))} ${plural(plans.length, 'plan')} shaped them, most recent first: ${joinAnd(plans.map((p) => `the ${planShortName(p.id, p.shortName)}`))}.`],
    list: full ? null : { heading: 'The plans, most recent first:', items: plans.map(summary) },
    card: {
      ...card(full ? planShortName(first.id, first.shortName) : 'Plans for London’s front counters', full ? first.body : `As of ${formatDate(answer.asOf)}`),
      facts: full ? { facts: [{ title: 'Proposed', value: formatDate(first.proposedOn) }, { title: 'Decided', value: formatDate(first.decidedOn) }, { title: 'Status', value: first.status }] } : null,
    },
    details: full ? [pounds(first.summary)] : plans.map((p) => `${planShortName(p.id, p.shortName)}: ${pounds(p.summary)}`),
    sources: { cited: full ? citedOfPlan(first) : planCited, publishers: answer.publishers },
    dating,
    suggestions,
  };
}

/**
 * "When did they stop 24-hour opening?": the day the plan's new hours began, the counters open 24 hours since, and
 * how many counters went from 24 hours to the new hours that day, all from the timeline.
 */
function newHoursBegan(answer: PlansAnswer, hours: NonNullable<PlansAnswer['newHours']>, plan: Plan, dating: AnswerSections['dating'], suggestions: string[]): AnswerSections {
  const roundTheClock = answer.open.filter((s) => s.hours?.is24x7).map((s) => bold(shortStationName(s.station)));
  const since = roundTheClock.length > 0 ? `: since then only ${joinAnd(roundTheClock)} ${roundTheClock.length === 1 ? 'is' : 'are'} open 24 hours a day` : '';
  const went = hours.from24x7 > 0 ? `${capitalise(countWord(hours.from24x7))} ${plural(hours.from24x7, 'counter')} that had been open 24 hours went to ${scheduleValueText(hours.value)} that day.` : '';
  // "Which counters lost their 24-hour opening?": those counters, named first.
  const names = hours.from24x7Stations.map((s) => bold(shortStationName(s)));
  if (hours.named && names.length > 0) {
    return {
      headline: `${capitalise(countWord(names.length))} front ${plural(names.length, 'counter')} lost ${names.length === 1 ? 'its' : 'their'} 24-hour opening on ${formatDate(hours.date, hours.datePrecision)}, under the ${planShortName(plan.id, plan.shortName)}: ${joinAnd(names)}.`,
      keyLines: [`Since then ${names.length === 1 ? 'it is' : 'they are'} open ${scheduleValueText(hours.value)}${since ? `, and only ${joinAnd(roundTheClock)} ${roundTheClock.length === 1 ? 'is' : 'are'} open 24 hours a day` : ''}.`],
      card: { title: 'Counters that lost 24-hour opening', asOfLine: `As of ${formatDate(answer.asOf)}` },
      details: [firstSentences(pounds(plan.summary), 2)],
      sources: { cited: citedOfPlan(plan), publishers: answer.publishers },
      dating,
      suggestions,
    };
  }
  return {
    headline: `The new hours began on ${formatDate(hours.date, hours.datePrecision)}, under the ${planShortName(plan.id, plan.shortName)}${since}.`,
    keyLines: [went],
    card: { title: 'When the new hours began', asOfLine: `As of ${formatDate(answer.asOf)}` },
    // What the plan did and saved, without the summary's notes on how its rows are dated.
    details: [firstSentences(pounds(plan.summary), 2)],
    sources: { cited: citedOfPlan(plan), publishers: answer.publishers },
    dating,
    suggestions,
  };
}

/**
 * "Are any more closing?": the counters a closure is decided or proposed for, as the sources say; else none, said
 * with the date the sources run to. A closure reported with no date or decision (an estates plan) is a key line.
 */
/**
 * "Will any counters reopen?", "will they bring back 24-hour stations?": the openings and hours changes decided for a
 * date ahead, else that none is planned as far as the sources go; then the latest the sources said of reopening a
 * counter (Wood Green's, left out of the October 2025 plan), and the counters open 24 hours now.
 */
function reopeningAhead(answer: PlansAnswer, ahead: ReopeningAhead, dating: AnswerSections['dating'], lead?: string, leadNote?: string | null): AnswerSections {
  const name = (s: ReopeningAhead['upcoming'][number]['station']) => bold(shortStationName(s));
  const opening = ahead.upcoming.filter((u) => u.change.becomes === 'open');
  const hours = ahead.upcoming.filter((u) => u.change.becomes === 'hours');
  // A borough or part of London asked ("will richmond get a police station back"): the answer is for it, named first.
  const there = answer.part ? ` in ${answer.part.label}` : '';
  // A year asked ("is anything reopening in 2027"): the openings dated in it; any others ahead follow.
  const year = answer.inYear;
  const inTheYear = year === undefined ? opening : opening.filter((u) => u.change.date.startsWith(String(year)));
  if (year !== undefined && inTheYear.length === 0) {
    const others = opening.length > 0 ? `Due at other times: ${joinAnd(opening.map((u) => `${name(u.station)} (${formatDate(u.change.date, u.change.precision)})`))}.` : null;
    return reopeningAhead({ ...answer, inYear: undefined }, ahead, dating, `No front counter${there} is due to reopen in ${year}, as far as my sources show (my latest source is from ${formatDate(answer.sourcesUpTo)}).`, others);
  }
  const headline =
    year !== undefined
      ? `${capitalise(countWord(inTheYear.length))} front ${plural(inTheYear.length, 'counter')}${there} ${inTheYear.length === 1 ? 'is' : 'are'} due to open in ${year}: ${joinAnd(inTheYear.map((u) => `${name(u.station)} (${formatDate(u.change.date, u.change.precision)})`))}.`
    : lead ?? (opening.length > 0
      ? `${capitalise(countWord(opening.length))} front ${plural(opening.length, 'counter')}${there} ${opening.length === 1 ? 'is' : 'are'} due to open: ${joinAnd(opening.map((u) => `${name(u.station)} (${formatDate(u.change.date, u.change.precision)})`))}.`
      : answer.part
        ? `No front counter${there} is due to reopen, as far as my sources show (my latest source is from ${formatDate(answer.sourcesUpTo)}).`
        : `No front counter is due to reopen, and no return to 24-hour opening is planned, as far as my sources show (my latest source is from ${formatDate(answer.sourcesUpTo)}).`);
  const roundTheClock = answer.open.filter((s) => s.hours?.is24x7).map((s) => bold(shortStationName(s.station)));
  const saidLines = ahead.said.slice(0, 2).map((e) => `${formatDate(e.date, e.datePrecision)}: ${sentence(capitalise(e.value))}`);
  return {
    headline,
    keyLines: [
      ...(leadNote ? [leadNote] : []),
      ...hours.map((u) => `New hours decided for ${name(u.station)} from ${formatDate(u.change.date, u.change.precision)}: ${scheduleValueText(u.change.event.value)}.`),
      ...saidLines,
      answer.part
        ? answer.part.openCount === 0
          ? `No front counter is open in ${answer.part.label} now.`
          : `${capitalise(countWord(answer.part.openCount))} front ${plural(answer.part.openCount, 'counter')} ${answer.part.openCount === 1 ? 'is' : 'are'} open in ${answer.part.label} now.`
        : roundTheClock.length > 0
          ? `Open 24 hours a day now: ${joinAnd(roundTheClock)}.`
          : null,
    ].filter((l): l is string => l !== null).slice(0, 2),
    card: { title: 'Reopenings ahead', asOfLine: `As of ${formatDate(answer.asOf)}` },
    details: ['Plans can change at short notice: check met.police.uk.'],
    sources: { cited: [...citedOfEvents(ahead.said), ...citedOfEvents(ahead.upcoming.map((u) => u.change.event))], publishers: answer.publishers },
    dating,
    suggestions: ['Which stations reopened?', 'Are any more closures planned?', 'Which desks are open 24/7?'],
  };
}

function closuresAhead(answer: PlansAnswer, dating: AnswerSections['dating'], suggestions: string[]): AnswerSections {
  const ahead = answer.closingAhead ?? [];
  const name = (a: (typeof ahead)[number]) => bold(shortStationName(a.status.station));
  const decided = ahead.filter((a) => a.outlook.decided !== null);
  const proposed = ahead.filter((a) => a.outlook.decided === null && a.outlook.proposed !== null);
  const reported = ahead.filter((a) => a.outlook.decided === null && a.outlook.proposed === null && a.outlook.reported !== null);
  const closingOn = (a: (typeof ahead)[number]) => `${name(a)} (${formatDate(a.outlook.decided!.date, a.outlook.decided!.precision)})`;
  // A part of London asked ("in south london"): the answer is for that part, and says so in its first sentence.
  const part = answer.part;
  const there = part ? ` in ${part.label}` : '';
  // A year to come asked ("what will close in 2027"): the closures the data dates to that year, else that it holds none then.
  const year = answer.inYear;
  const decidedThen = year === undefined ? [] : decided.filter((a) => a.outlook.decided!.date.startsWith(String(year)));
  const noneThen = () => {
    const asked = proposed.length > 0 || decided.length > 0 ? 'decided' : 'decided or proposed';
    const besides = decided.length > 0 ? `; due to close: ${joinAnd(decided.map(closingOn))}` : proposed.length > 0 ? `; proposed, with no date: ${joinAnd(proposed.map(name))}` : '';
    return `No front counter closure${there} in ${year} is ${asked}, as far as my sources show (my latest source is from ${formatDate(answer.sourcesUpTo)})${besides}.`;
  };
  const headline =
    year !== undefined
      ? decidedThen.length === 0
        ? noneThen()
        : `${capitalise(countWord(decidedThen.length))} front ${plural(decidedThen.length, 'counter')}${there} ${decidedThen.length === 1 ? 'is' : 'are'} due to close in ${year}: ${joinAnd(decidedThen.map(closingOn))}.`
      : decided.length > 0
        ? `${capitalise(countWord(decided.length))} front ${plural(decided.length, 'counter')}${there} ${decided.length === 1 ? 'is' : 'are'} due to close: ${joinAnd(decided.map(closingOn))}.`
        : proposed.length > 0
          ? `No closure is decided${there}, but my sources show ${countWord(proposed.length)} proposed: ${joinAnd(proposed.map(name))}.`
          : `No more front counter closures are decided or proposed${there}, as far as my sources show (my latest source is from ${formatDate(answer.sourcesUpTo)}).`;
  const openCount = part ? part.openCount : answer.openCount;
  const last = answer.closureRounds.at(-1);
  const rows = reported.map((a) => a.outlook.reported!);
  return {
    headline,
    keyLines: [
      ...reported.map((a) => `Reported, with no date or decision: ${name(a)}: ${sentence(pounds(a.outlook.reported!.value))}`),
      `${openCount === 0 ? 'No' : openCount} front ${plural(Math.max(openCount, 1), 'counter')} ${openCount <= 1 ? 'is' : 'are'} open in ${part ? part.label : 'London'} now${last ? `; the latest round of closures was in ${last.label}` : ''}.`,
    ].filter(Boolean).slice(0, 2),
    card: { title: `Closures ahead${there}`, asOfLine: `As of ${formatDate(answer.asOf)}` },
    details: ['Plans can change at short notice: check met.police.uk.'],
    sources: { cited: [...citedOfEvents(rows), ...ahead.flatMap((a) => (a.outlook.decided ? citedOfEvents([a.outlook.decided.event]) : a.outlook.proposed ? citedOfEvents(a.status.decidedBy) : []))], publishers: answer.publishers },
    dating,
    suggestions,
  };
}
