/**
 * Where a counter is, asked inside another question ("do you know where brixton police station is", "can you tell me
 * where ilford police station is", "show me where the walworth nick is"): its address first (was: its hours, or nothing
 * understood). Controls: the nearest asked so ("do you know where the nearest station is to SE15") stays the nearest;
 * "do you know where i can report a crime" stays how to report; "do you know where i am" is what the bot can see.
 * Through the bot.
 */
import { DateTime } from 'luxon';
import { itAnswersFirst } from './harness';

const FRIDAY = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });

describe('a counter asked where it is in passing, said many ways', function () {
  this.timeout(60_000);
  itAnswersFirst(
    [
      ['do you know where brixton police station is', /^\*\*Brixton Police Station\*\*: 367 Brixton Road/],
      ['can you tell me where ilford police station is', /^\*\*Ilford Police Station\*\*: 270-294 High Road/],
      ['show me where the walworth police station is', /^\*\*Walworth Police Station\*\*: 12-28 Manor Place/],
      ['do u know where croydon police station is', /^\*\*Croydon Police Station\*\*: 71 Park Lane/],
      ['tell us where lewisham police station is please', /^\*\*Lewisham Police Station\*\*: 43 Lewisham High Street/],
      ['does anyone know where stratford police station is', /^\*\*Stratford Police Station\*\*:/],
    ],
    { understood: true, now: FRIDAY },
  );
  describe('controls', () => {
    itAnswersFirst(
      [
        ['do you know where the nearest station is to SE15', /^The nearest front counter to SE15 is \*\*Walworth Police Station\*\*/],
        ['do you know where i can report a crime', /^To report a crime that is not an emergency: call 101/],
        ['do you know where i am', /^No: I can't see your location/],
      ],
      { now: FRIDAY },
    );
  });
});
