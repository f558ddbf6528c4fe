/**
 * Whether there is a 24-hour counter in a place that has none ("is there a 24 hour police station in canary wharf",
 * "is there a 24hr police station in camberwell"): said first that there is none there, then the nearest 24-hour counter (was:
 * the nearest alone, the question itself unanswered). Controls: "near" a place asks only the nearest; a place named
 * after a counter answers for its borough; any counter in the place keeps its own wording.
 */
import { expect } from 'chai';
import { DateTime } from 'luxon';
import { expect999First } from './call999First';
import { Conversation, firstLineOf } from './harness';

const FRIDAY = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });
const ask = async (say: string) => firstLineOf(await new Conversation('webchat', FRIDAY).askText(say));

describe('a 24-hour counter asked of a place without one, said many ways', () => {
  for (const [say, place, borough, nearest] of [
    ['is there a 24 hour police station in canary wharf', 'Canary Wharf', 'Tower Hamlets', 'Lewisham'],
    ['is there a 24hr police station in camberwell', 'Camberwell', 'Southwark', 'Charing Cross'],
    ['is there a 24/7 nick in bow', 'Bow', 'Tower Hamlets', 'Lewisham'],
    ['is there an all night police station in clapham', 'Clapham', 'Lambeth', 'Charing Cross'],
    ['r there any 24 hour police station in dalston', 'Dalston', 'Hackney', 'Charing Cross'],
  ] as const) {
    it(say, async () => {
      expect(await ask(say)).to.match(new RegExp(`^I know of no 24-hour front counter in ${place}, which is in ${borough}\\. The nearest 24-hour front counter to ${place} is \\*\\*${nearest} Police Station\\*\\*`));
    });
  }

  for (const [say, pattern] of [
    ['is there a 24 hour police station near canary wharf', /^The nearest 24-hour front counter to Canary Wharf is \*\*Lewisham Police Station\*\*/],
    ['is there a 24 hour police station in brixton', /^No front counter in \*\*Lambeth\*\* is open 24 hours now/],
    ['is there a police station in canary wharf', /^I know of no police front counter in Canary Wharf, which is in Tower Hamlets\./],
    ['is there a 24 hour police station in charing cross', /Charing Cross Police Station\*\* is open 24 hours a day/],
  ] as const) {
    it(`control: ${say}`, async () => expect(await ask(say)).to.match(pattern));
  }

  it('danger told with it still leads with 999', async () => {
    const say = 'is there a 24 hour police station in canary wharf, someone is following me and wont stop';
    expect999First(await new Conversation('webchat', FRIDAY).say(say), say);
  });
});
