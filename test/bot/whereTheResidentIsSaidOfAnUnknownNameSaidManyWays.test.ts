/**
 * Where the resident is, said of a name of two words or more that we hold no point for ("im by the tate modern", "i'm
 * at the copper box"): say we do not know it and ask for a postcode, not "I can't help with that". Controls: where one
 * is that is no place ("im at uni", "im in a meeting", "im at my mums") stays small talk.
 */
import { DateTime } from 'luxon';
import { PLACE_NOT_KNOWN, itAnswersFirst, NOT_UNDERSTOOD } from './harness';

const FRIDAY = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });

describe('where the resident is, said of an unknown name: we do not know it, a postcode asked', function () {
  this.timeout(60_000);
  itAnswersFirst(
    [
      ['im by the tate modern', PLACE_NOT_KNOWN('tate modern')],
      ["i'm at the copper box", PLACE_NOT_KNOWN('copper box')],
      ['i live near the old vic', PLACE_NOT_KNOWN('old vic')],
      ['im at the royal albert hall', PLACE_NOT_KNOWN('royal albert hall')],
      ['im near the big tesco', PLACE_NOT_KNOWN('big tesco')],
      ['currently at the natural history museum', PLACE_NOT_KNOWN('natural history museum')],
    ],
    { now: FRIDAY },
  );
});

describe('controls: where one is that is no place', function () {
  this.timeout(60_000);
  itAnswersFirst(
    [
      ['im in a meeting', NOT_UNDERSTOOD],
      ['im at uni', NOT_UNDERSTOOD],
      ['im at my mums', NOT_UNDERSTOOD],
    ],
    { now: FRIDAY },
  );
});
