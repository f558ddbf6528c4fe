/**
 * The Answerer on two or three counters at once, and on the 24-hour list as of
 * a past date: real data, as of Thursday 26 November 2026, 14:00 London.
 */
import { expect } from 'chai';
import { DateTime } from 'luxon';
import type { Answer } from '../../src/answers/answer';
import { Answerer } from '../../src/answers/answerQuestion';
import { deskNamedBy } from '../../src/answers/deskNamedBy';
import { FrontCounterKnowledge } from '../../src/stations';
import type { PlaceMention, Question, WhenAsked } from '../../src/understanding/question';

const knowledge = FrontCounterKnowledge.load();
const answerer = new Answerer(knowledge);
const THURSDAY_AFTERNOON = DateTime.fromISO('2026-11-26T14:00', { zone: 'Europe/London' });
const THURSDAY_NIGHT = DateTime.fromISO('2026-11-26T23:10', { zone: 'Europe/London' });
const SATURDAY: WhenAsked = { kind: 'weekday', weekday: 6, date: '2026-11-28', label: 'Saturday' };

function place(text: string): PlaceMention {
  return { text, result: knowledge.locator.locate(text) };
}

function comparison(question: Question, now = THURSDAY_AFTERNOON): Extract<Answer, { kind: 'comparison' }> {
  const a = answerer.answer(question, now);
  expect(a.kind).to.equal('comparison');
  return a as Extract<Answer, { kind: 'comparison' }>;
}

function ids(a: Extract<Answer, { kind: 'comparison' }>): string[] {
  return a.answers.map((x) => x.status.station.id);
}

describe('Answerer: two or three counters at once', () => {
  it('Lewisham or Bromley on Saturday: each answered for Saturday; Lewisham is open longer (24 hours against 09:00-19:00)', () => {
    const a = comparison({ intent: 'hours', place: place('lewisham'), others: [place('bromley')], when: SATURDAY, rank: 'longer' });
    expect(ids(a)).to.deep.equal(['lewisham', 'bromley']);
    for (const x of a.answers) {
      expect(x.kind).to.equal('station-hours');
      if (x.kind === 'station-hours') expect(x.days.map((d) => d.date)).to.deep.equal(['2026-11-28']);
    }
    const [lewisham, bromley] = a.answers;
    expect(lewisham.kind === 'station-hours' && lewisham.days[0].allDay).to.equal(true);
    expect(bromley.status.hours?.text).to.equal('Mon-Fri 10:00-22:00; Sat-Sun 09:00-19:00');
    expect(a.verdict).to.deep.equal({ rank: 'longer', leaders: ['lewisham'], allEqual: false });
    expect(a.unanswered).to.deep.equal([]);
    expect(a.asOf).to.equal('2026-11-26');
  });

  it('the same hours are a tie, not a winner (Lavender Hill and Brixton)', () => {
    const a = comparison({ intent: 'hours', place: place('lavender hill'), others: [place('brixton')], when: { kind: 'week' }, rank: 'longer' });
    expect(a.verdict).to.deep.equal({ rank: 'longer', leaders: ['lavender-hill', 'brixton'], allEqual: true });
  });

  it('which closes later tonight: Walworth (22:00) against Charing Cross (24 hours)', () => {
    const tonight: WhenAsked = { kind: 'date', date: '2026-11-26', label: 'tonight' };
    const a = comparison({ intent: 'hours', place: place('walworth'), others: [place('charing cross')], when: tonight, rank: 'later' });
    expect(a.verdict?.leaders).to.deep.equal(['charing-cross']);
  });

  it('open now at 23:10: each counter its own state; only the 24-hour ones are open', () => {
    const a = comparison({ intent: 'open-now', place: place('brixton'), others: [place('lewisham'), place('charing cross')], when: { kind: 'now' }, rank: 'open' }, THURSDAY_NIGHT);
    const open = a.answers.map((x) => (x.kind === 'station-hours' ? x.state?.open : undefined));
    expect(open).to.deep.equal([false, true, true]);
    expect(a.verdict).to.deep.equal({ rank: 'open', leaders: ['lewisham', 'charing-cross'], allEqual: false });
  });

  it('a closed counter is answered as closed, and is never "open longer"', () => {
    const a = comparison({ intent: 'hours', place: place('chingford'), others: [place('bromley')], when: SATURDAY, rank: 'longer' });
    expect(a.answers[0].status.counter).to.equal('closed');
    expect(a.answers[0].status.since?.date).to.equal('2026-02-28');
    expect(a.verdict?.leaders).to.deep.equal(['bromley']);
  });

  it('status of two counters: one closed, one open; "which is still open" is Brixton', () => {
    const a = comparison({ intent: 'status', place: place('chingford'), others: [place('brixton')], rank: 'open' });
    expect(a.answers.map((x) => [x.kind, x.status.counter])).to.deep.equal([
      ['station-status', 'closed'],
      ['station-status', 'open'],
    ]);
    expect(a.verdict?.leaders).to.deep.equal(['brixton']);
  });

  it('no verdict when none was asked for', () => {
    const a = comparison({ intent: 'hours', place: place('brixton'), others: [place('walworth')], when: SATURDAY });
    expect(a.verdict).to.equal(null);
  });

  it('a counter named twice is answered once; alone, it is the usual one-counter answer', () => {
    const a = answerer.answer({ intent: 'hours', place: place('brixton'), others: [place('brixton police station')], when: SATURDAY }, THURSDAY_AFTERNOON);
    expect(a.kind).to.equal('station-hours');
  });

  it('a name not found, or ambiguous, is reported beside the counter answered', () => {
    const notFound: PlaceMention = { text: 'blahville', result: { status: 'not-found', query: 'blahville' } };
    const a = comparison({ intent: 'open-now', place: place('brixton'), others: [notFound, place('wood')], when: { kind: 'now' } });
    expect(ids(a)).to.deep.equal(['brixton']);
    expect(a.unanswered.map((u) => [u.text, u.reason])).to.deep.equal([
      ['blahville', 'not-found'],
      ['wood', 'ambiguous'],
    ]);
    expect(a.unanswered[1].candidates.map((c) => c.stationId).sort()).to.deep.equal(['wood-green-fishmongers-arms', 'woodford'].sort());
  });

  it('the answer names no single desk, so the first counter named stays the one discussed', () => {
    const a = comparison({ intent: 'hours', place: place('lewisham'), others: [place('bromley')], when: SATURDAY, rank: 'longer' });
    expect(deskNamedBy(a)).to.equal(undefined);
  });
});

