/**
 * How long the journey to a counter takes, or the way there ("how long would it take to walk to lewisham police station
 * from catford", "journey time to wembley police station from harrow", "whats the quickest way to get to brixton police
 * station", "where do you get the bus to brixton police station"): the data has no journey times or routes, said
 * first, then the straight-line distance where the resident said (now or before) where they set off, else the address,
 * and TfL's Journey Planner as where to look; never a time. Controls: how far ("how far is lewisham police station from
 * catford") keeps its distance; how long a counter is open, has been open, till it closes and the wait keep their
 * answers; which bus keeps its no-routes answer; where the bot gets its facts stays the service; danger leads with 999.
 * Through the bot.
 */
import { expect } from 'chai';
import { DateTime } from 'luxon';
import { it999FirstAsControls } from './call999First';
import { Conversation, itAnswersFirst, itAnswersLast } from './harness';

const FRIDAY = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });
const NO_TIMES = (counter: string, from: string) => new RegExp(`^I don't have journey times or routes, but \\*\\*${counter} Police Station\\*\\* is about [\\d.]+ km \\([\\d.]+ miles?\\) from ${from} in a straight line`);
const NO_TIMES_AT = (counter: string) => new RegExp(`^I don't have journey times or routes, but \\*\\*${counter} Police Station\\*\\* is at `);
const NO_ROUTES_AT = (counter: string) => new RegExp(`^I don't have bus, Tube or train routes, but \\*\\*${counter} Police Station\\*\\* is at `);

describe('a journey to a counter, said many ways', function () {
  this.timeout(60_000);
  itAnswersFirst(
    [
      ['how long would it take to walk to lewisham police station from catford', NO_TIMES('Lewisham', 'Catford')],
      ['how long to drive to croydon police station from purley', NO_TIMES('Croydon', 'Purley')],
      ['journey time to wembley police station from harrow', NO_TIMES('Wembley', 'Harrow')],
      ['how do i get to lewisham police station from catford', NO_TIMES('Lewisham', 'Catford')],
      ['how long does it take to get to ilford police station', NO_TIMES_AT('Ilford')],
      ['whats the quickest way to get to brixton police station', NO_TIMES_AT('Brixton')],
      ['how many minutes to walk to walworth police station', NO_TIMES_AT('Walworth')],
      ['where do you get the bus to brixton police station', NO_ROUTES_AT('Brixton')],
      ['where do you get the tube for ilford police station', NO_ROUTES_AT('Ilford')],
      ['where is the bus stop for walworth police station', NO_ROUTES_AT('Walworth')],
      ['wheres the tube for brixton police station', NO_ROUTES_AT('Brixton')],
      ['is brixton police station on a bus route', NO_ROUTES_AT('Brixton')],
    ],
    { understood: true, now: FRIDAY },
  );
  itAnswersLast(
    [
      [['im in SE6', 'how long to walk to lewisham police station'], NO_TIMES('Lewisham', 'SE6')],
      [['is croydon open', 'how long would it take from purley'], NO_TIMES('Croydon', 'Purley')],
      [['is croydon open', 'how long to walk'], NO_TIMES_AT('Croydon')],
      [['nearest to SE15', 'how long would it take to walk'], NO_TIMES('Walworth', 'SE15')],
    ],
    FRIDAY,
  );

  it('says where routes and times are found, and never a time', async () => {
    const text = await new Conversation('webchat', FRIDAY).askText('how long would it take to walk to lewisham police station from catford');
    expect(text).to.match(/TfL's Journey Planner \(tfl\.gov\.uk\) gives routes and times/);
    expect(text).to.match(/It is at [^.]+Lewisham/);
    expect(text).to.not.match(/\b\d+ (?:minutes|mins)\b/);
  });

  describe('controls', () => {
    itAnswersFirst(
      [
        ['how far is lewisham police station from catford', /^\*\*Lewisham Police Station\*\* is about 2\.6 km \(1\.6 miles\) from Catford in a straight line/],
        ['how long is brixton open today', /^\*\*Brixton Police Station\*\* is open today, Friday 4 December, 10:00–22:00/],
        ['how long has brixton been open', /^The front counter at \*\*Brixton Police Station\*\* has been open/],
        ['how long till brixton closes', /^In 8 hours: \*\*Brixton Police Station\*\* closes at 22:00 today/],
        ['how long is the wait at brixton police station', /^I don't have information about waiting times/],
        ['which bus goes to charing cross police', NO_ROUTES_AT('Charing Cross')],
        ['where do you get your info from', /^My facts come from \d+ publishers/],
      ],
      { now: FRIDAY },
    );
    it999FirstAsControls(['how long would it take to walk to brixton police station, a man is following me right now with a knife'], FRIDAY);
  });
});
