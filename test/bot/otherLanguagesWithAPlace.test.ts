/**
 * Messages in other languages that name a London counter, borough, town or postcode, through the real turn
 * pipeline: the place is understood in any language, so the reply answers it first (all that is known about the
 * counter, or the nearest counters to the postcode), then says briefly that the bot answers in English and how to
 * speak to the police in one's own language (101, interpreters through Language Line: resident-facts.md §1).
 * A cry for help in another language still leads with 999; with no place, so does every message in another language
 * (the bot cannot tell a cry for help it cannot read), then the language reply.
 */
import { expect } from 'chai';
import { Conversation } from './harness';

const ENGLISH_ONLY = /^I can only answer in English\. I think you wrote in (\w+)\.$/m;
const IN_YOUR_LANGUAGE = /To speak to the police in your language, call 101 \(or 999 in an emergency\): interpreters are available through Language Line\./;
const COUNTER = (station: string) => new RegExp(`^The front counter at ${station} Police Station is open`);
const NEAREST = (place: string, station: string) => new RegExp(`^The nearest front counter to ${place} is ${station} Police Station`);

/** [what the resident says, the first line, the language the reply should name]. */
const CASES: [string, RegExp, string][] = [
  // Spanish.
  ['dónde está la comisaría más cercana a SE13 5JZ', NEAREST('SE13 5JZ', 'Lewisham'), 'Spanish'],
  ['hola, está abierta la comisaría de Brixton hoy?', COUNTER('Brixton'), 'Spanish'],
  ['horario de la comisaría de Lewisham', COUNTER('Lewisham'), 'Spanish'],
  ['necesito una comisaría cerca de E17 4PP', NEAREST('E17 4PP', 'Tottenham'), 'Spanish'],
  ['comisaria brixton abierta?', COUNTER('Brixton'), 'Spanish'],
  ['estacion de policia cerca de SE13 por favor', NEAREST('SE13', 'Lewisham'), 'Spanish'],
  ['a qué hora abre la comisaría de Croydon mañana', COUNTER('Croydon'), 'Spanish'],
  // Polish.
  ['gdzie jest najbliższy komisariat do N17 6HA', NEAREST('N17 6HA', 'Tottenham'), 'Polish'],
  ['czy komisariat w Ilford jest otwarty?', COUNTER('Ilford'), 'Polish'],
  ['godziny otwarcia komisariatu Croydon', COUNTER('Croydon'), 'Polish'],
  ['najblizszy posterunek policji SW2 1RH', NEAREST('SW2 1RH', 'Brixton'), 'Polish'],
  ['policja lewisham godziny', COUNTER('Lewisham'), 'Polish'],
  ['gdzie jest policja w Hounslow', COUNTER('Hounslow'), 'Polish'],
  // Romanian.
  ['unde este cea mai apropiată secție de poliție de E6 1AA', NEAREST('E6 1AA', 'Stratford'), 'Romanian'],
  ['este deschisă secția de poliție din Romford?', COUNTER('Romford'), 'Romanian'],
  ['programul secției de poliție Walworth', COUNTER('Walworth'), 'Romanian'],
  // Portuguese.
  ['onde fica a esquadra de polícia mais próxima de NW9 5TW', NEAREST('NW9 5TW', 'Colindale'), 'Portuguese'],
  ['a esquadra de Brixton está aberta?', COUNTER('Brixton'), 'Portuguese'],
  ['horário da delegacia de polícia de Hammersmith', COUNTER('Hammersmith'), 'Portuguese'],
  ['delegacia perto de E6', NEAREST('E6', 'Stratford'), 'Portuguese'],
  // French.
  ['où est le commissariat le plus proche de SE1 7JA', NEAREST('SE1 7JA', 'Walworth'), 'French'],
  ['le commissariat de Lewisham est ouvert ce soir?', COUNTER('Lewisham'), 'French'],
  ['horaires du commissariat de Croydon', COUNTER('Croydon'), 'French'],
  // Turkish.
  ['en yakın polis karakolu nerede N16 7LE', NEAREST('N16 7LE', 'Stoke Newington'), 'Turkish'],
  ['Tottenham polis karakolu açık mı?', COUNTER('Tottenham'), 'Turkish'],
  ['Edmonton karakolu saat kaçta açılıyor', COUNTER('Edmonton'), 'Turkish'],
  ['polis karakolu ilford', COUNTER('Ilford'), 'Turkish'],
  // Bengali, Urdu, Arabic: the postcode or a name in Latin letters.
  ['নিকটতম থানা কোথায় E1 5JD', NEAREST('E1 5JD', 'Bethnal Green'), 'Bengali'],
  ['قریب ترین پولیس اسٹیشن کہاں ہے E13 9AA', NEAREST('E13 9AA', 'Stratford'), 'Urdu'],
  ['أين أقرب مركز شرطة إلى W6 7NX', NEAREST('W6 7NX', 'Hammersmith'), 'Arabic'],
  ['هل مركز شرطة Hammersmith مفتوح الآن؟', COUNTER('Hammersmith'), 'Arabic'],
  // Somali, German, Italian, Lithuanian.
  ['xagee waa saldhigga booliska ugu dhow E3 4AA', NEAREST('E3 4AA', 'Bethnal Green'), 'Somali'],
  ['saldhigga booliska Tottenham ma furan yahay', COUNTER('Tottenham'), 'Somali'],
  ['wo ist die nächste polizeiwache zu SE13', NEAREST('SE13', 'Lewisham'), 'German'],
  ['ist die Polizeistation in Brixton offen?', COUNTER('Brixton'), 'German'],
  ['dove è la stazione di polizia più vicina a W1', NEAREST('W1', 'Charing Cross'), 'Italian'],
  ['la questura di Croydon è aperta oggi?', COUNTER('Croydon'), 'Italian'],
  ['kur yra artimiausia policijos nuovada E17', NEAREST('E17', 'Tottenham'), 'Lithuanian'],
  // Russian and Chinese, a place in Latin letters among them.
  ['где ближайший полицейский участок к E17', NEAREST('E17', 'Tottenham'), 'Russian'],
  ['полиция Croydon часы работы', COUNTER('Croydon'), 'Russian'],
  ['Brixton 警察局 几点开门', COUNTER('Brixton'), 'Chinese'],
  ['最近的警察局 W1D', NEAREST('W1D', 'Charing Cross'), 'Chinese'],
  // Greetings first, questions marks both ways, no accents.
  ['¿la comisaría de Bethnal Green sigue abierta?', COUNTER('Bethnal Green'), 'Spanish'],
  ['dzień dobry, gdzie jest komisariat blisko E17?', NEAREST('E17', 'Tottenham'), 'Polish'],
  ['Bună ziua, unde este poliția în Ilford?', COUNTER('Ilford'), 'Romanian'],
  ['merhaba, Lewisham karakolu açık mı?', COUNTER('Lewisham'), 'Turkish'],
  ['Bonjour, le commissariat de Walworth est-il ouvert dimanche?', COUNTER('Walworth'), 'French'],
  ['আমার কাছের পুলিশ স্টেশন কোথায় E14 6JN', NEAREST('E14 6JN', 'Bethnal Green'), 'Bengali'],
  ['ما هي ساعات عمل مركز شرطة Brixton', COUNTER('Brixton'), 'Arabic'],
  ['waa maxay saacadaha saldhigga Tottenham', COUNTER('Tottenham'), 'Somali'],
  // A borough.
  ['dónde hay una comisaría en Hackney?', /^Hackney has one police front counter: Stoke Newington Police Station/, 'Spanish'],
  ['czy jest komisariat w Waltham Forest?', /Waltham Forest/, 'Polish'],
];

