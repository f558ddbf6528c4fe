/**
 * Whether the bot can see where the resident is ("can you see my location", "do you know where i am", "do you track
 * me", "are you tracking my phone"): No first (the chat page forbids the browser's location; only a place or postcode
 * typed is known), with how to give one. Controls: what the bot keeps stays the privacy answer; where a counter is asked
 * as "do you know where ... is" is its address; someone else tracking the resident now leads with 999. Through the bot.
 */
import { DateTime } from 'luxon';
import { it999FirstAsControls } from './call999First';
import { itAnswersFirst } from './harness';

const FRIDAY = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });
const CANNOT_SEE = /^No: I can't see your location\. I only know a place or postcode you type/;

describe('where the resident is, seen by the bot, said many ways', function () {
  this.timeout(60_000);
  itAnswersFirst(
    [
      ['can you see my location', CANNOT_SEE],
      ['do you know where i am', CANNOT_SEE],
      ['do you track me', CANNOT_SEE],
      ['are you tracking my phone', CANNOT_SEE],
      ['can this app see where i live', CANNOT_SEE],
      ['does stationdesk use my location', CANNOT_SEE],
      ['can u get my gps', CANNOT_SEE],
    ],
    { understood: true, now: FRIDAY },
  );
  describe('controls', () => {
    itAnswersFirst(
      [
        ['do you keep my messages', /^I keep only what this conversation needs/],
        ['do you know where brixton police station is', /^\*\*Brixton Police Station\*\*: 367 Brixton Road/],
      ],
      { now: FRIDAY },
    );
    it999FirstAsControls(['he is tracking my phone and following me right now'], FRIDAY);
  });
});
