/**
 * Violence said as a figure of speech, in a game or in a recipe, before a question about a counter: the question
 * answered, never 999 first. "my boss will shoot me if I'm late", "I could strangle my brother for losing my keys",
 * "in GTA I robbed a bank", "the music assaulted my ears", chess pieces attacking, a recipe that says stab the
 * potatoes, a child called a little terror at bedtime. Danger controls: the same words where harm is real, from a
 * partner, someone else doing it beside a game, going on now or said of the senses by a person.
 */
import { DateTime } from 'luxon';
import { it999FirstAsControls, itAnswersWithout999First } from './call999First';

const FRIDAY = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });

describe('figures of speech before a counter question, said many ways', () => {
  itAnswersWithout999First(
    [
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
    ] as const,
    FRIDAY,
  );

  it999FirstAsControls(
    [
      "my husband will shoot me if I'm late, he has a gun",
      'my boss is shooting at me right now',
      'he could strangle me, he is here now',
      'my son plays gta and he just stabbed his brother',
      'he assaulted my eyes with pepper spray, is brixton open',
      'my ex is going to murder me, is tottenham open saturday',
      'someone is attacking my ears with a knife',
      'i could kill him for eating my lunch, he hit me first',
    ],
    FRIDAY,
  );
});
