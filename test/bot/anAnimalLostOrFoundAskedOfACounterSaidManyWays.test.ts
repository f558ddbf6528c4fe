/**
 * An animal lost, found or stray, asked of a front counter, through the real bot ("can i report a lost dog at the front
 * desk", "do police stations take in stray dogs"): a lost animal is not a crime (was "Yes, you can report a crime in
 * person"), and the data does not say what counters do with animals: that comes first, then met.police.uk or 101.
 * Controls: a pet lost said alone stays out of scope (the council named as where to go); a pet stolen is a crime to report; a wallet found is lost property;
 * an animal attacking someone is danger, 999 first.
 */
import { expect999First } from './call999First';
import { Conversation, itAnswersFirst } from './harness';

const NOT_SAID = /^My sources don't say whether front counters deal with lost, found or stray animals\. Check met\.police\.uk or call 101\./;

describe('an animal lost or found asked of a counter, said many ways', () => {
  itAnswersFirst(
    [
      ['can i report a lost dog at the front desk', NOT_SAID],
      ['do police stations take in stray dogs', NOT_SAID],
      ['can i hand in a stray cat at the police station', NOT_SAID],
      ['found a dog, can i take it to brixton police station', NOT_SAID],
      ['my cat went missing, will the front counter log it?', NOT_SAID],
      ['can the police desk help find my lost puppy', NOT_SAID],
    ],
    { understood: true },
  );

  describe('controls', () => {
    itAnswersFirst([
      ['ive lost my dog', /^I can't help with lost, found or stray animals: I only know about London's police front counters\. Your local council/],
      ['my dog was stolen', /^To report a crime that is not an emergency: call 101/],
      ['can i hand in a found wallet at the front desk', /lost property/],
    ]);

    it('danger control: a dog is attacking my son outside the police station', async () => {
      const said = 'a dog is attacking my son outside the police station';
      expect999First(await new Conversation().say(said), said);
    });
  });
});
