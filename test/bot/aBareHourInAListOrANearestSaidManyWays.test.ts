/**
 * An hour said without am or pm in a list or a nearest question ("which stations are open at 8 on saturday", "nearest
 * desk open at 9 on monday near SE1"): either half of the day may be meant. The hour the bot takes is answered as before,
 * then the other half beside it, as for one counter: the same ("At 20:00 the same two are open.", "At 20:00 it is the
 * nearest open too.") or not ("If you meant 21:00, 27 are open then.", "If you meant 21:00, Walworth ... is open then.").
 * Controls: am, pm, and a bare hour the bot already says it took keep their old answers. Through the bot.
 */
import { DateTime } from 'luxon';
import { describe } from 'mocha';
import { itAnswersFirst } from './harness';

/** Friday 4 December 2026, 14:00 in London: 27 counters open, 25 of them Mon–Fri 10:00–22:00 and Sat–Sun 09:00–19:00. */
const NOW = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });

describe('a bare hour in a list or a nearest question, said many ways', () => {
  describe('a list: the hour taken, then the other half', () => {
    itAnswersFirst(
      [
        ['which stations are open at 8 on saturday', /^Two police front counters are open in London at 8am on Saturday: .*\. At 20:00 the same two are open\.$/],
        ['which stations are open at 9 on monday', /^Two police front counters are open in London at 9am on Monday: .*\. If you meant 21:00, 27 are open then\.$/],
        ["what's open at 11 tomorrow", /^27 police front counters are open in London at 11am tomorrow: .*\. If you meant 23:00, two are open then: \*\*Charing Cross\*\* and \*\*Lewisham\*\*\.$/],
        ['which police stations are open at 3 on sunday', /^27 police front counters are open in London at 3pm on Sunday: .*\. If you meant 03:00, two are open then: \*\*Charing Cross\*\* and \*\*Lewisham\*\*\.$/],
      ],
      { now: NOW, understood: true },
    );
  });

  describe('a nearest: the hour taken, then the other half', () => {
    itAnswersFirst(
      [
        ['nearest desk open at 8 on saturday near SE1', /^The nearest front counter open at 08:00 tomorrow .* to SE1 is \*\*Charing Cross Police Station\*\*, .*: open 24 hours a day\. At 20:00 it is the nearest open too\.$/],
        ['nearest station open at 9 on monday to SE1', /^The nearest front counter open at 09:00 on Monday 7 December to SE1 is \*\*Charing Cross Police Station\*\*, .* If you meant 21:00, \*\*Walworth\*\*, about 1\.2 km .*, is open then\.$/],
        ['nearest police station to E17 open at 10 on sunday', /^The nearest front counter open at 10:00 on Sunday 6 December to E17 is \*\*Tottenham Police Station\*\*, .* If you meant 22:00, \*\*Charing Cross\*\*, .*, is open then\.$/],
      ],
      { now: NOW, understood: true },
    );
  });

  describe('controls: am, pm, and a bare hour already said taken', () => {
    itAnswersFirst(
      [
        ['which stations are open at 8pm on saturday', /^Two police front counters are open in London at 8pm on Saturday: \*\*Charing Cross\*\* and \*\*Lewisham\*\* open 24 hours a day\.$/],
        ['which stations are open at 8am on saturday', /^Two police front counters are open in London at 8am on Saturday: \*\*Charing Cross\*\* and \*\*Lewisham\*\* open 24 hours a day\.$/],
        ['nearest desk open at 7 near SE1', /^The nearest front counter open at 19:00 tonight to SE1 is \*\*Walworth Police Station\*\*, .*: open until 22:00\. \(I took "7" to mean 19:00 tonight\.\)$/],
        ['nearest desk open at 9am on monday near SE1', /^The nearest front counter open at 09:00 on Monday 7 December to SE1 is \*\*Charing Cross Police Station\*\*, .*: open 24 hours a day\.$/],
      ],
      { now: NOW, understood: true },
    );
  });
});
