/**
 * Whether the bot's facts are live, real-time or updated automatically or daily ("is this real time", "are you updated
 * daily", "do you update automatically", "is the data updated every day", "does it update itself automatically"): when
 * they were last checked, and the date of the latest source, first, which says they are checked on a date, not live
 * (was: can't help). Controls: a counter asked open every day ("is brixton open every day", "is it every day" after
 * one) keeps its hours; "are you open daily" stays a counter's hours asked; danger leads with 999. Through the bot.
 */
import { DateTime } from 'luxon';
import { it999FirstAsControls } from './call999First';
import { itAnswersFirst, itAnswersLast } from './harness';

const FRIDAY = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });
const CHECKED_ON = /^My information was last checked on 4 December 2026, and my latest source is from 28 February 2026\./;

describe('whether the facts are live, said many ways', function () {
  this.timeout(60_000);
  itAnswersFirst(
    [
      ['is this real time', CHECKED_ON],
      ['are you updated daily', CHECKED_ON],
      ['do you update automatically', CHECKED_ON],
      ['is the data updated every day?', CHECKED_ON],
      ['does it update itself automatically', CHECKED_ON],
      ['is this info live', CHECKED_ON],
      ['are the hours updated in real time', CHECKED_ON],
    ],
    { understood: true, now: FRIDAY },
  );

  describe('controls', () => {
    itAnswersFirst(
      [
        ['is brixton open every day', /^Yes, \*\*Brixton Police Station\*\* is open every day/],
        ['are you open daily', /^Which police station would you like the opening hours for\?/],
      ],
      { now: FRIDAY },
    );
    itAnswersLast([[['is brixton open on saturday', 'is it every day'], /^Yes, \*\*Brixton Police Station\*\* is open every day/]], FRIDAY);
    it999FirstAsControls(['is this real time? someone is breaking in downstairs'], FRIDAY);
  });
});
