/**
 * Whether a counter was ever open 24 hours, asked yes or no ("was brixton ever 24 hours?", "did croydon use to be open
 * 24/7?"): Yes first, with when that ended, where the hours before its last change were round the clock; that the
 * sources do not say, where they give no hours then. Controls: when it stopped, which counters used to be, one that
 * never changed, one asked whether it was always so (not the same as ever), one open today asked of now.
 */
import { expect } from 'chai';
import { DateTime } from 'luxon';
import { expect999First } from './call999First';
import { Conversation, firstLineOf } from './harness';

const FRIDAY = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });
const ask = async (say: string) => firstLineOf(await new Conversation('webchat', FRIDAY).askText(say));

describe('whether a counter was ever open 24 hours, said many ways', () => {
  for (const [say, station] of [
    ['was brixton ever open 24 hours', 'Brixton Police Station'],
    ['was walworth ever 24 hour', 'Walworth Police Station'],
    ['did croydon used to be open 24/7', 'Croydon Police Station'],
    ['was ilford police station open all night before', 'Ilford Police Station'],
    ['Did Bethnal Green police station use to be open round the clock?', 'Bethnal Green Police Station'],
    ['was kingston police station 24 hours before', 'Kingston Police Station'],
  ] as const) {
    it(say, async () => expect(await ask(say)).to.match(new RegExp(`^Yes: the front counter at \\*\\*${station}\\*\\* was open 24 hours a day, until its hours changed on 3 March 2026\\.`)));
  }

  it('did wimbledon used to be 24 hours: until it closed', async () => {
    expect(await ask('did wimbledon used to be 24 hours')).to.match(/^Yes: the front counter at \*\*Wimbledon Police Station\*\* was open 24 hours a day, until it closed on 28 February 2026\./);
  });

  it('was holloway police station ever 24 hours: the sources do not say', async () => {
    expect(await ask('was holloway police station ever 24 hours')).to.match(/^My sources don't say whether the front counter at \*\*Holloway Police Station\*\* was ever open 24 hours a day/);
  });

  for (const [say, pattern] of [
    ['when did brixton stop being 24 hours', /^The hours of the front counter at \*\*Brixton Police Station\*\* last changed on 3 March 2026: until then it was open 24 hours a day\./],
    ['which stations used to be 24 hours', /^As of \d+ February 2026, \d+ front counters were open 24 hours a day/],
    ['has lewisham always been 24 hours', /^My sources show no change to the hours of the front counter at \*\*Lewisham Police Station\*\*/],
    ['is brixton open 24 hours', /Brixton Police Station/],
    ['was hammersmith always open 24/7', /^On 2 March 2026, the day before its hours changed \(on 3 March 2026\), the front counter at \*\*Hammersmith Police Station\*\* was open 24 hours a day\./],
  ] as const) {
    it(`control: ${say}`, async () => expect(await ask(say)).to.match(pattern));
  }

  it('danger told with it still leads with 999', async () => {
    const say = 'was brixton ever 24 hours? someone is trying to break in right now';
    expect999First(await new Conversation('webchat', FRIDAY).say(say), say);
  });
});
