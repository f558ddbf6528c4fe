/**
 * The first closure on record ("what was the first station to close", "when did the first counter close") and the counters
 * a round of closures kept ("which stations were kept open in 2017", "which survived the 2017 cuts"), many ways, through
 * the real bot. The first closure is the timeline's earliest, with what the sources cover; the counters kept are those open
 * the day before the round's first closure and still open after it, worked out from the timeline here too. Controls:
 * today's closing times, the latest closures, the counters saved, the counters left, the counters open then.
 */
import { expect } from 'chai';
import { DateTime } from 'luxon';
import { formatDate } from '../../src/replies/format/dates';
import { countWord } from '../../src/replies/format/text';
import { expect999First } from './call999First';
import { Conversation, firstLineOf, knowledge } from './harness';

const FRIDAY = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });
const ask = async (say: string) => firstLineOf(await new Conversation('webchat', FRIDAY).askText(say));
const since = knowledge.data.meta.counterList.since;

/** Every closure on record, oldest first (a closure in conflict left out). */
const closures = knowledge.data.stations
  .flatMap((s) => knowledge.timeline.eventsFor(s.id).filter((e) => e.kind === 'closed' && !e.conflict && e.date <= '2026-12-04').map((e) => ({ station: s, event: e })))
  .sort((a, b) => (a.event.date < b.event.date ? -1 : a.event.date > b.event.date ? 1 : 0));
const shortName = (name: string) => name.replace(/ Police Station.*$/, '');

describe('the first closure on record, said many ways', () => {
  const first = closures[0];
  const firstComplete = closures.find((c) => c.event.date >= since)!;
  for (const say of [
    'what was the first station to close',
    'which was the first police station to close',
    'when did the first counter close',
    'what was the earliest closure',
    'which station closed first',
    'what was the first police station closed in london',
    'Which front counter was the first ever to be shut?',
  ]) {
    it(say, async () => {
      const text = await new Conversation('webchat', FRIDAY).askText(say);
      const line = firstLineOf(text);
      expect(line).to.match(new RegExp(`^The earliest front counter closure in my sources is \\*\\*${shortName(first.station.name)}\\*\\*, in ${formatDate(first.event.date, first.event.datePrecision)}`));
      expect(line).to.contain('Before July 2017 they cover only some counters, so an earlier closure may be missing.');
      expect(text).to.contain(`From July 2017, when my sources cover every counter, the first to close was **${shortName(firstComplete.station.name)}**`);
    });
  }

  for (const [say, pattern] of [
    ['which station closes first today', /close at 22:00 today/],
    ['what was the last station to close', /^Ten front counters closed on 28 February 2026/],
    ['when did the first counter close, there is a man with a knife outside', null],
  ] as const) {
    it(`control: ${say}`, async () => {
      if (pattern === null) return expect999First(await new Conversation('webchat', FRIDAY).say(say), say);
      expect(await ask(say)).to.match(pattern);
    });
  }
});

describe('the counters a round of closures kept, said many ways', () => {
  const round2017 = knowledge.data.plans.find((p) => p.id === '2017-public-access-strategy')!.closures!.rounds[0];
  const openIds = (date: string) => knowledge.timeline.statusesAsOf(date).filter((s) => s.counter === 'open').map((s) => s.station.id);
  const dayBefore = DateTime.fromISO(round2017.from).minus({ days: 1 }).toISODate()!;
  const dayAfter = DateTime.fromISO(round2017.to).plus({ days: 1 }).toISODate()!;
  const before = openIds(dayBefore);
  const kept = before.filter((id) => openIds(dayAfter).includes(id));

  for (const say of [
    'which stations were kept open in 2017',
    'which stations survived the 2017 cuts',
    'which counters did they keep in 2017',
    'which stations stayed open after 2017',
    'What police stations remained open in 2017?',
    'which front counters were left open in 2017',
  ]) {
    it(say, async () => {
      expect(kept.length).to.be.above(0);
      expect(await ask(say)).to.equal(
        `The 2017 Public Access Strategy (MOPAC) kept ${countWord(kept.length)} of London's ${countWord(before.length)} front counters open (its closures ran from ${formatDate(round2017.from)} to ${formatDate(round2017.to)}):`,
      );
    });
  }

  it('another round (2025)', async () => {
    expect(await ask('what stations were kept in 2025')).to.match(/^The 2025 front counter review \(Met\) kept \d+ of London's \d+ front counters open \(its closures came on 28 February 2026\)/);
  });

  it('before the sources hold every counter, says so (2013)', async () => {
    expect(await ask('which counters were kept open in 2013')).to.match(/^My sources before July 2017 cover only some counters, so I can't list every counter the 2013 Police and Crime Plan \(MOPAC\) kept open/);
  });

  for (const [say, pattern] of [
    ['what stations were spared in 2017', /^Three front counters were saved from a planned closure under the 2017 Public Access Strategy/],
    ['which stations survived the cuts', /^27 front counters are open in London now/],
    ['which stations were open in 2017', /^As of 1 July 2017 \(the middle of 2017\), 73 front counters were open in London:/],
    ['why was wimbledon kept open', /Wimbledon/],
  ] as const) {
    it(`control: ${say}`, async () => expect(await ask(say)).to.match(pattern));
  }
});
