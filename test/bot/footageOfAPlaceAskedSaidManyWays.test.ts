/**
 * CCTV or footage "from outside" a counter or a home asked for ("can i get a copy of the cctv from outside brixton police
 * station", "how do i request footage from outside lewisham police station"): the footage decline, not the counter's hours
 * nor the danger net ("outside" here is where it was filmed, not someone there). Controls: someone outside, told before or
 * beside the footage, still leads with 999. Through the bot.
 */
import { DateTime } from 'luxon';
import { it999FirstAsControls } from './call999First';
import { itAnswersFirst } from './harness';

const FRIDAY = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });
const FOOTAGE = /^I can't get or look at CCTV or other footage\./;

describe('footage of a place asked, said many ways', function () {
  this.timeout(60_000);
  itAnswersFirst(
    [
      ['can i get a copy of the cctv from outside brixton police station', FOOTAGE],
      ['how do i request footage from outside lewisham police station', FOOTAGE],
      ['can i get the cctv from outside my house', FOOTAGE],
      ['can i see the camera footage from outside croydon station', FOOTAGE],
      ['how do i get the cctv from outside walworth police station', FOOTAGE],
    ],
    { understood: true, now: FRIDAY },
  );

  describe('controls', () => {
    itAnswersFirst([['can i get a copy of the cctv', FOOTAGE]], { now: FRIDAY });
    it999FirstAsControls(['theres a man outside my house can i get the cctv', "he's outside right now, can i get the cctv from outside", 'someone is outside my door'], FRIDAY);
  });
});
