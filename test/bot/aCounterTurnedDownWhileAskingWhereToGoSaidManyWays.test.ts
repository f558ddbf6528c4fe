/**
 * A counter turned down as too far or not wanted while asking where to go, in the same breath ("i live in catford where
 * do i go now lewisham is far", "nearest to SE6 that isnt lewisham", "im in SE6 and dont want to go to lewisham, which
 * station", "where do i go instead of lewisham, im in catford") or just after it was given ("nearest to catford", then
 * "lewisham is too far", "thats too far"): the nearest from where the resident is, that counter left out (was: Lewisham
 * again, the nearest to Lewisham itself, "I need to know where you are", or its 24-hour state). Controls: a distance
 * asked ("is lewisham far from catford"), the nearest asked plainly, a counter asked of; danger leads with 999.
 */
import { DateTime } from 'luxon';
import { it999FirstAsControls } from './call999First';
import { itAnswersFirst, itAnswersLast } from './harness';

const FRIDAY = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });
const OTHER_THAN = (from: string, left: string, desk: string) => new RegExp(`^The nearest front counter (?:open now )?to ${from} other than ${left} is \\*\\*${desk} Police Station\\*\\*`);
const NEXT = (what: string, from: string, desk: string) => new RegExp(`^The next nearest ${what} to ${from} is \\*\\*${desk} Police Station\\*\\*`);

describe('a counter turned down while asking where to go, said many ways', function () {
  this.timeout(60_000);
  itAnswersFirst(
    [
      ['i live in catford where do i go now lewisham is far', OTHER_THAN('Catford', 'Lewisham', 'Bromley')],
      ['nearest to SE6 that isnt lewisham', OTHER_THAN('SE6', 'Lewisham', 'Bromley')],
      ['nearest station to catford but not lewisham', OTHER_THAN('Catford', 'Lewisham', 'Bromley')],
      ['lewisham is too far for me, im in catford, any other station', OTHER_THAN('Catford', 'Lewisham', 'Bromley')],
      ['im in SE6 and dont want to go to lewisham, which station', OTHER_THAN('SE6', 'Lewisham', 'Bromley')],
      ['in peckham, walworth is too far, what else is there', OTHER_THAN('Peckham', 'Walworth', 'Brixton')],
      ['where do i go instead of lewisham, im in catford', OTHER_THAN('Catford', 'Lewisham', 'Bromley')],
      ['im in SE15 where do i go on sunday, walworth is a trek', /^The nearest front counter open on Sunday 6 December to SE15 other than Walworth is \*\*Brixton Police Station\*\*/],
    ],
    { understood: true, now: FRIDAY },
  );
  itAnswersLast(
    [
      [['nearest to catford', 'lewisham is too far'], NEXT('front counter open now', 'Catford', 'Bromley')],
      [['nearest 24 hour station to SE15', 'thats too far'], NEXT('24-hour front counter', 'SE15', 'Charing Cross')],
      [['nearest to E8', 'its a bit far, anything else?'], NEXT('front counter open now', 'E8', 'Bethnal Green')],
      [['nearest to SE5', 'way too far'], NEXT('front counter open now', 'SE5', 'Brixton')],
      [['i live in catford', 'where do i go, lewisham is too far'], OTHER_THAN('Catford', 'Lewisham', 'Bromley')],
    ],
    FRIDAY,
  );

  describe('controls', () => {
    itAnswersFirst(
      [
        ['is lewisham far from catford', /^\*\*Lewisham Police Station\*\* is about 2\.6 km/],
        ['nearest to catford', /^The nearest front counter to Catford is \*\*Lewisham Police Station\*\*/],
        ['is lewisham open', /^Yes, \*\*Lewisham Police Station\*\* is open/],
      ],
      { now: FRIDAY },
    );
    itAnswersLast(
      [
        [['im in SE5', 'is brixton open', 'why is walworth not open'], /^\*\*Walworth Police Station\*\* is open now/],
        [['nearest to SE5', 'not walworth'], NEXT('front counter open now', 'SE5', 'Brixton')],
      ],
      FRIDAY,
    );
    it999FirstAsControls(['lewisham is too far and someone is following me right now'], FRIDAY);
  });
});
