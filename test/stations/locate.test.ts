import { expect } from 'chai';
import { loadKnowledge } from '../../src/stations/loadKnowledge';
import { Locator, type Mention } from '../../src/stations/locate';
import type { LocateResult, PlaceMatch } from '../../src/stations/model';

const data = loadKnowledge();
const locator = new Locator(data);

function foundMatch(text: string): { match: PlaceMatch; alternatives: PlaceMatch[] } {
  const r = locator.locate(text);
  if (r.status !== 'found') throw new Error(`${text}: expected found, got ${JSON.stringify(r)}`);
  return r;
}

function summary(m: Mention): string {
  if (m.result.status === 'found') return `${m.result.match.kind}:${m.result.match.stationId ?? m.result.match.label}`;
  if (m.result.status === 'ambiguous') return `ambiguous:${m.result.candidates.map((c) => c.stationId ?? c.label).join('/')}`;
  return `${m.result.status}:${m.result.postcode}`;
}

describe('locate: one entry point', () => {
  describe('postcodes', () => {
    it('finds a full postcode, approximate, through its sector', () => {
      const { match } = foundMatch('ig80sb');
      expect(match).to.include({ kind: 'postcode', label: 'IG8 0SB', postcode: 'IG8 0SB', approximate: true, borough: 'Redbridge', score: 1 });
      expect(match.point).to.not.equal(null);
    });

    it('finds a district and a sector', () => {
      expect(foundMatch('IG8').match).to.include({ kind: 'district', postcode: 'IG8', approximate: true });
      expect(foundMatch('E2 0').match).to.include({ kind: 'postcode', postcode: 'E2 0', borough: 'Tower Hamlets' });
    });

    it('tells outside London from not found', () => {
      expect(locator.locate('M1 1AE')).to.deep.equal({ status: 'outside-london', postcode: 'M1 1AE' });
      expect(locator.locate('CM1 1AA')).to.deep.equal({ status: 'outside-london', postcode: 'CM1 1AA' });
      expect(locator.locate('B1 1AA')).to.deep.equal({ status: 'outside-london', postcode: 'B1 1AA' });
      expect(locator.locate('ZZ99 9ZZ')).to.deep.equal({ status: 'unknown-postcode', postcode: 'ZZ99 9ZZ' });
    });
  });

  describe('stations and places', () => {
    it('reads a bare locality as a place, pointing at the station named after it', () => {
      for (const [text, id] of [
        ['Woodford', 'woodford'],
        ['Walthamstow', 'walthamstow-town-centre'],
        ['Wanstead', 'wanstead'],
      ] as const) {
        const { match } = foundMatch(text);
        expect(match.kind, text).to.equal('place');
        expect(match.label, text).to.equal(text);
        expect(match.stationId, text).to.equal(id);
        // These stations have no postcode: their point is a district centroid.
        expect(match.approximate, text).to.equal(true);
        expect(match.point, text).to.not.equal(null);
        expect(match.score, text).to.equal(1);
      }
      const brixton = foundMatch('brixton').match;
      expect(brixton).to.include({ kind: 'place', stationId: 'brixton', approximate: false });
    });

    it('reads police words or a building as the station', () => {
      expect(foundMatch('Brixton police station').match).to.include({ kind: 'station', stationId: 'brixton', label: 'Brixton Police Station', score: 1 });
      expect(foundMatch('woodford nick').match).to.include({ kind: 'station', stationId: 'woodford' });
      expect(foundMatch('Windmill Road').match).to.include({ kind: 'station', stationId: 'windmill-road' });
      expect(foundMatch('Chingford police station').match.stationId).to.equal('chingford');
    });

    it('forgives typos and says how sure it is', () => {
      const { match } = foundMatch('brixtn');
      expect(match.stationId).to.equal('brixton');
      expect(match.score).to.be.within(0.7, 0.99);
    });

    it('reports ambiguity with ranked candidates', () => {
      const r = locator.locate('wood');
      expect(r.status).to.equal('ambiguous');
      if (r.status !== 'ambiguous') return;
      expect(r.candidates.map((c) => c.stationId).slice(0, 2)).to.have.members(['woodford', 'wood-green-fishmongers-arms']);
      expect(r.candidates[0].score).to.be.at.least(r.candidates[r.candidates.length - 1].score);
    });
  });

  describe('boroughs', () => {
    it('returns the place for "Richmond" and "Kingston", with the borough as an alternative', () => {
      const richmond = foundMatch('Richmond');
      expect(richmond.match).to.include({ kind: 'place', stationId: 'sovereign-gate' });
      expect(richmond.alternatives.some((a) => a.kind === 'borough' && a.label === 'Richmond upon Thames')).to.equal(true);
      const kingston = foundMatch('Kingston');
      expect(kingston.match).to.include({ kind: 'place', stationId: 'kingston' });
      expect(kingston.alternatives.some((a) => a.kind === 'borough' && a.label === 'Kingston upon Thames')).to.equal(true);
    });

    it('returns the borough when a station is only reachable through a "<borough> police station" alias', () => {
      const bexley = foundMatch('Bexley');
      expect(bexley.match).to.include({ kind: 'borough', label: 'Bexley', approximate: true, score: 1 });
      expect(bexley.alternatives[0].stationId).to.equal('bexleyheath');
      expect(foundMatch('Redbridge').match).to.include({ kind: 'borough', label: 'Redbridge' });
      expect(foundMatch('Hillingdon').match).to.include({ kind: 'borough', label: 'Hillingdon' });
    });

    it('knows borough variants and forgives a typo', () => {
      expect(foundMatch('K&C').match).to.include({ kind: 'borough', label: 'Kensington and Chelsea' });
      expect(foundMatch('Hammersmith & Fulham').match).to.include({ kind: 'borough', label: 'Hammersmith and Fulham' });
      expect(foundMatch('Tower Hamlets').match).to.include({ kind: 'borough', label: 'Tower Hamlets', score: 1 });
      expect(foundMatch('tower hamlts').match).to.include({ kind: 'borough', label: 'Tower Hamlets' });
      expect(foundMatch('London Borough of Merton').match).to.include({ kind: 'borough', label: 'Merton' });
      expect(foundMatch('the City').match).to.include({ kind: 'borough', label: 'City of London' });
    });
  });

  describe('sentences', () => {
    it('finds the place or station inside a longer sentence', () => {
      expect(foundMatch('is wimbledon police station still open').match).to.include({ kind: 'station', stationId: 'wimbledon' });
      expect(foundMatch('nearest 24h to woodford please').match).to.include({ kind: 'place', stationId: 'woodford' });
      expect(foundMatch('nearest 24 hour station to ig80sb please').match).to.include({ kind: 'postcode', postcode: 'IG8 0SB' });
    });

    it('prefers a whole postcode to a place in the same sentence', () => {
      const r = foundMatch('I live in Brixton, SW9 7DD');
      expect(r.match).to.include({ kind: 'postcode', postcode: 'SW9 7DD' });
      expect(r.alternatives.some((a) => a.stationId === 'brixton')).to.equal(true);
    });
  });

  describe('input that matches nothing', () => {
    const nothing: string[] = ['', '   ', '🚓🚓🚓', 'asdfghjkl', 'open now', 'hello', 'is it open on sunday?', '!!!???'];
    for (const text of nothing) {
      it(`"${text}" -> not-found`, () => {
        const r: LocateResult = locator.locate(text);
        expect(r.status).to.equal('not-found');
      });
    }

    it('does not throw on a 5,000-character string', () => {
      expect(locator.locate('x'.repeat(5000)).status).to.equal('not-found');
      const long = `${'please tell me '.repeat(330)} woodford`;
      expect(long.length).to.be.above(4900);
      expect(foundMatch(long).match.stationId).to.equal('woodford');
    });
  });
});

