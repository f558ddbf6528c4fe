/**
 * "Does Peckham still have a police station?": a place named for its own station, asked whether it still has
 * one, is answered about that station (yes and its hours, or no and when it closed), not with the borough's
 * counters. A borough's name ("is there still a police station in Croydon"), "which one ..." and a place with
 * no station of its name keep their own answers.
 */
import { itAnswersFirst } from './harness';

describe('whether a place still has its own police station', () => {
  describe('answered about the station the place is named for', () => {
    itAnswersFirst(
      [
        ['does peckham still have a police station', /^No, the front counter at \*\*Peckham Police Station\*\* closed/],
        ['is there still a police station in woodford', /^No, the front counter at \*\*Woodford Police Station\*\* closed/],
        ['does brixton still have a police station?', /^Yes, the front counter at \*\*Brixton Police Station\*\* is open/],
        ['has barkingside still got a front desk', /^No, the front counter at \*\*Barkingside Police Station\*\* closed/],
        ['is there still a police counter in wimbledon', /^No, the front counter at \*\*Wimbledon Police Station\*\* closed on 28 February 2026/],
      ],
      { understood: true },
    );
  });

  describe('a borough, "which one", or a place without a station of its name: as before', () => {
    itAnswersFirst(
      [
        ['is there still a police station in croydon', /\*\*Croydon Police Station\*\*/],
        ['does tooting still have a police station', /Tooting/],
        ['what police stations are in brixton', /^Lambeth has one police front counter/],
      ],
      { understood: true },
    );
  });
});
