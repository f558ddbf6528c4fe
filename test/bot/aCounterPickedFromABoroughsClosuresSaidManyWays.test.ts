/**
 * A counter picked by its place in a borough's closures list ("which stations closed in lambeth", then "the second one?",
 * "what about the last one", "the 2nd one", "the last one, when did it close"): the closed counter in that place of the
 * list, oldest first as the list shows them, not the borough's counter open now nor the list again. A counter's bracketed
 * note is not read as asked ("Windmill Road (Croydon custody centre)": not a number to call for custody). Controls: after
 * a closures list of London and after the nearest desks the ordinals keep their answers; "is it open" after the borough's
 * closures is still of its one open counter; danger said with an ordinal leads with 999.
 */
import { DateTime } from 'luxon';
import { itAnswersLast } from './harness';

const FRIDAY = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });
const CLOSED = (counter: string) => new RegExp(`^(?:No, )?[Tt]he front counter at \\*\\*${counter}[^*]*\\*\\* closed`);

describe('a counter picked from a borough\'s closures list, said many ways', function () {
  this.timeout(60_000);
  itAnswersLast(
    [
      [['which stations closed in lambeth', 'the second one?'], CLOSED('Streatham')],
      [['which stations closed in lambeth', 'what about the last one'], CLOSED('Streatham')],
      [['which stations closed in lambeth', 'and what about the first one?'], CLOSED('Kennington Police Station')],
      [['which counters in lambeth closed', 'ok the first one'], CLOSED('Kennington Police Station')],
      [['what closed in lambeth', 'the 2nd one?'], CLOSED('Streatham')],
      [['which stations closed in lambeth', 'is the second one open now'], /^No, the front counter at \*\*Streatham[^*]*\*\* closed on 14 December 2017/],
      [['which police stations shut down in croydon', 'the 2nd one'], CLOSED('Windmill Road')],
      [['which police stations shut down in croydon', 'the last one, when did it close'], /^The front counter at \*\*Windmill Road[^*]*\*\* closed on 14 December 2017/],
      [['which stations closed in croydon', 'what about the first one?'], /^The front counter at \*\*Addington Police Station\*\* closed in July 2017/],
      [['which stations closed in westminster', 'the third one'], CLOSED('Paddington Green Police Station')],
    ],
    FRIDAY,
  );

  describe('controls', () => {
    itAnswersLast(
      [
        [['which counters closed in 2026', 'what about the last one'], CLOSED('Wimbledon Police Station')],
        [['which counters closed in 2026', 'the second one?'], CLOSED('Chingford Police Station')],
        [['nearest to SE15', 'the second one'], /\*\*Brixton Police Station\*\*/],
        [['which stations closed in lambeth', 'is it open'], /^Yes, \*\*Brixton Police Station\*\* is open now/],
        [['barnet counters', 'the first one'], /^The front counter at \*\*Colindale Police Station\*\* is open/],
        [['is windmill road open'], /^No, the front counter at \*\*Windmill Road/],
      ],
      FRIDAY,
    );
    itAnswersLast([[['which stations closed in lambeth', 'the second one, a man is attacking me outside'], /^\*\*Call 999 now/]], FRIDAY);
  });
});
