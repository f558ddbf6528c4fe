/**
 * Whether the last answer was checked, asked after it ("is that checked", "when was that checked", "has that been
 * verified", "is this info checked"): after a counter's answer, when what the bot has on that counter was last checked
 * and its latest change (was: "Sorry, I can't help with that", or the general date of the bot's facts); after another
 * answer, or with none, when the bot's facts were last checked. Controls: who checks the facts keeps its answer, and a
 * counter's hours asked after are still its hours. Through the bot.
 */
import { DateTime } from 'luxon';
import { itAnswersFirst, itAnswersLast } from './harness';

const FRIDAY = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });
const OF = (counter: string) => new RegExp(`^What I have on \\*\\*${counter} Police Station\\*\\* was last checked on 4 December 2026; the latest change my sources show for its counter is dated 3 March 2026\\.`);
const GENERAL = /^My information was last checked on 4 December 2026, and my latest source is from 28 February 2026\./;

describe("the last answer's checking asked, said many ways", function () {
  this.timeout(60_000);
  itAnswersLast(
    [
      [['is brixton open', 'is that checked'], OF('Brixton')],
      [['is brixton open', 'when was that checked'], OF('Brixton')],
      [['is brixton open', 'has that been checked'], OF('Brixton')],
      [['is brixton open', 'is that verified'], OF('Brixton')],
      [['when does ilford close', 'is this info checked'], OF('Ilford')],
      [['how do i report a crime', 'is that checked'], GENERAL],
    ],
    FRIDAY,
  );
  itAnswersFirst([['is that checked', GENERAL]], { understood: true, now: FRIDAY });

  describe('controls', () => {
    itAnswersLast(
      [
        [['is brixton open now?', 'who updated that'], /^StationDesk's own research checks my facts against published sources, not the Met/],
        [['is brixton open', 'is that up to date'], /^Yes, as far as my sources show: what I have on \*\*Brixton Police Station\*\* was last checked/],
        [['is brixton open', 'what time does it close'], /^\*\*Brixton Police Station\*\* (?:closes|closed) at \d\d:\d\d today/],
      ],
      FRIDAY,
    );
    itAnswersFirst([['is this information verified', GENERAL]], { now: FRIDAY });
  });
});
