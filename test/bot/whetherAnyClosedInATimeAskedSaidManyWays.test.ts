/**
 * Whether any counter closed in a time, asked yes or no ("did any counters close in 2017", "did any stations close in
 * 2020", "did any police stations shut in 2024", "have any stations been shut since 2020", in a part of London): "Yes"
 * leads the count (was: the count alone); none: "No front counter closed ..." ("were any counters closed in 2019": was
 * "Which police station do you mean?"). Controls: "which counters closed in 2017" and "how many" keep the count; a year
 * read as its plan with none dated in the year itself is no "Yes"; the 24-hour ones keep their answer; danger first.
 */
import { DateTime } from 'luxon';
import { it999FirstAsControls } from './call999First';
import { itAnswersFirst } from './harness';

const FRIDAY = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });

describe('whether any closed in a time, asked yes or no, said many ways', function () {
  this.timeout(60_000);
  itAnswersFirst(
    [
      ['did any counters close in 2017', /^Yes: 36 front counters closed in 2017 under the 2017 Public Access Strategy/],
      ['did any stations close in 2020', /^Yes: seven front counters closed in 2020/],
      ['did any police stations shut in 2024', /^Yes: one front counter closed on 6 March 2024: Forest Gate\./],
      ['did any counters close in east london in 2017', /^Yes: five front counters in East London closed on 14 December 2017/],
      ['have any stations been shut since 2020', /^Yes: 19 front counters closed between 2020 and 28 February 2026/],
      ['were any counters closed in 2019', /^No front counter closed in 2019, as far as my sources show\./],
      ['were there any closures in 2022', /^No front counter closed in 2022, as far as my sources show\./],
    ],
    { now: FRIDAY },
  );

  describe('controls', () => {
    itAnswersFirst(
      [
        ['which counters closed in 2017', /^36 front counters closed in 2017/],
        ['how many closed in 2020', /^Seven front counters closed in 2020/],
        ['did any close in 2025', /^My sources date no front counter closure in 2025 itself/],
        ['did any 24 hour stations close in 2026', /^Five of the ten front counters that closed in February 2026 were open 24 hours a day/],
      ],
      { now: FRIDAY },
    );
    it999FirstAsControls(['did any counters close in 2017 my neighbour is being stabbed'], FRIDAY);
  });
});
