/**
 * Answers about places residents name from the gazetteer: London
 * neighbourhoods get the nearest counters; the City of London and places
 * outside London are answered as not the Met's, with the nearest Met counter
 * all the same. Expected desks are computed here from the data (statuses and
 * straight-line distances), not copied from the answers.
 */
import { expect } from 'chai';
import { DateTime } from 'luxon';
import { Answerer } from '../../src/answers/answerQuestion';
import type { Answer } from '../../src/answers/answer';
import { FrontCounterKnowledge } from '../../src/stations';
import { haversineKm } from '../../src/stations/geo';
import { nearestFromData, placePoint } from '../stations/nearestFromData';
import type { LatLon } from '../../src/stations/model';
import type { DeskKind, PlaceMention, Question } from '../../src/understanding/question';

const knowledge = FrontCounterKnowledge.load();
const answerer = new Answerer(knowledge);
const THURSDAY_AFTERNOON = DateTime.fromISO('2026-11-26T14:00', { zone: 'Europe/London' });

function place(text: string): PlaceMention {
  return { text, result: knowledge.locator.locate(text) };
}

function expectKind<K extends Answer['kind']>(a: Answer, kind: K): Extract<Answer, { kind: K }> {
  expect(a.kind, JSON.stringify(a).slice(0, 200)).to.equal(kind);
  return a as Extract<Answer, { kind: K }>;
}

function nearestIds(point: LatLon, desk: '24/7' | 'any'): string[] {
  return nearestFromData(knowledge, point, desk, THURSDAY_AFTERNOON).map((d) => d.id);
}

function pointOf(name: string): LatLon {
  return placePoint(knowledge, name);
}

describe('Answerer: places from the gazetteer', () => {
  it('a London neighbourhood gets the nearest counters measured from its own point', () => {
    for (const [name, desk] of [
      ['Tooting', 'any'],
      ['Canary Wharf', 'any'],
      ['Crystal Palace', '24/7'],
      ['Seven Sisters', 'any'],
    ] as const) {
      const a = expectKind(answerer.answer({ intent: 'nearest', place: place(name), desk }, THURSDAY_AFTERNOON), 'nearest');
      expect(a.from.label, name).to.equal(name);
      expect(a.from.point, name).to.deep.equal(pointOf(name));
      expect(a.results.map((r) => r.station.id), name).to.deep.equal(nearestIds(pointOf(name), desk).slice(0, a.results.length));
    }
  });

  it('"is Tooting police station open?" (no such station) is answered from the nearest open desk', () => {
    const a = answerer.answer({ intent: 'open-now', place: place('Tooting'), when: { kind: 'now' } }, THURSDAY_AFTERNOON);
    expect(a.kind).to.equal('nearest');
    if (a.kind === 'nearest') expect(a.results[0].station.id).to.equal(nearestIds(pointOf('Tooting'), 'any')[0]);
  });
});

describe('Answerer: places the Met does not police', () => {
  const questions = (p: PlaceMention, desk: DeskKind = 'any'): Question[] => [
    { intent: 'nearest', place: p, desk },
    { intent: 'place-only', place: p },
    { intent: 'hours', place: p, when: { kind: 'week' } },
    { intent: 'open-now', place: p, when: { kind: 'now' } },
    { intent: 'status', place: p },
    { intent: 'address', place: p },
    { intent: 'borough-desks', place: p },
    { intent: 'alternatives', place: p },
  ];

  it('a town outside London: outside the Met, with its county and the nearest Met counter and its distance, whatever was asked', () => {
    for (const name of ['Watford', 'Epping', 'Dartford']) {
      const town = knowledge.data.places.find((p) => p.name === name)!;
      for (const q of questions(place(name))) {
        const a = expectKind(answerer.answer(q, THURSDAY_AFTERNOON), 'outside-met');
        expect(a.outsideMet, `${name} ${q.intent}`).to.deep.equal({ area: 'outside-london', county: town.county });
        expect(a.place.label).to.equal(name);
        const first = a.nearest?.results[0];
        expect(first?.station.id, `${name} ${q.intent}`).to.equal(nearestIds(pointOf(name), 'any')[0]);
        expect(first?.distanceKm).to.be.closeTo(haversineKm(pointOf(name), first!.station.location!), 0.1);
      }
    }
  });

  it('asked about 24-hour desks, the nearest 24-hour Met counter', () => {
    const a = expectKind(answerer.answer({ intent: 'nearest', place: place('Watford'), desk: '24/7' }, THURSDAY_AFTERNOON), 'outside-met');
    expect(a.nearest?.desk).to.equal('24/7');
    expect(a.nearest?.results.map((r) => r.station.id)).to.deep.equal(nearestIds(pointOf('Watford'), '24/7').slice(0, a.nearest?.results.length));
  });

  it('a postcode hardly in London: outside the Met, measured from its district', () => {
    const a = expectKind(answerer.answer({ intent: 'nearest', place: place('CM14 4AB'), desk: 'any' }, THURSDAY_AFTERNOON), 'outside-met');
    expect(a.outsideMet).to.deep.equal({ area: 'outside-london', county: null });
    const cm14 = knowledge.data.districts.find((d) => d.code === 'CM14')!;
    expect(a.nearest?.results[0].station.id).to.equal(nearestIds({ lat: cm14.lat, lon: cm14.lon }, 'any')[0]);
  });

  it('a postcode of an area we hold nothing of is still just outside London', () => {
    expectKind(answerer.answer({ intent: 'nearest', place: place('M1 1AE'), desk: 'any' }, THURSDAY_AFTERNOON), 'postcode-outside-london');
  });

  it('the City of London, named any way: its own force, and the nearest Met counter (Charing Cross, 24 hours)', () => {
    const charingCross = knowledge.statusesAsOf(THURSDAY_AFTERNOON).find((s) => s.station.id === 'charing-cross');
    expect(charingCross?.hours?.is24x7, 'the data has Charing Cross at 24 hours').to.equal(true);
    for (const text of ['City of London', 'the square mile', 'Barbican', 'EC2V 7HH']) {
      for (const q of questions(place(text))) {
        const a = expectKind(answerer.answer(q, THURSDAY_AFTERNOON), 'outside-met');
        expect(a.outsideMet.area, `${text} ${q.intent}`).to.equal('city-of-london');
        const from = a.place.point!;
        expect(a.nearest?.results[0].station.id, `${text} ${q.intent}`).to.equal(nearestIds(from, 'any')[0]);
      }
      const a = expectKind(answerer.answer({ intent: 'nearest', place: place(text), desk: '24/7' }, THURSDAY_AFTERNOON), 'outside-met');
      expect(a.nearest?.results[0].station.id, text).to.equal('charing-cross');
    }
  });

  it('an EC postcode mostly outside the City is the Met\'s', () => {
    expectKind(answerer.answer({ intent: 'nearest', place: place('EC1V 4PW'), desk: 'any' }, THURSDAY_AFTERNOON), 'nearest');
  });
});
