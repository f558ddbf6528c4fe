/**
 * A building whose name has "london" inside it ("the royal london hospital", "university college london hospital") is
 * one name we do not know, so a postcode is asked for (was: "royal" matched to Royalty Studios, a counter in North
 * Kensington, 6 km away). Another service named only as where from, with a nearest asked ("nearest station to the royal
 * london hospital in whitechapel", "closest station to whitechapel tube station", "nearest 24 hour station to the royal
 * london hospital, E1 1BB") asks for the police counter nearest it (was: "I can't help with that"). Controls: a train
 * station or a fire station asked for is still another kind of station; "is royalty studios open" is still that counter.
 */
import { DateTime } from 'luxon';
import { itAnswersFirst } from './harness';

const FRIDAY = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });

describe('a building named with london, or another service as where from, said many ways', function () {
  this.timeout(60_000);
  itAnswersFirst(
    [
      ['nearest police station to royal london hospital', /^I couldn't find "royal[^"]*" among the London places/],
      ['police near university college london hospital', /^I couldn't find "university college[^"]*" among the London places/],
      ['nearest station to the royal london hospital in whitechapel', /^The nearest front counter to Whitechapel is \*\*Bethnal Green Police Station\*\*/],
      ['closest station to whitechapel tube station', /^The nearest front counter to Whitechapel is \*\*Bethnal Green Police Station\*\*/],
      ['nearest 24 hour station to the royal london hospital, E1 1BB', /^The nearest 24-hour front counter to E1 1BB is \*\*Charing Cross Police Station\*\*/],
      ['nearest station to the library in brixton', /^The nearest front counter to Brixton is \*\*Brixton Police Station\*\*/],
    ],
    { understood: true, now: FRIDAY },
  );

  describe('controls', () => {
    itAnswersFirst(
      [
        ['which train station is nearest the hospital', /^Sorry, I can't help with that/],
        ['where is the nearest fire station', /^Sorry, I can't help with that/],
        ['nearest fire station to brixton', /^I don't know where hospitals, cash machines, courts, shops or other services are/],
        ['is royalty studios open', /^No, the front counter at \*\*Royalty Studios police front counter \(North Kensington\)\*\* closed on 28 February 2026/],
      ],
      { now: FRIDAY },
    );
  });
});
