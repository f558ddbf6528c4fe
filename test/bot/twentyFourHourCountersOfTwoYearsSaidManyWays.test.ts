/**
 * The 24-hour counters of two years gone by set against each other ("more 24 hour stations in 2019 than 2024?", "how many
 * 24 hr stations were there in 2017 vs 2020", "24/7 counters 2019 vs 2025"): both years' counts of counters open 24 hours a
 * day, "at least" where the sources give no hours for some counters open then, and that which year had more cannot be said
 * when those unknown hours leave it open; before mid-2017 that a count may miss some. Before, only the first year was
 * answered. Controls: all counters of two years, a year against now, and one year's 24-hour list keep their answers.
 */
import { DateTime } from 'luxon';
import { itAnswersFirst } from './harness';

const FRIDAY = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });
const BOTH = (a: string, b: string) => new RegExp(`^London had at least \\w+ front counters open 24 hours a day on 1 July ${a} \\(the middle of ${a}\\) and at least \\w+ on 1 July ${b} \\(the middle of ${b}\\)`);

describe('the 24-hour counters of two past years, said many ways: both years', function () {
  this.timeout(60_000);
  itAnswersFirst(
    [
      ['more 24 hour stations in 2019 than 2024?', /^London had at least 32 front counters open 24 hours a day on 1 July 2019 \(the middle of 2019\) and at least 32 on 1 July 2024 \(the middle of 2024\)\. My sources do not give the hours of five open in 2019 and six open in 2024, so I can't say which year had more\.$/],
      ['how many 24 hr stations were there in 2017 vs 2020', BOTH('2017', '2020')],
      ['24/7 counters 2019 vs 2025', BOTH('2019', '2025')],
      ['were there more 24hr police stations in 2020 or 2023', BOTH('2020', '2023')],
      ['how many stations were open 24/7 in 2018 compared to 2022', BOTH('2018', '2022')],
      ['how many 24 hour stations in 2015 vs 2019', /^London had at least five front counters open 24 hours a day on 1 July 2015 .*My sources before July 2017 cover only some counters, so a count then may miss some\.$/],
    ],
    { understood: true, now: FRIDAY },
  );

  describe('controls', () => {
    itAnswersFirst(
      [
        ['more stations in 2018 or 2022?', /^London had 37 front counters open on 1 July 2018 \(the middle of 2018\) and 38 on 1 July 2022 \(the middle of 2022\): one more in 2022\.$/],
        ['were there fewer 24 hour desks in 2018 than now', /^No: London had at least 32 front counters open 24 hours a day on 1 July 2018 \(the middle of 2018\); two are now/],
        ['which stations were 24 hours in 2019', /^As of 1 July 2019 \(the middle of 2019\), 32 front counters were open 24 hours a day:/],
        ['more 24 hour stations in 2019 than 2024? my neighbour is being stabbed', /^\*\*Call 999 now/],
      ],
      { now: FRIDAY },
    );
  });
});
