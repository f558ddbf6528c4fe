/**
 * A story of something else, then a question begun with "now" ("just watched a heist film, now curious which police
 * desk is open 24 hours", "now wondering ...") or asking only of a place ("writing a murder mystery for a school play,
 * where would a detective go to in Hackney", "my cat knocked my tea over, what about hackney"): the question read on
 * its own (was: can't help). The police asked where they are based in a place ("where are the police based in
 * hackney") is that place's counter, not a wait for officers called (was: 999 as a condition). Controls: a story that
 * points back ("a robbery in ilford, is the police station there open") is read whole as before; waiting for the police called still leads with 999.
 */
import { it999FirstAsControls } from './call999First';
import { DateTime } from 'luxon';
import { itAnswersFirst } from './harness';

const FRIDAY = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });

const TWENTY_FOUR = /^Only two front counters are open 24 hours a day since 3 March 2026: \*\*Lewisham\*\* and \*\*Charing Cross\*\*\./;
const HACKNEYS = /^Hackney has one police front counter: \*\*Stoke Newington Police Station\*\*/;

describe('a question after a story, begun with now or of a place, said many ways', function () {
  this.timeout(60_000);
  itAnswersFirst(
    [
      ['just watched a heist film, now curious which police desk is open 24 hours', TWENTY_FOUR],
      ['saw a bank job film, and now wondering which stations are open all night', TWENTY_FOUR],
      ['binged a true crime series, so now im curious which counters are open round the clock', TWENTY_FOUR],
      ['writing a murder mystery for a school play, where would a detective go to in Hackney', HACKNEYS],
      ['my cat knocked my tea over, what about hackney', HACKNEYS],
      ['where are the police based in hackney', /Stoke Newington Police Station/],
      ['where are the police located in croydon', /Croydon Police Station/],
    ],
    { understood: true },
  );

  describe('controls', () => {
    itAnswersFirst([['there was a robbery in ilford last year, is the police station there open', /^Yes, \*\*Ilford Police Station\*\* is open/]], { now: FRIDAY });
    it999FirstAsControls(['where are the police i called', 'where are the police, its been an hour']);
  });
});
