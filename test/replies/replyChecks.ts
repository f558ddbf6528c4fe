/** What every reply must satisfy, whatever the answer: used by each reply test. */
import { expect } from 'chai';
import type { Answer } from '../../src/answers/answer';
import { renderReply, type Reply } from '../../src/replies';
import { cardTexts, checkAdaptiveCard } from './adaptiveCardChecker';

export const CHANNELS = ['msteams', 'webchat'] as const;

export function render(answer: Answer, channelId: string = 'webchat'): Reply {
  const reply = renderReply(answer, { channelId, botName: 'StationDesk' });
  expectWellFormed(reply, channelId);
  return reply;
}

export function expectWellFormed(reply: Reply, channelId: string): void {
  expect(reply.text.trim(), 'text').to.not.equal('');
  expect(reply.text, 'no leaked values').to.not.match(/undefined|\bnull\b|NaN|\[object /);
  expect(reply.speak.trim(), 'speak').to.not.equal('');
  expect(reply.speak, 'speak has no URLs').to.not.match(/https?:\/\/|www\./);
  expect(reply.speak, 'speak has no markdown').to.not.match(/\*\*|^\s*- /m);
  expect(reply.speak.length, 'speak is short').to.be.at.most(400);
  expect(reply.suggestedActions.length, 'at most three suggestions').to.be.at.most(3);
  for (const s of reply.suggestedActions) expect(s.trim(), 'suggestion text').to.not.equal('');
  expect(['acceptingInput', 'expectingInput', 'ignoringInput']).to.include(reply.inputHint);
  if (reply.card) {
    expect(checkAdaptiveCard(reply.card, { teams: channelId === 'msteams' })).to.deep.equal([]);
    expect(reply.card.speak).to.equal(reply.speak);
    // The message text is the answer in short (its headline and at most two key lines, and the announced-arrangement
    // caveat, said once); the card's fallback holds the whole answer, the list included.
    const fallback = String(reply.card.fallbackText);
    const answerText = reply.text.split('\n\n').filter((p) => !/^This is the Met's announced arrangement/.test(p));
    expect(fallback.startsWith(plainText(answerText.join('\n\n'))), 'the text leads the fallback').to.equal(true);
    expect(answerText.length, 'the text is the headline and at most two key lines (and the caveat, said once)').to.be.at.most(3);
    // A choice is card buttons or suggestions, never both.
    const buttons = cardTexts(reply.card).filter((t) => reply.suggestedActions.includes(t));
    expect(buttons, 'suggestions repeat no card button').to.deep.equal([]);
  }
}

function plainText(text: string): string {
  return text.replace(/\*\*/g, '').replace(/\[([^\]]+)\]\((https?:[^)]+)\)/g, '$1: $2');
}

/** The words of a card, with its Markdown bold removed. */
export function cardWords(reply: Reply): string {
  return reply.card ? cardTexts(reply.card).join('\n').replace(/\*\*/g, '') : '';
}

/** What a resident can read of a reply: the text, then the card (its details included). */
export function readAll(reply: Reply): string {
  return [plain(reply), cardWords(reply)].filter(Boolean).join('\n');
}

/** The text with Markdown bold removed, for phrase assertions. */
export function plain(reply: Reply): string {
  return reply.text.replace(/\*\*/g, '');
}

/**
 * The answer as the resident first reads it, paragraph by paragraph: the
 * message text, except on Teams, which shows the text (the headline alone)
 * above the card: there the lines that follow the headline are the card's key
 * lines, then the rest of the text.
 */
export function firstRead(text: string, card: unknown, channelId: string): string[] {
  const paragraphs = text.split('\n\n');
  if (channelId !== 'msteams' || !card) return paragraphs;
  const blocks: { type?: string; text?: string; weight?: string }[] = ((card as { body?: unknown[] }).body ?? []) as never;
  const at = blocks.findIndex((b) => b.type === 'TextBlock' && b.text === paragraphs[0]);
  const keyLines: string[] = [];
  for (const block of at >= 0 ? blocks.slice(at + 1) : []) {
    if (block.type !== 'TextBlock' || block.weight !== 'Default' || !block.text) break;
    keyLines.push(block.text);
  }
  return [paragraphs[0], ...keyLines, ...paragraphs.slice(1)];
}
