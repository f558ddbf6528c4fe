/**
 * The closures of a span of years ("which stations closed between 2017 and 2020", "from 2017 to 2019", "stations closed
 * 2017-2020"): every closure in the span, counted first, never the two end years alone (Holborn closed in January 2018,
 * between them) nor a plan's description. Closures asked as what someone closed ("what did the met close in 2020", "did
 * they close any in 2021") are that year's closures, not a question of which counter. Controls: two years named apart
 * ("in 2017 and 2020") stay each year's; a counter named keeps its own answer. Through the bot.
 */
import { DateTime } from 'luxon';
import { describe } from 'mocha';
import { itAnswersFirst } from './harness';

const NOW = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });

describe('closures over a span of years, said many ways', () => {
  describe('a span: every closure in it, counted first', () => {
    itAnswersFirst(
      [
        ['which stations closed between 2017 and 2020', /^42 front counters closed between July 2017 and 30 November 2020:/],
        ['stations closed 2017-2020', /^42 front counters closed between July 2017 and 30 November 2020:/],
        ['which stations closed 2017 to 2020', /^42 front counters closed between July 2017 and 30 November 2020:/],
        ['how many police stations shut between 2018 and 2025?', /^11 front counters closed between January 2018 and /],
        ['what closed between 2020 and 2026', /^19 front counters closed between 2020 and 28 February 2026:/],
        ['closures 2018-2021', /^\w+ front counters? closed between January 2018 and /],
      ],
      { now: NOW, understood: true },
    );
  });

  describe('what someone closed, in a year: that year’s closures', () => {
    itAnswersFirst(
      [
        ['what did the met close in 2020', /^Seven front counters closed in 2020:/],
        ['did they close any in 2021', /^Two front counters closed in 2021:/],
        ['did the police close many in 2017', /^36 front counters closed in 2017 /],
        ['what did sadiq close in 2026', /^Ten front counters closed on 28 February 2026 /],
        ['how many did they shut last year', /^My sources date no front counter closure in 2025 itself \(Marlowe House \(Sidcup\) and Paddington Green had closed by 6 August 2025, on dates they do not give\)/],
      ],
      { now: NOW, understood: true },
    );
  });

  describe('controls', () => {
    itAnswersFirst(
      [
        ['which stations closed in 2017 and 2020', /^36 front counters closed in 2017 /],
        ['did they close brixton', /^No, the front counter at \*\*Brixton Police Station\*\* has not closed/],
        ['did the met close walworth in 2017', /^No\. In 2017, the front counter at \*\*Walworth Police Station\*\* was open/],
        ['what time did they close last night', /^Which police station/],
      ],
      { now: NOW },
    );
  });
});
