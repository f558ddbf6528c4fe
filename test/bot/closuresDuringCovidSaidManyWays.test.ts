/**
 * The closures of the covid years, asked by the words people use ("did any close during covid", "which stations
 * closed during lockdown", "how many counters shut in the pandemic"): those dated from England's first lockdown (23
 * March 2020) to the last legal restrictions lifted (19 July 2021), as a counter's own past is read, not every
 * closure since 2017. "Were there any closures in lockdown / in 2020" is asked of that time gone by, not of closures
 * ahead. A year named, a counter during covid, what was open before covid and closures ahead keep their answers.
 */
import { DateTime } from 'luxon';
import { itAnswersFirst } from './harness';

const NOW = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });
const SIX_IN_COVID = /^Six front counters closed between September 2020 and March 2021:$/;

const ASKED = [
  'did any close during covid',
  'which stations closed during lockdown',
  'how many counters shut in the pandemic',
  'what police stations closed in covid times',
  'were there any closures in lockdown',
  'list the counters that closed during coronavirus',
];

const CONTROLS: [string, RegExp][] = [
  ['which stations closed in 2020', /^Seven front counters closed in 2020:$/],
  ['were there any closures in 2020', /^Yes: seven front counters closed in 2020:$/],
  ['are there any closures planned', /^No more front counter closures are decided or proposed/],
  ['any more closures?', /^No more front counter closures are decided or proposed/],
  ['was brixton open during covid', /^Yes\. During covid \(23 March 2020 \(England's first lockdown\) to 19 July 2021 \(the last legal restrictions lifted\)\), the front counter at \*\*Brixton Police Station\*\* was open 24 hours a day\.$/],
  ['what was open before covid', /^As of 22 March 2020, the day before England's first covid lockdown, 37 front counters were open in London:$/],
];

describe('the closures during covid: those of the covid years', function () {
  this.timeout(60_000);
  // Asked yes or no ("did any close", "were there any"): "Yes: " before the same count.
  itAnswersFirst(ASKED.map((say) => [say, /^(?:did|were) /.test(say) ? new RegExp(`^Yes: s${SIX_IN_COVID.source.slice(2)}`) : SIX_IN_COVID] as const), { now: NOW });
  describe('as before', () => itAnswersFirst(CONTROLS, { now: NOW }));
});
