/**
 * Whether a 999 call works when the caller stays quiet, asked while someone dangerous is near ("what happens if i
 * ring 999 and stay quiet, my ex is in the hallway"): Call 999 now first, and the Silent Solution (press 55) in the
 * reply. Controls: a quiet station and a counter question keep their answers.
 */
import { itAnswersWithout999First, itCalls999FirstWithPress55 } from './call999First';

describe('a silent call asked about with danger near, said many ways: 999 first and press 55', () => {
  itCalls999FirstWithPress55([
    'what happens if i ring 999 and stay quiet, my ex is in the hallway',
    "if I call and can't speak will they still send someone? he's right outside the door",
    'can i call 999 and just stay silent, hes downstairs with a knife',
    'if i dial 999 and dont say anything will they come? my husband is outside the bedroom',
    'will the police come if i phone and keep quiet, he is banging on the door',
    "what if i call the police and i can't say a word, my stalker is at the window",
    "is it ok to stay silent on the call, he's in the next room",
  ]);
});

describe('quiet, not a silent call: the question answered', () => {
  itAnswersWithout999First([
    ['is brixton open now', /Brixton/],
    ['the station was quiet when i called in yesterday, is lewisham open today', /Lewisham/],
  ]);
});