describe('locate: findMentions inside sentences', () => {
  it('finds a station named with police words, with offsets into the text', () => {
    const text = 'is wimbledon police station still open';
    const [m, ...rest] = locator.findMentions(text);
    expect(rest).to.deep.equal([]);
    expect(m.text).to.equal('wimbledon police station');
    expect(text.slice(m.start, m.end)).to.equal(m.text);
    expect(m.namesStation).to.equal(true);
    expect(m.score).to.equal(1);
    expect(summary(m)).to.equal('station:wimbledon');
  });

  it('finds places, postcodes and several mentions in order', () => {
    expect(locator.findMentions('nearest 24h to woodford please').map(summary)).to.deep.equal(['place:woodford']);
    expect(locator.findMentions('which is closer, brixton or peckham?').map(summary)).to.deep.equal(['place:brixton', 'place:peckham']);
    expect(locator.findMentions('I live in E2 0 near bethnal green').map(summary)).to.deep.equal(['postcode:E2 0', 'place:bethnal-green']);
    expect(locator.findMentions('my car was stolen in M1 1AE').map(summary)).to.deep.equal(['outside-london:M1 1AE']);
  });

  it('finds names that start with an everyday word', () => {
    expect(locator.findMentions('is new malden open').map(summary)).to.deep.equal(['place:new-malden']);
    expect(locator.findMentions('anything in west wickham').map(summary)).to.deep.equal(['place:west-wickham']);
    expect(locator.findMentions('police station in the city of london').map(summary)).to.deep.equal(['borough:City of London']);
  });

  it('forgives typos in names of 5+ letters', () => {
    const [m] = locator.findMentions('is kentish twn nick open');
    expect(summary(m)).to.equal('station:kentish-town');
    expect(m.score).to.be.within(0.8, 0.99);
    expect(locator.findMentions('charring cross police station hours').map(summary)).to.deep.equal(['station:charing-cross']);
  });

  it('never matches everyday words', () => {
    const sentences = [
      'is the station open now on sunday',
      'what are the opening hours near me',
      'best late desk near green park',
      'is it open 24/7',
      'hello there',
      'I was eating breakfast',
      'which borough am I in',
      'are you open at christmas',
      'the nearest police station please',
      'report lost property',
    ];
    for (const s of sentences) expect(locator.findMentions(s), s).to.deep.equal([]);
  });

  it('reads "borough" alone as a word but "Borough police station" as Southwark', () => {
    expect(locator.findMentions('which borough am I in')).to.deep.equal([]);
    expect(locator.findMentions('can I go to the borough police station').map(summary)).to.deep.equal(['station:southwark']);
  });

  it('reports an ambiguous mention as ambiguous', () => {
    const [m] = locator.findMentions('is the walthamstow nick open');
    expect(m.result.status).to.equal('ambiguous');
  });

  it('does not throw on odd input', () => {
    for (const s of ['', '🚓', 'x'.repeat(5000), 'brixton '.repeat(700), "Shepherd's Bush & K&C"]) {
      expect(() => locator.findMentions(s), s.slice(0, 20)).to.not.throw();
    }
    expect(locator.findMentions("Shepherd's Bush & K&C").map(summary)).to.deep.equal(['place:shepherds-bush', 'borough:Kensington and Chelsea']);
  });

  it('offers locateAll as the same thing', () => {
    expect(locator.locateAll('woodford').map(summary)).to.deep.equal(['place:woodford']);
  });
});

