/**
 * A borough's counters in a year gone by ("how many stations did hackney have in 2017"), followed up:
 * - which of those closed ("which one closed", "did any of them shut", "did either close", "are they both still open"):
 *   that borough's closures since, with the one open today (was: every closure across London, or "Yes" for the one
 *   still open when the other had closed);
 * - another year said alone ("and in 2020?", "what about 2019", "and in '22"): the borough's counters that year (was:
 *   "can't help", or 20:20 today).
 * Controls: "which of them are still open" and "and now?" keep their answers; a counter named is that counter; a year
 * to come is not a past count; London's own count asked again of another year is still London's. Through the bot.
 */
import { DateTime } from 'luxon';
import { itAnswersLast } from './harness';

const FRIDAY = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });
const HACKNEY_2017 = 'how many stations did hackney have in 2017';
const LAMBETH_2017 = 'how many stations did lambeth have in 2017';
const HACKNEY_CLOSED = /^Since July 2017, one front counter closed in \*\*Hackney\*\*: Shoreditch \(around 4 September 2021/;
const LAMBETH_CLOSED = /^Since July 2017, two front counters closed in \*\*Lambeth\*\*: Kennington \(14 December 2017\) and Streatham \(14 December 2017\)/;
const LAMBETH_IN = (year: number) => new RegExp(`^\\*\\*Lambeth\\*\\* had one police front counter open on 1 July ${year} \\(the middle of ${year}\\): \\*\\*Brixton Police Station\\*\\*\\.`);

describe("a borough's counters then, followed up, said many ways", function () {
  this.timeout(60_000);
  describe('which of them closed', () => {
    itAnswersLast(
      [
        [[HACKNEY_2017, 'which one closed'], HACKNEY_CLOSED],
        [['how many counters did hackney have in 2017', 'did any of them close'], HACKNEY_CLOSED],
        [[HACKNEY_2017, 'did either close'], HACKNEY_CLOSED],
        [[HACKNEY_2017, 'are they both still open'], HACKNEY_CLOSED],
        [[HACKNEY_2017, 'r they both still open'], HACKNEY_CLOSED],
        [[LAMBETH_2017, 'which ones shut down'], LAMBETH_CLOSED],
        [[LAMBETH_2017, 'what ones got shut'], LAMBETH_CLOSED],
        [[LAMBETH_2017, 'have any of them been closed since'], LAMBETH_CLOSED],
        [[LAMBETH_2017, 'are they all still there'], LAMBETH_CLOSED],
        [[LAMBETH_2017, 'which 1 closed?'], LAMBETH_CLOSED],
      ],
      FRIDAY,
    );
  });

  describe('another year alone', () => {
    itAnswersLast(
      [
        [[LAMBETH_2017, 'and in 2020?'], LAMBETH_IN(2020)],
        [[LAMBETH_2017, 'what about 2020'], LAMBETH_IN(2020)],
        [[LAMBETH_2017, "what about '22"], LAMBETH_IN(2022)],
        [[LAMBETH_2017, 'and in 19?'], LAMBETH_IN(2019)],
        [[LAMBETH_2017, 'and in 2020?', 'how about 2018'], LAMBETH_IN(2018)],
        [['how many counters did hackney have in 2017', 'and 2019?'], /^\*\*Hackney\*\* had one police front counter open on 1 July 2019 \(the middle of 2019\): \*\*Stoke Newington Police Station\*\*\./],
      ],
      FRIDAY,
    );
  });

  describe('controls', () => {
    itAnswersLast(
      [
        [[HACKNEY_2017, 'which of them are still open'], /^The front counter at \*\*Stoke Newington Police Station\*\* is open/],
        [[LAMBETH_2017, 'and now?'], /^Lambeth had three front counters open on 1 July 2017 \(the middle of 2017\); one is open now/],
        [[LAMBETH_2017, 'when did kennington close'], /^The front counter at \*\*Kennington Police Station\*\* closed on 14 December 2017/],
        [[LAMBETH_2017, 'is brixton closed'], /^No, the front counter at \*\*Brixton Police Station\*\* is open/],
        [[LAMBETH_2017, 'what about at 20:20'], /^At 20:20 today \(Friday 4 December\), \*\*Brixton Police Station\*\* is open/],
        [[LAMBETH_2017, 'and 2030?'], /^(?!\*\*Lambeth\*\* had)/],
        [['how many counters did london have in 2017', 'and in 2020?'], /^As of 1 July 2020 \(the middle of 2020\), 37 front counters were open in London/],
        [['which stations closed in hackney'], HACKNEY_CLOSED],
      ],
      FRIDAY,
    );
  });
});
