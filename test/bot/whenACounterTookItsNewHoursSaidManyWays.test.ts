/**
 * When a counter took the hours it has now, said by the hours' shape or a time ("when did walworth become 9 to 5", "when
 * did croydon change to 10 till 10", "when did brixton start closing at 10", "since when has walworth shut at night"):
 * when its hours last changed and how they were until then, from the timeline, never today's hours alone nor "has not
 * closed". The time named is the new hours', not a moment asked. Controls: today's closing, hours at a time, a closure
 * asked, and a 24-hour counter's start keep their answers. Through the bot.
 */
import { DateTime } from 'luxon';
import { describe } from 'mocha';
import { itAnswersFirst } from './harness';

/** Friday 4 December 2026, 14:00 in London. */
const NOW = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });

const CHANGED = (counter: string): RegExp =>
  new RegExp(`^The hours of the front counter at \\*\\*${counter} Police Station\\*\\* last changed on 3 March 2026: until then it was open 24 hours a day\\.$`);

describe('when a counter took its new hours, said many ways', () => {
  describe('when its hours last changed', () => {
    itAnswersFirst(
      [
        ['when did walworth become 9 to 5', CHANGED('Walworth')],
        ['when did croydon change to 10 till 10', CHANGED('Croydon')],
        ['when did brixton start closing at 10', CHANGED('Brixton')],
        ['since when has walworth shut at night', CHANGED('Walworth')],
        ['when did sutton go to daytime only', CHANGED('Sutton')],
        ['when did bromley police station switch to shorter hours', CHANGED('Bromley')],
        ['wen did ilford turn into 10am-10pm', CHANGED('Ilford')],
      ],
      { now: NOW, understood: true },
    );
  });

  describe('controls: closing today, open at a time, a closure, a 24-hour start', () => {
    itAnswersFirst(
      [
        ['when does brixton close', /^\*\*Brixton Police Station\*\* is open until 22:00 Monday to Friday/],
        ['is walworth open at 10pm', /Walworth Police Station/],
        ['when did kilburn close', /^The front counter at \*\*Kilburn Police Station\*\* closed on 14 December 2017/],
        ['when did lewisham go 24 hours', /^My sources don't say when the front counter at \*\*Lewisham Police Station\*\* became open 24 hours a day/],
      ],
      { now: NOW },
    );
  });
});
