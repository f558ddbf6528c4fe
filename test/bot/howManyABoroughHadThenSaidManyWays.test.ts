/**
 * How many counters a borough had in a year gone by, asked "how many" ("how many stations did croydon have in 2017",
 * "how many police stations did lambeth have in 2020"): the borough's counters then, counted first, even where a counter
 * shares the borough's name; never that one counter's state that year. Controls: a counter's hours then ("how many hours
 * was croydon open in 2017"), London's count then, and then against now keep their old answers. Through the bot.
 */
import { DateTime } from 'luxon';
import { describe } from 'mocha';
import { itAnswersFirst } from './harness';

const NOW = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });

describe('how many a borough had then, said many ways', () => {
  describe("the borough's counters then, counted first", () => {
    itAnswersFirst(
      [
        ['how many stations did croydon have in 2017', /^\*\*Croydon\*\* had two police front counters open on 1 July 2017/],
        ['how many police stations did lambeth have in 2020', /^\*\*Lambeth\*\* had one police front counter open on 1 July 2020/],
        ['how many front counters did bromley have back in 2019', /^\*\*Bromley\*\* had one police front counter open on 1 July 2019/],
        ['how many police stations were in croydon in 2017?', /^\*\*Croydon\*\* had two police front counters open on 1 July 2017/],
        ['how many counters did croydon used to have in 2018', /^\*\*Croydon\*\* had \w+ police front counters? open on 1 July 2018/],
        ['croydon in 2017, how many stations did it have', /^\*\*Croydon\*\* had two police front counters open on 1 July 2017/],
      ],
      { now: NOW, understood: true },
    );
  });

  describe('controls', () => {
    itAnswersFirst(
      [
        ['how many hours was croydon open in 2017', /^In 2017, the front counter at \*\*Croydon Police Station\*\* was open/],
        ['how many stations did london have in 2020', /^As of 1 July 2020 \(the middle of 2020\), 37 front counters were open in London/],
        ['how many stations were in croydon in 2017 compared to now', /^Croydon had two front counters open on 1 July 2017 \(the middle of 2017\); one is open now/],
      ],
      { now: NOW },
    );
  });
});
