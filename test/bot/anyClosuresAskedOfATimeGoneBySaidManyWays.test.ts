/**
 * "any closures" asked of a time begun by today ("any closures in 2019?", "any closures this year", "any closures in
 * 2018"): the closures then (was: "No more front counter closures are decided or proposed", as if asked of the future).
 * Controls: a year to come, "any more closures coming", "any closures planned this year" keep the closures ahead.
 */
import { DateTime } from 'luxon';
import { itAnswersFirst } from './harness';

const FRIDAY = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });
const AHEAD = /^No (?:more front counter closures are|front counter closure in 2027 is) decided or proposed/;

describe('any closures asked of a time gone by, said many ways', function () {
  this.timeout(60_000);
  itAnswersFirst(
    [
      ['any closures in 2019?', /^No front counter closed in 2019, as far as my sources show\./],
      ['any closures this year', /^Ten front counters closed on 28 February 2026/],
      ['any closures in 2020', /^Seven front counters closed in 2020/],
      // The year itself, as "how many closed in 2018" counts it (the round of December 2017 reached into it with Holborn alone).
      ['any station closures in 2018?', /^One front counter closed in January 2018 under the 2017 Public Access Strategy \(MOPAC\): Holborn\./],
      ['any police station closures in 2022', /^No front counter closed in 2022/],
    ],
    { understood: true, now: FRIDAY },
  );

  describe('controls', () => {
    itAnswersFirst(
      [
        ['any closures in 2027?', AHEAD],
        ['any more closures coming', AHEAD],
        ['any closures planned this year', AHEAD],
      ],
      { now: FRIDAY },
    );
  });
});
