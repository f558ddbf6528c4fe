/**
 * A plea for help with words around it ("honestly i need help", "i really need help mate"): 999 first as a condition,
 * as "i need help" alone already was (was: what the bot does, no 999). Praise of the bot said of "this bot" or with
 * "honestly" ("this bot is actually useful", "honestly ur kinda smart"): thanks (was "Sorry, I can't help with that").
 * Controls: "help" alone and "help me find a police station" keep their answers; the bot called useless is still an
 * apology; a counter asked after "honestly" is answered.
 */
import { DateTime } from 'luxon';
import { itAnswersFirst } from './harness';

const FRIDAY = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });
const IF_IN_DANGER = /^If you or someone else is in danger now, call 999\./;
const WELCOME = /^You're welcome\./;

describe('a plea or praise with words around it, said many ways', function () {
  this.timeout(60_000);
  itAnswersFirst(
    [
      ['honestly i need help', IF_IN_DANGER],
      ['i really need help mate', IF_IN_DANGER],
      ['seriously i need help', IF_IN_DANGER],
      ['ok i need help now', /^(?:If you or someone else is in danger now, call 999\.|\*\*Call 999 now\*\*)/],
      ['this bot is actually useful', WELCOME],
      ['honestly ur kinda smart', WELCOME],
      ['the bot is really helpful', WELCOME],
      ['this thing is brilliant', WELCOME],
    ],
    { now: FRIDAY },
  );

  describe('controls', () => {
    itAnswersFirst(
      [
        ['help', /^I answer questions about police front counters in London/],
        ['help me find a police station', /^To find the nearest front counter, I need to know where you are\./],
        ['this bot is useless', /^Sorry I haven't been more help\./],
        ['honestly is brixton open', /^Yes, \*\*Brixton Police Station\*\* is open now/],
        ['i need help with my homework', /^Sorry, I can't help with that/],
      ],
      { now: FRIDAY },
    );
  });
});
