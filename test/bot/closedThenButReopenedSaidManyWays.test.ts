/**
 * Of the closures of a time, those that reopened, said with "but" or "and ... since" ("which closed in 2017 but
 * reopened", "what shut in 2020 and has since come back", "which police stations closed in 2017 but are open again"):
 * the counters closed then that reopened later (was: every closure of that time, the reopened condition dropped, or the
 * 2017 plan). Controls: the closures of a time alone stay the list; "and when" is not a reopening.
 */
import { DateTime } from 'luxon';
import { itAnswersFirst } from './harness';

const FRIDAY = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });
const FIVE_OF_2017 = /^Five front counters that closed in 2017 reopened later, as my sources show: \*\*Shoreditch\*\*, \*\*Teddington\*\*, \*\*Holloway\*\*, \*\*Barkingside\*\* and \*\*Stratford\*\*\.$/;

describe('closed then but reopened, said many ways', function () {
  this.timeout(60_000);
  itAnswersFirst(
    [
      ['which closed in 2017 but reopened', FIVE_OF_2017],
      ['which closed in 2017 and reopened', FIVE_OF_2017],
      ['which closed in 2017 but have since reopened', FIVE_OF_2017],
      ['what closed in 2017 but came back', FIVE_OF_2017],
      ['which police stations closed in 2017 but are open again', FIVE_OF_2017],
      ['what shut in 2020 and has since come back', /^Four front counters that closed in 2020 reopened later, as my sources show: \*\*Twickenham\*\*, \*\*Islington\*\*, \*\*Ilford\*\* and \*\*Bethnal Green\*\*\.$/],
      ['which counters closed in 2026 but reopened', /^My sources show no front counter that closed in 2026 \(so far\) reopening later\.$/],
    ],
    { understood: true, now: FRIDAY },
  );

  describe('controls', () => {
    itAnswersFirst(
      [
        ['which closed in 2017', /^36 front counters closed in 2017 under the 2017 Public Access Strategy \(MOPAC\):$/],
        ['which closed in 2017 and when', /^36 front counters closed in 2017 under the 2017 Public Access Strategy \(MOPAC\):$/],
        ['which stations reopened', /reopened/],
      ],
      { now: FRIDAY },
    );
  });
});
