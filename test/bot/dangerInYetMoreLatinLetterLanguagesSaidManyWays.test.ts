/**
 * Danger in more languages written in Latin letters (Xhosa, Chichewa, Azerbaijani, Afrikaans, Catalan, Galician,
 * Basque, Maltese, Icelandic, Estonian, Slovene, Malagasy, Indonesian): a cry for help or a word of harm in a
 * message in another language leads with Call 999 now. Controls: English words that look like theirs ("app",
 * "Lagundu" as a name, "Turkish hill" tepe) keep the question's answer.
 */
import { expect } from 'chai';
import { Conversation } from './harness';
import { itAnswersWithout999First, itCalls999First } from './call999First';

describe('danger in yet more Latin-letter languages, said many ways: Call 999 now first', () => {
  itCalls999First([
    'ndincedeni, umyeni wam ufuna ukundibulala',
    'ndithandizeni, mwamuna wanga ali ndi mpeni',
    'kömək edin, ərim məni döyür, qorxuram',
    'help asseblief, my man wil my doodmaak',
    'ajudeu me, un home amb un ganivet a la porta',
    'axuda, hai un home cunha navalla na porta',
    'lagundu, gizon bat labana batekin atean dago',
    'għinuni, ir-raġel tiegħi jrid joqtolni',
    'hjálpið, maðurinn minn er að berja mig',
    'appi, mees tahab mind tappa, tal on nuga',
    'na pomoč, mož me tepe, pridite hitro',
    'vonjeo, misy lehilahy manana antsy eto',
    'tolong aku, suami saya mau membunuh saya',
    'iemand staan by my deur met n mes',
    'daar is n man buite met n geweer, kom vinnig',
  ]);
});

describe('look-alikes in English: the question answered, no 999 first', () => {
  itAnswersWithout999First([
    ['the app is great, is brixton open', /Brixton/],
    ['a lagundu festival in london, is hackney open', /open/],
    ['we walked up the tepe in istanbul last year, is lewisham open', /Lewisham/],
    ['my man is at the door, is brixton open', /Brixton/],
  ]);
});

describe('danger in a language the bot cannot name: the interpreter asked for by the language, whatever it is', () => {
  for (const say of ['ndincedeni, umyeni wam ufuna ukundibulala', 'vonjeo, misy lehilahy manana antsy eto']) {
    it(say, async () => expect(await new Conversation().askText(say)).to.match(/say the name of your language/));
  }
});
