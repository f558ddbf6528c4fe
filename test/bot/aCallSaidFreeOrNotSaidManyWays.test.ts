/**
 * Whether a call is free, said of the number as a phone types it ("is 101 a free call", "is 999 a freephone number",
 * "101 free to call?", "101 free?", "do u get charged for calling 101"): that the sources do not say what the call costs,
 * first, then the route (was: the 101 reply alone, the cost unanswered). Controls: what 101 is and whether it runs all
 * day keep the 101 reply; "is crimestoppers free" keeps its answer.
 */
import { itAnswersFirst, itAnswersLast } from './harness';

const NOT_SAID = (n: string) => new RegExp(`^My sources don't say what a call to ${n} costs\\.$`);
const ROUTE_101 = /^If it is not an emergency: call 101, or report online at met\.police\.uk\. Both run 24\/7\./;

describe('a call said free or not, said many ways', function () {
  this.timeout(60_000);
  itAnswersFirst(
    [
      ['is 101 a free call', NOT_SAID('101')],
      ['is 999 a freephone number', NOT_SAID('999')],
      ['101 free to call?', NOT_SAID('101')],
      ['101 free?', NOT_SAID('101')],
      ['do u get charged for calling 101', NOT_SAID('101')],
      ['is the non emergency number a free call', NOT_SAID('101')],
    ],
    { understood: true },
  );
  itAnswersLast([[['whats the non emergency number', 'is 101 a free call'], NOT_SAID('101')]]);

  describe('controls', () => {
    itAnswersFirst([
      ['whats 101', ROUTE_101],
      ['is 101 open 24 hours', ROUTE_101],
      ['is crimestoppers free', /^My sources don't say what a call to Crimestoppers \(0800 555 111\) costs\./],
      ['what number is non emergency', ROUTE_101],
    ]);
  });
});
