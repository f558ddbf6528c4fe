/**
 * Driving to a counter asked ("can i drive to brixton police station", "can i drive to lewisham nick", "can i drive
 * there" after a counter's answer): that the data has nothing on parking or access there, first, then its hours and
 * address (was: its hours alone, as if asked when it opens). Controls: open asked while driving there is still open
 * now; a lift asked of the bot is a task it cannot do; the nearest counter still asks where the resident is.
 */
import { DateTime } from 'luxon';
import { expect } from 'chai';
import { Conversation, itAnswersFirst, itAnswersLast } from './harness';

const FRIDAY = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });
const NO_FACILITIES = (counter: string) => new RegExp(`^I don't have information about waiting times, access, parking or other facilities at \\*\\*${counter} Police Station\\*\\*: call 101 or check met\\.police\\.uk\\.`);

describe('driving to a counter asked, said many ways', function () {
  this.timeout(60_000);
  itAnswersFirst(
    [
      ['can i drive to brixton police station', NO_FACILITIES('Brixton')],
      ['can i drive to lewisham nick', NO_FACILITIES('Lewisham')],
      ['could we drive to croydon police station', NO_FACILITIES('Croydon')],
      ['can i cycle to walworth police station', NO_FACILITIES('Walworth')],
      ['should i drive to ilford police station', NO_FACILITIES('Ilford')],
    ],
    { understood: true, now: FRIDAY },
  );
  itAnswersLast([[['is brixton open', 'can i drive there'], NO_FACILITIES('Brixton')]], FRIDAY);
  it('gives the address too', async () => {
    expect(await new Conversation('webchat', FRIDAY).ask('can i drive to brixton police station')).to.include('Address: 367 Brixton Road, Brixton SW9 7DD.');
  });

  describe('controls', () => {
    itAnswersFirst(
      [
        ["i'm driving to ilford police station is it open", /^Yes, \*\*Ilford Police Station\*\* is open now, until 22:00\./],
        ['can you drive me to brixton police station', /^I can't do that: I only answer questions about London's police front counters\./],
        ['can i drive to the nearest police station', /I need to know where you are/],
      ],
      { now: FRIDAY },
    );
  });
});
