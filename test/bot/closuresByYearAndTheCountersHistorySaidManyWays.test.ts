/**
 * Closures counted by year, and the history of the counters in general, many ways, through the real bot: every
 * closure the timeline dates from July 2017 (when the sources cover every counter), by year, the year with the most
 * first when that is asked; "the history of london's police front counters" names the plans that shaped them rather
 * than asking which station. Counts come from the data: the test works them out from the timeline too.
 */
import { expect } from 'chai';
import { DateTime } from 'luxon';
import { Conversation, firstLineOf, knowledge } from './harness';

const FRIDAY = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });
const since = knowledge.data.meta.counterList.since;
const closedIn = (year: string) =>
  knowledge.data.stations.flatMap((s) => knowledge.timeline.eventsFor(s.id)).filter((e) => e.kind === 'closed' && !e.conflict && e.date >= since && e.date <= '2026-12-04' && e.date.startsWith(year)).length;

const ask = async (say: string) => firstLineOf(await new Conversation('webchat', FRIDAY).askText(say));

describe('closures counted by year, said many ways', () => {
  for (const say of ['how many police stations closed each year', 'closures year by year', 'how many front counters closed per year?', 'How many counters shut every year?']) {
    it(say, async () => {
      const first = await ask(say);
      expect(first).to.match(/^Front counter closures by year, from July 2017 \(when my sources cover every counter\): /);
      expect(first).to.contain(`2017: ${closedIn('2017')}`);
      expect(first).to.contain(`2026: ${closedIn('2026')}`);
    });
  }

  for (const say of ['which year had the most closures', 'what year did the met close the most police stations', 'In which year were the most front desks closed?']) {
    it(say, async () => expect(await ask(say)).to.match(new RegExp(`^The most front counters closed in 2017: ${closedIn('2017')}, of \\d+ closures from July 2017`)));
  }

  it('a year named still lists that year\'s closures ("which police stations closed in 2017")', async () => {
    expect(await ask('which police stations closed in 2017')).to.match(/^36 front counters closed in 2017 under the 2017 Public Access Strategy/);
  });
});

describe('the history of the counters in general, said many ways: the plans that shaped them', () => {
  for (const say of ['history of london police front counters', 'what is the history of the police stations in london', 'tell me the history of front desks']) {
    it(say, async () => {
      const text = await new Conversation('webchat', FRIDAY).askText(say);
      expect(text).to.match(/Three plans shaped them, most recent first: the 2025 front counter review \(Met\), the 2017 Public Access Strategy \(MOPAC\) and the 2013 Police and Crime Plan \(MOPAC\)\./);
      expect(text).to.not.match(/Which police station do you mean/);
    });
  }

  it('the history of one counter is still that counter\'s ("history of brixton police station")', async () => {
    expect(await ask('history of brixton police station')).to.match(/Brixton Police Station/);
  });
});
