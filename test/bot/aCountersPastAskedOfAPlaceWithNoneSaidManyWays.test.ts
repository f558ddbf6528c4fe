/**
 * A counter's closing (or its past) asked of a place that has none in the data ("when did woolwich close its front
 * counter", "when did soho lose its police station", "was woolwich open in 2015") first says the sources have no counter
 * called so, then the nearest (was: the nearest alone, as if Plumstead had been asked about, or Soho's nearest open now
 * with the closing never read). "Lose its police station / front counter / nick" asks when it closed. Controls: a counter
 * of the name is answered ("when did catford lose its nick", "what year did peckham lose its front counter"); losing 24
 * hours is the hours' change; a closed counter inside a place's name is still said ("new barnet").
 */
import { DateTime } from 'luxon';
import { itAnswersFirst } from './harness';

const FRIDAY = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });

describe("a counter's past asked of a place with none, said many ways", function () {
  this.timeout(60_000);
  itAnswersFirst(
    [
      ['when did woolwich close its front counter', /^My sources have no police front counter called Woolwich\. The nearest open front counter to Woolwich is \*\*Plumstead Police Station\*\*/],
      ['was woolwich open in 2015', /^My sources have no police front counter called Woolwich\./],
      ['when did soho lose its police station', /^My sources have no police front counter called Soho\. The nearest open front counter to Soho is \*\*Charing Cross Police Station\*\*/],
      ['what year did soho lose its front desk', /^My sources have no police front counter called Soho\./],
      ['when did woolwich shut its police station', /^My sources have no police front counter called Woolwich\./],
    ],
    { understood: true, now: FRIDAY },
  );

  describe('controls', () => {
    itAnswersFirst(
      [
        ['when did catford lose its nick', /^The front counter at \*\*Catford Police Station\*\* closed on 14 December 2017/],
        ['what year did peckham lose its front counter', /^The front counter at \*\*Peckham Police Station\*\* closed on 14 December 2017/],
        ['when did brixton lose its 24 hour counter', /^The hours of the front counter at \*\*Brixton Police Station\*\* last changed on 3 March 2026/],
        ['when did new barnet close', /^My sources have no police front counter called New Barnet\. \*\*Barnet Police Station\*\*, about 1\.6 km \(1 mile\) from New Barnet, is closed/],
        ['when did brixton close', /^The front counter at \*\*Brixton Police Station\*\* has not closed/],
      ],
      { now: FRIDAY },
    );
  });
});
