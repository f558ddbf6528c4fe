/**
 * Someone hurt and not answering, the hurt in one clause and the silence in another ("he was pushed down the stairs
 * and is not answering me", "found my mum on the kitchen floor, she won't answer me"): Call 999 now and ask for an
 * ambulance. Controls: a phone, emails or calls not answered, a fall long ago: the question answered.
 */
import { expect } from 'chai';
import { itAnswersWithout999First, itCalls999First } from './call999First';
import { Conversation, firstLineOf } from './harness';

const HURT_AND_SILENT = [
  'he was pushed down the stairs and is not answering me',
  'found my mum on the kitchen floor, she wont answer me',
  "my client slipped in the bathroom, she's not answering me and there's blood",
  'my neighbour is lying at the bottom of the steps and isnt responding',
  'someone pushed the old lady over and she is not answering',
  "a stranger got knocked off his bike, he's not replying when i talk to him",
  "my carer found dad on the floor by his bed, we can't get a word out of him",
  "grandad tripped over in the garden, banged his head and he won't wake up",
  'my dad came off his ladder clearing the gutters and hes not answering',
  'theres a woman at the bottom of the stairwell with blood round her head and she cant talk',
  "my grandad has fallen and he's making no sense and there's blood",
];

describe('someone hurt and not answering, said many ways: Call 999 now', () => {
  itCalls999First(HURT_AND_SILENT);
});

describe('someone hurt and not answering: an ambulance asked for', () => {
  for (const say of HURT_AND_SILENT.slice(0, 4)) {
    it(say, async () => {
      const text = await new Conversation().askText(say);
      expect(firstLineOf(text), say).to.match(/ambulance/);
    });
  }
});

describe('not answering, with no one hurt: no 999 first', () => {
  itAnswersWithout999First([
    ["my son isn't answering his phone, is hackney open", /Stoke Newington/],
    ['the council are not answering my emails', /can't help|front counters/],
    ['i slipped on the ice last week and the station wont reply to my letter, is brixton open', /Brixton/],
    ['the desk at lewisham is not answering the phone, is it open', /Lewisham/],
  ]);
});
