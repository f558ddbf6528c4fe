/**
 * Another place put "instead" into the last question ("nearest 24h to E1", then "what about from N1 instead", "N1
 * instead", "from N1 instead"; "is brixton open on sunday", then "walworth instead"): the same question asked of it
 * (was: another desk than the one given, the nearest open now to N1, or the nearest open on Sunday to Walworth, which is
 * Brixton). Controls: "somewhere else instead", "another one instead", "not that one" still ask for the next desk; "9
 * instead" after an hour is still that hour; "what about N1" keeps the 24-hour desk as before.
 */
import { DateTime } from 'luxon';
import { itAnswersLast } from './harness';

const FRIDAY = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });
const TWENTY_FOUR_HOUR_FROM_N1 = /^The nearest 24-hour front counter to N1 is \*\*Charing Cross Police Station\*\*/;

describe('another place instead, after an answer, said many ways', function () {
  this.timeout(60_000);
  itAnswersLast(
    [
      [['nearest 24h to E1', 'what about from N1 instead'], TWENTY_FOUR_HOUR_FROM_N1],
      [['nearest 24h to E1', 'N1 instead'], TWENTY_FOUR_HOUR_FROM_N1],
      [['nearest 24h to E1', 'from N1 instead'], TWENTY_FOUR_HOUR_FROM_N1],
      [['nearest 24 hour police station to SE15', 'can you do SW2 instead'], /^The nearest 24-hour front counter to SW2 is \*\*Charing Cross Police Station\*\*/],
      [['is brixton open on sunday', 'walworth instead'], /^Yes, \*\*Walworth Police Station\*\* is open on Sunday 6 December, 09:00–19:00\./],
      [['what time does ilford open tomorrow', 'romford instead'], /\*\*Romford Police Station\*\*/],
    ],
    FRIDAY,
  );

  describe('controls', () => {
    itAnswersLast(
      [
        [['nearest to SE13', 'somewhere else instead'], /^The next nearest front counter open now to SE13 is \*\*Walworth Police Station\*\*/],
        [['nearest to SE13', 'another one instead'], /^The next nearest front counter open now to SE13 is \*\*Walworth Police Station\*\*/],
        [['nearest to SE13', 'not that one, somewhere else'], /^The next nearest front counter open now to SE13 is \*\*Walworth Police Station\*\*/],
        [['is brixton open at 11pm', '9 instead'], /^At 21:00 today \(Friday 4 December\), \*\*Brixton Police Station\*\* is open/],
        [['nearest 24h to E1', 'what about N1'], TWENTY_FOUR_HOUR_FROM_N1],
      ],
      FRIDAY,
    );
  });
});
