/**
 * Closures still ahead asked as "are any ... closing?" ("are any police stations in south london closing", "are any counters
 * in croydon closing", "are there any stations in north london shutting"), many ways, through the real bot: what is decided
 * or proposed ahead, for the part or borough asked, not the closures gone by. Controls: closures gone by ("any closures in
 * south london", "were there closures in east london", "which stations in croydon closed"), closing times, danger first.
 */
import { expect } from 'chai';
import { DateTime } from 'luxon';
import { expect999First } from './call999First';
import { Conversation, firstLineOf } from './harness';

const FRIDAY = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });
const ask = async (say: string) => firstLineOf(await new Conversation('webchat', FRIDAY).askText(say));
const AHEAD = /^No more front counter closures are decided or proposed(?: in ([A-Za-z ]+))?, as far as my sources show/;

describe('closures ahead asked as "are any closing?", said many ways', () => {
  for (const [say, where] of [
    ['are any police stations in south london closing', 'South London'],
    ['are any counters in croydon closing', 'Croydon'],
    ['are there any stations in north london shutting', 'North London'],
    ['Are any front desks in west london closing down?', 'West London'],
    ['so are any police stations in sutton closing', 'Sutton'],
    ['are any police stations closing', undefined],
  ] as const) {
    it(say, async () => {
      const match = AHEAD.exec(await ask(say));
      expect(match, say).to.not.equal(null);
      expect(match![1]).to.equal(where);
    });
  }

  for (const [say, pattern] of [
    ['any closures in south london', /^\d+ front counters in South London closed between /],
    ['were there closures in east london', /^\d+ front counters in East London closed between /],
    ['which stations in croydon closed', /^Since July 2017, two front counters closed in \*\*Croydon\*\*/],
    ['are any stations in croydon closed', /^Since July 2017, two front counters closed in \*\*Croydon\*\*/],
    ['are any counters closing at 7', /closes? at 19:00/],
  ] as const) {
    it(`control: ${say}`, async () => expect(await ask(say)).to.match(pattern));
  }

  it('danger told with it still leads with 999', async () => {
    const say = 'are any police stations in south london closing? someone just stabbed my friend';
    expect999First(await new Conversation('webchat', FRIDAY).say(say), say);
  });
});
