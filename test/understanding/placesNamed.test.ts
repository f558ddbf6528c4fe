/**
 * Places residents name, read by understanding with the real place finder:
 * neighbourhoods and towns from the gazetteer in many sentence shapes, the
 * City of London, roads, and which reading wins where a name is both a
 * station and a place.
 */
import { expect } from 'chai';
import type { Question } from '../../src/understanding/question';
import { ask, checkRows, conversation, describe_, placeKey, type QuestionRow } from './helpers';

describe('understand: places residents name (gazetteer)', () => {
  describe('London neighbourhoods, in many sentence shapes', () => {
    checkRows([
      { say: 'nearest desk to Tooting', intent: 'nearest', place: 'place:tooting', desk: 'any' },
      { say: "where's the closest cop shop to tooting", intent: 'nearest', place: 'place:tooting' },
      { say: 'From Tooting, nearest 24-hr front counter please', intent: 'nearest', place: 'place:tooting', desk: '24/7' },
      { say: "I'm in Tooting", intent: 'nearest', place: 'place:tooting' },
      { say: 'is there a police station near Canary Wharf', intent: 'nearest', place: 'place:canary-wharf' },
      { say: 'im at canary wharf whats open right now', intent: 'nearest', place: 'place:canary-wharf', desk: 'open-now' },
      { say: 'any counters near canary warf open on sunday?', intent: 'nearest', place: 'place:canary-wharf', when: { kind: 'weekday', weekday: 7 } },
      { say: 'how far to the nearest police station from Muswell Hill', intent: 'nearest', place: 'place:muswell-hill' },
      { say: 'which police station covers Balham', intent: 'nearest', place: 'place:balham' },
      { say: "whats the nearest desk to Forest Hill that's open late", intent: 'nearest', place: 'place:forest-hill' },
      { say: 'police station Golders Green', intent: 'nearest', place: 'place:golders-green' },
      { say: 'which police stations are in Canary Wharf', intent: 'nearest', place: 'place:canary-wharf' },
      { say: 'how far is crystal palace from a 24 hour police station', intent: 'nearest', place: 'place:crystal-palace', desk: '24/7' },
      { say: "I'm near king's cross, is anything open now", intent: 'nearest', place: 'place:kings-cross', desk: 'open-now' },
      { say: "I'm staying in st james's, closest police station", intent: 'nearest', place: 'place:st-jamess' },
      { say: 'me and my mate are in soho, police station near us?', intent: 'nearest', place: 'place:soho' },
      { say: 'nearest counter open now to Purley', intent: 'nearest', place: 'place:purley', desk: 'open-now' },
      { say: 'what is the nearest police station to Seven Sisters', intent: 'nearest', place: 'place:seven-sisters' },
      { say: 'need to hand in a wallet i found, I live in Cricklewood', intent: 'nearest', place: 'place:cricklewood' },
      { say: 'Tooting', intent: 'place-only', place: 'place:tooting' },
      { say: 'is there a police station open in Tooting', intent: 'nearest', place: 'place:tooting', desk: 'open-now' },
      { say: 'nearest desk to harrow on the hill', intent: 'nearest', place: 'place:harrow-on-the-hill' },
      { say: 'nearest police station to walton on thames', intent: 'nearest', place: 'place:walton-on-thames' },
      { say: 'nearest police counter to st ann\'s', intent: 'nearest', place: 'place:st-anns' },
      { say: "I'm in knightsbridge", intent: 'nearest', place: 'place:knightsbridge-and-belgravia' },
    ]);
  });

  describe('two places of one name, told apart by borough', () => {
    checkRows([
      { say: "I'm in Hayes, Bromley, nearest desk?", intent: 'nearest', place: 'place:hayes-bromley' },
      // Hayes alone is the station's: Hillingdon's Hayes.
      { say: "I'm in Hayes, nearest desk?", intent: 'nearest', place: 'place:hayes' },
      { say: 'Belmont (Sutton)', intent: 'place-only', place: 'place:belmont-sutton' },
      { say: 'nearest desk to belmont harrow', intent: 'nearest', place: 'place:belmont-harrow' },
      { say: 'Belmont', intent: 'place-only', place: 'ambiguous:belmont-sutton/belmont-harrow' },
    ]);
  });

  describe('everyday words that are also place names', () => {
    checkRows([
      { say: "I'm in Bow", intent: 'nearest', place: 'place:bow' },
      { say: 'nearest desk to bow', intent: 'nearest', place: 'place:bow' },
      { say: 'is there a police station in bow', intent: 'nearest', place: 'place:bow' },
      { say: 'I live in Lee, nearest desk', intent: 'nearest', place: 'place:lee' },
      { say: 'Welling police station', intent: 'nearest', place: 'place:welling' },
      { say: 'take a bow', intent: 'out-of-scope' },
      { say: 'off the hook', intent: 'out-of-scope' },
    ]);

    it('never reads an everyday word as a place in a question about something else', () => {
      for (const say of ['my phone was stolen, I am welling up', 'is the station a stone throw from the tube', 'what is the downside of reporting online']) {
        const q = ask(say);
        expect(placeKey(q), describe_(q)).to.not.match(/^place:(?:welling|stone|downside)/);
      }
    });
  });

  describe('a name that is a station and a place: which reading each question wants', () => {
    checkRows([
      // The building, named with police words.
      { say: 'Kilburn police station', intent: 'place-only', place: 'station:kilburn' },
      { say: 'Kilburn police station hours', intent: 'hours', place: 'station:kilburn' },
      { say: 'is eltham police station open', intent: 'open-now', place: 'station:eltham' },
      { say: 'Wimbledon police station', intent: 'place-only', place: 'station:wimbledon' },
      { say: 'brixton police station', intent: 'place-only', place: 'station:brixton' },
      // The place where someone is.
      { say: 'I live in Kilburn, nearest desk?', intent: 'nearest', place: 'place:kilburn' },
      { say: 'nearest police station to kilburn', intent: 'nearest', place: 'place:kilburn' },
      { say: 'closest 24 hour one to eltham', intent: 'nearest', place: 'place:eltham', desk: '24/7' },
      { say: 'lost property, live in Eltham', intent: 'nearest', place: 'place:eltham' },
      { say: "i'm in brixton, where's the closest desk", intent: 'nearest', place: 'place:brixton' },
      { say: "I'm in Peckham", intent: 'nearest', place: 'place:peckham' },
      // A longer place name holds a station's: the place.
      { say: 'nearest desk to brixton hill', intent: 'nearest', place: 'place:brixton-hill' },
    ]);
  });

  describe('places outside London and the City of London', () => {
    checkRows([
      { say: 'nearest police station to Watford', intent: 'nearest', place: 'place:watford' },
      { say: "I'm in Watford, where's the nearest police station?", intent: 'nearest', place: 'place:watford' },
      { say: 'is Watford police station open on sunday', intent: 'hours', place: 'place:watford' },
      { say: 'whats the closest counter to dartford', intent: 'nearest', place: 'place:dartford' },
      { say: 'closest 24 hour desk to epping', intent: 'nearest', place: 'place:epping', desk: '24/7' },
      { say: 'Epping', intent: 'place-only', place: 'place:epping' },
      { say: 'I work in the City, where is the nearest police front desk', intent: 'nearest', place: 'borough:City of London' },
      { say: 'police station in the square mile?', intent: 'place-only', place: 'borough:City of London' },
      { say: 'is there a met counter in the city of london', intent: 'borough-desks', place: 'borough:City of London' },
      { say: 'nearest 24 hour desk to the City', intent: 'nearest', place: 'borough:City of London', desk: '24/7' },
      { say: 'the City', intent: 'place-only', place: 'borough:City of London' },
      { say: "I'm at the barbican", intent: 'nearest', place: 'place:barbican' },
      { say: 'EC2M 4YE nearest station', intent: 'nearest', place: 'postcode:EC2M 4YE' },
    ]);

    // Towns within reach of London (the home counties), said many ways: the town, never a London name one letter away.
    checkRows([
      { say: 'nearest station to harlow', intent: 'nearest', place: 'place:harlow' },
      { say: 'harlow police station', intent: 'nearest', place: 'place:harlow' },
      { say: "I'm in Harlow", intent: 'nearest', place: 'place:harlow' },
      { say: 'closest police station to guildford', intent: 'nearest', place: 'place:guildford' },
      { say: 'nearest 24 hour desk to Reading', intent: 'nearest', place: 'place:reading', desk: '24/7' },
      { say: 'I live in Luton, nearest counter?', intent: 'nearest', place: 'place:luton' },
      { say: 'police station near chelmsford', intent: 'nearest', place: 'place:chelmsford' },
      { say: 'maidstone', intent: 'place-only', place: 'place:maidstone' },
      { say: 'is there a police station in st albans', intent: 'nearest', place: 'place:st-albans' },
      { say: 'sevenoaks nearest station', intent: 'nearest', place: 'place:sevenoaks' },
      { say: 'we are staying in slough, any police desk open now?', intent: 'nearest', place: 'place:slough' },
      { say: 'is Brentwood police station open on sunday', intent: 'hours', place: 'place:brentwood' },
    ]);

    it('"Watford" is never read as Catford, however it is asked', () => {
      for (const say of ['Watford', 'watford police', 'police station in watford open now?', 'I live near Watford']) {
        const q = ask(say);
        expect(placeKey(q), describe_(q)).to.equal('place:watford');
      }
    });
  });

  describe('stations known by their road', () => {
    checkRows([
      { say: 'Uxbridge Road police station', intent: 'place-only', place: 'ambiguous:shepherds-bush/ealing/hayes' },
      { say: 'is the uxbridge road police station open today', intent: 'hours', place: 'ambiguous:shepherds-bush/ealing/hayes' },
      { say: 'Harrow Road police station opening times', intent: 'hours', place: 'ambiguous:wembley/paddington-green' },
      { say: 'is the bromley road police station still open', intent: 'status', place: 'station:catford' },
      { say: 'Romford Road police station', intent: 'place-only', place: 'station:forest-gate' },
      { say: 'hours of the Hornsey Road police station', intent: 'hours', place: 'station:holloway' },
    ]);

    it('the station asked which is picked by name or by number', () => {
      const [, byName] = conversation(['is the Uxbridge Road police station open today?', 'the ealing one']);
      expect(placeKey(byName)).to.equal('station:ealing');
      const [, byNumber] = conversation(['Harrow Road police station opening times', 'the second one']);
      expect(placeKey(byNumber)).to.equal('station:paddington-green');
    });
  });

  describe('places nobody has heard of', () => {
    const rows: QuestionRow[] = [
      { say: 'nearest desk to Blahville', intent: 'nearest', place: 'not-found' },
      { say: 'is there a police station in Narnia', intent: 'nearest', place: 'not-found' },
      // Towns far from London, named exactly: not found (never Shenfield, Tadworth, Streatham by a slip).
      { say: 'nearest police station to sheffield', intent: 'nearest', place: 'not-found' },
      { say: 'closest desk to tamworth', intent: 'nearest', place: 'not-found' },
      { say: 'nearest station to stretham', intent: 'nearest', place: 'not-found' },
      // Saying where one is, naming a place nobody knows, with no police words: where the resident is, not found.
      { say: "I'm in Blahville", intent: 'nearest', place: 'not-found' },
      { say: 'I live in Foobury', intent: 'nearest', place: 'not-found' },
      { say: 'i live in foobury', intent: 'nearest', place: 'not-found' },
      { say: 'near Zzzton', intent: 'nearest', place: 'not-found' },
      { say: "I'm staying in Wobbleton", intent: 'nearest', place: 'not-found' },
      { say: 'we live near Little Snorington', intent: 'nearest', place: 'not-found' },
      { say: 'im at glorptown right now', intent: 'nearest', place: 'not-found' },
      { say: "I'm currently in Quuxford", intent: 'nearest', place: 'not-found' },
      { say: "hi, i'm in Narnia", intent: 'nearest', place: 'not-found' },
      { say: 'we are based in Grimblewick', intent: 'nearest', place: 'not-found' },
      { say: "I'm in Blahville on Sunday", intent: 'nearest', place: 'not-found' },
    ];
    checkRows(rows);

    it('the name is quoted as said, and a postcode sent next completes the question', () => {
      const [first, second] = conversation(["I'm in Blahville", 'SE13 6LW']);
      expect(first.intent === 'nearest' && first.place?.text).to.equal('blahville');
      expect(placeKey(second), describe_(second)).to.equal('postcode:SE13 6LW');
      expect(second.intent).to.equal('nearest');
      const [, , third] = conversation(['nearest police station please', 'I live in Foobury', 'brixton']);
      expect(third.intent, describe_(third)).to.equal('nearest');
      expect(placeKey(third), describe_(third)).to.equal('place:brixton');
    });

    it('a sentence about something else than where one is stays what it was', () => {
      const rows: [string, Question['intent']][] = [
        ["I'm in a meeting", 'out-of-scope'],
        // Not a place; told to the police, someone in trouble gets the safety net's conditional 999 line.
        ["I'm in trouble", 'emergency'],
        ['I live in hope', 'out-of-scope'],
        ["I'm at the gym", 'out-of-scope'],
        ['I work in retail', 'out-of-scope'],
        ['im in bits', 'out-of-scope'],
        ["I'm at uni", 'out-of-scope'],
        ["I'm in love", 'out-of-scope'],
        ["i'm in my car", 'out-of-scope'],
        ['asdfgh qwerty', 'out-of-scope'],
        ['thanks', 'thanks'],
      ];
      for (const [say, intent] of rows) {
        const q = ask(say);
        expect(q.intent, `${say} -> ${describe_(q)}`).to.equal(intent);
      }
    });
  });
});
