/**
 * The police called for and urged on in another language, whatever else is said and whether or not the language is
 * recognised ("Polizei, kemmts schnell", "policía, rápido", "policja szybko"), and a German dialect's cry ("Do is a Mo
 * in meim Haus, der sogt er bringt mi um"): 999 first (was: can't help, or didn't understand). Upper German's common
 * words (Bavarian, Austrian, Swiss) now count as German, and "bringt mi um" (kills me) as harm. Controls: a police
 * word beside an English "quick question" or a museum open now is no cry; English "police" urged in Hindi, Urdu or
 * their kin in Latin letters ("police jaldi aavau", "jaldi police bulao") is a cry too; English mixed with a German "mi" is not German.
 */
import { expect } from 'chai';
import { guessForeignLanguage } from '../../src/understanding/language';
import { it999FirstAsControls, itAnswersWithout999First } from './call999First';

describe('the police urged in another language, said many ways', function () {
  this.timeout(60_000);
  it999FirstAsControls([
    'Do is a Mo in meim Haus, der sogt er bringt mi um, kemmts schnell, Polizei!',
    'Do is a Mo in meim Haus, kemmts schnell, Polizei!',
    'Polizei schnell',
    'policia rapido',
    'policja szybko prosze',
    'la policia, venid rapido',
    'politie snel alsjeblieft',
    'polizia presto!!',
    'Es isch en Maa i mim Huus, er seit er bringt mi um, chömed schnell',
    'policia quick',
    // English "police" urged in Hindi, Urdu, Punjabi or their kin in Latin letters.
    'Mor ghar ma ek manse ghus ge he, kahat he mola maar dihaun, police jaldi aavau!',
    'police jaldi bhejo, ghar mein chor hai',
    'jaldi police bulao mera bhai ko maar raha hai',
    'police ko bulao jaldi',
    'police turant bhejiye',
  ]);

  it('reads Bavarian and Swiss German as German, and English with one such word as English', () => {
    expect(guessForeignLanguage('I bin dahoam, a Mo schlogt mi, kemmts schnö')).to.deep.equal({ language: 'German' });
    expect(guessForeignLanguage('Do is a Mo in meim Haus, der sogt er bringt mi um, kemmts schnell, Polizei!')).to.deep.equal({ language: 'German' });
    expect(guessForeignLanguage('is the station near mim huus')).to.equal(undefined);
    expect(guessForeignLanguage('hob a nice day')).to.equal(undefined);
  });

  describe('controls', () => {
    itAnswersWithout999First([
      ['is the polizia museum open now', /museum|don't know/i],
      ['quick question about the policja, is brixton open', /Brixton Police Station/],
      ['police station kab khulta hai brixton', /Brixton Police Station|front counter/i],
    ]);
  });
});
