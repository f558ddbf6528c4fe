/**
 * Which boroughs lost their last counter in a year, or when ("which boroughs lost their police station in 2017",
 * "which boroughs lost their last counter and when"): answered for the time asked from the timeline (a borough whose
 * last open counter closed then), none said so, and the boroughs with none now beside; not the boroughs with none now
 * alone. The expected boroughs are worked out from the timeline here too, never written in. Through the bot.
 */
import { expect } from 'chai';
import { expect999First } from './call999First';
import { Conversation, firstLineOf, knowledge } from './harness';

const TODAY = '2026-11-26';
const since = knowledge.data.meta.counterList.since;

/** The boroughs whose last open counter closed in [from, to], from the timeline: any counter open the day before, none on the day. */
function boroughsLeftWithNone(from: string, to: string): string[] {
  const { timeline } = knowledge;
  const openIn = (date: string, borough: string) => timeline.statusesAsOf(date).some((s) => s.counter === 'open' && s.station.borough === borough);
  const dayBefore = (date: string) => new Date(Date.parse(`${date}T12:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
  const lost = new Set<string>();
  for (const station of knowledge.data.stations) {
    for (const e of timeline.eventsFor(station.id)) {
      if (e.kind !== 'closed' || e.conflict || e.dateQualifier === 'by' || e.date < from || e.date > to) continue;
      if (!openIn(e.date, station.borough) && openIn(dayBefore(e.date), station.borough)) lost.add(station.borough);
    }
  }
  return [...lost].sort();
}

const NONE_NOW = /Five boroughs have no front counter now: Harrow, Kensington and Chelsea, Merton, Richmond upon Thames and Waltham Forest\./;

describe('boroughs that lost their last counter in a year, said many ways', () => {
  it('the timeline has boroughs left with none in 2026 and none in 2018 (what the cases below rely on)', () => {
    expect(boroughsLeftWithNone('2026-01-01', '2026-12-31')).to.have.length.above(0);
    expect(boroughsLeftWithNone('2018-01-01', '2018-12-31')).to.deep.equal([]);
  });

  for (const say of ['which boroughs lost their last front counter in 2026', 'what boroughs lost their police station in 2026?', 'which areas lost their front desk in 2026']) {
    it(say, async () => {
      const text = await new Conversation().askText(say);
      const lost = boroughsLeftWithNone('2026-01-01', '2026-12-31');
      expect(firstLineOf(text)).to.match(/^Five boroughs lost their last front counter in (?:February )?2026: /);
      for (const borough of lost) expect(firstLineOf(text), borough).to.contain(borough);
    });
  }

  for (const [say, year] of [
    ['which boroughs lost their police station in 2017', '2017'],
    ['which boroughs lost their only counter in 2018', '2018'],
    ['what boroughs lost their last police station in 2019?', '2019'],
  ] as const) {
    it(`${say}: none, said so, then the boroughs with none now`, async () => {
      expect(boroughsLeftWithNone(`${year}-01-01`, `${year}-12-31`)).to.deep.equal([]);
      const text = await new Conversation().askText(say);
      expect(firstLineOf(text)).to.equal(`No borough lost its last front counter in ${year}, as far as my sources show: each kept at least one open.`);
      expect(text).to.match(NONE_NOW);
    });
  }

  it('a borough that has one again now is said so ("which boroughs lost their last police station in 2024")', async () => {
    const text = await new Conversation().askText('which boroughs lost their last police station in 2024');
    for (const borough of boroughsLeftWithNone('2024-01-01', '2024-12-31')) expect(firstLineOf(text)).to.contain(borough);
    expect(firstLineOf(text)).to.match(/it has one open again now/);
  });

  it('a year before the complete list: cannot say ("which boroughs lost their police stations in 2013")', async () => {
    const text = await new Conversation().askText('which boroughs lost their police stations in 2013');
    expect(firstLineOf(text)).to.equal('My sources cannot say which boroughs lost their last front counter in 2013: they hold every counter only from July 2017.');
  });
});

describe('boroughs that lost their last counter, and when, said many ways', () => {
  for (const say of ['which boroughs lost their last counter and when', 'which boroughs lost their police station and in what year', 'when did boroughs lose their last front counter']) {
    it(say, async () => {
      const text = await new Conversation().askText(say);
      const lost = boroughsLeftWithNone(since, TODAY);
      expect(firstLineOf(text)).to.match(/^Since July 2017 \(when my sources cover every counter\), \w+ boroughs have lost their last front counter: /);
      for (const borough of lost) expect(firstLineOf(text), borough).to.contain(borough);
      expect(text).to.match(/28 February 2026/);
    });
  }
});

describe('no time asked: the boroughs with none now, as before', () => {
  for (const say of ['which boroughs have no police station', 'which boroughs lost their police station']) {
    it(say, async () => expect(firstLineOf(await new Conversation().askText(say))).to.match(NONE_NOW));
  }
});

describe('danger told the same way still leads with 999', () => {
  for (const say of ['which boroughs lost their police station in 2017? someone is attacking my neighbour right now']) {
    it(say, async () => expect999First(await new Conversation().say(say), say));
  }
});
