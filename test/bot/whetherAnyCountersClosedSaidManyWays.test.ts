/**
 * Whether any counters closed, asked of a time ("did any stations close in february 2026", "did any police stations
 * shut down in 2017?", "stations which have closed recently?"), and of the 24-hour ones in any spelling ("did any 24hr
 * stations close in february 2026", "24hr front counters that closed this year?", "did any round the clock nicks shut
 * in 2026"): the closures of that time, or those of them open 24 hours a day until they closed (was the plan's summary,
 * 'Which police station?', or the 24-hour counters of the day before). Controls: one counter asked whether it closed,
 * something other than counters, the bot itself, and a day's closed counters keep their answers. Through the bot.
 */
import { DateTime } from 'luxon';
import { describe } from 'mocha';
import { itAnswersFirst, itAnswersLast } from './harness';

/** Friday 4 December 2026, 14:00 in London. */
const NOW = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });

/** Asked yes or no: "Yes: " before the same count (its first word in lower case). */
const yes = (re: RegExp): RegExp => new RegExp(`^Yes: ${re.source.charAt(1).toLowerCase()}${re.source.slice(2)}`);
const TEN_OF_2026 = /^Ten front counters closed on 28 February 2026 under the 2025 front counter review \(Met\): Barking Learning Centre, /;
const FIVE_OF_2026 = /^Five of the ten front counters that closed in February 2026 were open 24 hours a day until they closed, as my sources show: /;
const OF_2017 = /^36 front counters closed in 2017 under the 2017 Public Access Strategy \(MOPAC\)/;

describe('whether any counters closed, said many ways', () => {
  describe('the closures of the time asked', () => {
    itAnswersFirst(
      [
        ['did any stations close in february 2026', yes(TEN_OF_2026)],
        ['did any police stations shut down in 2017?', yes(OF_2017)],
        ['did any stations close in 2017', yes(OF_2017)],
        ['did many counters close in 2013', /^My sources before July 2017 cover only some counters: they name three front counters closed in 2013/],
        ['stations which have closed recently?', TEN_OF_2026],
        ['counters that shut down this year', TEN_OF_2026],
        ['did any 24/7 stations close last year', /^My sources date no front counter closure in 2025 itself \(Marlowe House \(Sidcup\) and Paddington Green had closed by 6 August 2025, on dates they do not give\)/],
      ],
      { now: NOW, understood: true },
    );
  });

  describe('the 24-hour ones among them, whatever the spelling', () => {
    itAnswersFirst(
      [
        ['did any 24hr stations close in february 2026', FIVE_OF_2026],
        ['24hr front counters that closed this year?', FIVE_OF_2026],
        ['24 hr counters that shut this year', FIVE_OF_2026],
        ['did any round the clock nicks shut in 2026', FIVE_OF_2026],
        ['did any 24hr police stations close this year', FIVE_OF_2026],
        ['did any 24 hrs stations shut in 2017?', /^Three of the 36 front counters that closed in 2017 were open 24 hours a day until they closed/],
      ],
      { now: NOW, understood: true },
    );
  });

  describe('controls: one counter, something else, the bot, a day, a list', () => {
    itAnswersFirst(
      [
        ['did brixton close in 2017', /^No\. In 2017, the front counter at \*\*Brixton Police Station\*\* was open/],
        ['which 24hr stations are open', /^Only two front counters are open 24 hours a day since 3 March 2026: \*\*Lewisham\*\* and \*\*Charing Cross\*\*\.$/],
        ['which stations closed in 2026', TEN_OF_2026],
      ],
      { now: NOW },
    );
    itAnswersLast([[['is brixton open', 'did it close in 2017'], /^No\. In 2017, the front counter at \*\*Brixton Police Station\*\* was open/]], NOW);
  });
});
