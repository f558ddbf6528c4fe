/**
 * The best or quietest time to go to a counter asked ("when is the best time to go", "what time is it least busy", "is
 * it quieter in the morning", "whats the quietest day to visit", "best time to go to brixton police station"): how busy
 * a counter is when is a waiting time the data does not hold, said first, in general or for the counter named or
 * discussed (with its hours) (was: can't help, the clock, or the counter's hours as if they answered). Controls: the
 * clock asked ("what time is it") is the clock; a counter's opening time keeps its answer; danger leads with 999.
 * Through the bot.
 */
import { DateTime } from 'luxon';
import { it999FirstAsControls } from './call999First';
import { itAnswersFirst, itAnswersLast } from './harness';

const FRIDAY = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });
const NONE_HELD = /^My sources have no information about waiting times, parking, toilets, access or other facilities at police stations\./;
const AT = (counter: string) => new RegExp(`^I don't have information about waiting times, access, parking or other facilities at \\*\\*${counter} Police Station\\*\\*`);

describe('the quietest time to go, said many ways', function () {
  this.timeout(60_000);
  itAnswersFirst(
    [
      ['what time is it least busy', NONE_HELD],
      ['when is the best time to go', NONE_HELD],
      ['is it quieter in the morning?', NONE_HELD],
      ['whats the quietest day to visit', NONE_HELD],
      ['when is the police station least busy', NONE_HELD],
      ['best time to go to brixton police station', AT('Brixton')],
      ['what time is lewisham least busy', AT('Lewisham')],
    ],
    { understood: true, now: FRIDAY },
  );
  itAnswersLast(
    [
      [['is brixton open now?', 'when is it quietest'], AT('Brixton')],
      [['is brixton open now?', 'whats the best time to go'], AT('Brixton')],
      [['hours of ilford', 'is it busy on saturdays'], AT('Ilford')],
    ],
    FRIDAY,
  );

  describe('controls', () => {
    itAnswersFirst(
      [
        ['what time is it', /^It's 14:00 on Friday 4 December 2026 in London\./],
        ['what time does brixton open', /^\*\*Brixton Police Station\*\* opens at 10:00 Monday to Friday/],
      ],
      { now: FRIDAY },
    );
    it999FirstAsControls(['when is the best time to go? my ex is outside with a knife'], FRIDAY);
  });
});
