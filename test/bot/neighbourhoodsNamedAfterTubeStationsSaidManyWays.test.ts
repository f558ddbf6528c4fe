/**
 * London neighbourhoods residents name after their Underground stations (Bermondsey, Tufnell Park, Maida Vale, Bank),
 * said many ways, through the real bot: each answer is measured from the place's own point in data/places-tube.json
 * (the right desk worked out here from the data, by straight-line distance to the open counters); Bank, Monument and
 * St Paul's get the City of London's answer. One-word names that are everyday words (Bank, Temple, Oval, Angel) are
 * places only when asked as places, never inside an ordinary sentence (danger in one still leads with 999).
 */
import { expect } from 'chai';
import type { LatLon } from '../../src/stations/model';
import { nearestFromData } from '../stations/nearestFromData';
import { expect999First } from './call999First';
import { Conversation, THURSDAY_AFTERNOON, escapedForPattern as escaped, firstLineOf, firstSentenceOf as firstSentence, knowledge } from './harness';

type Desk = 'any' | '24/7' | 'open-now';

/** The Underground place of that name, from its own file. */
function tubePlace(name: string): { name: string; point: LatLon; borough: string | null } {
  const place = knowledge.data.tubePlaces.find((p) => p.name === name);
  if (!place) throw new Error(`test setup: no Underground place named ${name}`);
  return { name: place.name, point: { lat: place.lat, lon: place.lon }, borough: place.borough };
}

/** The answer's opening, with the desk the data puts nearest. */
function expectedOpening(name: string, point: LatLon, desk: Desk): RegExp {
  const what = desk === '24/7' ? 'nearest 24-hour front counter' : desk === 'open-now' ? 'nearest front counter open now' : 'nearest front counter';
  const nearest = nearestFromData(knowledge, point, desk === '24/7' ? '24/7' : 'any', THURSDAY_AFTERNOON)[0].name;
  return new RegExp(`^The ${what} to ${escaped(name)} is ${escaped(nearest)}, (?:about [\\d.]+ km|less than \\d+ metres)`);
}

const CITY_ANSWER = (name: string) => new RegExp(`^${escaped(name)} is in the City of London, which has its own police force, the City of London Police`);

