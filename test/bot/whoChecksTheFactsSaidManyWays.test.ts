/**
 * Who checks the bot's facts or keeps them up to date, or whether anyone does ("who checks your info", "who updates your
 * information", "who keeps this up to date", "does anyone check this", "is this info verified", "how do you check your
 * facts"): the project's own research against published sources, not the Met, with when they were last checked, first
 * (was: can't help, or when they were last checked with no word of who). So too who made or is responsible for the
 * facts ("who made the data", "whos responsible for the info"; was: can't help, or the nearest counter asked). Controls: how current the facts are ("how up to
 * date is this") keeps its answer; who runs the bot ("who maintains this bot") and where the facts come from ("how do you
 * know the hours are right") keep theirs; a counter checked on ("do you check if brixton is open") is its status. Through
 * the bot.
 */
import { DateTime } from 'luxon';
import { it999FirstAsControls } from './call999First';
import { itAnswersFirst, itAnswersLast } from './harness';

const FRIDAY = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });
const WHO_CHECKS = /^StationDesk's own research checks my facts against published sources, not the Met: they were last checked on 4 December 2026, and my latest source is from 28 February 2026\./;

describe('who checks the facts, said many ways', function () {
  this.timeout(60_000);
  itAnswersFirst(
    [
      ['who checks your info', WHO_CHECKS],
      ['who updates your information', WHO_CHECKS],
      ['who checks the facts', WHO_CHECKS],
      ['who keeps this up to date', WHO_CHECKS],
      ['does anyone check this', WHO_CHECKS],
      ['who maintains the data', WHO_CHECKS],
      ['who fact checks this?', WHO_CHECKS],
      ['does anybody actually check ur info', WHO_CHECKS],
      ['is this info checked by anyone', WHO_CHECKS],
      ['has this data been verified by a human', WHO_CHECKS],
      ['how do you check your facts', WHO_CHECKS],
      ['who keeps the opening hours up to date', WHO_CHECKS],
      ['is the info checked by the police?', WHO_CHECKS],
      ['how do u keep this up to date', WHO_CHECKS],
      ['who made the data', WHO_CHECKS],
      ['whos responsible for the info', WHO_CHECKS],
      ['who is in charge of your information?', WHO_CHECKS],
    ],
    { understood: true, now: FRIDAY },
  );
  itAnswersLast(
    [
      [['is brixton open now?', 'who updated that'], WHO_CHECKS],
      [['whats the nearest station to SE15', 'does anyone check this stuff'], WHO_CHECKS],
    ],
    FRIDAY,
  );

  describe('controls', () => {
    itAnswersFirst(
      [
        ['how up to date is this', /^My information was last checked on 4 December 2026, and my latest source is from 28 February 2026\./],
        ['how often is this updated', /^My information was last checked on 4 December 2026/],
        ['when was this last checked', /^My information was last checked on 4 December 2026/],
        ['is this information verified', /^My information was last checked on 4 December 2026/],
        ['who maintains this bot', /^I'm StationDesk, an open-source chatbot, not a Metropolitan Police service/],
        ['how do you know the hours are right', /^My facts come from \d+ publishers/],
        ['do you check if brixton is open', /^Yes, \*\*Brixton Police Station\*\* is open now/],
      ],
      { now: FRIDAY },
    );
    it999FirstAsControls(['who checks your info? theres a man with a knife outside my house'], FRIDAY);
  });
});
