/**
 * "Why did it close?" of a named counter, asked many ways ("why", "how come", "the reason", a place named for its
 * station): the reply's text, not only its card, gives the first reason recorded for the plan that closed it, read
 * from the data (resident-facts §5, by the plan's era), after the closure itself. A counter that is open has no
 * reasons to give.
 */
import { expect } from 'chai';
import { Conversation, firstLineOf } from './harness';

const PLAN_2025 = /The reasons given for the 2025 front counter review \(Met\): a £260m funding gap/;
const PLAN_2017 = /The reasons given for the 2017 Public Access Strategy \(MOPAC\): the Met's budget had been cut by £600m since 2010/;
const PLAN_2013 = /The reasons given for the 2013 Police and Crime Plan \(MOPAC\): the Met faced a budget gap of about £500m/;

const CASES: [string, RegExp, RegExp][] = [
  ['why did wimbledon close', /^The front counter at \*\*Wimbledon Police Station\*\* closed on 28 February 2026/, PLAN_2025],
  ['how come chingford shut', /^The front counter at \*\*Chingford Police Station\*\* closed on 28 February 2026/, PLAN_2025],
  ["what's the reason harrow police station closed?", /^The front counter at \*\*Harrow Police Station/, PLAN_2025],
  ['why did they shut the counter at twickenham', /^The front counter at \*\*Twickenham Police Station\*\* closed on 28 February 2026/, PLAN_2025],
  ['Why was Peckham police station closed down?', /^The front counter at \*\*Peckham Police Station\*\* closed on 14 December 2017/, PLAN_2017],
  ['why did woodford shut', /^The front counter at \*\*Woodford Police Station\*\* closed in 2013/, PLAN_2013],
];

describe('why a named counter closed: the first reason in the text, after the closure', function () {
  this.timeout(30_000);
  for (const [say, first, reason] of CASES) {
    it(say, async () => {
      const text = await new Conversation().askText(say);
      expect(firstLineOf(text)).to.match(first);
      expect(text.split('\n\n')[1], 'the line after the headline').to.match(reason);
    });
  }

  it('an open counter has no reasons for a closure', async () => {
    const text = await new Conversation().askText('why is brixton open');
    expect(text).to.not.match(/The reasons given/);
  });
});
