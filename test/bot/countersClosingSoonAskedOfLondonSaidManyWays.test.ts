/**
 * Counters "closing soon" asked of London as a whole ("are any police stations closing soon", "stations closing soon",
 * "list stations closing soon", "are any stations closing down anytime soon"): the closures ahead, as "which stations
 * are closing soon" already was (was: "No front counter closes in the next hour"). Controls: "which ones close soon"
 * and "in the next hour" ask today's closing times; one counter named keeps its own answer; danger leads with 999.
 */
import { DateTime } from 'luxon';
import { it999FirstAsControls } from './call999First';
import { itAnswersFirst } from './harness';

const FRIDAY = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });
const NONE_AHEAD = /^No more front counter closures are decided or proposed, as far as my sources show/;

describe('counters closing soon, asked of London, said many ways', function () {
  this.timeout(60_000);
  itAnswersFirst(
    [
      ['are any police stations closing soon', NONE_AHEAD],
      ['stations closing soon', NONE_AHEAD],
      ['list stations closing soon', NONE_AHEAD],
      ['are any stations closing down anytime soon', NONE_AHEAD],
      ['is there any police station closing soon', NONE_AHEAD],
      ['any front counters that are closing soon', NONE_AHEAD],
    ],
    { now: FRIDAY },
  );

  describe('controls', () => {
    itAnswersFirst(
      [
        ['which ones close soon', /^No front counter closes in the next hour/],
        ['are any counters closing in the next hour', /^No front counter closes in the next hour/],
        ['is brixton closing soon', /^No, the front counter at \*\*Brixton Police Station\*\* is not planned to close/],
      ],
      { now: FRIDAY },
    );
    it999FirstAsControls(['are any stations closing soon theres a guy with a gun outside'], FRIDAY);
  });
});
