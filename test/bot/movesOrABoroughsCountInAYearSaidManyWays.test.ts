/**
 * The past asked of a year, many ways, through the real bot: the counters that moved in it ("which counters moved in
 * 2020": those whose desk went to another then, a year said being the calendar year; none, said so, with how many the
 * sources record at any time), and a borough's count in a year asked "how many" with no plan named ("how many counters
 * were there in westminster in 2018": the count then, not what the 2017 plan did there). Controls keep their answers.
 */
import { itAnswersFirst } from './harness';

describe('the counters that moved in a year, said many ways: those of that year first', () => {
  itAnswersFirst([
    ['which counters moved in 2020', /^My sources record three front counters whose desk moved to another counter when they closed in 2020: \*\*Shepherd's Bush\*\* moved to \*\*Hammersmith\*\*/],
    ['did any stations move in 2017', /^Yes: my sources record one front counter whose desk moved to another counter when it closed in 2017: \*\*Uxbridge \(Hillingdon\)\*\* moved to \*\*Hayes\*\* on 14 December 2017/],
    ['which counters moved in 2019', /^My sources record no front counter whose desk moved to another when it closed in 2019\.$/],
    ['which stations moved in 2026', /^My sources record no front counter whose desk moved to another when it closed in 2026\.$/],
    ['which counters moved in december 2017', /^My sources record one front counter whose desk moved to another counter when it closed in December 2017:/],
  ]);
});

describe('a borough\'s count in a year asked "how many", said many ways: the count then', () => {
  itAnswersFirst([
    ['how many counters were there in westminster in 2018', /^\*\*Westminster\*\* had two police front counters open on 1 July 2018 \(the middle of 2018\): \*\*Charing Cross Police Station\*\* and \*\*Paddington Green Police Station\*\*\.$/],
    ['how many stations did westminster have in 2018', /^\*\*Westminster\*\* had two police front counters open on 1 July 2018/],
  ]);
});

describe('near moves and counts in a year: their own answers, as before', () => {
  itAnswersFirst([
    ['which counters moved', /^My sources record nine front counters whose desk moved to another counter when they closed:$/],
    ['what did the 2017 strategy do to hounslow', /^Under the 2017 Public Access Strategy \(MOPAC\), in \*\*Hounslow\*\*: Chiswick closed on 14 December 2017/],
    ['how many did the 2017 plan close in lambeth', /^Under the 2017 Public Access Strategy \(MOPAC\), in \*\*Lambeth\*\*:/],
    ['which stations closed in 2017', /^36 front counters closed in 2017 under the 2017 Public Access Strategy \(MOPAC\):$/],
  ]);
});