describe('locate: stations known by their road', () => {
  /** The stations whose aliases put them on a road ("Uxbridge Road Ealing"), from the data. */
  function stationsOnRoad(road: string): string[] {
    const on = (alias: string) => alias.toLowerCase() === road.toLowerCase() || alias.toLowerCase().startsWith(`${road.toLowerCase()} `);
    return data.stations.filter((s) => s.aliases.some(on)).map((s) => s.id);
  }

  it('a road several stations stand on is a choice between them, not the town of that name', () => {
    for (const [road, town] of [
      ['Uxbridge Road', 'uxbridge'],
      ['Harrow Road', 'harrow'],
    ] as const) {
      const expected = stationsOnRoad(road);
      expect(expected.length, road).to.be.at.least(2);
      for (const text of [`${road} police station`, `is the ${road.toLowerCase()} nick open`, `${road} police station opening hours`]) {
        const r = locator.locate(text);
        expect(r.status, text).to.equal('ambiguous');
        if (r.status !== 'ambiguous') continue;
        expect(r.candidates.map((c) => c.stationId), text).to.have.members(expected);
        expect(r.candidates.map((c) => c.stationId), text).to.not.include(town);
      }
    }
  });

  it('a road one station stands on is that station, not the town it is named after', () => {
    for (const [road, station, notTown] of [
      ['Bromley Road', 'catford', 'bromley'],
      ['Romford Road', 'forest-gate', 'romford'],
      ['Barking Road', 'plaistow', 'barking-learning-centre'],
      ['Carshalton Road', 'sutton', ''],
      ['Hornsey Road', 'holloway', 'hornsey'],
      ['Northolt Road', 'harrow', ''],
      ['Shepherds Bush Road', 'hammersmith', 'shepherds-bush'],
    ] as const) {
      expect(stationsOnRoad(road), road).to.deep.equal([station]);
      const text = `${road} police station`;
      expect(foundMatch(text).match, text).to.include({ kind: 'station', stationId: station });
      if (notTown) expect(foundMatch(text).match.stationId).to.not.equal(notTown);
    }
  });

  it('a road with its town names the one station', () => {
    expect(foundMatch('Uxbridge Road Ealing police station').match.stationId).to.equal('ealing');
    expect(foundMatch('harrow road wembley').match.stationId).to.equal('wembley');
  });

  it('a road found in every town ("High Road", "Main Road") is only as sure as the fuzzy search', () => {
    const r = locator.locate('high road police station');
    expect(r.status).to.equal('ambiguous');
    expect(locator.findMentions('the police station on the main road').filter((m) => m.result.status === 'found')).to.deep.equal([]);
  });

  it('said without police words, a road that is also a neighbourhood is the neighbourhood', () => {
    const harrowRoad = data.places.find((p) => p.name === 'Harrow Road');
    expect(harrowRoad, 'the gazetteer holds Harrow Road').to.not.equal(undefined);
    expect(foundMatch('harrow road').match).to.include({ kind: 'place', placeId: harrowRoad!.id });
  });
});

