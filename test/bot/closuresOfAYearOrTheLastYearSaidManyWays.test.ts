/**
 * Closures asked of a year are that calendar year, however they are asked: "number of closures in 2018", "closures in
 * 2018?" (was: the round of 14 December 2017 to January 2018, 36 counters, under "in 2018"; the year itself had one,
 * Holborn, as "how many closed in 2018" answered). "How many closures were there in 2017" counts them (was: the 2017
 * plan's description, the count never said). "In the last year" / "the past year" is the twelve months to today (was:
 * 2025, a year with none). Controls: "last year" alone is still 2025; "the 2017 closures" still names the plan.
 */
import { DateTime } from 'luxon';
import { itAnswersFirst } from './harness';

const FRIDAY = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });
const HOLBORN_ALONE = /^One front counter closed in January 2018 under the 2017 Public Access Strategy \(MOPAC\): Holborn\./;
const TEN_IN_FEBRUARY = /^Ten front counters closed on 28 February 2026 under the 2025 front counter review \(Met\)/;

describe('closures of a year, or of the last year, said many ways', function () {
  this.timeout(60_000);
  itAnswersFirst(
    [
      ['number of closures in 2018', HOLBORN_ALONE],
      ['closures in 2018?', HOLBORN_ALONE],
      ['how many front counter closures happened in 2018', HOLBORN_ALONE],
      ['how many closures were there in 2017', /^36 front counters closed in 2017 under the 2017 Public Access Strategy \(MOPAC\)/],
      ['how many police station closures were there in 2020', /^Seven front counters closed in 2020/],
      ['how many closures were there in 2026', TEN_IN_FEBRUARY],
      ['how many counters closed in the last year', TEN_IN_FEBRUARY],
      ['were there closures in the past year', TEN_IN_FEBRUARY],
      ['how many desks shut in the last year or so', TEN_IN_FEBRUARY],
    ],
    { understood: true, now: FRIDAY },
  );

  describe('controls', () => {
    itAnswersFirst(
      [
        ['how many closed last year', /^My sources date no front counter closure in 2025 itself \(Marlowe House \(Sidcup\) and Paddington Green had closed by 6 August 2025, on dates they do not give\)/],
        ['the 2017 closures', /^\*\*2017 Public Access Strategy \(MOPAC\)\*\*/],
        ['how many police front counters closed in 2018', HOLBORN_ALONE],
      ],
      { now: FRIDAY },
    );
  });
});
