/**
 * "Will kill me" said in jest by a sibling, a mate or a colleague about an everyday lapse ("my sister is going to
 * strangle me for forgetting her birthday"), many ways: no 999 first, and the question beside it answered. A partner
 * saying it, a threat with no lapse, or one with a weapon or a secret kept still leads with 999.
 */
import { itAnswersWithout999First, itCalls999First } from './call999First';

describe('a threat in jest from a sibling or a mate, said many ways: the question answered, no 999 first', () => {
  itAnswersWithout999First([
    ['my mates gonna murder me if im late, what time does islington station shut today', /Islington Police Station.*22:00/],
    ['my sister is going to strangle me for forgetting her birthday, what time does romford station shut saturday', /Romford Police Station.*19:00/],
    ['my brother will kill me if i break his xbox. is brixton open now', /Brixton Police Station/],
    ['my bro gonna kill me for losing his keys lol, where is lewisham police station', /Lewisham/],
    ['my flatmate will murder me if i forget the bins again, is walworth open sunday', /Walworth Police Station/],
    ['my friends will kill me if i miss the match, is ilford station open on saturday', /Ilford Police Station/],
  ]);
});

describe('near a threat in jest: 999 first, as before', () => {
  itCalls999First([
    'my husband is going to kill me if im late',
    'my brother is going to kill me',
    'my mate is going to kill me, he has a knife',
    'my brother will kill me if i tell anyone what he did',
    'my sister said she will kill me if i come home',
  ]);
});
