/**
 * A year gone by set against this year by its number ("how many stations in 2017 vs 2026", "in 2017 compared to 2026",
 * "2026 vs 2017", "in 2017 and 2026"), London's or a borough's: this year is now, so the count then is set against the
 * count now (was: the second year dropped, only 2017's count; "2026 vs 2017" the plans). Controls: two years gone by
 * keep both counted; closures in two years keep their closures; one counter's hours then and now stay its own.
 */
import { DateTime } from 'luxon';
import { itAnswersFirst, itAnswersLast } from './harness';

const FRIDAY = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });
const AGAINST_NOW = (n: string, year: string, fewer: string) =>
  new RegExp(`^London had ${n} front counters open on 1 July ${year} \\(the middle of ${year}\\); 27 are open now \\(4 December 2026\\): ${fewer} fewer\\.$`);

describe('a year gone by against this year, said many ways', function () {
  this.timeout(60_000);
  itAnswersFirst(
    [
      ['how many stations in 2017 vs 2026', AGAINST_NOW('73', '2017', '46')],
      ['how many stations in 2017 compared to 2026', AGAINST_NOW('73', '2017', '46')],
      ['how many stations in 2026 vs 2017', AGAINST_NOW('73', '2017', '46')],
      ['how many police stations were there in 2017 and 2026', AGAINST_NOW('73', '2017', '46')],
      ['2017 vs 2026 how many police stations', AGAINST_NOW('73', '2017', '46')],
      ['how many counters did london have in 2019 compared with 2026', AGAINST_NOW('37', '2019', 'ten')],
      ['were there more police stations in 2018 than 2026', /^Yes: London had 37 front counters open on 1 July 2018 \(the middle of 2018\); 27 are open now/],
      ['how many 24hr counters 2019 vs 2026', /^London had at least 32 front counters open 24 hours a day on 1 July 2019 \(the middle of 2019\); two are now \(4 December 2026\)/],
      ['how many stations in hackney in 2017 vs 2026', /^Hackney had two front counters open on 1 July 2017 \(the middle of 2017\); one is open now \(4 December 2026\): one fewer\.$/],
      ['how many counters did lambeth have in 2026 compared to 2018', /^Lambeth had one front counter open on 1 July 2018 \(the middle of 2018\); one is open now \(4 December 2026\)/],
    ],
    { understood: true, now: FRIDAY },
  );

  describe('controls', () => {
    itAnswersFirst(
      [
        ['how many stations in 2017 vs 2019', /^London had 73 front counters open on 1 July 2017 \(the middle of 2017\) and 37 on 1 July 2019/],
        ['how many stations in lambeth in 2017 vs 2019', /^Lambeth had three front counters open on 1 July 2017 \(the middle of 2017\) and one on 1 July 2019/],
        ['how many stations closed in 2017 vs 2026', /^More front counters closed in 2017 \(36\) than in 2026 so far \(10\)/],
        ['how many stations in 2017 vs now', AGAINST_NOW('73', '2017', '46')],
      ],
      { now: FRIDAY },
    );
    itAnswersLast([[['how many stations were there in 2017', 'and in 2019?'], /^As of 1 July 2019 \(the middle of 2019\), 37 front counters were open in London/]], FRIDAY);
  });
});
