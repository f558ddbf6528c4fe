/**
 * One more 24-hour desk asked just after the nearest 24-hour desk ("and the next 24 hour one?", "whats the next nearest
 * 24hr one", "and the next one?"): the next of them from the same place, not the first again. Controls: "what about 24
 * hour" after an ordinary nearest desk (the nearest 24-hour one), and the 24-hour desk asked again. Through the bot.
 */
import { DateTime } from 'luxon';
import { itAnswersLast } from './harness';

const NOW = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });
const FIRST = 'nearest 24hr station to n17';
const NEXT = /^The next nearest 24-hour front counter to N17 is \*\*Lewisham Police Station\*\*/;
const NEAREST = /^The nearest 24-hour front counter to N17 is \*\*Charing Cross Police Station\*\*/;

describe('another 24-hour desk after the nearest one, said many ways', function () {
  this.timeout(60_000);
  itAnswersLast(
    [
      [[FIRST, 'and the next 24 hour one?'], NEXT],
      [[FIRST, 'whats the next nearest 24hr one'], NEXT],
      [[FIRST, 'the next 24/7 one?'], NEXT],
      [[FIRST, 'and the next one?'], NEXT],
      [[FIRST, 'ok whats the next closest 24 hour station'], NEXT],
      [[FIRST, 'next 24hr desk pls'], NEXT],
    ],
    NOW,
  );
});

describe('controls: the first 24-hour desk', function () {
  this.timeout(60_000);
  itAnswersLast(
    [
      [['nearest station to n17', 'what about 24 hour'], NEAREST],
      [['nearest station to n17', 'and the nearest 24 hour one?'], NEAREST],
      [[FIRST, 'whats the 24 hour one again'], NEAREST],
    ],
    NOW,
  );
});
