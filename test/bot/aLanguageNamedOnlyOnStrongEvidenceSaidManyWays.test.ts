/**
 * A sentence of another language is named only on strong evidence: its own letters, or a word only it writes among its
 * words. Words several languages write ("mi", "polis", "haus") are no such evidence: "mi laik save wanem taim haus polis
 * i op" (Tok Pisin) is not Turkish, and is answered as a language not named, 999 first with an interpreter. Controls:
 * sentences with words or letters of their own keep their language's name, and a place named is still answered.
 */
import { expect } from 'chai';
import { DateTime } from 'luxon';
import { Conversation, firstLineOf } from './harness';

const FRIDAY = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });
const ask = async (say: string) => firstLineOf(await new Conversation('webchat', FRIDAY).askText(say));
const UNNAMED = /^If this is an emergency, call 999 now\. You can ask for an interpreter\./;

describe('a language named only on strong evidence, said many ways', () => {
  for (const say of [
    'mi laik save wanem taim haus polis i op',
    'mi wani sabi pe a polis ostu de',
    'mi laik toktok wantaim polis long haus polis',
    'mi ke sa ki ora ta habri e polis',
    'unda e polis ta, mi mester yudansa',
    'mi wani go na polis oso',
    'mi haus i stap klostu long polis',
  ]) {
    it(say, async () => expect(await ask(say)).to.match(UNNAMED));
  }

  for (const [say, first] of [
    ['hay alguien en mi casa', /^If this is an emergency, call 999 now\. When 999 answers, say "Spanish"/],
    ['wo ist die nächste polizeiwache', /say "German"/],
    ['gdzie jest najbliższy komisariat', /say "Polish"/],
    ['ada orang di rumah saya tolong', /say "Malay"/],
    ['horario de la comisaría de Lewisham', /^The front counter at \*\*Lewisham Police Station\*\* is open/],
    ['polis karakolu ilford', /^The front counter at \*\*Ilford Police Station\*\* is open/],
  ] as const) {
    it(`control: ${say}`, async () => expect(await ask(say)).to.match(first));
  }
});
