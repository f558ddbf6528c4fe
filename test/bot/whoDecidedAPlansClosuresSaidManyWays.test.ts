/**
 * Who decided the closures of one plan, named by its year or name: "who decided the 2025 closures". The first sentence
 * names who decided that plan and when (from the plans data), not the plan's summary. Asked of no plan, the latest
 * leads with the earlier ones listed; a plan asked about on its own keeps its summary.
 */
import { DateTime } from 'luxon';
import { itAnswersFirst } from './harness';

/** Friday 4 December 2026, 14:00 in London. */
const FRIDAY_AFTERNOON = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });

describe("who decided one plan's closures: who, first", function () {
  this.timeout(30_000);
  itAnswersFirst([
    ['who decided the 2025 closures', /^The closures, under the 2025 front counter review \(Met\), were decided on 15 October 2025 by MPS/],
    ['who closed the stations in 2025', /^The closures, under the 2025 front counter review \(Met\), were decided on 15 October 2025 by MPS/],
    ['who decided the 2017 closures', /^The closures, under the 2017 Public Access Strategy \(MOPAC\), were decided on 31 October 2017 by MOPAC \(Mayor Sadiq Khan/],
    ['whose decision were the 2013 closures', /^The closures, under the 2013 Police and Crime Plan \(MOPAC\), were decided in March 2013 by MOPAC \(Mayor Boris Johnson/],
    ['who was responsible for the 2017 closures?', /^The closures, under the 2017 Public Access Strategy \(MOPAC\), were decided/],
    ['who signed off the 2025 front counter review', /^The closures, under the 2025 front counter review \(Met\), were decided on 15 October 2025/],
    // Controls: no plan named (the latest, then the earlier ones), a plan asked about, why of a plan.
    ['who decided the closures', /^The latest closures, under the 2025 front counter review \(Met\), were decided on 15 October 2025/],
    ['what was the 2025 review', /^\*\*2025 front counter review \(Met\)\*\*: /],
  ], { now: FRIDAY_AFTERNOON, understood: true });
});
