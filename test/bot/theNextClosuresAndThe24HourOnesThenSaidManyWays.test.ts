/**
 * Two lists asked of time, whatever the words around them. The next closures ("which are the ones closing next", "what
 * will be the next ones to shut"): the closures ahead as the sources show them, never the closures already past. The
 * 24-hour counters of before, asked without counter words ("how many used to be open 24/7", "which ones were 24 hours"):
 * those of the day before the latest round, never today's two. Controls: the 24-hour ones now, and closures past, keep
 * their answers. Through the bot.
 */
import { DateTime } from 'luxon';
import { describe } from 'mocha';
import { itAnswersFirst } from './harness';

const NOW = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });
const NONE_AHEAD = /^No more front counter closures are decided or proposed, as far as my sources show/;
const BEFORE_THE_ROUND = /^As of 27 February 2026, 32 front counters were open 24 hours a day:/;

describe('the next closures and the 24-hour ones then, said many ways', () => {
  describe('the next closures: those ahead', () => {
    itAnswersFirst(
      [
        ['which are the ones closing next', NONE_AHEAD],
        ['what will be the next ones to shut', NONE_AHEAD],
        ['which are the next stations to close?', NONE_AHEAD],
        ['any idea which counters are shutting down next', NONE_AHEAD],
        ['whats the next police station to go', NONE_AHEAD],
        ['which stations are closing next', NONE_AHEAD],
      ],
      { now: NOW, understood: true },
    );
  });

  describe('the 24-hour ones of before, asked without counter words', () => {
    itAnswersFirst(
      [
        ['how many used to be open 24/7', BEFORE_THE_ROUND],
        ['which ones were 24 hours', BEFORE_THE_ROUND],
        ['how many were open 24 hours before', BEFORE_THE_ROUND],
        ['which ones used to be open all night', BEFORE_THE_ROUND],
        ['which stations used to be 24 hours', BEFORE_THE_ROUND],
      ],
      { now: NOW, understood: true },
    );
  });

  describe('controls', () => {
    itAnswersFirst(
      [
        ['which ones are 24 hours', /^Only two front counters are open 24 hours a day/],
        ['how many 24 hour stations are there', /^Only two front counters are open 24 hours a day/],
        ['which stations closed in 2026', /^Ten front counters closed on 28 February 2026/],
        ['list the closed ones', /^54 front counters closed between July 2017 and 28 February 2026/],
      ],
      { now: NOW },
    );
  });
});
