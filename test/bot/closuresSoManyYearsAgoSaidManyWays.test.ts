/**
 * The closures of a year said as so many years ago ("which counters closed 2 years ago", "how many stations closed 9 years
 * ago", "what closed a year ago", "did any police stations shut three yrs ago"): that calendar year's closures, as "last
 * year" is read (was: every closure since July 2017, or the closures counted by year). Follow-ups keep to the year.
 * Controls: "in the last 2 years" is the two years to today; a counter's own "closed 2 years ago?" asks of it; the count
 * of counters "3 years ago" stays a count.
 */
import { DateTime } from 'luxon';
import { itAnswersFirst, itAnswersLast } from './harness';

const FRIDAY = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });
const NONE_IN_2025 = /^My sources date no front counter closure in 2025 itself/;

describe('closures so many years ago, said many ways', function () {
  this.timeout(60_000);
  itAnswersFirst(
    [
      ['which counters closed 2 years ago', /^One front counter closed on 6 March 2024: Forest Gate/],
      ['what closed a year ago', NONE_IN_2025],
      ['did any police stations shut three yrs ago', /^No front counter closed in 2023/],
      ['how many stations closed 6 years ago', /^Seven front counters closed in 2020/],
      ['which front desks closed four years ago?', /^No front counter closed in 2022/],
    ],
    { understood: true, now: FRIDAY },
  );
  itAnswersLast(
    [
      [['which counters closed 2 years ago', 'and 6 years ago?'], /^Seven front counters closed in 2020/],
    ],
    FRIDAY,
  );

  describe('controls', () => {
    itAnswersFirst(
      [
        ['closures in the last 2 years', /^Ten front counters closed on 28 February 2026/],
        ['how many counters were there 3 years ago', /^As of 1 July 2023 \(the middle of 2023\), 38 front counters were open in London/],
        ['which counters closed in 2020', /^Seven front counters closed in 2020/],
        ['did kensington close 2 years ago', /^No\. In 2024 \(2 years ago\), the front counter at \*\*Kensington Police Station\*\* was open/],
      ],
      { now: FRIDAY },
    );
  });
});
