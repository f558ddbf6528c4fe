/**
 * "Before that?" said alone after a time gone by: after the closures of a time ("which closed in 2020", "in december
 * 2017"), the closures on record before it; after a count of a year (London's or a borough's), the count the year
 * before (was: "Sorry, I can't help with that"). And "before <month> <year>" said outright is every closure up to that
 * month (was: read as that month itself). Controls: a year said after a count keeps that year; "before 2017" stays
 * before 2017; "before that" after a counter's hours is not a list.
 */
import { expect } from 'chai';
import { DateTime } from 'luxon';
import { Conversation, itAnswersFirst, itAnswersLast } from './harness';

const FRIDAY = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });
const BEFORE_2017 = /^My sources before July 2017 cover only some counters: they name eight front counters closed between 2011 and 8 October 2016:$/;
const COUNT_2018 = /^As of 1 July 2018 \(the middle of 2018\), 37 front counters were open in London/;

describe('"before that?" after a time gone by, said many ways', function () {
  this.timeout(60_000);
  itAnswersLast(
    [
      [['which closed in 2017', 'before that?'], BEFORE_2017],
      [['which counters closed in 2017', 'and before that?'], BEFORE_2017],
      [['what closed in 2017', 'what about earlier'], BEFORE_2017],
      [['which closed in 2020', 'and before that?'], /^My sources name 45 front counters closed between 2011 and January 2018; before July 2017 they cover only some counters, so there may have been more before 2020:$/],
      [['which closed in december 2017', 'and before then?'], /^My sources name nine front counters closed between 2011 and July 2017; .* more before December 2017:$/],
      [['how many stations were there in 2019', 'and before that'], COUNT_2018],
      [['how many stations were there in 2019', 'and the year before?'], COUNT_2018],
      [['how many police stations in 2019', 'ok and before that?'], COUNT_2018],
      [['how many stations did hackney have in 2019', 'what about before that'], /^\*\*Hackney\*\* had one police front counter open on 1 July 2018 \(the middle of 2018\)/],
    ],
    FRIDAY,
  );
  itAnswersFirst(
    [
      ['which counters closed before december 2017', /^My sources name nine front counters closed between 2011 and July 2017; .* more before December 2017:$/],
      ['which counters closed before july 2020', /^My sources name 46 front counters closed between 2011 and 24 January 2020; .* more before July 2020:$/],
    ],
    { understood: true, now: FRIDAY },
  );

  it('"before that?" is understood after each', async () => {
    for (const first of ['which closed in 2020', 'how many stations were there in 2019']) {
      const c = new Conversation('webchat', FRIDAY);
      await c.askText(first);
      expect(await c.askText('and before that?'), first).to.not.match(/can't help/);
    }
  });

  describe('controls', () => {
    itAnswersFirst([['which closed before 2017', BEFORE_2017]], { now: FRIDAY });
    itAnswersLast(
      [
        [['how many stations were there in 2019', 'and in 2017?'], /^As of 1 July 2017 \(the middle of 2017\), 73 front counters were open in London/],
        [['which closed in 2017', 'and in 2020?'], /^Seven front counters closed in 2020:$/],
        [['is brixton open', 'and before that?'], /^(?!.*front counters closed)/],
      ],
      FRIDAY,
    );
  });
});
