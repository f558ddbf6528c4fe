/**
 * A year gone by said alone after London's list of open counters ("whats open on sunday", "which stations are open
 * now", then "and in 2019?", "what about 2017", "how about back in 2018", "2019?"): London's counters open then, as
 * "which stations were open in 2019" answers (was "Sorry, I can't help with that"). Controls: after a part's list the
 * part's counters then; after a counter, that counter then; before July 2017 the sources cannot say; danger leads with 999.
 */
import { DateTime } from 'luxon';
import { it999FirstAsControls } from './call999First';
import { itAnswersFirst, itAnswersLast } from './harness';

const FRIDAY = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });
const IN_2019 = /^As of 1 July 2019 \(the middle of 2019\), 37 front counters were open in London:/;
const IN_2017 = /^As of 1 July 2017 \(the middle of 2017\), 73 front counters were open in London:/;

describe('a year gone by for London\'s list, said many ways', function () {
  this.timeout(60_000);
  itAnswersLast(
    [
      [['whats open on sunday', 'and in 2019?'], IN_2019],
      [['which stations are open now', 'what about 2017'], IN_2017],
      [['whats open today', 'how about back in 2019'], IN_2019],
      [['which counters are open tomorrow', '2019?'], IN_2019],
      [['list all open stations', 'and 2017'], IN_2017],
    ],
    FRIDAY,
  );

  describe('controls', () => {
    itAnswersFirst([['which stations were open in 2019', IN_2019]], { now: FRIDAY });
    itAnswersLast(
      [
        [['list counters in east london', 'and in 2019?'], /^As of 1 July 2019 \(the middle of 2019\), nine front counters were open in East London:/],
        [['is brixton open now?', 'and in 2019?'], /^Yes\. In 2019, the front counter at \*\*Brixton Police Station\*\* was open 24 hours a day\./],
        [['whats open on sunday', '2015?'], /^My sources cannot say how many front counters London had on 1 July 2015/],
      ],
      FRIDAY,
    );
    it999FirstAsControls(['and in 2019? someone is kicking my door in'], FRIDAY);
  });
});
