/**
 * A time said alone as a follow-up to a day asked ("nearest open counter to se1 on sunday at 8am" then "and at 10am?",
 * "is brixton open on sunday" then "what about 10am"): that day's hour (was: the hour's next showing, tomorrow, a
 * Saturday, while Sunday was asked). Controls: after today's hours or "now" the hour's next showing stays; a question
 * naming a counter and a time starts afresh.
 */
import { DateTime } from 'luxon';
import { itAnswersLast } from './harness';

const FRIDAY = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });

describe('a time alone after a day asked keeps that day, said many ways', function () {
  this.timeout(60_000);
  itAnswersLast(
    [
      [['nearest open counter to se1 on sunday at 8am', 'and at 10am?'], /^The nearest front counter open at 10:00 on Sunday 6 December to SE1 is \*\*Walworth Police Station\*\*/],
      [['is brixton open on sunday at 8am', 'and at 10am?'], /^Yes, at 10:00 on Sunday 6 December, \*\*Brixton Police Station\*\* is open/],
      [['nearest open counter to se1 on sunday at 8am', 'what about 10am'], /^The nearest front counter open at 10:00 on Sunday 6 December to SE1/],
      [['is brixton open on sunday', 'what about 10am'], /^Yes, at 10:00 on Sunday 6 December, \*\*Brixton Police Station\*\* is open/],
      [['is walworth open tomorrow', 'and at 9pm?'], /^No, at 21:00 tomorrow \(Saturday 5 December\), \*\*Walworth Police Station\*\* is closed/],
    ],
    FRIDAY,
  );

  describe('controls', () => {
    itAnswersLast(
      [
        [['is brixton open at 8pm', 'and at 10am?'], /^Yes, at 10:00 tomorrow \(Saturday 5 December\), \*\*Brixton Police Station\*\* is open/],
        [['is brixton open now', 'and at 10am?'], /^Yes, at 10:00 tomorrow \(Saturday 5 December\)/],
        [['is brixton open on sunday at 8am', 'is ilford open at 10am'], /^Yes, at 10:00 tomorrow \(Saturday 5 December\), \*\*Ilford Police Station\*\* is open/],
      ],
      FRIDAY,
    );
  });
});
