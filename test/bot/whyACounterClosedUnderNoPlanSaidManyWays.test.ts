/**
 * Why one counter closed, when it closed under no plan and its own closing row says why ("why did forest gate close",
 * "why was forest gate police station shut", "forest gate police station" then "why did it close", "how come forest
 * gate closed"): that row's words, with the date (was: "My sources do not record why", though the row says a fire).
 * Controls: a counter closed under a plan keeps the plan's reason; a row that says only "police station closed"
 * (Leytonstone) still gives no reason; a counter open again keeps its temporary closure's row.
 */
import { DateTime } from 'luxon';
import { itAnswersFirst, itAnswersLast } from './harness';

const FRIDAY = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });
const FIRE = /^The front counter at \*\*Forest Gate Police Station\*\* closed on 6 March 2024; my sources record: fire destroyed roof; station closed; counter moved to Stratford\.$/;

describe('why a counter closed under no plan, said many ways', function () {
  this.timeout(60_000);
  itAnswersFirst(
    [
      ['why did forest gate close', FIRE],
      ['why was forest gate police station shut', FIRE],
      ['how come forest gate police station closed', FIRE],
      ['whats the reason forest gate station closed down', FIRE],
      ['why did they close forest gate police station', FIRE],
    ],
    { understood: true, now: FRIDAY },
  );
  itAnswersLast([[['forest gate police station', 'why did it close'], FIRE]], FRIDAY);

  describe('controls', () => {
    itAnswersFirst(
      [
        ['why did kennington close', /^The front counter at \*\*Kennington Police Station\*\* closed on 14 December 2017 under the 2017 Public Access Strategy \(MOPAC\); the reason given:/],
        ['why did leytonstone close', /^My sources do not record why the front counter at \*\*Leytonstone Police Station \(former\)\*\* closed: it closed in 2014\.$/],
        ['why did ilford close in 2020', /^The front counter at \*\*Ilford Police Station\*\* closed on 2 November 2020; my sources record: front counter closed for refurbishment/],
      ],
      { now: FRIDAY },
    );
  });
});
