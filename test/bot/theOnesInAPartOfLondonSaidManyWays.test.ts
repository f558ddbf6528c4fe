/**
 * The counters of a part of London said as "the ones" ("list the ones in north london", "what ones are in south london"):
 * the part's counters listed, as "the stations in north london" are, not "Sorry, I can't help". Controls: "ones" said
 * with a borough keep the borough's answer; "police stations in north london" keeps its list.
 */
import { expect } from 'chai';
import { DateTime } from 'luxon';
import { Conversation, firstLineOf } from './harness';

const FRIDAY = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });
const ask = async (say: string) => firstLineOf(await new Conversation('webchat', FRIDAY).askText(say));

describe('the ones in a part of London, said many ways', () => {
  for (const [say, first] of [
    ['list the ones in north london', /^Six police front counters are open in North London:/],
    ['what ones are in south london', /^Eight police front counters are open in South London:/],
    ['which ones are left in east london', /^Six police front counters are open in East London:/],
    ['show me the ones in west london', /^Six police front counters are open in West London:/],
    ['the ones in south east london?', /^Five police front counters are open in South East London:/],
    ['which ones are in north london', /^Six police front counters are open in North London:/],
    ['can you list all the ones in east london', /^Six police front counters are open in East London:/],
  ] as const) {
    it(say, async () => expect(await ask(say)).to.match(first));
  }

  for (const [say, first] of [
    ['list the stations in north london', /^Six police front counters are open in North London:/],
    ['police stations in south london', /^Eight police front counters are open in South London:/],
    ['list the ones in croydon', /Croydon Police Station/],
  ] as const) {
    it(`control: ${say}`, async () => expect(await ask(say)).to.match(first));
  }
});
