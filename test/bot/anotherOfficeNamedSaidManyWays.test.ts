/**
 * Another office named, not the police's ("where is the immigration office", "wheres the nearest register office", "is
 * the immigration office in croydon open today", "passport office in brixton hours"): out of scope, said plainly, not
 * "I couldn't find 'immigration'" as if it were a place to look up, nor Croydon's police counter as if it had been asked.
 * Controls: a police office or a counter named with "office" ("where is the police office in brixton", "is the croydon
 * office open") is still that counter; a counter asked with another office said beside it is still the counter; danger
 * at the office leads with 999.
 */
import { DateTime } from 'luxon';
import { it999FirstAsControls } from './call999First';
import { itAnswersFirst } from './harness';

const FRIDAY = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });
const OUT_OF_SCOPE = /^(?:Sorry, I can't help with that|I can't help with [^:]+, and I don't (?:know|have) [^:]+): I only know about London's police front counters\./;

describe('another office named, said many ways', function () {
  this.timeout(60_000);
  itAnswersFirst(
    [
      ['where is the immigration office', OUT_OF_SCOPE],
      ['immigration office near me', OUT_OF_SCOPE],
      ['wheres the nearest register office', OUT_OF_SCOPE],
      ['is the registry office open on saturday', OUT_OF_SCOPE],
      ['where is the sorting office in croydon', OUT_OF_SCOPE],
      ['is the immigration office in croydon open today', OUT_OF_SCOPE],
      ['passport office in brixton hours', OUT_OF_SCOPE],
      ['when does the post office in lewisham close', OUT_OF_SCOPE],
      ['is the council office in ilford open now', OUT_OF_SCOPE],
    ],
    { now: FRIDAY },
  );

  describe('controls', () => {
    itAnswersFirst(
      [
        ['where is the police office in brixton', /^\*\*Brixton Police Station\*\*: 367 Brixton Road/],
        ['is the croydon office open', /^Yes, \*\*Croydon Police Station\*\* is open now/],
        ['is walworth police station open', /^Yes, \*\*Walworth Police Station\*\* is open now/],
        ['is croydon open today', /Croydon Police Station\*\* is open today/],
      ],
      { now: FRIDAY },
    );
    it999FirstAsControls(['there is a man with a knife at the immigration office'], FRIDAY);
  });
});
