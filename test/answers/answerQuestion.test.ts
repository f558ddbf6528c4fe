import { expect } from 'chai';
import { DateTime } from 'luxon';
import { Answerer } from '../../src/answers/answerQuestion';
import type { Answer } from '../../src/answers/answer';
import { FrontCounterKnowledge } from '../../src/stations';
import type { PlaceMention, Question } from '../../src/understanding/question';
import { roundOf } from '../replies/realAnswers';

const knowledge = FrontCounterKnowledge.load();
const answerer = new Answerer(knowledge);
/** Thursday 26 November 2026, 14:00 London time. */
const THURSDAY_AFTERNOON = DateTime.fromISO('2026-11-26T14:00', { zone: 'Europe/London' });

function place(text: string): PlaceMention {
  return { text, result: knowledge.locator.locate(text) };
}

function answer(question: Question, now = THURSDAY_AFTERNOON): Answer {
  return answerer.answer(question, now);
}

function expectKind<K extends Answer['kind']>(a: Answer, kind: K): Extract<Answer, { kind: K }> {
  expect(a.kind).to.equal(kind);
  return a as Extract<Answer, { kind: K }>;
}

describe('Answerer (real data, as of Thursday 26 November 2026)', () => {
  describe('station status', () => {
    it('a counter closed in February 2026 comes with the nearest open and 24/7 desks', () => {
      const a = expectKind(answer({ intent: 'status', place: place('twickenham police station') }), 'station-status');
      expect(a.status.station.id).to.equal('twickenham');
      expect(a.status.counter).to.equal('closed');
      expect(a.status.since?.date).to.equal('2026-02-28');
      expect(a.nearby?.openNow?.station.id).to.be.oneOf(['hounslow', 'kingston']);
      expect(a.nearby?.open24x7?.station.id).to.equal('charing-cross');
      expect(a.contacts.nonEmergency.text).to.contain('101');
      expect(a.asOf).to.equal('2026-11-26');
      expect(a.verifiedOn).to.equal(knowledge.data.meta.verifiedOn);
    });

    it('an open counter has its hours and no detour', () => {
      const a = expectKind(answer({ intent: 'status', place: place('acton') }), 'station-status');
      expect(a.status.counter).to.equal('open');
      expect(a.status.hours?.text).to.equal('Mon-Fri 10:00-22:00; Sat-Sun 09:00-19:00');
      expect(a.nearby).to.equal(null);
    });

    it('Kensington: closed, nearest open desk Hammersmith, nearest 24/7 Charing Cross', () => {
      const a = expectKind(answer({ intent: 'status', place: place('kensington police station') }), 'station-status');
      expect(a.status.counter).to.equal('closed');
      expect(a.nearby?.openNow?.station.id).to.equal('hammersmith');
      expect(a.nearby?.open24x7?.station.id).to.equal('charing-cross');
    });

    it('Woodford: no counter, and the conflicting 2017 claim is carried, not used', () => {
      const a = expectKind(answer({ intent: 'status', place: place('woodford') }), 'station-status');
      expect(a.status.station.id).to.equal('woodford');
      expect(a.status.counter).to.equal('closed');
      expect(a.status.hours).to.equal(null);
      expect(a.status.conflicts.some((c) => c.reason === 'conflict' && c.event.value.includes('09:00-17:00'))).to.equal(true);
    });

    it('an ambiguous name asks the resident to choose, keeping the question', () => {
      const a = expectKind(answer({ intent: 'status', place: place('wood') }), 'choose-place');
      expect(a.candidates.map((c) => c.label)).to.include.members(['Woodford', 'Wood Green']);
      expect(a.pending.intent).to.equal('status');
    });

    it('no place at all asks which station', () => {
      expect(expectKind(answer({ intent: 'status', place: null }), 'ask-station').pending.intent).to.equal('status');
    });
  });

  describe('hours', () => {
    it('Plumstead on Sunday: 09:00 to 19:00', () => {
      const a = expectKind(
        answer({ intent: 'hours', place: place('plumstead'), when: { kind: 'weekday', weekday: 7, date: '2026-11-29', label: 'Sunday' } }),
        'station-hours',
      );
      expect(a.days).to.have.length(1);
      const [interval] = a.days[0].intervals;
      expect(interval.open.toFormat('HH:mm')).to.equal('09:00');
      expect(interval.close.toFormat('HH:mm')).to.equal('19:00');
    });

    it('open now: Hayes at 14:00 on a Thursday is open until 22:00', () => {
      const a = expectKind(answer({ intent: 'open-now', place: place('hayes'), when: { kind: 'now' } }), 'station-hours');
      expect(a.state).to.deep.include({ open: true });
      expect(a.state && a.state.open && a.state.closesAt?.toFormat('HH:mm')).to.equal('22:00');
      expect(a.nearby).to.equal(null);
    });

    it('open now at 23:00: Hayes is closed, opens at 10:00 tomorrow, and a 24/7 desk is offered', () => {
      const late = DateTime.fromISO('2026-11-26T23:00', { zone: 'Europe/London' });
      const a = expectKind(answer({ intent: 'open-now', place: place('hayes'), when: { kind: 'now' } }, late), 'station-hours');
      expect(a.state?.open).to.equal(false);
      expect(a.state && !a.state.open && a.state.opensAt?.toISO()).to.equal('2026-11-27T10:00:00.000+00:00');
      expect(a.nearby?.open24x7?.station.id).to.be.oneOf(['charing-cross', 'lewisham']);
      expect(a.nearby?.openNow?.station.id).to.be.oneOf(['charing-cross', 'lewisham']);
    });

    it('the week table for Brixton', () => {
      const a = expectKind(answer({ intent: 'hours', place: place('brixton'), when: { kind: 'week' } }), 'station-hours');
      expect(a.week?.map((r) => r.text)).to.deep.equal(['10:00–22:00', '10:00–22:00', '10:00–22:00', '10:00–22:00', '10:00–22:00', '09:00–19:00', '09:00–19:00']);
    });

    it('hours of a closed counter are not invented', () => {
      const a = expectKind(answer({ intent: 'hours', place: place('chingford'), when: { kind: 'week' } }), 'station-hours');
      expect(a.status.counter).to.equal('closed');
      expect(a.week).to.equal(null);
      expect(a.days).to.deep.equal([]);
      expect(a.nearby?.openToday).to.not.equal(null);
    });
  });

  describe('nearest desks', () => {
    it('nearest 24/7 to NW10 4AA is Charing Cross (about 9 km), nearest open desk Acton', () => {
      const a = expectKind(answer({ intent: 'nearest', place: place('NW10 4AA'), desk: '24/7' }), 'nearest');
      expect(a.results[0].station.id).to.equal('charing-cross');
      expect(a.results[0].distanceKm).to.be.within(8, 10);
      expect(a.results.every((r) => r.is24x7)).to.equal(true);
      expect(a.nearby.openNow?.station.id).to.equal('acton');
    });

    it('nearest 24/7 to RM10 7TU is Lewisham (about 15 km), nearest open Dagenham', () => {
      const a = expectKind(answer({ intent: 'nearest', place: place('RM10 7TU'), desk: '24/7' }), 'nearest');
      expect(a.results[0].station.id).to.equal('lewisham');
      expect(a.results[0].distanceKm).to.be.within(13, 17);
      expect(a.nearby.openNow?.station.id).to.equal('dagenham');
    });

    for (const [from, expected] of [
      ['HA9 0WS', 'wembley'],
      ['TW3 1ES', 'hounslow'],
      ['kt1 1ee', 'kingston'],
      ['SE18', 'plumstead'],
      ['E2 0', 'bethnal-green'],
      ['E4 7EA', 'edmonton'],
    ] as const) {
      it(`nearest desk to ${from} is ${expected}`, () => {
        const a = expectKind(answer({ intent: 'nearest', place: place(from), desk: 'any' }), 'nearest');
        expect(a.results[0].station.id).to.equal(expected);
      });
    }

    it('as of 31 December 2017 the nearest 24/7 desk to IG8 0SB was Chingford', () => {
      const then = DateTime.fromISO('2017-12-31T12:00', { zone: 'Europe/London' });
      const a = expectKind(answer({ intent: 'nearest', place: place('IG8 0SB'), desk: '24/7' }, then), 'nearest');
      expect(a.results[0].station.id).to.equal('chingford');
    });

    it('no place: asks for a location and remembers the desk kind', () => {
      const a = expectKind(answer({ intent: 'nearest', place: null, desk: '24/7' }), 'ask-location');
      expect(a.pending).to.deep.equal({ intent: 'nearest', desk: '24/7' });
    });

    it('a postcode outside London and an unknown one are told apart', () => {
      expectKind(answer({ intent: 'nearest', place: place('M1 1AE'), desk: 'any' }), 'postcode-outside-london');
      expectKind(answer({ intent: 'nearest', place: place('ZZ99 9ZZ'), desk: 'any' }), 'postcode-unknown');
    });
  });

  describe('boroughs and lists', () => {
    it('Richmond upon Thames has no counter; Twickenham closed; a nearby desk is offered', () => {
      const a = expectKind(answer({ intent: 'borough-desks', place: place('richmond borough') }), 'borough-desks');
      expect(a.borough).to.equal('Richmond upon Thames');
      expect(a.open).to.deep.equal([]);
      expect(a.closedRecently[0].station.id).to.equal('twickenham');
      expect(a.nearby?.openNow?.station.id).to.be.oneOf(['hounslow', 'kingston']);
    });

    it('Hackney: Stoke Newington', () => {
      const a = expectKind(answer({ intent: 'borough-desks', place: place('hackney') }), 'borough-desks');
      expect(a.open.map((s) => s.station.id)).to.deep.equal(['stoke-newington']);
    });

    it('only Charing Cross and Lewisham are 24/7, since 3 March 2026', () => {
      const a = expectKind(answer({ intent: 'list-24x7' }), 'list-24x7');
      expect(a.desks.map((s) => s.station.id).sort()).to.deep.equal(['charing-cross', 'lewisham']);
      expect(a.since).to.equal('2026-03-03');
      expect(a.openCount).to.equal(27);
    });

    it('ten counters closed in February 2026', () => {
      const a = expectKind(answer({ intent: 'closures-list', period: roundOf('2025-front-counter-review') }), 'closures-list');
      expect(a.closures).to.have.length(10);
      expect(a.closures.map((c) => c.status.station.id)).to.include.members(['chingford', 'wimbledon', 'twickenham', 'royalty-studios']);
    });

    it('why: the reasons come with sources', () => {
      const a = expectKind(answer({ intent: 'plans', topic: 'why' }), 'plans');
      expect(a.facts.length).to.be.greaterThan(3);
      const saving2017 = a.facts.find((f) => f.text.includes('£8m a year'));
      expect(saving2017?.sources).to.include('https://www.london.gov.uk/node/41501');
      expect(a.facts.filter((f) => f.sources.length > 0).length).to.be.greaterThan(a.facts.length / 2);
      expect(a.plans.map((p) => p.id)).to.include('2025-front-counter-review');
    });

    it('how many are left: 27 open, 2 of them 24/7, and the five boroughs with none', () => {
      const a = expectKind(answer({ intent: 'plans', topic: 'how-many-left' }), 'plans');
      expect(a.openCount).to.equal(27);
      expect(a.open24x7Count).to.equal(2);
      expect(a.boroughsWithoutCounter).to.deep.equal(['Harrow', 'Kensington and Chelsea', 'Merton', 'Richmond upon Thames', 'Waltham Forest']);
    });

    it('history: Fulham closed on 14 December 2017 under the Public Access Strategy', () => {
      const a = expectKind(answer({ intent: 'history', place: place('fulham'), topic: 'closure-date' }), 'station-history');
      expect(a.status.since?.date).to.equal('2017-12-14');
      expect(a.events.some((e) => e.kind === 'closed' && e.planId === '2017-public-access-strategy')).to.equal(true);
    });
  });

  describe('safety and small talk', () => {
    it('an emergency answer carries 999 from the resident facts', () => {
      const a = expectKind(answer({ intent: 'emergency' }), 'contact');
      expect(a.topic).to.equal('emergency');
      expect(a.contacts.emergency.text).to.contain('999');
    });

    it('small talk passes through, carrying the contact numbers from the resident facts', () => {
      expect(answer({ intent: 'thanks' }).kind).to.equal('thanks');
      expect(answer({ intent: 'forget-me' }).kind).to.equal('forgotten');
      expect(answer({ intent: 'out-of-scope', reason: 'joke' })).to.deep.equal({ kind: 'out-of-scope', reason: 'joke', contacts: knowledge.data.residentFacts.contacts });
      expect(answerer.welcome()).to.deep.equal({ kind: 'welcome', contacts: knowledge.data.residentFacts.contacts });
    });
  });
});

describe('Answerer: why a counter closed', () => {
  it("asked why, a closed counter's status carries its plan's reasons from the resident facts", () => {
    const why = answerer.answer({ intent: 'status', place: { text: 'pinner', result: knowledge.locator.locate('pinner police station') }, why: true }, THURSDAY_AFTERNOON);
    expect(why.kind).to.equal('station-status');
    if (why.kind !== 'station-status') return;
    expect(why.reasons?.planId).to.equal('2025-front-counter-review');
    expect(why.reasons?.facts.some((f) => f.text.includes('£260m'))).to.equal(true);
    expect(why.reasons?.facts.every((f) => f.text.startsWith('2025'))).to.equal(true);
  });

  it('not asked why, or open, it carries none', () => {
    const plain = answerer.answer({ intent: 'status', place: { text: 'pinner', result: knowledge.locator.locate('pinner police station') } }, THURSDAY_AFTERNOON);
    expect(plain.kind === 'station-status' && plain.reasons).to.equal(undefined);
    const open = answerer.answer({ intent: 'status', place: { text: 'acton', result: knowledge.locator.locate('acton') }, why: true }, THURSDAY_AFTERNOON);
    expect(open.kind === 'station-status' && open.reasons).to.equal(undefined);
  });
});
