/**
 * A break within the day asked of a counter ("does it close for lunch", "is there a lunch break at ilford police
 * station", "do they shut at lunchtime"), first or as a follow-up: what the hours in the data show (no break, or the
 * break they list), and that the sources do not say whether it shuts for lunch or staff breaks, rather than whether it
 * is open at 12:30 tomorrow. Controls: lunch as the time one goes ("is brixton open at lunchtime", "can i go to brixton
 * at lunch") and open at it ("is brixton open over lunch") are still that time; a 24-hour counter is open round the
 * clock; the other one-thing follow-ups after "is brixton open now?" (open late, what time it shuts, tomorrow, Sunday,
 * the 24-hour one) keep their answers; danger leads with 999. Through the bot.
 */
import { expect } from 'chai';
import { DateTime } from 'luxon';
import { focusText } from '../../src/replies/format/hoursFocus';
import { parseSchedule } from '../../src/stations/hours/parse';
import { it999FirstAsControls } from './call999First';
import { itAnswersFirst, itAnswersLast } from './harness';

const FRIDAY = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });
const NO_BREAK = (counter: string) => new RegExp(`^\\*\\*${counter} Police Station\\*\\* has no break in the day in the hours my sources give \\(Mon–Fri 10:00–22:00; Sat–Sun 09:00–19:00\\): they do not say whether it shuts for lunch`);

describe('a break in the day asked, said many ways', function () {
  this.timeout(60_000);
  itAnswersFirst(
    [
      ['does brixton shut for lunch', NO_BREAK('Brixton')],
      ['is there a lunch break at ilford police station', NO_BREAK('Ilford')],
      ['does walworth police station take breaks during the day', NO_BREAK('Walworth')],
      ['do they close for lunch at croydon', NO_BREAK('Croydon')],
      ['is stratford police station closed over lunch', NO_BREAK('Stratford')],
    ],
    { understood: true, now: FRIDAY },
  );
  itAnswersLast(
    [
      [['is brixton open now?', 'does it close for lunch'], NO_BREAK('Brixton')],
      [['is brixton open now?', 'do they close at lunchtime'], NO_BREAK('Brixton')],
      [['hours of ilford', 'any lunch closure?'], NO_BREAK('Ilford')],
      [['is lewisham open now?', 'does it close for lunch'], /^\*\*Lewisham Police Station\*\* is open 24 hours a day, every day\./],
    ],
    FRIDAY,
  );

  it('a break the hours list is named, with its days', () => {
    const text = focusText(parseSchedule('Mon-Fri 09:00-13:00; Mon-Fri 14:00-17:00; Sat 10:00-14:00'), 'break');
    expect(text).to.equal('closes 13:00–14:00 Monday to Friday in the hours my sources give (Mon–Fri 09:00–13:00, 14:00–17:00; Sat 10:00–14:00)');
  });

  describe('controls', () => {
    itAnswersFirst(
      [
        ['is brixton open at lunchtime', /^Yes, at 12:30 tomorrow \(Saturday 5 December\), \*\*Brixton Police Station\*\* is open/],
        ['can i go to brixton at lunch', /^Yes, at 12:30 tomorrow \(Saturday 5 December\), \*\*Brixton Police Station\*\* is open/],
        ['is brixton open over lunch', /^Yes, at 12:30 tomorrow \(Saturday 5 December\), \*\*Brixton Police Station\*\* is open/],
      ],
      { now: FRIDAY },
    );
    itAnswersLast(
      [
        [['is brixton open now?', 'is it open late'], /^\*\*Brixton Police Station\*\* is open until 22:00 Monday to Friday/],
        [['is brixton open now?', 'what time it shut'], /^\*\*Brixton Police Station\*\* (?:closes|closed) at \d\d:\d\d today/],
        [['is brixton open now?', 'when does it close today'], /^\*\*Brixton Police Station\*\* closes at 22:00 today, Friday 4 December \(open 10:00–22:00\)\./],
        [['is brixton open now?', 'open tmrw?'], /^Yes, \*\*Brixton Police Station\*\* is open tomorrow, Saturday 5 December, 09:00–19:00/],
        [['is brixton open now?', 'what about sunday'], /^Yes, \*\*Brixton Police Station\*\* is open on Sunday 6 December, 09:00–19:00/],
        [['is brixton open now?', 'and the 24hr one?'], /^The nearest 24-hour front counter to Brixton is \*\*Charing Cross Police Station\*\*/],
      ],
      FRIDAY,
    );
    it999FirstAsControls(['does brixton close for lunch? a man is breaking into my flat right now'], FRIDAY);
  });
});
