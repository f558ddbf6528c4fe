/**
 * The counters of a part of London at a time gone by ("which counters were open in 2019 in south london"), and the count
 * then against the count now ("were there more police stations in 2017 than now?"), many ways, through the real bot. The
 * part's counters are fewer than London's (never London's list said as the part's); the counts then and now are worked out
 * from the timeline here too. Controls: London's list then, closures in a part, a count then alone, danger first.
 */
import { expect } from 'chai';
import { DateTime } from 'luxon';
import { countWord } from '../../src/replies/format/text';
import { expect999First } from './call999First';
import { Conversation, firstLineOf, knowledge } from './harness';

const FRIDAY = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });
const openOn = (date: string) => knowledge.timeline.statusesAsOf(date).filter((s) => s.counter === 'open').length;
const ask = async (say: string) => firstLineOf(await new Conversation('webchat', FRIDAY).askText(say));

describe('the counters of a part of London at a time gone by, said many ways', () => {
  for (const [say, year, part] of [
    ['which counters were open in 2019 in south london', 2019, 'South London'],
    ['which police stations were open in north london in 2018', 2018, 'North London'],
    ['what counters did east london have in 2020', 2020, 'East London'],
    ['list the stations open in west london in 2019', 2019, 'West London'],
    ['What front desks were there in south east london back in 2018?', 2018, 'South East London'],
    ['police stations open in central london in 2020', 2020, 'Central London'],
  ] as const) {
    it(say, async () => {
      const first = await ask(say);
      const match = new RegExp(`^As of 1 July ${year} \\(the middle of ${year}\\), (\\w+) front counters? (?:was|were) open in ${part}:`).exec(first);
      expect(match, first).to.not.equal(null);
      // Fewer than London's counters then: the part's, not London's said as the part's.
      expect(match![1]).to.not.equal(countWord(openOn(`${year}-07-01`)));
    });
  }

  it('counted, in a part ("how many counters were there in south london in 2019")', async () => {
    expect(await ask('how many counters were there in south london in 2019')).to.match(/^As of 1 July 2019 \(the middle of 2019\), \w+ front counters were open in South London; /);
  });

  it('the 24-hour ones of a part then ("which stations were 24 hours in east london in 2018")', async () => {
    expect(await ask('which stations were 24 hours in east london in 2018')).to.match(/^As of 1 July 2018 \(the middle of 2018\), \w+ front counters? in East London (?:was|were) open 24 hours a day/);
  });

  it('says how the part was taken', async () => {
    expect(await new Conversation('webchat', FRIDAY).askText('which counters were open in 2019 in south london')).to.contain('South London taken by postcode area');
  });

  it('London\'s list then is still London\'s ("which stations were open in 2017")', async () => {
    expect(await ask('which stations were open in 2017')).to.equal(`As of 1 July 2017 (the middle of 2017), ${openOn('2017-07-01')} front counters were open in London:`);
  });

  it('closures in a part and a year are still the closures ("which counters closed in south london in 2017")', async () => {
    expect(await ask('which counters closed in south london in 2017')).to.match(/^\d+ front counters in South London closed in 2017/);
  });
});

describe('asked again of another year', () => {
  const converse = async (...turns: string[]) => {
    const c = new Conversation('webchat', FRIDAY);
    let last = '';
    for (const t of turns) last = await c.askText(t);
    return firstLineOf(last);
  };

  it('a part then, "and in 2021?": the same part, all its counters', async () => {
    expect(await converse('which counters were open in 2019 in south london', 'and in 2021?')).to.match(/^As of 1 July 2021 \(the middle of 2021\), \w+ front counters were open in South London:/);
  });

  it('a count then against now, "and in 2019?": the same comparison', async () => {
    expect(await converse('were there more police stations in 2017 than now', 'and in 2019?')).to.match(/^Yes: London had \w+ front counters open on 1 July 2019 \(the middle of 2019\); \w+ are open now/);
  });

  it('a count then, "and in 2018?": still a count of every counter, not the 24-hour list', async () => {
    expect(await converse('how many counters were there in 2020', 'and in 2018?')).to.match(/^As of 1 July 2018 \(the middle of 2018\), \d+ front counters were open in London; /);
  });

  it('a count then against now, "why?": why counters closed', async () => {
    expect(await converse('were there more police stations in 2017 than now', 'why?')).to.match(/^Front counters were closed to save money/);
  });

  it('control: the 24-hour list then, "and in 2018?", stays the 24-hour list', async () => {
    expect(await converse('which stations were 24 hours in 2020', 'and in 2018?')).to.match(/^As of 1 July 2018 \(the middle of 2018\), \d+ front counters were open 24 hours a day:/);
  });
});

