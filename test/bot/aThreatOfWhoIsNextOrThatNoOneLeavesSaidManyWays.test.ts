/**
 * Threats said as who is next or that no one leaves: "the man next door is dangling his dog out of the window and says
 * the baby is next", "she slashed the sofa and said my son is next", "my husband has locked the doors and says none of
 * us are leaving". "Next" is a threat only beside harm said (even to a thing); "no one leaves" only when not "until"
 * something is done. 999 first (was: can't help with that). Controls: the next in a queue or a list ("the barber says
 * I'm next", "next for the bathroom", "next for the roadworks") and a parent's or coach's "nobody leaves till..."
 * answer the question asked or say what the bot can't do. Through the bot.
 */
import { itAnswersWithout999First, itCalls999First } from './call999First';

describe('a threat of who is next or that no one leaves, said many ways', function () {
  this.timeout(60_000);
  itCalls999First([
    'he killed the cat and says im next',
    'my ex smashed the window and told me the kids are next',
    'hes beating the dog and shouting that we are next',
    'she slashed the sofa and said my son is next',
    'my husband has locked the doors and has a cleaver, he says none of us are leaving',
    'hes locked the front door and says none of us are leaving',
    'my partner took our phones and told us nobody is leaving this house',
    'the guy has barricaded the door and is shouting no one is getting out',
  ]);

  describe('controls', () => {
    itAnswersWithout999First([
      ['the barber says im next, is brixton open', /Brixton Police Station/],
      ['mum said im next for the bathroom, whens lewisham open', /Lewisham Police Station/],
      ['they said my street is next for the roadworks, is walworth open', /Walworth Police Station/],
      ['mum says none of us are leaving until the kitchen is clean, is brixton open', /Brixton Police Station/],
      ['the coach said nobody leaves till we finish the drills, hours for ilford', /Ilford Police Station/],
      ['we are not leaving until we get a refund, is croydon open', /Croydon Police Station/],
    ]);
  });
});
