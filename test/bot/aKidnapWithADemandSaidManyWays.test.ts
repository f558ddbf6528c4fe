/**
 * Someone held for money or under a threat ("they've got my brother and sent a video demanding cash by midnight",
 * "someone took my son and says he's dead if I go to the police"): Call 999 now first, never why counters closed
 * ("money"). Controls: a car or a bike held over money, and taking a child somewhere, keep their old answers.
 */
import { expect } from 'chai';
import { Conversation, firstLineOf } from './harness';
import { itCalls999First } from './call999First';

describe('a kidnap with a ransom or a threat, said many ways: Call 999 now first', () => {
  itCalls999First([
    "my daughter has been taken and they want money or they'll hurt her",
    "they've got my brother and sent a video demanding cash by midnight",
    "someone took my son and says he's dead if I go to the police",
    'men have taken my husband and are asking for 20 grand',
    "they grabbed my sister off the street and want bitcoin or they'll kill her",
    'got a call saying they have my mum and i must pay or she gets hurt',
    'they are holding my boyfriend in a flat and demanding a ransom',
  ]);
});

describe('a kidnap look-alike: no 999 first', () => {
  for (const say of ['my son took my car and wants money for petrol', 'my brother has my bike and wants cash for it', 'i took my daughter to the station, is brixton open']) {
    it(say, async () => expect(firstLineOf(await new Conversation().askText(say))).to.not.match(/999/));
  }
});
