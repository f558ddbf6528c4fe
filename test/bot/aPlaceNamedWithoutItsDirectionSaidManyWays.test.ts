/**
 * A name no place has alone, said without the direction its places' names begin with ("norwood": South, Upper or West
 * Norwood; "dulwich": East, North or West Dulwich): the places it may mean, from the data, offered as a choice, not
 * "Sorry, I didn't understand that" nor one of them picked silently. A choice is then answered ("the south one").
 * Controls: the full name keeps its answer, a name with a place of its own is that place, danger leads with 999.
 */
import { DateTime } from 'luxon';
import { it999FirstAsControls } from './call999First';
import { itAnswersFirst, itAnswersLast } from './harness';

const FRIDAY = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });
const NORWOODS = /^Did you mean South Norwood, Upper Norwood or West Norwood\?/;
const DULWICHES = /^Did you mean East Dulwich, North Dulwich or West Dulwich\?/;

describe('a place named without its direction, said many ways', () => {
  itAnswersFirst(
    [
      ['norwood', NORWOODS],
      ['is norwood open', NORWOODS],
      ['nearest desk to norwood', NORWOODS],
      ['closest desk to norwood pls', NORWOODS],
      ['nearest 24 hour desk to norwood', NORWOODS],
      ['is there a counter in norwood', NORWOODS],
      ['norwood police station', NORWOODS],
      ['dulwich', DULWICHES],
      ['whats open near dulwich', DULWICHES],
      ['im in dulwich', DULWICHES],
    ],
    { understood: true, now: FRIDAY },
  );

  describe('the choice answered', () => {
    itAnswersLast(
      [
        [['norwood', 'the south one'], /^The nearest front counter open now to \*\*South Norwood\*\* is \*\*Croydon Police Station\*\*/],
        [['im in dulwich', 'the east one'], /^The nearest front counter to East Dulwich is \*\*Brixton Police Station\*\*/],
      ],
      FRIDAY,
    );
  });

  describe('controls', () => {
    itAnswersFirst(
      [
        ['south norwood', /^The nearest front counter open now to \*\*South Norwood\*\* is \*\*Croydon Police Station\*\*/],
        ['west norwood', /^The nearest front counter open now to \*\*West Norwood\*\* is \*\*Brixton Police Station\*\*/],
        ['upper norwood whats open', /^The nearest front counter open now to Upper Norwood is \*\*Croydon Police Station\*\*/],
        // A place of its own name is that place, though others add a direction to it (East Ham, West Ham; North Woolwich).
        ['woolwich', /^The nearest front counter open now to \*\*Woolwich\*\*/],
        ['is bromley open', /^Yes, \*\*Bromley Police Station\*\* is open now/],
      ],
      { now: FRIDAY },
    );
    it999FirstAsControls(['is norwood open? someone is attacking my neighbour', 'norwood, a man is breaking into my car right now'], FRIDAY);
  });
});
