/**
 * Thanks said alone in another language ("merci", "gracias", "danke schön", "спасибо") is thanks, as in English, not a
 * message the bot cannot read (which leads with 999 and an interpreter). A sentence in that language still is one.
 */
import { expect } from 'chai';
import { DateTime } from 'luxon';
import { Conversation, firstLineOf } from './harness';

const FRIDAY = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });

describe('thanks in another language, said many ways', () => {
  for (const say of ['merci', 'merci beaucoup!', 'gracias', 'danke schön', 'obrigada', 'спасибо', 'dziękuję', 'shukran', 'asante sana', 'teşekkürler']) {
    it(say, async () => {
      const c = new Conversation('webchat', FRIDAY);
      await c.say('is brixton open');
      expect(firstLineOf(await c.askText(say))).to.match(/^You're welcome/);
    });
  }
  it('a sentence in another language is still answered as one: 999 and an interpreter first', async () => {
    expect(firstLineOf(await new Conversation('webchat', FRIDAY).askText("merci, j'ai besoin d'aide, il me suit"))).to.match(/999/);
  });
});
