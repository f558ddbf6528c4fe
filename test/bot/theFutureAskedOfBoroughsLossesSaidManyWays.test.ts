/**
 * The future asked of which boroughs or areas will lose counters ("which borough will lose the most stations", "which
 * boroughs are going to lose counters", "what areas will lose police stations next"): what the plans in the data hold
 * (no more closures decided or proposed, dated by the latest source), never the closures already on record as if ahead.
 * Before, the borough that lost the most in the past was given. Controls: the past asked ("which borough lost the most
 * stations", "which borough has lost the most counters") keeps the closures on record; "will any more stations close"
 * keeps the plans' answer; a borough's own ahead ("any more closures planned in croydon"); danger leads with 999.
 */
import { DateTime } from 'luxon';
import { itAnswersFirst } from './harness';

const FRIDAY = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });
const NONE_AHEAD = /^No more front counter closures are decided or proposed, as far as my sources show \(my latest source is from 28 February 2026\)/;
const LOST_MOST = /^Westminster lost the most front counters: 4, of 50 closures/;

describe('the future asked of which boroughs will lose counters, said many ways: what the plans hold', function () {
  this.timeout(60_000);
  itAnswersFirst(
    [
      ['which borough will lose the most stations', NONE_AHEAD],
      ['which boroughs are going to lose counters', NONE_AHEAD],
      ['what areas will lose police stations next', NONE_AHEAD],
      ['which borough is set to lose the most front counters', NONE_AHEAD],
      ['where are they gonna close stations next', NONE_AHEAD],
      ['which council areas are due to lose their counters', NONE_AHEAD],
    ],
    { understood: true, now: FRIDAY },
  );

  describe('controls', () => {
    itAnswersFirst(
      [
        ['which borough lost the most stations', LOST_MOST],
        ['which borough has lost the most counters', LOST_MOST],
        ['will any more stations close', NONE_AHEAD],
        ['which borough will lose the most stations? theres a fire in my kitchen now', /^\*\*Call 999 now/],
      ],
      { now: FRIDAY },
    );
  });
});
