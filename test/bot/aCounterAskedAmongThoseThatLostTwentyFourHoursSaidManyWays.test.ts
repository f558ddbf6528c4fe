/**
 * A counter asked of among those just named as losing their 24-hour opening ("which stations lost 24 hours in march
 * 2026", then "is brixton one of them", "was lewisham on that list", "croydon included?", "the second one"): yes or no
 * first that it is among them, then what it is now; by order, the counter in that place of the list. Before: the counter's
 * state alone, with no yes or no, and "the second one" not read. Controls: "is brixton open" after the list is still
 * whether it is open now; danger leads with 999.
 */
import { DateTime } from 'luxon';
import { itAnswersLast } from './harness';

const FRIDAY = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });
const LOST = 'which stations lost 24 hours in march 2026';

describe('a counter asked among those that lost 24 hours, said many ways: yes or no first', function () {
  this.timeout(60_000);
  itAnswersLast(
    [
      [[LOST, 'is brixton one of them'], /^Yes: \*\*Brixton\*\* is among them; the front counter at \*\*Brixton Police Station\*\* is open/],
      [[LOST, 'was lewisham on that list'], /^No: \*\*Lewisham\*\* is not among them; the front counter at \*\*Lewisham Police Station\*\* is open 24 hours a day/],
      [['which counters stopped being 24 hours', 'is walworth one of those'], /^Yes: \*\*Walworth\*\* is among them/],
      [['which ones stopped opening 24/7', 'croydon included?'], /^Yes: \*\*Croydon\*\* is among them/],
      [[LOST, 'charing cross included?'], /^No: \*\*Charing Cross\*\* is not among them/],
      [[LOST, 'the second one'], /^The front counter at \*\*Colindale Police Station\*\* is open/],
    ],
    FRIDAY,
  );

  describe('controls', () => {
    itAnswersLast(
      [
        [[LOST, 'is brixton open'], /^Yes, \*\*Brixton Police Station\*\* is open now, until 22:00/],
        [[LOST, 'is brixton one of them? a man is following me with a knife'], /^\*\*Call 999 now/],
      ],
      FRIDAY,
    );
  });
});
