/**
 * Closures counted by borough ("which borough lost the most stations", "what area had the most closures", "hardest hit
 * borough for police station closures"; "how many police stations closed in each borough", "police station closures by
 * borough"): the closures from when the sources cover every counter (July 2017), those that ended in a reopening left
 * out, counted by the counter's borough, most first, with the period said. Where it gave the boroughs with no counter
 * now. Boroughs with none, a loss in a year, the counters open per borough and the closures by year unchanged. The
 * counts are worked out from the timeline here too. Through the bot.
 */
import { expect } from 'chai';
import { Conversation, firstLineOf, itAnswersFirst, knowledge } from './harness';

/** The closures since the complete list that no later opening ended, by borough: the test's own count. */
function countedByBorough(): Map<string, number> {
  const since = knowledge.data.meta.counterList.since;
  const counts = new Map<string, number>();
  for (const station of knowledge.data.stations) {
    const rows = knowledge.timeline.eventsFor(station.id).filter((e) => !e.conflict && e.date <= '2026-11-26');
    rows.forEach((e, i) => {
      if (e.kind !== 'closed' || e.date < since) return;
      const reopened = rows.slice(i + 1).some((later) => later.kind === 'opened');
      if (!reopened) counts.set(station.borough, (counts.get(station.borough) ?? 0) + 1);
    });
  }
  return counts;
}

describe('closures counted by borough, said many ways', () => {
  const counts = countedByBorough();
  const most = Math.max(...counts.values());
  const top = [...counts].filter(([, n]) => n === most).map(([b]) => b);
  const total = [...counts.values()].reduce((a, b) => a + b, 0);

  it('the timeline gives a borough that lost the most', () => {
    expect(top.length).to.be.at.least(1);
    expect(most).to.be.above(1);
  });

  for (const say of [
    'which borough lost the most stations',
    'what borough has lost the most police stations',
    'which area had the most closures',
    'hardest hit borough for police station closures',
    'which london borough lost the most front counters',
  ]) {
    it(say, async () => {
      const text = await new Conversation().askText(say);
      expect(firstLineOf(text)).to.equal(
        `${top.join(' and ')} lost the most front counters: ${most}${top.length > 1 ? ' each' : ''}, of ${total} closures from July 2017 (when my sources start covering every counter) to 26 November 2026.`,
      );
      expect(text).to.match(/\nBy borough: /);
    });
  }

  for (const say of ['how many police stations closed in each borough', 'police station closures by borough', 'how many counters closed per borough']) {
    it(say, async () => {
      const first = firstLineOf(await new Conversation().askText(say));
      expect(first).to.match(/^Front counter closures by borough, from July 2017 \(when my sources start covering every counter\) to 26 November 2026: /);
      for (const [borough, n] of counts) if (n > 1) expect(first, borough).to.contain(`${borough} ${n}`);
    });
  }
});

describe('controls: boroughs with none, a loss in a year, counters per borough, closures by year', () => {
  itAnswersFirst([
    ['which boroughs have no police station', /^\w+ boroughs have no front counter now: /],
    ['does each borough still have a front desk?', /^No: as of \d+ \w+ \d{4}, \w+ boroughs have no front counter: /],
    ['which boroughs lost their police station in 2017', /^No borough lost its last front counter in 2017/],
    ['which borough has the most police stations', /^No borough has more than one front counter open today/],
    ['which year had the most closures', /^The most front counters closed in 2017: /],
  ]);
});
