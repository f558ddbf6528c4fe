import { expect } from 'chai';
import { DateTime } from 'luxon';
import { linearNearest, prng, randomLondonPoint, syntheticStations } from '../../bench/synthetic';
import { haversineKm } from '../../src/stations/geo';
import { loadKnowledge } from '../../src/stations/loadKnowledge';
import { Locator } from '../../src/stations/locate';
import type { LatLon, Station } from '../../src/stations/model';
import {
  NearestDesks,
  deskStatusesAsOf,
  nearest24x7Desk,
  nearestOpenDesk,
  nearestOpenNowDesk,
  type DeskStatusLookup,
} from '../../src/stations/nearest';
import { Timeline } from '../../src/stations/timeline';

const data = loadKnowledge();
const locator = new Locator(data);
const desks = new NearestDesks(data.stations);
const timeline = new Timeline(data);

const TODAY = '2026-11-26';
const statusToday = deskStatusesAsOf(timeline, TODAY);

function pointOf(text: string): LatLon {
  const r = locator.locate(text);
  if (r.status !== 'found' || !r.match.point) throw new Error(`${text}: ${JSON.stringify(r)}`);
  return r.match.point;
}

function ids(list: Array<{ station: Station }>): string[] {
  return list.map((d) => d.station.id);
}

describe('nearest: the spatial index', () => {
  it('indexes every station that has a location', () => {
    expect(desks.size).to.equal(data.stations.filter((s) => s.location).length);
  });

  it('returns the k nearest, nearest first, with distances in km and miles to one decimal', () => {
    const list = desks.nearest(pointOf('SE13 6LW'), { k: 3 });
    expect(list).to.have.length(3);
    expect(list[0].station.id).to.equal('lewisham');
    for (let i = 1; i < list.length; i++) expect(list[i].distanceKm).to.be.at.least(list[i - 1].distanceKm);
    for (const d of list) {
      expect(d.distanceKm * 10).to.equal(Math.round(d.distanceKm * 10));
      expect(d.distanceMiles).to.be.closeTo(d.distanceKm / 1.609344, 0.06);
    }
  });

  it('honours the filter and the distance limit', () => {
    const p = pointOf('SE13 6LW');
    expect(ids(desks.nearest(p, { filter: (id) => id !== 'lewisham' }))).to.not.include('lewisham');
    expect(desks.nearest(p, { filter: () => false })).to.deep.equal([]);
    expect(desks.nearest(p, { k: 50, maxDistanceKm: 3 }).every((d) => d.distanceKm <= 3)).to.equal(true);
  });

  it('never offers an approximately located station while a precise one qualifies, and flags it when it must', () => {
    // Woodford's own point is a district centroid: the nearest precise desk comes first.
    const woodford = data.stations.find((s) => s.id === 'woodford')!.location!;
    const first = desks.nearest(woodford, { k: 1 })[0];
    expect(first.station.id).to.not.equal('woodford');
    expect(first.approximate).to.equal(false);
    // Only approximate stations allowed: it is returned, flagged.
    const onlyApprox = desks.nearest(woodford, { filter: (id) => id === 'woodford' || id === 'wanstead' });
    expect(onlyApprox).to.have.length(1);
    expect(onlyApprox[0]).to.include({ approximate: true });
    expect(onlyApprox[0].station.id).to.equal('woodford');
    // Precise ones first, approximate ones only to fill up.
    const mixed = desks.nearest(woodford, { k: 3, filter: (id) => ['woodford', 'chingford', 'ilford'].includes(id) });
    expect(ids(mixed)).to.deep.equal(['chingford', 'ilford', 'woodford']);
    expect(mixed.map((d) => d.approximate)).to.deep.equal([false, false, true]);
  });

  it('copes with odd points and an empty station list', () => {
    expect(desks.nearest({ lat: Number.NaN, lon: 0 })).to.deep.equal([]);
    expect(new NearestDesks([]).nearest({ lat: 51.5, lon: -0.1 })).to.deep.equal([]);
    // A point far outside London still gets London's nearest desk.
    expect(desks.nearest({ lat: 53.48, lon: -2.24 })).to.have.length(1);
  });

  it('agrees with a linear scan over 10,000 synthetic stations', () => {
    const stations = syntheticStations(10_000);
    const index = new NearestDesks(stations);
    const random = prng(7);
    const even = (id: string) => Number(id.split('-')[1]) % 2 === 0;
    for (let i = 0; i < 200; i++) {
      const p = randomLondonPoint(random);
      const [viaIndex] = index.nearest(p, { filter: even });
      const viaScan = linearNearest(stations, p, even)!;
      expect(haversineKm(p, viaIndex.station.location!)).to.be.closeTo(haversineKm(p, viaScan.location!), 1e-9);
      expect(viaIndex.approximate).to.equal(false);
    }
  });
});

