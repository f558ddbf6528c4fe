/**
 * Getting to the counter just answered, asked briefly after it ("by bus?", "what buses go there", "can i walk it", "how
 * do i get there by bus"), through the real bot: the data holds no routes, so the first line says so and gives that
 * counter's address (as asking with the counter's name does), never "I can't help with that". Controls: another topic,
 * a crime on a bus, and "by bus?" with nothing answered before keep their answers. Addresses from data/.
 */
import { expect } from 'chai';
import { Conversation, firstLineOf } from './harness';

const NO_ROUTES = (name: string, address: string) => new RegExp(`^I don't have bus, Tube or train routes, but \\*\\*${name} Police Station\\*\\* is at ${address}\\.$`);
const WALWORTH = NO_ROUTES('Walworth', '12-28 Manor Place, Walworth SE17 3BB');
const BRIXTON = NO_ROUTES('Brixton', '367 Brixton Road, Brixton SW9 7DD');

async function afterwards(first: string, then: string): Promise<string> {
  const c = new Conversation();
  await c.askText(first);
  return firstLineOf(await c.askText(then));
}

describe('getting to the counter just answered, said many ways: no routes, its address', () => {
  for (const [first, then, expected] of [
    ['nearest to SE15', 'by bus?', WALWORTH],
    ['nearest front counter to SE17', 'how do i get there by bus', WALWORTH],
    ['is walworth open', 'on the tube then', WALWORTH],
    ['is brixton open', 'what buses go there', BRIXTON],
    ['brixton police station hours', 'can i walk it from here', BRIXTON],
    ['is brixton open on sunday', 'ok and by train?', BRIXTON],
    ['is brixton open', 'is it walking distance', BRIXTON],
    ['is brixton open', 'which tube stops near there', BRIXTON],
  ] as const) {
    it(`${first} -> ${then}`, async () => {
      expect(await afterwards(first, then)).to.match(expected);
    });
  }

  describe('controls', () => {
    it('another topic after a counter is still out of scope', async () => {
      expect(await afterwards('is brixton open', 'whats the weather like')).to.match(/can't help with that/);
    });
    it('a crime on a bus after a counter is still a crime to report', async () => {
      expect(await afterwards('is brixton open', 'my bike was stolen on the bus')).to.match(/101/);
    });
    it('"by bus?" with nothing answered before names no counter', async () => {
      expect(firstLineOf(await new Conversation().askText('by bus?'))).to.not.match(/Police Station\*\* is at/);
    });
    it('danger on a bus after a counter still leads with 999', async () => {
      expect(await afterwards('is brixton open', 'a man on the bus is waving a knife at people')).to.match(/999/);
    });
  });
});
