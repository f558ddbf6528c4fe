/**
 * One year gone by weighed against another with the verb left out, as typed on a phone: "more police stations in 2020
 * than 2024?", "fewer counters in 2019 than 2017?", "more stations 2018 or 2025", "2018 vs 2025 police stations" (was:
 * the nearest counter asked for, or not understood). Each year's count comes first, as "were there more stations in 2018
 * than 2024" is answered; of a borough ("more police stations in croydon in 2017 than 2024"), the borough's two counts
 * (was: the first year's list, or the first year against now). Counts are the timeline's as of each year's 1 July.
 */
import { itAnswersFirst } from './harness';

const twoYears = (a: number, b: number) => new RegExp(`^London had \\d+ front counters open on 1 July ${a} \\(the middle of ${a}\\) and \\d+ on 1 July ${b} \\(the middle of ${b}\\): `);

describe('a year against another with no verb, said many ways: each year counted', () => {
  itAnswersFirst([
    ['more police stations in 2020 than 2024?', /^London had 37 front counters open on 1 July 2020 \(the middle of 2020\) and 38 on 1 July 2024 \(the middle of 2024\): one more in 2024\.$/],
    ['fewer counters in 2019 than 2017?', /^London had 37 front counters open on 1 July 2019 \(the middle of 2019\) and 73 on 1 July 2017 \(the middle of 2017\): 36 more in 2017\.$/],
    ['more stations 2018 or 2025', twoYears(2018, 2025)],
    ['more counters in 2017 or 2019', twoYears(2017, 2019)],
    ['2018 vs 2025 police stations', twoYears(2018, 2025)],
    ['less police stations in 2024 than in 2018?', twoYears(2024, 2018)],
    ['which year had more stations 2018 or 2025', twoYears(2018, 2025)],
    ['more front desks in 2021 compared to 2019', twoYears(2021, 2019)],
  ]);
});

describe('a borough\'s year against another: the borough\'s two counts first', () => {
  itAnswersFirst([
    ['more police stations in croydon in 2017 than 2024?', /^Croydon had two front counters open on 1 July 2017 \(the middle of 2017\) and one on 1 July 2024 \(the middle of 2024\): one fewer in 2024\.$/],
    ['were there more police stations in lambeth in 2017 than 2019', /^Lambeth had three front counters open on 1 July 2017 \(the middle of 2017\) and one on 1 July 2019 \(the middle of 2019\): two fewer in 2019\.$/],
    ['lewisham stations 2017 vs 2020', /^Lewisham had three front counters open on 1 July 2017 \(the middle of 2017\) and one on 1 July 2020 \(the middle of 2020\): two fewer in 2020\.$/],
    // Before the sources hold every counter: the year they count, and that the other they cannot.
    ['more stations in redbridge in 2016 than 2019', /^Redbridge had one front counter open on 1 July 2019 \(the middle of 2019\); my sources cannot say how many it had on 1 July 2016 \(the middle of 2016\): they hold every counter only from July 2017\.$/],
  ]);
});

describe('near a year against another: their own answers, as before', () => {
  itAnswersFirst([
    // Against now: then against now, the yes or no asked.
    ['more stations in 2020 than now?', /^Yes: London had 37 front counters open on 1 July 2020 \(the middle of 2020\); 27 are open now/],
    ['were there more police stations in lambeth in 2017 than now', /^Yes: Lambeth had three front counters open on 1 July 2017 \(the middle of 2017\); one is open now/],
    // "or" with nothing weighed: the list of the first year asked, or the counter asked.
    ['which stations were open in 2018 or 2019', /^As of 1 July 2018 \(the middle of 2018\), 37 front counters were open in London/],
    ['was brixton open in 2017 or 2019', /^Yes\. In 2017, the front counter at \*\*Brixton Police Station\*\* was open/],
  ]);
});
