/**
 * Two counters just discussed, one after the other ("when does kentish town close", "and islington?") or asked of together
 * ("is brixton or walworth open"), then which of them is nearer to a place ("which is nearer to N7", "which one's closer to
 * IG1", "which of them is the nearest to SE17"): the two weighed from there ("Of the two, ..."), not London's nearest desk.
 * Controls: a superlative without "of them" ("which is the nearest to SE17") and one counter discussed alone still give
 * London's nearest; which shuts later still compares their hours. Through the bot.
 */
import { DateTime } from 'luxon';
import { itAnswersLast } from './harness';

const FRIDAY = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });
const KENTISH_TOWN_NEARER = /^Of the two, \*\*Kentish Town\*\* is nearer to N7: about 1\.7 km/;
const WALWORTH_NEARER_SE17 = /^Of the two, \*\*Walworth\*\* is nearer to SE17: about 0\.3 km/;

describe('which of the two just discussed is nearer, said many ways', function () {
  this.timeout(60_000);
  itAnswersLast(
    [
      [['when does kentish town close', 'and islington?', 'which is nearer to N7'], KENTISH_TOWN_NEARER],
      [['when does kentish town close', 'and islington?', 'which one is closer to N7'], KENTISH_TOWN_NEARER],
      [['is islington open', 'what about kentish town', 'so which 1 is closer to N7'], KENTISH_TOWN_NEARER],
      [['hours of ilford', 'and romford', "which one's closer to IG1"], /^Of the two, \*\*Ilford\*\* is nearer to IG1/],
      [['hours of ilford', 'and romford', 'so which is nearer to me in RM7'], /^Of the two, \*\*Romford\*\* is nearer to RM7/],
      [['is lewisham open', 'and charing cross?', 'which is closer to SE1 1AA'], /^Of the two, \*\*Charing Cross\*\* is nearer to SE1 1AA/],
      [['is brixton open', 'what about walworth', 'which of them is the nearest to SE17'], WALWORTH_NEARER_SE17],
      [['is brixton open', 'what about walworth', 'which is closest of the two to SE17'], WALWORTH_NEARER_SE17],
      [['is brixton or walworth open', 'which is closer to SE17'], WALWORTH_NEARER_SE17],
      [['is brixton open', 'what about walworth', 'which is closer to SE5'], /^Brixton and Walworth are about as near as each other to SE5/],
    ],
    FRIDAY,
  );

  describe('controls', () => {
    itAnswersLast(
      [
        [['is brixton open', 'what about walworth', 'which is the nearest to SE17'], /^The nearest front counter to SE17 is \*\*Walworth Police Station\*\*/],
        [['hours of ilford', 'which is nearer to IG1'], /^The nearest front counter to IG1 is \*\*Ilford Police Station\*\*/],
        [['hours of ilford', 'and romford', 'nearest to E15'], /^The nearest front counter to E15 is \*\*Stratford Police Station\*\*/],
        [['is brixton open', 'what about walworth', 'which shuts later'], /^Brixton and Walworth have the same hours now: until 22:00\./],
        [['which stations are open 24 hours', 'which is nearer to SE1 1AA'], /Charing Cross/],
      ],
      FRIDAY,
    );
  });
});
