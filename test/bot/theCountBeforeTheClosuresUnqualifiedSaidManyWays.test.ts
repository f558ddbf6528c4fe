/**
 * London's count "before the closures" with no round named ("how many front counters were there before the closures",
 * "how many counters before the cuts", "how many stations did the met have before they shut them"), first or after the
 * count now ("and before the closures?"): the unqualified closures may be the 2017 round or the 2026 one, so both counts,
 * each the day before its round: 73 before December 2017, 37 before February 2026 (was: 37 alone, as of 27 February
 * 2026). Controls: a round named ("the 2017 closures", "the recent closures", "the closures in 2026") keeps its one
 * count, as do "the changes" (of hours, March 2026) and the 24-hour counters; "after the closures" is the count now; the other follow-ups of the count now keep their answers.
 */
import { DateTime } from 'luxon';
import { itAnswersFirst, itAnswersLast } from './harness';

const FRIDAY = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });
const BOTH = /^London had 73 front counters open before the December 2017 closures \(on 13 December 2017\) and 37 before the February 2026 closures \(on 27 February 2026\): 36 fewer in February 2026\.$/;

describe('the count before the closures, no round named, said many ways', function () {
  this.timeout(60_000);
  itAnswersFirst(
    [
      ['how many front counters were there before the closures', BOTH],
      ['how many police stations were there before the closures', BOTH],
      ['how many counters before the cuts', BOTH],
      ['how many police stations did london have before all the closures', BOTH],
      ['how many stations did the met have before they shut them', BOTH],
      ['how many counters before closures', BOTH],
      ['how many counters did london have before they shut some', BOTH],
    ],
    { understood: true, now: FRIDAY },
  );
  itAnswersLast(
    [
      [['how many counters are there now', 'and before the closures?'], BOTH],
      [['how many counters are there now', 'what about before the cuts'], BOTH],
      [['how many front desks left', 'how many before they closed them'], BOTH],
      [['how many police stations r there', 'how many were there before they closed them'], BOTH],
    ],
    FRIDAY,
  );

  describe('controls', () => {
    itAnswersFirst(
      [
        ['how many counters were there before the 2017 closures', /^As of 13 December 2017, 73 front counters were open in London/],
        ['how many counters were there before the recent closures', /^As of 27 February 2026, 37 front counters were open in London/],
        ['how many counters before the closures in 2026', /^As of 27 February 2026, 37 front counters were open in London/],
        // "The changes" (of hours, March 2026) and the 24-hour counters point to the latest round alone.
        ['how many were there before the changes', /^As of 27 February 2026, 37 front counters were open in London/],
        ['how many 24 hour counters were there before the closures', /^As of 27 February 2026, 32 front counters were open 24 hours a day/],
        ['how many counters were there after the closures', /^27 front counters are open in London now/],
        ['were there more stations before the closures', /^Yes: London had 73 front counters open on 1 July 2017; 27 are open now/],
      ],
      { now: FRIDAY },
    );
    itAnswersLast(
      [
        [['how many counters are there now', 'why?'], /^Front counters were closed to save money/],
        [['how many counters are there now', 'and in lambeth?'], /^Lambeth has one police front counter: \*\*Brixton Police Station\*\*/],
      ],
      FRIDAY,
    );
  });
});
