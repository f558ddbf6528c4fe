/**
 * A year said alone right after London's count now ("how many counters are there now", then "and in 2017?", "what about
 * 2020", "and back in 2017?"): London's count that year against the count now just given (was: "Sorry, I can't help with
 * that", or "Which police station do you mean?"). Controls: a borough said next is that borough's counters; "why?" the
 * reasons; after a count of a past year, another year is that year's count; after the boroughs with none, a year alone
 * is not taken as London's count.
 */
import { DateTime } from 'luxon';
import { itAnswersLast } from './harness';

const FRIDAY = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });
const THEN_2017 = /^London had 73 front counters open on 1 July 2017 \(the middle of 2017\); 27 are open now \(4 December 2026\): 46 fewer\.$/;
const THEN_2020 = /^London had 37 front counters open on 1 July 2020 \(the middle of 2020\); 27 are open now \(4 December 2026\): ten fewer\.$/;

describe("a time gone by after London's count now, said many ways", function () {
  this.timeout(60_000);
  itAnswersLast(
    [
      [['how many counters are there now', 'and in 2017?'], THEN_2017],
      [['how many police stations are left', 'what about 2020'], THEN_2020],
      [['how many police stations are left in london', 'and back in 2017?'], THEN_2017],
      [['how many front counters does london have', 'how about in 2020'], THEN_2020],
      [['how many stations r left', '2017?'], THEN_2017],
      [['how many counters are there now', 'and in twenty seventeen?'], THEN_2017],
    ],
    FRIDAY,
  );

  describe('controls', () => {
    itAnswersLast(
      [
        [['how many counters did london have in 2017', 'and in 2020?'], /^As of 1 July 2020 \(the middle of 2020\), 37 front counters were open in London/],
        [['how many counters did london have in 2017', 'and now?'], THEN_2017],
        [['how many counters are there now', 'and in lambeth?'], /^Lambeth has one police front counter/],
        [['how many counters are there now', 'why?'], /^Front counters were closed to save money/],
        [['which boroughs have no counter', 'and in 2017?'], /^(?!London had)/],
      ],
      FRIDAY,
    );
  });
});
