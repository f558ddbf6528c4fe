/**
 * "What was open" in a year gone by, with no counter named, alone or against now: every counter open then, listed or
 * counted against now ("what was open in 2017 compared to now" asked which police station). Controls: a counter named
 * keeps its own past, "what is open now" still asks where the resident is, and danger still leads with 999.
 */
import { DateTime } from 'luxon';
import { it999FirstAsControls, itAnswersWithout999First } from './call999First';

const FRIDAY = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });

describe('what was open in a year, said many ways', () => {
  itAnswersWithout999First(
    [
      ['what was open in 2017 compared to now', /^London had 73 front counters open on 1 July 2017 \(the middle of 2017\); 27 are open now \(4 December 2026\): 46 fewer\./],
      ['what was open back in 2019 vs today', /^London had 37 front counters open on 1 July 2019 .*; 27 are open now/],
      ['what were open in 2018 compared with today', /^London had 37 front counters open on 1 July 2018 .*; 27 are open now/],
      ['what was open in 2017', /^As of 1 July 2017 \(the middle of 2017\), 73 front counters were open in London:/],
      ['so what was open in 2017', /^As of 1 July 2017 .*, 73 front counters were open in London:/],
      ['and what was open in 2019', /^As of 1 July 2019 .*, 37 front counters were open in London:/],
      ['wat was open in 2020 v now', /^As of 1 July 2020 .*, 37 front counters were open in London:/],
      // Controls.
      ['what was open in 2017 at brixton', /^Yes\. In 2017, the front counter at \*\*Brixton Police Station\*\* was open/],
      ['what is open now', /^27 police front counters are open in London now:/],
    ],
    FRIDAY,
  );

  it999FirstAsControls(['what was open in 2017? someone is breaking into my flat right now', 'my ex is hitting me, what was open in 2017'], FRIDAY);
});
