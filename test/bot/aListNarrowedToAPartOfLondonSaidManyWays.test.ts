/**
 * A follow-up that narrows the list just given to a part of London ("how many police stations closed in 2026", then
 * "which ones were in south london?", "what about north london", "how many of them in east london"): the same list,
 * only in that part, where it asked for a location (or said it could not help). The counters expected are worked out
 * from the data here too. A fresh question about that part ("which police stations are open in south london") is not
 * narrowed, nor a part named after a counter question. Through the bot.
 */
import { expect } from 'chai';
import { DateTime } from 'luxon';
import { firstLineAfter } from './harness';

const NOW = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });

const after = (first: string, then: string) => firstLineAfter(first, then, NOW);

describe('a list narrowed to a part of London, said many ways', () => {
  for (const [first, then, part] of [
    ['how many police stations closed in 2026', 'which ones were in south london?', 'South London'],
    ['how many police stations closed in 2026', 'what about north london', 'North London'],
    ['how many police stations closed in 2026', 'what about in the east', 'East London'],
    ['which stations closed in 2017', 'how many of them in east london', 'East London'],
    ['which stations closed in 2017', 'just the ones in west london please', 'West London'],
    ['what police stations shut in 2026', 'any in south east london?', 'South East London'],
    ['which closed more, 2017 or 2026', 'and in south london?', 'South London'],
  ] as const) {
    it(`${first} / ${then}: that list, in ${part}`, async () => {
      const line = await after(first, then);
      expect(line).to.contain(`in ${part}`);
      expect(line).not.to.match(/postcode|where you are|can't help/i);
    });
  }

  it('the 24-hour counters, then "any in south london?": those of south london', async () => {
    expect(await after('which police stations are open 24 hours', 'any in south london?')).to.match(/^In South London, .* open 24 hours a day/);
  });

  for (const [first, then, not] of [
    ['how many police stations closed in 2026', 'which police stations are open in south london', /closed on 28 February 2026/],
    ['is brixton open', 'what about south london', /closed on/],
  ] as const) {
    it(`${first} / ${then}: not the list narrowed`, async () => {
      expect(await after(first, then)).not.to.match(not);
    });
  }
});
