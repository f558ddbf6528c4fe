/**
 * Counts compared as residents say them: two past years ("how many stations in 2017 vs 2019", "how many stations were
 * there in 2017 compared to 2020", "how many stations in 2017 and 2020"): both years' counts and the difference, numbers
 * first (was the first year's count alone), a year before the sources hold every counter said so with the other's count;
 * two boroughs counted with "number of", "total" or "v" ("number of police stations croydon v bromley", "total police
 * stations lewisham compared to southwark"): each borough's count (was their hours compared). Controls: one year's count,
 * closures of two years compared, and two counters' hours compared keep their answers. Through the bot.
 */
import { DateTime } from 'luxon';
import { describe } from 'mocha';
import { itAnswersFirst } from './harness';

/** Friday 4 December 2026, 14:00 in London. */
const NOW = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });

describe('the counts of two past years or two boroughs, said many ways', () => {
  describe('two past years: both counts and the difference', () => {
    itAnswersFirst(
      [
        ['how many stations in 2017 vs 2019', /^London had 73 front counters open on 1 July 2017 \(the middle of 2017\) and 37 on 1 July 2019 \(the middle of 2019\): 36 fewer in 2019\.$/],
        ['how many stations were there in 2017 compared to 2020', /^London had 73 front counters open on 1 July 2017 \(the middle of 2017\) and 37 on 1 July 2020 \(the middle of 2020\): 36 fewer in 2020\.$/],
        ['how many stations in 2017 and 2020', /^London had 73 front counters open on 1 July 2017 .* and 37 on 1 July 2020/],
        ['number of police stations in 2019 versus 2024', /^London had 37 front counters open on 1 July 2019 \(the middle of 2019\) and 38 on 1 July 2024 \(the middle of 2024\): one more in 2024\.$/],
        ['how many counters in 2013 vs 2018', /^London had 37 front counters open on 1 July 2018 \(the middle of 2018\); my sources cannot say how many it had on 1 July 2013 \(the middle of 2013\): they hold every counter only from July 2017\.$/],
      ],
      { now: NOW, understood: true },
    );
  });

  describe('two boroughs counted with other words', () => {
    itAnswersFirst(
      [
        ['number of police stations croydon v bromley', /^Croydon and Bromley have the same: one open front counter each\.$/],
        ['number of stations in newham v hackney', /^Newham and Hackney have the same: one open front counter each\.$/],
        ['total police stations lewisham compared to southwark', /^Lewisham and Southwark have the same: one open front counter each\.$/],
        ['how many nicks ealing v brent', /^Ealing and Brent have the same: one open front counter each\.$/],
      ],
      { now: NOW, understood: true },
    );
  });

  describe('controls: one year, closures of two years, hours compared', () => {
    itAnswersFirst(
      [
        ['how many stations in 2019', /^As of 1 July 2019 \(the middle of 2019\), 37 front counters were open in London; /],
        ['how many stations closed in 2017 vs 2026', /^More front counters closed in 2017 \(36\) than in 2026 so far \(10\), as my sources show\.$/],
        ['croydon v bromley which is open later', /^Croydon and Bromley have the same hours now: until 22:00\.$/],
      ],
      { now: NOW },
    );
  });
});
