/**
 * Whether a 999 call works with nothing said, asked by someone who must stay quiet or is overheard ("he is listening to
 * everything i say on the phone, can i call and just breathe", "someone has broken in and i have to stay quiet, can the
 * police hear me if i dont speak"): 999 first, and the Silent Solution (press 55) in the reply. Controls: quiet where
 * quiet is the rule (a library, a waiting room), someone listening to the radio, and counter questions.
 */
import { expect } from 'chai';
import { Conversation, firstLineOf } from './harness';
import { itAnswersWithout999First } from './call999First';

describe('a call with nothing said, asked when one must stay quiet: 999 first and press 55', () => {
  for (const say of [
    'he is listening to everything i say on the phone, can i call and just breathe',
    'someone has broken in and i have to stay quiet, can the police hear me if i dont speak',
    'she is listening, i need to stay quiet, can they find me if i dont speak',
    'can i call 999 and just tap the phone',
    'will the police know where i am if i cant say anything on the phone',
    'i have to be quiet hes downstairs',
    'they are in the same room, can i ring and stay on the line without talking',
  ]) {
    it(say, async () => {
      const text = await new Conversation().askText(say);
      expect(firstLineOf(text)).to.match(/999/);
      expect(text).to.match(/\b55\b/);
    });
  }
});

describe('quiet where quiet is the rule: the question answered', () => {
  itAnswersWithout999First([
    ['i have to be quiet in the library, is brixton open', /Brixton Police Station/],
    ['do you have to stay quiet in the waiting room at lewisham police station', /Lewisham Police Station/],
    ['my husband is listening to the radio, is croydon open', /Croydon Police Station/],
  ]);
});
