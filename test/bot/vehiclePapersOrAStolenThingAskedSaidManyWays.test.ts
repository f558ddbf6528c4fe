/**
 * A vehicle's papers to bring ("do i need to bring proof of insurance", "i have to take my insurance certificate to the
 * police station"): presenting documents, what counters are for, not "can't help"; with a counter named, that counter (as
 * for any errand there). And a stolen thing to be tracked by the bot ("can you track my stolen phone"): the police-work decline
 * (with how to report it), not what the bot keeps about the resident. Controls: bringing a dog or children keep their answers; ID is the ID answer.
 * Through the bot.
 */
import { DateTime } from 'luxon';
import { itAnswersFirst } from './harness';

const FRIDAY = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });
const DOCUMENTS = /^You can do that at a police front counter: presenting documents is one of the things people go there for\./;

describe('vehicle papers or a stolen thing asked, said many ways', function () {
  this.timeout(60_000);
  itAnswersFirst(
    [
      ['do i need to bring proof of insurance', DOCUMENTS],
      ['i have to take my insurance certificate to the police station', DOCUMENTS],
      ['where do i show proof of insurance', DOCUMENTS],
      ['do i need to bring proof of insurance to brixton', /^Presenting documents is one of the things people go to a police front counter for, and Brixton's \(\*\*Brixton Police Station\*\*\) is open/],
      ['can you track my stolen phone', /^I can't track or trace anything/],
      ['can u trace my nicked bike', /^I can't track or trace anything/],
    ],
    { understood: true, now: FRIDAY },
  );

  describe('controls', () => {
    itAnswersFirst(
      [
        ['can i bring my dog', /^My sources have no information about waiting times, parking, toilets, access or other facilities/],
        ['can i bring my kids to brixton', /^My sources don't say who may come with you to a front counter\./],
        ['do i need to bring id', /^My sources don't say whether you need to show ID at a front counter\./],
      ],
      { now: FRIDAY },
    );
  });
});