describe('the count then against the count now, said many ways', () => {
  const now = openOn('2026-12-04');
  for (const [say, year, yes] of [
    ['were there more police stations in 2017 than now', 2017, 'Yes'],
    ['are there more counters now than in 2018', 2018, 'No'],
    ['Were there fewer front counters in 2019 than today?', 2019, 'No'],
    ['are there fewer police stations now than in 2018', 2018, 'Yes'],
    ['how many police stations were there in 2017 compared to today', 2017, ''],
    ['how many front counters are there now compared to 2017', 2017, ''],
    ['how many police stations in 2019 vs now', 2019, ''],
    ['number of police counters in 2020 compared with now?', 2020, ''],
  ] as const) {
    it(say, async () => {
      const then = openOn(`${year}-07-01`);
      const first = await ask(say);
      expect(first).to.equal(`${yes ? `${yes}: ` : ''}London had ${countWord(then)} front counters open on 1 July ${year} (the middle of ${year}); ${countWord(now)} are open now (4 December 2026): ${countWord(then - now)} fewer.`);
    });
  }

  it('before the sources hold every counter: the count now, and that then is not known ("are there fewer police stations now than in 2013")', async () => {
    const first = await ask('are there fewer police stations now than in 2013');
    expect(first).to.match(new RegExp(`^${now} front counters are open in London now \\(4 December 2026\\); my sources cannot say how many there were on 1 July 2013`));
    expect(first).to.not.match(/^(?:Yes|No)\b/);
  });

  for (const [say, year, yes] of [
    ['how many 24 hour counters were there in 2019 compared to now', 2019, ''],
    ['were there more 24 hour police stations in 2020 than now', 2020, 'Yes'],
    ['how many 24/7 stations in 2018 vs today', 2018, ''],
  ] as const) {
    it(`the 24-hour ones: ${say}`, async () => {
      const then = knowledge.timeline.statusesAsOf(`${year}-07-01`).filter((s) => s.counter === 'open' && s.hours?.is24x7).length;
      const now24 = knowledge.timeline.statusesAsOf('2026-12-04').filter((s) => s.counter === 'open' && s.hours?.is24x7).length;
      expect(await ask(say)).to.match(new RegExp(`^${yes ? `${yes}: ` : ''}London had (?:at least )?${countWord(then)} front counters open 24 hours a day on 1 July ${year} \\(the middle of ${year}\\); ${countWord(now24)} are now \\(4 December 2026\\): `));
    });
  }

  it('a count then alone is still the count then ("how many counters were there in 2020")', async () => {
    expect(await ask('how many counters were there in 2020')).to.match(/^As of 1 July 2020 \(the middle of 2020\), \d+ front counters were open in London; /);
  });

  for (const say of ['how many police stations has london lost in total', 'how many counters have we lost', 'How many front desks has London lost?']) {
    it(`a loss counted is the closures, not what is left: ${say}`, async () => {
      expect(await ask(say)).to.match(/^\d+ front counters closed between July 2017 and 28 February 2026/);
    });
  }

  for (const say of ['how many police stations are left', 'how many are left now that we\'ve lost so many']) {
    it(`control: ${say}`, async () => expect(await ask(say)).to.match(/^27 front counters are open in London now/));
  }

  it('danger told with it still leads with 999', async () => {
    const say = 'were there more police stations in 2017 than now, someone is breaking into my house';
    expect999First(await new Conversation('webchat', FRIDAY).say(say), say);
  });
});
