/**
 * Two questions in one message where one half is asked of London's counters as a whole, split at a joining word or
 * where a question mark ends the first as typed ("is brixton open? how many stations are there in london", "whats the
 * nearest to SE15 and which ones are 24 hours", "is ilford open on sunday? which stations closed in 2017"): both
 * answered, each first line in order, the London-wide half London's, not the first half's place again (was: Lambeth's
 * counters alone, or the nearest 24-hour one to SE15). Controls: one question with a question mark ("is brixton open?",
 * "hi? is brixton open", "is brixton open?? thanks") is one answer; "which one is 24 hours" after a nearest is still the
 * nearest 24-hour one; "is it open now?" after "where is croydon police station?" is Croydon's; danger leads with 999.
 * Through the bot.
 */
import { expect } from 'chai';
import { DateTime } from 'luxon';
import { it999FirstAsControls } from './call999First';
import { Conversation } from './harness';

const FRIDAY = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });
const TWO_24_HOURS = /^Only two front counters are open 24 hours a day since 3 March 2026: \*\*Lewisham\*\* and \*\*Charing Cross\*\*/;
const COUNTED = /^\d+ front counters are open in London now; two of them are open 24 hours a day\./;
const BRIXTON_OPEN = /^Yes, \*\*Brixton Police Station\*\* is open now, until 22:00\./;
const NEAREST_SE15 = /^The nearest front counter to SE15 is \*\*Walworth Police Station\*\*/;

/** The first two lines of the reply: each half's first line, in order. */
function itAnswersBoth(cases: readonly (readonly [string, RegExp, RegExp])[]): void {
  for (const [say, first, second] of cases) {
    it(say, async () => {
      const lines = (await new Conversation('webchat', FRIDAY).askText(say)).split('\n').filter((l) => l.trim());
      expect(lines[0], say).to.match(first);
      expect(lines[1], say).to.match(second);
    });
  }
}

describe('two questions in one, one of them London-wide, said many ways', function () {
  this.timeout(60_000);
  itAnswersBoth([
    ['is brixton open? how many stations are there in london', BRIXTON_OPEN, COUNTED],
    ['is brixton open and how many stations are there in london', BRIXTON_OPEN, COUNTED],
    ['whats the nearest to SE15 and which ones are 24 hours', NEAREST_SE15, TWO_24_HOURS],
    ['whats the nearest to SE15? which ones are 24 hours?', NEAREST_SE15, TWO_24_HOURS],
    ['is ilford open on sunday? which stations closed in 2017', /^Yes, \*\*Ilford Police Station\*\* is open on Sunday 6 December, 09:00–19:00\./, /^\d+ front counters closed in 2017/],
    ['how many stations are there in london? is lewisham 24 hours', COUNTED, /^Yes, \*\*Lewisham Police Station\*\* is open 24 hours a day, every day\./],
    ['is walworth open? whats the address', /^Yes, \*\*Walworth Police Station\*\* is open now, until 22:00\./, /^\*\*Walworth Police Station\*\*: 12-28 Manor Place/],
  ]);

  describe('controls', () => {
    for (const say of ['is brixton open?', 'hi? is brixton open', 'is brixton open?? thanks']) {
      it(say, async () => {
        const lines = (await new Conversation('webchat', FRIDAY).askText(say)).split('\n').filter((l) => l.trim());
        expect(lines[0]).to.match(BRIXTON_OPEN);
        expect(lines[1]).to.match(/^Usual hours:/);
      });
    }
    itAnswersBoth([
      ['nearest to E17 and which one is 24 hours', /^The nearest front counter to E17 is/, /^The nearest 24-hour front counter to E17 is \*\*Charing Cross Police Station\*\*/],
      ['where is croydon police station? is it open now?', /^\*\*Croydon Police Station\*\*: 71 Park Lane/, /^Yes, \*\*Croydon Police Station\*\* is open now, until 22:00\./],
    ]);
    it999FirstAsControls(['is brixton open? my ex is outside with a knife'], FRIDAY);
  });
});
