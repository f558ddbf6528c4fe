/**
 * Another day said alone after a counter's closing or opening time ("when does brixton close today", then "and
 * tomorrow?" or "sorry i meant tomorrow"; "what time does ilford open on saturday", then "what about sunday"): that
 * day's closing (opening) time leads, rather than the day's hours alone. Controls: "is it open tomorrow?" asks yes or
 * no; a part of the day ("tomorrow in the morning") is not carried; another counter named is asked of; danger leads
 * with 999. Through the bot.
 */
import { DateTime } from 'luxon';
import { it999FirstAsControls } from './call999First';
import { itAnswersLast } from './harness';

const FRIDAY = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });

describe('the end of the day carried to another day, said many ways', function () {
  this.timeout(60_000);
  itAnswersLast(
    [
      [['when does brixton close today', 'and tomorrow?'], /^\*\*Brixton Police Station\*\* closes at 19:00 tomorrow, Saturday 5 December \(open 09:00–19:00\)\./],
      [['when does brixton close today', 'sorry i meant tomorrow'], /^\*\*Brixton Police Station\*\* closes at 19:00 tomorrow, Saturday 5 December/],
      [['what time does ilford open on saturday', 'what about sunday'], /^\*\*Ilford Police Station\*\* opens at 09:00 on Sunday 6 December \(open 09:00–19:00\)\./],
      [['when does brixton close on sunday', 'and monday'], /^\*\*Brixton Police Station\*\* closes at 22:00 on Monday 7 December/],
      [['what time does walworth open on monday', 'what about next wednesday?'], /^\*\*Walworth Police Station\*\* opens at 10:00 on Wednesday 9 December/],
    ],
    FRIDAY,
  );

  describe('controls', () => {
    itAnswersLast(
      [
        [['when does brixton close today', 'is it open tomorrow?'], /^Yes, \*\*Brixton Police Station\*\* is open tomorrow, Saturday 5 December, 09:00–19:00/],
        [['when does brixton close today', 'and tomorrow in the morning?'], /^(?!\*\*Brixton Police Station\*\* closes at)/],
        [['when does brixton close today', 'and croydon?'], /^\*\*Croydon Police Station\*\* closes at 22:00 today/],
      ],
      FRIDAY,
    );
    it999FirstAsControls(['and tomorrow? hes got a gun pointed at me'], FRIDAY);
  });
});
