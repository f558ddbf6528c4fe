/**
 * A one-word place said first with its station ("arsenal tube nearest counter", "oval station whats open", "bow tube
 * nearest desk"), names that are also everyday words, a club or a shape: the place, measured from its point, not "I
 * need to know where you are", as two-word names ("mile end tube nearest counter") already were.
 * Controls: a station that names no place ("fire station", "bus station", "train station") stays out of scope, "police
 * station nearest" still asks where, and danger leads with 999.
 */
import { DateTime } from 'luxon';
import { it999FirstAsControls } from './call999First';
import { itAnswersFirst } from './harness';

const FRIDAY = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });
const NEAREST = (place: string, counter: string) => new RegExp(`^The nearest front counter (?:open now )?to ${place} is \\*\\*${counter} Police Station\\*\\*`);

describe('a one-word place said first with its station, said many ways', () => {
  itAnswersFirst(
    [
      ['arsenal tube nearest counter', NEAREST('Arsenal', 'Stoke Newington')],
      ['hi arsenal station nearest police', NEAREST('Arsenal', 'Stoke Newington')],
      ['oval tube nearest counter', NEAREST('Oval', 'Walworth')],
      ['oval station whats open', NEAREST('Oval', 'Walworth')],
      ['bow tube nearest desk', NEAREST('Bow', 'Stratford')],
      ['temple tube, nearest desk', NEAREST('Temple', 'Charing Cross')],
    ],
    { understood: true, now: FRIDAY },
  );

  describe('controls', () => {
    itAnswersFirst(
      [
        ['mile end tube nearest counter', NEAREST('Mile End', 'Bethnal Green')],
        ['fire station nearest desk', /^Sorry, I can't help with that/],
        ['bus station nearest counter', /^Sorry, I can't help with that/],
        ['police station nearest', /^To find the nearest front counter, I need to know where you are\./],
      ],
      { now: FRIDAY },
    );
    it999FirstAsControls(['oval tube, a man is stabbing someone right now'], FRIDAY);
  });
});
