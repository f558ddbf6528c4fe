/**
 * A short name several counters share, asked open or shut with nothing else ("is wood open", "is green open", "is kings
 * open"): the counters it may mean, offered as a choice, not "Which police station do you want to know about?".
 * Controls: a name that is one place keeps its answer, "is it open" still asks which, and danger still leads with 999.
 */
import { DateTime } from 'luxon';
import { it999FirstAsControls, itAnswersWithout999First } from './call999First';

const FRIDAY = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });

describe('a short name several counters share, asked open, said many ways', () => {
  itAnswersWithout999First(
    [
      ['is wood open', /^Did you mean Woodford or Wood Green\?/],
      ['is wood open today', /^Did you mean Woodford or Wood Green\?/],
      ['is wood shut', /^Did you mean Woodford or Wood Green\?/],
      ['is green open', /^Did you mean .*Bethnal Green.*Wood Green\?/],
      ['is green open now', /^Did you mean .*Bethnal Green.*Wood Green\?/],
      ['is kings open', /^Did you mean Kingston or Kings Head Hill\?/],
      // Controls.
      ['is angel open', /^Yes, \*\*Islington Police Station\*\* is open now/],
      ['is it open', /^Which police station do you want to know about\?/],
      ['is woodford open', /\*\*Woodford Police Station\*\*/],
    ],
    FRIDAY,
  );

  it999FirstAsControls(['is wood open? someone is breaking in right now'], FRIDAY);
});
