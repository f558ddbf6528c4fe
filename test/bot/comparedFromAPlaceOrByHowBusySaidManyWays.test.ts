/**
 * Two counters compared from a place named among them ("which is closer to paddington, charing cross or marylebone",
 * "from kings cross is islington or holborn nearer"): measured from that place, not asked where the resident is; and
 * compared by how busy they are ("which one is busier, brixton or lewisham"): answered for the two (the data has no
 * figure per counter for them, said first), not whether both are open nor the busiest counter overall. Controls: a distance from a postcode, two counters compared with no place (where the
 * resident is asked), which of two is open.
 */
import { expect } from 'chai';
import { DateTime } from 'luxon';
import { expect999First } from './call999First';
import { Conversation, firstLineOf } from './harness';

const FRIDAY = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });
const ask = async (say: string) => firstLineOf(await new Conversation('webchat', FRIDAY).askText(say));

describe('counters compared from a place, or by how busy, said many ways', () => {
  for (const [say, pattern] of [
    ['which is closer to paddington, charing cross or marylebone', /^\*\*Charing Cross Police Station\*\* is about [\d.]+ km .* from Paddington/],
    ['from kings cross is islington or holborn nearer', /^Of the two, \*\*Islington\*\* is nearer to King's Cross/],
    ['which is nearer to brixton, walworth or lewisham', /^Of the two, \*\*Walworth\*\* is nearer to Brixton/],
    ['whats closest to stratford, ilford or bethnal green', /^Of the two, \*\*(?:Ilford|Bethnal Green)\*\* is nearer to Stratford/],
  ] as const) {
    it(say, async () => expect(await ask(say)).to.match(pattern));
  }

  for (const say of ['which one is busier, brixton or lewisham', 'is brixton busier than lewisham', 'which is quieter croydon or sutton', 'which of the two gets busier, ilford or romford']) {
    it(say, async () => expect(await ask(say)).to.match(/^My sources don't give how busy \w+ and \w+ each are, so I can't compare them\./));
  }

  for (const [say, pattern] of [
    ['which is nearer to NW10, wembley or kilburn', /^Of the two, \*\*Kilburn\*\* is nearer to NW10/],
    ['which is closer, brixton or walworth', /^To find the nearest front counter, I need to know where you are\./],
    ['which is open, brixton or lewisham', /^Both are open now\./],
    ['is lewisham open later than brixton tonight', /^Yes, Lewisham is open later tonight/],
  ] as const) {
    it(`control: ${say}`, async () => expect(await ask(say)).to.match(pattern));
  }

  it('danger told with it still leads with 999', async () => {
    const say = 'which is closer to paddington, charing cross or marylebone? a man is following me with a knife';
    expect999First(await new Conversation('webchat', FRIDAY).say(say), say);
  });
});
