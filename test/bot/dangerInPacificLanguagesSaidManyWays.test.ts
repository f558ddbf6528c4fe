/**
 * Danger in Samoan, Tongan, Maori, Hawaiian and Fijian: a cry for help ("fesoasoani", "tokoni mai", "āwhina mai",
 * "kōkua mai", "vukei au") or a word of harm ("sasa" beat, "naifi" knife, "patu" hit, "pahi" knife, "isele" knife) leads
 * with Call 999 now. And the general kind: a sentence in a language the bot cannot name whose words hold a glottal
 * stop written as a letter (ʻ U+02BB, ʼ U+02BC, ‘) is a sentence, answered as another language with 999 first.
 * Controls: their words as names in English questions, key-mash with an ʻokina, English typos: never another language.
 */
import { NOT_UNDERSTOOD } from './harness';
import { itAnswersAsAnotherLanguage999First, itAnswersWithout999First, itCalls999First } from './call999First';

describe('danger in Pacific languages, said many ways: Call 999 now first', () => {
  itCalls999First([
    'O loʻo sasa aʻu e loʻu toʻalua',
    'fesoasoani mai, o loʻo sasa aʻu e loʻu toʻalua',
    "o lo'o sasa a'u e lo'u to'alua",
    'e i ai se tamaloa ma se naifi i fafo',
    'tokoni mai, ʻoku ʻi ai ha tangata mo ha hele ʻi tuʻa',
    'āwhina mai, kei te patu taku tāne i a au',
    'awhina mai kei te patu taku tane i a au',
    'e kōkua mai, aia he kanaka me ka pahi ma waho',
    'vukei au, e dua na tagane e tiko kei na isele',
    'fesoasoani',
    'tokoni!',
    'kōkua',
    'āwhina',
  ]);
});

describe('a sentence with glottal stops written as letters, in a language not named: answered as another language, 999 first', () => {
  itAnswersAsAnotherLanguage999First([
    'ʻOku ou fie ʻalu ki he ʻofisi ʻo e polisi',
    'ʻAʻole au i ʻike i ke ala i ka hale',
    'E fia ou alu i le ofisa o leoleo i le asō',
    'ʼOku ou fie ʼalu ki he ʼofisi ʼo e polisi',
  ]);
});

describe('Pacific look-alikes, key-mash and English typos: no 999 first', () => {
  itAnswersWithout999First([
    ['sasa is my cousin, is lewisham open', /Lewisham/],
    ['my mate patu is at brixton, is it open', /Brixton/],
    ['asdf ʻjkl qwe rty uiop', NOT_UNDERSTOOD],
    ['teh staiton is opne tmorow at nien', /./],
  ]);
});
