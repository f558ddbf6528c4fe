/**
 * After a list of closures that named one counter alone ("which stations closed in barnet": Barnet; "which closed in
 * 2024": Forest Gate), the follow-ups are of that counter: "why" is why it closed (the plan and the reason its sources
 * give, or that they give none), "the first one" and "when did that one close" are it, not the borough's open counter nor a
 * reply not understood. After several closures, "why" is why counters closed, never "no reason to give" of the open
 * counter. Controls: a borough's counters (not closures) keep "the first one" as its open counter; a counter named is
 * itself; danger leads with 999.
 */
import { DateTime } from 'luxon';
import { it999FirstAsControls } from './call999First';
import { itAnswersLast } from './harness';

const FRIDAY = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });
const BARNET_WHY = /^The front counter at \*\*Barnet Police Station\*\* closed on 14 December 2017 under the 2017 Public Access Strategy \(MOPAC\); the reason given: /;

describe('follow-ups after a list of closures, said many ways', function () {
  this.timeout(60_000);
  itAnswersLast(
    [
      [['which stations closed in barnet', 'why'], BARNET_WHY],
      [['what closed in barnet?', 'why did it close'], BARNET_WHY],
      [['which stations closed in barnet', 'y?'], BARNET_WHY],
      [['which stations closed in barnet', 'the first one'], /^The front counter at \*\*Barnet Police Station\*\* closed on 14 December 2017/],
      [['which stations closed in barnet', 'when did that one close'], /^The front counter at \*\*Barnet Police Station\*\* closed on 14 December 2017/],
      [['which closed in 2018', 'why'], /^The front counter at \*\*Holborn Police Station\*\* closed in January 2018 under the 2017 Public Access Strategy \(MOPAC\); the reason given: /],
      [['which closed in 2024', 'the first one'], /^The front counter at \*\*Forest Gate Police Station\*\* closed on 6 March 2024\./],
      [['which closed in 2024', 'why did it close'], /^The front counter at \*\*Forest Gate Police Station\*\* closed on 6 March 2024; my sources record: fire destroyed roof; station closed; counter moved to Stratford\.$/],
      [['which stations closed in westminster', 'why'], /^Front counters were closed to save money/],
      [['did any stations close in lambeth', 'why?'], /^Front counters were closed to save money/],
    ],
    FRIDAY,
  );

  describe('controls', () => {
    itAnswersLast(
      [
        [['police stations in barnet', 'the first one'], /^The front counter at \*\*Colindale Police Station\*\* is open/],
        [['which stations closed in barnet', 'is colindale open sunday'], /^Yes, \*\*Colindale Police Station\*\* is open on Sunday 6 December, 09:00–19:00\./],
        [['which stations closed in westminster', 'why did the first one close'], /^The front counter at \*\*Belgravia Police Station\*\* closed on 14 December 2017 under the 2017 Public Access Strategy/],
        [['when did barnet police station close', 'why'], BARNET_WHY],
      ],
      FRIDAY,
    );
    it999FirstAsControls(['which stations closed in barnet, help someone is breaking into my car'], FRIDAY);
  });
});
