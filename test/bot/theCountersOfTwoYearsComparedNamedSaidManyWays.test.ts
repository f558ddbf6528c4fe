/**
 * "Which ones?" after the closures of two years were compared ("which closed more police stations, 2017 or 2026", then
 * "which ones", "which were they", "name them"): the counters closed in each year, named, each year's count first, where
 * it gave the comparison again. Narrowed to a part of London when one is said, or was said in the comparison. The
 * counters are worked out from the timeline here too. Through the bot.
 */
import { expect } from 'chai';
import { DateTime } from 'luxon';
import { shortStationName } from '../../src/replies/format/names';
import { Conversation, firstLineOf, knowledge } from './harness';

const NOW = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });
const from = knowledge.data.meta.counterList.since;

/** The short names of the counters whose closure the timeline dates in a year (from when the sources cover every counter). */
function closedIn(year: string): string[] {
  const names: string[] = [];
  for (const s of knowledge.data.stations)
    for (const e of knowledge.timeline.eventsFor(s.id))
      if (e.kind === 'closed' && !e.conflict && e.date >= from && e.date <= '2026-12-04' && e.date.startsWith(year)) names.push(shortStationName(s));
  return names;
}

async function afterComparing(compare: string, then: string): Promise<string> {
  const chat = new Conversation('webchat', NOW);
  expect(firstLineOf(await chat.askText(compare))).to.match(/^More front counters (?:in [\w ]+ )?closed in/);
  return chat.ask(then);
}

describe('the counters of two years compared, named when asked which', function () {
  this.timeout(60_000);
  for (const [compare, then, a, b] of [
    ['which closed more police stations, 2017 or 2026', 'which ones', '2017', '2026'],
    ['which closed more police stations, 2017 or 2026', 'which were they', '2017', '2026'],
    ['did more close in 2020 or 2021', 'name them', '2020', '2021'],
    ['were there fewer closures in 2026 than in 2017', 'what were they', '2026', '2017'],
    ['2017 vs 2026 police station closures', 'list them', '2017', '2026'],
    ['which year lost more police stations, 2018 or 2020?', 'ok which ones', '2018', '2020'],
    ['did more stations close in 2025 than 2026', 'tell me which', '2025', '2026'],
  ] as const) {
    it(`${compare} -> ${then}: each year's closures, named`, async () => {
      const reply = await afterComparing(compare, then);
      expect(firstLineOf(reply)).not.to.match(/^More front counters closed in/);
      for (const year of [a, b]) {
        const names = closedIn(year);
        expect(names.length, year).to.be.above(0);
        expect(reply).to.match(new RegExp(`(?:front counters? closed|closure) (?:on \\d+ |by \\d+ )?(?:in )?(?:\\w+ )?${year}`, 'i'));
        for (const name of names) expect(reply, `${year}: ${name}`).to.include(name);
      }
    });
  }

  it('a part of London said in the comparison: the counters of that part', async () => {
    const reply = await afterComparing('did more counters close in south london in 2017 or 2026', 'which were they');
    expect(firstLineOf(reply)).to.match(/^\d+ front counters in South London closed in 2017/);
    expect(reply).to.match(/front counters in South London closed on 28 February 2026/);
  });

  it('a part of London said after it: the counters of that part', async () => {
    const reply = await afterComparing('which closed more, 2017 or 2026', 'which ones were in south london?');
    expect(firstLineOf(reply)).to.match(/^\d+ front counters in South London closed in 2017/);
  });
});

describe('controls: "which ones?" after a list of one period, and the comparison itself, unchanged', function () {
  this.timeout(30_000);
  it('how many closed in 2026, then which ones: that year\'s closures', async () => {
    const chat = new Conversation('webchat', NOW);
    await chat.say('how many police stations closed in 2026');
    expect(firstLineOf(await chat.askText('which ones'))).to.match(/^Ten front counters closed on 28 February 2026/);
  });
  it('how many are left, then which ones: the counters open', async () => {
    const chat = new Conversation('webchat', NOW);
    await chat.say('how many police stations are left');
    expect(firstLineOf(await chat.askText('which ones'))).not.to.match(/^More front counters closed/);
  });
  it('the comparison asked again is still the comparison', async () => {
    const chat = new Conversation('webchat', NOW);
    await chat.say('which closed more, 2017 or 2026');
    expect(firstLineOf(await chat.askText('and 2020 or 2021?'))).not.to.match(/^\d+ front counters closed in 2017/);
  });
});
