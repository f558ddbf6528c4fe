/**
 * Follow-ups on a list of the counters open in London or a part of it, asked of that list: "are any of them 24 hours",
 * "which of those are open 24/7", "any 24hr ones?" (that part's 24-hour counters), "how many is that", "how many?",
 * "which ones?" (the list again, which gives its count first), and "and tomorrow?", "what about sunday" (that part's
 * list then). Before, the open lists were not kept as a list: the 24-hour and count follow-ups were out of scope ("Sorry,
 * I can't help with that") and another day gave London's list, not the part's. Controls: "whats open on sunday" then
 * "croydon" is still the counter at Croydon; another part named is that part; London's list then "which of them are 24
 * hours" is London's two; small talk between keeps the list; danger leads with 999.
 */
import { DateTime } from 'luxon';
import { itAnswersLast } from './harness';

const FRIDAY = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });
const EAST = 'list counters in east london';
const SOUTH = 'list every counter in south london';

describe('follow-ups on the open counters of a part of London, said many ways', function () {
  this.timeout(60_000);
  itAnswersLast(
    [
      [[EAST, 'are any of them 24 hours'], /^No front counter in East London is open 24 hours a day, as far as my sources show\./],
      [[SOUTH, 'are any of them 24 hours'], /^In South London, one front counter is open 24 hours a day: \*\*Lewisham\*\*\./],
      [[SOUTH, 'which of those are open 24/7'], /^In South London, one front counter is open 24 hours a day: \*\*Lewisham\*\*\./],
      [['list counters in north london', 'any 24hr ones?'], /^No front counter in North London is open 24 hours a day/],
      [['which stations are open now', 'which of them are 24 hours'], /^Only two front counters are open 24 hours a day since 3 March 2026: \*\*Lewisham\*\* and \*\*Charing Cross\*\*\./],
      [[EAST, 'how many is that'], /^Six police front counters are open in East London:/],
      [[EAST, 'how many?'], /^Six police front counters are open in East London:/],
      [[EAST, 'which ones?'], /^Six police front counters are open in East London:/],
      [[EAST, 'thanks', 'how many is that'], /^Six police front counters are open in East London:/],
      [[EAST, 'and tomorrow?'], /^Six police front counters are open in East London tomorrow:/],
      [[EAST, 'what about sunday'], /^Six police front counters are open in East London on Sunday:/],
      [[SOUTH, 'and on sunday evening'], /^Eight police front counters are open in South London on Sunday evening:/],
    ],
    FRIDAY,
  );

  describe('controls', () => {
    itAnswersLast(
      [
        [['whats open on sunday', 'croydon'], /^The front counter at \*\*Croydon Police Station\*\* is open/],
        [[EAST, 'and in south london?'], /^Eight police front counters are open in South London:/],
        [['which stations are open now', 'and at 9pm?'], /^27 police front counters are open in London at 9pm today/],
        [['which stations are open now', 'which ones were in south london'], /^Eight police front counters are open in South London now:/],
        [[EAST, 'is ilford one of them'], /^Yes: \*\*Ilford\*\* is among them/],
        [['all the 24 hour ones', 'any in south london?'], /^In South London, one front counter is open 24 hours a day: \*\*Lewisham\*\*\./],
        [[EAST, 'are any of them 24 hours? someone is breaking in right now'], /^\*\*Call 999 now/],
      ],
      FRIDAY,
    );
  });
});
