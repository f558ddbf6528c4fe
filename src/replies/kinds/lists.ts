/**
 * Answers about many counters at once: the desks in a borough, the 24-hour
 * desks, and the closures of a period. Each says as of when, names the
 * counters, and cites the rows behind them.
 */
import type { Answer, PastList } from '../../answers/answer';
import type { TimelineEvent } from '../../stations/model';
import type { CounterStatus } from '../../stations/timeline';
import { actionsOrNull, openUrl, sourceActions, textBlock, warningBlock, type Fact } from '../cards/elements';
import { CARD_TEMPLATES } from '../cards/templates';
import { fillTemplate } from '../cards/template';
import { alternativesList, alternativesShort, contactsIn } from '../format/contacts';
import { answerInstant, formatDate, markOf, onDate } from '../format/dates';
import { scheduleText } from '../format/hours';
import { addressLine, planShortName, shortStationName } from '../format/names';
import { MET_URL, freshnessFooter, freshnessLine, sourcesLine } from '../format/sources';
import { bold, capitalise, countWord, joinAnd, plural } from '../format/text';
import { describeNearby } from '../parts/nearby';
import type { RenderContext, ReplyDraft } from '../reply';

function hoursOf(status: CounterStatus): string {
  if (status.counter !== 'open') return 'closed';
  if (!status.hours) return 'opening hours not known';
  return status.hours.is24x7 ? 'open 24 hours a day' : scheduleText(status.hours.schedule);
}

function sourcesOf(statuses: readonly CounterStatus[]): string[] {
  return statuses.flatMap((s) => s.sources);
}

// ---------------------------------------------------------------------------

type BoroughAnswer = Extract<Answer, { kind: 'borough-desks' }>;

export function renderBoroughDesks(answer: BoroughAnswer, _context: RenderContext): ReplyDraft {
  const { borough, open, closedRecently } = answer;
  const asOf = formatDate(answer.asOf);
  const now = answerInstant(answer.at, answer.asOf);
  const closedLines = closedRecently.map(
    (s) => `- ${s.station.name}: closed ${s.since ? onDate(s.since) : ''}${closurePlan(s)}`.replace(/\s+$/, '') + '.',
  );

  let headline: string;
  if (open.length === 0) {
    const last = closedRecently[0];
    headline = `As of ${asOf}, there is no police front counter in ${bold(borough)}.${
      last?.since ? ` The last one, ${last.station.name}, closed ${onDate(last.since)}${closurePlan(last)}.` : ''
    }`;
  } else if (open.length === 1) {
    const s = open[0];
    const address = addressLine(s.station);
    headline = `As of ${asOf}, ${borough} has one police front counter: ${bold(s.station.name)}${address ? `, ${address}` : ''}. Hours: ${hoursOf(s)}.`;
  } else {
    headline = [
      `As of ${asOf}, ${borough} has ${countWord(open.length)} police front counters:`,
      ...open.map((s) => `- ${bold(s.station.name)}: ${hoursOf(s)}${addressLine(s.station) ? `. Address: ${addressLine(s.station)}` : ''}.`),
    ].join('\n');
  }

  const nearby = describeNearby(answer.nearby, now, 'Nearest counters outside the borough:');
  const beyond = [...open, ...closedRecently].some((s) => s.beyondSources);
  const closedBlock = open.length > 0 && closedLines.length > 0 ? ['Closed in recent years:', ...closedLines].join('\n') : '';
  const sources = sourcesOf([...open, ...closedRecently]);

  const facts: Fact[] = [
    ...open.map((s) => ({ title: s.station.name, value: hoursOf(s) })),
    ...closedRecently.map((s) => ({ title: s.station.name, value: `Closed ${s.since ? onDate(s.since) : ''}`.trim() })),
  ];
  const card = fillTemplate(CARD_TEMPLATES.list, {
    title: `Police front counters in ${borough}`,
    asOfLine: `As of ${asOf}`,
    intro: open.length === 0 ? `There is no front counter in ${borough}.` : null,
    facts,
    noteLines: [
      ...nearby.facts.map((f) => textBlock(`${f.title}: ${f.value}`)),
      ...(open.length === 0 ? [textBlock(alternativesShort(contactsIn(answer)))] : []),
    ],
    footer: freshnessFooter(answer, beyond),
    actions: actionsOrNull([...sourceActions(sources), ...nearby.actions, openUrl('met.police.uk', MET_URL)]),
  });

  const firstOpen = open[0] ? shortStationName(open[0].station) : nearby.offered[0];
  return {
    paragraphs: [
      headline,
      closedBlock,
      nearby.list ?? '',
      nearby.note ?? '',
      open.length === 0 ? alternativesList(contactsIn(answer)) : '',
      sourcesLine(sources),
      freshnessLine(answer, beyond),
    ],
    speak: [headline.split('\n')[0], nearby.spoken ?? ''].join(' '),
    card,
    suggestions: [
      ...(firstOpen ? [`${firstOpen} opening hours`] : []),
      `Nearest 24-hour desk to ${borough}`,
      'Which desks are open 24/7?',
      'Why did counters close?',
    ],
  };
}

