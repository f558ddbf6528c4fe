/**
 * One station's address and history: "Ilford station address", "when did
 * Fulham police station close", "was Hammersmith closed for a while?", and
 * a station we cannot measure distances from.
 */
import type { Answer } from '../../answers/answer';
import type { TimelineEvent } from '../../stations/model';
import type { PlanStep } from '../../stations/timeline';
import { actionsOrNull, directionsUrl, openUrl, sourceActions, textBlock, type Fact } from '../cards/elements';
import { CARD_TEMPLATES } from '../cards/templates';
import { fillTemplate } from '../cards/template';
import { answerInstant, datedLabel, formatDate, markOf, onDate } from '../format/dates';
import { scheduleValueText } from '../format/hours';
import { addressLine, planShortName, shortStationName } from '../format/names';
import { MET_URL, freshnessFooter, freshnessLine, sourcesLine } from '../format/sources';
import { bold, capitalise, lowerFirst, pounds, sentence } from '../format/text';
import { describeNearby } from '../parts/nearby';
import { describeStatus } from '../parts/status';
import type { RenderContext, ReplyDraft } from '../reply';

type AddressAnswer = Extract<Answer, { kind: 'station-address' }>;
type HistoryAnswer = Extract<Answer, { kind: 'station-history' }>;
type NoLocationAnswer = Extract<Answer, { kind: 'no-location-for-station' }>;

export function renderStationAddress(answer: AddressAnswer, _context: RenderContext): ReplyDraft {
  const { station, status } = answer;
  const address = addressLine(station);
  const words = describeStatus(status);
  const headline = address
    ? `${bold(station.name)}: ${address}.`
    : `I don't have an address for ${bold(station.name)}. Check met.police.uk for it.`;
  const counter =
    status.counter === 'open'
      ? words.headline.replace(/^As of [^,]+, the front counter at \*\*[^*]+\*\* is/, `As of ${formatDate(status.asOf)}, its front counter is`)
      : `${words.headline} ${words.history ?? ''}`.trim();
  const short = shortStationName(station);
  const card = fillTemplate(CARD_TEMPLATES.status, {
    title: station.name,
    badge: words.badge,
    badgeColor: words.badgeColor,
    asOfLine: `As of ${formatDate(status.asOf)}`,
    address: address ?? 'Address not known',
    hoursFacts: words.hoursFacts,
    historyLine: status.counter === 'open' ? null : words.history,
    warnings: words.warnings.map((w) => textBlock(w, { size: 'Small', color: 'Warning' })),
    nearbyFacts: [],
    nearbyNote: '',
    alternatives: null,
    footer: freshnessFooter({ ...answer, asOf: status.asOf }, status.beyondSources),
    actions: actionsOrNull([
      ...(station.location ? [openUrl('Directions', directionsUrl(station.location))] : []),
      ...sourceActions(status.sources, 1),
      openUrl('met.police.uk', MET_URL),
    ]),
  });
  return {
    paragraphs: [headline, counter, ...words.warnings, sourcesLine(status.sources), freshnessLine({ ...answer, asOf: status.asOf }, status.beyondSources)],
    speak: `${station.name}${address ? `: ${address}` : ': address not known'}.`,
    card,
    suggestions: [`Is ${short} open now?`, `${short} opening hours`, `Nearest 24-hour desk to ${short}`],
  };
}

const STAGE_WORDS: Record<PlanStep['stage'], string> = {
  proposed: 'proposed',
  decided: 'decided',
  implemented: 'carried out',
  reversed: 'reversed',
  paused: 'reported paused',
  note: 'note',
};

/** What a row says, in words: `Opening hours: Mon–Fri 10:00–22:00`, `Front counter closed to the public`. */
function eventText(event: TimelineEvent): string {
  if (event.kind === 'hours') return `Opening hours: ${lowerFirst(scheduleValueText(event.value))}`;
  return capitalise(pounds(event.value));
}

/** `- 14 December 2017: Front counter closed to the public (2017 Public Access Strategy (MOPAC))` */
function eventLine(event: TimelineEvent): string {
  const plan = event.planId ? ` (${planShortName(event.planId)})` : '';
  const doubt = event.conflict ? ' [disputed by other sources]' : event.confidence === 'low' ? ' [limited evidence]' : '';
  return `- ${datedLabel(event)}: ${eventText(event)}${plan}${doubt}`;
}

/**
 * Closures that ended: a `closed` row followed by a later `opened` row. Read
 * straight off the rows the answer holds ("was Hammersmith closed for a while?").
 */
function temporaryClosures(events: readonly TimelineEvent[]): { closed: TimelineEvent; reopened: TimelineEvent }[] {
  const out: { closed: TimelineEvent; reopened: TimelineEvent }[] = [];
  let open: TimelineEvent | null = null;
  for (const e of events) {
    if (e.conflict) continue;
    if (e.kind === 'closed') open = e;
    else if (e.kind === 'opened' && open) {
      out.push({ closed: open, reopened: e });
      open = null;
    }
  }
  return out;
}

