/**
 * Shots heard and in doubt, now: "was that gunfire?", "heard bangs, could be gunshots", "are those gunshots or
 * fireworks", "heard what sounded like a gun going off". Perhaps shots, perhaps not: unsure, so 999 leads as a
 * condition (was: "I can't help with that"). Told with a question about a counter ("loud bangs outside, fireworks or
 * gunshots? is lewisham open"), the 999 condition leads and the question is answered after it (was: the question alone,
 * the doubt in its own clause unread). Controls: shots of tequila, a shooting range, a music video being shot, a photo
 * shot, and shots heard last night answer without 999 first.
 */
import { expectIfInDanger999First, itAnswersAfterIfInDanger999First, itAnswersWithout999First } from './call999First';
import { Conversation } from './harness';

describe('shots heard in doubt lead with 999 as a condition, said many ways', function () {
  this.timeout(60_000);
  for (const say of [
    'was that gunfire?',
    'heard bangs, could be gunshots',
    'are those gunshots or fireworks',
    'heard what sounded like a gun going off',
    'could be gunshots could be fireworks idk',
    'was that a gunshot',
    'i think it was gunfire',
    'was that gunfire or a car backfiring?',
  ]) {
    it(say, async () => expectIfInDanger999First(await new Conversation().say(say), say));
  }

  itAnswersAfterIfInDanger999First([
    ['loud bangs outside, fireworks or gunshots? is lewisham open', /Lewisham Police Station\*\* is open now/],
    ['loud bangs outside, could be gunshots, is brixton open', /Brixton Police Station\*\* is open now/],
    ['heard bangs, could be gunshots or fireworks, is brixton open', /Brixton Police Station\*\* is open now/],
    ["was that gunfire or a car backfiring? where's the nearest station to SE15", /nearest front counter to SE15 is \*\*Walworth Police Station/],
    ['it was probably fireworks but could have been shots, is walworth open', /Walworth Police Station\*\* is open now/],
  ]);

  describe('controls', () => {
    itAnswersWithout999First([
      ['those were shots of tequila lol, is brixton open', /Brixton Police Station/],
      ['we were shooting a music video, is brixton open', /Brixton Police Station/],
      ['loud bangs outside, its just fireworks, is brixton open', /Brixton Police Station/],
      ['was that shot on an iphone? anyway is walworth open', /Walworth Police Station/],
      ['there were gunshots on my road last night, is lewisham open', /Lewisham Police Station/],
    ]);
  });
});
