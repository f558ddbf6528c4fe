/**
 * Which counters are not open on a day, asked with "not" on open ("which ones dont open on weekends", "which stations
 * arent open on saturdays", "which counters never open on a sunday"): the counters closed that day, as "which are closed
 * on sunday" is answered (none: all 27 open), never a question of where the resident is nor the list of those open as if
 * "open" were asked. Controls: an hour after the "not" ("dont open till 10", "dont open 24 hours") and open asked keep
 * their old answers. Through the bot.
 */
import { DateTime } from 'luxon';
import { describe } from 'mocha';
import { itAnswersFirst } from './harness';

const NOW = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });

describe('which are not open on a day, said many ways', () => {
  describe('the ones closed that day', () => {
    itAnswersFirst(
      [
        ['which ones dont open on weekends', /^None of the police front counters in London is closed this weekend: all 27 are open this weekend\./],
        ["which stations don't open on sunday", /^None of the police front counters in London is closed on Sunday: all 27 are open on Sunday\./],
        ["which counters aren't open on saturdays", /^None of the police front counters in London is closed on Saturday/],
        ['which police stations never open on a sunday?', /^None of the police front counters in London is closed on Sunday/],
        ['what stations are not open tomorrow', /^None of the police front counters in London is closed tomorrow/],
        ['which ones dont even open at the weekend', /^None of the police front counters in London is closed this weekend/],
      ],
      { now: NOW, understood: true },
    );
  });

  describe('controls', () => {
    itAnswersFirst(
      [
        ['which stations are shut on sundays', /^None of the police front counters in London is closed on Sunday/],
        ["which stations don't open 24 hours", /^Only two front counters are open 24 hours a day/],
        ['which stations open on sunday', /^27 police front counters are open in London on Sunday/],
      ],
      { now: NOW },
    );
  });
});
