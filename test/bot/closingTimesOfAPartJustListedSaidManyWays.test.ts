/**
 * When the counters of a part of London close, asked of that part's list just given ("list counters in east london",
 * then "are any of them open late", "which of them close latest", "do any of those close before 8 on sunday") or with
 * the part named ("which counters close last in west london"): that part's counters, the part said first (was London's
 * 27, Lewisham and Charing Cross first). Controls: after London's list, and asked with no list, London's; a part with
 * no 24-hour counter says "all six", not "the other six"; danger leads with 999.
 */
import { DateTime } from 'luxon';
import { it999FirstAsControls } from './call999First';
import { itAnswersFirst, itAnswersLast } from './harness';

const FRIDAY = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });
const LONDONS = /^\*\*Lewisham\*\* and \*\*Charing Cross\*\* are open 24 hours a day; the other 25 all close at 22:00 today \(Friday\)\./;

describe('closing times of a part just listed, said many ways', function () {
  this.timeout(60_000);
  itAnswersLast(
    [
      [['list counters in east london', 'are any of them open late'], /^In East London, all six close at 22:00 today \(Friday\)\.$/],
      [['list counters in east london', 'r any of em open late?'], /^In East London, all six close at 22:00 today \(Friday\)\.$/],
      [['list counters in south london', 'which of them close latest'], /^In South London, \*\*Lewisham\*\* is open 24 hours a day; the other seven all close at 22:00 today \(Friday\)\.$/],
      [['whats open in north london', 'do any of those close before 8 on sunday'], /^In North London, six front counters close before 20:00 on Sunday, at 19:00\./],
      [['list counters in east london', 'which of them close in the next hour'], /^In East London, no front counter closes in the next hour \(by 15:00\)\./],
    ],
    FRIDAY,
  );
  itAnswersFirst([['which counters close last in west london', /^In West London, all six close at 22:00 today \(Friday\)\./]], { understood: true, now: FRIDAY });

  describe('controls', () => {
    itAnswersLast([[['whats open', 'are any of them open late'], LONDONS]], FRIDAY);
    itAnswersFirst([['which close latest', LONDONS]], { now: FRIDAY });
    it999FirstAsControls(['are any of them open late my neighbour is being stabbed'], FRIDAY);
  });
});
