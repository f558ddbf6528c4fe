/**
 * What is open now set against a year gone by ("whats open now vs 2018", "what's open today compared to 2017", "which
 * are open now versus 2020"): the count then and the count now, from the timeline, as "how many counters now compared
 * to 2017" is answered; never where the resident is. Controls: what is open now alone (London's counters open now),
 * what was open in a year alone (that year's list), danger.
 */
import { itAnswersFirst } from './harness';

const THEN_AND_NOW = (counted: number, year: number, fewer: string) =>
  new RegExp(`^London had ${counted} front counters open on 1 July ${year} \\(the middle of ${year}\\); 27 are open now \\(26 November 2026\\): ${fewer} fewer\\.$`);

const CASES: [string, RegExp][] = [
  ['whats open now vs 2018', THEN_AND_NOW(37, 2018, 'ten')],
  ["what's open today compared to 2017", THEN_AND_NOW(73, 2017, '46')],
  ['which are open now versus 2020', THEN_AND_NOW(37, 2020, 'ten')],
  ['what was open in 2019 vs today', THEN_AND_NOW(37, 2019, 'ten')],
  ['how many counters now compared to 2017', THEN_AND_NOW(73, 2017, '46')],
  ['so what is open now compared with 2018?', THEN_AND_NOW(37, 2018, 'ten')],
  // Controls.
  ['whats open now', /^27 police front counters are open in London now:/],
  ['what was open in 2018', /^As of 1 July 2018 \(the middle of 2018\), 37 front counters were open in London:/],
  ['whats open now vs 2018, a man is hitting my sister', /^\*\*Call 999 now/],
];

describe('what is open now against a year gone by: the count then and now', function () {
  this.timeout(30_000);
  itAnswersFirst(CASES);
});
