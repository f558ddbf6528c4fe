/**
 * Property registered or marked for the resident ("can you register my bike", "can i get my bicycle security marked"):
 * the bot cannot, said first, then that the data does not cover it and where to ask (met.police.uk, 101), where it
 * said it could not help with that. Controls: a phone registered for 999 texts is the data's answer for deaf
 * residents; a bike stolen is a crime to report. A complaint about the police says the sources do not cover it and
 * where to ask. Through the bot.
 */
import { expect } from 'chai';
import { expect999First } from './call999First';
import { Conversation, firstLineOf } from './harness';

const DECLINED = /^I can't register or mark a bike or other property for you: I only know about London's police front counters\.$/;

describe('property registered or marked, said many ways', function () {
  this.timeout(60_000);
  for (const say of [
    'can you register my bike',
    'how do i register my bike with the police',
    'can i get my bicycle security marked',
    'can you register my phone',
    'where can i get my bike marked',
    'register my e-scooter',
    'can you security mark my tools',
  ]) {
    it(say, async () => {
      const text = await new Conversation().askText(say);
      expect(firstLineOf(text)).to.match(DECLINED);
      expect(text).to.match(/My sources don't cover registering or marking property: check met\.police\.uk or call 101\./);
    });
  }
  for (const [say, expected] of [
    ['how do i register my phone to text 999', /^If you are deaf, hard of hearing or speech-impaired: text 999 after registering the mobile once/],
    ['my bike was stolen', /^To report a crime that is not an emergency: call 101/],
    ['i want to make a complaint about the police', /^My sources don't cover complaints about the police\. Check met\.police\.uk or call 101\./],
  ] as const) {
    it(`control: ${say}`, async () => expect(firstLineOf(await new Conversation().askText(say))).to.match(expected));
  }
});

describe('danger told the same way still leads with 999', () => {
  for (const say of ['can you register my bike, someone is threatening me with a knife']) {
    it(say, async () => expect999First(await new Conversation().say(say), say));
  }
});
