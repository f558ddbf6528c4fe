/**
 * Loud bangs or crashes nearby, said with nothing else: "loud bangs next door", "heard loud bangs outside", "crashing
 * upstairs and it wont stop". Perhaps shots or a fight, perhaps fireworks: unsure, so 999 leads as a condition ("If you
 * or anyone is in danger now, call 999.") (was: can't help with that). Controls: loud music next door, builders' bangs
 * asked with a counter's hours, and bangs last night answer without 999 first. Told with a question about a counter
 * or place ("loud bangs next door, is brixton open"), the 999 condition leads and the question is answered after it
 * (was: the question answered alone). Through the bot.
 */
import { expectIfInDanger999First, itAnswersAfterIfInDanger999First, itAnswersWithout999First } from './call999First';
import { Conversation } from './harness';

describe('loud bangs nearby lead with 999 as a condition, said many ways', function () {
  this.timeout(60_000);
  for (const say of ['loud bangs next door', 'heard loud bangs outside', 'theres loud banging upstairs', 'crashing upstairs and it wont stop', 'really loud crash downstairs']) {
    it(say, async () => expectIfInDanger999First(await new Conversation().say(say), say));
  }

  itAnswersAfterIfInDanger999First([
    ['loud bangs next door, is brixton open', /Brixton Police Station\*\* is open now/],
    ['heard loud bangs outside whats the nearest station to se15', /nearest front counter to SE15 is \*\*Walworth Police Station/],
    ['loud banging upstairs, what time does walworth close', /Walworth Police Station\*\*.*22:00/],
    ['loud crashes from next door is lewisham 24 hours', /Lewisham Police Station/],
    ['loud bangs outside sounded like fireworks but not sure, whats the nearest station to se13', /Lewisham Police Station/],
  ]);

  describe('controls', () => {
    itAnswersWithout999First([
      ['the builders are making loud bangs, is walworth open', /Walworth Police Station/],
      ['loud banging music next door, is brixton open', /Brixton Police Station/],
      ['there was loud banging next door last night, is lewisham open', /Lewisham Police Station/],
      ['workmen banging next door all day, is brixton open', /Brixton Police Station/],
      ['loud bangs from the fireworks outside, is lewisham open', /Lewisham Police Station/],
    ]);
  });
});
