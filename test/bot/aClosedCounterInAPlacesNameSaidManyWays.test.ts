/**
 * A place asked of as a police station whose name holds a closed counter's ("new barnet police station", "east barnet
 * police station", "where is new barnet police station"): no counter of that name, then the closed counter the name
 * holds, how far and since when, then the nearest open. Before: the nearest (Colindale) with no word of Barnet. The
 * closure date is read from the timeline here too. Through the bot.
 */
import { expect } from 'chai';
import { DateTime } from 'luxon';
import { Conversation, knowledge } from './harness';

const NOW = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });
const barnetClosed = knowledge.timeline.eventsFor('barnet').filter((e) => e.kind === 'closed').pop()!.date;
const ask = (say: string) => new Conversation('webchat', NOW).askText(say);

describe('a closed counter in a place\'s name, said many ways', () => {
  for (const [say, place] of [
    ['new barnet police station', 'New Barnet'],
    ['east barnet police station', 'East Barnet'],
    ['where is new barnet police station', 'New Barnet'],
    ['is new barnet police station open', 'New Barnet'],
    ['new barnet police station opening hours', 'New Barnet'],
  ] as const) {
    it(`${say}: no counter called ${place}, and Barnet closed`, async () => {
      const reply = await ask(say);
      expect(reply.startsWith(`My sources have no police front counter called ${place}.`)).to.equal(true);
      expect(reply).to.match(/\*\*Barnet Police Station\*\*, about [\d.]+ km .* is closed \(since \d+ \w+ \d{4}\)/);
      expect(barnetClosed.startsWith('2017-12')).to.equal(true);
      expect(reply).to.contain('December 2017');
    });
  }

  for (const say of ['barnet police station', 'nearest police station to new barnet', 'marylebone police station', 'new cross police station']) {
    it(`${say}: no closed namesake line`, async () => {
      expect(await ask(say)).not.to.match(/ is closed \(since /);
    });
  }
});