/** ` under the 2025 front counter review (Met)` for a closed status, from the plan step that closed it. */
function closurePlan(status: CounterStatus): string {
  const deciding = status.decidedBy[0];
  const step = deciding ? status.plans.find((p) => p.eventId === deciding.id) : undefined;
  const planId = step?.planId ?? deciding?.planId ?? null;
  return planId ? ` under the ${planShortName(planId, step?.planName)}` : '';
}

// ---------------------------------------------------------------------------

type List24Answer = Extract<Answer, { kind: 'list-24x7' }>;

export function renderList24x7(answer: List24Answer, _context: RenderContext): ReplyDraft {
  if (answer.asked) return renderList24x7AsOf(answer, answer.asked);
  const { desks, since, openCount } = answer;
  const asOf = formatDate(answer.asOf);
  const names = desks.map((s) => shortStationName(s.station));
  const n = desks.length;
  const beyond = desks.some((s) => s.beyondSources);

  // "since" only when every desk's hours came in under a plan on a known date, not merely when they were first seen.
  const sinceIsAChange = since !== null && desks.every((s) => s.hours && s.plans.some((p) => p.eventId === s.hours!.eventId && p.stage === 'implemented'));
  const when = sinceIsAChange ? ` since ${formatDate(since!)}` : ` as of ${asOf}`;
  const few = n <= 4;

  let headline: string;
  if (n === 0) {
    headline = `As of ${asOf}, no front counter in London is open 24 hours a day, as far as the data shows.`;
  } else {
    const count = `${n <= 3 ? 'Only ' : ''}${countWord(n)} ${plural(n, 'front counter')} ${n === 1 ? 'is' : 'are'} open 24 hours a day`;
    headline = few ? `${capitalise(count)}${when}: ${joinAnd(names.map(bold))}.` : `${capitalise(count)}${when}:`;
  }
  const list = desks.map((s) => `- ${bold(s.station.name)}${addressLine(s.station) ? `, ${addressLine(s.station)}` : ''}`).join('\n');
  const others = openCount > n ? `The other ${openCount - n} open ${plural(openCount - n, 'counter')} in London ${openCount - n === 1 ? 'has' : 'have'} shorter opening hours.` : '';
  const sources = sourcesOf(desks);

  const card = fillTemplate(CARD_TEMPLATES.list, {
    title: 'Front counters open 24 hours a day',
    asOfLine: `As of ${asOf}${sinceIsAChange ? `; since ${formatDate(since!)}` : ''}`,
    intro: null,
    facts: desks.map((s) => ({ title: s.station.name, value: addressLine(s.station) ?? 'Address not known' })),
    noteLines: others ? [textBlock(others)] : [],
    footer: freshnessFooter(answer, beyond),
    actions: actionsOrNull([...sourceActions(sources), openUrl('met.police.uk', MET_URL)]),
  });

  return {
    paragraphs: [few ? `${headline}\n\n${list}` : `${headline}\n${list}`, others, sourcesLine(sources), freshnessLine(answer, beyond)],
    speak: few ? headline : `${headline.replace(/:$/, '.')}`,
    card,
    suggestions: ['Nearest 24-hour desk', ...names.slice(0, 1).map((s) => `${s} address`), 'Which counters closed in February 2026?', 'Why did counters close?'],
  };
}

/**
 * The list as of a date the resident named ("in 2020"): "As of 1 July 2020, 30 front counters were open
 * 24 hours a day", with the counters whose hours the data does not record, and, before mid-2017, that the
 * data is incomplete.
 */
