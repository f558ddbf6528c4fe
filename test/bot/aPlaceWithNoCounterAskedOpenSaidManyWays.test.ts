/**
 * A place with no counter of its name, asked open or still open as a counter is ("is stanmore open", "is bow open?",
 * "is soho open", "is stanmore still open"): first that the sources have no police front counter called so, then the
 * nearest open (was: the nearest open alone, so "is bow open" never said whether Bow has a counter). Controls: a borough
 * with one counter is that counter ("is camden open now"); a counter's name is that counter; a district or "near" asks
 * for the nearest without that sentence.
 */
import { DateTime } from 'luxon';
import { itAnswersFirst } from './harness';

const FRIDAY = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });
const NONE_CALLED = (place: string, nearest: string) => new RegExp(`^My sources have no police front counter called ${place}\\. The nearest (?:open front counter|front counter open now) to ${place} is \\*\\*${nearest} Police Station\\*\\*`);

describe('a place with no counter asked open, said many ways', function () {
  this.timeout(60_000);
  itAnswersFirst(
    [
      ['is stanmore open', NONE_CALLED('Stanmore', 'Colindale')],
      ['is bow open?', NONE_CALLED('Bow', 'Stratford')],
      ['is soho open', NONE_CALLED('Soho', 'Charing Cross')],
      ['is stanmore still open', NONE_CALLED('Stanmore', 'Colindale')],
      ['is bow open now?', NONE_CALLED('Bow', 'Stratford')],
      ['is soho still open', NONE_CALLED('Soho', 'Charing Cross')],
    ],
    { understood: true, now: FRIDAY },
  );

  describe('controls', () => {
    itAnswersFirst(
      [
        ['is camden open now', /^Yes, \*\*Kentish Town Police Station\*\* is open now/],
        ['is brixton open', /^Yes, \*\*Brixton Police Station\*\* is open now/],
        ['is SE15 open', /^The nearest front counter open now to SE15 is \*\*Walworth Police Station\*\*/],
        ['is there a police station open near stanmore', /^The nearest front counter open now to Stanmore is \*\*Colindale Police Station\*\*/],
      ],
      { now: FRIDAY },
    );
  });
});
