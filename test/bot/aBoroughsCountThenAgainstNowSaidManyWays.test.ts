/**
 * A borough's count of counters in a past year against now, many ways, through the real bot: both counts first (as
 * London's then against now is answered), the yes or no when more or fewer was asked, then which counters each were.
 * The counts are the timeline's (events.csv as of the year's 1 July, and as of the test clock). A counter asked of then
 * and now, by its name alone, keeps its own answer.
 */
import { itAnswersFirst } from './harness';

const HACKNEY = /^Hackney had two front counters open on 1 July 2017 \(the middle of 2017\); one is open now \(26 November 2026\): one fewer\.$/;
const LAMBETH = /^Lambeth had three front counters open on 1 July 2017 \(the middle of 2017\); one is open now \(26 November 2026\): two fewer\.$/;

describe('a borough\'s count then against now, said many ways: both counts first', () => {
  itAnswersFirst([
    ['whats left in hackney now versus 2017', HACKNEY],
    ['how many counters did hackney have in 2017 compared to now', HACKNEY],
    ['how many counters in lambeth in 2017 compared to now', LAMBETH],
    ['lambeth police stations 2017 vs today?', LAMBETH],
    ['how many front desks does lambeth have now compared with 2017', LAMBETH],
    ['were there more police stations in croydon in 2017 than now', /^Yes: Croydon had two front counters open on 1 July 2017 \(the middle of 2017\); one is open now \(26 November 2026\): one fewer\.$/],
    ['are there fewer counters in bromley now than in 2019', /^No: Bromley had one front counter open on 1 July 2019 \(the middle of 2019\); one is open now \(26 November 2026\): the same number\.$/],
    ['how many counters in westminster in 2020 compared to today', /^Westminster had two front counters open on 1 July 2020 \(the middle of 2020\); one is open now \(26 November 2026\): one fewer\.$/],
    ['how many counters did redbridge have in 2016 compared to now', /^One front counter is open in Redbridge now \(26 November 2026\)\. My sources before July 2017 cover only some counters/],
  ]);
});

describe('near a borough\'s count then against now: their own answers, as before', () => {
  itAnswersFirst([
    ['how many counters are there in london now compared to 2017', /^London had 73 front counters open on 1 July 2017 \(the middle of 2017\); 27 are open now \(26 November 2026\): 46 fewer\.$/],
    ['is croydon open now compared to 2019', /^The front counter at \*\*Croydon Police Station\*\* is open now/],
    ['bromley police station in 2018 vs now', /^The front counter at \*\*Bromley Police Station\*\* is open now/],
    ['which counters did croydon have in 2019', /^\*\*Croydon\*\* had one police front counter open on 1 July 2019 \(the middle of 2019\): \*\*Croydon Police Station\*\*\.$/],
    ['what did the 2017 plan do to lambeth', /^Under the 2017 Public Access Strategy \(MOPAC\), in \*\*Lambeth\*\*: /],
    ['whats left in hackney', /^Hackney has one police front counter: \*\*Stoke Newington Police Station\*\*/],
  ]);
});
