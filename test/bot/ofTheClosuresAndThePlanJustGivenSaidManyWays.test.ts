/**
 * Follow-ups of the closures or the plan just given: "which of those were 24 hours", "how many of them were 24/7" after a
 * list of closures: those of the list open round the clock until they closed (not today's 24-hour counters); "how many
 * closed under it", "which stations did it close" after a plan: that plan's closures (not every closure since 2017).
 * Controls: "how many closed in total" after a plan is every closure; a year said after a plan is that year's; "are any
 * of them 24 hours" after the counters open is those open 24 hours now; danger leads with 999.
 */
import { DateTime } from 'luxon';
import { it999FirstAsControls } from './call999First';
import { itAnswersLast } from './harness';

const FRIDAY = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });

describe('of the closures or the plan just given, said many ways', function () {
  this.timeout(60_000);
  itAnswersLast(
    [
      [['what closed in feb 2026', 'which of those were 24 hours'], /^Five of the ten front counters that closed in February 2026 were open 24 hours a day until they closed, as my sources show: \*\*Chingford\*\*/],
      [['which closed in 2017', 'how many of them were 24/7'], /^Three of the 36 front counters that closed in 2017 were open 24 hours a day until they closed/],
      [['which stations closed in 2026 in south london', 'were any of them 24 hour'], /^One of the two front counters in South London that closed in February 2026 was open 24 hours a day until it closed, as my sources show: \*\*Wimbledon\*\*/],
      [['what was the 2017 strategy', 'how many closed under it'], /^36 front counters closed between 14 December 2017 and January 2018 under the 2017 Public Access Strategy \(MOPAC\):/],
      [['tell me about the 2025 review', 'which stations did it close'], /^Ten front counters closed on 28 February 2026 under the 2025 front counter review \(Met\): Barking Learning Centre/],
      [['what was the 2013 plan', 'how many closed because of that'], /^My sources before July 2017 cover only some counters: they name five front counters closed between 2012 and December 2013:/],
      [['what was the 2017 strategy', 'which counters closed under that plan?'], /^36 front counters closed between 14 December 2017 and January 2018 under the 2017 Public Access Strategy \(MOPAC\):/],
    ],
    FRIDAY,
  );

  describe('controls', () => {
    itAnswersLast(
      [
        [['what was the 2017 strategy', 'how many closed in total'], /^54 front counters closed between July 2017 and 28 February 2026:/],
        [['what was the 2017 strategy', 'which closed in 2018'], /^One front counter closed in January 2018 under the 2017 Public Access Strategy \(MOPAC\): Holborn\./],
        [['which counters are open now', 'are any of them 24 hours'], /^Only two front counters are open 24 hours a day since 3 March 2026/],
      ],
      FRIDAY,
    );
    it999FirstAsControls(['how many closed under it, my neighbour is being stabbed'], FRIDAY);
  });
});
