/**
 * The borough with the fewest counters asked ("which borough has the fewest stations", "least police stations per
 * borough"): the boroughs with none open named first, then what the others have; of a year said, counted then. Never a
 * place called "fewest". Controls: the most, and a borough's own count, keep their answers. Through the bot.
 */
import { DateTime } from 'luxon';
import { describe } from 'mocha';
import { itAnswersFirst } from './harness';

/** Friday 4 December 2026, 14:00 in London: five boroughs with no counter, 27 with one each. */
const NOW = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });

const NONE_FIRST = /^Five boroughs have no front counter open today: Harrow, Kensington and Chelsea, Merton, Richmond upon Thames and Waltham Forest\. The other 27 have one each\.$/;

describe('the boroughs with the fewest counters, said many ways', () => {
  describe('none first, then what the others have', () => {
    itAnswersFirst(
      [
        ['which borough has the fewest stations', NONE_FIRST],
        ['what borough has the fewest police stations', NONE_FIRST],
        ['which borough has the least police stations', NONE_FIRST],
        ['which boroughs have the least counters now', NONE_FIRST],
        ['wich borough has the lowest number of police stations', NONE_FIRST],
        ['least police stations per borough', NONE_FIRST],
        ['fewest counters per borough', NONE_FIRST],
        ['which borough had the fewest counters in 2019', /^27 boroughs had one front counter open on 1 July 2019, the fewest of any\.$/],
      ],
      { now: NOW, understood: true },
    );
  });

  describe('controls: the most, and one borough, keep their answers', () => {
    itAnswersFirst(
      [
        ['which borough has the most police stations', /^No borough has more than one front counter open today: 27 boroughs have one each\.$/],
        ['how many stations are there in lambeth', /^Lambeth has one police front counter: \*\*Brixton Police Station\*\*/],
        ['which borough has the least crime', /^Sorry, I can't help with that/],
      ],
      { now: NOW },
    );
  });
});