describe('Answerer: the 24-hour list as of a past date', () => {
  it('1 July 2020: 30 counters were 24 hours (Brixton, Croydon among them), 7 with hours not recorded', () => {
    const a = answerer.answer({ intent: 'list-24x7', asOf: { date: '2020-07-01', label: '1 July 2020', year: 2020 } }, THURSDAY_AFTERNOON);
    if (a.kind !== 'list-24x7') throw new Error(a.kind);
    expect(a.asOf).to.equal('2020-07-01');
    expect(a.desks).to.have.length(30);
    expect(a.desks.map((d) => d.station.id)).to.include.members(['brixton', 'croydon', 'lewisham', 'charing-cross']);
    expect(a.openCount).to.equal(37);
    expect(a.asked).to.deep.equal({ label: '1 July 2020', year: 2020, past: true, incomplete: false, unknownHoursCount: 7, completeFrom: '2017-07-01' });
    expect(a.verifiedOn).to.equal(knowledge.data.meta.verifiedOn);
  });

  it('before mid-2017 the data is incomplete, and says so', () => {
    const a = answerer.answer({ intent: 'list-24x7', asOf: { date: '2013-07-01', label: '1 July 2013', year: 2013 } }, THURSDAY_AFTERNOON);
    if (a.kind !== 'list-24x7') throw new Error(a.kind);
    expect(a.asked?.incomplete).to.equal(true);
    expect(a.desks.map((d) => d.station.id)).to.include('walworth');
  });

  it('without a date, today\'s list, unchanged: Charing Cross and Lewisham', () => {
    const a = answerer.answer({ intent: 'list-24x7' }, THURSDAY_AFTERNOON);
    if (a.kind !== 'list-24x7') throw new Error(a.kind);
    expect(a.asked).to.equal(undefined);
    expect(a.desks.map((d) => d.station.id).sort()).to.deep.equal(['charing-cross', 'lewisham']);
  });

  it('asking about a past date does not change what today\'s answers see', () => {
    answerer.answer({ intent: 'list-24x7', asOf: { date: '2018-07-01', label: '1 July 2018', year: 2018 } }, THURSDAY_AFTERNOON);
    expect(knowledge.statusesAsOf(THURSDAY_AFTERNOON).filter((s) => s.hours?.is24x7)).to.have.length(2);
  });
});
