/**
 * Closures over a period that reaches past the date from which the sources cover every counter ("how many police
 * stations have closed in the last decade", "which police stations closed since 2010"): the count the sources name
 * first, then the caveat that before that date they cover only some counters, so there may have been more in the
 * period asked. A period wholly before that date ("how many police stations shut in 2013?") keeps the caveat first:
 * its count is only of the counters covered. A period wholly after it has no caveat. Through the bot.
 */
import { expect } from 'chai';
import { Conversation, firstLineOf, itAnswersFirst, knowledge } from './harness';

const countFirst = (period: string) =>
  new RegExp(`^My sources name \\w+ front counters (?:in [A-Z][a-z]+ London )?closed between .+ and \\d+ \\w+ \\d{4}; before July 2017 they cover only some counters, so there may have been more ${period}:$`);

describe('closures over a period the sources partly cover: the count first, the caveat after', () => {
  itAnswersFirst(
    [
      ['how many police stations have closed in the last decade', countFirst('in the last 10 years')],
      ['how many counters closed in the past 10 years', countFirst('in the last 10 years')],
      ['how many stations closed since 2015', countFirst('since 2015')],
      ['which police stations closed since 2010', countFirst('since 2010')],
      ['which counters closed in north london since 2012', countFirst('since 2012')],
    ],
    { understood: true },
  );

  it('the count is of the closures the timeline dates in that period', async () => {
    const first = firstLineOf(await new Conversation().askText('which police stations closed since 2010'));
    const closed = knowledge.data.stations.filter((s) => knowledge.timeline.eventsFor(s.id).some((e) => e.kind === 'closed' && !e.conflict && e.date >= '2010-01-01'));
    const named = Number(/^My sources name (\d+) /.exec(first)?.[1]);
    // Every counter named closed in the period has a closing row in it (a counter closed twice is named once).
    expect(named).to.be.above(closed.length - 5).and.at.most(closed.length);
  });
});

describe('controls: a period wholly before, or wholly after, the sources cover every counter', () => {
  itAnswersFirst([
    ['how many police stations shut in 2013?', /^My sources before July 2017 cover only some counters: they name three front counters closed in 2013/],
    ['how many police stations closed in the last 5 years', /^\d+ front counters closed between \d+ \w+ \d{4} and \d+ \w+ \d{4}:$/],
  ]);
});
