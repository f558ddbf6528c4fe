/**
 * "Can you repeat that?", "say that again", "pardon?" after an answer, many ways, through the real bot: the last
 * answer's first line again, with a few of its details; before any answer, what the bot can do.
 */
import { expect } from 'chai';
import { Conversation, firstLineOf } from './harness';

describe('the last answer again, said many ways', () => {
  for (const again of ['can you repeat that', 'say that again please', 'pardon?', 'come again?', 'Could you repeat the last answer?', 'sorry, what did you say', 'say again']) {
    it(`is brixton open now / ${again}`, async () => {
      const conversation = new Conversation();
      const first = firstLineOf(await conversation.askText('is brixton open now'));
      expect(firstLineOf(await conversation.askText(again))).to.equal(first.replace(/\*\*/g, ''));
    });
  }

  it('before any answer, says what the bot can do', async () => {
    expect(firstLineOf(await new Conversation().askText('pardon?'))).to.match(/^I answer questions about police front counters in London/);
    expect(firstLineOf(await new Conversation().askText('can you repeat that'))).to.match(/^I answer questions about police front counters in London/);
  });

  it('"repeat after me" is no request to repeat an answer', async () => {
    const conversation = new Conversation();
    await conversation.askText('is brixton open now');
    expect(firstLineOf(await conversation.askText('repeat after me: i am a robot'))).to.not.match(/Brixton/);
  });
});