describe('other languages, naming a place: the place answered first, then English only and help in their language', function () {
  this.timeout(60_000);

  for (const [say, first, language] of CASES) {
    it(say, async () => {
      const text = (await new Conversation().askText(say)).replace(/\*\*/g, '');
      const lines = text.split('\n');
      expect(lines[0], say).to.match(first);
      expect(text, say).to.match(ENGLISH_ONLY);
      expect(ENGLISH_ONLY.exec(text)?.[1], say).to.equal(language);
      expect(text, say).to.match(IN_YOUR_LANGUAGE);
      expect(text, `${say}: the place was understood`).to.not.match(/^Sorry, I can only answer in English|^I answer in English|send me your postcode|Sorry, I (?:can't help|didn't understand)/m);
    });
  }

  it('a cry for help in another language leads with 999, place or not', async () => {
    for (const say of ['socorro, me están robando en Brixton', 'pomocy, ktoś mnie bije, jestem w Croydon', 'au secours, on me frappe à Lewisham']) {
      const [first] = (await new Conversation().askText(say)).split('\n');
      expect(first.replace(/\*\*/g, ''), say).to.match(/^(?:If this is an emergency, call 999 now\.|Call 999 now\b)/);
    }
  });

  it('with no place: 999 first with the interpreter (the bot cannot tell a cry for help it cannot read), then English only, a postcode would help, help in their language', async () => {
    for (const say of ['dónde está la comisaría', 'gdzie jest najbliższy komisariat', 'hola']) {
      const text = await new Conversation().askText(say);
      expect(text, say).to.match(/^If this is an emergency, call 999 now\. When 999 answers, say "\w+": an interpreter can join the call\.\n+I answer in English \(I think you wrote in \w+\)/);
      expect(text, say).to.match(/send me your postcode \(for example E17 4PP\)/);
      expect(text, say).to.match(IN_YOUR_LANGUAGE);
    }
  });

  it('after the place answered, an English follow-up leans on it', async () => {
    const chat = new Conversation();
    await chat.say('horario de la comisaría de Lewisham');
    expect(await chat.askText('is it open on sunday?')).to.match(/Lewisham Police Station/);
  });

  it('an English message that names a language or a place stays English', async () => {
    expect(await new Conversation().askText('is there a polish speaking officer at ilford?')).to.not.match(/I can only answer in English|I answer in English/);
    expect(await new Conversation().askText('hola! is brixton open today?')).to.not.match(/I can only answer in English|I answer in English/);
    expect(await new Conversation().askText('is brixton open? 谢谢')).to.not.match(/I can only answer in English|I answer in English/);
  });
});
