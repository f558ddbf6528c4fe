/**
 * One's own case or report asked after as updated, progressed or resolved ("has my case been updated", "has my report
 * progressed", "is my case resolved", "has my crime report moved forward"): the bot cannot look up cases, first, and 101
 * or met.police.uk (was: can't help). Controls: the ways of asking already read ("any update on my case", "has my report
 * been looked at") keep the answer; how to report ("how do i report a crime") is not a case looked up; danger leads with
 * 999. Through the bot.
 */
import { DateTime } from 'luxon';
import { it999FirstAsControls } from './call999First';
import { itAnswersFirst } from './harness';

const FRIDAY = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });
const CANNOT_LOOK_UP = /^I can't look up crime reports or cases\.$/;

describe('a case asked after as updated, said many ways', function () {
  this.timeout(60_000);
  itAnswersFirst(
    [
      ['has my case been updated', CANNOT_LOOK_UP],
      ['has my report progressed', CANNOT_LOOK_UP],
      ['is my case resolved', CANNOT_LOOK_UP],
      ['has my crime report moved forward at all', CANNOT_LOOK_UP],
      ['was my burglary case solved?', CANNOT_LOOK_UP],
    ],
    { understood: true, now: FRIDAY },
  );

  describe('controls', () => {
    itAnswersFirst(
      [
        ['any update on my case', CANNOT_LOOK_UP],
        ['has my report been looked at', CANNOT_LOOK_UP],
        ['how do i report a crime', /^To report a crime that is not an emergency: call 101/],
      ],
      { now: FRIDAY },
    );
    it999FirstAsControls(['has my case been updated? hes outside my door again threatening me'], FRIDAY);
  });
});
