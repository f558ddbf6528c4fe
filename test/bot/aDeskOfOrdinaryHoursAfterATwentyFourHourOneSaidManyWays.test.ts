/**
 * A desk of ordinary hours asked after the nearest 24-hour desk ("and the nearest normal one", "a regular station",
 * "one with normal hours", "what about one that isnt 24 hours"): the nearest desk of any hours to the same place, not
 * "I couldn't find 'normal'" nor the 24-hour desk again. Controls: the 24-hour desk asked again, an ordinary desk
 * asked with nothing before, and "normal" of something else. Through the bot.
 */
import { DateTime } from 'luxon';
import { itAnswersLast } from './harness';

const NOW = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });
const NEAREST_TO_N17 = /^The nearest front counter to N17 is \*\*Tottenham Police Station\*\*/;
const FIRST = 'nearest 24hr station to n17';

describe('a desk of ordinary hours after a 24-hour one, said many ways', function () {
  this.timeout(60_000);
  itAnswersLast(
    [
      [[FIRST, 'and the nearest normal one'], NEAREST_TO_N17],
      [[FIRST, 'and a normal station'], NEAREST_TO_N17],
      [[FIRST, 'whats the closest regular one'], NEAREST_TO_N17],
      [[FIRST, 'ok and one with normal hours'], NEAREST_TO_N17],
      [[FIRST, 'what about one that isnt 24 hours'], NEAREST_TO_N17],
      [[FIRST, 'an ordinary one nearer?'], NEAREST_TO_N17],
      [['24 hour police station near e17', 'not a 24 hour one, just the closest'], /^The nearest front counter to E17 is \*\*Tottenham Police Station\*\*/],
    ],
    NOW,
  );
});

describe('controls: the 24-hour desk again, nothing before, "normal" of something else', function () {
  this.timeout(60_000);
  itAnswersLast(
    [
      [[FIRST, 'whats the 24 hour one again'], /^The nearest 24-hour front counter to N17 is \*\*Charing Cross Police Station\*\*/],
      [['nearest normal police station to n17'], NEAREST_TO_N17],
      [['nearest station to n17', 'is it open normal hours at the weekend'], /Tottenham Police Station/],
      [[FIRST, 'is that normal?'], /^(?!The nearest front counter to N17)/],
    ],
    NOW,
  );
});
