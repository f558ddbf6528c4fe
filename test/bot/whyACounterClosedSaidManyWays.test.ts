/**
 * "Why did it close?" of a named counter, asked many ways ("why", "how come", "the reason", a place named for its
 * station): the first sentence answers why, with the first reason recorded for the plan that closed it, read from
 * the data (resident-facts §5, by the plan's era), and the closure's date. A closure with no plan (Forest Gate's)
 * gives its own closing row's words (a fire), with the date. A counter that is open has no reasons to give.
 */
import { expect } from 'chai';
import { Conversation, firstLineOf } from './harness';

const PLAN_2025 = /closed on 28 February 2026 under the 2025 front counter review \(Met\); the reason given: a £260m funding gap/;
const PLAN_2017 = /closed on 14 December 2017 under the 2017 Public Access Strategy \(MOPAC\); the reason given: the Met's budget had been cut by £600m since 2010/;
const PLAN_2013 = /closed in 2013 under the 2013 Police and Crime Plan \(MOPAC\); the reason given: the Met faced a budget gap of about £500m/;

const CASES: [string, string, RegExp][] = [
  ['why did wimbledon close', 'Wimbledon Police Station', PLAN_2025],
  ['how come chingford shut', 'Chingford Police Station', PLAN_2025],
  ["what's the reason harrow police station closed?", 'Harrow Police Station (South Harrow)', PLAN_2025],
  ['why did they shut the counter at twickenham', 'Twickenham Police Station', PLAN_2025],
  ['Why was Peckham police station closed down?', 'Peckham Police Station', PLAN_2017],
  ['why did woodford shut', 'Woodford Police Station', PLAN_2013],
  ['why did Woodford close?', 'Woodford Police Station', PLAN_2013],
  ['WHY DID WOODFORD POLICE STATION CLOSE', 'Woodford Police Station', PLAN_2013],
  ['why did barnet police station close', 'Barnet Police Station', PLAN_2017],
  ['why is kensington closed', 'Kensington Police Station', PLAN_2025],
  ['whyd they close pinner', 'Pinner Police Station (volunteer-run counter)', PLAN_2025],
  // The why after the closing: "when did it close and why".
  ['when did belgravia close and why', 'Belgravia Police Station', PLAN_2017],
  ['when did kensington shut and why?', 'Kensington Police Station', PLAN_2025],
];

const escape = (s: string) => s.replace(/[()]/g, '\\$&');

describe('why a named counter closed: the reason recorded, in the first sentence', function () {
  this.timeout(30_000);
  for (const [say, name, reason] of CASES) {
    it(say, async () => {
      const first = firstLineOf(await new Conversation().askText(say));
      expect(first).to.match(new RegExp(`^The front counter at \\*\\*${escape(name)}\\*\\* `));
      expect(first).to.match(reason);
    });
  }

  for (const say of ['why did forest gate close', 'how come forest gate police station shut']) {
    it(`${say}: its own row's reason, said first, with the date`, async () => {
      const first = firstLineOf(await new Conversation().askText(say));
      expect(first).to.equal('The front counter at **Forest Gate Police Station** closed on 6 March 2024; my sources record: fire destroyed roof; station closed; counter moved to Stratford.');
    });
  }

  it('an open counter has no reasons for a closure', async () => {
    const text = await new Conversation().askText('why is brixton open');
    expect(text).to.not.match(/The reasons given|the reason given/);
  });

  it('danger beside a why still leads with 999', async () => {
    const first = firstLineOf(await new Conversation().askText('someone is breaking into my house right now, why did woodford close'));
    expect(first).to.match(/999/);
  });
});
