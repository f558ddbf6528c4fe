/**
 * Danger in Setswana, Sesotho and Sepedi (the Sotho-Tswana languages of southern Africa, which the bot does not name):
 * a cry for help ("thusa!", "nthuse", "thušang", "ke kopa thuso") leads with Call 999 now wherever it is written, and a
 * word of harm ("sethunya" a gun, "thipa" a knife, "o a mpolaya" he is killing me) in a message in another language.
 * And the other Bantu languages of southern Africa not read before: Swati ("ngisite"), Tsonga ("ndzi pfuneni"), Zulu
 * told with its verbs of harm ("uyangishaya" he is hitting me, "uyangibulala" he is killing me).
 * Controls: "Thusa" as a name, and an English question, keep their answers.
 */
import { expect } from 'chai';
import { Conversation } from './harness';
import { itAnswersWithout999First, itCalls999First } from './call999First';

describe('danger in Setswana and Sesotho, said many ways: Call 999 now first', () => {
  itCalls999First([
    'thusa! monna o tsena mo ntlong',
    'nthuse, o a mpolaya',
    'monna o na le thipa fa kgorong',
    'ke kopa thuso, monna o na le sethunya ka ntle',
    'thusang, monna wa ka o a mpolaya',
    'nthusa, monna o na le thipa',
    'thuša, monna o a mpolaya',
    'thusa, ke a tshaba',
    'o a mpetsa, monna wa ka',
    'ngisite, indvodza inemmese',
    'ndzi pfuneni, wanuna u na xibamu',
    'uyangishaya umyeni wami manje',
    'umyeni wami uyangibulala',
  ]);
});

describe('Setswana look-alikes in English: the question answered, no 999 first', () => {
  itAnswersWithout999First([
    ["thusa is my friend's name, is brixton open", /Brixton/],
    ['the thipa restaurant in hackney, is the station open', /open/],
  ]);
});

describe('danger in Setswana: the interpreter asked for by the language, whatever it is', () => {
  it('monna o na le thipa fa kgorong', async () => expect(await new Conversation().askText('monna o na le thipa fa kgorong')).to.match(/say the name of your language/));
});