describe('bot: London neighbourhoods named after their Underground stations, said many ways', () => {
  describe('the nearest desk, measured from the place', () => {
    for (const [say, name, desk] of [
      ['nearest police station to bermondsey', 'Bermondsey', 'any'],
      ['closest 24 hour police station to Bermondsey?', 'Bermondsey', '24/7'],
      ['nearest 24-hour desk to tufnell park', 'Tufnell Park', '24/7'],
      ['im in tufnell park, where is the nearest front counter', 'Tufnell Park', 'any'],
      ['I live in Maida Vale, whats open now', 'Maida Vale', 'open-now'],
      ['police front desk near maida vale', 'Maida Vale', 'any'],
      ['stockwell nearest police station', 'Stockwell', 'any'],
      ['any 24hr police counter near stockwell', 'Stockwell', '24/7'],
      ['where can i go in person near goodge street', 'Goodge Street', 'any'],
      ['closest cop shop to warren street', 'Warren Street', 'any'],
      ['is there a police station near holland park', 'Holland Park', 'any'],
      ['nearest nick to turnpike lane pls', 'Turnpike Lane', 'any'],
      ['manor house nearest police desk', 'Manor House', 'any'],
      ["I'm at Arnos Grove, what's the nearest police station", 'Arnos Grove', 'any'],
      ['nearest police station to st johns wood', "St John's Wood", 'any'],
      ['24 hour police near Kilburn Park', 'Kilburn Park', '24/7'],
      ['nearest police station to nine elms', 'Nine Elms', 'any'],
      ['closest police counter to Battersea Power Station', 'Battersea Power Station', 'any'],
      ['nearest police station to edgware road', 'Edgware Road', 'any'],
      ['im in kingsbury, nearest police station', 'Kingsbury', 'any'],
      ['nearest front desk to hampstead', 'Hampstead', 'any'],
    ] as const) {
      it(`"${say}"`, async () => {
        const place = tubePlace(name);
        expect(firstSentence(await new Conversation().ask(say))).to.match(expectedOpening(place.name, place.point, desk));
      });
    }
  });

  describe('said by its station: "X tube station", "X underground", "X tube"', () => {
    for (const [say, name, desk] of [
      ['im near holland park tube station', 'Holland Park', 'any'],
      ['whats open near stockwell tube station', 'Stockwell', 'open-now'],
      ['i live by tufnell park underground station', 'Tufnell Park', 'any'],
      ['im near oval tube', 'Oval', 'any'],
      ['nearest police desk to bermondsey tube', 'Bermondsey', 'any'],
    ] as const) {
      it(`"${say}"`, async () => {
        const place = tubePlace(name);
        expect(firstSentence(await new Conversation().ask(say))).to.match(expectedOpening(place.name, place.point, desk));
      });
    }

    it('a tube station asked for itself stays out of scope: "where is the nearest tube station to holland park"', async () => {
      expect(await new Conversation().ask('where is the nearest tube station to holland park')).to.match(/can't help with that/);
    });
  });

  describe('one-word names, asked as places', () => {
    for (const [say, name, desk] of [
      ['nearest police station to oval', 'Oval', 'any'],
      ['is there a front desk near oval station', 'Oval', 'any'],
      ['nearest police station to temple', 'Temple', 'any'],
      ['closest police desk to embankment', 'Embankment', 'any'],
      ['24 hour police station near arsenal', 'Arsenal', '24/7'],
      ['oval', 'Oval', 'any'],
    ] as const) {
      it(`"${say}"`, async () => {
        const place = tubePlace(name);
        const text = await new Conversation().ask(say);
        if (say === 'oval') expect(text).to.contain(place.name).and.not.match(/can't help with that|I couldn't find/);
        else expect(firstSentence(text)).to.match(expectedOpening(place.name, place.point, desk));
      });
    }

    it('Angel is the place Islington police station is named for: "nearest police station to angel", "im near angel tube", "i live in angel"', async () => {
      for (const say of ['nearest police station to angel', 'im near angel tube', 'i live in angel', 'near angel']) {
        // Angel is the counter's other name: the counter at its address, not a distance from its own point.
        expect(firstSentence(await new Conversation().ask(say)), say).to.match(/^The nearest front counter to Angel is Islington Police Station, at [^:]+ N1 \w+:/);
      }
    });

    for (const [say, name] of [
      ['nearest police station to bank', 'Bank'],
      ['im near bank station, any police desk', 'Bank'],
      ['im at bank whats open', 'Bank'],
      ['bank', 'Bank'],
      ['closest front counter to monument', 'Monument'],
      ["police station near st pauls", "St Paul's"],
    ] as const) {
      it(`"${say}": the City of London's answer`, async () => {
        expect(tubePlace(name).borough).to.equal('City of London');
        expect(firstLineOf(await new Conversation().askText(say))).to.match(CITY_ANSWER(name));
      });
    }
  });

  describe('controls: everyday words inside ordinary sentences name no place', () => {
    const PLACE_ANSWERED = /nearest (?:24-hour )?front counter (?:open now )?to|is in the City of London|Islington Police Station|Southwark|Temple|Monument|\bOval\b|Embankment|Arsenal/;
    for (const say of [
      'my bank card was stolen',
      'i need to go to bank',
      'i put it in bank',
      'im in bank holiday mode',
      'can i pay by bank at the police station',
      'is brixton police station open at bank holiday',
      'the borough council wont help',
      'my daughter is an angel',
      'thanks youre an angel',
      'an angel',
      'i was attacked outside the temple',
      'i visited the monument',
      'i got mugged by the railway embankment',
      'he has an arsenal of tools in his shed',
      'i was robbed at the bank counter',
    ]) {
      it(`"${say}"`, async () => {
        const text = await new Conversation().ask(say);
        expect(text.replace(/\*\*/g, '')).to.not.match(PLACE_ANSWERED);
      });
    }

    for (const say of [
      'there is a man with a knife outside the bank',
      'someone is following me near the oval and i am scared',
      'a man is threatening me outside the temple',
      'help theres a fire at the bank',
    ]) {
      it(`danger said beside an everyday name still leads with 999: "${say}"`, async () => {
        const conversation = new Conversation();
        expect999First(await conversation.say(say), say);
      });
    }
  });
});
