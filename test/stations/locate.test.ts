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
