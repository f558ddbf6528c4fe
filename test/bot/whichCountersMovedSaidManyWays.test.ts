/**
 * Which counters moved, asked as which (not whether): "which counters moved", "what stations relocated", "list the
 * counters that moved", "which front desks moved to another station", "which stations moved in 2017": the list itself
 * leads ("My sources record nine front counters whose desk moved ..."), with no "Yes:" to a question that asked no yes or
 * no; none in a year is said plainly, with no "No:". Controls: whether any moved ("did any counters move", "any counters
 * moved?", "have any police stations relocated") still leads with yes or no; a counter named asks of that one; danger
 * leads with 999.
 */
import { DateTime } from 'luxon';
import { it999FirstAsControls } from './call999First';
import { itAnswersFirst } from './harness';

const FRIDAY = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });
const WHICH = /^My sources record nine front counters whose desk moved to another counter when they closed:/;
const WHETHER = /^Yes: my sources record nine front counters whose desk moved to another counter when they closed:/;

describe('which counters moved, said many ways: the list first, no yes', function () {
  this.timeout(60_000);
  itAnswersFirst(
    [
      ['which counters moved', WHICH],
      ['what stations relocated', WHICH],
      ['list the counters that moved', WHICH],
      ['which front desks moved to another station', WHICH],
      ['what police stations have moved', WHICH],
      ['which stations moved in 2017', /^My sources record one front counter whose desk moved to another counter when it closed in 2017: \*\*Uxbridge \(Hillingdon\)\*\* moved to \*\*Hayes\*\*/],
      ['which counters moved in 2019', /^My sources record no front counter whose desk moved to another when it closed in 2019\./],
    ],
    { understood: true, now: FRIDAY },
  );

  describe('controls', () => {
    itAnswersFirst(
      [
        ['did any counters move', WHETHER],
        ['any counters moved?', WHETHER],
        ['have any police stations relocated', WHETHER],
        ['were any counters moved rather than closed', WHETHER],
        ['did any move in 2019', /^No: my sources record no front counter whose desk moved to another when it closed in 2019\./],
        ['did hammersmith move', /^Yes, for a while: the front counter at \*\*Hammersmith Police Station\*\* moved/],
      ],
      { now: FRIDAY },
    );
    it999FirstAsControls(['which counters moved? someone is breaking into my car right now'], FRIDAY);
  });
});
