/**
 * Harm done to the resident by a person, told as over, with nothing else asked: "my ex beat me up last night", "my
 * husband hit me yesterday", an attempt ("my partner tried to strangle me yesterday"). Never "Sorry, I can't help":
 * 999 leads as a condition (the one who did it may come back), then 101 and online. An attempt with no time gone by
 * ("he tried to kill me") is "Call 999 now". Controls: a knock the resident gave themself keeps its old answer, and
 * a crime told before a counter question keeps the counter's answer.
 */
import { expect } from 'chai';
import { DateTime } from 'luxon';
import { expectCall999First, expectIfInDanger999First } from './call999First';
import { Conversation, firstLineOf } from './harness';

const FRIDAY = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });
const talk = () => new Conversation('webchat', FRIDAY);

describe('harm told as over, said many ways', () => {
  for (const say of [
    'my husband hit me yesterday',
    'my ex beat me up last night',
    'my boyfriend strangled me last night',
    'my ex nearly murdered me last night',
    'my partner tried to kill me last week',
    'my partner tried to strangle me yesterday',
    'my ex attacked me last night',
  ]) {
    it(say, async () => {
      const replies = await talk().say(say);
      expectIfInDanger999First(replies, say);
      expect(replies.map((r) => r.text ?? '').join('\n')).to.match(/101/);
    });
  }

  for (const say of ['he tried to kill me', 'someone tried to stab me', 'a fan has been stabbed']) {
    it(`now: ${say}`, async () => expectCall999First(await talk().say(say), say));
  }

  for (const [say, pattern] of [
    ['i hit my head on the door last week', /^Sorry, I can't help with that/],
    ['he tried to stab me last year, is brixton open', /^Yes, \*\*Brixton Police Station\*\* is open now/],
    ['i was assaulted last night', /^To report a crime that is not an emergency/],
  ] as const) {
    it(`control: ${say}`, async () => expect(firstLineOf(await talk().askText(say))).to.match(pattern));
  }
});
