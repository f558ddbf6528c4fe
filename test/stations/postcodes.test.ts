import { expect } from 'chai';
import { loadKnowledge } from '../../src/stations/loadKnowledge';
import { haversineKm, isInLondonBox, kmToMiles, roundToTenth } from '../../src/stations/geo';
import {
  ALL_LONDON_AREAS,
  PostcodeDirectory,
  UK_POSTCODE_AREAS,
  findPostcodeInText,
  type ResolvedPostcode,
} from '../../src/stations/postcodes';
import { BoroughDirectory } from '../../src/stations/boroughs';

const data = loadKnowledge();
const postcodes = new PostcodeDirectory(data.districts, data.sectors);
const sectorIG80 = data.sectors.find((s) => s.code === 'IG8 0')!;

function found(input: string): ResolvedPostcode {
  const r = postcodes.resolve(input);
  if (!r || r.status !== 'found') throw new Error(`${input}: expected found, got ${JSON.stringify(r)}`);
  return r;
}

describe('geo', () => {
  it('measures great-circle distances in km and miles', () => {
    // Charing Cross to Lewisham police stations: check against the flat-earth
    // (equirectangular) formula, which is within a metre or two over 10 km.
    const charingCross = data.stations.find((s) => s.id === 'charing-cross')!.location!;
    const lewisham = data.stations.find((s) => s.id === 'lewisham')!.location!;
    const rad = Math.PI / 180;
    const x = (lewisham.lon - charingCross.lon) * rad * Math.cos(((charingCross.lat + lewisham.lat) / 2) * rad);
    const y = (lewisham.lat - charingCross.lat) * rad;
    const flatKm = Math.hypot(x, y) * 6371.0088;
    expect(haversineKm(charingCross, lewisham)).to.be.closeTo(flatKm, 0.005);
    expect(haversineKm(charingCross, lewisham)).to.be.within(9.4, 9.6);
    expect(haversineKm(charingCross, charingCross)).to.equal(0);
    expect(kmToMiles(1.609344)).to.be.closeTo(1, 1e-12);
    expect(roundToTenth(8.66)).to.equal(8.7);
  });

  it('has every station and every postcode district London centroid inside the London box', () => {
    for (const s of data.stations) if (s.location) expect(isInLondonBox(s.location), s.id).to.equal(true);
    for (const d of data.districts) expect(isInLondonBox({ lat: d.londonLat, lon: d.londonLon }), d.code).to.equal(true);
    expect(isInLondonBox({ lat: 53.48, lon: -2.24 })).to.equal(false); // Manchester
    expect(isInLondonBox({ lat: Number.NaN, lon: 0 })).to.equal(false);
  });
});

