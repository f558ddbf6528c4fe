/**
 * Why so many counters were shut, asked with no counter word ("why did they shut so many in 2026", "why did they shut
 * all those", "why were all of them shut in 2026"): the reasons the data gives for that round of closures (or for the
 * closures in general, no time said), never "which police station do you mean?". Controls: "it" with no counter
 * discussed still asks which one; a counter named or discussed keeps its own answer. Through the bot.
 */
import { DateTime } from 'luxon';
import { describe } from 'mocha';
import { itAnswersFirst, itAnswersLast } from './harness';

/** Friday 4 December 2026, 14:00 in London. */
const NOW = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });

const REVIEW_2025 = /^The reasons given for the closures under the \*\*2025 front counter review \(Met\)\*\*: a £260m funding gap/;
const STRATEGY_2017 = /^The reasons given for the closures under the \*\*2017 Public Access Strategy \(MOPAC\)\*\*: /;

describe('why they shut so many, said many ways', () => {
  describe('the reasons for that round, first', () => {
    itAnswersFirst(
      [
        ['why did they shut so many in 2026', REVIEW_2025],
        ['why did they shut so many in 2017', STRATEGY_2017],
        ['why did they shut all those in 2026', REVIEW_2025],
        ['why did the met shut so many in 2026', REVIEW_2025],
        ['why did they shut loads in 2017', STRATEGY_2017],
        ['why were all of them shut in 2026', REVIEW_2025],
        ['why did they shut so many', /^Front counters were closed to save money/],
      ],
      { now: NOW, understood: true },
    );
  });

  describe('controls: one counter asked about keeps its answer', () => {
    itAnswersFirst(
      [
        ['why did they shut it in 2026', /^Which police station do you mean\?$/],
        ['why did chingford shut', /^The front counter at \*\*Chingford Police Station\*\* closed on 28 February 2026/],
      ],
      { now: NOW },
    );
    itAnswersLast([[['is brixton open', 'why did they shut it in 2017'], /^No\. In 2017, the front counter at \*\*Brixton Police Station\*\* was open/]], NOW);
  });
});
