/**
 * Danger typed with letters left out or a doubled letter single ("sum1 brkin in2 my hous", "stabing outside tesco",
 * "shoting on my road rn"): Call 999 now first. Controls: "hous" in a question of hours keeps its hours answer.
 */
import { itAnswersWithout999First, itCalls999First } from './call999First';

describe('danger typed with letters left out, many ways: Call 999 now first', () => {
  itCalls999First([
    'plz hlp sum1 brkin in2 my hous',
    'sum1 brking in2 my car',
    'stabing outside tesco',
    'shoting on my road rn',
    'sum1 is brekin in2 our huse',
    'theres a stabing at the bus stop',
  ]);
});

describe('"hous" asked of hours: the hours, no 999 first', () => {
  itAnswersWithout999First([
    ['wat r ur hous on sunday for brixton', /Brixton/],
    ['is the brixton hous open', /Brixton/],
  ]);
});
