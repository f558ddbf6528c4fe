/**
 * Closures over the last years, said many ways ("how many stations were closed in the last 5 years", "which counters
 * closed in the past two years", "any closures in the past year"): the closures from that long before today, where it
 * listed every closure since 2017, talked of the counters' history, or said none were ahead. Controls: "any closures"
 * and "any more closures" are still the closures ahead; "since 2020" its own period. Through the bot, on Friday 4
 * December 2026.
 */
import { expect } from 'chai';
import { DateTime } from 'luxon';
import { expect999First } from './call999First';
import { Conversation, firstLineOf } from './harness';

const FRIDAY = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });
const ask = async (say: string) => firstLineOf(await new Conversation('webchat', FRIDAY).askText(say));

describe('closures over the last years, said many ways', function () {
  this.timeout(60_000);
  it('how many stations were closed in the last 5 years: those since December 2021', async () => {
    expect(await ask('how many stations were closed in the last 5 years')).to.match(/^11 front counters closed between 6 March 2024 and 28 February 2026/);
  });
  for (const say of ['which counters closed in the past two years', 'any closures in the past year', 'any closures in the last 2 years', 'which stations shut over the last two years']) {
    it(say, async () => expect(await ask(say)).to.match(/^Ten front counters closed on 28 February 2026 under the 2025 front counter review \(Met\)/));
  }
  it('in a part of London too: which stations closed in the last 3 years in south london', async () => {
    expect(await ask('which stations closed in the last 3 years in south london')).to.match(/^Two front counters in South London closed on 28 February 2026/);
  });
  for (const [say, expected] of [
    ['any closures', /^No more front counter closures are decided or proposed/],
    ['any more closures', /^No more front counter closures are decided or proposed/],
    ['any closures since 2020', /^19 front counters closed between 2020 and 28 February 2026/],
    ['was brixton closed in the past', /Brixton/],
  ] as const) {
    it(`control: ${say}`, async () => expect(await ask(say)).to.match(expected));
  }
});

describe('danger told the same way still leads with 999', () => {
  for (const say of ['how many stations closed in the last 5 years, there is a man with a gun outside']) {
    it(say, async () => expect999First(await new Conversation('webchat', FRIDAY).say(say), say));
  }
});
