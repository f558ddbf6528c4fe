/**
 * A sentence in a language the bot cannot name, with one word in it that is also a place ("Ng'ato nie e ot mara Bow,
 * adwaro polis sani sani", "Motho o mo ntlong ya me Hayes, ke batla mapodise jaanong"): the place is a word of the
 * sentence, not a question about it, so the message is answered as another language, 999 first (was: "Sorry, I didn't
 * understand that", the place read and the rest unexplained). Controls: a police station asked in a language the bot
 * knows ("horario de la comisaría de Lewisham", "gdzie jest najbliższy komisariat do N17 6HA") is answered first.
 */
import { expect } from 'chai';
import { Conversation, firstLineOf } from './harness';

/** 999 first: as a condition (the safety net, or the reply to another language), or outright. */
const LEADS_WITH_999 = /^(?:\*\*)?(?:Call 999 now|If you or anyone is in danger now, call 999\.|If this is an emergency, call 999 now\.)/;

describe('a place word inside a sentence of another language, said many ways', function () {
  this.timeout(60_000);
  const cases: readonly (readonly [string, RegExp])[] = [
    ["Ng'ato nie e ot mara Bow, adwaro polis sani sani", /interpreter/],
    ['Motho o mo ntlong ya me Hayes, ke batla mapodise jaanong', /interpreter/],
    ['Olo enkoitoi Barking aitu, ayieu polisi nataa', /interpreter/],
    ['Omusajja ali mu nju yange e Bow, njagala poliisi mangu', /999/],
  ];
  for (const [say, then] of cases) {
    it(say, async () => {
      const text = await new Conversation().askText(say);
      expect(firstLineOf(text), say).to.match(LEADS_WITH_999);
      expect(text, say).to.match(then);
      expect(text, say).to.not.match(/didn't understand/);
    });
  }

  describe('controls', () => {
    for (const [say, first] of [
      ['horario de la comisaría de Lewisham', /^The front counter at \*\*Lewisham Police Station\*\* is open 24 hours a day\./],
      ['gdzie jest najbliższy komisariat do N17 6HA', /^The nearest front counter to N17 6HA is \*\*Tottenham Police Station\*\*/],
    ] as const) {
      it(say, async () => expect(firstLineOf(await new Conversation().askText(say))).to.match(first));
    }
  });
});
