/**
 * A name several places share, said with a word that only says which part of it ("nearest police to dulwich village",
 * "norwood town centre", "dulwich area police station"): the bot asks which of the places of that name, listing them,
 * as it does for the name alone. Before, "dulwich village" was a name it did not know ("I couldn't find ...") and
 * "norwood area whats open now" lost the place and listed all London. Controls: a name one place has keeps it ("highgate
 * village", "croydon town centre", "the brixton area"); a district said with it decides ("dulwich village se21"); "my
 * area" names no place; danger still leads with 999.
 */
import { DateTime } from 'luxon';
import { it999FirstAsControls } from './call999First';
import { itAnswersFirst, itAnswersLast } from './harness';

const FRIDAY = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });
const WHICH_DULWICH = /^Did you mean East Dulwich, North Dulwich or West Dulwich\?/;
const WHICH_NORWOOD = /^Did you mean South Norwood, Upper Norwood or West Norwood\?/;

describe('a name several places share, said with which part of it, said many ways', function () {
  this.timeout(60_000);
  itAnswersFirst(
    [
      ['nearest police to dulwich village', WHICH_DULWICH],
      ['im in dulwich village whats open now', WHICH_DULWICH],
      ['nearest 24 hour police to dulwich village', WHICH_DULWICH],
      ['dulwich area police station', WHICH_DULWICH],
      ['the dulwich area nearest police', WHICH_DULWICH],
      ['nearest police to norwood town centre', WHICH_NORWOOD],
      ['norwood area whats open now', WHICH_NORWOOD],
    ],
    { understood: true, now: FRIDAY },
  );

  describe('follow-ups', () => {
    itAnswersLast(
      [
        [['nearest police to dulwich village', 'east'], /^The nearest front counter to East Dulwich is \*\*Brixton Police Station\*\*/],
        [['norwood area whats open now', 'west norwood'], /^The nearest front counter open now to West Norwood is \*\*/],
      ],
      FRIDAY,
    );
  });

  describe('controls', () => {
    itAnswersFirst(
      [
        ['nearest police to highgate village', /^The nearest front counter to Highgate is \*\*Kentish Town Police Station\*\*/],
        ['nearest police to croydon town centre', /^The nearest front counter to Croydon is \*\*Croydon Police Station\*\*/],
        ['im in the brixton area whats open', /^The nearest front counter open now to Brixton is \*\*Brixton Police Station\*\*/],
        ['nearest police to dulwich village se21', /^The nearest front counter to SE21 is \*\*Brixton Police Station\*\*/],
        ['nearest police to dulwich', WHICH_DULWICH],
        ['whats the nearest police in my area', /^To find the nearest front counter, I need to know where you are\./],
        ['police near wood area', /^Did you mean Woodford or Wood Green\?/],
      ],
      { now: FRIDAY },
    );
    it999FirstAsControls(['someone is being stabbed in dulwich village right now'], FRIDAY);
  });
});
