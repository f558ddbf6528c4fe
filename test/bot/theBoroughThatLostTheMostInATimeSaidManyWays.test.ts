/**
 * The borough that lost the most counters within a time said: "which borough lost the most stations in 2017", "what
 * borough lost most counters in 2026", "which area had the most closures in feb 2026" (was: that no borough lost its
 * last counter then, or the list of that month's closures). The closures of that time, counted by the counter's borough,
 * most first, with the time said; the counts are worked out from the timeline here too. Controls: with no time said, the
 * count from when the sources cover every counter; the boroughs that lost their last counter in a year; the boroughs
 * with the most counters open then.
 */
import { expect } from 'chai';
import { Conversation, firstLineOf, itAnswersFirst, knowledge } from './harness';

/** The closures dated from `from` to `to`, by borough: the test's own count. */
function closedByBorough(from: string, to: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const station of knowledge.data.stations) {
    for (const e of knowledge.timeline.eventsFor(station.id)) {
      if (e.kind === 'closed' && !e.conflict && e.date >= from && e.date <= to) counts.set(station.borough, (counts.get(station.borough) ?? 0) + 1);
    }
  }
  return counts;
}

function mostOf(counts: Map<string, number>): { top: string; most: number; total: number } {
  const most = Math.max(...counts.values());
  const names = [...counts].filter(([, n]) => n === most).map(([b]) => b).sort();
  const top = names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
  return { top, most, total: [...counts.values()].reduce((a, b) => a + b, 0) };
}

const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe('the borough that lost the most in a time said, said many ways', () => {
  const cases: [string[], string, string, string][] = [
    [['which borough lost the most stations in 2017', 'what borough lost the most police stations in 2017?', 'which london borough lost the most front counters in 2017'], '2017-07-01', '2017-12-31', '2017'],
    [['what borough lost most counters in 2026', 'which borough was hardest hit by closures in 2026'], '2026-01-01', '2026-11-26', '2026'],
    [['which area had the most closures in feb 2026', 'which borough lost the most in february 2026'], '2026-02-01', '2026-02-28', 'February 2026'],
    [['which borough lost the most in dec 2017'], '2017-12-01', '2017-12-31', 'December 2017'],
  ];
  for (const [says, from, to, label] of cases) {
    const { top, most, total } = mostOf(closedByBorough(from, to));
    for (const say of says) {
      it(`${say}: ${top}, ${most} of ${total} in ${label}`, async () => {
        const line = firstLineOf(await new Conversation().askText(say));
        expect(line, say).to.match(new RegExp(`^${escaped(top)} lost the most front counters: ${most}${top.includes(' and ') ? ' each' : ''}, of ${total} closures in ${escaped(label)}\\.$`));
      });
    }
  }
});

describe('near the borough that lost the most in a time: as before', () => {
  itAnswersFirst([
    ['which borough lost the most police stations', /^Westminster lost the most front counters: 4, of 50 closures from July 2017 \(when my sources start covering every counter\) to 26 November 2026\.$/],
    ['which boroughs lost their police station in 2017', /^No borough lost its last front counter in 2017, as far as my sources show/],
    ['which borough had the most stations in 2018', /had the most front counters open on 1 July 2018: two each\.$/],
    ['which stations closed in feb 2026', /^Ten front counters closed on 28 February 2026 under the 2025 front counter review \(Met\)/],
    ['how many police stations closed in each borough', /^Front counter closures by borough, from July 2017/],
  ]);
});
