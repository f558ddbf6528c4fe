/**
 * The closures of a borough in a year said alone ("which stations shut in lambeth in 2026"): the calendar year, not that
 * year's one round of closures ("February 2026"): the counters that closed there that year with their dates, or none that
 * year, first. Controls: a month said keeps the month; a year with closures names them. Through the bot.
 */
import { DateTime } from 'luxon';
import { describe } from 'mocha';
import { itAnswersFirst } from './harness';

/** Friday 4 December 2026, 14:00 in London. */
const NOW = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });

describe("a borough's closures in a year said alone, said many ways", () => {
  describe('the calendar year, not its one round', () => {
    itAnswersFirst(
      [
        ['which stations shut in lambeth in 2026', /^No front counter in Lambeth closed in 2026, as far as my sources show\.$/],
        ['how many shut in lambeth in 2026', /^No front counter in Lambeth closed in 2026/],
        ['what closed in lambeth in 2026?', /^No front counter in Lambeth closed in 2026/],
        ['which counters did lambeth lose in 2026', /^No front counter in Lambeth closed in 2026/],
        ['which stations closed in waltham forest in 2026', /^One front counter in Waltham Forest closed on 28 February 2026 .*: Chingford\.$/],
        ['what did lambeth lose in 2017', /^Two front counters in Lambeth closed on 14 December 2017 .*: Kennington and Streatham\.$/],
      ],
      { now: NOW, understood: true },
    );
  });

  describe('controls: a month said keeps the month', () => {
    itAnswersFirst(
      [
        ['what closed in lambeth in february 2026', /^No front counter in Lambeth closed in February 2026/],
        ['which stations closed in waltham forest in february 2026', /^One front counter in Waltham Forest closed on 28 February 2026/],
      ],
      { now: NOW, understood: true },
    );
  });
});
