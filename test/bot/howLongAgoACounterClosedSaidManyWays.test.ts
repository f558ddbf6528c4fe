/**
 * How long ago a counter closed ("how long ago did wimbledon close", "how many years since chingford closed", "how long
 * has harrow been closed", "when did barking close" then "how long ago"): how long before today leads, then the date
 * and the plan ("Nine months ago: the front counter at Wimbledon Police Station closed on 28 February 2026 ..."; was:
 * the date alone, the same answer again for the follow-up). A month only is "about", a date known only "by" is "at
 * least". Controls: a counter never closed says so; one that closed and reopened says so; "when did wimbledon close"
 * keeps the date first.
 */
import { DateTime } from 'luxon';
import { itAnswersFirst, itAnswersLast } from './harness';

const FRIDAY = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });

describe('how long ago a counter closed, said many ways', function () {
  this.timeout(60_000);
  itAnswersFirst(
    [
      ['how long ago did wimbledon close', /^Nine months ago: the front counter at \*\*Wimbledon Police Station\*\* closed on 28 February 2026/],
      ['how many years since chingford closed', /^Nine months ago: the front counter at \*\*Chingford Police Station\*\* closed on 28 February 2026/],
      ['how long has harrow been closed', /^Nine months ago: the front counter at \*\*Harrow Police Station \(South Harrow\)\*\* closed on 28 February 2026/],
      ['how long ago did addington close', /^About nine years ago: the front counter at \*\*Addington Police Station\*\* closed in July 2017/],
      ['how long has the wood green one been shut', /^Eight years and 11 months ago: the front counter at \*\*Wood Green police front counter \(Fishmongers Arms\)\*\* closed on 14 December 2017/],
    ],
    { understood: true, now: FRIDAY },
  );
  itAnswersLast(
    [
      [['when did barking close', 'how long ago'], /^Nine months ago: the front counter at \*\*Barking Learning Centre police front counter\*\* closed on 28 February 2026/],
      [['when did marlowe house close', 'how long ago was that'], /^At least one year and three months ago: the front counter at \*\*Marlowe House \(Sidcup\) police front counter\*\* closed by 6 August 2025/],
    ],
    FRIDAY,
  );

  describe('controls', () => {
    itAnswersFirst(
      [
        ['how long ago did brixton close', /^The front counter at \*\*Brixton Police Station\*\* has not closed/],
        ['how long ago did hammersmith close', /^The front counter at \*\*Hammersmith Police Station\*\* has not closed for good/],
        ['when did wimbledon close', /^The front counter at \*\*Wimbledon Police Station\*\* closed on 28 February 2026/],
      ],
      { now: FRIDAY },
    );
  });
});
