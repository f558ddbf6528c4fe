/**
 * Public transport's times or running asked with a place ("when is the next bus to brixton", "what time is the last tube
 * to lewisham", "is the overground running to crystal palace", "is there a strike on the tube"): not something the bot
 * knows, said so (was: the counter at the place named, its hours, or the nearest to it). With a counter named ("bus times
 * to lewisham police station", "is there a night bus to charing cross police station"): no routes or times, then where
 * the counter is (was: its hours, or Westminster's counter). Controls: a counter's hours asked beside late buses are still
 * answered; danger on a bus leads with 999; "which bus goes to walworth police station" keeps its answer.
 */
import { DateTime } from 'luxon';
import { itAnswersFirst } from './harness';

const FRIDAY = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });
const CANNOT = /^Sorry, I can't help with that: I only know about London's police front counters\./;
const NO_ROUTES = (station: string) => new RegExp(`^I don't have bus, Tube or train routes, but \\*\\*${station} Police Station\\*\\* is at `);

describe('public transport times asked, said many ways', function () {
  this.timeout(60_000);
  itAnswersFirst(
    [
      ['when is the next bus to brixton', CANNOT],
      ['what time is the last tube to lewisham', CANNOT],
      ['is the overground running to crystal palace', CANNOT],
      ['are the trains running to croydon today', CANNOT],
      ['is there a strike on the tube', CANNOT],
      ['first train to stratford tomorrow?', CANNOT],
      ['bus times to lewisham police station', NO_ROUTES('Lewisham')],
      ['is there a night bus to charing cross police station', NO_ROUTES('Charing Cross')],
    ],
    { now: FRIDAY },
  );

  describe('controls', () => {
    itAnswersFirst(
      [
        ['the trains are delayed, will walworth still be open at 9', /^Yes, at 21:00 today \(Friday 4 December\), \*\*Walworth Police Station\*\* is open/],
        ['someone is following me on the bus', /^\*\*Call 999 now\*\*/],
        ['which bus goes to walworth police station', NO_ROUTES('Walworth')],
        ['is brixton open', /^Yes, \*\*Brixton Police Station\*\* is open now/],
      ],
      { now: FRIDAY },
    );
  });
});
