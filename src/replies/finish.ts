/**
 * The channel's rules, applied once to every draft: Markdown only where it
 * renders, at most three suggestions in Teams (four elsewhere), a spoken
 * version without URLs, and the card's own `speak` and `fallbackText`.
 */
import { toSpeech } from './format/speech';
import type { RenderContext, Reply, ReplyDraft, ReplyOptions } from './reply';

/** Channels whose clients render Markdown in message text. */
const MARKDOWN_CHANNELS = new Set(['msteams', 'webchat', 'directline', 'emulator']);

export const MAX_SUGGESTIONS_TEAMS = 3;
export const MAX_SUGGESTIONS = 4;

export function renderContext(options: ReplyOptions): RenderContext {
  const channelId = options.channelId;
  return {
    channelId,
    botName: options.botName?.trim() || 'StationDesk',
    markdown: MARKDOWN_CHANNELS.has(channelId),
    teams: channelId === 'msteams',
  };
}

export function plainText(text: string): string {
  return text.replace(/\*\*/g, '');
}

export function finishReply(draft: ReplyDraft, context: RenderContext): Reply {
  const joined = draft.paragraphs
    .map((p) => p.trim())
    .filter((p) => p.length > 0)
    .join('\n\n');
  const text = context.markdown ? joined : plainText(joined);
  const speak = toSpeech(draft.speak ?? draft.paragraphs.find((p) => p.trim()) ?? '');

  const limit = context.teams ? MAX_SUGGESTIONS_TEAMS : MAX_SUGGESTIONS;
  const suggestedActions = [...new Set((draft.suggestions ?? []).map((s) => s.trim()).filter(Boolean))].slice(0, limit);

  const card = draft.card ? { ...draft.card, speak, fallbackText: plainText(joined) } : null;
  return { text, speak, card, suggestedActions, inputHint: draft.inputHint ?? 'acceptingInput' };
}
