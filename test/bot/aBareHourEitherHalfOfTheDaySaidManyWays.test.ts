/**
 * An hour said without am or pm, and nothing else to place it ("is brixton open at 8 on sunday"): either half of the day
 * may be meant. The hour the bot takes is answered first as before, then the other half beside it: the same ("At 20:00
 * it is closed too: open 09:00–19:00 that day") or not ("If you meant 21:00, it is open then, until 22:00"; after a yes,
 * by the day's hours rather than a no: "If you meant 21:00, that is outside its hours (09:00–19:00 that day)").
 * Controls: am, pm, a 24-hour time, "tonight", an opening asked ("does it open at 9"), "till 7", and a bare hour the bot
 * already says it took keep their old answers. Through the bot.
 */
import { DateTime } from 'luxon';
import { describe } from 'mocha';
import { itAnswersFirst } from './harness';

/** Friday 4 December 2026, 14:00 in London: Brixton is open Mon–Fri 10:00–22:00 and Sat–Sun 09:00–19:00. */
const NOW = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });

describe('a bare hour, either half of the day, said many ways', () => {
  describe('the hour taken answered as before, then the other half: the same', () => {
    itAnswersFirst(
      [
        ['is brixton open at 8 on sunday', /^No, at 08:00 on Sunday 6 December, \*\*Brixton Police Station\*\* is closed; opens at 09:00 on Sunday 6 December\. At 20:00 it is closed too: open 09:00–19:00 that day\.$/],
        ['brixton open at 8 tomorrow?', /^No, at 08:00 tomorrow \(Saturday 5 December\), .*closed; opens at 09:00.*\. At 20:00 it is closed too: open 09:00–19:00 that day\.$/],
        ['can i go into brixton police station at 8 on saturday', /^No, at 08:00 tomorrow .*At 20:00 it is closed too/],
        ['is brixton open at 8:30 on sunday', /^No, at 08:30 on Sunday 6 December, .*At 20:30 it is closed too/],
        ['is brixton open at half 8 on sunday', /^No, at 08:30 on Sunday 6 December, .*At 20:30 it is closed too/],
        ['is lewisham open at 3 on sunday', /^Yes, at 15:00 on Sunday 6 December, \*\*Lewisham Police Station\*\* is open, 24 hours a day\. At 03:00 it is open too\.$/],
      ],
      { now: NOW, understood: true },
    );
  });

  describe('the hour taken answered as before, then the other half: not the same (a yes never followed by a no)', () => {
    itAnswersFirst(
      [
        ['is brixton open at 9 on sunday', /^Yes, at 09:00 on Sunday 6 December, .*open, until 19:00\. If you meant 21:00, that is outside its hours \(09:00–19:00 that day\)\.$/],
        ['brixton at 11 on monday is it open', /^Yes, at 11:00 on Monday 7 December, .*If you meant 23:00, that is outside its hours \(10:00–22:00 that day\)\./],
        ['can i go to brixton at 9 on monday', /^No, at 09:00 on Monday 7 December, .*closed; opens at 10:00.* If you meant 21:00, it is open then, until 22:00\./],
        ['is brixton open at 6 on sunday', /^Yes, at 18:00 on Sunday 6 December, .*If you meant 06:00, that is outside its hours/],
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
