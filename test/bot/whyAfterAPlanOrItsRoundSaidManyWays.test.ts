/**
 * "why?" after one plan or one plan's round of closures ("what was the 2017 strategy", "which closed in 2017", "what
 * closed in feb 2026", then "why", "why?", "but why"): that plan's reasons, from the data (the reasons its sources give),
 * not every plan's. Controls: after closures over several plans or a count then against now, why counters closed in
 * general; after a list of one closure, that counter's reason; danger leads with 999.
 */
import { DateTime } from 'luxon';
import { it999FirstAsControls } from './call999First';
import { itAnswersLast } from './harness';

const FRIDAY = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });
const REASONS_OF = (plan: string) => new RegExp(`^The reasons given for the closures under the \\*\\*${plan.replace(/[()]/g, '\\$&')}\\*\\*: `);
const IN_GENERAL = /^Front counters were closed to save money/;

describe('why, after a plan or its round of closures, said many ways', function () {
  this.timeout(60_000);
  itAnswersLast(
    [
      [['what did the 2017 strategy do', 'why'], REASONS_OF('2017 Public Access Strategy (MOPAC)')],
      [['what was the 2025 review', 'why?'], REASONS_OF('2025 front counter review (Met)')],
      [['tell me about the 2013 plan', 'but why'], REASONS_OF('2013 Police and Crime Plan (MOPAC)')],
      [['which closed in 2017', 'why'], REASONS_OF('2017 Public Access Strategy (MOPAC)')],
      [['what closed in feb 2026', 'why?'], REASONS_OF('2025 front counter review (Met)')],
      [['how many closed under the 2017 strategy', 'y'], REASONS_OF('2017 Public Access Strategy (MOPAC)')],
    ],
    FRIDAY,
  );

  describe('controls', () => {
    itAnswersLast(
      [
        [['which stations closed in westminster', 'why'], IN_GENERAL],
        [['how many were there in 2017 vs now', 'why'], IN_GENERAL],
        // 2021's closures are stand-in counters ending, under no plan: their own rows, not the cuts' reasons.
        [['which closed in 2021', 'why'], /^My sources record no closure plan behind the two front counter closures in 2021; each record says why it closed:$/],
        [['which stations closed in barnet', 'why'], /^The front counter at \*\*Barnet Police Station\*\* closed on 14 December 2017/],
      ],
      FRIDAY,
    );
    it999FirstAsControls(['why? theres someone with a gun outside'], FRIDAY);
  });
});
