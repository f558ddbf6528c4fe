/**
 * A heavy defeat to come in a contest named right after the verb ("they're gonna batter us in the derby", "she'll
 * destroy me at chess"): no 999 first, the question after it answered. Controls: the same verbs with a venue or a
 * place and time ("he's gonna batter me at the match", "... when he gets home") stay a threat: 999 first.
 */
import { it999FirstAsControls, itAnswersWithout999First } from './call999First';

describe('a heavy defeat to come in a contest, many ways: the question answered, no 999 first', () => {
  itAnswersWithout999First([
    ['spurs are gonna batter us in the derby sunday, is tottenham police station open on sunday', /Tottenham/],
    ['the other team will murder us in the final lol, whats the nearest 24 hour desk to SE13 5JX', /Lewisham/],
    ['my nan is going to destroy me at scrabble again, is lewisham open tonight', /Lewisham/],
    ['they will thrash us in the semi final tomorrow, is brixton open tomorrow', /Brixton/],
    ['my son says hell hammer me at fifa later, what time does ilford open', /Ilford/],
    ['we play chelsea next, theyll slaughter us in the cup tie, is charing cross open now', /Charing Cross/],
  ]);
});

describe('the same verbs with a venue, a time or a person: 999 first', () => {
  it999FirstAsControls([
    'hes gonna batter me at the match',
    'hes gonna batter me when he gets home',
    'my ex said hell kill me in the car park',
    'they said theyll murder us after the game outside the ground',
  ]);
});
