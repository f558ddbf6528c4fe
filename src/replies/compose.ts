/**
 * Sections -> Reply: the one place an answer's meaning becomes text, speech
 * and card, with the channel's rules applied once.
 *
 * - Text: the headline and key lines (and the list, when the answer is one).
 *   Where a card carries the answer (Teams, Web Chat), the message text is
 *   the headline and its key lines (at most two short ones: the answer a
 *   phone's notification or a screen reader gives), and the list, facts,
 *   details and sources are the card's. Teams shows the text above the card,
 *   so there the text is the headline only and the card says the rest once.
 * - Speech: the first sentence and the next line only.
 * - Card: title and badge, the headline and key lines, facts, where to go instead, then a
 *   "More details" section (history, caveats, sources, dating) that opens
 *   on request, and the footer and the met.police.uk button.
 * - The "announced arrangement" caveat is said once per conversation in the
 *   text and always in the card footer.
 * - At most three suggested actions; a choice is card buttons or
 *   suggestions, never both.
 */
import { expandCard, shownIf } from './cards/templates';
import { choiceAction, openUrl, type CardElement } from './cards/elements';
import { formatDate } from './format/dates';
import { toSpeech } from './format/speech';
import { MET_URL, announcedLine, chooseSources, freshnessFooter, type SourceLabel } from './format/sources';
import type { AnswerSections } from './sections';
import type { RenderContext, Reply, ReplyMemory, ReplyOptions } from './reply';

/** Channels whose clients render Markdown in message text. */
const MARKDOWN_CHANNELS = new Set(['msteams', 'webchat', 'directline', 'emulator']);
/** Channels that show Adaptive Cards. */
const CARD_CHANNELS = new Set(['msteams', 'webchat', 'directline', 'emulator']);

export const MAX_SUGGESTIONS = 3;
export const MAX_KEY_LINES = 2;
const LONDON = 'Europe/London';

export function renderContext(options: ReplyOptions): RenderContext {
  const channelId = options.channelId;
  const zone = options.timeZone?.trim();
  return {
    channelId,
    botName: options.botName?.trim() || 'StationDesk',
    sourceUrl: options.sourceUrl?.trim() || undefined,
    markdown: MARKDOWN_CHANNELS.has(channelId),
    cards: CARD_CHANNELS.has(channelId),
    teams: channelId === 'msteams',
    labelLondonTime: Boolean(zone) && zone !== LONDON && zone !== 'Europe/Belfast',
    memory: options.memory ?? {},
    askerId: options.askerId?.trim() || undefined,
  };
}

export function plainText(text: string): string {
  return text.replace(/\*\*/g, '').replace(/\[([^\]]+)\]\((https?:[^)]+)\)/g, '$1: $2');
}

/** The first time of day in a text (`09:00–19:00`, `until 22:00`, `midnight`) gets "London time" after it. */
export function withLondonTime(text: string): string {
  if (/London time/.test(text)) return text;
  return text.replace(/\b\d{2}:\d{2}(?:\s*[–-]\s*\d{2}:\d{2})?(?: the next day)?|\bmidnight\b/, (time) => `${time} London time`);
}

function clean(lines: readonly (string | null | undefined)[] | undefined): string[] {
  return (lines ?? []).map((l) => (l ?? '').trim()).filter((l) => l.length > 0);
}

function listText(list: AnswerSections['list']): string {
  if (!list || list.items.length === 0) return '';
  return [list.heading ?? '', ...list.items.map((i) => `- ${i}`)].filter(Boolean).join('\n');
}

