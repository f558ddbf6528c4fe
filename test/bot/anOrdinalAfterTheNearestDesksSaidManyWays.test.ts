/**
 * An ordinal said bare after the nearest desks were listed ("nearest to SE5" then "and the second?"), through the real
 * bot: that desk itself, its state and hours, as "the second one" already gave; not the nearest desk to it ("The nearest
 * front counter is Brixton, right there"). Controls: "the second nearest" stays the next nearest from where the resident
 * is; after two compared, the ordinal still asks the comparison's question of that one; danger leads with 999.
 */
import { expect } from 'chai';
import { DateTime } from 'luxon';
import { expect999First } from './call999First';
import { Conversation, firstLineAfter } from './harness';

const FRIDAY = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });

describe('an ordinal after the nearest desks, said many ways', () => {
  for (const [first, then, pattern] of [
    ['nearest to SE5', 'and the second?', /^The front counter at \*\*Brixton Police Station\*\* is open: Mon–Fri 10:00–22:00/],
    ['nearest to SE5', 'the second', /^The front counter at \*\*Brixton Police Station\*\* is open/],
    ['nearest to E17', 'the third?', /^The front counter at \*\*Stoke Newington Police Station\*\* is open/],
    ['nearest 24 hour to SE13', 'the second', /^The front counter at \*\*Charing Cross Police Station\*\* is open 24 hours/],
    ['closest police station to SE5', 'what about the second', /^The front counter at \*\*Brixton Police Station\*\* is open/],
    ['nearest police station to SE5', 'and the first?', /^The front counter at \*\*Walworth Police Station\*\* is open/],
    // Controls.
    ['nearest to SE5', 'what about the second nearest', /^The next nearest front counter open now to SE5 is \*\*Brixton Police Station\*\*/],
    ['is brixton or walworth open later', 'the second?', /^\*\*Walworth Police Station\*\* is open now/],
  ] as const) {
    it(`${first} / ${then}`, async () => expect(await firstLineAfter(first, then, FRIDAY)).to.match(pattern));
  }

  it('never the nearest desk to the desk picked', async () => {
    expect(await firstLineAfter('nearest to SE5', 'and the second?', FRIDAY)).to.not.match(/right there/);
  });

  it('danger control: nearest to SE5 / the second, hes got a knife', async () => {
    const c = new Conversation('webchat', FRIDAY);
    await c.askText('nearest to SE5');
    const said = 'the second, hes got a knife';
    expect999First(await c.say(said), said);
  });
});
