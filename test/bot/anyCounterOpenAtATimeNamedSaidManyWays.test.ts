/**
 * Whether any counter is open at a time named, with no place given ("any police station open at 6am", "what's open at
 * midnight"): the counters open then, which at night are the two 24-hour ones, rather than asking where the resident
 * is. Controls: a place given or "near me" (the nearest then), now (the nearest open now, where the resident is asked).
 */
import { expect } from 'chai';
import { DateTime } from 'luxon';
import { expect999First } from './call999First';
import { Conversation, firstLineOf } from './harness';

const FRIDAY = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });
const ask = async (say: string) => firstLineOf(await new Conversation('webchat', FRIDAY).askText(say));
const THE_TWO = /^Two police front counters are open in London at .*: \*\*Charing Cross\*\* and \*\*Lewisham\*\* open 24 hours a day\./;

describe('any counter open at a time named, said many ways', () => {
  for (const say of [
    'any police station open at 6am',
    "what's open at midnight",
    'is anywhere open at 3am',
    'is there a police station open at 11pm tonight',
    'any front desk open at 5 in the morning?',
    'is any station open at 2am on sunday',
    'whats open at 4am',
  ]) {
    it(say, async () => expect(await ask(say)).to.match(THE_TWO));
  }

  it("what's open at 2pm tomorrow: every counter open then", async () => {
    expect(await ask("what's open at 2pm tomorrow")).to.match(/^27 police front counters are open in London at 2pm tomorrow/);
  });

  for (const [say, pattern] of [
    ['any police station open at 6am near me', /^To find the nearest front counter open at 06:00 .*, I need to know where you are\./],
    ['any police station open at 6am in SE13', /^The nearest front counter open at 06:00 .* to SE13 is \*\*Lewisham Police Station\*\*/],
    ['is there a police station open now', /^To find the nearest front counter open now, I need to know where you are\./],
    ['anywhere open', /^To find the nearest front counter open now, I need to know where you are\./],
  ] as const) {
    it(`control: ${say}`, async () => expect(await ask(say)).to.match(pattern));
  }

  it('control: a place told earlier in the conversation gives the nearest open then', async () => {
    const c = new Conversation('webchat', FRIDAY);
    await c.askText('nearest police station to SE13 6LW');
    expect(firstLineOf(await c.askText('any police station open at 6am'))).to.match(/Lewisham Police Station/);
  });

  it('danger told with it still leads with 999', async () => {
    const say = "what's open at midnight, he's outside with a knife";
    expect999First(await new Conversation('webchat', FRIDAY).say(say), say);
  });
});
