/**
 * The first or last closure within a year or month named ("the first police station to close in 2017", "the last
 * counter to close in 2026", "which closed first in 2013"): the closures of the earliest (or latest) date in it, where it
 * gave the earliest closure of all (2011), the plan, or the latest round. Closures dated only to the year that may have
 * come before (or after) make it "can't say", with the closest dated one; a year with none says so; the earliest of all,
 * and the latest round, asked without a year, unchanged. The expected counters are worked out from the timeline here too.
 * Through the bot.
 */
import { expect } from 'chai';
import { DateTime } from 'luxon';
import { shortStationName } from '../../src/replies/format/names';
import type { TimelineEvent } from '../../src/stations/model';
import { Conversation, firstLineOf, knowledge } from './harness';

const NOW = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });
const ask = async (say: string) => firstLineOf(await new Conversation('webchat', NOW).askText(say));

/** The closures dated to the day or month in a year, in order: [name, event]. */
function closedIn(year: string): { name: string; event: TimelineEvent }[] {
  const found: { name: string; event: TimelineEvent }[] = [];
  for (const s of knowledge.data.stations)
    for (const e of knowledge.timeline.eventsFor(s.id))
      if (e.kind === 'closed' && !e.conflict && e.dateQualifier !== 'by' && e.datePrecision !== 'year' && e.date.startsWith(year)) found.push({ name: shortStationName(s), event: e });
  return found.sort((a, b) => (a.event.date < b.event.date ? -1 : a.event.date > b.event.date ? 1 : 0));
}

describe('the first or last closure of a year, said many ways', function () {
  this.timeout(60_000);
  for (const [say, order, year] of [
    ['the first police station to close in 2017', 'first', '2017'],
    ['what was the first to go in 2017?', 'first', '2017'],
    ['which was the last police station to close in 2017', 'last', '2017'],
    ['the last counter to close in 2026', 'last', '2026'],
    ['which was the first counter closed in 2021', 'first', '2021'],
    ['what was the final station to shut in 2021', 'last', '2021'],
  ] as const) {
    it(`${say}: the ${order} closure dated in ${year}`, async () => {
      const dated = closedIn(year);
      const edge = order === 'first' ? dated[0] : dated[dated.length - 1];
      const line = await ask(say);
      expect(line).to.match(new RegExp(`^The ${order} front counters? to close in ${year}(?: so far)?, as my sources show, (?:was|were) `));
      expect(line).to.include(`**${edge.name}**`);
    });
  }

  it('the last in 2017 is within 2017, not the round that ran into January 2018', async () => {
    expect(await ask('which was the last police station to close in 2017')).not.to.match(/2018/);
  });

  for (const [say, order, year] of [
    ['which closed first in 2013', 'first', '2013'],
    ['what was the first to close in 2020', 'first', '2020'],
    ['which was the last to shut in 2020', 'last', '2020'],
  ] as const) {
    it(`${say}: closures dated only to the year leave it uncertain, said first`, async () => {
      const dated = closedIn(year);
      const edge = order === 'first' ? dated[0] : dated[dated.length - 1];
      const line = await ask(say);
      expect(line).to.match(new RegExp(`^My sources can't say which front counter closed ${order} in ${year}: they date .* only to the year\\. The ${order} dated more closely was \\*\\*${edge.name}\\*\\*`));
    });
  }

  it('a year with none: said so', async () => {
    expect(await ask('what was the first station to close in 2019')).to.equal('My sources record no front counter closure in 2019.');
  });

  it('a year whose closures are known only "by" a date: said so', async () => {
    expect(await ask('first to close in 2025?')).to.match(/^My sources date no front counter closure in 2025 itself: .* had closed by 6 August 2025/);
  });
});

describe('controls: the first and latest of all, and a year\'s closures, unchanged', function () {
  this.timeout(30_000);
  for (const [say, first] of [
    ['what was the first station to close', /^The earliest front counter closure in my sources is \*\*Walthamstow\*\*, in 2011/],
    ['what was the last police station to close', /^Ten front counters closed on 28 February 2026/],
    // Last year (2025 at the test clock), not the last closure: "closed last" before "year" is a year asked.
    ['which stations closed last year', /^My sources date no front counter closure in 2025 itself \(Marlowe House \(Sidcup\) and Paddington Green had closed by 6 August 2025, on dates they do not give\)/],
    ['what closed in 2017', /^36 front counters closed in 2017/],
  ] as const) {
    it(say, async () => {
      expect(await ask(say)).to.match(first);
    });
  }
});
