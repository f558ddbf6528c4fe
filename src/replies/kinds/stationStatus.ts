/**
 * "Is Twickenham police station still open?": the counter's status as of the
 * date, what happened under which plan, its hours, and, when it is closed,
 * where to go instead and the other ways to reach the police.
 */
import type { Answer, ContactFacts, NearbyOptions } from '../../answers/answer';
import type { CounterStatus } from '../../stations/timeline';
import { actionsOrNull, directionsUrl, openUrl, sourceActions, textBlock, warningBlock } from '../cards/elements';
import { CARD_TEMPLATES } from '../cards/templates';
import { fillTemplate } from '../cards/template';
import { alternativesList, alternativesShort } from '../format/contacts';
import { answerInstant, formatDate } from '../format/dates';
import { factLines, firstFacts, groupFacts } from '../format/facts';
import { planShortName, shortStationName } from '../format/names';
import { MET_URL, freshnessFooter, freshnessLine, sourcesLine, type Dating } from '../format/sources';
import { describeNearby } from '../parts/nearby';
import { describeStatus } from '../parts/status';
import type { AdaptiveCard, RenderContext, ReplyDraft } from '../reply';

type StatusAnswer = Extract<Answer, { kind: 'station-status' }>;

export interface StatusDraftInput {
  status: CounterStatus;
  nearby: NearbyOptions | null;
  contacts: ContactFacts | null;
  dating: Dating & { at: string };
  /** A paragraph put before the status (e.g. for a place the resident only named). */
  lead?: string;
  /** A paragraph put after the status, before the alternatives. */
  follow?: string;
}

export function renderStationStatus(answer: StatusAnswer, _context: RenderContext): ReplyDraft {
  return statusDraft({ status: answer.status, nearby: answer.nearby, contacts: answer.contacts, dating: answer, follow: reasonsText(answer.reasons) });
}

/** "Why: the reasons given for the 2025 front counter review (Met): ..." with the first few figures. */
function reasonsText(reasons: StatusAnswer['reasons']): string | undefined {
  if (!reasons || reasons.facts.length === 0) return undefined;
  const facts = firstFacts(groupFacts(reasons.facts).flatMap((g) => g.facts), REASONS_SHOWN);
  return [`Why: the reasons given for the ${planShortName(reasons.planId, reasons.planName)} were:`, ...factLines(facts)].join('\n');
}

/** Enough figures to answer "why", short enough to read on a phone. */
const REASONS_SHOWN = 4;

/** Suggestions after a status: the hours of an open desk, or of the desk to go to instead. */
export function statusSuggestions(status: CounterStatus, offered: string[]): string[] {
  const short = shortStationName(status.station);
  if (status.counter === 'open' && status.hours?.is24x7) return ['Which desks are open 24/7?', `Nearest open desk to ${short}`, 'How do I report a crime?'];
  if (status.counter === 'open') return [`Is ${short} open now?`, `${short} weekend hours`, `Nearest 24-hour desk to ${short}`, 'How do I report a crime?'];
  const insteadOf = offered[0] ? [`${offered[0]} opening hours`] : [];
  return [...insteadOf, `Nearest 24-hour desk to ${short}`, 'How do I report a crime?', 'Why did counters close?'];
}

export function statusDraft(input: StatusDraftInput): ReplyDraft {
  const { status, contacts, dating } = input;
  const now = answerInstant(dating.at, dating.asOf);
  const words = describeStatus(status);
  const notOpen = status.counter !== 'open';
  const nearby = describeNearby(notOpen ? input.nearby : null, now);
  const freshness = { ...dating, asOf: status.asOf };

  const paragraphs = [
    input.lead ?? '',
    words.headline,
    words.history ?? '',
    words.address ? `Address: ${words.address}.` : '',
    ...words.warnings,
    ...words.extra,
    input.follow ?? '',
    nearby.list ?? '',
    nearby.note ?? '',
    notOpen ? alternativesList(contacts) : '',
    sourcesLine(status.sources),
    freshnessLine(freshness, status.beyondSources),
  ];

  const location = status.station.location;
  const actions = [
    ...sourceActions(status.sources),
    ...(status.counter === 'open' && location ? [openUrl('Directions', directionsUrl(location))] : nearby.actions),
    openUrl('met.police.uk', MET_URL),
  ];
  const card: AdaptiveCard = fillTemplate(CARD_TEMPLATES.status, {
    title: status.station.name,
    badge: words.badge,
    badgeColor: words.badgeColor,
    asOfLine: `As of ${formatDate(status.asOf)}`,
    address: words.address,
    hoursFacts: words.hoursFacts,
    historyLine: words.history,
    warnings: [...words.warnings.map(warningBlock), ...words.extra.map((t) => textBlock(t, { size: 'Small' }))],
    nearbyFacts: nearby.facts,
    nearbyNote: nearby.note ?? '',
    alternatives: notOpen ? alternativesShort(contacts) : null,
    footer: freshnessFooter(freshness, status.beyondSources),
    actions: actionsOrNull(actions),
  });

  return {
    paragraphs,
    speak: [words.spoken, nearby.spoken ?? ''].join(' '),
    card,
    suggestions: statusSuggestions(status, nearby.offered),
  };
}
