/**
 * A sentence of five words or more, nearly none English, in a language the bot cannot name ("obi wo me fie seesei na
 * me suro"): answered as another language, 999 first, not "didn't understand". Controls: key-mash and a word said over
 * stay not understood, and English typed with typos, slang and text-speak keeps its old answer.
 */
import { expect } from 'chai';
import { Conversation } from './harness';
import { itAnswersAsAnotherLanguage999First } from './call999First';

const ANOTHER_LANGUAGE = /I answer in English/;

describe('a sentence in a language the bot cannot name, said many ways: answered as another language (or as danger), 999 first', () => {
  itAnswersAsAnotherLanguage999First([
    'obi wo me fie seesei na me suro',
    'lehilahy iray eo am-baravarana mitondra antsy',
    'mwamuna wanga akufuna kundipha chonde bwerani',
    'umyeni wam ufuna ukundibulala ncedani',
    'hemm ragel barra mal bieb irid joqtolni',
    'lagundu mesedez gizon bat atean dago',
    'axuda hai un home na porta cunha navalla',
    'ajuda un home vol matar me',
    'appi keegi lööb mind kohe tulge',
  ]);
});

describe('key-mash, a word said over, and English with typos or slang: never read as another language', () => {
  for (const say of [
    'asdf jkl qwe rty uiop',
    'asdfgh qwerty zxcvb lkjh poiu',
    'blah blah blah blah blah blah',
    'la la la la la la',
    'nah nah nah nah nah',
    'my cat ate my homework again today',
    'i dunno wot ur on about mate lol',
    'the quick brown fox jumps over the lazy dog',
    'gimme sum info bout da cop shop innit',
    'yo wassup bruv hows it goin',
    'wassup bruv hows it goin fam',
    'ello mate wots gud wiv u',
    'innit bruv dat ting iz mad',
    'soz m8 cnt rmbr da postcode',
    'can u tel me wen brixton opns',
    'hiya im lookin 4 sumwhere 2 rport sumthin',
    'omg ths bot is rubish lol',
    'is ther a statn nr peckham rye',
    'ok cool thx bye see ya',
    'wen dose the neerest plice staton open',
    'were is my closst cop shop pls',
    'whr iz da nearist plod shop 2 me',
  ]) {
    it(say, async () => {
      const text = await new Conversation().askText(say);
      expect(text, say).to.not.match(ANOTHER_LANGUAGE);
    });
  }
  for (const [say, answer] of [
    ['is brixtn polic statoin opne tomorow mornin', /Brixton Police Station/],
    ['hw do i get 2 the statoin in croydn', /Croydon Police Station/],
    ['wat tyme dus lewisham nick clse tonite', /Lewisham Police Station/],
  ] as const) {
    it(`${say}: its old answer`, async () => {
      const text = await new Conversation().askText(say);
      expect(text).to.match(answer);
      expect(text).to.not.match(ANOTHER_LANGUAGE);
    });
  }
});
