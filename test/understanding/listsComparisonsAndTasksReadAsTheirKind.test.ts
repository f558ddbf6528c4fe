/**
 * How understanding reads the kinds the bot answered badly: several boroughs as one list, an hour after "till" as a
 * closing time, a yes or no between counters, a counter task or the size or busyness of counters asked of the service,
 * a request to ring a counter or chase a report, a story before a question about a counter, and a plan named by the
 * last word of its title. The replies are tested through the bot in test/bot (the files named by the same behaviour).
 */
import { expect } from 'chai';
import type { Question } from '../../src/understanding/question';
import { ask, describe_ } from './helpers';

const has = (q: Question, path: string, value: unknown) => expect(q, describe_(q)).to.have.nested.property(path).that.deep.equals(value);

describe('understanding: lists, comparisons and counter tasks read as their kind', () => {
  for (const [say, boroughs] of [
    ['which stations in croydon and sutton are open', ['Croydon', 'Sutton']],
    ['police stations in hackney & islington', ['Hackney', 'Islington']],
    ['front counters in barnet, enfield and haringey', ['Barnet', 'Enfield', 'Haringey']],
    ['whats open in harrow and brent on sunday', ['Harrow', 'Brent']],
  ] as const) {
    it(`${say} -> one list of the boroughs named`, () => {
      const q = ask(say);
      expect(q.intent, describe_(q)).to.equal('open-list');
      has(q, 'part.boroughs', boroughs);
    });
  }

  for (const say of ['is croydon or sutton open later', "croydon and sutton police - which one's open on sunday", 'is brixton and walworth open']) {
    it(`${say} -> two counters compared, not a list`, () => {
      const q = ask(say);
      expect(q.intent, describe_(q)).to.be.oneOf(['hours', 'open-now', 'status']);
      expect(q, describe_(q)).to.have.property('others');
    });
  }

  for (const [say, iso] of [
    ['is brixton open till 7 on saturday', '2026-11-28T18:59'],
    ['walworth open til 8 sunday?', '2026-11-29T19:59'],
    ['will ilford be open untill 11 on friday', '2026-11-27T22:59'],
  ] as const) {
    it(`${say} -> open right up to that evening hour, yes or no`, () => {
      const q = ask(say);
      expect(q, describe_(q)).to.have.nested.property('when.kind', 'instant');
      expect((q as { when: { iso: string } }).when.iso.slice(0, 16)).to.equal(iso);
      has(q, 'yesNo', 'open');
    });
  }

  for (const [say, settles, rank] of [
    ['is lewisham open later than brixton', 'more', 'later'],
    ['is croydon open as late as lewisham', 'as-much', 'later'],
    ['r hammersmith open as long as acton', 'as-much', 'longer'],
    ['do croydon and sutton have the same hours', 'same', 'longer'],
    ['do lewisham and brixton have different opening times', 'different', 'longer'],
    ['are croydon and sutton open', 'all', 'open'],
  ] as const) {
    it(`${say} -> a yes or no between counters (${settles})`, () => {
      const q = ask(say);
      has(q, 'settles', settles);
      has(q, 'rank', rank);
    });
  }

  for (const [say, topic] of [
    ['can i hand in a knife at the counter', 'counter-other'],
    ['where can i hand in an unwanted knife', 'counter-other'],
    ['can i just walk in', 'appointment'],
    ['which is the busiest police station', 'busiest'],
    ['is brixton busier than charing cross', 'busiest'],
    ['is lewisham bigger than brixton', 'size'],
    ['how long do you have to wait at the police station', 'facilities'],
  ] as const) {
    it(`${say} -> the service: ${topic}`, () => {
      const q = ask(say);
      expect(q.intent, describe_(q)).to.equal('service');
      has(q, 'topic', topic);
    });
  }

  for (const [say, task] of [
    ['can u ring brixton for me', 'pass-on'],
    ['can you chase up my report', 'case-lookup'],
    ['can you find out if my bike has been handed in', 'case-lookup'],
    ['get me a crime number', 'report'],
    ['open a case for me', 'report'],
  ] as const) {
    it(`${say} -> cannot do: ${task}`, () => {
      const q = ask(say);
      expect(q.intent, describe_(q)).to.equal('cannot-do');
      has(q, 'task', task);
    });
  }

  it('a story off the topic does not swallow the question about a counter after it', () => {
    const q = ask('the bus ran into traffic so im late, is brixton open');
    expect(q.intent, describe_(q)).to.equal('open-now');
  });

  it('"the strategy" names the one plan whose title ends in it', () => {
    has(ask('which stations closed when the strategy came in'), 'period.planId', '2017-public-access-strategy');
    has(ask('what closed under the review'), 'period.planId', '2025-front-counter-review');
  });

  it('"the 2017 review" stays the 2017 plan: a year outranks the last word of another plan\'s title', () => {
    has(ask('what closed in the 2017 review'), 'period.planId', '2017-public-access-strategy');
  });
});
