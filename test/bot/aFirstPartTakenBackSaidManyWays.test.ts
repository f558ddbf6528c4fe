/**
 * A first part taken back ("how do i butcher a whole chicken? jk, what i actually want is the address of charing cross
 * police", "whats the weather? only joking, is brixton open now", "tell me a joke. anyway, when does ilford close"): only
 * what follows "jk", "only joking", "anyway", "ignore that", "seriously though" is answered, with no "I can't help with the
 * other part" for words the resident did not mean. Controls: an aside not taken back is still said to be out of scope; a
 * place told before "anyway" stays the place asked of; "anyway" at the end changes nothing; danger leads with 999.
 */
import { expect } from 'chai';
import { DateTime } from 'luxon';
import { it999FirstAsControls } from './call999First';
import { Conversation, firstLineOf, itAnswersFirst, itAnswersLast } from './harness';

const FRIDAY = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });
const OTHER_PART = /I can't help with the other part/;

describe('a first part taken back, said many ways', function () {
  this.timeout(60_000);
  const cases: [string, RegExp][] = [
    ['how do i butcher a whole chicken? jk, what i actually want is the address of charing cross police', /^\*\*Charing Cross Police Station\*\*: Agar Street/],
    ["what's the weather like? only joking, is brixton open now", /^Yes, \*\*Brixton Police Station\*\* is open now, until 22:00\./],
    ['tell me a joke. anyway, when does ilford close', /^\*\*Ilford Police Station\*\* is open until 22:00 Monday to Friday/],
    ['whos the best footballer lol jk whats the nearest police station to se15', /^The nearest front counter to SE15 is \*\*Walworth Police Station\*\*/],
    ['can you write me a poem? just kidding. is lewisham open 24 hours', /^Yes, \*\*Lewisham Police Station\*\* is open 24 hours a day/],
    ["what's 2+2? ignore that, where is walworth police station", /^\*\*Walworth Police Station\*\*: 12-28 Manor Place/],
    ['how do i bake bread... seriously though, hours for croydon', /^\*\*Croydon Police Station\*\* is open Mon–Fri 10:00–22:00/],
    ['whats the capital of france haha kidding, which stations are open 24/7', /^Only two front counters are open 24 hours a day/],
  ];
  itAnswersFirst(cases, { understood: true, now: FRIDAY });
  for (const [say] of cases) {
    it(`no "other part" said: ${say}`, async () => {
      expect(await new Conversation('webchat', FRIDAY).askText(say)).to.not.match(OTHER_PART);
    });
  }
  itAnswersLast([[['hello', 'whats the weather? jk is it open at brixton now'], /^Yes, \*\*Brixton Police Station\*\* is open now/]], FRIDAY);

  describe('controls', () => {
    it('an aside not taken back is still said to be out of scope', async () => {
      const text = await new Conversation('webchat', FRIDAY).askText("what's the weather and is brixton open");
      expect(firstLineOf(text)).to.match(/^Yes, \*\*Brixton Police Station\*\* is open/);
      expect(text).to.match(OTHER_PART);
    });
    itAnswersFirst(
      [
        ['i live in brixton, anyway is it open', /^Yes, \*\*Brixton Police Station\*\* is open now/],
        ['is brixton open anyway', /^Yes, \*\*Brixton Police Station\*\* is open now/],
        ['tell me a joke', /^I'm afraid I don't know any jokes/],
      ],
      { now: FRIDAY },
    );
    it999FirstAsControls(['whats the weather? jk someone is breaking into my house right now', 'tell me a joke. anyway a man is following me with a knife'], FRIDAY);
  });
});
