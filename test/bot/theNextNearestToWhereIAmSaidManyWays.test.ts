/**
 * "and the next nearest?" just after the nearest counter to where the resident is (a postcode, an area): the next one is
 * measured from there, not from the counter just given. A counter asked about ("is brixton open now", then "what about
 * the other one") and somewhere else instead of a counter ("instead of woodford", then "and another?") keep measuring
 * from that counter or place.
 */
import { DateTime } from 'luxon';
import { itAnswersLast } from './harness';

/** Friday 4 December 2026, 14:00 in London. */
const FRIDAY_AFTERNOON = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });

const TURNS: [string[], RegExp][] = [
  [['nearest to SE17 1RT', 'and the next nearest?'], /^The next nearest front counter open now to SE17 1RT is \*\*Charing Cross Police Station\*\*/],
  [['nearest to SE17 1RT', 'and the next nearest?', 'and another?'], /^The next nearest front counter open now to SE17 1RT is \*\*Brixton Police Station\*\*/],
  [['nearest station to E17 4PP', 'whats the next one?'], /^The next nearest front counter open now to E17 4PP is \*\*Edmonton Police Station\*\*/],
  [['nearest police station to SE17 1RT', 'what about the next closest'], /to SE17 1RT is \*\*Charing Cross Police Station\*\*/],
  [['closest front counter to E17 4PP', 'and another one?'], /to E17 4PP is \*\*Edmonton Police Station\*\*/],
  [['im in SE17 1RT, wheres the nearest desk', 'next nearest?'], /to SE17 1RT is \*\*Charing Cross Police Station\*\*/],
  // Controls: a counter asked about, somewhere else instead of a counter.
  [['is brixton open now', 'what about the other one'], /^The nearest front counter open now to Brixton is \*\*Walworth Police Station\*\*/],
  [['where do i go instead of woodford', 'and another?'], /^The next nearest front counter open now to Woodford is \*\*Edmonton Police Station\*\*/],
];

describe('the next nearest to where the resident is: measured from there', function () {
  this.timeout(30_000);
  itAnswersLast(TURNS, FRIDAY_AFTERNOON);
});
