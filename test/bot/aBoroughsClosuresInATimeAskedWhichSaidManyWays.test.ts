/**
 * Which counters closed in a borough in a time named, asked as "which" or "how many" ("which closed in 2017 in
 * croydon", "how many closed in croydon in 2017", "what closed in westminster in 2017"): that borough's closures in that
 * time, counted first, even where a counter shares the borough's name; never that counter's own state then. Controls:
 * the counter asked of itself ("did croydon close in 2017") and the borough's closures without a time keep their old
 * answers. Through the bot.
 */
import { DateTime } from 'luxon';
import { describe } from 'mocha';
import { itAnswersFirst } from './harness';

const NOW = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });

describe("a borough's closures in a time, asked which, said many ways", () => {
  describe('the borough’s closures then, counted first', () => {
    itAnswersFirst(
      [
        ['which closed in 2017 in croydon', /^Two front counters in Croydon closed in 2017 /],
        ['how many closed in croydon in 2017', /^Two front counters in Croydon closed in 2017 /],
        ['which ones shut in croydon in 2017?', /^Two front counters in Croydon closed in 2017 /],
        ['what closed in westminster in 2017', /^Two front counters in Westminster closed on 14 December 2017 .*Belgravia and West End Central/],
        ['any closed in bromley in 2026', /^\w+ front counters? in Bromley closed|^No front counter in Bromley closed/],
        // A year said alone is the calendar year, not its one round (February 2026).
        ['which stations shut in lambeth in 2026', /^No front counter in Lambeth closed in 2026/],
      ],
      { now: NOW, understood: true },
    );
  });

  describe('controls', () => {
    itAnswersFirst(
      [
        ['did croydon close in 2017', /^No\. In 2017, the front counter at \*\*Croydon Police Station\*\* was open/],
        ['was croydon closed in 2017', /^No\. In 2017, the front counter at \*\*Croydon Police Station\*\* was open/],
        ['which stations closed in croydon', /^Since July 2017, two front counters closed in \*\*Croydon\*\*/],
        ['how many stations closed in 2017', /^36 front counters closed in 2017 /],
      ],
      { now: NOW },
    );
  });
});
