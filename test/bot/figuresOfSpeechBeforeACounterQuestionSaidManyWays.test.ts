/**
 * Violence said as a figure of speech, in a game or in a recipe, before a question about a counter: the question
 * answered, never 999 first. "my boss will shoot me if I'm late", "I could strangle my brother for losing my keys",
 * "in GTA I robbed a bank", "the music assaulted my ears", chess pieces attacking, a recipe that says stab the
 * potatoes, a child called a little terror at bedtime. Danger controls: the same words where harm is real, from a
 * partner, someone else doing it beside a game, going on now or said of the senses by a person.
 */
import { expect } from 'chai';
import { DateTime } from 'luxon';
import { expect999First } from './call999First';
import { Conversation, firstLineOf } from './harness';

const FRIDAY = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });
const ask = async (say: string) => firstLineOf(await new Conversation('webchat', FRIDAY).askText(say));

describe('figures of speech before a counter question, said many ways', () => {
  for (const [say, pattern] of [
    ["my boss will shoot me if I'm late, is hounslow open till 10", /^Yes, \*\*Hounslow Police Station\*\* is open today/],
    ['my manager is gonna strangle me if i miss the train again. when does ilford open tomorrow', /\*\*Ilford Police Station\*\*/],
    ['i could strangle my brother for losing my keys. is tottenham open saturday', /^Yes, \*\*Tottenham Police Station\*\* is open tomorrow, Saturday 5 December/],
    ['gonna throttle my flatmate for eating my leftovers lol. what time does walworth close', /\*\*Walworth Police Station\*\*/],
    ['chess: my bishop is attacking his rook and he is threatening checkmate. anyway is ilford open sunday', /^Yes, \*\*Ilford Police Station\*\* is open on Sunday/],
    ['in gta i robbed a bank and shot the cops lol. irl when does colindale close', /^\*\*Colindale Police Station\*\* is open until 22:00/],
    ['on fortnite i shot everyone in my squad haha, is brixton open now', /\*\*Brixton Police Station\*\*/],
    ['the recipe says beat the eggs and stab the potatoes. anyway which desk is open all night', /^Only two front counters are open 24 hours a day since 3 March 2026/],
    ["my neighbour's music assaulted my ears all night, not a crime. nearest desk to SE13", /^The nearest (?:24-hour )?front counter to SE13 is \*\*Lewisham Police Station\*\*/],
    ['the bass from next door is assaulting my eardrums, is lewisham open now', /\*\*Lewisham Police Station\*\*/],
    ['my toddler is a little terrorist at bedtime haha. anyway nearest counter to Park Langley', /^I couldn't find "park langley"/],
  ] as const) {
    it(say, async () => {
      const first = await ask(say);
      expect(first).not.to.match(/\b999\b/);
      expect(first).to.match(pattern);
    });
  }

  for (const say of [
    "my husband will shoot me if I'm late, he has a gun",
    'my boss is shooting at me right now',
    'he could strangle me, he is here now',
    'my son plays gta and he just stabbed his brother',
    'he assaulted my eyes with pepper spray, is brixton open',
    'my ex is going to murder me, is tottenham open saturday',
    'someone is attacking my ears with a knife',
    'i could kill him for eating my lunch, he hit me first',
  ]) {
    it(`danger control: ${say}`, async () => expect999First(await new Conversation('webchat', FRIDAY).say(say), say));
  }
});
