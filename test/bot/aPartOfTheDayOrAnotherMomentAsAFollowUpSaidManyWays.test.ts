/**
 * A part of a day said alone as a follow-up ("is croydon open?", then "and in the morning?", "in the evening?", "and at
 * night?"): that part of the day asked before, else of today while it is still to come, else of tomorrow. And another
 * moment after London's list of what is open ("whats open on saturday", then "and on sunday?", "and at 9pm?", "and in
 * the evening"): London's list again, for then. Controls: greetings and sign-offs ("good morning", "night night"), a
 * counter named after a list (that counter), and danger.
 */
import { DateTime } from 'luxon';
import { itAnswersLast } from './harness';

const FRIDAY_AFTERNOON = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });

describe('a part of the day, or another moment, said alone as a follow-up', function () {
  this.timeout(30_000);
  itAnswersLast(
    [
      [['is croydon open', 'and in the morning?'], /^From 09:00 in the morning: \*\*Croydon Police Station\*\* is open tomorrow, Saturday 5 December, 09:00–19:00\./],
      [['is croydon open', 'in the evening?'], /^\*\*Croydon Police Station\*\* is open this evening \(Friday 4 December\), until 22:00/],
      [['is walworth open on sunday', 'and in the afternoon?'], /^Yes, \*\*Walworth Police Station\*\* is open in the afternoon on Sunday 6 December/],
      [['is croydon open', 'and at night?'], /^Only until 22:00 at night: \*\*Croydon Police Station\*\*/],
      [['what time does ilford open on saturday', 'what about the evening'], /Ilford Police Station\*\*.*Saturday 5 December/],
      [['whats open on saturday', 'and on sunday?'], /^27 police front counters are open in London on Sunday:/],
      [['which stations are open now', 'and at 9pm?'], /^27 police front counters are open in London at 9pm today:/],
      [['whats open on saturday', 'and in the evening'], /^27 police front counters are open in London on Saturday evening:/],
      [['whats open on saturday', 'and at night?'], /^Two police front counters are open in London on Saturday night: \*\*Charing Cross\*\* and \*\*Lewisham\*\*/],
      [['whats open now', 'and in the evening'], /^27 police front counters are open in London this evening:/],
      [['whats open on saturday', 'and tomorrow'], /^27 police front counters are open in London tomorrow:/],
      // Controls.
      [['is brixton open', 'good evening'], /^Hello!/],
      [['is brixton open', 'night night'], /^Goodbye\./],
      [['whats open on saturday', 'is brixton open on sunday'], /^Yes, \*\*Brixton Police Station\*\* is open on Sunday 6 December/],
      [['whats open on saturday', 'and on sunday? hes got a knife and hes at my door'], /^\*\*Call 999 now/],
    ],
    FRIDAY_AFTERNOON,
  );
});
