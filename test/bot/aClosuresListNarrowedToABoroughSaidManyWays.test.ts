/**
 * A list of closures just given, narrowed to a borough named ("which closed in 2017", then "how many of them were in
 * westminster", "which ones were in merton", "just the ones in lambeth"): that list's closures in that borough, counted
 * and named first, never the nearest counter to the borough. Controls: a counter asked about, its hours, and a part of
 * London keep their answers. Through the bot.
 */
import { DateTime } from 'luxon';
import { describe } from 'mocha';
import { itAnswersLast } from './harness';

/** Friday 4 December 2026, 14:00 in London. */
const NOW = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });

describe('a closures list narrowed to a borough, said many ways', () => {
  describe('that list, in that borough', () => {
    itAnswersLast(
      [
        [['which closed in 2017', 'how many of them were in westminster'], /^Two front counters in Westminster closed on 14 December 2017 .*: Belgravia and West End Central\.$/],
        [['which stations closed in 2026', 'which ones were in merton'], /^Two front counters in Merton closed on 28 February 2026 .*: Mitcham and Wimbledon\.$/],
        [['which closed in 2017', 'just the ones in lambeth'], /^Two front counters in Lambeth closed on 14 December 2017 .*: Kennington and Streatham\.$/],
        [['which closed in 2017', 'any in croydon?'], /^Two front counters in Croydon closed in 2017 /],
        [['which closed in 2017', 'how many in camden borough'], /^No front counter in Camden closed in 2017, as far as my sources show\.$/],
        [['what closed in 2026', 'which of them were in waltham forest'], /^One front counter in Waltham Forest closed on 28 February 2026 .*: Chingford\.$/],
      ],
      NOW,
    );
  });

  describe('controls: a counter, its hours, a part of London', () => {
    itAnswersLast(
      [
        [['which closed in 2017', 'what about brixton'], /^The front counter at \*\*Brixton Police Station\*\* is open/],
        [['which closed in 2017', 'is croydon open'], /^Yes, \*\*Croydon Police Station\*\* is open now/],
        [['which stations closed in 2026', 'how many were in south london'], /^Two front counters in South London closed on 28 February 2026 .*: Mitcham and Wimbledon\.$/],
      ],
      NOW,
    );
  });
});
