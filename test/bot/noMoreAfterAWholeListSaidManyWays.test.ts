/**
 * More of a list asked after a list that named every one ("which stations closed in 2026", then "any more?", "and the
 * rest?", "the one after that", "and the next one?", "what about the others", "is that all?"): there are no more, said
 * plainly with what that list was, never "Which police station?" nor "Sorry, I can't help with that". After a nearest
 * desk the same words still give the next nearest; "any others?" after a borough's counters, the next desk near it.
 * Controls: nothing before, one counter's hours, the rest of the week. Through the bot.
 */
import { DateTime } from 'luxon';
import { describe } from 'mocha';
import { itAnswersLast } from './harness';

/** Friday 4 December 2026, 14:00 in London. */
const NOW = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });

const NO_MORE = (listed: string): RegExp => new RegExp(`^There are no more: my last answer named every one \\(${listed}`);
const CLOSED_2026 = NO_MORE('Ten front counters closed on 28 February 2026');

describe('no more after a whole list, said many ways', () => {
  describe('after the closures of a year, of all time, the counters of a year or a borough: none', () => {
    itAnswersLast(
      [
        [['which stations closed in 2026', 'and the rest?'], CLOSED_2026],
        [['which stations closed in 2026', 'any more?'], CLOSED_2026],
        [['which stations closed in 2026', 'the one after that'], CLOSED_2026],
        [['what police stations shut this year', 'and the next one?'], CLOSED_2026],
        [['which stations closed in 2026', 'what about the others'], CLOSED_2026],
        [['list the counters that closed in 2026', 'is that all?'], CLOSED_2026],
        [['which stations closed in 2026', 'are there any others'], CLOSED_2026],
        [['which stations have closed', 'any more on the list'], NO_MORE('54 front counters closed between July 2017 and 28 February 2026')],
        [['which stations were open in 2018', 'ok and the others?'], NO_MORE('As of 1 July 2018 \\(the middle of 2018\\), 37 front counters were open in London')],
        [['which stations are open 24 hours', 'any others?'], NO_MORE('Only two front counters are open 24 hours a day')],
        [['stations in lambeth', 'and the rest?'], NO_MORE('Lambeth has one police front counter')],
        [['which stations closed in 2023', 'any more?'], /^None: no front counter closed in 2023/],
      ],
      NOW,
    );
  });

  describe('controls: a nearest desk walks on, a borough asks for the next desk, nothing before, one counter, the week', () => {
    itAnswersLast(
      [
        [['nearest station to SE1 7EH', 'and the next one?'], /^The next nearest front counter open now to SE1 7EH is \*\*Charing Cross/],
        [['nearest station to SE1 7EH', 'what about the others'], /^The next nearest front counter open now to SE1 7EH is \*\*Charing Cross/],
        [['stations in lambeth', 'any more?'], /^The nearest front counter open now to Brixton Police Station is \*\*Walworth/],
        [['any more?'], /^Which police station/],
        [['the rest'], /^Sorry, I can't help with that/],
        [['is brixton open', 'the others'], /^Sorry, I can't help with that/],
        [['which stations closed in 2026', 'what about the rest of the week'], /^(?!There are no more)/],
      ],
      NOW,
    );
  });
});
