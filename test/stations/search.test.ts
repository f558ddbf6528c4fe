import { expect } from 'chai';
import { loadKnowledge } from '../../src/stations/loadKnowledge';
import {
  StationSearch,
  buildStationKeys,
  editDistance,
  normaliseText,
  searchStations,
  stripGenericWords,
} from '../../src/stations/stationSearch';

const data = loadKnowledge();
const search = new StationSearch(data.stations);

function firstId(query: string): string | undefined {
  return search.search(query).candidates[0]?.station.id;
}

describe('stationSearch: reading words', () => {
  it('normalises case, accents, apostrophes, "&" and punctuation', () => {
    expect(normaliseText("  Shepherd's   BUSH!! ")).to.equal('shepherds bush');
    expect(normaliseText('Hammersmith & Fulham')).to.equal('hammersmith and fulham');
    expect(normaliseText('Café Royal')).to.equal('cafe royal');
    expect(normaliseText('🚓 Brixton 🚓')).to.equal('brixton');
  });

  it('drops generic police words but keeps "old"/"former"', () => {
    expect(stripGenericWords('the brixton police station front counter')).to.equal('brixton');
    expect(stripGenericWords('walthamstow cop shop')).to.equal('walthamstow');
    expect(stripGenericWords('brixton nick')).to.equal('brixton');
    expect(stripGenericWords('walthamstow police station old')).to.equal('walthamstow old');
  });

  it('counts typos, including an adjacent swap as one edit', () => {
    expect(editDistance('brixtn', 'brixton')).to.equal(1);
    expect(editDistance('stratfrod', 'stratford')).to.equal(1);
    expect(editDistance('abc', 'abc')).to.equal(0);
    expect(editDistance('kitten', 'sitting', 1)).to.equal(2); // gives up past the cap
  });
});

describe('stationSearch: keys built from the real data', () => {
  const keys = buildStationKeys(data.stations);

  it('gives every station at least its name as a key', () => {
    for (const s of data.stations) expect(keys.some((k) => k.stationId === s.id && k.matchedOn === 'name'), s.id).to.equal(true);
  });

  it('reads aliases without their bracketed notes and police words', () => {
    const hillingdon = keys.find((k) => k.stationId === 'uxbridge' && k.text.startsWith('Hillingdon'));
    expect(hillingdon?.core).to.equal('hillingdon');
    expect(hillingdon?.full).to.equal('hillingdon police station');
    const richmond = keys.find((k) => k.stationId === 'sovereign-gate' && k.matchedOn === 'name');
    expect(richmond).to.include({ text: 'Richmond', core: 'richmond' });
  });

  it('keeps one key per station and wording', () => {
    const ids = keys.map((k) => `${k.stationId}|${k.core}`);
    expect(new Set(ids).size).to.equal(ids.length);
  });

  it('tells places from buildings and streets', () => {
    const byText = (id: string, text: string) => keys.find((k) => k.stationId === id && k.text === text);
    expect(byText('woodford', 'Woodford')?.isPlace).to.equal(true);
    expect(byText('charing-cross', 'Agar Street')?.isPlace).to.equal(false);
    expect(byText('windmill-road', 'Windmill Road')?.isPlace).to.equal(false);
    expect(byText('bexleyheath', 'Bexley police station')?.isPlace).to.equal(false);
  });

  it('reads address localities as areas, without house numbers or notes', () => {
    const areas = keys.filter((k) => k.matchedOn === 'area').map((k) => k.text);
    expect(areas).to.include('Mayfair');
    expect(areas).to.include('Town Square');
    expect(areas.some((a) => /Portacabin|Oaks/.test(a))).to.equal(false);
    expect(areas.some((a) => /\d/.test(a))).to.equal(false);
    expect(areas.some((a) => /not found/.test(a))).to.equal(false);
    expect(areas).to.not.include('London');
  });
});

