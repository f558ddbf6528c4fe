/**
 * Whether one can still go in to a police station at night or at a time named, asked with no place, often after an
 * aside: "in films people just walk into a police station at 3am, can you still do that in london?". "Yes" first,
 * then the counters open then from the data (at night, the 24-hour ones) with the date of the fact; never "which
 * police station?". Controls: "which police station is open at 3am" keeps its list, a place keeps the nearest, and
 * danger still leads with 999.
 */
import { expect } from 'chai';
import { DateTime } from 'luxon';
import { expect999First } from './call999First';
import { Conversation, firstLineOf } from './harness';

const FRIDAY = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });
const ask = async (say: string) => firstLineOf(await new Conversation('webchat', FRIDAY).askText(say));
const YES_THE_TWO = /^Yes, you can\. Two police front counters are open in London at .*: \*\*Charing Cross\*\* and \*\*Lewisham\*\* open 24 hours a day\./;
const YES_THE_24_HOUR = /^Yes, you can\. Only two front counters are open 24 hours a day since 3 March 2026: \*\*Lewisham\*\* and \*\*Charing Cross\*\*\./;

describe('going in at night, asked with no place, said many ways', () => {
  for (const [say, pattern] of [
    ['in films people just walk into a police station at 3am, can you still do that in london?', YES_THE_TWO],
    ['can i go to a police station in the middle of the night', YES_THE_24_HOUR],
    ['is there anywhere i can report something in person at 2am', YES_THE_TWO],
    ['can you walk into a police station at 3am', YES_THE_TWO],
    ['is it possible to go to a police station at night', YES_THE_24_HOUR],
    ['can i just turn up at a police station at 4 in the morning', YES_THE_TWO],
    ['if i need to report something at midnight can i go in person', YES_THE_TWO],
    ['on tv they always rock up to the front desk at 2am, does that work here', YES_THE_TWO],
  ] as const) {
    it(say, async () => expect(await ask(say)).to.match(pattern));
  }

  for (const [say, pattern] of [
    ['which police station is open at 3am', /^Two police front counters are open in London at 3am tomorrow: \*\*Charing Cross\*\* and \*\*Lewisham\*\*/],
    ['are police stations open at night', /^Only two front counters are open 24 hours a day since 3 March 2026/],
    ['can i go to a police station at 3am near SE13', /^The nearest front counter open at 03:00 .* to SE13 is \*\*Lewisham Police Station\*\*/],
    ['can i walk into brixton police station at 3am', /\*\*Brixton Police Station\*\*/],
  ] as const) {
    it(`control: ${say}`, async () => expect(await ask(say)).to.match(pattern));
  }

  it('danger control: someone is breaking in, can i go to a police station at 3am', async () => {
    const say = 'someone is breaking in, can i go to a police station at 3am';
    expect999First(await new Conversation('webchat', FRIDAY).say(say), say);
  });
});
