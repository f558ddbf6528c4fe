/**
 * A count then and now set side by side with "and" (no "than", no "compared to"): "how many stations in barnet then and
 * now", "how many counters did london have in 2017 and now", "lewisham's police stations back then vs today". Both counts
 * come first, as "compared to now" is answered (was: the count then alone, or today's list alone). With no year said,
 * then is the earliest the sources count every counter (1 July 2017). The counts are the timeline's, at the test clock.
 */
import { itAnswersFirst, itAnswersLast } from './harness';

const LONDON_2017 = /^London had 73 front counters open on 1 July 2017 \(the middle of 2017\); 27 are open now \(26 November 2026\): 46 fewer\.$/;
const LONDON_FIRST_COUNTED = /^London had 73 front counters open on 1 July 2017; 27 are open now \(26 November 2026\): 46 fewer\.$/;
const BARNET = /^Barnet had two front counters open on 1 July 2017( \(the middle of 2017\))?; one is open now \(26 November 2026\): one fewer\.$/;
const LEWISHAM = /^Lewisham had three front counters open on 1 July 2017; one is open now \(26 November 2026\): two fewer\.$/;

describe('a count then and now side by side, said many ways: both counts first', () => {
  itAnswersFirst([
    ['how many stations in barnet then and now', BARNET],
    ['how many stations in barnet in 2017 and now', BARNET],
    ['barnet stations 2017 n now', BARNET],
    ["lewisham's police stations back then vs today", LEWISHAM],
    ['how many counters in southwark before and now', /^Southwark had three front counters open on 1 July 2017; one is open now \(26 November 2026\): two fewer\.$/],
    ['how many nicks in lambeth back in the day compared to now', /^Lambeth had three front counters open on 1 July 2017; one is open now \(26 November 2026\): two fewer\.$/],
    ['how many counters in croydon in 2018 and today', /^Croydon had one front counter open on 1 July 2018 \(the middle of 2018\); one is open now \(26 November 2026\): the same number\.$/],
    ['hackney police stations 2017 and now', /^Hackney had two front counters open on 1 July 2017 \(the middle of 2017\); one is open now \(26 November 2026\): one fewer\.$/],
    ['how many counters did london have in 2017 and now', LONDON_2017],
    ['how many counters did london have in 2017 and how many now', LONDON_2017],
    ['how many police stations in 2017 and how many today', LONDON_2017],
    ['number of front counters 2019 and now', /^London had 37 front counters open on 1 July 2019 \(the middle of 2019\); 27 are open now \(26 November 2026\): ten fewer\.$/],
    ['london police stations then and now', LONDON_FIRST_COUNTED],
    ['how many police stations were there back then compared to now', LONDON_FIRST_COUNTED],
    // More or fewer asked of a borough back then, no date said: the yes or no, then both counts.
    ['were there more police stations in lambeth back then', /^Yes: Lambeth had three front counters open on 1 July 2017; one is open now/],
    ['did hackney use to have more police stations', /^Yes: Hackney had two front counters open on 1 July 2017; one is open now/],
  ]);
});

describe('a count then and now side by side, followed up', () => {
  itAnswersLast([
    [['how many stations in barnet then and now', 'and lambeth?'], /^Lambeth had three front counters open on 1 July 2017; one is open now \(26 November 2026\): two fewer\.$/],
    [['how many counters did london have in 2017 and now', 'and in 2019?'], /^London had 37 front counters open on 1 July 2019 \(the middle of 2019\); 27 are open now/],
  ]);
});

describe('near a count then and now: their own answers, as before', () => {
  itAnswersFirst([
    // One counter then and now: its own past, not its borough's count.
    ['was croydon open in 2017 and now', /^The front counter at \*\*Croydon Police Station\*\* is open now/],
    ['was lewisham 24 hours back in 2017 and is it now', /^The front counter at \*\*Lewisham Police Station\*\* is open now 24 hours a day; in 2017/],
    // Closures in a year, then the count now: two questions, the closures first.
    ['how many stations closed in 2017 and how many now', /^36 front counters closed in 2017 under the 2017 Public Access Strategy/],
    // A year alone, or now alone: that one count.
    ['lambeth stations 2017', /^\*\*Lambeth\*\* had three police front counters open on 1 July 2017 \(the middle of 2017\): /],
    ['police stations in hackney', /^Hackney has one police front counter: \*\*Stoke Newington Police Station\*\*/],
    ['how many stations in london now', /^27 front counters are open in London now/],
    // The 24-hour ones then and now stay the 24-hour ones.
    ['how many 24 hour stations in 2019 and now', /^London had at least 32 front counters open 24 hours a day on 1 July 2019/],
  ]);
});
