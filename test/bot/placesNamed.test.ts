/**
 * Places residents name, through the real bot (dialogs, understanding,
 * answers, replies): neighbourhoods, towns outside London, the City of
 * London, roads and places nobody knows. Expected desks are worked out from
 * the data in the test, never copied from the bot's replies.
 */
import { expect } from 'chai';
import { nearestFromData, placePoint, stationPoint, type ExpectedDesk } from '../stations/nearestFromData';
import { Conversation, THURSDAY_AFTERNOON, knowledge } from './harness';

const NIGHT = THURSDAY_AFTERNOON.set({ hour: 23, minute: 30 });

function nearest(point: { lat: number; lon: number }, desk: '24/7' | 'any' = 'any', at = THURSDAY_AFTERNOON): ExpectedDesk {
  return nearestFromData(knowledge, point, desk, at)[0];
}

/** The first sentence of a reply. */
function firstSentence(text: string): string {
  return /^[^\n]*?[.?!](?=\s|$)/.exec(text)?.[0] ?? text;
}

function plain(text: string): string {
  return text.replace(/\*\*/g, '');
}

describe('bot: places residents name', () => {
  describe('London neighbourhoods: the nearest counter, measured from the place', () => {
    for (const [say, name, desk] of [
      ['nearest desk to Tooting', 'Tooting', 'any'],
      ['is there a police station near Canary Wharf', 'Canary Wharf', 'any'],
      ['how far to the nearest police station from Muswell Hill?', 'Muswell Hill', 'any'],
      ['From Crystal Palace, nearest 24-hr front counter please', 'Crystal Palace', '24/7'],
      ["I'm staying in St James's, where's the closest police station", "St James's", 'any'],
    ] as const) {
      it(`"${say}"`, async () => {
        const expected = nearest(placePoint(knowledge, name), desk);
        const text = plain(await new Conversation().ask(say));
        const what = desk === '24/7' ? 'nearest 24-hour front counter' : 'nearest front counter';
        expect(firstSentence(text)).to.match(new RegExp(`^The ${what} to ${name.replace(/'/g, "'")} is ${expected.name.replace(/[()]/g, '\\$&')}, about [\\d.]+ km`));
      });
    }

    it('"I\'m in Peckham" and "closest 24 hour one to eltham": the places the stations are named after', async () => {
      const peckham = nearest(stationPoint(knowledge, 'peckham'));
      expect(firstSentence(plain(await new Conversation().ask("I'm in Peckham")))).to.contain(`The nearest front counter to Peckham is ${peckham.name}`);
      const eltham = nearest(stationPoint(knowledge, 'eltham'), '24/7');
      expect(firstSentence(plain(await new Conversation().ask('closest 24 hour one to eltham')))).to.contain(`The nearest 24-hour front counter to Eltham is ${eltham.name}`);
    });

    it('a follow-up keeps the place: "I\'m in Tooting", then "what about 24 hour?"', async () => {
      const c = new Conversation();
      await c.ask("I'm in Tooting");
      const expected = nearest(placePoint(knowledge, 'Tooting'), '24/7');
      expect(firstSentence(plain(await c.ask('what about 24 hour?')))).to.contain(`The nearest 24-hour front counter to Tooting is ${expected.name}`);
    });
  });

  describe('a station name that is also a place', () => {
    it('"Kilburn police station" is the station; "I live in Kilburn, nearest desk?" is the place', async () => {
      const station = plain(await new Conversation().ask('Kilburn police station'));
      expect(firstSentence(station)).to.match(/^The front counter at Kilburn Police Station closed on /);
      const expected = nearest(stationPoint(knowledge, 'kilburn'));
      const place = plain(await new Conversation().ask('I live in Kilburn, nearest desk?'));
      expect(firstSentence(place)).to.contain(`The nearest front counter to Kilburn is ${expected.name}`);
    });

    it('"Brixton Hill" is the neighbourhood, not Brixton police station', async () => {
      const expected = nearest(placePoint(knowledge, 'Brixton Hill'));
      expect(firstSentence(plain(await new Conversation().ask('nearest desk to brixton hill')))).to.contain(`to Brixton Hill is ${expected.name}`);
    });
  });

  describe('outside the Metropolitan Police area', () => {
    for (const [say, name, desk] of [
      ['nearest police station to Watford', 'Watford', 'any'],
      ["I'm in Epping, where can I report something in person?", 'Epping', 'any'],
      ['is Dartford police station open on sunday', 'Dartford', 'any'],
      ['closest 24 hour police counter to Potters Bar', 'Potters Bar', '24/7'],
    ] as const) {
      it(`"${say}": outside the Met first, the local force, then the nearest Met counter and its distance`, async () => {
        const town = knowledge.data.places.find((p) => p.name === name)!;
        const text = plain(await new Conversation().ask(say));
        expect(firstSentence(text)).to.equal(`${name} (${town.county}) is outside London, so it is not in the Metropolitan Police area.`);
        expect(text).to.contain('contact the local police force there');
        const expected = nearest({ lat: town.lat, lon: town.lon }, desk);
        expect(text).to.match(new RegExp(`to ${name} is ${expected.name.replace(/[()]/g, '\\$&')}, about [\\d.]+ km`));
        if (desk === '24/7') expect(text).to.contain('nearest 24-hour front counter');
        expect(text).to.not.contain('Catford');
      });
    }

    // Towns of the home counties, well outside London but within reach, said many ways; each one is named
    // exactly, so never a London name one letter away (Harlow is not Harrow, Bramley not Bromley).
    for (const [say, name, desk, notThis] of [
      ['nearest station to harlow', 'Harlow', 'any', 'Harrow'],
      ['closest police station to guildford', 'Guildford', 'any', ''],
      ['nearest 24 hour police desk to Reading', 'Reading', '24/7', ''],
      ['I live in Luton, where is the nearest front counter?', 'Luton', 'any', ''],
      ['police station near chelmsford', 'Chelmsford', 'any', ''],
      ['maidstone', 'Maidstone', 'any', ''],
      ["where's the nearest front desk to slough", 'Slough', 'any', ''],
      ['is there a police station in st albans', 'St Albans', 'any', ''],
      ['brentwood police station', 'Brentwood', 'any', ''],
      ['sevenoaks nearest station', 'Sevenoaks', 'any', ''],
      ["I'm in Woking, closest police counter?", 'Woking', 'any', ''],
      ['nearest police station to Hemel Hempstead', 'Hemel Hempstead', 'any', ''],
      ['any police counter open 24/7 near stevenage', 'Stevenage', '24/7', ''],
      ['I live in toddington', 'Toddington', 'any', 'Teddington'],
    ] as const) {
      it(`"${say}": a town within reach of London, outside the Met, with the nearest Met counter and its distance`, async () => {
        const town = knowledge.data.places.find((p) => p.name === name)!;
        const text = plain(await new Conversation().ask(say));
        const county = town.county === name ? '' : ` (${town.county})`;
        expect(firstSentence(text)).to.equal(`${name}${county} is outside London, so it is not in the Metropolitan Police area.`);
        expect(text).to.contain('contact the local police force there');
        const expected = nearest({ lat: town.lat, lon: town.lon }, desk);
        expect(text).to.match(new RegExp(`to ${name} is ${expected.name.replace(/[()]/g, '\\$&')}, about [\\d.]+ km`));
        expect(text).to.not.match(/I couldn't find/);
        if (notThis) expect(text).to.not.contain(notThis);
      });
    }

    it('"is it open on Sunday?" after a town outside London is about the Met counter just named', async () => {
      const c = new Conversation();
      await c.ask('nearest police station to Watford');
      const expected = nearest(placePoint(knowledge, 'Watford'));
      expect(firstSentence(plain(await c.ask('is it open on sunday?')))).to.contain(`${expected.name} is open on Sunday`);
    });

    it('a postcode mostly outside London, then one in London', async () => {
      const c = new Conversation();
      const outside = plain(await c.ask('nearest police station open now to CM14 4AB'));
      expect(firstSentence(outside)).to.equal('CM14 4AB is outside London, so it is not in the Metropolitan Police area.');
      const cm14 = knowledge.data.districts.find((d) => d.code === 'CM14')!;
      expect(outside).to.contain(nearest({ lat: cm14.lat, lon: cm14.lon }).name);
      const inside = plain(await c.ask('what about RM1 3BJ?'));
      expect(inside).to.not.contain('outside London');
      expect(inside).to.contain('Romford Police Station');
    });

    it('a postcode far from London has no nearest Met counter, just the local force', async () => {
      const text = plain(await new Conversation().ask('nearest police station to M1 1AE'));
      expect(text).to.contain('outside London').and.contain('local police force');
    });
  });

  describe('the City of London', () => {
    for (const say of [
      'is there a police station in the City of London?',
      'I work in the Square Mile, where is the nearest front desk',
      'police station in the city',
      "I'm at the Barbican, nearest police counter?",
      'nearest desk to EC2V 7HH',
    ]) {
      it(`"${say}": the City Police, not the Met; no counter details invented; the nearest Met counter`, async () => {
        const text = plain(await new Conversation().ask(say));
        expect(firstSentence(text)).to.match(/City of London.*has its own police force, the City of London Police, not the Metropolitan Police/);
        expect(text).to.contain("I don't hold details of the City of London Police's front counters");
        expect(text).to.match(/[Tt]he nearest front counter to .+ is (Charing Cross|Islington|Walworth|Bethnal Green) Police Station, about [\d.]+ km/);
      });
    }

    it('late at night, asked for a 24-hour desk: Charing Cross', async () => {
      const c = new Conversation('webchat', NIGHT);
      const expected = nearest(knowledge.locator.boroughs.get('City of London')!.point, '24/7', NIGHT);
      expect(expected.id).to.equal('charing-cross');
      expect(plain(await c.ask('24 hour police station near the square mile?'))).to.contain(`the nearest 24-hour front counter to City of London is ${expected.name}`);
    });
  });

  describe('stations known by their road', () => {
    it('"Uxbridge Road police station" asks which of the stations on it, then answers the one chosen', async () => {
      const c = new Conversation();
      const ask = plain(await c.ask('is the Uxbridge Road police station open today?'));
      for (const id of ['shepherds-bush', 'ealing', 'hayes']) expect(ask).to.contain(knowledge.data.stations.find((s) => s.id === id)!.name);
      expect(ask).to.match(/^Did you mean/);
      const chosen = plain(await c.ask('the ealing one'));
      expect(chosen).to.contain('Ealing Police Station');
      expect(chosen).to.not.contain("Shepherd's Bush Police Station");
    });

    it('"Harrow Road police station" is Wembley or Paddington Green, never Harrow', async () => {
      const c = new Conversation();
      const ask = plain(await c.ask('Harrow Road police station opening times'));
      expect(ask).to.contain('Wembley Police Station').and.contain('Paddington Green Police Station');
      expect(ask).to.not.contain('South Harrow');
      expect(plain(await c.ask('wembley'))).to.contain('Wembley Police Station is open');
    });

    it('a road only one station stands on is that station ("Bromley Road" is Catford)', async () => {
      const text = plain(await new Conversation().ask('is the bromley road police station still open?'));
      expect(text).to.contain('Catford Police Station');
      expect(text).to.not.contain('Bromley Police Station is open');
    });
  });

  describe('places nobody knows', () => {
    for (const say of ['nearest desk to Blahville', 'is there a police station in Narnia?']) {
      it(`"${say}": the honest "I couldn't find it", and a request for a postcode`, async () => {
        const text = await new Conversation().ask(say);
        expect(text).to.match(/I couldn't find "(blahville|narnia)"/);
        expect(text).to.contain('postcode');
      });
    }
    // Towns far from London the gazetteer knows by name only: outside London, never stretched into a London name.
    for (const [say, town] of [
      ['nearest police station to Brighton', 'Brighton'],
      ['is Sutton Coldfield police station open?', 'Sutton Coldfield'],
      ['closest desk to sheffield', 'Sheffield'],
      ['nearest police station to Tamworth', 'Tamworth'],
    ] as const) {
      it(`"${say}": outside London as the only ${town} known, never a London counter, and a request for a postcode`, async () => {
        const text = await new Conversation().ask(say);
        expect(text).to.match(new RegExp(`^I only know a ${town} outside London`));
        expect(text).to.not.match(/Brixton|Sutton Police Station|Shenfield|Tadworth/);
        expect(text).to.contain('postcode');
      });
    }

    // Saying where one is, naming an unknown place, with no police words at all.
    for (const [say, name] of [
      ["I'm in Blahville", 'blahville'],
      ['I live in Foobury', 'foobury'],
      ['near Zzzton', 'zzzton'],
      ['we are staying in Wobbleton this week', 'wobbleton'],
      ['im at glorptown rn', 'glorptown'],
    ] as const) {
      it(`"${say}": where the resident is, not found: the honest answer, a postcode asked for, and the postcode completes it`, async () => {
        const c = new Conversation();
        const text = await c.ask(say);
        expect(text).to.contain(`I couldn't find "${name}"`);
        expect(text).to.contain('postcode');
        expect(text).to.not.match(/can't help with that/);
        const next = plain(await c.ask('SE13 6LW'));
        expect(next).to.match(/^The nearest front counter (?:open now )?to SE13 6LW is Lewisham Police Station/);
      });
    }

    it('a sentence about something other than where one is keeps its reply', async () => {
      for (const say of ["I'm in a meeting", "I'm in trouble", 'I work in retail', "I'm at the gym"]) {
        expect(await new Conversation().ask(say), say).to.not.match(/I couldn't find/);
      }
    });
  });

  // "new" is part of a name (New Cross, New Malden, New Barnet, New Scotland Yard), never a word dropped before it.
  describe('places whose names start with "New"', () => {
    for (const [say, place] of [
      ['nearest police station to new cross', 'New Cross'],
      ['i live in new malden', 'New Malden'],
      ["i'm in new barnet, nearest police station", 'New Barnet'],
    ] as const) {
      it(say, async () => {
        expect(await new Conversation().askText(say)).to.match(new RegExp(`^The nearest front counter to ${place} is `));
      });
    }
  });
});
