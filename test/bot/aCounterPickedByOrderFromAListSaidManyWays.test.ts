/**
 * A counter picked by its place in a list the bot just gave: after a closures list ("which counters closed in 2026"),
 * "the first one", "the last one", "the third", "when did the second one close"; and an ordinal said first with the
 * question after it ("and the second, is it open sunday", "the third one - whats its address", "the first one is it open
 * sunday"), after the nearest desks or a closures list. The counter picked is the one answered of, in the order shown.
 * Controls: a closures list only counted by year names no counter to pick; danger said after an ordinal leads with 999;
 * "the first" as a date is not a counter.
 */
import { expect } from 'chai';
import { DateTime } from 'luxon';
import { Conversation, firstLineOf } from './harness';

const NOW = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });
const CLOSED_2026 = 'which counters closed in 2026';

async function lastFirstLine(turns: readonly string[]): Promise<string> {
  const chat = new Conversation('webchat', NOW);
  let text = '';
  for (const say of turns) text = await chat.askText(say);
  return firstLineOf(text);
}

describe('a counter picked by order from a list just given: the one answered of', function () {
  this.timeout(60_000);
  for (const [turns, first] of [
    [[CLOSED_2026, 'the first one'], /^The front counter at \*\*Barking Learning Centre police front counter\*\* closed on 28 February 2026/],
    [[CLOSED_2026, 'the last one'], /^The front counter at \*\*Wimbledon Police Station\*\* closed on 28 February 2026/],
    [[CLOSED_2026, 'the third'], /^The front counter at \*\*Church Street police front counter\*\* closed/],
    [[CLOSED_2026, 'when did the second one close'], /^The front counter at \*\*Chingford Police Station\*\* closed on 28 February 2026/],
    [[CLOSED_2026, 'and the second, is it open sunday'], /^No, .*\*\*Chingford Police Station\*\* closed on 28 February 2026/],
    [[CLOSED_2026, 'the first one, when did it close'], /^The front counter at \*\*Barking Learning Centre police front counter\*\* closed/],
    [['which counters closed in 2017', 'the first one'], /^The front counter at \*\*Addington Police Station\*\* closed in July 2017/],
    [['nearest to SE15', 'and the second, is it open sunday'], /^Yes, \*\*Brixton Police Station\*\* is open on Sunday 6 December/],
    [['nearest to SE15', 'and the second, is it open sunday', 'the third one - whats its address'], /^\*\*Lewisham Police Station\*\*: 43 Lewisham High Street/],
    [['nearest to SE15', 'the first one is it open sunday'], /^Yes, \*\*Walworth Police Station\*\* is open on Sunday 6 December/],
    [['compare brixton and walworth', 'the last one when does it close today'], /\*\*Walworth Police Station\*\*/],
    // Controls.
    [['nearest to SE15', 'the first one is on fire'], /^\*\*Call 999 now/],
    [[CLOSED_2026, 'the second one, someone is being stabbed outside'], /^\*\*Call 999 now/],
    [['how many counters closed each year', 'the first one'], /^(?!The front counter at)/],
    [['is walworth open', 'is it open on the first'], /Walworth Police Station/],
  ] as const) {
    it(`${turns.join(' / ')}`, async () => {
      expect(await lastFirstLine(turns)).to.match(first);
    });
  }
});