describe('nearest: desks the timeline says count (real data)', () => {
  it(`as of ${TODAY}: the nearest 24/7 counter to IG8 0SB is Charing Cross, and to SE13 6LW is Lewisham`, () => {
    const ig8 = nearest24x7Desk(desks, pointOf('IG8 0SB'), statusToday);
    expect(ids(ig8)).to.deep.equal(['charing-cross']);
    expect(ig8[0].distanceKm).to.be.within(14, 17);
    expect(ids(nearest24x7Desk(desks, pointOf('SE13 6LW'), statusToday))).to.deep.equal(['lewisham']);
  });

  it(`as of ${TODAY}: the nearest counter to E4 7EA is Edmonton (Chingford closed in Feb 2026)`, () => {
    expect(ids(nearestOpenDesk(desks, pointOf('E4 7EA'), statusToday))).to.deep.equal(['edmonton']);
  });

  it('as of 2017-12-31: the nearest 24/7 counter to IG8 0SB was Chingford', () => {
    const status2017 = deskStatusesAsOf(timeline, '2017-12-31');
    expect(ids(nearest24x7Desk(desks, pointOf('IG8 0SB'), status2017))).to.deep.equal(['chingford']);
  });

  it(`as of ${TODAY}: NW10 4AA -> 24/7 Charing Cross (about 9 km), nearest open desk Acton`, () => {
    const p = pointOf('NW10 4AA');
    const [allHours] = nearest24x7Desk(desks, p, statusToday);
    expect(allHours.station.id).to.equal('charing-cross');
    expect(allHours.distanceKm).to.be.within(8.5, 9.5);
    expect(ids(nearestOpenDesk(desks, p, statusToday))).to.deep.equal(['acton']);
  });

  it(`as of ${TODAY}: RM10 7TU -> 24/7 Lewisham (about 15 km), nearest open Dagenham`, () => {
    const p = pointOf('RM10 7TU');
    const [allHours] = nearest24x7Desk(desks, p, statusToday);
    expect(allHours.station.id).to.equal('lewisham');
    expect(allHours.distanceKm).to.be.within(14.5, 16);
    expect(ids(nearestOpenDesk(desks, p, statusToday))).to.deep.equal(['dagenham']);
  });

  const nearestOpen: Array<[string, string]> = [
    ['HA9 0WS', 'wembley'],
    ['TW3 1ES', 'hounslow'],
    ['KT1 1EE', 'kingston'],
    ['SE18', 'plumstead'],
    ['E2 0', 'bethnal-green'],
    ['N9 0PW', 'edmonton'],
  ];
  for (const [text, id] of nearestOpen) {
    it(`as of ${TODAY}: the nearest open desk to ${text} is ${id}`, () => {
      expect(ids(nearestOpenDesk(desks, pointOf(text), statusToday))).to.deep.equal([id]);
    });
  }

  it('open now depends on the hour: late on a Thursday only the 24/7 desks are open', () => {
    const p = pointOf('IG8 0SB');
    const lateThursday = DateTime.fromISO(`${TODAY}T23:30`, { zone: 'Europe/London' });
    const noonThursday = DateTime.fromISO(`${TODAY}T12:00`, { zone: 'Europe/London' });
    expect(ids(nearestOpenNowDesk(desks, p, statusToday, lateThursday))).to.deep.equal(['charing-cross']);
    expect(ids(nearestOpenNowDesk(desks, p, statusToday, noonThursday))).to.deep.equal(['edmonton']);
  });

  it('leaves out desks whose status the lookup does not know', () => {
    const knowsNothing: DeskStatusLookup = () => undefined;
    expect(nearestOpenDesk(desks, pointOf('IG8 0SB'), knowsNothing)).to.deep.equal([]);
    const openNoHours: DeskStatusLookup = (id) => (id === 'ilford' ? { counter: 'open', hours: null } : undefined);
    expect(ids(nearestOpenDesk(desks, pointOf('IG8 0SB'), openNoHours))).to.deep.equal(['ilford']);
    // Open, but we cannot say it is open now without hours.
    expect(nearestOpenNowDesk(desks, pointOf('IG8 0SB'), openNoHours, DateTime.fromISO(`${TODAY}T12:00`, { zone: 'Europe/London' }))).to.deep.equal([]);
  });
});
