/**
 * How far apart two counters are, asked "apart" or "between" ("how far apart are brixton and walworth", "distance between
 * brixton and walworth"): the straight-line distance of the second from the first, as for "how far is brixton from
 * walworth", never "Sorry, I can't help with that". Controls: "from", "which is nearer" and one counter with no place keep
 * their answers. Through the bot.
 */
import { DateTime } from 'luxon';
import { describe } from 'mocha';
import { itAnswersFirst } from './harness';

/** Friday 4 December 2026, 14:00 in London. */
const NOW = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });

const BRIXTON_FROM_WALWORTH = /^\*\*Brixton Police Station\*\* is about 2\.9 km \(1\.8 miles\) from Walworth in a straight line \(not the distance by road\)/;

describe('how far apart two counters are, said many ways', () => {
  describe('the distance of the second from the first', () => {
    itAnswersFirst(
      [
        ['how far apart are brixton and walworth', BRIXTON_FROM_WALWORTH],
        ['distance between brixton and walworth', BRIXTON_FROM_WALWORTH],
        ['how far between lewisham and brixton', /^\*\*Lewisham Police Station\*\* is about 7\.2 km \(4\.4 miles\) from Brixton in a straight line/],
        ['how far apart are ilford and romford police stations', /^\*\*Ilford Police Station\*\* is about 7\.7 km \(4\.8 miles\) from Romford Police Station in a straight line/],
        ['whats the distance between croydon and sutton', /^\*\*Croydon Police Station\*\* is about 6\.7 km \(4\.2 miles\) from Sutton in a straight line/],
        ['how far is it between charing cross and lewisham', /^\*\*Charing Cross Police Station\*\* is about 9\.5 km \(5\.9 miles\) from Lewisham in a straight line/],
      ],
      { now: NOW, understood: true },
    );
  });

  describe('controls: from, which is nearer, one counter', () => {
    itAnswersFirst(
      [
        ['how far is brixton from walworth', BRIXTON_FROM_WALWORTH],
        ['which is nearer to brixton, walworth or lavender hill', /^Of the two, \*\*Walworth\*\* is nearer to Brixton: about 2\.9 km/],
        ['how far is brixton', /^To say how far \*\*Brixton Police Station\*\* is from you, I need to know where you are\.$/],
      ],
      { now: NOW },
    );
  });
});
