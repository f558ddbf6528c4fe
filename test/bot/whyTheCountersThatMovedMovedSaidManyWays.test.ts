/**
 * Why the counters just listed as moved went elsewhere ("which stations have moved", then "why?", "why did they move",
 * "what was the reason for those moves"): each move's own reason from its rows (a stand-in while another counter was
 * refurbished, a fire, a relocation), not the closure plans' reasons (was "Front counters were closed to save money",
 * or "Which police station do you mean?"). Controls: "why?" after the closures of a year is still that plan's reasons;
 * "when?" after the moves still their dates; a counter named after the moves is that counter; danger leads with 999.
 */
import { expect } from 'chai';
import { DateTime } from 'luxon';
import { Conversation, itAnswersLast } from './harness';

const FRIDAY = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });
const ALL_NINE = /^Each of the nine moves my sources record had its own reason, not one closure plan's/;

describe('why the counters that moved moved, said many ways', function () {
  this.timeout(60_000);
  itAnswersLast(
    [
      [['which stations have moved', 'why'], ALL_NINE],
      [['which stations have moved', 'why?'], ALL_NINE],
      [['did any police stations relocate', 'why did they move'], ALL_NINE],
      [['did any counters move rather than close', 'what was the reason for those moves'], ALL_NINE],
      [['have any police stations relocated', 'ok but why were they moved'], ALL_NINE],
      [['which counters moved', 'how come they moved'], ALL_NINE],
      [['which counters moved', 'what made them move'], ALL_NINE],
      [['which counters moved in 2020', 'why'], /^Each of the three moves my sources record in 2020 had its own reason/],
      [['which counters moved in 2024', 'whats the reason for the move'], /^It moved for the reason my sources record in 2024: \*\*Forest Gate\*\* to \*\*Stratford\*\*, on 6 March 2024: fire destroyed roof/],
    ],
    FRIDAY,
  );

  it('each move says why in its own rows, the data cross-reference left out, sources cited', async () => {
    const c = new Conversation('webchat', FRIDAY);
    await c.ask('which stations have moved');
    const text = await c.ask('why did they move');
    expect(text).to.match(/\*\*Shoreditch\*\* to \*\*Bethnal Green\*\*[^\n]*: temporary front counter for Tower Hamlets while Bethnal Green was refurbished/);
    expect(text).to.match(/\*\*Uxbridge \(Hillingdon\)\*\* to \*\*Hayes\*\*[^\n]*; under the 2017 Public Access Strategy/);
    expect(text).to.match(/\*\*Paddington Green\*\* to \*\*Church Street\*\*[^\n]*: MOPAC PCD 155 approved permanent relocation/);
    expect(text).to.not.match(/superseded-by/);
    expect(text).to.not.match(/closed to save money/);
    expect(text).to.match(/bbc\.co\.uk/);
  });

  describe('controls', () => {
    itAnswersLast(
      [
        [['which counters closed in 2017', 'why'], /^The reasons given for the closures under the \*\*2017 Public Access Strategy \(MOPAC\)\*\*/],
        [['which stations have moved', 'when'], /^The nine moves my sources record run from the first, \*\*Sidcup\*\*/],
        [['which stations have moved', 'why did hammersmith close'], /^The front counter at \*\*Hammersmith Police Station\*\* closed on 8 October 2016/],
        [['which stations have moved', 'is brixton open', 'why'], /^The front counter at \*\*Brixton Police Station\*\* is open, and no closure of it is planned/],
        [['which stations have moved', 'my house is on fire why'], /^\*\*Call 999 now\*\*/],
      ],
      FRIDAY,
    );
  });
});
