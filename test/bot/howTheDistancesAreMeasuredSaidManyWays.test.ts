/**
 * How the bot's distances are measured ("are the distances by road", "how accurate are the distances", "how do you
 * work out the distances", "is that as the crow flies" after a distance): straight lines between two points, not by
 * road, said first, a postcode district measured from its middle (was: nothing understood, or how fresh the facts
 * are). Controls: a distance asked keeps its answer; how fresh the hours are stays freshness; danger leads with 999.
 * Through the bot.
 */
import { DateTime } from 'luxon';
import { it999FirstAsControls } from './call999First';
import { itAnswersFirst, itAnswersLast } from './harness';

const FRIDAY = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });
const STRAIGHT_LINES = /^My distances are straight lines between two points, not by road or on foot/;

describe('how the distances are measured, said many ways', function () {
  this.timeout(60_000);
  itAnswersFirst(
    [
      ['are the distances by road', STRAIGHT_LINES],
      ['how accurate are the distances', STRAIGHT_LINES],
      ['how do you work out the distances', STRAIGHT_LINES],
      ['is that distance walking or as the crow flies', STRAIGHT_LINES],
      ['are your distances driving', STRAIGHT_LINES],
      ['how are the distances calculated', STRAIGHT_LINES],
      ['are those miles accurate', STRAIGHT_LINES],
    ],
    { understood: true, now: FRIDAY },
  );
  itAnswersLast([[['how far is brixton from SW2', 'is that as the crow flies'], STRAIGHT_LINES]], FRIDAY);
  describe('controls', () => {
    itAnswersFirst(
      [
        ['how far is brixton from SW2', /^\*\*Brixton Police Station\*\* is about 1\.8 km \(1\.1 miles\) from SW2 in a straight line/],
        ['are the hours accurate', /^My information was last checked on 4 December 2026/],
      ],
      { now: FRIDAY },
    );
    it999FirstAsControls(['are the distances by road? someone is breaking into my car right now'], FRIDAY);
  });
});
