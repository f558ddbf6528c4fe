/** What every reply must satisfy, whatever the answer: used by each reply test. */
import { expect } from 'chai';
import type { Answer } from '../../src/answers/answer';
import { renderReply, type Reply } from '../../src/replies';
import { checkAdaptiveCard } from './adaptiveCardChecker';

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
  expect(reply.suggestedActions.length).to.be.at.most(channelId === 'msteams' ? 3 : 4);
  for (const s of reply.suggestedActions) expect(s.trim(), 'suggestion text').to.not.equal('');
  expect(['acceptingInput', 'expectingInput', 'ignoringInput']).to.include(reply.inputHint);
  if (reply.card) {
    expect(checkAdaptiveCard(reply.card, { teams: channelId === 'msteams' })).to.deep.equal([]);
    expect(reply.card.speak).to.equal(reply.speak);
    expect(reply.card.fallbackText).to.equal(reply.text.replace(/\*\*/g, ''));
  }
}

/** The text with Markdown bold removed, for phrase assertions. */
export function plain(reply: Reply): string {
  return reply.text.replace(/\*\*/g, '');
}
