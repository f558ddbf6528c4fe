/**
 * A counter asked open in a year to come, named ("is brixton open in 2027", "will walworth be open next year") or as a
 * follow-up after a counter ("and in 2027?", "what about 2027", "next year?"): whether a closure is planned by then, as
 * far as the sources show, with the year said back (was today's hours, "at 20:27 today", or "Sorry, I can't help with
 * that"). Controls: a closed counter is still "No, ... closed"; a counter with a closure reported keeps that report;
 * closing asked keeps its answer, also of the next year asked after it; a year gone by is still the past; a time ("at
 * 2030?") is still a time; danger leads with 999.
 */
import { DateTime } from 'luxon';
import { it999FirstAsControls } from './call999First';
import { itAnswersFirst, itAnswersLast } from './harness';

const FRIDAY = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });
const NO_CLOSURE = (counter: string, year: number) =>
  new RegExp(`^Yes, as far as my sources show: no closure of the front counter at \\*\\*${counter} Police Station\\*\\* is planned for ${year} or before \\(my latest source is from 28 February 2026\\)\\.`);

describe('a counter in a year to come, said many ways', function () {
  this.timeout(60_000);
  itAnswersFirst(
    [
      ['is brixton open in 2027', NO_CLOSURE('Brixton', 2027)],
      ['will walworth be open next year', NO_CLOSURE('Walworth', 2027)],
      ['will ilford still be open in 2028?', NO_CLOSURE('Ilford', 2028)],
      ['is croydon police station going to be open in 2030', NO_CLOSURE('Croydon', 2030)],
      ['lewisham open in 2027?', NO_CLOSURE('Lewisham', 2027)],
      ['will brixton stay open next year', NO_CLOSURE('Brixton', 2027)],
    ],
    { understood: true, now: FRIDAY },
  );
  itAnswersLast(
    [
      [['is brixton open now?', 'and in 2027?'], NO_CLOSURE('Brixton', 2027)],
      [['is brixton open now?', 'what about 2027'], NO_CLOSURE('Brixton', 2027)],
      [['is brixton open now?', 'next year?'], NO_CLOSURE('Brixton', 2027)],
      [['hours of ilford', 'in 2028?'], NO_CLOSURE('Ilford', 2028)],
      [['is walworth open tomorrow', 'how about next year'], NO_CLOSURE('Walworth', 2027)],
      [['is wood green open', 'and in 2027?'], /^No, the front counter at \*\*Wood Green police front counter \(Fishmongers Arms\)\*\* closed on 14 December 2017\./],
    ],
    FRIDAY,
  );

  describe('controls', () => {
    itAnswersFirst(
      [
        ['is wood green open in 2027', /^No, the front counter at \*\*Wood Green police front counter \(Fishmongers Arms\)\*\* closed on 14 December 2017\./],
        ['will stratford still be open in 2028', /^I can't say it will be open in 2028: the front counter at \*\*Stratford Police Station\*\* is open now, but a closure has been reported by a source/],
        ['is holloway open in 2027', /^No, the front counter at \*\*Holloway Police Station\*\* closed on 30 November 2020\./],
        ['will brixton close in 2027', /^No, the front counter at \*\*Brixton Police Station\*\* is not planned to close/],
        ['is brixton open at 2027', /^Yes, at 20:27 today \(Friday 4 December\), \*\*Brixton Police Station\*\* is open/],
        ['whats closing in 2027', /^No front counter closure in 2027 is decided or proposed/],
      ],
      { now: FRIDAY },
    );
    itAnswersLast(
      [
        [['will brixton close in 2027', 'and 2028?'], /^No, the front counter at \*\*Brixton Police Station\*\* is not planned to close/],
        [['is brixton open now?', 'and in 2019?'], /^Yes\. In 2019, the front counter at \*\*Brixton Police Station\*\* was open 24 hours a day\./],
        [['is brixton open now?', 'at 2030?'], /^At 20:30 today \(Friday 4 December\), \*\*Brixton Police Station\*\* is open/],
      ],
      FRIDAY,
    );
    it999FirstAsControls(['is brixton open in 2027 someone is attacking me', 'and in 2027? theres a man with a knife outside'], FRIDAY);
  });
});
