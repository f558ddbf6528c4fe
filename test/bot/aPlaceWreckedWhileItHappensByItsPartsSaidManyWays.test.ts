/**
 * A building wrecked while it happens, named by a part of it or a place inside ("smashing up the office lobby with a
 * metal bar", "wrecking the bar with a chair leg", "trashing the bank foyer", "smashing the tills at the chippy"): 999
 * first, as for a shop or a home (was: which station's hours?, or can't help). Controls: the same words as praise or
 * success ("a smashing reception", "smashed it at the club", "smashed the bar quiz") answer the question asked; a
 * window or the pub smashed now is still danger. Through the bot.
 */
import { itAnswersWithout999First, itCalls999First } from './call999First';

describe('a place wrecked while it happens, named by its parts, said many ways', function () {
  this.timeout(60_000);
  itCalls999First([
    'someone is smashing up the office lobby with a metal bar right now',
    'a man is wrecking the bar with a chair leg',
    'some bloke is smashing up the hotel reception',
    'theyre trashing the bank foyer as we speak',
    'a gang is smashing the shop counter with a crowbar',
    'two men smashing up the tills at the chippy',
    'lads are smashing up the canteen at work',
    'someone is smashing up the lift in our block',
  ]);

  describe('controls', () => {
    itAnswersWithout999First([
      ['we got a smashing reception at the wedding, is brixton open', /Brixton Police Station/],
      ['we had an absolutely smashing time at the club, is lewisham open', /Lewisham Police Station/],
      ['the band smashed it at the club last night, wheres the nearest station to SE1', /Walworth Police Station/],
      ['my mate smashed the bar quiz, lewisham hours?', /Lewisham Police Station/],
      ['we were smashing it at the office party, is croydon open', /Croydon Police Station/],
      ['she smashed the reception speech, hours for ilford', /Ilford Police Station/],
    ]);
    itCalls999First(['someone is smashing a window at the shop', 'a man is smashing up the pub right now']);
  });
});
