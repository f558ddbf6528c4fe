/**
 * "The other one" said to a choice of two places ("Did you mean Belmont (Sutton) or Belmont (Harrow)?"), through the real
 * bot: the one not offered first, answered as the question waiting for it, never "can't help". Controls: "the first one"
 * and a borough said still pick as before; "neither" asks again; danger leads with 999.
 */
import { expect } from 'chai';
import { DateTime } from 'luxon';
import { expect999First } from './call999First';
import { Conversation, firstLineAfter } from './harness';

const FRIDAY = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });
const BELMONT_HARROW = /^The nearest front counter open now to \*\*Belmont\*\* is \*\*Colindale Police Station\*\*/;
const WOOD_GREEN = /^The front counter at \*\*Wood Green police front counter \(Fishmongers Arms\)\*\* closed/;

describe('the other of two places offered, said many ways', () => {
  for (const [first, then, pattern] of [
    ['belmont', 'the other one', BELMONT_HARROW],
    ['belmont', 'the other one please', BELMONT_HARROW],
    ['belmont', 'what about the other', BELMONT_HARROW],
    ['belmont', 'no the other option', BELMONT_HARROW],
    ['wood', 'the other one', WOOD_GREEN],
    ['is wood police station open', 'the other one?', /Wood Green/],
    // Controls.
    ['belmont', 'the first one', /^The nearest front counter open now to \*\*Belmont\*\* is \*\*Sutton Police Station\*\*/],
    ['belmont', 'the harrow one', BELMONT_HARROW],
  ] as const) {
    it(`${first} / ${then}`, async () => expect(await firstLineAfter(first, then, FRIDAY)).to.match(pattern));
  }

  it('neither: asked again, not the other', async () => {
    expect(await firstLineAfter('belmont', 'neither', FRIDAY)).to.not.match(BELMONT_HARROW);
  });

  it('danger control: belmont / the other one, im being followed', async () => {
    const c = new Conversation('webchat', FRIDAY);
    await c.askText('belmont');
    const said = 'the other one, im being followed';
    expect999First(await c.say(said), said);
  });
});
