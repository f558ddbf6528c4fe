/**
 * Something other than the police sought in a place ("things to do in kingston", "best schools in sutton", "whats on at
 * wembley this weekend", "where to watch football in hammersmith"), a council tip asked open ("when does the tip in
 * croydon open"), somewhere to eat near a counter ("good places to eat near lewisham police station"): none of it is
 * known, said so (was: the counter of the place named, its hours, weekend hours or address, or "the nearest front
 * counter is Lewisham, right there"); the nearest of another service with no place after it ("where's the nearest cash
 * machine": was "I couldn't find "cash machine""). Controls: the counter asked beside it is answered; the best counter to report
 * at is still the counter; parking at a counter is still its facilities.
 */
import { DateTime } from 'luxon';
import { itAnswersFirst } from './harness';

const FRIDAY = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });
const CANNOT = /^Sorry, I can't help with that: I only know about London's police front counters\./;
const OTHER_VENUE_HOURS = /^I don't know the opening hours of shops, museums, stadiums or other places/;
const OTHER_SERVICES = /^I don't know where hospitals, cash machines, courts, shops or other services are/;

describe('something else sought in a place, said many ways', function () {
  this.timeout(60_000);
  itAnswersFirst(
    [
      ['things to do in kingston', CANNOT],
      ['best schools in sutton', CANNOT],
      ["what's on at wembley this weekend", CANNOT],
      ['where to watch football in hammersmith', CANNOT],
      ['any good nurseries near bromley', CANNOT],
      ['where can i eat in stratford', CANNOT],
      ['when does the tip in croydon open', OTHER_VENUE_HOURS],
      ['is the council tip in sutton open on sunday', OTHER_VENUE_HOURS],
      ['good places to eat near lewisham police station', OTHER_SERVICES],
      ['any cafes near brixton police station', OTHER_SERVICES],
      // The nearest of another service, no place after it (was: "I couldn't find "cash machine"").
      ["where's the nearest cash machine", OTHER_SERVICES],
      ['closest cashpoint?', OTHER_SERVICES],
      ['nearest pharmacy pls', OTHER_SERVICES],
    ],
    { now: FRIDAY },
  );

  describe('controls', () => {
    itAnswersFirst(
      [
        ['where can i watch the match in croydon, is the police station open', /^Yes, \*\*Croydon Police Station\*\* is open now/],
        ['is there parking near ilford police station', /^I don't have information about waiting times, access, parking or other facilities at \*\*Ilford Police Station\*\*/],
        ['is kingston police station open', /^Yes, \*\*Kingston Police Station\*\* is open now/],
        ['hours at wembley this weekend', /Wembley Police Station/],
        ['nearest police station to my local gp', /^To find the nearest front counter, I need to know where you are\./],
        ['nearest police to the closest hospital', /^To find the nearest front counter, I need to know where you are\./],
        ['my local library closed down, when does ilford open tomorrow', /^\*\*Ilford Police Station\*\* opens at 09:00 tomorrow/],
      ],
      { now: FRIDAY },
    );
  });
});
