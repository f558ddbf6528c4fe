/**
 * The other end of a counter's day asked bare, after its opening or closing time ("what time does it open then", then
 * "and close?"; "what time does croydon close on saturday", then "and opening?"): that time of the same day (or of the
 * week, after the week's hours), rather than "Sorry, I can't help with that". Controls: "open" said alone after "is it
 * open now" is not read so; a place named is asked of; danger leads with 999. Through the bot.
 */
import { DateTime } from 'luxon';
import { it999FirstAsControls } from './call999First';
import { itAnswersLast } from './harness';

const FRIDAY = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });

describe('the other end of the day asked bare, said many ways', function () {
  this.timeout(60_000);
  itAnswersLast(
    [
      [['is walworth open tomorrow', 'what time does it open then', 'and close?'], /^\*\*Walworth Police Station\*\* closes at 19:00 tomorrow, Saturday 5 December \(open 09:00–19:00\)\./],
      [['what time does ilford open on sunday', 'and closing?'], /^\*\*Ilford Police Station\*\* closes at 19:00 on Sunday 6 December \(open 09:00–19:00\)\./],
      [['what time does croydon close on saturday', 'and opening?'], /^\*\*Croydon Police Station\*\* opens at 09:00 tomorrow, Saturday 5 December \(open 09:00–19:00\)\./],
      [['what time does walworth open tomorrow', 'close'], /^\*\*Walworth Police Station\*\* closes at 19:00 tomorrow/],
      [['when does brixton open', 'and closing?'], /^\*\*Brixton Police Station\*\* is open until 22:00 Monday to Friday, and until 19:00 on Saturday and Sunday\./],
      [['when does stratford close on sunday', 'ok and opening time'], /^\*\*Stratford Police Station\*\* opens at 09:00 on Sunday 6 December/],
      // "shutting" and "closing time" are words for the closures too: after a counter's hours, the day's closing time.
      [['when does ilford open on saturday', 'what about shutting?'], /^\*\*Ilford Police Station\*\* closes at 19:00 tomorrow, Saturday 5 December/],
      [['when does ilford open on saturday', 'what about closing time'], /^\*\*Ilford Police Station\*\* closes at 19:00 tomorrow, Saturday 5 December/],
    ],
    FRIDAY,
  );

  describe('controls', () => {
    itAnswersLast(
      [
        [['is brixton open now', 'open'], /^(?!\*\*Brixton Police Station\*\* opens at)/],
        [['what time does ilford open on sunday', 'and brixton?'], /^\*\*Brixton Police Station\*\* opens at 09:00 on Sunday 6 December/],
        [['when does ilford open on saturday', 'what about closures?'], /^\d+ front counters closed between/],
      ],
      FRIDAY,
    );
    it999FirstAsControls(['and close? someone is kicking my door in'], FRIDAY);
  });
});
