/**
 * A question about a time gone by when a source of that time contradicts the others: the answer follows the trusted
 * sources and says, in the text itself, what the contradicted one claimed (a resident may have read it). Woodford's
 * June 2017 article gave it weekday hours four years after it closed; the same article called Barkingside 24/7.
 */
import { expect } from 'chai';
import { DateTime } from 'luxon';
import { Conversation, firstLineOf } from './harness';

const NOW = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });

async function text(say: string): Promise<string> {
  return new Conversation('webchat', NOW).askText(say);
}

describe('A contradicted source of the time asked about', () => {
  for (const say of ['what were the opening hours of woodford in 2017', 'was woodford open in june 2017', 'woodford hours 2017', 'was woodford open 9 to 5 in 2017']) {
    it(say, async () => {
      const reply = await text(say);
      expect(firstLineOf(reply)).to.match(/Woodford Police Station\*\* was closed: it had closed some time in 2013/);
      expect(reply).to.match(/Sources disagree: a source from June 2017 gave opening hours of Mon–Fri 09:00–17:00, but other sources say the counter closed in 2013\./);
    });
  }
  it('Barkingside said to be 24/7 in 2017: said as a claim, not as hours', async () => {
    const reply = await text('was barkingside open 24 hours in 2017');
    expect(reply).to.match(/Sources disagree: a source from June 2017 said it was open 24 hours a day, but other sources say the hours are Mon–Fri 07:00–23:00\./);
  });
  it('a period without a contradicted source says no such thing', async () => {
    expect(await text('was woodford open in 2019')).to.not.match(/Sources disagree/);
  });
});
