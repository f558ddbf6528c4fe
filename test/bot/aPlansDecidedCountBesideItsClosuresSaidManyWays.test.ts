/**
 * Closures of one plan counted or listed, many ways, through the real bot: the closures dated come first, then London's
 * count as the plan decided it, in the data's own words (the plan-wide decision row: "37 counters to close (ES list;
 * MOPAC Q&A says 38)"), since the two differ and the sources disagree. Not where it would only say the count again.
 */
import { expect } from 'chai';
import { Conversation } from './harness';

const DECIDED_2017 = 'For London as a whole, the plan decided on 31 October 2017: 37 counters to close (ES list; MOPAC Q&A says 38).';

describe('a plan\'s closures counted, said many ways: the count dated, then the plan\'s own count as decided', () => {
  for (const [say, first] of [
    ['how many counters closed in 2017', /^36 front counters closed in 2017 under the 2017 Public Access Strategy \(MOPAC\):/],
    ['how many closed under the 2017 strategy', /^36 front counters closed between 14 December 2017 and January 2018 under the 2017 Public Access Strategy \(MOPAC\):/],
    ['how many police stations did sadiq close in 2017', /^36 front counters closed in 2017/],
    ['how many closed in 2018', /^One front counter closed in January 2018 under the 2017 Public Access Strategy \(MOPAC\): Holborn\./],
  ] as const) {
    it(say, async () => {
      const lines = (await new Conversation().askText(say)).split('\n').filter(Boolean);
      expect(lines[0]).to.match(first);
      expect(lines[1]).to.equal(DECIDED_2017);
    });
  }
});

describe('near a plan\'s decided count: not said again where the count is the same, nor for years before the full record', () => {
  for (const say of ['which stations closed in february', 'what closed in 2013']) {
    it(say, async () => {
      expect(await new Conversation().askText(say)).to.not.match(/For London as a whole, the plan decided/);
    });
  }
});
