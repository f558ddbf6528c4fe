/**
 * A child just lost from sight ("was on the swings a minute ago and now i cant see her anywhere") or a small child out
 * on a balcony or a roof with no one ("a toddler out on the balcony of the 10th floor flat opposite on his own"):
 * Call 999 now first. Controls: a child playing on a balcony with a parent, a thing not found on a map, a bus lost
 * from sight keep their answers.
 */
import { itAnswersWithout999First, itCalls999First } from './call999First';

describe('a child lost from sight or alone up high, many ways: Call 999 now first', () => {
  itCalls999First([
    'my daughter was by the slide a minute ago and now i cant see her anywhere',
    'lost sight of my son in the shopping centre',
    'i cant find him anywhere, he is 4, we were at the market',
    'a toddler is out on the balcony of the 10th floor flat across the road alone',
    'little girl out on the roof next door by herself',
    'there is a baby on the balcony upstairs and no adult',
  ]);
});

describe('a child with a parent, a map, a bus: no 999 first', () => {
  itAnswersWithout999First([
    ['my toddler loves playing on the balcony with me, is brixton open', /Brixton/],
    ['i cant see it anywhere on the map, where is walworth police station', /Walworth/],
    ['lost sight of the bus, is lewisham open', /Lewisham/],
  ]);
});
