/**
 * Two ways of asking for the counters of an area, said many ways through the real bot (as of Thursday
 * 26 November 2026). A part of London said without "london" ("what's still open in the east", "in the
 * south east"): it was read as no area (or as a stray place), and is now the part of London. "What's left
 * in <borough>" without a desk word: it was read as the borough's old station ("whats left in barnet":
 * Barnet's closed counter), and is now the borough's counters. Controls: the West End stays a place, and a
 * borough with none says so.
 */
import { itAnswersFirst } from './harness';

const OPEN_IN = (count: string, part: string, when = '') => new RegExp(`^${count} police front counters are open in ${part} London${when}:`);
const ONE_IN = (borough: string, station: string) => new RegExp(`^${borough} has one police front counter: \\*\\*${station}\\*\\*`);
const NONE_IN = (borough: string, last: string) => new RegExp(`^There is no police front counter in \\*\\*${borough}\\*\\* now\\. The last one, ${last}, closed on 28 February 2026\\.`);

describe('parts of London without "london", and what is left in a borough, said many ways', () => {
  describe('a part of London said as "the east", "the south east"', () => {
    itAnswersFirst(
      [
        ["what's still open in the east", OPEN_IN('Six', 'East')],
        ['whats left in the east', OPEN_IN('Six', 'East')],
        ['how many counters are left in the east', OPEN_IN('Six', 'East')],
        ['any police stations open in the north', OPEN_IN('Six', 'North')],
        ['whats open in the south east', OPEN_IN('Five', 'South East')],
        ['stations open on sunday in the west', OPEN_IN('Six', 'West', ' on Sunday')],
        ['which desks are open til 10 in the south', OPEN_IN('Eight', 'South', ' until 10pm today')],
        ['any counters open over in the north west', /^Three police front counters are open in North West London: \*\*Colindale\*\*, \*\*Kentish Town\*\* and \*\*Wembley\*\*/],
        ['is there a 24 hour one in the south', /^In South London, one front counter is open 24 hours a day: \*\*Lewisham\*\*\./],
      ],
      { understood: true },
    );
    // Controls: the West End is a place, and "the east end" was already East London.
    itAnswersFirst([
      ['police stations in the west end', /^The nearest front counter to West End is \*\*Charing Cross Police Station\*\*/],
      ['the east end police stations', OPEN_IN('Six', 'East')],
    ]);
  });

  describe('what is left in a borough, without a desk word', () => {
    itAnswersFirst(
      [
        ['whats left in barnet', ONE_IN('Barnet', 'Colindale Police Station')],
        ['what’s left in bexley', ONE_IN('Bexley', 'Bexleyheath Police Station')],
        ["what's left in hillingdon", ONE_IN('Hillingdon', 'Hayes Police Station \\(Hayes End\\)')],
        ['whats still left open in croydon', ONE_IN('Croydon', 'Croydon Police Station')],
        ['any left in kingston?', ONE_IN('Kingston upon Thames', 'Kingston Police Station')],
        ['anything left in harrow', NONE_IN('Harrow', 'Harrow')],
        ['is there anything left in merton', NONE_IN('Merton', 'Wimbledon')],
      ],
      { understood: true },
    );
  });
});
