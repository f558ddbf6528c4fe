/**
 * The counters open 24 hours before, no date said ("which were 24 hours before", "what was 24/7 before?"), first or after
 * the 24-hour counters now ("which were before?", "and before the changes?", "before?"): those open round the clock the
 * day before the latest round of closures (the data's events say which and when), not today's two. Controls: the 24-hour
 * counters now; a year said is that year's; a counter named is its own history; danger leads with 999.
 */
import { DateTime } from 'luxon';
import { it999FirstAsControls } from './call999First';
import { itAnswersFirst, itAnswersLast } from './harness';

const FRIDAY = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });
const BEFORE = /^As of 27 February 2026, 32 front counters were open 24 hours a day:/;
const NOW = /^Only two front counters are open 24 hours a day since 3 March 2026: \*\*Lewisham\*\* and \*\*Charing Cross\*\*\./;

describe('the 24-hour counters before, said many ways', function () {
  this.timeout(60_000);
  itAnswersFirst(
    [
      ['which were 24 hours before', BEFORE],
      ['what was 24/7 before?', BEFORE],
      ['which were open 24hrs before', BEFORE],
      ['any were 24 hour before?', BEFORE],
    ],
    { understood: true, now: FRIDAY },
  );
  itAnswersLast(
    [
      [['which are open 24 hours', 'which were before?'], BEFORE],
      [['which are open 24 hours', 'and before the changes?'], BEFORE],
      [['which are open 24 hours', 'before?'], BEFORE],
      [['any 24/7 stations', 'what about previously'], BEFORE],
      [['any 24 hour stations in south london', 'what about before'], /^As of 27 February 2026, nine front counters in South London were open 24 hours a day:/],
    ],
    FRIDAY,
  );

  describe('controls', () => {
    itAnswersFirst(
      [
        ['which are open 24 hours', NOW],
        ['which were 24 hours in 2019', /^As of 1 July 2019 \(the middle of 2019\), 32 front counters were open 24 hours a day:/],
      ],
      { now: FRIDAY },
    );
    itAnswersLast([[['which were 24 hours before', 'and now?'], /^London had at least 32 front counters open 24 hours a day on 27 February 2026; two are now/]], FRIDAY);
    it999FirstAsControls(['which were 24 hours before, a man is attacking my neighbour'], FRIDAY);
  });
});
