/**
 * A place with no counter of its own, asked open or shut by its name alone ("is bow open", "is whitechapel shut today"):
 * the nearest counter to it, as "is bow police station open" already was, not "Which police station do you want to know
 * about?". Controls: a counter's own name keeps its answer, a word several counters share stays a choice, "is it open"
 * still asks which, words that name no place are not stretched into one, and danger leads with 999.
 */
import { DateTime } from 'luxon';
import { it999FirstAsControls } from './call999First';
import { itAnswersFirst } from './harness';

const FRIDAY = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });
// First, that the sources have no counter called so (aPlaceWithNoCounterAskedOpenSaidManyWays), then the nearest.
const NEAREST_TO = (place: string, counter: string) => new RegExp(`^(?:My sources have no police front counter called ${place}\\. )?The nearest (?:open )?front counter (?:open now )?to \\**${place}\\** is \\*\\*${counter} Police Station\\*\\*`);

describe('a place asked open by its name alone, said many ways', () => {
  itAnswersFirst(
    [
      ['is bow open', NEAREST_TO('Bow', 'Stratford')],
      ['is bow open now', NEAREST_TO('Bow', 'Stratford')],
      ['is bow shut today', NEAREST_TO('Bow', 'Stratford')],
      ['is whitechapel open', NEAREST_TO('Whitechapel', 'Bethnal Green')],
      ['is kew open', NEAREST_TO('Kew', 'Acton')],
      ['is temple open', NEAREST_TO('Temple', 'Charing Cross')],
      ['is oval open', NEAREST_TO('Oval', 'Walworth')],
    ],
    { understood: true, now: FRIDAY },
  );

  describe('after a greeting or thanks', () => {
    itAnswersFirst(
      [
        ['ok thanks is bow open', NEAREST_TO('Bow', 'Stratford')],
        ['cheers, is green open', /^Did you mean .*Bethnal Green.*Wood Green\?/],
        ['hi is wood open', /^Did you mean Woodford or Wood Green\?/],
        ['thanks is it open', /^Which police station do you want to know about\?/],
      ],
      { understood: true, now: FRIDAY },
    );
  });

  describe('controls', () => {
    itAnswersFirst(
      [
        ['is bromley open', /^Yes, \*\*Bromley Police Station\*\* is open now/],
        ['is angel open', /^Yes, \*\*Islington Police Station\*\* is open now/],
        ['is green open', /^Did you mean .*Bethnal Green.*Wood Green\?/],
        ['is it open', /^Which police station do you want to know about\?/],
        ['is everything open', /^Which police station do you want to know about\?/],
        ['is bow police station open', /^My sources have no police front counter called Bow\./],
      ],
      { now: FRIDAY },
    );
    it999FirstAsControls(['is bow open? theres a man with a knife outside'], FRIDAY);
  });
});
