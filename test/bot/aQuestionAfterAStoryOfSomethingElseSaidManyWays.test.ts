/**
 * A story of something else told first, then a question about the counters: the question is answered as if asked on
 * its own, so the story's "it", its crime told as done, or its night ("the dog barked all night") cannot change it.
 * Also: "still open or did it close" answers "yes, still open" (the first answer offered); "X still has a counter" is
 * asked of X's counter; "before 10am" is asked of the minute before. Controls: a story that names a counter or a time
 * ahead, a crime whose details the question needs, a question that points back into the story.
 */
import { expect } from 'chai';
import { DateTime } from 'luxon';
import { Conversation, firstLineOf } from './harness';

const FRIDAY = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });

async function firstLine(say: string): Promise<string> {
  return firstLineOf(await new Conversation('webchat', FRIDAY).askText(say));
}

describe('a question after a story of something else, said many ways', () => {
  for (const say of [
    'my cat knocked my tea over, it went everywhere. any 24 hour police desks?',
    'the curry was so spicy it was criminal 🥵 whats open 24h in london',
    'long day, it never stops. which counters are open all night',
    'my phone is on 2 percent and it keeps dying, any 24hr police stations',
  ]) {
    it(`the 24-hour desks: ${say}`, async () => expect(await firstLine(say)).to.match(/Charing Cross/).and.to.match(/Lewisham/));
  }

  for (const say of [
    'i was burgled back in 2018, its all sorted now, i just want to know if walworth still has a counter',
    'we smashed the pub quiz last night. is acton police station still open or did it close',
    'my neighbours dog barked all night lol. is walworth open today',
    'kept up all night by the baby. is brixton open today',
  ]) {
    it(`the counter named: ${say}`, async () => {
      const line = await firstLine(say);
      expect(line).to.match(/^Yes\b/);
      expect(line).not.to.match(/\b(?:yesterday|not open 24 hours|closed)\b/i);
    });
  }

  it('"has it closed or is it still open" answers the first offered: no, it is open', async () => {
    expect(await firstLine('has acton closed or is it still open')).to.match(/^No\b.*\bis open\b/);
  });

  it('"X still has a counter" is asked of X\'s counter, not the nearest to X', async () => {
    expect(await firstLine('wondering whether bethnal green still has a counter')).to.match(/^Yes, the front counter at \*\*Bethnal Green Police Station\*\*/);
  });

  for (const [say, expected] of [
    ['is hayes open before 10am on monday', /^No\b.*opens at 10:00/],
    ['can i go to walworth before 9am on saturday', /^No\b.*opens at 09:00/],
    ['can i get to brixton before 10pm on friday', /^Yes\b/],
  ] as const) {
    it(`before a time: ${say}`, async () => expect(await firstLine(say)).to.match(expected));
  }

  for (const [say, expected] of [
    // A time ahead in the story belongs to the question.
    ['next bank holiday is romford open', /Christmas|25 December|bank holiday/i],
    // The story names where; "there" points back to it.
    ['doing a podcast about a 1980s robbery in ilford, is the police station there open to the public now', /Ilford/],
    // A past crime with the crime number: the question needs the story.
    ['my bike was stolen last month from outside the gym, i have the crime number, do i need to go to a front counter', /online|101|crime/i],
  ] as const) {
    it(`control: ${say}`, async () => expect(await new Conversation('webchat', FRIDAY).askText(say)).to.match(expected));
  }
});
