/**
 * Grave harm foretold by someone else, said without a harm verb the lexicon reads on its own ("dad says he'll break my
 * legs", "said he's gonna put me in hospital", "says he'll cut me"), with the one who threatens near or coming now:
 * Call 999 now. Controls: the resident's own figure of speech, a bone broken long ago, a phone broken: no 999 first.
 */
import { itAnswersWithout999First, itCalls999First } from './call999First';

describe('a threat with the one who threatens near, said many ways: Call 999 now', () => {
  itCalls999First([
    "dad says he'll break my legs, he's drunk and coming up the stairs now",
    "he said he's going to break my jaw and he's outside",
    "she threatened to break my arm, she's coming up the stairs",
    "my ex said he's gonna put me in hospital and he's on his way",
    "he says he'll cut me, he's at the door",
    "my dad said he'll put me in the ground, hes coming up the stairs",
    "my boyfriend said he'd break every bone in my body and he's coming home now",
    "he's going to break my legs he said, coming now",
    "he swore he'd break my fingers and he's walking up the path now",
  ]);
});

describe('breaking and cutting that is no threat: no 999 first', () => {
  itAnswersWithout999First([
    ["i'll break your legs if you score, is brixton open", /Brixton/],
    ['he broke his leg last year playing football, is brixton open', /Brixton/],
    ['dad broke my phone, is brixton open', /Brixton/],
    ["i'm going to break my neck on these stairs one day, is lewisham open", /Lewisham/],
    ["my manager said he'll cut my hours, is hackney open", /Stoke Newington|Hackney/],
  ]);
});
