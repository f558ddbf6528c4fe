/**
 * How late a counter is open, asked bare right after whether it is open now ("is brixton open now?", then "how late?",
 * "until what time?", "when does it close?"): today's closing time leads ("closes at 22:00 today, Friday 4 December"),
 * not the week's closing times. Closed already: "closed at 22:00 today". Controls: "what are the hours" keeps the
 * week; after a day named, that day is asked (not today); danger leads with 999. Through the bot.
 */
import { DateTime } from 'luxon';
import { it999FirstAsControls } from './call999First';
import { itAnswersLast } from './harness';

const FRIDAY = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });
const FRIDAY_LATE = DateTime.fromISO('2026-12-04T23:00', { zone: 'Europe/London' });

describe('how late, asked bare after open now, said many ways', function () {
  this.timeout(60_000);
  itAnswersLast(
    [
      [['is brixton open now?', 'how late?'], /^\*\*Brixton Police Station\*\* closes at 22:00 today, Friday 4 December \(open 10:00–22:00\)\./],
      [['is brixton open now?', 'until what time'], /^\*\*Brixton Police Station\*\* closes at 22:00 today, Friday 4 December/],
      [['is croydon open', 'when does it close'], /^\*\*Croydon Police Station\*\* closes at 22:00 today, Friday 4 December/],
      [['is walworth open rn', 'what time does it shut'], /^\*\*Walworth Police Station\*\* closes at 22:00 today, Friday 4 December/],
      [['hammersmith open atm?', 'till when'], /^\*\*Hammersmith Police Station\*\* closes at 22:00 today, Friday 4 December/],
    ],
    FRIDAY,
  );
  itAnswersLast([[['is brixton open now?', 'how late?'], /^\*\*Brixton Police Station\*\* closed at 22:00 today, Friday 4 December/]], FRIDAY_LATE);

  describe('controls', () => {
    itAnswersLast(
      [
        [['is brixton open now?', 'what are the hours'], /^\*\*Brixton Police Station\*\* is open Mon–Fri 10:00–22:00; Sat–Sun 09:00–19:00\./],
        [['is brixton open on sunday?', 'how late?'], /^\*\*Brixton Police Station\*\* closes at 19:00 on Sunday 6 December/],
      ],
      FRIDAY,
    );
    it999FirstAsControls(['how late? someone is trying to get into my flat'], FRIDAY);
  });
});
