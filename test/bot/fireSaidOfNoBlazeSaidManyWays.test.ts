/**
 * "Fire" said of no blaze: a thing praised ("that new track is fire"), a thing started ("fire up the grill"), a message
 * sent ("fire me a text"), a job at risk ("they'll fire me if I'm late") or criticism ("under fire over the closures"):
 * the question asked is answered, with no 999 first. Controls: a fire told plainly ("there is fire coming out of the
 * window", "its fire", "the kitchen is on fire", "theres fire and smoke everywhere") still leads with Call 999 now.
 */
import { itAnswersWithout999First, itCalls999First } from './call999First';

describe('fire said of no blaze, many ways: the question answered, no 999 first', () => {
  itAnswersWithout999First([
    ['gonna fire up the grill for the lads later, is lewisham open all night', /Lewisham/],
    ['that new grime album is fire, anyway whats the nearest desk to SE13 5JX', /Lewisham/],
    ['fire me a text when you know, jk. is ilford open on saturday', /Ilford/],
    ['my manager says hell fire me if im late again, what time does brixton open tomorrow', /Brixton/],
    ['the mayor is under fire over the closures, is woodford still open', /Woodford/],
    ['this jerk chicken is fire fr, is charing cross open now', /Charing Cross/],
    ['fire away, which counters are open 24 hours', /Charing Cross/],
  ]);
});

describe('a fire told plainly: Call 999 now first', () => {
  itCalls999First([
    'there is fire coming out of the window next door',
    'its fire, the flat upstairs',
    'the kitchen is on fire',
    'theres fire and smoke everywhere in the stairwell',
    'fire in the flat below us and the alarm is going',
  ]);
});
