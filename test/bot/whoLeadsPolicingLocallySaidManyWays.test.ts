/**
 * Who leads policing in a borough or at a station ("who is the borough commander for hackney", "whos in charge of
 * brixton police station", "who runs lewisham police", "who's the boss at croydon nick"): the data names no one, so that
 * is said, and where to check (was: the borough's or the counter's hours). Controls: the Met's own leader is the Met as
 * a whole; who runs the bot is the bot; the officer on one's case is not this.
 */
import { DateTime } from 'luxon';
import { itAnswersFirst } from './harness';

const FRIDAY = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });
const NO_NAMES = /^My sources don't name who leads policing in a borough or at a station: they are about front counters\. Check met\.police\.uk or call 101\./;

describe('who leads policing locally, said many ways', function () {
  this.timeout(60_000);
  itAnswersFirst(
    [
      ['who is the borough commander for hackney', NO_NAMES],
      ["who's in charge of brixton police station", NO_NAMES],
      ['who runs lewisham police', NO_NAMES],
      ['who is the superintendent at croydon', NO_NAMES],
      ["who's the boss at croydon nick", NO_NAMES],
      ['who runs the front counter at brixton', NO_NAMES],
    ],
    { understood: true, now: FRIDAY },
  );

  describe('controls', () => {
    itAnswersFirst(
      [
        ['who is the met commissioner', /^My sources don't cover the Met as a whole/],
        ['who runs the met', /^My sources don't cover the Met as a whole/],
        ['who runs this bot', /^I'm StationDesk, an open-source chatbot/],
      ],
      { now: FRIDAY },
    );
  });
});