describe('postcodes: resolving what residents type', () => {
  it('resolves a full postcode through its sector centroid, in any case and spacing', () => {
    for (const input of ['IG8 0SB', 'ig80sb', 'ig8 0sb', '  IG8   0SB ', 'IG80SB']) {
      const r = found(input);
      expect(r.postcode, input).to.equal('IG8 0SB');
      expect(r.form).to.equal('unit');
      expect(r.level).to.equal('sector');
      expect(r.approximate).to.equal(true);
      expect(r.point).to.deep.equal({ lat: sectorIG80.londonLat, lon: sectorIG80.londonLon });
      expect(r.borough).to.equal('Redbridge');
      expect(r.basis).to.match(/sector IG8 0/);
    }
  });

  it('forgives a letter O typed for a zero', () => {
    expect(found('IG8 OSB').postcode).to.equal('IG8 0SB');
  });

  it('resolves a district on its own to the district centroid', () => {
    const r = found('IG8');
    expect(r).to.include({ form: 'district', level: 'district', postcode: 'IG8' });
    const ig8 = data.districts.find((d) => d.code === 'IG8')!;
    expect(r.point).to.deep.equal({ lat: ig8.londonLat, lon: ig8.londonLon });
    expect(found('se18').postcode).to.equal('SE18');
  });

  it('resolves a sector on its own ("e2 0") to the sector centroid', () => {
    const r = found('e2 0');
    expect(r).to.include({ form: 'sector', level: 'sector', postcode: 'E2 0', borough: 'Tower Hamlets' });
    // "IG80" without a space is only a sector; "E20" is the district E20.
    expect(found('IG80')).to.include({ form: 'sector', postcode: 'IG8 0' });
    expect(found('E20')).to.include({ form: 'district', postcode: 'E20', borough: 'Newham' });
  });

  it('falls back to the district when a London district has no such sector', () => {
    const r = found('E2 5AA');
    expect(r).to.include({ form: 'unit', level: 'district', postcode: 'E2 5AA' });
    expect(r.basis).to.match(/district E2\b/);
  });

  it('uses the London-only centroid for a boundary sector and says how much of it is London', () => {
    const r = found('IG9 5AA');
    const ig95 = data.sectors.find((s) => s.code === 'IG9 5')!;
    expect(r.point).to.deep.equal({ lat: ig95.londonLat, lon: ig95.londonLon });
    expect(r.londonShare).to.be.below(0.5);
    expect(r.basis).to.match(/London postcodes only/);
  });

  it('reports well-formed postcodes outside London as outside-london', () => {
    for (const input of ['M1 1AE', 'CM1 1AA', 'B1 1AA', 'm11ae', 'M1', 'GU1 1AA']) {
      expect(postcodes.resolve(input)?.status, input).to.equal('outside-london');
    }
    // CM13 is partly London, but its sector 1 holds no London postcode.
    expect(postcodes.resolve('CM13 1AA')?.status).to.equal('outside-london');
  });

  it('reports a well-formed postcode of no known area or district as unknown-postcode', () => {
    expect(postcodes.resolve('ZZ99 9ZZ')).to.deep.equal({ status: 'unknown-postcode', form: 'unit', postcode: 'ZZ99 9ZZ' });
    // N is all London, so an N district we do not hold is unknown, not outside.
    expect(postcodes.resolve('N99 9ZZ')?.status).to.equal('unknown-postcode');
  });

  it('returns null for what is not shaped like a postcode', () => {
    for (const input of ['', '   ', 'brixton', 'hello world', '🚓', '12345', 'no ide', 'x'.repeat(5000)]) {
      expect(postcodes.resolve(input), input).to.equal(null);
    }
  });

  it('holds the UK postcode areas and the all-London ones', () => {
    expect(UK_POSTCODE_AREAS.size).to.be.within(120, 126);
    for (const a of ALL_LONDON_AREAS) expect(UK_POSTCODE_AREAS.has(a)).to.equal(true);
    // Every London district in the data belongs to a real area.
    for (const d of data.districts) expect(UK_POSTCODE_AREAS.has(/^[A-Z]+/.exec(d.code)![0]), d.code).to.equal(true);
  });
});

describe('postcodes: inside free text', () => {
  it('finds a no-space postcode in a sentence', () => {
    const text = 'nearest 24 hour station to ig80sb please';
    const p = findPostcodeInText(postcodes, text);
    expect(p).to.include({ postcode: 'IG8 0SB', form: 'unit', text: 'ig80sb' });
    expect(text.slice(p!.start, p!.end)).to.equal('ig80sb');
  });

  it('finds districts and sectors, and prefers a whole postcode', () => {
    expect(postcodes.findAll('anywhere open near SE18 tonight?').map((p) => [p.postcode, p.form])).to.deep.equal([['SE18', 'district']]);
    expect(postcodes.findAll('I live in E2 0 area').map((p) => [p.postcode, p.form])).to.deep.equal([['E2 0', 'sector']]);
    expect(findPostcodeInText(postcodes, 'from N9 to RM10 7TU')?.postcode).to.equal('RM10 7TU');
  });

  it('does not read ordinary words and numbers as postcodes', () => {
    for (const text of ['is it open 24/7', 'open 24h on sunday', 'a1 road', 'vitamin b12', 'my ps5', 'covid19', 'hello', '']) {
      expect(postcodes.findAll(text), text).to.deep.equal([]);
    }
  });

  it('resolves what it finds', () => {
    const [p] = postcodes.findAll('my car was stolen in M1 1AE');
    expect(postcodes.resolveFound(p).status).to.equal('outside-london');
  });
});

