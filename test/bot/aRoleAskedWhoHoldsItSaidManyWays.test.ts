/**
 * Who holds a role ("who is the mayor of london", "who is the chief superintendent"): not a place we do not know
 * ("I couldn't find commissioner"), but a question the bot does not answer, said plainly. Controls: a counter named with
 * a role keeps that counter's answer.
 */
import { DateTime } from 'luxon';
import { itAnswersFirst, NOT_UNDERSTOOD } from './harness';

const FRIDAY = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });

describe('who holds a role: not a place, a question the bot does not answer', function () {
  this.timeout(60_000);
  itAnswersFirst(
    [
      // The Met's own commissioner is the Met itself asked about: that the sources don't cover it, first
      // (theMetItselfAskedSaidManyWays).
      ['whos the met commissioner', /^My sources don't cover the Met as a whole/],
      ['who is the mayor of london', NOT_UNDERSTOOD],
      ['is the commissioner in charge of closures', NOT_UNDERSTOOD],
      ['name of the police commissioner?', NOT_UNDERSTOOD],
      // A local police leader: that the sources name no one (whoLeadsPolicingLocallySaidManyWays).
      ['who is the chief superintendent', /^My sources don't name who leads policing in a borough or at a station/],
      ['whats the detective called', NOT_UNDERSTOOD],
    ],
    { now: FRIDAY },
  );
});

describe('controls: a counter named with a role', function () {
  this.timeout(60_000);
  itAnswersFirst([['who is the inspector at brixton', /Brixton Police Station/]], { now: FRIDAY });
});
