/**
 * "Why?" after a closure asked of a counter that closed and reopened ("when did hammersmith close" then "why?", "why
 * did it close", "how come?"): why it closed then, from the data's record, never "it is open, so there is no reason to
 * give". Controls: a counter that never closed keeps "no reason to give"; one closed for good keeps its reason; danger
 * told instead still leads with 999.
 */
import { expect } from 'chai';
import { DateTime } from 'luxon';
import { expect999First } from './call999First';
import { Conversation, firstLineAfter } from './harness';

const FRIDAY = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });
const HAMMERSMITH_WHY = /^The front counter at \*\*Hammersmith Police Station\*\* closed on 8 October 2016; my sources record: 24-hour front desk closed for a £59m redevelopment/;

const afterwards = (first: string, then: string) => firstLineAfter(first, then, FRIDAY);

describe('why it closed, after it reopened, said many ways', () => {
  for (const [first, then, pattern] of [
    ['when did hammersmith close', 'why?', HAMMERSMITH_WHY],
    ['when did hammersmith close', 'why did it close', HAMMERSMITH_WHY],
    ['when did hammersmith police station shut', 'how come?', HAMMERSMITH_WHY],
    ['did hammersmith ever close', 'why was that', HAMMERSMITH_WHY],
    ['when did hammersmith close', 'but why', HAMMERSMITH_WHY],
    ['hammersmith closure date', 'why did they close it', HAMMERSMITH_WHY],
    // Controls.
    ['when did brixton close', 'why?', /^The front counter at \*\*Brixton Police Station\*\* is open, and no closure of it is planned/],
    ['did brixton ever close', 'why?', /^The front counter at \*\*Brixton Police Station\*\* is open, and no closure of it is planned/],
    ['when did kensington close', 'why?', /^The front counter at \*\*Kensington Police Station\*\* closed on 28 February 2026 under the 2025 front counter review \(Met\); the reason given/],
  ] as const) {
    it(`${first} / ${then}`, async () => expect(await afterwards(first, then)).to.match(pattern));
  }

  it('danger control: when did hammersmith close / why? hes outside with a knife', async () => {
    const talk = new Conversation('webchat', FRIDAY);
    await talk.askText('when did hammersmith close');
    expect999First(await talk.say("why? he's outside with a knife"), 'why? he is outside with a knife');
  });
});
