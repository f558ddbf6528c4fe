/**
 * Counters left out of a nearest question or a list ("nearest open counter to se1 other than walworth", "which stations
 * are open now except brixton and walworth", "anywhere open past 10pm apart from charing cross"): the answer leaves
 * them out and says so (was: the left-out counter given as the nearest, "Both are open now", or the nearest to the
 * counter named). Controls: "other than" with no counter named after it; the 24-hour list with one left out.
 */
import { expect } from 'chai';
import { DateTime } from 'luxon';
import { expect999First } from './call999First';
import { Conversation, firstLineOf } from './harness';

const FRIDAY = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });
const ask = async (say: string) => firstLineOf(await new Conversation('webchat', FRIDAY).askText(say));

describe('counters left out of a nearest question or a list, said many ways', () => {
  for (const [say, pattern, notNamed] of [
    ['nearest open counter to se1 other than walworth', /^The nearest front counter open now to SE1 other than Walworth is \*\*Charing Cross Police Station\*\*/, /Walworth Police Station/],
    ['nearest 24 hour station to se13 apart from lewisham', /^The nearest 24-hour front counter to SE13 other than Lewisham is \*\*Charing Cross Police Station\*\*/, /Lewisham Police Station/],
    ['closest station to w6 besides hammersmith open on sunday', /^The nearest front counter open on Sunday 6 December to W6 other than Hammersmith is \*\*/, /\*\*Hammersmith/],
    ['whats the nearest cop shop to SE1 excluding walworth', /^The nearest front counter to SE1 other than Walworth is \*\*/, /\*\*Walworth/],
  ] as const) {
    it(`nearest: ${say}`, async () => {
      const reply = await ask(say);
      expect(reply).to.match(pattern);
      expect(reply).not.to.match(notNamed);
    });
  }

  for (const [say, pattern] of [
    ['is there anywhere open past 10pm on a weekday apart from charing cross', /^Besides Charing Cross, one police front counter is open in London at 10pm today: \*\*Lewisham\*\*/],
    ['which stations are open now except brixton and walworth', /^Besides Brixton and Walworth, 25 police front counters are open in London now/],
    ['any counters open on sunday apart from croydon', /^Besides Croydon, 26 police front counters are open in London on Sunday/],
    ['are any open besides ilford right now', /^Besides Ilford, 26 police front counters are open in London now/],
    ['is anything open after 10 except charing cross and lewisham', /^Besides (?:Lewisham and Charing Cross|Charing Cross and Lewisham), no police front counter in London is open at 10pm today/],
  ] as const) {
    it(`list: ${say}`, async () => expect(await ask(say)).to.match(pattern));
  }

  for (const [say, pattern] of [
    ['which are open 24 hours besides charing cross', /^Besides Charing Cross, \*\*Lewisham\*\* is open 24 hours a day/],
    ['nearest open counter to se1', /^The nearest front counter open now to SE1 is \*\*Walworth Police Station\*\*/],
    ['which stations are open now', /^27 police front counters are open in London now/],
    ['other than that, is brixton open now', /^Yes, \*\*Brixton Police Station\*\* is open now/],
  ] as const) {
    it(`control: ${say}`, async () => expect(await ask(say)).to.match(pattern));
  }

  it('danger told with it still leads with 999', async () => {
    const say = 'nearest station to se1 other than walworth, a man is trying to break in right now';
    expect999First(await new Conversation('webchat', FRIDAY).say(say), say);
  });
});
