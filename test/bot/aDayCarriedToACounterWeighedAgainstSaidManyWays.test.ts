/**
 * Another counter weighed with a bare comparative against the one just asked of on a day ("when does ilford open on
 * saturday", then "does walworth open earlier"; "is brixton open on sunday", then "does lewisham close later"; "brixton
 * hours tomorrow", then "is charing cross open longer"): the two compared on that day (was: compared as of now, or over
 * the week, the day asked lost). Controls: after "now" or the week's hours, the comparison stays as it was; the day said
 * in one message; "what about walworth" keeps the question asked before.
 */
import { DateTime } from 'luxon';
import { itAnswersFirst, itAnswersLast } from './harness';

const FRIDAY = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });

describe('a day carried to a counter weighed against the one asked of, said many ways', function () {
  this.timeout(60_000);
  itAnswersLast(
    [
      [['when does ilford open on saturday', 'does walworth open earlier'], /^No, Walworth and Ilford have the same hours on Saturday: 09:00–19:00\./],
      [['when does ilford open on saturday', 'does lewisham open earlier'], /^Yes, Lewisham opens earlier on Saturday: 24 hours, against 09:00–19:00 at Ilford\./],
      [['is brixton open on sunday', 'does lewisham close later'], /^Yes, Lewisham is open later on Sunday: 24 hours, against 09:00–19:00 at Brixton\./],
      [['brixton hours tomorrow', 'is charing cross open longer'], /^Yes, Charing Cross is open longer tomorrow: 24 hours, against 09:00–19:00 at Brixton\./],
      [['is brixton open on sunday', 'is walworth open longer'], /^No, Walworth and Brixton have the same hours on Sunday: 09:00–19:00\./],
      [['brixton hours tomorrow', 'is walworth open longer'], /^No, Walworth and Brixton have the same hours tomorrow: 09:00–19:00\./],
      [['when does ilford open on saturday', 'is walworth open earlier than that'], /^No, Walworth and Ilford have the same hours on Saturday/],
    ],
    FRIDAY,
  );

  describe('controls', () => {
    itAnswersFirst([['does walworth open earlier than ilford on saturday', /^No, Walworth and Ilford have the same hours on Saturday: 09:00–19:00\./]], { now: FRIDAY });
    itAnswersLast(
      [
        [['is brixton open now', 'does walworth close later'], /^No, Walworth and Brixton have the same hours: Mon–Fri 10:00–22:00; Sat–Sun 09:00–19:00\./],
        [['brixton hours', 'does lewisham close later'], /^Yes, Lewisham is open later: 24 hours, every day, against Mon–Fri/],
        [['when does ilford open on saturday', 'what about walworth'], /^\*\*Walworth Police Station\*\* opens at 09:00 tomorrow, Saturday 5 December/],
        [['what time does croydon close on saturday', 'and sutton, does it close later?'], /^No, Sutton and Croydon have the same hours on Saturday: 09:00–19:00\./],
      ],
      FRIDAY,
    );
  });
});
