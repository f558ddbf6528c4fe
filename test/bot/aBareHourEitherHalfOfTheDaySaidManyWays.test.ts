/**
 * An hour said without am or pm, and nothing else to place it ("is brixton open at 8 on sunday"): either half of the day
 * may be meant. The same answer either way is said once with both times ("No, at 8 (08:00 or 20:00) on Sunday ...
 * closed either way: it is open 09:00–19:00 that day"); answers that differ give the hour taken first, then the other
 * ("If you meant 21:00, it is closed then"). Controls: am, pm, a 24-hour time, "tonight", an opening asked ("does it
 * open at 9"), "till 7", and a bare hour the bot already says it took keep their old answers. Through the bot.
 */
import { DateTime } from 'luxon';
import { describe } from 'mocha';
import { itAnswersFirst } from './harness';

/** Friday 4 December 2026, 14:00 in London: Brixton is open Mon–Fri 10:00–22:00 and Sat–Sun 09:00–19:00. */
const NOW = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });

describe('a bare hour, either half of the day, said many ways', () => {
  describe('closed (or open) either way: both times, the answer once, that day’s hours', () => {
    itAnswersFirst(
      [
        ['is brixton open at 8 on sunday', /^No, at 8 \(08:00 or 20:00\) on Sunday 6 December, \*\*Brixton Police Station\*\* is closed either way: it is open 09:00–19:00 that day\.$/],
        ['brixton open at 8 tomorrow?', /^No, at 8 \(08:00 or 20:00\) tomorrow \(Saturday 5 December\), .*closed either way: it is open 09:00–19:00 that day/],
        ['can i go into brixton police station at 8 on saturday', /^No, at 8 \(08:00 or 20:00\) tomorrow .*closed either way/],
        ['is brixton open at 8:30 on sunday', /^No, at 8:30 \(08:30 or 20:30\) on Sunday 6 December, .*closed either way/],
        ['is brixton open at half 8 on sunday', /^No, at 8:30 \(08:30 or 20:30\) on Sunday 6 December, .*closed either way/],
        ['is lewisham open at 3 on sunday', /^Yes, at 3 \(03:00 or 15:00\) on Sunday 6 December, \*\*Lewisham Police Station\*\* is open either way: it is open 24 hours that day/],
      ],
      { now: NOW, understood: true },
    );
  });

  describe('open at one, closed at the other: the hour taken, then the other', () => {
    itAnswersFirst(
      [
        ['is brixton open at 9 on sunday', /^Yes, at 09:00 on Sunday 6 December, .*open, until 19:00\. If you meant 21:00, it is closed then\.$/],
        ['brixton at 11 on monday is it open', /^Yes, at 11:00 on Monday 7 December, .*If you meant 23:00, it is closed then\./],
        ['can i go to brixton at 9 on monday', /^No, at 09:00 on Monday 7 December, .*closed; opens at 10:00.* If you meant 21:00, it is open then, until 22:00\./],
        ['is brixton open at 6 on sunday', /^Yes, at 18:00 on Sunday 6 December, .*If you meant 06:00, it is closed then\./],
      ],
      { now: NOW, understood: true },
    );
  });

  describe('controls: the half is said, or already said back', () => {
    itAnswersFirst(
      [
        ['is brixton open at 8pm on sunday', /^No, at 20:00 on Sunday 6 December, .*is closed; opens at 10:00 on Monday 7 December\.$/],
        ['is brixton open at 8am on sunday', /^No, at 08:00 on Sunday 6 December, .*is closed; opens at 09:00 on Sunday 6 December\.$/],
        ['is brixton open at 20:00 on sunday', /^No, at 20:00 on Sunday 6 December, .*closed; opens at 10:00 on Monday 7 December\.$/],
        ['is brixton open at 7 tonight', /^Yes, at 19:00 today \(Friday 4 December\), .*open, until 22:00\.$/],
        ['does brixton open at 9 on sunday', /^Yes, at 09:00 on Sunday 6 December, .*open, until 19:00\.$/],
        ['is brixton open till 7 on saturday', /^Yes, \*\*Brixton Police Station\*\* is open tomorrow \(Saturday 5 December\) until 19:00\.$/],
        ['is brixton open at 8', /^Yes, at 20:00 today .*\(I took "8" to mean 20:00 tonight\.\)$/],
        ['could i drop by ilford around 5', /^(?!.*If you meant)/],
      ],
      { now: NOW, understood: true },
    );
  });
});