function renderList24x7AsOf(answer: List24Answer, asked: PastList): ReplyDraft {
  const { desks, openCount } = answer;
  const n = desks.length;
  const [is, are, has, have] = asked.past ? ['was', 'were', 'had', 'had'] : ['is', 'are', 'has', 'have'];
  const label = asked.year !== undefined ? `${asked.label} (the middle of ${asked.year})` : asked.label;
  const names = desks.map((s) => shortStationName(s.station));
  const beyond = desks.some((s) => s.beyondSources);

  const headline =
    n === 0
      ? `As of ${label}, no front counter in London ${is} open 24 hours a day, as far as the data shows.`
      : `As of ${label}, ${countWord(n)} front ${plural(n, 'counter')} ${n === 1 ? is : are} open 24 hours a day${n <= 4 ? `: ${joinAnd(names.map(bold))}.` : ':'}`;
  const list = n > 4 ? desks.map((s) => `- ${bold(s.station.name)}`).join('\n') : '';
  const rest = openCount - n;
  const unknown = asked.unknownHoursCount;
  const shorter = rest - unknown;
  let others = '';
  if (rest > 0 && unknown === 0) others = `The other ${rest} open ${plural(rest, 'counter')} ${rest === 1 ? has : have} shorter opening hours.`;
  else if (rest > 0 && shorter === 0) others = `The other ${rest} open ${plural(rest, 'counter')} ${rest === 1 ? has : have} hours the data does not record.`;
  else if (rest > 0) others = `Of the other ${rest} open counters, ${shorter} ${shorter === 1 ? has : have} shorter opening hours and ${unknown} ${unknown === 1 ? has : have} hours the data does not record.`;
  const incomplete = asked.incomplete ? 'The data before mid-2017 is incomplete: it covers only the counters with records from 2013, so this list may be missing some.' : '';
  const sources = sourcesOf(desks);

  const card = fillTemplate(CARD_TEMPLATES.list, {
    title: 'Front counters open 24 hours a day',
    asOfLine: `As of ${label}`,
    intro: null,
    facts: desks.map((s) => ({ title: s.station.name, value: addressLine(s.station) ?? 'Address not known' })),
    noteLines: [...(incomplete ? [warningBlock(incomplete)] : []), ...(others ? [textBlock(others)] : [])],
    footer: freshnessFooter(answer, beyond),
    actions: actionsOrNull([...sourceActions(sources), openUrl('met.police.uk', MET_URL)]),
  });

  return {
    paragraphs: [incomplete, list ? `${headline}\n${list}` : headline, others, sourcesLine(sources), freshnessLine(answer, beyond)],
    speak: [incomplete ? 'The data before the middle of 2017 is incomplete.' : '', n <= 4 ? headline : headline.replace(/:$/, '.')].filter(Boolean).join(' '),
    card,
    suggestions: ['Which desks are open 24/7?', 'Nearest 24-hour desk', 'How many counters were open in 2019?', 'Why did counters close?'],
  };
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

export function renderClosures(answer: ClosuresAnswer, _context: RenderContext): ReplyDraft {
  const { closures } = answer;
  const asOf = formatDate(answer.asOf);
  if (closures.length === 0) {
    return {
      paragraphs: ['I found no front counter closures for that period in the data.', freshnessLine(answer)],
      suggestions: ['Which desks are open 24/7?', 'Why did counters close?'],
    };
  }
  const events = closures.map((c) => c.event);
  const n = closures.length;
  const when = periodText(events);
  const planIds = [...new Set(events.map((e) => e.planId))];
  const plan = planIds.length === 1 && planIds[0] ? ` under the ${planShortName(planIds[0])}` : '';
  const reopened = (c: ClosuresAnswer['closures'][number]) => (c.status.counter === 'open' ? ` (open again as of ${asOf})` : '');

  const headline = `${capitalise(countWord(n))} front ${plural(n, 'counter')} closed ${when}${plan}`;
  let body: string;
  const sameDay = new Set(events.map((e) => e.date)).size === 1;
  if (sameDay) {
    body = `${headline}: ${joinAnd(closures.map((c) => `${shortStationName(c.status.station)}${reopened(c)}`))}.`;
  } else {
    // Grouped by date, oldest first, so a long list stays readable.
    const byDate = new Map<string, string[]>();
    for (const c of closures) {
      const key = formatDate(c.event.date, c.event.datePrecision);
      byDate.set(key, [...(byDate.get(key) ?? []), `${shortStationName(c.status.station)}${reopened(c)}`]);
    }
    body = [`${headline}:`, ...[...byDate].map(([date, names]) => `- ${date}: ${joinAnd(names)}`)].join('\n');
  }
  const sources = events.flatMap((e) => e.sources);
  const beyond = answer.asOf > answer.sourcesUpTo;

  const card = fillTemplate(CARD_TEMPLATES.list, {
    title: `${capitalise(countWord(n))} front ${plural(n, 'counter')} closed ${when}`,
    asOfLine: `As of ${asOf}${plan ? `. Closed${plan}` : ''}`,
    intro: null,
    facts: closures.slice(0, 60).map((c) => ({
      title: shortStationName(c.status.station),
      value: `${formatDate(c.event.date, c.event.datePrecision)}${reopened(c)}`,
    })),
    noteLines: closures.length > 60 ? [warningBlock(`And ${closures.length - 60} more.`)] : [],
    footer: freshnessFooter(answer, beyond),
    actions: actionsOrNull([...sourceActions(sources), openUrl('met.police.uk', MET_URL)]),
  });

  return {
    paragraphs: [body, sourcesLine(sources), freshnessLine(answer, beyond)],
    speak: sameDay ? body : `${headline}.`,
    card,
    suggestions: ['Which desks are open 24/7?', 'Why did counters close?', 'Nearest open desk', 'How many counters are left?'],
  };
}
