/**
 * A time asked with "before" ("is brixton open before 9am tomorrow", "any stations open before 9am", "does ilford close
 * before 8pm on saturday"): the state is worked out at the minute before, but the reply says the time as asked
 * ("before 09:00"), never the minute it computed ("8:59am"). A closing asked with "before" is answered by the closing
 * time. Also "will any be open at ...": any counter, when nothing was asked before. Controls: "at" a time keeps "at".
 */
import { expect } from 'chai';
import { DateTime } from 'luxon';
import { expect999First } from './call999First';
import { Conversation, firstLineOf } from './harness';

const FRIDAY = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });
const ask = async (say: string) => firstLineOf(await new Conversation('webchat', FRIDAY).askText(say));
/** A minute before an hour, as the reply would say it had it leaked: "8:59am", "08:59", "19:59". */
const A_MINUTE_BEFORE = /\b\d{1,2}:59\b/;

describe('a time asked with "before", said many ways', () => {
  for (const [say, pattern] of [
    ['is brixton open before 9am tomorrow', /^No, before 09:00 tomorrow \(Saturday 5 December\), \*\*Brixton Police Station\*\* is closed; opens at 09:00/],
    ['can i get to walworth before 10 on monday morning', /^No, before 10:00 on Monday 7 December, \*\*Walworth Police Station\*\* is closed/],
    ['can i go to lewisham before 8am on sunday', /^Yes, before 08:00 on Sunday 6 December, \*\*Lewisham Police Station\*\* is open, 24 hours a day/],
    ['will croydon be open before 7 tomorrow morning?', /^No, before 07:00 tomorrow .*\*\*Croydon Police Station\*\* is closed/],
    ['any stations open before 9am', /^Two police front counters are open in London before 9am tomorrow: \*\*Charing Cross\*\* and \*\*Lewisham\*\*/],
    ['is there anywhere open before 6am on saturday', /^Two police front counters are open in London before 6am (?:tomorrow|on Saturday): \*\*Charing Cross\*\* and \*\*Lewisham\*\*/],
    ['nearest station open before 8am to SE15', /^The nearest front counter open before 08:00 tomorrow \(Saturday 5 December\) to SE15 is \*\*Lewisham Police Station\*\*/],
  ] as const) {
    it(say, async () => {
      const reply = await ask(say);
      expect(reply).to.match(pattern);
      expect(reply).not.to.match(A_MINUTE_BEFORE);
    });
  }

  for (const [say, pattern] of [
    ['does brixton close before 8pm', /^No, \*\*Brixton Police Station\*\* closes at 22:00 today/],
    ['will ilford shut before 9 tonight', /^No, .*\*\*Ilford Police Station\*\*.* 22:00/],
    ['does ilford close before 11pm tonight', /^Yes, \*\*Ilford Police Station\*\* closes at 22:00 today/],
    ['does brixton close before 8pm on sunday', /^Yes, \*\*Brixton Police Station\*\* closes at 19:00 on Sunday 6 December/],
    ['does lewisham close before midnight', /^No, \*\*Lewisham Police Station\*\* doesn't close: it is open 24 hours a day/],
  ] as const) {
    it(`closing before a time: ${say}`, async () => expect(await ask(say)).to.match(pattern));
  }

  for (const say of ['will any be open before 7am on sunday', 'will anything be open at 8am on sunday', 'would any be open tonight at 11']) {
    it(`any counter, with nothing asked before: ${say}`, async () => {
      expect(await ask(say)).to.match(/^Two police front counters are open in London (?:at|before) .*: \*\*Charing Cross\*\* and \*\*Lewisham\*\*/);
    });
  }

  for (const [say, pattern] of [
    ['is brixton open at 9am tomorrow', /^Yes, at 09:00 tomorrow \(Saturday 5 December\), \*\*Brixton Police Station\*\* is open/],
    ['does brixton close at 8pm', /^No, \*\*Brixton Police Station\*\* closes at 22:00 today/],
    ['is croydon open before work tomorrow', /Croydon Police Station/],
  ] as const) {
    it(`control: ${say}`, async () => expect(await ask(say)).to.match(pattern));
  }

  it('the next counter asked keeps the "before"', async () => {
    const c = new Conversation('webchat', FRIDAY);
    await c.askText('is brixton open before 9am tomorrow');
    expect(firstLineOf(await c.askText('what about lewisham'))).to.match(/^Yes, before 09:00 tomorrow \(Saturday 5 December\), \*\*Lewisham Police Station\*\* is open/);
  });

  it('danger told with it still leads with 999', async () => {
    const say = 'is brixton open before 9am, someone is kicking my door in right now';
    expect999First(await new Conversation('webchat', FRIDAY).say(say), say);
  });
});
