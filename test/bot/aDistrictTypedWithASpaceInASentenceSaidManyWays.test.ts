/**
 * A two-letter London postcode district typed with a space inside it, in a sentence ("nearest police to se 5", "im in
 * sw 9 whats open", "ruskin park se 5"): the district, as when it is the whole message. Before, "se" or "sw" was a
 * name not known ("I couldn't find "se"") and "ruskin park se 5" quoted "ruskin park se". Controls: the district alone
 * still answers; a lone letter ("n 16") is left alone; numbers that are times ("im in brixton at 10") are unchanged.
 */
import { DateTime } from 'luxon';
import { itAnswersFirst, itAnswersLast } from './harness';

const FRIDAY = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });

describe('a district typed with a space in a sentence, said many ways', function () {
  this.timeout(60_000);
  itAnswersFirst(
    [
      ['nearest police to se 5', /^The nearest front counter to SE5 is \*\*Walworth Police Station\*\*/],
      ['im in sw 9 whats open', /^The nearest front counter open now to SW9 is \*\*Brixton Police Station\*\*/],
      ['police station near nw 10', /^The nearest front counter to NW10 is \*\*Acton Police Station\*\*/],
      ['nearest police to ruskin park se 5', /^The nearest front counter to SE5 is \*\*Walworth Police Station\*\*/],
      ['24 hour police near SE 13', /^The nearest 24-hour front counter to SE13 is \*\*Lewisham Police Station\*\*/],
    ],
    { understood: true, now: FRIDAY },
  );

  describe('follow-ups', () => {
    itAnswersLast([[['whats the nearest police station', 'im in sw 9'], /^The nearest front counter to SW9 is \*\*Brixton Police Station\*\*/]], FRIDAY);
  });

  describe('controls', () => {
    itAnswersFirst(
      [
        ['se 15', /^The nearest front counter open now to \*\*SE15\*\* is \*\*Walworth Police Station\*\*/],
        ['im in brixton at 10', /Brixton Police Station/],
        ['see you in se 1 tomorrow is walworth open', /^Yes, \*\*Walworth Police Station\*\* is open tomorrow/],
      ],
      { now: FRIDAY },
    );
  });
});
