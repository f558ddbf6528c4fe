/**
 * The closures of two years compared ("which closed more, 2017 or 2026", "did more stations close in 2025 than 2026",
 * "compare police station closures in 2017 and 2018"): the two years' counts, the larger first, where it listed every
 * closure between them (or answered with a plan). The counts are worked out from the timeline here too. A year the
 * sources do not cover whole, or one still to come, is not compared. Through the bot.
 */
import { expect } from 'chai';
import { DateTime } from 'luxon';
import { Conversation, firstLineOf, knowledge } from './harness';

const NOW = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });
const from = knowledge.data.meta.counterList.since;

/** Closure rows of a year, from when the sources cover every counter to now. */
function closedIn(year: string): number {
  let n = 0;
  for (const s of knowledge.data.stations)
    for (const e of knowledge.timeline.eventsFor(s.id)) if (e.kind === 'closed' && !e.conflict && e.date >= from && e.date <= '2026-12-04' && e.date.startsWith(year)) n++;
  return n;
}

const ask = async (say: string) => firstLineOf(await new Conversation('webchat', NOW).askText(say));

describe('closures in two years compared, said many ways', () => {
  for (const [say, a, b] of [
    ['which closed more, 2017 or 2026', '2017', '2026'],
    ['did more stations close in 2025 than 2026', '2025', '2026'],
    ['compare police station closures in 2017 and 2018', '2017', '2018'],
    ['were there fewer closures in 2026 than in 2017', '2026', '2017'],
    ['did more close in 2020 or 2021', '2020', '2021'],
    ['which year lost more police stations, 2018 or 2020?', '2018', '2020'],
    ['2017 vs 2026 police station closures', '2017', '2026'],
  ] as const) {
    it(`${say}: the two years counted, the larger first`, async () => {
      const first = await ask(say);
      const [more, fewer] = closedIn(a) >= closedIn(b) ? [a, b] : [b, a];
      expect(closedIn(more)).to.be.above(closedIn(fewer));
      expect(first).to.match(new RegExp(`^More front counters closed in ${more}(?: so far)? \\(${closedIn(more)}\\) than in ${fewer}(?: so far)? \\(${closedIn(fewer)}\\), as my sources show\\.$`));
    });
  }

  it('a part of London named: the two years counted there', async () => {
    expect(await ask('did more counters close in south london in 2017 or 2026')).to.match(/^More front counters in South London closed in 2017 \(\d+\) than in 2026 so far \(\d+\)/);
  });

  it('a year before the sources cover every counter is not compared', async () => {
    const first = await ask('were more stations shut in 2013 than 2017');
    expect(first).to.match(/^I can't compare 2013 and 2017: my sources cover every counter only from July 2017/);
    expect(first).to.contain(`In 2017, ${closedIn('2017')} front counters closed.`);
  });

  it('a year still to come is not compared', async () => {
    expect(await ask('will more close in 2027 than 2026')).to.match(/^I can't compare 2027 and 2026: 2027 has not happened yet\./);
  });

  for (const say of ['which closed in 2017 or 2018', 'what closed in 2026', 'how many police stations closed in 2017', 'how many closed each year']) {
    it(`${say}: not a comparison`, async () => {
      const first = await ask(say);
      expect(first).not.to.match(/^More front counters closed in|^I can't compare/);
    });
  }

  // "lost more police stations" is a counter lost, not a person missing; a person lost near a station still leads with 999.
  for (const say of ['i lost my son at the police station', 'lost my daughter near brixton police station', 'we lost grandad at the station']) {
    it(`${say}: 999 first`, async () => {
      expect(await ask(say)).to.match(/999/);
    });
  }
});
