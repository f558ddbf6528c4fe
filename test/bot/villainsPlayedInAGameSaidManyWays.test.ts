/**
 * Villains as the parts children or players take ("kids playing cops and robbers in the garden", "my son is playing
 * burglars with his mates", "we play burglars and police at nursery"), told before a question: the question answered,
 * no 999 first (was: 999, an intruder read in "robbers in the garden"). "burglars" is no slip for "burglary" any
 * more (a word the danger reading knows is never corrected). Controls: real burglars or robbers in the same message as
 * children playing, and burglars alone, still lead with 999.
 */
import { itAnswersWithout999First, itCalls999First } from './call999First';

describe('villains played in a game, said many ways', function () {
  this.timeout(60_000);
  itAnswersWithout999First([
    ['kids playing cops and robbers in the garden, just wondering where the nearest counter to BR1 is', /Bromley Police Station/],
    ['the kids are playing cops and robbers in the house, is lewisham open', /Lewisham Police Station/],
    ['my son is playing burglars with his mates in the garden, brixton hours?', /Brixton Police Station/],
    ['we play burglars and police at nursery, wheres the nearest station to N1', /Islington Police Station/],
    ['the grandkids are playing at being robbers in the garden, is croydon open today', /Croydon Police Station/],
  ]);

  describe('controls', () => {
    itCalls999First([
      'the kids were playing in the garden and burglars got in the house',
      'burglars in my house while the kids play',
      'there are robbers in the garden while the kids play cops',
      'the burglars are here',
    ]);
  });
});
