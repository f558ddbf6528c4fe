/**
 * Every counter asked of at a clock time today, said as a state ("are all of them shut by 7:30pm", "are they all closed
 * after 8", "is anything open past 10"): the counters open or closed at that time, from the hours in the data, not the
 * closures of the past that "all ... shut" might otherwise look like. Controls: a year named is the past ("which ones
 * closed in 2026", "what shut in 2017"); "the past 5 years" is no clock time; a counter named keeps its own answer;
 * danger leads with 999. Through the bot, on Friday 4 December 2026 at 14:00 (the 25 counters with hours open 10:00–22:00).
 */
import { DateTime } from 'luxon';
import { it999FirstAsControls } from './call999First';
import { itAnswersFirst, itAnswersLast } from './harness';

const FRIDAY = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });
const NONE_CLOSED = /^None of the police front counters in London is closed at \S+ (?:today|tonight): all 27 are open/;
const ONLY_TWO = /^(?:25 of the 27 police front counters in London are closed at .*only \*\*Charing Cross\*\* and \*\*Lewisham\*\* are open|Two police front counters are open in London at \S+ today: \*\*Charing Cross\*\* and \*\*Lewisham\*\*)/;

describe('every counter shut or open at a clock time, said many ways', function () {
  this.timeout(60_000);
  itAnswersFirst(
    [
      ['are all of them shut by 7:30pm', NONE_CLOSED],
      ['are they all closed after 8', NONE_CLOSED],
      ['are any of them closed by 9 tonight', NONE_CLOSED],
      ['is everything shut by 8', NONE_CLOSED],
      ['is everything shut after 10pm', ONLY_TWO],
      ['r they all shut at 10pm', ONLY_TWO],
      ['they all shut by midnight?', /^25 of the 27 police front counters in London are closed at midnight/],
      ['is anything open past 10', ONLY_TWO],
      ['is anything still open past 11', /^Two police front counters are open in London at 11pm today/],
      ['are any open after 11pm', /^Two police front counters are open in London at 11pm today/],
      ['which ones are still open at 9pm tonight', /^27 police front counters are open in London at 9pm tonight/],
    ],
    { understood: true, now: FRIDAY },
  );

  describe('after a counter was asked of, still every counter', () => {
    itAnswersLast([[['is brixton open now?', 'are they all shut by 9pm'], NONE_CLOSED]], FRIDAY);
  });

  describe('controls', () => {
    itAnswersFirst(
      [
        ['which ones closed in 2026', /^Ten front counters closed on 28 February 2026/],
        ['what shut in 2017', /^36 front counters closed in 2017/],
        ['what closed in 2017', /^36 front counters closed in 2017/],
        ['how many closed in the past 5 years', /front counters closed between/],
        ['is brixton open past 9', /^Yes, at 21:00 today \(Friday 4 December\), \*\*Brixton Police Station\*\* is open/],
      ],
      { now: FRIDAY },
    );
    itAnswersLast([[['is brixton open now?', 'does it stay open past 9'], /^Yes, at 21:00 today .*\*\*Brixton Police Station\*\* is open/]], FRIDAY);
    it999FirstAsControls(['are they all closed after 8 my neighbour is being attacked right now'], FRIDAY);
  });
});
