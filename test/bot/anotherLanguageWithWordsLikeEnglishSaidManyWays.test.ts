/**
 * A sentence in a language the bot cannot name whose short words look like English ones ("man", "bad", "long",
 * "haus", "nach") or carry an English ending ("haos", "os"), or whose words hold the open vowels ɛ and ɔ, or a
 * cluster of four consonants ("angscht", "endlwini"): when its small words are plainly another language's, it is
 * answered as another language, 999 first, not "Sorry, I can't help with that". Controls: English slang with the
 * same words, key-mash and a word said over keep their answers.
 */
import { expect } from 'chai';
import { Conversation } from './harness';
import { itAnswersAsAnotherLanguage999First } from './call999First';

const ANOTHER_LANGUAGE = /I answer in English/;

describe('a sentence of another language with words that look English, said many ways: answered as another language, 999 first', () => {
  itAnswersAsAnotherLanguage999First([
    'a wan no usai di polis stesin de',
    'wan man de na di rod bad bad',
    'ech sichen de Policebüro, wou ass en haut op',
    'ech hunn eng Fro iwwer d\'Police',
    'ndzi lava ku tiva laha xitichi xa maphorisa xi nga kona',
    'nazali koluka biro ya polisi',
    'mi de fred, wan man de kam na mi os',
  ]);
});

describe('English slang with the same short words, and keys pressed: never another language', () => {
  for (const say of [
    'that man was well bad long time ago innit',
    'me and my mate went down the pub last night',
    'wagwan fam mi deh a yard still',
    'ya know wat i mean mate lol',
    'asdf jkl qwe rty uiop',
    'qwrt zxcv bnm lkjh poiuy',
  ]) {
    it(say, async () => {
      const text = await new Conversation().askText(say);
      expect(text, say).to.not.match(ANOTHER_LANGUAGE);
    });
  }
});