describe('locate: places the Met does not police', () => {
  it('a town outside London says so, with its county from the gazetteer', () => {
    for (const name of ['Watford', 'Epping', 'Dartford', 'Potters Bar', 'Staines']) {
      const place = data.places.find((p) => p.name === name)!;
      const { match } = foundMatch(name);
      expect(match, name).to.include({ kind: 'place', placeId: place.id, label: name });
      expect(match.outsideMet, name).to.deep.equal({ area: 'outside-london', county: place.county });
      expect(match.point, name).to.deep.equal({ lat: place.lat, lon: place.lon });
    }
  });

  it('"Watford" is Watford, not a typo for Catford', () => {
    expect(foundMatch('nearest police station to Watford').match.placeId).to.equal('watford');
    expect(locator.findMentions('is there a police station in watford').map(summary)).to.deep.equal(['place:Watford']);
  });

  it('a London neighbourhood is policed by the Met', () => {
    for (const name of ['Tooting', 'Canary Wharf', 'Seven Sisters']) expect(foundMatch(name).match.outsideMet, name).to.equal(undefined);
  });

  it('the City of London, named any way, is the City Police\'s', () => {
    for (const text of ['City of London', 'the City', 'the square mile', 'Barbican']) {
      expect(foundMatch(text).match.outsideMet, text).to.deep.equal({ area: 'city-of-london', share: 1 });
    }
    expect(foundMatch('Westminster').match.outsideMet).to.equal(undefined);
  });

  it('an EC postcode is the City\'s when most of its sector is, by the sectors\' borough shares', () => {
    const cityShare = (sector: string) => data.sectors.find((s) => s.code === sector)?.boroughs['City of London'] ?? 0;
    for (const [postcode, sector] of [
      ['EC2V 7HH', 'EC2V 7'],
      ['EC4M 7AA', 'EC4M 7'],
      ['EC1A 4AB', 'EC1A 4'],
    ] as const) {
      expect(cityShare(sector), sector).to.be.at.least(0.5);
      expect(foundMatch(postcode).match.outsideMet, postcode).to.deep.equal({ area: 'city-of-london', share: cityShare(sector) });
    }
    // EC1V (Islington) and EC2A (mostly Hackney) are the Met's.
    for (const [postcode, sector] of [
      ['EC1V 4PW', 'EC1V 4'],
      ['EC2A 4NE', 'EC2A 4'],
    ] as const) {
      expect(cityShare(sector), sector).to.be.below(0.5);
      expect(foundMatch(postcode).match.outsideMet, postcode).to.equal(undefined);
    }
  });

  it('a postcode hardly in London keeps a point (its district\'s centroid) so the nearest Met counter can be measured', () => {
    for (const postcode of ['CM14 4AB', 'EN6 1AA', 'CM14']) {
      const district = data.districts.find((d) => d.code === postcode.split(' ')[0])!;
      const { match } = foundMatch(postcode);
      expect(match.outsideMet, postcode).to.deep.equal({ area: 'outside-london', county: null });
      expect(match.point, postcode).to.deep.equal({ lat: district.lat, lon: district.lon });
    }
    // A postcode of an area we hold nothing of has no point: it stays outside-london.
    expect(locator.locate('M1 1AE')).to.deep.equal({ status: 'outside-london', postcode: 'M1 1AE' });
  });
});

describe('locate: the places a name calls, whatever their borough', () => {
  it('finds both Hayes, though Hillingdon\'s counter holds the bare name', () => {
    expect(locator.placesCalled('hayes').map((p) => p.borough).sort()).to.deep.equal(['Bromley', 'Hillingdon']);
  });

  it('finds both Belmont', () => {
    expect(locator.placesCalled('Belmont').map((p) => p.borough).sort()).to.deep.equal(['Harrow', 'Sutton']);
  });

  it('finds none for a word no place is called', () => {
    expect(locator.placesCalled('police')).to.deep.equal([]);
  });
});
