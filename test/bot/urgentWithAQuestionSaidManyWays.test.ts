/**
 * "Urgent" with a question about a counter or place, no danger read and no emergency named ("brixton open now pls
 * its urgent"): when unsure, 999 leads, as a condition ("If you or anyone is in danger now, call 999."), and the
 * question is still answered in the same reply. Urgency alone, danger, or "it's an emergency" stay "Call 999 now".
 */
import { expect } from 'chai';
import { expect999First, firstLine } from './call999First';
import { Conversation } from './harness';

const UNSURE_999 = /^If you or anyone is in danger now, call 999\.$/;

const CASES: [string, RegExp][] = [
  ['brixton open now pls pls pls its urgent', /^Yes, \*\*Brixton Police Station\*\* is open now, until 22:00\.$/m],
  ['URGENT is croydon police station open', /^Yes, \*\*Croydon Police Station\*\* is open now, until 22:00\.$/m],
  ['what time does lewisham close, urgent', /\*\*Lewisham Police Station\*\* is open 24 hours/m],
  ['nearest police station to E17 4PP, its urgent', /^The nearest front counter to E17 4PP is \*\*/m],
  ['really urgent - is wimbledon still open??', /Wimbledon Police Station\*\* closed on 28 February 2026/m],
];

describe('urgent, with a question about a counter or place: 999 leads as a condition, then the answer', function () {
  this.timeout(30_000);
  for (const [say, answer] of CASES) {
    it(say, async () => {
      const [reply] = await new Conversation().say(say);
      expect(firstLine(reply), say).to.match(UNSURE_999);
      expect(reply.text, say).to.match(answer);
    });
  }

  for (const say of ['its urgent', 'is brixton open, its an emergency', 'urgent, my brother is being attacked outside brixton station']) {
    it(`${say}: "Call 999 now"`, async () => {
      const replies = await new Conversation().say(say);
      expect999First(replies, say);
      expect(firstLine(replies[0])).to.match(/^Call 999 now\b/);
    });
  }

  // Said not to be urgent: the question is answered, and no 999 line leads it.
  const NOT_URGENT: [string, RegExp][] = [
    ['not urgent, is ilford open', /^Yes, \*\*Ilford Police Station\*\* is open now, until 22:00\.$/m],
    ['its not an emergency but whats the nearest station to SE1', /^The nearest front counter to SE1 is \*\*Walworth Police Station\*\*/],
    ['not urgent but when does brixton close', /^\*\*Brixton Police Station\*\* is open until 22:00/],
  ];
  for (const [say, answer] of NOT_URGENT) {
    it(`${say}: answered, without 999`, async () => {
      const [reply] = await new Conversation().say(say);
      expect(reply.text, say).to.match(answer);
      expect(firstLine(reply), say).to.not.match(/999/);
    });
  }
});
