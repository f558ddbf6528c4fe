/**
 * Any counter reopening asked of the future, in words that name no counter ("is anything reopening in 2027", "are any
 * stations reopening next year", "any reopenings planned", "is anywhere reopening soon"), a year said or not: what the
 * data holds, that year named when one is asked, and never a reopening invented (before: "Which police station do you
 * want to know about?", the plans in general, or "I can't help with that"). Controls: a counter named is that counter's
 * story; reopenings in the past are the past list; "what will close in 2027" the closures ahead; "is anything open on
 * sunday" the open list; danger leads with 999.
 */
import { DateTime } from 'luxon';
import { it999FirstAsControls } from './call999First';
import { itAnswersFirst } from './harness';

const FRIDAY = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });
const NONE_IN = (year: number) => new RegExp(`^No front counter is due to reopen in ${year}, as far as my sources show \\(my latest source is from 28 February 2026\\)\\.`);
const NONE_AHEAD = /^No front counter is due to reopen, and no return to 24-hour opening is planned, as far as my sources show/;

describe('reopenings ahead, of a year or none, said many ways', function () {
  this.timeout(60_000);
  itAnswersFirst(
    [
      ['is anything reopening in 2027', NONE_IN(2027)],
      ['will any police stations reopen in 2027', NONE_IN(2027)],
      ['any reopenings planned for 2028?', NONE_IN(2028)],
      ['are any front counters reopening in 2027', NONE_IN(2027)],
      ['are any stations reopening next year', NONE_AHEAD],
      ['any reopenings planned', NONE_AHEAD],
      ['is anywhere reopening soon', NONE_AHEAD],
      ['r any of them re opening', NONE_AHEAD],
    ],
    { understood: true, now: FRIDAY },
  );

  describe('controls', () => {
    itAnswersFirst(
      [
        ['will wood green reopen in 2027', /Wood Green/],
        ['did any reopen in 2019', /^(?!No front counter is due)/],
        ['what will close in 2027', /^No front counter closure in 2027 is decided or proposed/],
        ['is anything open on sunday', /^Two police front counters are open in London on Sunday|open in London on Sunday/],
      ],
      { now: FRIDAY },
    );
    it999FirstAsControls(['is anything reopening in 2027 theres a fire in the building next door right now'], FRIDAY);
  });
});
