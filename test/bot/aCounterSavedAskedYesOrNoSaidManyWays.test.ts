/**
 * Whether one counter was saved from a planned closure, asked yes or no ("was wimbledon saved?", "was dagenham spared from
 * closure?", "did wimbledon escape closure?"), many ways, through the real bot: Yes with the closure dropped or quashed (its
 * date and what the sources record), "Not in the end" where it closed later all the same; never saved: No with the closure's
 * date for a counter closed now, "It is still open" (with the decision that kept it) for one open; then what it is now. The
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
  for (const [say, id] of [
    ['was dagenham saved from closure', 'dagenham'],
    ['has dagenham been saved', 'dagenham'],
    ['was bexleyheath spared', 'bexleyheath'],
    ['Was Bexleyheath police station reprieved?', 'bexleyheath'],
  ] as const) {
    it(say, async () => {
      expect(savedIds.has(id)).to.equal(true);
      const [first, second] = await ask(say);
      expect(first).to.match(/^Yes: a planned closure of \*\*[^*]+\*\* was dropped or quashed on \d+ \w+ \d{4}: /);
      expect(second).to.match(/is open/);
    });
  }

  // Saved once and closed later: not saved in the end, and the closure said in the first sentence.
  for (const say of ['was wimbledon saved', 'did wimbledon escape closure', 'was wimbledon police station saved in 2018']) {
    it(say, async () => {
      expect(savedIds.has('wimbledon')).to.equal(true);
      expect((await ask(say))[0]).to.match(/^Not in the end: a planned closure of \*\*Wimbledon Police Station\*\* was dropped or quashed on 20 July 2018: .*, but its front counter closed on 28 February 2026\.$/);
    });
  }

  // Never saved: closed now says so with its date ("No"); open now is still open, never a bare "No".
  for (const [say, id, first] of [
    ['was pinner saved', 'pinner', /^No: the front counter at \*\*Pinner Police Station[^*]*\*\* closed on 28 February 2026\b/],
    ['was kensington police station saved', 'kensington', /^No: the front counter at \*\*Kensington Police Station\*\* closed on 28 February 2026, though it had been kept open under the 2017 Public Access Strategy/],
    ['was lewisham saved', 'lewisham', /^It is still open: my sources record no closure of \*\*Lewisham Police Station\*\* planned and then dropped/],
    ['was ilford spared?', 'ilford', /^It is still open: my sources record no closure of \*\*Ilford Police Station\*\* planned and then dropped/],
    ['did walworth get saved from closure', 'walworth', /^It is still open: my sources record no closure of \*\*Walworth Police Station\*\* planned and then dropped/],
  ] as const) {
    it(say, async () => {
      expect(savedIds.has(id)).to.equal(false);
      expect((await ask(say))[0]).to.match(first);
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
