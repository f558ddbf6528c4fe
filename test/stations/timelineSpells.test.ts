/**
 * A counter's spells over a stretch of dates (Timeline.spellsBetween): a new spell only where the
 * record changes whether it is open or its hours, mid-2017 counting for the 73 counters of 2017.
 * Expected dates are the rows of shared/data/events.csv.
 */
import { expect } from 'chai';
import { FrontCounterKnowledge } from '../../src/stations';

const { timeline } = FrontCounterKnowledge.load();
const spells = (id: string, from: string, to: string) => timeline.spellsBetween(id, from, to).map((s) => `${s.from}..${s.to} ${s.status.counter}${s.status.hours ? ` ${s.status.hours.text}` : ''}`);

describe('a counter over a stretch of dates', () => {
  it("Ilford's refurbishment: open, closed from 2 November 2020, reopened about March 2021", () => {
    expect(spells('ilford', '2020-01-01', '2021-12-31')).to.deep.equal([
      '2020-01-01..2020-11-01 open 24/7',
      '2020-11-02..2021-02-28 closed',
      '2021-03-01..2021-12-31 open 24/7',
    ]);
  });

  it('an hours row that only confirms the state starts no new spell', () => {
    expect(spells('acton', '2025-01-01', '2025-12-31')).to.deep.equal(['2025-01-01..2025-12-31 open 24/7']);
  });

  it('mid-2017 starts a spell for one of the 73 counters of 2017 with no row before it', () => {
    expect(spells('holloway', '2017-01-01', '2017-12-31')).to.deep.equal(['2017-01-01..2017-06-30 unknown', '2017-07-01..2017-12-13 open', '2017-12-14..2017-12-31 closed']);
  });

  it('one day is one spell', () => {
    expect(spells('hammersmith', '2018-05-01', '2018-05-01')).to.deep.equal(['2018-05-01..2018-05-01 closed']);
  });
});
