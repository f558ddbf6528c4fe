/**
 * "Why did the Met close so many front counters?", "How many are left?",
 * "What was the 2017 plan?": figures and plan summaries from the research,
 * each with its sources, most recent plan first.
 */
import type { Answer } from '../../answers/answer';
import type { Plan } from '../../stations/model';
import { actionsOrNull, openUrl, sourceActions, textBlock, type Fact } from '../cards/elements';
import { CARD_TEMPLATES } from '../cards/templates';
import { fillTemplate } from '../cards/template';
import { formatDate } from '../format/dates';
import { scheduleText } from '../format/hours';
import { planShortName, shortStationName } from '../format/names';
import { MET_URL, firstSources, freshnessFooter, freshnessLine, sourcesLine } from '../format/sources';
import { bold, capitalise, countWord, firstSentences, plural, pounds, sentence } from '../format/text';
import { factLines, firstFacts, groupFacts } from '../format/facts';
import type { RenderContext, ReplyDraft } from '../reply';

type PlansAnswer = Extract<Answer, { kind: 'plans' }>;

/** How many facts of one group a reply shows: enough for the point, short enough to read. */
const FACTS_PER_GROUP = 4;

function planParagraph(plan: Plan, full: boolean): string {
  const name = planShortName(plan.id, plan.name);
  const dates = `Proposed ${formatDate(plan.proposedOn)}; decided ${formatDate(plan.decidedOn)}.`;
  const summary = pounds(full ? plan.summary : firstSentences(plan.summary, 1));
  return `${bold(name)}. Who: ${sentence(plan.body)} ${dates} ${sentence(summary)}`;
}

/** "Open 24 hours a day: Charing Cross, Lewisham", then each other schedule with its counters, as the timeline has them. */
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

function boroughsLine(boroughs: readonly string[]): string {
  if (boroughs.length === 0) return '';
  const list = boroughs.length === 1 ? boroughs[0] : `${boroughs.slice(0, -1).join(', ')} and ${boroughs[boroughs.length - 1]}`;
  return `${capitalise(countWord(boroughs.length))} ${boroughs.length === 1 ? 'borough has' : 'boroughs have'} no front counter: ${list}.`;
}

function countsLine(answer: PlansAnswer): string {
  const { openCount, open24x7Count } = answer;
  return `As of ${formatDate(answer.asOf)}, ${openCount} front ${plural(openCount, 'counter')} ${openCount === 1 ? 'is' : 'are'} open in London; ${countWord(open24x7Count)} of them ${open24x7Count === 1 ? 'is' : 'are'} open 24 hours a day.`;
}

export function renderPlans(answer: PlansAnswer, _context: RenderContext): ReplyDraft {
  const beyond = answer.asOf > answer.sourcesUpTo;
  const footer = freshnessLine(answer, beyond);
  const planSources = answer.plans.flatMap((p) => p.sources);
  const suggestions = ['Which desks are open 24/7?', 'Which counters closed in February 2026?', 'How many counters are left?', 'Nearest open desk'];

  if (answer.topic === 'why') {
    const groups = groupFacts(answer.facts).reverse();
    const shown = groups.map((g) => ({ heading: g.heading, facts: firstFacts(g.facts, FACTS_PER_GROUP) }));
    const blocks = shown.map((g) => [g.heading ? `${bold(g.heading)}` : '', ...factLines(g.facts)].filter(Boolean).join('\n'));
    const sources = firstSources([...shown.flatMap((g) => g.facts.flatMap((f) => f.sources)), ...planSources], 3);
    const headline = 'Front counters were closed to save money, as far fewer crimes are now reported at a counter. The figures given at the time, most recent first:';
    return {
      paragraphs: [headline, ...blocks, sourcesLine(sources, 3), footer],
      speak: `${headline.split('. ')[0]}.`,
      suggestions: suggestions.filter((s) => !s.startsWith('Why')),
    };
  }

  if (answer.topic === 'how-many-left') {
    const sources = [...answer.open.flatMap((s) => s.hours?.sources ?? []), ...planSources];
    const groups = openByHours(answer.open);
    const card = fillTemplate(CARD_TEMPLATES.list, {
      title: 'Front counters left in London',
      asOfLine: `As of ${formatDate(answer.asOf)}`,
      intro: null,
      facts: [
        { title: 'Open', value: String(answer.openCount) },
        { title: 'Open 24 hours', value: String(answer.open24x7Count) },
      ] satisfies Fact[],
      noteLines: groups.map((g) => textBlock(g)),
      footer: freshnessFooter(answer, beyond),
      actions: actionsOrNull([...sourceActions(sources), openUrl('met.police.uk', MET_URL)]),
    });
    return {
      paragraphs: [countsLine(answer), groups.map((g) => `- ${g}`).join('\n'), boroughsLine(answer.boroughsWithoutCounter), sourcesLine(firstSources(sources, 2)), footer],
      speak: countsLine(answer),
      card,
      suggestions: suggestions.filter((s) => !s.startsWith('How many')),
    };
  }

  const full = answer.topic !== 'general';
  const plans = full ? answer.plans : [...answer.plans].sort((a, b) => (a.proposedOn < b.proposedOn ? 1 : -1));
  const paragraphs = plans.map((p) => planParagraph(p, full));
  if (plans.length === 0) paragraphs.push("I don't have the details of that plan.");
  const card =
    full && plans.length === 1
      ? fillTemplate(CARD_TEMPLATES.list, {
          title: planShortName(plans[0].id, plans[0].name),
          asOfLine: plans[0].body,
          intro: pounds(plans[0].summary),
          facts: [
            { title: 'Proposed', value: formatDate(plans[0].proposedOn) },
            { title: 'Decided', value: formatDate(plans[0].decidedOn) },
            { title: 'Status', value: plans[0].status },
          ] satisfies Fact[],
          noteLines: [],
          footer: freshnessFooter(answer, beyond),
          actions: actionsOrNull([...sourceActions(plans[0].sources), openUrl('met.police.uk', MET_URL)]),
        })
      : null;
  return {
    paragraphs: [...paragraphs, answer.topic === 'general' ? countsLine(answer) : '', sourcesLine(planSources), footer],
    speak: paragraphs[0],
    card,
    suggestions,
  };
}
