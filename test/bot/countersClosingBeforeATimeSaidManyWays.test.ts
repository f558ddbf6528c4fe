/**
 * Which counters close before a time, or by it ("which ones shut before 8pm", "any counters close before 11 tonight",
 * "which shut by 7pm on saturday"): those whose closing that day is earlier (or no later), counted and with the time
 * they close, never those closing at the time itself nor the closures of the past; "which ones" with "shut" is such a
 * question when a clock time follows. Controls: closing at a time, a while shut ("shut for 3 years"), a year ("shut in
 * 2017"), and "which ones are shut at 10pm" (which are closed then). Through the bot, on a Friday.
 */
import { DateTime } from 'luxon';
import { itAnswersFirst } from './harness';

const FRIDAY = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });

describe('which counters close before a time, said many ways', function () {
  this.timeout(60_000);
  itAnswersFirst(
    [
      ['which ones shut before 8pm', /^No front counter closes before 20:00 today \(Friday\), as far as my sources show\./],
      ['which counters close before 8pm', /^No front counter closes before 20:00 today \(Friday\)/],
      ['which ones shut before 8pm on sunday', /^25 front counters close before 20:00 on Sunday, at 19:00\./],
      ['any counters close before 11 tonight', /^25 front counters close before 23:00 today \(Friday\), at 22:00\./],
      ['which stations close before 9pm on saturday', /^25 front counters close before 21:00 on Saturday, at 19:00\./],
      ['which ones shut by 7pm on saturday', /^25 front counters close by 19:00 on Saturday\./],
      ['do any of them shut before 10pm on weekdays', /^No front counter closes before 22:00 on weekdays \(Monday to Friday\)/],
      ['which desks close before 7:30pm on the weekend', /^25 front counters close before 19:30 on Saturday and Sunday, at 19:00\./],
    ],
    { now: FRIDAY },
  );
});

describe('controls: closing at a time, a while or a year shut, and shut at a time', function () {
  this.timeout(60_000);
  itAnswersFirst(
    [
      ['which ones shut at 7pm on saturday', /^25 front counters close at 19:00 on Saturday\./],
      ['which close at 10', /^25 front counters close at 22:00 today \(Friday\)\./],
      ['which ones shut in 2017', /^36 front counters closed in 2017/],
      ['which ones are shut at 10pm', /^25 of the 27 police front counters in London are closed at 10pm today/],
      ['which closes earliest today', /^\*\*(?:Lewisham|Charing Cross)\*\* and \*\*(?:Lewisham|Charing Cross)\*\* are open 24 hours a day; the other 25 all close at 22:00 today/],
    ],
    { now: FRIDAY },
  );
});
