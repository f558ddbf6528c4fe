/**
 * Whether one counter was saved from a planned closure, asked yes or no ("was wimbledon saved?", "was dagenham spared from
 * closure?", "did wimbledon escape closure?"), many ways, through the real bot: Yes with the closure dropped or quashed (its
 * date and what the sources record), or No (with the decision that kept it, when there was one); then what it is now. The
 * counters saved are worked out from the timeline here too. Controls: why it was kept, which were saved, danger first.
 */
import { expect } from 'chai';
import { DateTime } from 'luxon';
import { expect999First } from './call999First';
import { Conversation, firstLineOf, knowledge } from './harness';

const FRIDAY = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });
const ask = async (say: string) => (await new Conversation('webchat', FRIDAY).askText(say)).split('\n').filter((l) => l.trim() !== '');
const savedIds = new Set(knowledge.data.stations.filter((s) => knowledge.timeline.eventsFor(s.id).some((e) => e.kind === 'reversed' && !e.conflict)).map((s) => s.id));

describe('whether one counter was saved, said many ways', () => {
  for (const [say, id, now] of [
    ['was wimbledon saved', 'wimbledon', /closed on 28 February 2026/],
    ['did wimbledon escape closure', 'wimbledon', /closed on 28 February 2026/],
    ['was wimbledon police station saved in 2018', 'wimbledon', /closed on 28 February 2026/],
    ['was dagenham saved from closure', 'dagenham', /is open/],
    ['has dagenham been saved', 'dagenham', /is open/],
    ['was bexleyheath spared', 'bexleyheath', /is open/],
    ['Was Bexleyheath police station reprieved?', 'bexleyheath', /is open/],
  ] as const) {
    it(say, async () => {
      expect(savedIds.has(id)).to.equal(true);
      const [first, second] = await ask(say);
      expect(first).to.match(/^Yes: a planned closure of \*\*[^*]+\*\* was dropped or quashed on \d+ \w+ \d{4}: /);
      expect(second).to.match(now);
    });
  }

  for (const [say, id] of [
    ['was pinner saved', 'pinner'],
    ['was lewisham saved', 'lewisham'],
    ['was ilford spared?', 'ilford'],
  ] as const) {
    it(say, async () => {
      expect(savedIds.has(id)).to.equal(false);
      expect((await ask(say))[0]).to.match(/^No: my sources record no planned closure of \*\*[^*]+\*\* that was dropped or quashed/);
    });
  }

  it('and how it was kept, when a decision kept it ("was lewisham saved")', async () => {
    expect((await ask('was lewisham saved'))[0]).to.match(/; it was kept open under the 2025 front counter review \(Met\), on 15 October 2025: /);
  });

  for (const [say, pattern] of [
    ['why was wimbledon kept open', /^\*\*Wimbledon Police Station\*\* was kept open on 20 July 2018: /],
    ['were any police stations saved in 2017', /^Three front counters were saved from a planned closure under the 2017 Public Access Strategy/],
    ['is wimbledon open', /Wimbledon Police Station/],
  ] as const) {
    it(`control: ${say}`, async () => expect(firstLineOf((await ask(say)).join('\n'))).to.match(pattern));
  }

  it('danger told with it still leads with 999', async () => {
    const say = 'was wimbledon saved? my ex is outside with a knife';
    expect999First(await new Conversation('webchat', FRIDAY).say(say), say);
  });
});
