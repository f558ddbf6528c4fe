/**
 * Whether a counter is the only one in a borough ("is kentish town the only police station in camden", "is it the only
 * one in camden" after Kentish Town, "is stoke newington the only one left in hackney", "is kilburn the only station in
 * brent"): the borough's counters, which say it (was: the counter's state alone, or "Sorry, I can't help with that").
 * Controls: the only 24-hour ones in London keep their answer; danger leads with 999. Through the bot.
 */
import { DateTime } from 'luxon';
import { it999FirstAsControls } from './call999First';
import { itAnswersFirst, itAnswersLast } from './harness';

const FRIDAY = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });

describe('the only counter in a borough, asked, said many ways', function () {
  this.timeout(60_000);
  itAnswersFirst(
    [
      ['is kentish town the only police station in camden', /^Camden has one police front counter: \*\*Kentish Town Police Station\*\*/],
      ['is stoke newington the only one left in hackney', /^Hackney has one police front counter: \*\*Stoke Newington Police Station\*\*/],
      ['is kilburn the only station in brent', /^Brent has one police front counter: \*\*Wembley Police Station\*\*/],
      ['is croydon the only counter open in croydon', /^Croydon has one police front counter: \*\*Croydon Police Station\*\*/],
      ['r u sure walworth is the only police station in southwark', /^Southwark has one police front counter: \*\*Walworth Police Station\*\*/],
    ],
    { now: FRIDAY },
  );
  itAnswersLast([[['is kentish town open', 'is it the only one in camden'], /^Camden has one police front counter: \*\*Kentish Town Police Station\*\*/]], FRIDAY);

  describe('controls', () => {
    itAnswersFirst([['is lewisham the only 24 hour one', /^Only two front counters are open 24 hours a day since 3 March 2026/]], { now: FRIDAY });
    it999FirstAsControls(['is walworth the only station in southwark a man is stabbing people outside'], FRIDAY);
  });
});
