/**
 * Two or three counters in one message, and the 24-hour list as of a past
 * date: what understanding makes of them (real place finder, Thursday
 * 26 November 2026, 14:30 London).
 */
import { expect } from 'chai';
import type { PlaceMention, Question } from '../../src/understanding/question';
import { ask, conversation, describe_, stationIdOf } from './helpers';

/** `brixton`, `not-found:blahville`, `ambiguous:wood`: an "other" counter in a few characters. */
function key(m: PlaceMention): string {
  const r = m.result;
  if (r.status === 'found') return r.match.stationId ?? `${r.match.kind}:${r.match.label}`;
  return `${r.status}:${m.text}`;
}

function othersOf(q: Question): string[] | undefined {
  return 'others' in q && q.others ? q.others.map(key) : undefined;
}

function rankOf(q: Question): string | undefined {
  return 'rank' in q ? q.rank : undefined;
}

describe('understanding: two or three counters in one message', () => {
  const cases: { say: string; intent: Question['intent']; first: string; others: string[]; rank?: string; when?: string }[] = [
    // Two names joined by "or" with a comparative ("later") ask which of them, as "which" would.
    { say: 'is brixton or walworth open later tonight', intent: 'hours', first: 'brixton', others: ['walworth'], rank: 'later', when: 'tonight' },
    { say: 'which is open longer on saturday, lewisham or bromley?', intent: 'hours', first: 'lewisham', others: ['bromley'], rank: 'longer', when: 'Saturday' },
    { say: 'compare the hours of charing cross and kentish town', intent: 'hours', first: 'charing-cross', others: ['kentish-town'], rank: 'longer' },
    // The first named leads, even when the second is named with "police" (a surer station match).
    { say: "croydon and sutton police - which one's open on sunday", intent: 'hours', first: 'croydon', others: ['sutton'], rank: 'open', when: 'Sunday' },
    { say: 'lavender hill vs brixton opening hours', intent: 'hours', first: 'lavender-hill', others: ['brixton'], rank: 'longer' },
    { say: 'which closes later, lewisham or walworth', intent: 'hours', first: 'lewisham', others: ['walworth'], rank: 'later' },
    // Asked yes or no of them all: which are open settles it.
    { say: 'is brixton or lewisham open now', intent: 'open-now', first: 'brixton', others: ['lewisham'], rank: 'open' },
    { say: 'are chingford and brixton still open', intent: 'status', first: 'chingford', others: ['brixton'], rank: 'open' },
  ];
  for (const c of cases) {
    it(`"${c.say}"`, () => {
      const q = ask(c.say);
      expect(q.intent, describe_(q)).to.equal(c.intent);
      expect(stationIdOf(q), describe_(q)).to.equal(c.first);
      expect(othersOf(q), describe_(q)).to.deep.equal(c.others);
      expect(rankOf(q), describe_(q)).to.equal(c.rank);
      if (c.when) expect(q).to.have.nested.property('when.label', c.when);
    });
  }

  it('at most three counters: the first named and two others', () => {
    const q = ask('hours of brixton, walworth, lewisham and bromley');
    expect(stationIdOf(q)).to.equal('brixton');
    expect(othersOf(q)).to.deep.equal(['walworth', 'lewisham']);
  });

  it('a counter named twice is one counter', () => {
    const q = ask('brixton and brixton hours');
    expect(stationIdOf(q)).to.equal('brixton');
    expect(othersOf(q)).to.equal(undefined);
  });

  it('a name we cannot find, joined to a counter, is kept as not found', () => {
    const q = ask('is brixton or blahville open');
    expect(stationIdOf(q)).to.equal('brixton');
    expect(othersOf(q)).to.deep.equal(['not-found:blahville']);
  });

  it('a name that is more than one counter is kept as ambiguous', () => {
    const q = ask('is brixton or wood police station open');
    expect(othersOf(q)).to.deep.equal(['ambiguous:wood']);
  });

  it('a station and where the resident is: one counter, as before', () => {
    for (const say of ["is brixton open, I'm in SE5", 'is lewisham open? I live in bromley']) {
      const q = ask(say);
      expect(q.intent, describe_(q)).to.equal('open-now');
      expect(othersOf(q), say).to.equal(undefined);
    }
  });

  it('"which is closer" is still a nearest question, measured from the resident', () => {
    const q = ask("which is closer to me, brixton or walworth, I'm in SE5");
    expect(q.intent).to.equal('nearest');
    expect(othersOf(q)).to.equal(undefined);
  });

  it('the first counter stays in view: "and on Sunday?" asks about it alone', () => {
    const [, next] = conversation(['which is open longer on saturday, lewisham or bromley?', 'and on Sunday?']);
    expect(next.intent, describe_(next)).to.equal('hours');
    expect(stationIdOf(next)).to.equal('lewisham');
    expect(next).to.have.nested.property('place.fromContext', true);
    expect(othersOf(next)).to.equal(undefined);
    expect(next).to.have.nested.property('when.weekday', 7);
  });

  it('"what about Walworth?" after a comparison asks of Walworth alone', () => {
    const [, next] = conversation(['is brixton or lewisham open now', 'what about walworth?']);
    expect(stationIdOf(next)).to.equal('walworth');
    expect(othersOf(next)).to.equal(undefined);
    expect(rankOf(next)).to.equal(undefined);
  });
});

describe('understanding: the 24-hour list as of a past date', () => {
  it('a past year is read as its 1 July', () => {
    expect(ask('which stations were 24 hours in 2020?')).to.deep.equal({ intent: 'list-24x7', asOf: { date: '2020-07-01', label: '1 July 2020', year: 2020 } });
    expect(ask('which front counters were open 24/7 in 2018')).to.deep.equal({ intent: 'list-24x7', asOf: { date: '2018-07-01', label: '1 July 2018', year: 2018 } });
    expect(ask('how many desks were 24 hours in 2018')).to.have.nested.property('asOf.date', '2018-07-01');
    expect(ask('which desks were 24/7 last year')).to.have.nested.property('asOf.date', '2025-07-01');
  });

  it('a past date with its year is that date', () => {
    expect(ask('which desks were 24/7 on 3 march 2016')).to.deep.equal({ intent: 'list-24x7', asOf: { date: '2016-03-03', label: '3 March 2016' } });
  });

  it('now, this year or no date: today\'s list, as before', () => {
    for (const say of ['which police front desks are open 24/7', 'which desks are 24/7 in 2026', 'which desks will be 24 hours in 2027']) {
      expect(ask(say), say).to.deep.equal({ intent: 'list-24x7' });
    }
  });

  it('a plan question with a year stays a plan question', () => {
    const q = ask('which counters were 24 hours under the 2017 plan');
    expect(q.intent, describe_(q)).to.not.equal('list-24x7');
  });
});
