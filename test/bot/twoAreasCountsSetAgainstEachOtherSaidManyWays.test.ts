/**
 * How many counters one area has set against another, asked "how many ... compared to / vs / against" with no "more" or
 * "fewer" ("how many stations does newham have compared to hackney"): both counts first, as for "which has more", never
 * the first area's counters alone. Controls: a year set against now, and hours compared, keep their answers. Through the bot.
 */
import { DateTime } from 'luxon';
import { describe } from 'mocha';
import { itAnswersFirst } from './harness';

/** Friday 4 December 2026, 14:00 in London. */
const NOW = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });

describe("two areas' counts set against each other, said many ways", () => {
  describe('both counts first', () => {
    itAnswersFirst(
      [
        ['how many stations does newham have compared to hackney', /^Newham and Hackney have the same: one open front counter each\.$/],
        ['how many counters in croydon vs bromley', /^Croydon and Bromley have the same: one open front counter each\.$/],
        ['how many police stations in south london compared with north london', /^South London has more: eight open front counters, against six in North London\.$/],
        ['how many counters does westminster have against camden', /^Westminster and Camden have the same: one open front counter each\.$/],
        ['how many counters does hackney have versus islington', /^Hackney and Islington have the same: one open front counter each\.$/],
        ['how many police stations in camden compared to westminster', /^Camden and Westminster have the same: one open front counter each\.$/],
      ],
      { now: NOW, understood: true },
    );
  });

  describe('controls: then against now, and hours, keep their answers', () => {
    itAnswersFirst(
      [
        ['how many stations are there now compared to 2018', /^London had 37 front counters open on 1 July 2018 .*; 27 are open now \(4 December 2026\): ten fewer\.$/],
        ['how many hours is brixton open compared to lewisham', /^Lewisham is open longer: 168 hours a week, against 80 at Brixton\.$/],
        ['brixton compared to lewisham', /^Lewisham is open longer: 24 hours, every day, against Mon–Fri 10:00–22:00; Sat–Sun 09:00–19:00 at Brixton\.$/],
      ],
      { now: NOW, understood: true },
    );
  });
});
