/**
 * Closures counted since a year or a month agree with the count with no period, where every closure falls in it:
 * "how many front counters have closed since 2017" and "how many police stations closed in london" both count the
 * closures known only "by" a date (Marlowe House and Paddington Green "by 6 August 2025", after their plan was put
 * forward in July 2017), so one answer never says 52 and the other 54 over the same span. "since july 2017" is from
 * that month to today (was: July 2017 alone), "after march 2018" from April 2018, "from october 2017 to march 2018"
 * both months whole. Controls: "in july 2017" is the month alone; "what closed in 2025" keeps the closures known only
 * "by" a date apart (they may have fallen before it).
 */
import { expect } from 'chai';
import { DateTime } from 'luxon';
import { Conversation, firstLineOf, itAnswersFirst } from './harness';

const FRIDAY = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });
const countIn = (line: string) => /^(\d+) front counters closed/.exec(line)?.[1];

describe('closures counted since a year or a month agree, said many ways', function () {
  this.timeout(60_000);
  const wholeSpan = [
    'how many police stations closed in london',
    'how many front counters have closed since 2017',
    'how many closed since july 2017',
    'how many counters shut since the start of july 2017',
    'total closures since 2017?',
  ];
  it('every phrasing over the whole span gives one count', async () => {
    const counts = new Set<string | undefined>();
    for (const say of wholeSpan) counts.add(countIn(firstLineOf(await new Conversation('webchat', FRIDAY).askText(say))));
    expect([...counts]).to.have.lengthOf(1);
    expect([...counts][0]).to.match(/^\d+$/);
  });
  itAnswersFirst(
    [
      ['what closed after december 2017', /^\d+ front counters closed between January 2018 and 28 February 2026/],
      ['what closed from october 2017 to march 2018', /closed between 14 December 2017 and January 2018/],
      ['how many closed since july 2017', /^\d+ front counters closed between July 2017 and 28 February 2026/],
    ],
    { now: FRIDAY },
  );

  describe('controls', () => {
    itAnswersFirst(
      [
        ['how many closed in july 2017', /^One front counter closed in July 2017/],
        ['what closed in 2025', /^My sources date no front counter closure in 2025 itself \(Marlowe House \(Sidcup\) and Paddington Green had closed by 6 August 2025/],
      ],
      { now: FRIDAY },
    );
  });
});
