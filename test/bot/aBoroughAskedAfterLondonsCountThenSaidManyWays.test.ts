/**
 * A borough said as the follow-up to London's counters at a time gone by ("how many counters were there in 2017 compared
 * to now", then "what about croydon", "and in lambeth?", "croydon?"): the same asked of that borough (its count then against
 * now, against the other year, its count then, or its 24-hour counters then), not its counter's hours today. Controls: a
 * counter named after it, or a question of the borough's counter now, keeps its own answer; "and now?" and "and in 2019?"
 * after London's count stay London's; danger leads with 999.
 */
import { DateTime } from 'luxon';
import { itAnswersLast } from './harness';

const FRIDAY = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });
const THEN_NOW = 'how many counters were there in 2017 compared to now';

describe('a borough asked after London\'s count then, said many ways: that borough\'s then', function () {
  this.timeout(60_000);
  itAnswersLast(
    [
      [[THEN_NOW, 'what about croydon'], /^Croydon had two front counters open on 1 July 2017 \(the middle of 2017\); one is open now \(4 December 2026\): one fewer\./],
      [['how many police stations in london 2017 vs now', 'and in lambeth?'], /^Lambeth had three front counters open on 1 July 2017 \(the middle of 2017\); one is open now/],
      [['were there more stations in 2018 than now', 'croydon?'], /^Croydon had one front counter open on 1 July 2018 \(the middle of 2018\); one is open now/],
      [[THEN_NOW, 'how about hackney then'], /^Hackney had \w+ front counters? open on 1 July 2017 \(the middle of 2017\); \w+ (?:is|are) open now/],
      [[THEN_NOW, 'what about croydon in 2019'], /^Croydon had one front counter open on 1 July 2019 \(the middle of 2019\); one is open now/],
      [['how many stations were there in 2017 vs 2019', 'what about hackney'], /^Hackney had two front counters open on 1 July 2017 \(the middle of 2017\) and one on 1 July 2019 \(the middle of 2019\): one fewer in 2019\./],
      [['how many counters did london have in 2020', 'and in westminster'], /^\*\*Westminster\*\* had two police front counters open on 1 July 2020/],
      [['which stations were 24 hours in 2019', 'what about bexley'], /^On 1 July 2019 \(the middle of 2019\), Bexley's 24-hour front counter was \*\*Bexleyheath Police Station\*\*/],
    ],
    FRIDAY,
  );

  describe('controls', () => {
    itAnswersLast(
      [
        [[THEN_NOW, 'what about brixton'], /^The front counter at \*\*Brixton Police Station\*\* is open/],
        [[THEN_NOW, 'is croydon open now'], /^Yes, \*\*Croydon Police Station\*\* is open now/],
        [['how many counters did london have in 2019', 'and now?'], /^London had 37 front counters open on 1 July 2019 \(the middle of 2019\); 27 are open now/],
        [[THEN_NOW, 'and in 2019?'], /^London had 37 front counters open on 1 July 2019 \(the middle of 2019\); 27 are open now/],
        [['is brixton open', 'what about croydon'], /Croydon Police Station/],
        [[THEN_NOW, 'croydon, someone is breaking into my house'], /^\*\*Call 999 now/],
      ],
      FRIDAY,
    );
  });
});
