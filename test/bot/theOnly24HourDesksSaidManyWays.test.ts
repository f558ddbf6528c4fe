/**
 * "Are Charing Cross and Lewisham the only 24-hour ones?": whether those named are all the counters open round the
 * clock, answered with all of them (it read the first one named and gave its hours). A counter's own hours asked
 * ("is lewisham 24 hours") and the 24-hour desks but one keep their answers.
 */
import { itAnswersFirst } from './harness';

const ALL_24 = /^Only two front counters are open 24 hours a day since 3 March 2026: \*\*Lewisham\*\* and \*\*Charing Cross\*\*\./;

describe('the only 24-hour desks, asked of those named', () => {
  itAnswersFirst(
    [
      ['are charing cross and lewisham the only 24 hour ones', ALL_24],
      ['is lewisham the only police station open all night', ALL_24],
      ['are they the only ones open 24/7?', ALL_24],
      ['so charing cross is the only 24hr station?', ALL_24],
      ['r lewisham n charing x the only 24 hour stations now', ALL_24],
    ],
    { understood: true },
  );
  describe('controls', () => {
    itAnswersFirst([
      ['is lewisham 24 hours', /^Yes, \*\*Lewisham Police Station\*\* is open 24 hours a day/],
      ['is brixton the only station in lambeth', /Brixton/],
    ]);
  });
});
