/**
 * A year gone by said alone as a follow-up ("and in 2019?", "what about back in 2018", "same question for 2018", "2019?"):
 * after a counter's state or hours, that counter then (was it open, and how); after the counters open in London or a part
 * of it now, those open then, listed; "in 2019 were any of them 24 hours" after a part's list, that part's 24-hour
 * counters then. Controls: another day said is still that day's hours; a year with a counter named is that counter
 * then; the 24-hour list followed by a year is that list then; danger leads with 999.
 */
import { DateTime } from 'luxon';
import { it999FirstAsControls } from './call999First';
import { itAnswersLast } from './harness';

const FRIDAY = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });

describe('a year gone by as a follow-up, said many ways', function () {
  this.timeout(60_000);
  itAnswersLast(
    [
      [['is ilford open', 'and in 2019?'], /^Yes\. In 2019, the front counter at \*\*Ilford Police Station\*\* was open 24 hours a day\./],
      [['is brixton open now?', '2019?'], /^Yes\. In 2019, the front counter at \*\*Brixton Police Station\*\* was open 24 hours a day\./],
      [['is ilford open', 'what about back in 2018'], /^In 2018, the front counter at \*\*Ilford Police Station\*\* was open 24 hours a day\./],
      [['is croydon open now', 'same question for 2018'], /^(?:Yes\. )?In 2018, the front counter at \*\*Croydon Police Station\*\* was open/],
      [['is walworth open 24 hours', 'and in 2019?'], /^Yes\. In 2019, the front counter at \*\*Walworth Police Station\*\* was open 24 hours a day\./],
      [['hours of brixton', 'how about march 2020 then'], /^In March 2020, the front counter at \*\*Brixton Police Station\*\* was open 24 hours a day\./],
      [['opening hours of lewisham', 'what about 2016'], /^I don't know whether the front counter at \*\*Lewisham Police Station\*\* was open then \(in 2016\): my sources before July 2017 cover only some counters\./],
      [['list counters in east london', 'and in 2019?'], /^As of 1 July 2019 \(the middle of 2019\), nine front counters were open in East London:/],
      [['which counters are open now', 'what about in 2018'], /^As of 1 July 2018 \(the middle of 2018\), 37 front counters were open in London:/],
      [['whats open in west london', 'and back in 2019?'], /^As of 1 July 2019 \(the middle of 2019\), 11 front counters were open in West London:/],
      [['list counters in east london', 'in 2019 were any of them 24 hours'], /^As of 1 July 2019 \(the middle of 2019\), seven front counters in East London were open 24 hours a day:/],
    ],
    FRIDAY,
  );

  describe('controls', () => {
    itAnswersLast(
      [
        [['is brixton open now?', 'and on sunday?'], /^Yes, \*\*Brixton Police Station\*\* is open on Sunday 6 December, 09:00–19:00\./],
        [['is brixton open now?', 'was walworth open in 2019'], /^Yes\. In 2019, the front counter at \*\*Walworth Police Station\*\* was open 24 hours a day\./],
        [['which are 24 hours', 'and in 2019?'], /^As of 1 July 2019 \(the middle of 2019\), 32 front counters were open 24 hours a day:/],
        [['list counters in east london', 'are any of them 24 hours'], /^No front counter in East London is open 24 hours a day/],
      ],
      FRIDAY,
    );
    it999FirstAsControls(['and in 2019? someone is kicking my door in right now'], FRIDAY);
  });
});
