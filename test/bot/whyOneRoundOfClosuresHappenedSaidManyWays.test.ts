/**
 * Why one round of closures happened, asked by its year, plan or mayor ("why did they close so many stations in 2017",
 * "why did the 2025 closures happen", "why did boris close police stations in 2013"): the first reason the sources
 * give for that plan's closures leads, with the plan named, not the plan's summary nor every plan's reasons. Why
 * counters closed in general, why one counter closed and what a plan did keep their answers.
 */
import { DateTime } from 'luxon';
import { itAnswersFirst } from './harness';

const NOW = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });
const REASON = (plan: string, reason: string) => new RegExp(`^The reasons given for the closures under the \\*\\*${plan}\\*\\*: ${reason}$`);
const OF_2013 = REASON('2013 Police and Crime Plan \\(MOPAC\\)', 'the Met faced a budget gap of about £500m \\(Chiswick W4, Jan 2013\\)\\.');
const OF_2017 = REASON('2017 Public Access Strategy \\(MOPAC\\)', 'the Met\'s budget had been cut by £600m since 2010, with £400m more to save by 2021 \\(MOPAC\\)\\.');
const OF_2025 = REASON('2025 front counter review \\(Met\\)', 'a £260m funding gap, with about 1,700 officer and staff posts cut \\(BBC, Aug 2025\\)\\.');

/** Each plan, asked why of in several ways. */
const ASKED: [RegExp, string[]][] = [
  [OF_2017, ['why did they close so many stations in 2017', 'why were so many police stations shut in 2017', 'why did the 2017 strategy close counters', 'why did sadiq khan close so many police stations']],
  [OF_2025, ['why did the 2025 closures happen', 'whats the reason for the 2025 front counter review closures']],
  [OF_2013, ['why did boris close police stations in 2013']],
];

describe('why one round of closures happened: that plan\'s first reason first', function () {
  this.timeout(60_000);
  itAnswersFirst(ASKED.flatMap(([reason, says]) => says.map((say) => [say, reason] as const)), { now: NOW });
  describe('as before', () =>
    itAnswersFirst(
      [
        ['why did counters close', /^Front counters were closed to save money, as far fewer crimes are now reported at a counter\.$/],
        ['why did wimbledon close', /^The front counter at \*\*Wimbledon Police Station\*\* closed on 28 February 2026 under the 2025 front counter review \(Met\); the reason given: /],
        ['what did the 2017 strategy do', /^\*\*2017 Public Access Strategy \(MOPAC\)\*\*: Cut the 73 front counters/],
      ],
      { now: NOW },
    ));
});
