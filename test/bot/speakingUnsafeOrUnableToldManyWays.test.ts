/**
 * Speaking unsafe or impossible, told in ways the danger reading missed: typing only with someone close ("he is right
 * next to me i can only type"), a threat if the resident calls ("he said he will hurt me if i call"), and a 999 call made
 * with nothing said, told across a "but" ("i dialled but couldnt say anything because they were outside"). 999 first and
 * the Silent Solution (press 55), also where the danger is only a situation (999 said as a condition). Typing only about
 * a language or a time, and a call to someone ordinary, change nothing.
 */
import { expect } from 'chai';
import { Conversation, firstLineOf } from './harness';
import { itAnswersWithout999First } from './call999First';

describe('speaking unsafe or impossible, told many ways: 999 first and press 55', function () {
  this.timeout(60_000);
  for (const say of [
    'he is right next to me i can only type, he said he will hurt me if i call',
    'i can only type hes in the next room',
    'can only text, man in my garden with a knife',
    'he will kill me if i ring the police, hes downstairs',
    'she said shell stab me if i scream',
    'i dialled but couldnt say anything because they were outside the door, what do i press',
    'theres someone trying the back door, i rang 999 but couldnt say anything',
    'called 999 but i couldnt speak, hes still in the house',
  ]) {
    it(say, async () => {
      const text = await new Conversation().askText(say);
      expect(firstLineOf(text), say).to.match(/999/);
      expect(text, say).to.match(/\b55\b/);
    });
  }
});

describe('typing only, or a call with nothing said, with no danger: answered as before', function () {
  this.timeout(60_000);
  itAnswersWithout999First([
    ['i can only type in english, is brixton open', /Brixton Police Station/],
    ['i can only message at night, when does ilford open', /Ilford Police Station/],
    ['i called the station but couldnt talk to anyone, whats the number', /101/],
  ]);
});
