/**
 * "Bomb" as a figure of speech ("made a bomb of a chilli", "cost a bomb", "went down a bomb", "made a bomb selling my
 * car"), many ways: no 999 first, and a counter question beside it answered. A bomb said to be somewhere, planted or
 * threatened still leads with 999.
 */
import { itAnswersWithout999First, itCalls999First } from './call999First';

describe('a bomb as a figure of speech, said many ways: the question answered, no 999 first', () => {
  itAnswersWithout999First([
    ['made a bomb of a chilli for the street party, anyway which police counters closed in february', /28 February 2026/],
    ['the party went down a bomb, is ilford open sunday', /Ilford Police Station/],
    ['that taxi cost a bomb, is charing cross police station open 24 hours', /Charing Cross/],
    ['made a bomb selling my car lol. where is brixton police station', /Brixton/],
    ['spent a bomb on tickets, whats the nearest police station to se13', /Lewisham/],
  ]);
});

describe('near a bomb as a figure of speech: 999 first, as before', () => {
  itCalls999First(['theres a bomb in the station', 'there is a bomb on the bus', 'someone planted a bomb', 'he said hes made a bomb and will use it']);
});
