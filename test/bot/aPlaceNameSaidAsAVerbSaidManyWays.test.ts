/**
 * A place or counter name ending in "-ing" said as the verb it also is ("the dog next door never stops barking",
 * "he's barking mad"), through the real bot: no counter is answered for it. Controls: Barking asked about as a place
 * or a counter keeps its answers (its Learning Centre counter closed on 28 February 2026; the nearest open is Ilford).
 */
import { expect } from 'chai';
import { Conversation, firstLineOf } from './harness';

const ask = async (say: string) => firstLineOf(await new Conversation().askText(say));

describe('a place name said as a verb, said many ways: no counter answered', () => {
  for (const say of [
    'the dog next door never stops barking',
    'the dogs been barking for hours',
    'he is barking mad',
    'stop barking at me lol',
    'the dog is barking',
    'my neighbours dog keeps barking all night, who do i call',
    'a fox has been barking constantly outside',
  ]) {
    it(say, async () => {
      expect(await ask(say)).to.not.match(/Barking/);
    });
  }

  describe('controls: Barking the place and the counter', () => {
    for (const [say, expected] of [
      ['is barking open', /^No, the front counter at \*\*Barking Learning Centre police front counter\*\* closed on 28 February 2026/],
      ['im in barking whats open', /^The nearest front counter open now to Barking is \*\*Ilford Police Station\*\*/],
      ['nearest police station to barking', /^The nearest front counter to Barking is \*\*Ilford Police Station\*\*/],
      ['barking police station hours', /Barking/],
      ['is barking still open at 9', /Barking Learning Centre/],
    ] as const) {
      it(say, async () => {
        expect(await ask(say)).to.match(expected);
      });
    }
  });
});
