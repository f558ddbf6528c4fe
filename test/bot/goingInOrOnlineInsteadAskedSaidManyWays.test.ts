/**
 * Whether one has to go in, or can do it online or by phone instead, asked on its own or after a counter's answer ("do i
 * have to go in person", "can i do it online instead", "can i just report it online"): No (or Yes, online), then 101 and
 * met.police.uk, which the data says most reports use (was: "Sorry, I can't help with that", or the nearest other
 * counter). Controls: a crime told first keeps its answer; after bail or lost property, whose going in the data does not
 * settle, it is not answered as reporting a crime; a counter's hours asked are still its hours; danger leads with 999.
 * Through the bot.
 */
import { DateTime } from 'luxon';
import { it999FirstAsControls } from './call999First';
import { itAnswersFirst, itAnswersLast } from './harness';

const FRIDAY = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });
const NO = /^No, you don't have to go to a front counter \(you can if you want to\): if it is not an emergency you can call 101, or report online at met\.police\.uk\./;
const ONLINE = /^Yes, if it is not an emergency you don't have to go to a front counter: you can call 101, or report online at met\.police\.uk\./;

describe('going in, or online instead, asked, said many ways', function () {
  this.timeout(60_000);
  itAnswersFirst(
    [
      ['do i have to go in person', NO],
      ['do i need to go in', NO],
      ['can i just report it online', ONLINE],
      ['can i report online instead of going in', ONLINE],
      ['can i do it over the phone instead', ONLINE],
    ],
    { understood: true, now: FRIDAY },
  );
  itAnswersLast(
    [
      [['is brixton open', 'do i have to go in person'], NO],
      [['is brixton open', 'can i do it online instead'], ONLINE],
      [['how do i report a crime', 'do i have to go in person'], NO],
      [['how do i report a crime', 'can i do it online'], ONLINE],
      [['is lewisham open 24 hours', 'can i do it over the phone'], ONLINE],
      [['my bike was stolen', 'do i need to go to a police station'], NO],
    ],
    FRIDAY,
  );

  describe('controls', () => {
    itAnswersLast(
      [
        [['sign me in for bail', 'do i have to go in person'], /^(?!No, you don't have to go)/],
        [['i lost my wallet', 'can i do it online'], /^(?!Yes, if it is not an emergency)/],
        [['is brixton open', 'what time does it close'], /^\*\*Brixton Police Station\*\* (?:closes|closed) at \d\d:\d\d today/],
      ],
      FRIDAY,
    );
    itAnswersFirst([['is brixton open now', /^Yes, \*\*Brixton Police Station\*\* is open now/]], { now: FRIDAY });
    itAnswersFirst([['my phone was stolen can i report it online', /^(?!Sorry)/]], { now: FRIDAY });
    it999FirstAsControls(['someone is breaking in right now do i have to go in person'], FRIDAY);
  });
});
