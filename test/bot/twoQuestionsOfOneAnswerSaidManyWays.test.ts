/**
 * Two questions in one whose second the first's answer already gives ("is walworth open tmrw and what time does it shut":
 * yes, and its hours that day): the answer once, not its line again without the yes; and a distance asked as "hows far"
 * ("is hammersmith open now and hows far from w6") is the second question, answered, not dropped. Controls: two halves
 * that ask different things (another day, another counter) keep both answers; danger leads with 999.
 */
import { expect } from 'chai';
import { DateTime } from 'luxon';
import { it999FirstAsControls } from './call999First';
import { Conversation, firstLineOf } from './harness';

const FRIDAY = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });

/** Each case: the message, the first line's pattern, and the line that must be said once only. */
function itAnswersOnce(cases: readonly (readonly [string, RegExp, string])[]): void {
  for (const [say, first, once] of cases) {
    it(say, async () => {
      const text = await new Conversation('webchat', FRIDAY).askText(say);
      expect(firstLineOf(text), say).to.match(first);
      expect(text.split(once).length - 1, `${say}: "${once}" said once`).to.equal(1);
    });
  }
}

/** Each case: the message, then a pattern each line of the first paragraph must match, in turn. */
function itAnswersBoth(cases: readonly (readonly [string, RegExp, RegExp])[]): void {
  for (const [say, first, second] of cases) {
    it(say, async () => {
      const [one, two] = (await new Conversation('webchat', FRIDAY).askText(say)).split('\n');
      expect(one, say).to.match(first);
      expect(two, say).to.match(second);
    });
  }
}

describe('two questions that one answer gives, said many ways', function () {
  this.timeout(60_000);
  itAnswersOnce([
    ['is walworth open tmrw and what time does it shut', /^Yes, \*\*Walworth Police Station\*\* is open tomorrow, Saturday 5 December, 09:00–19:00\.$/, 'is open tomorrow, Saturday 5 December, 09:00–19:00.'],
    ['is croydon open tomorrow and what time does it shut', /^Yes, \*\*Croydon Police Station\*\* is open tomorrow, Saturday 5 December, 09:00–19:00\.$/, 'is open tomorrow, Saturday 5 December, 09:00–19:00.'],
    ['is ilford open on sunday and when does it open', /^Yes, \*\*Ilford Police Station\*\* is open on Sunday 6 December, 09:00–19:00\.$/, 'is open on Sunday 6 December, 09:00–19:00.'],
    ['is brixton open monday and what time does it open and close', /^Yes, \*\*Brixton Police Station\*\* is open on Monday 7 December, 10:00–22:00\.$/, 'is open on Monday 7 December, 10:00–22:00.'],
    ['will lewisham be open tomorrow and until when', /^Yes, \*\*Lewisham Police Station\*\* is open 24 hours tomorrow, Saturday 5 December\.$/, 'is open 24 hours tomorrow'],
  ]);
  itAnswersBoth([
    ['is hammersmith open now and hows far from w6', /^Yes, \*\*Hammersmith Police Station\*\* is open now, until 22:00\.$/, /^The nearest front counter to W6 is \*\*Hammersmith Police Station\*\*, about 0\.4 km/],
    ["is hammersmith open now and how's far from w6", /^Yes, \*\*Hammersmith Police Station\*\* is open now, until 22:00\.$/, /^The nearest front counter to W6 is \*\*Hammersmith Police Station\*\*, about 0\.4 km/],
    ['is peckham open now & hows far is it from se15', /^No, the front counter at \*\*Peckham Police Station\*\* closed on 14 December 2017\.$/, /^\*\*Peckham Police Station\*\* is about 0\.2 km/],
  ]);

  describe('controls', () => {
    itAnswersBoth([
      ['is walworth open tomorrow and is it open on sunday', /^Yes, \*\*Walworth Police Station\*\* is open tomorrow, Saturday 5 December, 09:00–19:00\.$/, /^Yes, \*\*Walworth Police Station\*\* is open on Sunday 6 December, 09:00–19:00\.$/],
      ['is brixton open now and what time does it close', /^Yes, \*\*Brixton Police Station\*\* is open now, until 22:00\.$/, /^\*\*Brixton Police Station\*\* closes at 22:00 today/],
      ['is hammersmith open now and how far is it from w6', /^Yes, \*\*Hammersmith Police Station\*\* is open now, until 22:00\.$/, /^\*\*Hammersmith Police Station\*\* is about/],
    ]);
    it999FirstAsControls(['is walworth open tmrw and what time does it shut, someones trying to break in'], FRIDAY);
  });
});
