/**
 * A walk or journey to a counter from a stop or landmark the bot cannot place ("whats the walk from brixton tube to the
 * police station", "how far is lewisham police station from the dlr", "is brixton police station walking distance from
 * the tube", "how long is the walk from the bus stop to walworth police station", "how far is it from the tube" after a
 * counter): no journey times or routes, the counter's address, and TfL's Journey Planner, first (was: its hours, a
 * question of where the resident is, or can't help). Controls: a place the bot can place is still measured ("how far is
 * croydon police station from east croydon station", "... from SW2", "... from catford"); a distance with nowhere given
 * still asks where the resident is; routes by bus keep their answer; danger leads with 999. Through the bot.
 */
import { DateTime } from 'luxon';
import { it999FirstAsControls } from './call999First';
import { itAnswersFirst, itAnswersLast } from './harness';

const FRIDAY = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });
const NO_ROUTES = (counter: string, address: string) =>
  new RegExp(`^I don't have journey times or routes, but \\*\\*${counter}\\*\\* is at ${address}\\.$`);
const BRIXTON = NO_ROUTES('Brixton Police Station', '367 Brixton Road, Brixton SW9 7DD');
const LEWISHAM = NO_ROUTES('Lewisham Police Station', '43 Lewisham High Street, Lewisham SE13 5JZ');

describe('a walk from a stop to a counter, said many ways', function () {
  this.timeout(60_000);
  itAnswersFirst(
    [
      ['whats the walk from brixton tube to the police station', BRIXTON],
      ['how far is lewisham police station from the dlr', LEWISHAM],
      ['how far is brixton police station from brixton station', BRIXTON],
      ['how far is brixton police station from brixton tube?', BRIXTON],
      ['is brixton police station walking distance from the tube', BRIXTON],
      ['hows the walk from lewisham dlr to lewisham police station', LEWISHAM],
      ['how long is the walk from the bus stop to walworth police station', NO_ROUTES('Walworth Police Station', '12-28 Manor Place, Walworth SE17 3BB')],
      ['is it a long walk from the station to ilford police station', NO_ROUTES('Ilford Police Station', '270-294 High Road, Ilford IG1 1GT')],
    ],
    { understood: true, now: FRIDAY },
  );
  itAnswersLast(
    [
      [['is brixton open now?', 'how far is it from the tube'], BRIXTON],
      [['is brixton open now?', 'is it a long walk from the station'], BRIXTON],
      [['is lewisham open', 'hows the walk from the dlr'], LEWISHAM],
    ],
    FRIDAY,
  );

  describe('controls', () => {
    itAnswersFirst(
      [
        ['how far is croydon police station from east croydon station', /^\*\*Croydon Police Station\*\* is about 0\.6 km \(0\.3 miles\) from East Croydon in a straight line/],
        ['how far is brixton police station from SW2', /^\*\*Brixton Police Station\*\* is about 1\.8 km \(1\.1 miles\) from SW2 in a straight line/],
        ['how long would it take to walk to lewisham police station from catford', /^I don't have journey times or routes, but \*\*Lewisham Police Station\*\* is about 2\.6 km \(1\.6 miles\) from Catford in a straight line/],
        ['how far is lewisham police station', /^To say how far \*\*Lewisham Police Station\*\* is from you, I need to know where you are\./],
        ['what bus goes to lewisham police station', /^I don't have bus, Tube or train routes, but \*\*Lewisham Police Station\*\* is at 43 Lewisham High Street/],
      ],
      { now: FRIDAY },
    );
    it999FirstAsControls(['how far is brixton police station from the tube, a man is following me with a knife'], FRIDAY);
  });
});
