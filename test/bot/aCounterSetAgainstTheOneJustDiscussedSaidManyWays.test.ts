/**
 * One counter named and set against the one just discussed: after "is brixton open now?", "is it open later than
 * lewisham", "how does it compare to lewisham", "does it open at the same time as walworth", "does walworth close later
 * than it". The two compared, the one discussed standing where "it" is said (was: the named counter's hours alone).
 * Controls: a time after "than" ("is lewisham open later than 9pm tonight") is still that time; two counters named
 * are compared as before. Through the bot.
 */
import { DateTime } from 'luxon';
import { itAnswersLast } from './harness';

const FRIDAY = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });

describe('a counter set against the one just discussed, said many ways', function () {
  this.timeout(60_000);
  itAnswersLast(
    [
      [['is brixton open now?', 'is it open later than lewisham'], /^No, Lewisham is open later now: 24 hours, against until 22:00 at Brixton\./],
      [['is brixton open now?', 'how does it compare to lewisham'], /^Lewisham is open longer: 24 hours, every day, against Mon–Fri 10:00–22:00; Sat–Sun 09:00–19:00 at Brixton\./],
      [['is brixton open now?', 'does it open at the same time as walworth'], /^Yes, Brixton and Walworth have the same hours/],
      [['is brixton open now?', 'does walworth close later than it'], /^No, Walworth and Brixton have the same hours/],
      [['hours of ilford', 'does croydon close at the same time as it'], /^Yes, Croydon and Ilford have the same hours/],
      [['is brixton open now?', 'is lewisham open longer than that'], /^Yes, Lewisham is open longer: 168 hours a week, against 80 at Brixton\./],
    ],
    FRIDAY,
  );

  describe('controls', () => {
    itAnswersLast(
      [
        [['is brixton open now?', 'is lewisham open later than 9pm tonight'], /^At 21:00 today \(Friday 4 December\), \*\*Lewisham Police Station\*\* is open, 24 hours a day\./],
        [['is brixton open now?', 'is walworth or lewisham open later'], /^Lewisham is open later/],
      ],
      FRIDAY,
    );
  });
});
