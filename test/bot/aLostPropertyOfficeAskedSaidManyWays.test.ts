/**
 * A lost property office asked ("where is the lost property office", "tfl lost property", "whats the number for tube lost
 * property"): the first sentence says the bot cannot look up lost property
 * and does not know where lost property offices are, then where to look (tfl.gov.uk for the Tube and buses) and
 * that counters take lost property too. It was "You can do that at a police front counter" as though the office asked
 * were a counter. Controls: lost property at a counter named, or a thing lost (on a bus too), keeps the counter's
 * answer; a search asked of the bot keeps its decline; someone left on a bus is not a thing. Through the bot.
 */
import { DateTime } from 'luxon';
import { itAnswersFirst } from './harness';

const FRIDAY = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });
const OFFICE = /^I can't look up lost property, and I don't know where lost property offices are: .* check tfl\.gov\.uk\./;

describe('a lost property office asked, said many ways', function () {
  this.timeout(60_000);
  itAnswersFirst(
    [
      ['where is the lost property office', OFFICE],
      ['tfl lost property office where', OFFICE],
      ['whats the number for tube lost property', OFFICE],
      ['lost property number for the buses', OFFICE],
      ['is there a lost property department near me', OFFICE],
      ['transport for london lost property', OFFICE],
    ],
    { understood: true, now: FRIDAY },
  );

  describe('controls', () => {
    itAnswersFirst(
      [
        ['can i hand in lost property at brixton police station', /^Yes: leaving or collecting lost property is one of the things people go to a police front counter for, and Brixton's/],
        ['i lost my wallet', /^You can do that at a police front counter/],
        ['i lost my phone on the bus', /^You can do that at a police front counter/],
        ['i left my bag on the tube can you find it', /^I can't look up, log or collect lost property\.$/],
        ['i left my son on the bus', /^(?!I can't look up lost property)/],
      ],
      { now: FRIDAY },
    );
  });
});
