/**
 * Praise of the bot as typed on a phone, with a word of degree or slang ("lol ur actually decent", "you're pretty good
 * tbh", "u rock", "you've been a big help"): thanks, not "can't help" nor the help text. Controls: frustration stays an
 * apology; "help me" and "can you help" still ask what the bot does. Through the bot.
 */
import { DateTime } from 'luxon';
import { itAnswersFirst, itAnswersLast } from './harness';

const FRIDAY = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });
const WELCOME = /^You're welcome\./;

describe('praise typed on a phone, said many ways', function () {
  this.timeout(60_000);
  itAnswersFirst(
    [
      ['lol ur actually decent', WELCOME],
      ["you're pretty good tbh", WELCOME],
      ["ngl you're quite handy", WELCOME],
      ['u rock', WELCOME],
      ['you rock mate', WELCOME],
      ["you've been a big help", WELCOME],
      ['that was a great help thanks', WELCOME],
    ],
    { understood: true, now: FRIDAY },
  );
  itAnswersLast([[['is brixton open now?', 'lol ur actually decent'], WELCOME]], FRIDAY);

  describe('controls', () => {
    itAnswersFirst(
      [
        ['ur actually useless', /^Sorry I haven't been more help\./],
        ['can you help', /^I answer questions about police front counters in London/],
        ['help me', /^If you or someone else is in danger now, call 999\./],
      ],
      { now: FRIDAY },
    );
  });
});