describe('stationSearch: search', () => {
  describe('typos and partial names find the right station first', () => {
    const cases: Array<[string, string]> = [
      ['brixtn', 'brixton'],
      ['charring cross', 'charing-cross'],
      ['kentish twn', 'kentish-town'],
      ['hammersmth', 'hammersmith'],
      ['barkinside', 'barkingside'],
      ['sheperds bush', 'shepherds-bush'],
      ['stratfrod', 'stratford'],
      ['wimbeldon', 'wimbledon'],
      ['kensingtn', 'kensington'],
      ['brix', 'brixton'],
    ];
    for (const [query, id] of cases) {
      it(`"${query}" -> ${id}`, () => {
        const r = search.search(query);
        expect(r.status, JSON.stringify(r.candidates.map((c) => [c.station.id, c.score]))).to.equal('match');
        expect(r.candidates[0].station.id).to.equal(id);
        expect(r.candidates[0].score).to.be.within(0.7, 0.99);
        expect(r.candidates[0].exact).to.equal(false);
      });
    }
  });

  it('scores exact names and aliases 1, whatever the case and police words', () => {
    for (const q of ['Brixton', 'BRIXTON POLICE STATION', 'the brixton nick', 'Brixton front counter', 'brixton cop shop']) {
      const r = search.search(q);
      expect(r.status, q).to.equal('match');
      expect(r.candidates[0].station.id, q).to.equal('brixton');
      expect(r.candidates[0].score, q).to.equal(1);
      expect(r.candidates[0].exact, q).to.equal(true);
    }
    const stokey = search.search('Stokey');
    expect(stokey.candidates[0]).to.include({ score: 1, matchedOn: 'alias' });
    expect(stokey.candidates[0].station.id).to.equal('stoke-newington');
  });

  it('says what the match was on', () => {
    expect(search.search('Brixton').candidates[0].matchedOn).to.equal('name');
    expect(search.search('Angel').candidates[0]).to.include({ matchedOn: 'alias', matchedText: 'Angel' });
    const mayfair = search.search('Mayfair');
    expect(mayfair.candidates[0].station.id).to.equal('west-end-central');
    expect(mayfair.candidates[0].matchedOn).to.equal('area');
    expect(mayfair.candidates[0].score).to.be.below(1);
  });

  it('reports "wood" as ambiguous between Woodford and Wood Green, with scores', () => {
    const r = search.search('wood');
    expect(r.status).to.equal('ambiguous');
    const ids = r.candidates.map((c) => c.station.id);
    expect(ids.slice(0, 2)).to.have.members(['woodford', 'wood-green-fishmongers-arms']);
    for (const c of r.candidates) expect(c.score).to.be.within(0, 1);
  });

  it('reports a borough name as ambiguous between its stations when no station is named after it', () => {
    const r = search.search('Merton');
    expect(r.status).to.equal('ambiguous');
    expect(r.candidates.map((c) => c.station.id)).to.have.members(['wimbledon', 'mitcham']);
    expect(r.candidates.every((c) => c.matchedOn === 'borough')).to.equal(true);
  });

  it('a bare place is the place; its "police station" could be either site known by it, so it is ambiguous', () => {
    expect(firstId('walthamstow')).to.equal('walthamstow-town-centre');
    expect(search.search('walthamstow').status).to.equal('match');
    const asked = search.search('Walthamstow Police Station');
    expect(asked.status).to.equal('ambiguous');
    expect(asked.candidates.map((c) => c.station.id).slice(0, 2)).to.have.members(['walthamstow-police-station', 'walthamstow-town-centre']);
    // "nick" could be either: say so.
    expect(search.search('walthamstow nick').status).to.equal('ambiguous');
  });

  it('resolves "Barking" to the Learning Centre counter; "Barking police station" could be it or the former station', () => {
    expect(firstId('Barking')).to.equal('barking-learning-centre');
    const barking = search.search('Barking police station');
    expect(barking.status).to.equal('ambiguous');
    expect(barking.candidates.map((c) => c.station.id).slice(0, 2)).to.have.members(['barking-police-station', 'barking-learning-centre']);
    expect(firstId('Sidcup')).to.equal('marlowe-house-sidcup');
    expect(search.search('Sidcup police station').status).to.equal('ambiguous');
  });

  it('finds nothing for generic words, common words and nonsense', () => {
    for (const q of ['police station', 'the nick', 'cop shop', 'open', 'now', 'xqzvw', '', '   ', '🚓🚓🚓', '!!!', '12345']) {
      const r = search.search(q);
      expect(r.status, q).to.equal('none');
      expect(r.candidates, q).to.deep.equal([]);
    }
  });

  it('honours the limit and the kinds', () => {
    expect(search.search('green', { limit: 2 }).candidates).to.have.length(2);
    const noBoroughs = search.search('Merton', { kinds: ['name', 'alias', 'area'] });
    expect(noBoroughs.status).to.equal('none');
  });

  it('does not throw on a 5,000-character string and answers with the same shape', () => {
    const r = search.search('brixton '.repeat(625));
    expect(['match', 'ambiguous', 'none']).to.include(r.status);
    expect(searchStations(search, 'x'.repeat(5000)).status).to.equal('none');
  });
});

describe('stationSearch: a shared word is not a match', () => {
  it('"kings cross" is not Charing Cross (only "cross" is shared), and finds nothing', () => {
    const result = search.search('kings cross');
    expect(result.candidates.map((c) => c.station.id)).to.not.include('charing-cross');
    expect(result.status).to.equal('none');
  });

  it('typos of every word still match', () => {
    for (const [query, id] of [
      ['charring cross', 'charing-cross'],
      ['stoke newingtn', 'stoke-newington'],
      ['stokenewington', 'stoke-newington'],
      ['lavendar hill', 'lavender-hill'],
    ] as const) {
      expect(search.search(query).candidates[0]?.station.id, query).to.equal(id);
    }
  });
});
