/**
 * One counter referred to as "that one" ("that one?", "is that one open on christmas", "what about that one") right
 * after a list of a few counters, none of them picked yet: which one is asked back, the listed counters offered, and the
 * answer given once one is chosen (before: "I can't help with that", or "Which police station? For example Brixton or
 * Ilford", names never listed). "it" and "there" were read so too in round 29a, and taken back: they cost a held-out
 * follow-up ("it" after a list still means the counter discussed before it, or asks which). Controls: "it" after the nearest
 * desk is that desk; "that one?" after one counter is that counter; "the first one" picks the first listed; danger leads
 * with 999.
 */
import { DateTime } from 'luxon';
import { it999FirstAsControls } from './call999First';
import { itAnswersLast } from './harness';

const FRIDAY = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });
const WHICH_OF_THE_TWO = /^Did you mean (?:Lewisham Police Station or Charing Cross Police Station|Charing Cross Police Station or Lewisham Police Station)\?/;

describe('one of the counters just listed, unsaid, said many ways', function () {
  this.timeout(60_000);
  itAnswersLast(
    [
      [['which stations are open 24 hours', 'that one?'], WHICH_OF_THE_TWO],
      [['which stations are open 24 hours', 'is that one open on christmas'], WHICH_OF_THE_TWO],
      [['whats open at 3am', 'what about that one'], WHICH_OF_THE_TWO],
      [['which stations are open 24 hours', 'that one?', 'charing cross'], /^The front counter at \*\*Charing Cross Police Station\*\* is open 24 hours a day/],
      [['which stations are open 24 hours', 'is that one open on sunday', 'lewisham'], /^Yes, \*\*Lewisham Police Station\*\* is open 24 hours on Sunday 6 December/],
    ],
    FRIDAY,
  );

  describe('controls', () => {
    itAnswersLast(
      [
        [['nearest police station to se13', 'is it open on sunday'], /^Yes, \*\*Lewisham Police Station\*\* is open 24 hours on Sunday 6 December/],
        [['is brixton open now', 'that one?'], /^The front counter at \*\*Brixton Police Station\*\* is open/],
        [['which stations are open 24 hours', 'the first one'], /Lewisham/],
        [['which stations are open 24 hours', 'is brixton open on sunday'], /^Yes, \*\*Brixton Police Station\*\* is open on Sunday 6 December/],
      ],
      FRIDAY,
    );
    it999FirstAsControls(['which are open 24 hours, theres a man with a knife outside right now'], FRIDAY);
  });
});
