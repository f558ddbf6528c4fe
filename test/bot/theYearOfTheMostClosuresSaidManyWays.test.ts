/**
 * The year with the most closures, asked any way ("worst year for closures", "biggest year for counter closures",
 * "the year with the most closures", "what year saw the most shut", "which year had the most closures since 2020"):
 * the first sentence names the year and its count, from the timeline, not a list of closures or the size of a
 * building. Within a period of more than one year ("since 2020"), only its years are counted. A list of closures, the
 * counts of each year, two years compared and the size of a station keep their answers.
 */
import { DateTime } from 'luxon';
import { itAnswersFirst } from './harness';

const NOW = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });
const SINCE_THE_LIST = /^The most front counters closed in 2017: 36, of 59 closures from July 2017 to 4 December 2026\.$/;
const SINCE_2020 = /^The most front counters closed in 2026: 10, of 22 closures from January 2020 to 4 December 2026\.$/;

const CASES: [string, RegExp][] = [
  ['worst year for closures', SINCE_THE_LIST],
  ['which was the worst year for police station closures', SINCE_THE_LIST],
  ['biggest year for counter closures?', SINCE_THE_LIST],
  ['the year with the most closures', SINCE_THE_LIST],
  ['most closures in one year?', SINCE_THE_LIST],
  ['what year saw the most shut', SINCE_THE_LIST],
  ['which year had the most closures since 2017', SINCE_THE_LIST],
  ['which year had the most closures since 2020', SINCE_2020],
  ['which year did most stations close since 2020', SINCE_2020],
];

describe('the year with the most closures: the year and its count first', function () {
  this.timeout(60_000);
  itAnswersFirst(CASES, { now: NOW });

  const CONTROLS: [string, RegExp][] = [
    ['which stations closed since 2020', /^19 front counters closed between 2020 and 28 February 2026:/],
    ['how many closed each year', /^Front counter closures by year, from July 2017/],
    ['which year had the most closures, 2017 or 2020', /^More front counters closed in 2017 \(36\) than in 2020 \(7\)/],
    ['what closed in 2020', /^Seven front counters closed in 2020:/],
    ["what's the biggest police station in london", /^My sources don't say how big police stations/],
  ];
  describe('as before', () => itAnswersFirst(CONTROLS, { now: NOW }));
});
