/**
 * The place finder is a seam: understanding works with any `PlaceFinder`,
 * hands it only the words that may name a place, and survives one that fails.
 */
import { expect } from 'chai';
import type { PlaceMatch } from '../../src/stations/model';
import { guessForeignLanguage } from '../../src/understanding/language';
import type { FoundPlace, PlaceFinder } from '../../src/understanding/placeFinder';
import { understand } from '../../src/understanding/understand';
import { NOW } from './helpers';

/** A fake that knows two names and records what it was asked. */
class FakeFinder implements PlaceFinder {
  readonly asked: string[] = [];
  findPlaces(text: string): FoundPlace[] {
    this.asked.push(text);
    const out: FoundPlace[] = [];
    const match = (label: string, stationId: string): PlaceMatch => ({
      kind: 'station', label, point: { lat: 51.5, lon: -0.1 }, approximate: false, borough: 'Lambeth', stationId, score: 1,
    });
    if (/\bgotham\b/.test(text)) out.push({ text: 'gotham', result: { status: 'found', match: match('Gotham Police Station', 'gotham'), alternatives: [] } });
    if (/\bzz1\b/.test(text)) out.push({ text: 'zz1', result: { status: 'unknown-postcode', postcode: 'ZZ1' } });
    return out;
  }
}

describe('the PlaceFinder seam', () => {
  it('uses the injected finder', () => {
    const fake = new FakeFinder();
    const q = understand('what are the opening hours of gotham police station on saturday', {}, NOW, fake);
    expect(q).to.have.property('intent', 'hours');
    expect(q).to.have.nested.property('place.result.match.stationId', 'gotham');
    expect(q).to.have.nested.property('place.text', 'gotham');
  });

  it('asks only about the words that may be a place', () => {
    const fake = new FakeFinder();
    understand('what are the opening hours of gotham police station on saturday', {}, NOW, fake);
    expect(fake.asked).to.deep.equal(['gotham police station']);
  });

  it('does not call the finder for small talk or emergencies', () => {
    const fake = new FakeFinder();
    understand('thanks, bye', {}, NOW, fake);
    understand('there is a man with a knife outside gotham police station', {}, NOW, fake);
    expect(fake.asked).to.deep.equal([]);
  });

  it('passes on an unknown postcode so the answer can say so', () => {
    const q = understand('nearest police station to zz1', {}, NOW, new FakeFinder());
    expect(q).to.deep.include({ intent: 'nearest', desk: 'any' });
    expect(q).to.have.nested.property('place.result.status', 'unknown-postcode');
  });

  it('looks up words placed as a name that the sentence scan missed, and only those', () => {
    const looked: string[] = [];
    const fake: PlaceFinder = {
      findPlaces: () => [],
      lookup: (name) => {
        looked.push(name);
        return name.startsWith('wood') ? { status: 'ambiguous', candidates: [] } : { status: 'not-found', query: name };
      },
    };
    const q = understand('is wood police station open', {}, NOW, fake);
    expect(q).to.have.nested.property('place.result.status', 'ambiguous');
    understand('can I get my passport signed at a police station', {}, NOW, fake);
    understand('nearest police station to blahville', {}, NOW, fake);
    expect(looked).to.deep.equal(['wood police station', 'blahville']);
  });

  it('survives a finder that throws', () => {
    const broken: PlaceFinder = {
      findPlaces: () => {
        throw new Error('index not loaded');
      },
      lookup: () => {
        throw new Error('index not loaded');
      },
    };
    const q = understand('gotham police station hours', {}, NOW, broken);
    expect(q.intent).to.equal('hours');
    expect(q).to.have.nested.property('place.result.status', 'not-found');
  });
});

describe('guessing the language', () => {
  it('leaves English alone, even naming a language or a place', () => {
    for (const t of [
      'I need to speak to someone in Polish',
      'is the police station in stratford open',
      'colindale',
      'n9 0pw',
      'who do I call if it is not an emergency',
      'non emergency number',
      'is de beauvoir town near a police station',
      'la la land',
    ]) {
      expect(guessForeignLanguage(t), t).to.equal(undefined);
    }
  });

  it('names the language of a foreign message', () => {
    expect(guessForeignLanguage('Dzień dobry, gdzie jest komisariat?')).to.deep.equal({ language: 'Polish' });
    expect(guessForeignLanguage('Привіт, де найближча поліція? Є')).to.deep.equal({ language: 'Ukrainian' });
    expect(guessForeignLanguage('merci')).to.deep.equal({ language: 'French' });
  });

  it('knows a language by everyday words of home and danger, not only by words about the police', () => {
    const cases: [string, string][] = [
      ['Alguém está a tentar entrar pela janela', 'Portuguese'],
      ['Un bărbat ne urmărește pe stradă acum', 'Romanian'],
      ['alguien está intentando entrar en mi casa ahora', 'Spanish'],
      ['quelquun essaie dentrer chez moi maintenant', 'French'],
      ['ktoś próbuje wejść do domu', 'Polish'],
      ['biri evime girmeye çalışıyor, korkuyorum', 'Turkish'],
      ['Có người đang theo dõi tôi', 'Vietnamese'],
    ];
    for (const [text, language] of cases) expect(guessForeignLanguage(text), text).to.deep.equal({ language });
  });

  it('keeps English with a foreign-looking name or word in it English', () => {
    for (const t of ['is mr Nguyễn at brixton police station', 'the man at the door is from casa pizza, is brixton open', 'a porta cabin outside walworth station, is it open']) {
      expect(guessForeignLanguage(t), t).to.equal(undefined);
    }
  });
});
