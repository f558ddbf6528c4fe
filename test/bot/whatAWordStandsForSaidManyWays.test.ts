/**
 * What a word or letters stand for, asked ("what's bt short for", "what does the met stand for"): said plainly that the
 * bot only knows London's front counters, never read as a place ("stand" fuzzy-matched the Strand and answered Charing Cross). Controls: danger said
 * with "stand for" leads with 999, the Strand and Charing Cross asked keep their answers, "what is a front counter"
 * keeps its own. Letters the police go by (PCSO, MOPAC, CPS) are answered from the data or said not known: see
 * policeLettersAskedSaidManyWays.test.ts.
 */
import { describe } from 'mocha';
import { itAnswersFirst } from './harness';

const PLAINLY = /^Sorry, I can't help with that: I only know about London's police front counters\.$/;

describe('what a word stands for: said plainly, never a place', function () {
  this.timeout(60_000);
  itAnswersFirst([
    ["what's bt short for", PLAINLY],
    ['what does the met stand for', PLAINLY],
    ['what does lol stand for', PLAINLY],
    ['wat does nhs stand 4', PLAINLY],
  ]);
});

describe('the controls: danger, the Strand, a front counter', function () {
  this.timeout(60_000);
  itAnswersFirst([
    ['i cant stand for this any more hes hitting me', /^\*\*Call 999 now\*\*/],
    ['where is the strand', /^\*\*Charing Cross Police Station\*\*: Agar Street, Strand/],
    ['is charing cross open', /^Yes, \*\*Charing Cross Police Station\*\* is open now/],
    ['what is a front counter', /^A front counter \(front desk\) is the public desk/],
  ]);
});