describe('boroughs', () => {
  const boroughs = new BoroughDirectory(data.sectors, data.stations);

  it('holds the 32 London boroughs and the City of London, each with a point in London', () => {
    expect(boroughs.all()).to.have.length(33);
    expect(boroughs.all().map((b) => b.name)).to.include.members(['City of London', 'Kensington and Chelsea', 'Richmond upon Thames']);
    for (const b of boroughs.all()) expect(isInLondonBox(b.point), b.name).to.equal(true);
    for (const s of data.stations) expect(boroughs.get(s.borough), s.borough).to.not.equal(undefined);
  });

  it('puts a borough point near the middle of the borough', () => {
    // Redbridge's middle is around Gants Hill / Ilford, a few km from Ilford police station.
    const redbridge = boroughs.get('Redbridge')!;
    expect(haversineKm(redbridge.point, { lat: 51.5588, lon: 0.0701 })).to.be.below(5);
    const city = boroughs.get('City of London')!;
    expect(haversineKm(city.point, { lat: 51.5155, lon: -0.092 })).to.be.below(1.5);
  });

  it('knows the names residents use', () => {
    const cases: Array<[string, string, boolean]> = [
      ['Richmond', 'Richmond upon Thames', false],
      ['Kingston', 'Kingston upon Thames', false],
      ['Hammersmith & Fulham', 'Hammersmith and Fulham', true],
      ['LBHF', 'Hammersmith and Fulham', false],
      ['K&C', 'Kensington and Chelsea', false],
      ['RBKC', 'Kensington and Chelsea', false],
      ['Barking', 'Barking and Dagenham', false],
      ['tower hamlets', 'Tower Hamlets', true],
      ['the City', 'City of London', false],
      ['London Borough of Croydon', 'Croydon', true],
      ['Royal Borough of Greenwich', 'Greenwich', true],
      ['Lewisham Council', 'Lewisham', true],
    ];
    for (const [text, name, canonical] of cases) {
      const m = boroughs.byText(text);
      expect(m?.borough.name, text).to.equal(name);
      expect(m?.canonical, text).to.equal(canonical);
      expect(m?.score, text).to.equal(1);
    }
    expect(boroughs.byText('city')).to.equal(null);
  });

  it('forgives a typo in a long enough name', () => {
    expect(boroughs.search('tower hamlts')?.borough.name).to.equal('Tower Hamlets');
    expect(boroughs.search('tower hamlts')?.score).to.be.within(0.8, 0.99);
    expect(boroughs.search('wandswoth')?.borough.name).to.equal('Wandsworth');
    expect(boroughs.search('brnt')).to.equal(null);
    expect(boroughs.search('')).to.equal(null);
  });
});

describe('postcodes: areas split into lettered districts', () => {
  it('"W1" is the whole of W1A..W1W, in Westminster, between its parts', () => {
    const w1 = postcodes.resolve('W1');
    expect(w1?.status).to.equal('found');
    if (w1?.status !== 'found') return;
    expect(w1.borough).to.equal('Westminster');
    const parts = data.districts.filter((d) => /^W1[A-Z]$/.test(d.code));
    expect(parts.length).to.be.greaterThan(5);
    expect(w1.area.nPostcodes).to.equal(parts.reduce((n, p) => n + p.nPostcodes, 0));
    expect(w1.point.lat).to.be.within(Math.min(...parts.map((p) => p.londonLat)), Math.max(...parts.map((p) => p.londonLat)));
  });

  it('"SW1", "EC1" and "WC2" resolve; a district that exists on its own ("E1") keeps its own centroid', () => {
    for (const code of ['SW1', 'EC1', 'WC2']) expect(postcodes.resolve(code)?.status, code).to.equal('found');
    const e1 = postcodes.resolve('E1');
    expect(e1?.status === 'found' && e1.area).to.deep.equal(data.districts.find((d) => d.code === 'E1'));
  });
});

describe('postcodes: districts on the edge of London', () => {
  it('a district hardly in London (CM14 Brentwood, EN6 Potters Bar) and a sector of it we hold no London postcodes for are outside London', () => {
    for (const code of ['CM14', 'CM14 4', 'EN6', 'CR3']) expect(postcodes.resolve(code)?.status, code).to.equal('outside-london');
  });

  it('a sector hardly in London (under 5% of its postcodes), and a whole postcode in it, is outside London; a sector partly in London is found', () => {
    for (const sector of data.sectors.filter((s) => s.londonShare < 0.05)) {
      expect(postcodes.resolve(sector.code)?.status, sector.code).to.equal('outside-london');
      expect(postcodes.resolve(`${sector.code}AA`)?.status, `${sector.code}AA`).to.equal('outside-london');
    }
    for (const code of ['IG7 6', 'DA1 3', 'CR3 0']) expect(postcodes.resolve(code)?.status, code).to.equal('found');
  });

  it('a district partly in London (IG7 with Hainault, RM4, DA1) is answered from its London postcodes', () => {
    for (const code of ['IG7', 'RM4', 'DA1']) {
      const found = postcodes.resolve(code);
      expect(found?.status, code).to.equal('found');
      if (found?.status === 'found') expect(found.point).to.deep.equal({ lat: found.area.londonLat, lon: found.area.londonLon });
    }
  });

  it('"CM14 4" inside a sentence is read as that sector, not as the district', () => {
    const found = postcodes.findAll('nearest police station open now to CM14 4');
    expect(found.map((p) => `${p.form}:${p.postcode}`)).to.deep.equal(['sector:CM14 4']);
  });
});
