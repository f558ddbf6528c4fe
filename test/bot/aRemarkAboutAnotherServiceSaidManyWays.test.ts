/**
 * A remark about another service said beside the question ("is brixton open, the library is closed", "my bank is closed
 * today, is ilford open", "is croydon police station open, the passport office is shut"): the question is answered as if
 * the remark were not there. Before, "closed" in the remark was taken as what was asked of the counter ("No, ... is open
 * now") or the whole message as about the library ("I can't help with that"). Controls: a remark about a counter
 * ("the one in walworth is closed") is kept; a question about another service is still out of scope; danger leads with 999.
 */
import { expect } from 'chai';
import { DateTime } from 'luxon';
import { it999FirstAsControls } from './call999First';
import { Conversation, itAnswersFirst } from './harness';

const FRIDAY = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });
const FRIDAY_NIGHT = DateTime.fromISO('2026-12-04T23:30', { zone: 'Europe/London' });
const OTHER_PART = /I can't help with the other part|I only know about London's police front counters/;

describe('a remark about another service beside the question, said many ways', function () {
  this.timeout(60_000);
  const cases: [string, RegExp][] = [
    ['is croydon police station open, the passport office is shut', /^Yes, \*\*Croydon Police Station\*\* is open now, until 22:00\./],
    ['is brixton open, the library is closed', /^Yes, \*\*Brixton Police Station\*\* is open now/],
    ['is walworth open today? the council office is closed', /^Yes, \*\*Walworth Police Station\*\* is open today/],
    ['is lewisham open now, my gp surgery is shut', /^Yes, \*\*Lewisham Police Station\*\* is open now, 24 hours a day/],
    ['what time does ilford close, the post office already closed', /^\*\*Ilford Police Station\*\* is open until 22:00/],
    ['the jobcentre is shut so is walworth open', /^Yes, \*\*Walworth Police Station\*\* is open now/],
    ['my local library closed down, when does ilford open tomorrow', /^\*\*Ilford Police Station\*\* opens at 09:00 tomorrow, Saturday 5 December \(open 09:00–19:00\)\./],
    ['is charing cross open now cos the tube station is closed', /^Yes, \*\*Charing Cross Police Station\*\* is open now, 24 hours a day/],
    ['my bank is closed today, is ilford open', /^Yes, \*\*Ilford Police Station\*\* is open now/],
    ['is brixton open, the bank was shut', /^Yes, \*\*Brixton Police Station\*\* is open now/],
    ['nearest open counter to SE15, the library is shut', /^The nearest front counter open now to SE15 is \*\*Walworth Police Station\*\*/],
  ];
  itAnswersFirst(cases, { understood: true, now: FRIDAY });
  for (const [say] of cases) {
    it(`nothing said to be out of scope: ${say}`, async () => {
      expect(await new Conversation('webchat', FRIDAY).askText(say)).to.not.match(OTHER_PART);
    });
  }
  itAnswersFirst([['is brixton open, the library is closed', /^No, \*\*Brixton Police Station\*\* is closed now; opens at 09:00 tomorrow/]], { now: FRIDAY_NIGHT });

  describe('controls', () => {
    it('a remark about another counter is kept: Walworth is answered too', async () => {
      expect(await new Conversation('webchat', FRIDAY).askText('is brixton open, the one in walworth is closed')).to.match(/Walworth/);
    });
    itAnswersFirst(
      [
        ['is the library open', /^Sorry, I can't help with that/],
        ['the passport office is shut', /^I can't help with passports/],
      ],
      { now: FRIDAY },
    );
    it('a second question about another service is still said to be out of scope', async () => {
      expect(await new Conversation('webchat', FRIDAY).askText('is brixton open and can you renew my passport')).to.match(/I can't help with the other part/);
    });
    it999FirstAsControls(['is brixton open, the shop is closed and a man is smashing the window', 'the library is closed and someone is kicking the door in right now'], FRIDAY);
  });
});
