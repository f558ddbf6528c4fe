/**
 * A counter named with a bare comparative said last, right after another counter was asked of ("is brixton open
 * sunday", then "is croydon open longer"; "when does brixton close today", then "does lewisham close later"): set
 * against the counter just asked of, yes or no, as "than that" would be (was: Croydon's hours alone, or "Yes, both are
 * open now"). Controls: "is croydon open later" (later today, as often as not) is not read so; "than" said keeps its
 * reading; danger leads with 999. Through the bot.
 */
import { DateTime } from 'luxon';
import { it999FirstAsControls } from './call999First';
import { itAnswersLast } from './harness';

const FRIDAY = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });

describe('a counter weighed against the one just asked of, bare, said many ways', function () {
  this.timeout(60_000);
  itAnswersLast(
    [
      [['is brixton open sunday', 'is croydon open longer'], /^No, Croydon and Brixton have the same hours on Sunday: /],
      [['when does brixton close today', 'does lewisham close later'], /^Yes, Lewisham is open later today: 24 hours, against .* at Brixton\./],
      [['is lewisham open now', 'is charing cross open longer'], /^No, Charing Cross and Lewisham have the same hours: 24 hours, every day/],
      [['when does brixton close today', 'does croydon shut later then'], /^No, Croydon and Brixton have the same hours/],
      [['what time does walworth shut on saturday', 'does charing cross stay open longer'], /^Yes, Charing Cross is open (?:longer|later)/],
    ],
    FRIDAY,
  );

  describe('controls', () => {
    itAnswersLast(
      [
        [['is brixton open sunday', 'is croydon open later'], /^\*\*Croydon Police Station\*\* is open now, until 22:00/],
        [['when does lewisham close', 'is charing cross open longer than that'], /^No, Charing Cross and Lewisham have the same hours/],
      ],
      FRIDAY,
    );
    it999FirstAsControls(['is croydon open longer? a man is hitting my mum'], FRIDAY);
  });
});
