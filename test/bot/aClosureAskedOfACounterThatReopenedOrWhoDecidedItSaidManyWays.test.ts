/**
 * When a counter closed, asked of one that closed for a while and reopened ("when did hammersmith close?"): the
 * closure and the reopening, not "has not closed"; and who decided a counter's closure ("who decided to close
 * twickenham?"): when it closed and under whose review, decided when. Controls: a counter that never closed, a
 * counter closed for good, who decided the closures in general, a closure ahead asked "who".
 */
import { expect } from 'chai';
import { DateTime } from 'luxon';
import { expect999First } from './call999First';
import { Conversation, firstLineOf } from './harness';

const FRIDAY = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });
const ask = async (say: string) => firstLineOf(await new Conversation('webchat', FRIDAY).askText(say));

describe('a closure asked of a counter that reopened, or who decided it, said many ways', () => {
  for (const [say, pattern] of [
    ['when did hammersmith police station close', /^The front counter at \*\*Hammersmith Police Station\*\* has not closed for good: it closed on 8 October 2016 \(.*\) and reopened on 29 September 2020/],
    ['what date did ilford police station shut', /^The front counter at \*\*Ilford Police Station\*\* has not closed for good: it closed on 2 November 2020 .* and reopened around March 2021/],
    ['When did Stratford police station close?', /^The front counter at \*\*Stratford Police Station\*\* has not closed for good: it closed on 14 December 2017 .* and reopened on 7 March 2024/],
    ['what year did the counter at hammersmith close', /^The front counter at \*\*Hammersmith Police Station\*\* has not closed for good: it closed on 8 October 2016/],
    ['who decided to close twickenham', /^The front counter at \*\*Twickenham Police Station\*\* closed on 28 February 2026 under the 2025 front counter review \(Met\), decided on 15 October 2025\./],
    ['who made the decision to shut chingford police station', /^The front counter at \*\*Chingford Police Station\*\* closed on 28 February 2026 under the 2025 front counter review \(Met\), decided on 15 October 2025\./],
    ['whose decision was it to close wimbledon police', /^The front counter at \*\*Wimbledon Police Station\*\* closed on 28 February 2026 under the 2025 front counter review \(Met\)/],
    ['who closed kensington police station', /^The front counter at \*\*Kensington Police Station\*\* closed on 28 February 2026 under the 2025 front counter review \(Met\)/],
    ['who agreed to shut harrow police station?', /^The front counter at \*\*Harrow Police Station \(South Harrow\)\*\* closed on 28 February 2026 under the 2025 front counter review \(Met\)/],
  ] as const) {
    it(say, async () => expect(await ask(say)).to.match(pattern));
  }

  for (const [say, pattern] of [
    ['when did lewisham police station close', /^The front counter at \*\*Lewisham Police Station\*\* has not closed: it is open/],
    ['who decided to close brixton', /^The front counter at \*\*Brixton Police Station\*\* has not closed: it is open/],
    ['when did holloway police station close', /^The front counter at \*\*Holloway Police Station\*\* closed on 30 November 2020/],
    ['who decided the closures', /^The latest closures, under the 2025 front counter review \(Met\), were decided on 15 October 2025/],
    ['who is closing stratford', /^No closure of the front counter at \*\*Stratford Police Station\*\* has been decided/],
    ['what happened to hammersmith police station', /^The front counter at \*\*Hammersmith Police Station\*\* was closed for a while: it closed on 8 October 2016/],
  ] as const) {
    it(`control: ${say}`, async () => expect(await ask(say)).to.match(pattern));
  }

  it('danger told with it still leads with 999', async () => {
    const say = 'who decided to close twickenham, there is a man with a knife outside my house';
    expect999First(await new Conversation('webchat', FRIDAY).say(say), say);
  });
});
