/**
 * A place whose name begins with a number ("at seven sisters", "by seven kings", "near one tree hill") is the place, not
 * a time: the nearest open now, unless a time is said as well ("... whats open at 8").
 */
import { expect } from 'chai';
import { DateTime } from 'luxon';
import { Conversation, firstLineOf } from './harness';

const FRIDAY = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });

async function firstLine(say: string): Promise<string> {
  return firstLineOf(await new Conversation('webchat', FRIDAY).askText(say));
}

describe('a place named with a number, said many ways', () => {
  for (const [say, place] of [
    ['im at seven sisters, whats open', 'Seven Sisters'],
    ['stood at seven kings station, nearest police desk open', 'Seven Kings'],
    ['by seven kings, whats open', 'Seven Kings'],
    ['waiting by seven sisters tube whats open near me', 'Seven Sisters'],
  ] as const) {
    it(say, async () => {
      const line = await firstLine(say);
      expect(line).to.include(place);
      expect(line).not.to.match(/19:00|07:00/);
    });
  }
  it('a time said as well is still the time', async () => expect(await firstLine('im at seven sisters whats open at 8')).to.match(/20:00/));
  it('"at seven" alone is still a time', async () => expect(await firstLine('is brixton open at seven')).to.match(/19:00/));
});
