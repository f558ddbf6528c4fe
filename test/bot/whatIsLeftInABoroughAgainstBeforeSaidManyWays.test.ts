/**
 * What is left in a borough set against before, no year said ("what's left in camden now vs before", "how many are left
 * in camden compared to before", "what's left in bromley compared with what there used to be"): what closed there, from
 * the timeline, and what is open today, not only what is left. Controls: what is left alone ("what's left in camden",
 * "how many are left in sutton") is the counters there now; what closed ("what closed in camden") is unchanged; danger
 * leads with 999. Through the bot.
 */
import { DateTime } from 'luxon';
import { it999FirstAsControls } from './call999First';
import { itAnswersFirst } from './harness';

const FRIDAY = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });
const CAMDEN_THEN_AND_NOW = /^Since July 2017, one front counter closed in \*\*Camden\*\*: Holborn \(in January 2018\)\./;

describe('what is left in a borough against before, said many ways', function () {
  this.timeout(60_000);
  itAnswersFirst(
    [
      ["what's left in camden now vs before", CAMDEN_THEN_AND_NOW],
      ['how many are left in camden compared to before', CAMDEN_THEN_AND_NOW],
      ['whats left in camden versus back then', CAMDEN_THEN_AND_NOW],
      ['how many stations are left in redbridge vs back then', /^Since July 2017, one front counter closed in \*\*Redbridge\*\*: Barkingside/],
      ["what's left in bromley compared with what there used to be", /^Since July 2017, two front counters closed in \*\*Bromley\*\*/],
      ['how many counters are left in bromley compared to before', /^Since July 2017, two front counters closed in \*\*Bromley\*\*/],
    ],
    { understood: true, now: FRIDAY },
  );

  describe('controls', () => {
    itAnswersFirst(
      [
        ["what's left in camden", /^Camden has one police front counter: \*\*Kentish Town Police Station\*\*/],
        ['how many are left in sutton', /^Sutton has one police front counter: \*\*Sutton Police Station\*\*/],
        ['what closed in camden', CAMDEN_THEN_AND_NOW],
      ],
      { now: FRIDAY },
    );
    it999FirstAsControls(["what's left in camden now vs before, someone is kicking my door in right now"], FRIDAY);
  });
});