export function composeReply(s: AnswerSections, context: RenderContext): Reply {
  const sources = s.sources ? chooseSources(s.sources.cited, s.sources.publishers) : [];
  // "What's your source for stratford?": the sources lead, then the answer's own headline.
  const cite = (l: SourceLabel) => (context.markdown ? `[${l.label}](${l.url})` : `${l.label} (${l.url})`);
  const led = s.sourcesLead
    ? sources.length > 0
      ? `${s.sourcesLead}: ${sources.map(cite).join('; ')}.`
      : `${s.sourcesLead}: I have no published source to show; check met.police.uk.`
    : null;
  const keyLines = clean(led ? [s.headline, ...(s.keyLines ?? [])] : s.keyLines).slice(0, MAX_KEY_LINES);
  const londonTime = context.labelLondonTime ? withLondonTime : (t: string) => t;
  const headline = londonTime((led ?? s.headline).trim());
  const list = listText(s.list);
  const details = [...clean(s.details), ...clean(s.cautions)];
  const datingLine = s.dating ? `Data checked ${formatDate(s.dating.verifiedOn)}.` : null;

  // The caveat on the announced arrangement: once per conversation in the text.
  const announce = s.dating?.beyondSources === true && !context.memory.announcedSaid;
  const caveat = announce && s.dating ? announcedLine(s.dating) : '';

  const whole = [headline, ...keyLines.map(londonTime), list].filter(Boolean);
  const withCard = context.cards && s.card != null;
  const choiceCard = context.cards && (s.choices?.length ?? 0) > 0;
  // Without a card the caveat closes the text with the dating, as it closes the card's footer.
  const footer = !context.cards && datingLine ? [datingLine, caveat, sources.length > 0 ? 'Ask "sources" to see where this comes from.' : ''].filter(Boolean).join(' ') : caveat;
  const paragraphs = withCard ? [headline, ...(context.teams ? [] : keyLines.map(londonTime)), caveat] : [...whole, footer];
  const text = paragraphs.filter(Boolean).join('\n\n');
  const speak = toSpeech(londonTime(s.speak ?? [s.headline, keyLines[0] ?? ''].join(' ')));

  let card: Record<string, unknown> | null = null;
  if (withCard && s.card) {
    card = answerCard(s, headline, keyLines.map(londonTime), details, sources, datingLine);
  } else if (choiceCard) {
    card = expandCard('choice', { question: headline, choices: s.choices!.map((c) => choiceAction(c, c, context)) });
  }
  if (card) Object.assign(card, { speak, fallbackText: plainText(whole.join('\n\n')) });

  // A choice shown as card buttons is not offered again as suggestions.
  const offered = choiceCard ? [] : [...(s.choices ?? []), ...(s.suggestions ?? [])];
  const suggestedActions = [...new Set(offered.map((x) => x.trim()).filter(Boolean))].slice(0, MAX_SUGGESTIONS);

  const memory: ReplyMemory = { ...context.memory };
  if (announce) memory.announcedSaid = true;
  if (s.dating || details.length > 0 || sources.length > 0) {
    memory.last = { headline: plainText(s.headline), details, sources, dating: datingLine };
  }
  return {
    text: context.markdown ? text : plainText(text),
    speak,
    card,
    suggestedActions,
    inputHint: s.inputHint ?? (choiceCard ? 'expectingInput' : 'acceptingInput'),
    memory,
  };
}

/**
 * A reply that has no card of its own (a question back, a short answer), as a
 * card: what takes a clicked choice card's place on Teams when the answer is
 * words only. Each paragraph is a TextBlock, which renders the same Markdown.
 */
export function textCard(text: string, speak?: string): Record<string, unknown> {
  const paragraphs = text.split(/\n{2,}/).map((p) => p.trim()).filter(Boolean);
  const plain = plainText(text);
  return expandCard('text', { paragraphs, speak: toSpeech(speak ?? plain), fallbackText: plain });
}

function answerCard(
  s: AnswerSections,
  headline: string,
  keyLines: string[],
  details: string[],
  sources: SourceLabel[],
  datingLine: string | null,
): Record<string, unknown> {
  const c = s.card!;
  const cautions = new Set(clean(s.cautions));
  const hasDetails = details.length > 0 || sources.length > 0;
  const actions: CardElement[] = [
    ...(c.links ?? []).map((l) => openUrl(l.title, l.url)),
    openUrl('met.police.uk', MET_URL),
    ...(hasDetails ? [{ type: 'Action.ToggleVisibility', title: 'More details', targetElements: ['details'] }] : []),
  ];
  // In the layout's order: the engine looks each name up among the object's keys, first to last.
  return expandCard('answer', {
    title: c.title,
    badge: shownIf(c.badge),
    asOfLine: shownIf(c.asOfLine),
    // The card holds the whole answer, headline first: some hosts (the Web Chat page) show the card without the text.
    headline,
    keyLines,
    list: s.list && s.list.items.length > 0 ? [{ heading: shownIf(s.list.heading), items: s.list.items.map((text) => `- ${text}`) }] : [],
    factSet: c.facts && c.facts.facts.length > 0 ? [{ heading: shownIf(c.facts.heading), facts: c.facts.facts }] : [],
    blocks: c.blocks && c.blocks.length > 0 ? [{ items: c.blocks }] : [],
    alternatives: c.alternatives && c.alternatives.facts.length > 0 ? [{ ...c.alternatives, note: shownIf(c.alternatives.note) }] : [],
    details: hasDetails
      ? [
          {
            lines: details.map((text) => ({ text, color: cautions.has(text) ? 'Warning' : 'Default' })),
            sourcesHeading: sources.length > 0 ? [true] : [],
            sources: sources.map((l) => `[${l.label}](${l.url})`),
          },
        ]
      : [],
    footer: s.dating ? freshnessFooter(s.dating) : (datingLine ?? 'Check met.police.uk before you travel.'),
    actions,
  });
}
