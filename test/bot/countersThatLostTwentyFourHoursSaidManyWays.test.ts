/**
 * Which counters lost their 24-hour opening, said many ways through the real bot (as of Thursday 26 November
 * 2026), and the counters a borough lost. "Which counters stopped being 24 hours" listed today's two 24-hour counters, and "which stations lost
 * 24 hour opening in march" said no counter closed in March: both now get when the hours were cut (3 March
 * 2026) and how many counters it took from 24 hours. "How many counters did tower hamlets lose" gave the borough's
 * counter today; it is now the borough's closures. Controls: one counter's own change keeps its answer, the closures
 * of a month are still closures, and losing something of one's own is not a closure. Which counters lost it, or how
 * many, are counted and named first (they were only counted, after the date); when it happened keeps the date first.
 */
import { expect } from 'chai';
import { Conversation, itAnswersFirst } from './harness';

const HOURS_CUT = /^The new hours began on 3 March 2026, under the 2025 front counter review \(Met\): since then only \*\*Lewisham\*\* and \*\*Charing Cross\*\* are open 24 hours a day\./;
/** Which lost it, or how many: counted and named first (the 25 named in the data's order, Dagenham first, Hammersmith last). */
const THOSE_CUT = /^25 front counters lost their 24-hour opening on 3 March 2026, under the 2025 front counter review \(Met\): \*\*Dagenham\*\*, .*\*\*Brixton\*\*, .* and \*\*Hammersmith\*\*\.$/;

const CLOSED_IN = (borough: string, count: string) => new RegExp(`^Since July 2017, ${count} front counters closed in \\*\\*${borough}\\*\\*:`);

describe('counters that lost 24-hour opening, and those a borough lost, said many ways', () => {
  itAnswersFirst(
    [
      ['which counters stopped being 24 hours', THOSE_CUT],
      ['which stations lost 24 hour opening in march', THOSE_CUT],
      ['how many stations lost their 24/7 status', THOSE_CUT],
      ['which ones dropped 24 hour opening', THOSE_CUT],
      ['what police stations stopped being open 24hrs', THOSE_CUT],
      ['which front desks lost the 24 hour service', THOSE_CUT],
      ['which counters lost their 24 hour opening', THOSE_CUT],
      ['name the police stations that stopped opening 24 hours', THOSE_CUT],
      ['what counters lost 24 hour service', THOSE_CUT],
      ['when did they stop 24 hour opening', HOURS_CUT],
      ['what date did the stations stop being 24 hours', HOURS_CUT],
    ],
    { understood: true },
  );
  itAnswersFirst([
    ['when did brixton stop being 24 hours', /^The hours of the front counter at \*\*Brixton Police Station\*\* last changed on 3 March 2026: until then it was open 24 hours a day\./],
    ['which counters closed in february 2026', /^Ten front counters closed on 28 February 2026 under the 2025 front counter review \(Met\)/],
    ['which stations are open 24 hours', /^Only two front counters are open 24 hours a day since 3 March 2026: \*\*Lewisham\*\* and \*\*Charing Cross\*\*\./],
  ]);

  itAnswersFirst(
    [
      ['how many counters did tower hamlets lose', CLOSED_IN('Tower Hamlets', 'two')],
      ['how many police stations has croydon lost', CLOSED_IN('Croydon', 'two')],
      ['which front counters has haringey lost', CLOSED_IN('Haringey', 'two')],
    ],
    { understood: true },
  );
  it('control: losing something of one\'s own is not a closure', async () => {
    const text = await new Conversation().askText('how many times did i lose my wallet');
    expect(text).to.not.match(/front counters? closed/);
  });
});
