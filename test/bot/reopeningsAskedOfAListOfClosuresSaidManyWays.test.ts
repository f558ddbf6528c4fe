/**
 * Reopenings asked right after a list of closures ("what closed in 2026", then "and what reopened?", "did any of them
 * reopen?"; "which stations closed in 2020", then "and which reopened?"): those of that list that reopened later, for any
 * list with a period (a round of closures too, "February 2026"), never every reopening on record nor "Which police
 * station?". Controls: "what reopened" with no list before, or after every closure, keeps every reopening. Through the bot.
 */
import { DateTime } from 'luxon';
import { describe } from 'mocha';
import { itAnswersLast } from './harness';

/** Friday 4 December 2026, 14:00 in London. */
const NOW = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });

const NONE_OF_2026 = /^(?:No: m|M)y sources show no front counter that closed in February 2026 reopening later\.$/;
const FOUR_OF_2020 = /^(?:Yes: f|F)our front counters that closed in 2020 reopened later, as my sources show: \*\*Twickenham\*\*, \*\*Islington\*\*, \*\*Ilford\*\* and \*\*Bethnal Green\*\*\.$/;
const EVERY_REOPENING = /^(?:Yes: t|T)en front counters reopened after a closure, as my sources show: /;

describe('reopenings asked of a list of closures, said many ways', () => {
  describe('those of the list that reopened later', () => {
    itAnswersLast(
      [
        [['what closed in 2026', 'and what reopened?'], NONE_OF_2026],
        [['what closed in 2026', 'did any of them reopen?'], NONE_OF_2026],
        [['which stations shut this year', 'have any of them reopened'], NONE_OF_2026],
        [['which stations closed in 2020', 'and which reopened?'], FOUR_OF_2020],
        [['which stations closed in 2020', 'did any of those come back'], FOUR_OF_2020],
        [['which stations closed in 2020', 'and have any reopened since'], FOUR_OF_2020],
        [['which stations closed in 2017', 'did any of them reopen'], /^Yes: five front counters that closed in 2017 reopened later, as my sources show: \*\*Shoreditch\*\*, /],
      ],
      NOW,
    );
  });

  describe('controls: no list before, every closure', () => {
    itAnswersLast(
      [
        [['what reopened'], EVERY_REOPENING],
        [['is brixton open', 'which stations reopened'], EVERY_REOPENING],
        [['which stations have closed', 'what reopened'], EVERY_REOPENING],
      ],
      NOW,
    );
  });
});
