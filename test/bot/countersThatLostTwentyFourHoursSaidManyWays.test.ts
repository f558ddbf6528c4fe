/**
 * Which counters lost their 24-hour opening, said many ways through the real bot (as of Thursday 26 November
 * 2026). "Which counters stopped being 24 hours" listed today's two 24-hour counters, and "which stations lost
 * 24 hour opening in march" said no counter closed in March: both now get when the hours were cut (3 March
 * 2026) and how many counters it took from 24 hours. Controls: one counter's own change keeps its answer, and
 * the closures of a month are still closures.
 */
import { itAnswersFirst } from './harness';

const HOURS_CUT = /^The new hours began on 3 March 2026, under the 2025 front counter review \(Met\): since then only \*\*Lewisham\*\* and \*\*Charing Cross\*\* are open 24 hours a day\./;

describe('counters that lost 24-hour opening, said many ways', () => {
  itAnswersFirst(
    [
      ['which counters stopped being 24 hours', HOURS_CUT],
      ['which stations lost 24 hour opening in march', HOURS_CUT],
      ['how many stations lost their 24/7 status', HOURS_CUT],
      ['which ones dropped 24 hour opening', HOURS_CUT],
      ['what police stations stopped being open 24hrs', HOURS_CUT],
      ['which front desks lost the 24 hour service', HOURS_CUT],
    ],
    { understood: true },
  );
  itAnswersFirst([
    ['when did brixton stop being 24 hours', /^The hours of the front counter at \*\*Brixton Police Station\*\* last changed on 3 March 2026: until then it was open 24 hours a day\./],
    ['which counters closed in february 2026', /^Ten front counters closed on 28 February 2026 under the 2025 front counter review \(Met\)/],
    ['which stations are open 24 hours', /^Only two front counters are open 24 hours a day since 3 March 2026: \*\*Lewisham\*\* and \*\*Charing Cross\*\*\./],
  ]);
});
