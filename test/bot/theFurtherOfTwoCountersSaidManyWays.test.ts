/**
 * The further of two or three counters from a place ("which is further from E17 4PP, tottenham or leyton", "is islington
 * or kentish town further away from N1 9GU"): the further one is said first with both distances, not the nearer.
 * Controls: the nearer asked keeps its answer, and so does a yes or no of the one named first ("is lewisham further
 * from SE6 than bromley": the nearer first answers it); "any further ones?" after a nearest desk is still one more desk.
 */
import { expect } from 'chai';
import { DateTime } from 'luxon';
import { Conversation, firstLineAfter, firstLineOf } from './harness';

const FRIDAY = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });
const ask = async (say: string) => firstLineOf(await new Conversation('webchat', FRIDAY).askText(say));

describe('the further of two counters, said many ways', () => {
  for (const [say, first] of [
    ['which is further from E17 4PP, tottenham or leyton', /^Of the two, \*\*Tottenham\*\* is further from E17 4PP: about 4\.1 km .*against 2\.9 km \(roughly\) to Leyton\./],
    ['which is farther from SE13 5JX, brixton or lewisham', /^Of the two, \*\*Brixton\*\* is further from SE13 5JX/],
    ['lewisham or walworth, which is further away from SE15 5DL', /^Of the two, \*\*Lewisham\*\* is further from SE15 5DL/],
    ['which is the furthest from SE13 5JX, lewisham, walworth or brixton', /^Of the three, \*\*Brixton\*\* is the furthest from SE13 5JX/],
    ['which one is further away from KT3 4PT, kingston or sutton', /^Of the two, \*\*Sutton\*\* is further from KT3 4PT/],
    ['is islington or kentish town further away from N1 9GU', /^Of the two, \*\*Kentish Town\*\* is further from N1 9GU/],
  ] as const) {
    it(say, async () => expect(await ask(say)).to.match(first));
  }

  for (const [say, first] of [
    // Yes or no of the one named first: the nearer first, with both distances, answers it.
    ['is lewisham further from SE6 4RU than bromley', /^Of the two, \*\*Lewisham\*\* is nearer to SE6 4RU/],
    ['which is nearer to E17 4PP, tottenham or leyton', /^Of the two, \*\*Leyton\*\* is nearer to E17 4PP/],
    ['is lewisham or brixton nearer to SE13 5JX', /^Of the two, \*\*Lewisham\*\* is nearer to SE13 5JX/],
    ['is kingston or sutton closer to KT3 4PT', /^Of the two, \*\*Kingston\*\* is nearer to KT3 4PT/],
  ] as const) {
    it(`control: ${say}`, async () => expect(await ask(say)).to.match(first));
  }

  it('control: "any further ones?" after the nearest desk is one more desk', async () => {
    expect(await firstLineAfter('nearest police station to SE13 5JX', 'any further ones?', FRIDAY)).to.not.match(/further from/);
  });
});
