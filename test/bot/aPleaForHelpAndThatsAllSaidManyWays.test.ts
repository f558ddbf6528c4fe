/**
 * A bare plea for help ("i need help", "please help me", "can someone help me") may be danger the resident has not
 * described: 999 comes first, then what the bot does. "help" alone, or asked of what the bot does, stays the menu.
 * And "nope, that's all" after an answer is a goodbye, not something the bot cannot help with.
 */
import { expect } from 'chai';
import { DateTime } from 'luxon';
import { Conversation, firstLineOf } from './harness';

const FRIDAY = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });
const ask = async (say: string) => new Conversation('webchat', FRIDAY).askText(say);

describe('a plea for help, and "that\'s all", said many ways', () => {
  for (const say of ['i need help', 'help me', 'please help', 'help me please', 'can u help me', 'can someone help me', 'I NEED HELP', 'pls help me', 'we need help']) {
    it(`${say}: 999 first`, async () => {
      const text = await ask(say);
      expect(firstLineOf(text)).to.match(/\b999\b/);
    });
  }

  it('the plea still says what the bot does and how to reach the police otherwise', async () => {
    const text = await ask('i need help');
    expect(text).to.match(/^If you or someone else is in danger now, call 999\./);
    expect(text).to.match(/I answer questions about police front counters in London/);
    expect(text).to.match(/Otherwise call 101 or report online at met\.police\.uk/);
  });

  for (const say of ['help', 'what can you help with', 'what can you do', 'menu']) {
    it(`control: ${say} is what the bot does`, async () => expect(firstLineOf(await ask(say))).to.match(/^I answer questions about police front counters in London/));
  }

  for (const [say, pattern] of [
    ['help me find a police station', /^To find the nearest front counter, I need to know where you are\./],
    ['can you help me find brixton police station', /\*\*Brixton Police Station\*\*/],
  ] as const) {
    it(`control: ${say}`, async () => expect(firstLineOf(await ask(say))).to.match(pattern));
  }

  for (const say of ['nope thats all', 'nah thats everything', "no that's all thanks", 'nope, nothing else']) {
    it(`${say}: goodbye`, async () => {
      const c = new Conversation('webchat', FRIDAY);
      await c.askText('is lewisham open now');
      expect(firstLineOf(await c.askText(say))).to.match(/^Goodbye\./);
    });
  }
});
