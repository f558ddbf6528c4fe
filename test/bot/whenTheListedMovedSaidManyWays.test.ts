/**
 * When the counters just listed as moved did so, asked as a follow-up ("which stations have moved", then "when", "when
 * did they move", "what dates", "since when"): the moves again with their dates leading, from the data's events (before:
 * "I can't help with that", or a counter's history asking which counter). Controls: the list itself unchanged; "when"
 * after another list is not the moves; "why?" after the moves is each move's reason (see whyTheCountersThatMovedMovedSaidManyWays), not their dates; "when did walworth close" after
 * the moves is that counter; danger leads with 999.
 */
import { DateTime } from 'luxon';
import { it999FirstAsControls } from './call999First';
import { itAnswersFirst, itAnswersLast } from './harness';

const FRIDAY = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });
const ALL_DATED = /^The nine moves my sources record run from the first, \*\*Sidcup\*\* on 16 March 2012, to the latest, \*\*Paddington Green\*\* by 6 August 2025/;
const IN_2020_DATED = /^They moved to another counter in 2020 as follows: \*\*Shepherd's Bush\*\* moved to \*\*Hammersmith\*\* on 29 September 2020/;

describe('when the counters just listed moved, said many ways', function () {
  this.timeout(60_000);
  itAnswersLast(
    [
      [['which stations have moved', 'when'], ALL_DATED],
      [['did any police stations relocate', 'when did they move'], ALL_DATED],
      [['which counters moved', 'when was that?'], ALL_DATED],
      [['have any front counters been moved', 'what dates'], ALL_DATED],
      [['which stations moved rather than closed', 'and when did that happen'], ALL_DATED],
      [['which counters moved in 2020', 'when exactly'], IN_2020_DATED],
      [['which stations have moved', 'ok since when'], ALL_DATED],
    ],
    FRIDAY,
  );

  describe('controls', () => {
    itAnswersFirst([['which stations have moved', /^My sources record nine front counters whose desk moved to another counter when they closed:/]], { now: FRIDAY });
    itAnswersLast(
      [
        [['which stations have moved', 'when did walworth close'], /Walworth/],
        [['which stations have moved', 'why?'], /^Each of the nine moves my sources record had its own reason/],
        [['which closed in 2017', 'when'], /^(?!The nine moves|They moved)/],
        [['is brixton open now', 'when'], /^(?!The nine moves|They moved)/],
      ],
      FRIDAY,
    );
    it999FirstAsControls(['which stations have moved, someone is kicking my door in right now'], FRIDAY);
  });
});
