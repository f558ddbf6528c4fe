/**
 * The rest of a list just given asked alone ("list them", then "the rest", "the others?", "show the rest", "which are the
 * other 25", "name the others"): the details of that list, which name the large group the answer only counted ("the other
 * 25"), never "Sorry, I can't help with that". Controls: "the rest" with nothing before, after one counter's answer, and
 * "the rest of the week" keep their answers. Through the bot.
 */
import { DateTime } from 'luxon';
import { describe } from 'mocha';
import { itAnswersLast } from './harness';

/** Friday 4 December 2026, 14:00 in London: 27 counters open, 25 of them Mon–Fri 10:00–22:00; Sat–Sun 09:00–19:00. */
const NOW = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });

const THE_OTHER_25 = /^About "27 police front counters are open in London: /;

describe('the rest of a list asked, said many ways', () => {
  describe('the details of the list, naming the group counted', () => {
    itAnswersLast(
      [
        [['list them', 'the rest'], THE_OTHER_25],
        [['list them', 'the others?'], THE_OTHER_25],
        [['list them', 'show the rest'], THE_OTHER_25],
        [['list them', 'which are the other 25'], THE_OTHER_25],
        [['all the stations in london', 'name the others'], THE_OTHER_25],
        [['list every police station in london', 'ok and the remaining ones'], THE_OTHER_25],
        [['which police stations are open now', 'the other ones please'], /^About "27 police front counters are open in London now: /],
      ],
      NOW,
    );
  });

  describe('controls: nothing before, one counter, the rest of the week', () => {
    itAnswersLast(
      [
        [['the rest'], /^Sorry, I can't help with that/],
        [['is brixton open', 'the others'], /^Sorry, I can't help with that/],
        [['what about the rest of the week'], /^Sorry, I can't help with that/],
      ],
      NOW,
    );
  });
});
