/**
 * "What about the other one" after an answer about one counter ("is brixton open today", "is kensington open", "when
 * does walworth close"): no other counter was named, so the nearest other counter open at the moment asked, never
 * "Sorry, I can't help with that". Controls: after a nearest answer it stays the next nearest, a place named is asked
 * of, and danger still leads with 999.
 */
import { expect } from 'chai';
import { DateTime } from 'luxon';
import { expect999First } from './call999First';
import { Conversation, firstLineAfter } from './harness';

const FRIDAY = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });

describe('the other one, after one counter, said many ways', () => {
  for (const [first, then, pattern] of [
    ['is brixton open today', 'what about the other one', /^The nearest front counter open today \(Friday 4 December\) to Brixton is \*\*Walworth Police Station\*\*/],
    ['is kensington open', 'what about the other one', /^The nearest front counter open now to Kensington is \*\*Hammersmith Police Station\*\*/],
    ['when does walworth close', 'and the other station?', /^The nearest front counter open now to Walworth is \*\*Brixton Police Station\*\*/],
    ['is ilford open on sunday', 'how about the other one', /^The nearest front counter open on Sunday 6 December to Ilford is \*\*Stratford Police Station\*\*/],
    ['is lewisham open', 'the other one?', /^The nearest front counter open now to Lewisham is \*\*Walworth Police Station\*\*/],
    ['is brixton open', 'what about the other desk', /^The nearest front counter open now to Brixton is \*\*Walworth Police Station\*\*/],
    // Controls.
    // After the nearest to where the resident is, measured from there, past the desk given.
    ['nearest station to SE5', 'what about the other one', /^The next nearest front counter open now to SE5 is \*\*Brixton Police Station\*\*/],
    ['is brixton open today', 'what about lewisham', /^Yes, \*\*Lewisham Police Station\*\* is open 24 hours today/],
  ] as const) {
    it(`${first} / ${then}`, async () => expect(await firstLineAfter(first, then, FRIDAY)).to.match(pattern));
  }

  it('danger control: is brixton open / the other one, he is hitting me', async () => {
    const talk = new Conversation('webchat', FRIDAY);
    await talk.askText('is brixton open');
    expect999First(await talk.say('the other one, he is hitting me'), 'the other one, he is hitting me');
  });
});
