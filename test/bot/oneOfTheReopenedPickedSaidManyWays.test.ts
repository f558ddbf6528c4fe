/**
 * One of the counters that reopened, picked from their list by its place ("which stations reopened", then "the first
 * one", "the second one?", "the 3rd", "the last one"): when that one reopened, after its closing (was when it last
 * closed, as if it had been asked of alone). Controls: a question asked of the one picked keeps its own answer ("is the
 * first one open"); after a list of closures "the first one" is still its closing; danger leads with 999.
 */
import { it999FirstAsControls } from './call999First';
import { itAnswersLast } from './harness';

const REOPENED = (counter: string, when: string) => new RegExp(`^The front counter at \\*\\*${counter} Police Station\\*\\* reopened ${when}, after closing on 14 December 2017`);

describe('one of the reopened picked, said many ways', function () {
  this.timeout(60_000);
  itAnswersLast([
    [['which stations reopened', 'the first one'], REOPENED('Shoreditch', 'in 2020')],
    [['which stations reopened', 'the second one?'], REOPENED('Teddington', 'on 24 January 2020')],
    [['did any station reopen', 'the 3rd'], REOPENED('Holloway', 'in September 2020')],
    [['which reopened in 2020', 'the first'], REOPENED('Shoreditch', 'in 2020')],
    [['which stations reopened', 'the last one'], REOPENED('Stratford', 'on 7 March 2024')],
    [['what stations have reopened?', '1st one'], REOPENED('Shoreditch', 'in 2020')],
  ]);

  describe('controls', () => {
    itAnswersLast([
      [['which stations reopened', 'is the first one open'], /^No, the front counter at \*\*Shoreditch Police Station\*\* closed around 4 September 2021/],
      [['which stations closed in 2017', 'the first one'], /^The front counter at \*\*Addington Police Station\*\* closed in July 2017\./],
    ]);
    it999FirstAsControls(['the first one someone just punched me']);
  });
});