function temporaryClosureText(name: string, events: readonly TimelineEvent[]): string {
  const spells = temporaryClosures(events);
  if (spells.length === 0) return `The records show no temporary closure of the front counter at ${bold(name)}.`;
  const parts = spells.map(
    ({ closed, reopened }) =>
      `it closed ${onDate(markOf(closed))} (${pounds(closed.value)}) and reopened ${onDate(markOf(reopened))}`,
  );
  return `Yes: the front counter at ${bold(name)} was closed for a while. ${capitalise(parts.join('; then '))}.`;
}

/** Rows worth listing in a history: what happened, not every restatement of the same hours. */
function historyEvents(events: readonly TimelineEvent[]): TimelineEvent[] {
  const out: TimelineEvent[] = [];
  let lastHours: string | null = null;
  for (const e of events) {
    if (e.kind === 'hours') {
      if (e.value === lastHours) continue;
      lastHours = e.value;
    }
    if (e.kind.startsWith('proposed-') || e.kind.startsWith('decided-')) continue; // the plan lines say these
    out.push(e);
  }
  return out;
}

export function renderStationHistory(answer: HistoryAnswer, _context: RenderContext): ReplyDraft {
  const { station, status, topic } = answer;
  const words = describeStatus(status);
  const short = shortStationName(station);

  let headline: string;
  if (topic === 'closure-date') {
    if (status.counter === 'closed' && status.since) {
      headline = words.history
        ? words.history.replace(/^It closed/, `The front counter at ${bold(station.name)} closed`)
        : `The front counter at ${bold(station.name)} closed ${onDate(status.since)}.`;
    } else if (status.counter === 'open') {
      headline = `The front counter at ${bold(station.name)} has not closed: ${words.headline.replace(/^As of ([^,]+), the front counter at \*\*[^*]+\*\* is/, 'as of $1 it is')}`;
    } else {
      headline = words.headline;
    }
  } else if (topic === 'temporary-closure') {
    headline = temporaryClosureText(station.name, answer.events);
  } else {
    headline = `${words.headline}${words.history ? ` ${words.history}` : ''}`;
  }

  const shown = historyEvents(answer.events);
  const timeline = shown.length > 0 ? [`What the records show for ${station.name}:`, ...shown.map(eventLine)].join('\n') : '';
  const decisions = answer.plans
    .filter((p) => p.stage === 'decided' || p.stage === 'proposed')
    .map((p) => `- ${formatDate(p.date, p.precision)}: ${capitalise(STAGE_WORDS[p.stage])} under the ${planShortName(p.planId, p.planName)}: ${sentence(p.value)}`);
  const plansBlock = decisions.length > 0 ? ['Plans that named it:', ...decisions].join('\n') : '';
  const sources = [...status.sources, ...shown.flatMap((e) => e.sources)];
  const freshness = { ...answer, asOf: status.asOf };
  const nearby = describeNearby(answer.nearby, answerInstant(answer.at, answer.asOf));

  const facts: Fact[] = shown.slice(0, 20).map((e) => ({
    title: datedLabel(e),
    value: eventText(e),
  }));
  const card = fillTemplate(CARD_TEMPLATES.list, {
    title: `${station.name}: history`,
    asOfLine: `As of ${formatDate(status.asOf)}: ${words.badge.toLowerCase()}`,
    intro: words.history,
    facts,
    noteLines: words.warnings.map((w) => textBlock(w, { size: 'Small', color: 'Warning' })),
    footer: freshnessFooter(freshness, status.beyondSources),
    actions: actionsOrNull([...sourceActions(sources), openUrl('met.police.uk', MET_URL)]),
  });

  return {
    paragraphs: [
      headline,
      topic === 'temporary-closure' ? `${words.headline}${words.history ? ` ${words.history}` : ''}` : '',
      timeline,
      topic === 'general' ? plansBlock : '',
      ...words.warnings,
      nearby.list ?? '',
      nearby.note ?? '',
      sourcesLine(sources),
      freshnessLine(freshness, status.beyondSources),
    ],
    speak: headline,
    card,
    suggestions:
      status.counter === 'open'
        ? [`Is ${short} open now?`, `${short} opening hours`, 'Why did counters close?']
        : [`Nearest open desk to ${short}`, 'Why did counters close?', 'Which desks are open 24/7?'],
  };
}

export function renderNoLocation(answer: NoLocationAnswer, _context: RenderContext): ReplyDraft {
  const words = describeStatus(answer.status);
  return {
    paragraphs: [
      `I don't have a location for ${bold(answer.station.name)}, so I can't measure distances from it.`,
      'Tell me your postcode or area (for example E17 4PP or Walthamstow) and I will find the nearest front counter.',
      `${words.headline}${words.history ? ` ${words.history}` : ''}`,
    ],
    inputHint: 'expectingInput',
  };
}
