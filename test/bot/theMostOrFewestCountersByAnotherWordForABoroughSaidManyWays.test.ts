/**
 * The most or fewest counters asked of London's boroughs by another word for one ("which area has the fewest stations",
 * "what area has the least counters", "which district has the most police stations", "which council has the fewest
 * nicks"): the counters counted by borough, as "which borough has the fewest stations" is answered; "fewest" is never
 * read as a place. Controls: the borough asked outright, something other than counters ("which area has the most crime")
 * and danger.
 */
import { itAnswersFirst } from './harness';

const FEWEST = /^Five boroughs have no front counter open today: Harrow, Kensington and Chelsea, Merton, Richmond upon Thames and Waltham Forest\./;
const MOST = /^No borough has more than one front counter open today: 27 boroughs have one each\./;

const CASES: [string, RegExp][] = [
  ['which area has the fewest stations', FEWEST],
  ['what area has the least counters', FEWEST],
  ['which council has the fewest nicks', FEWEST],
  ['which areas have the fewest police stations', FEWEST],
  ['which area has the most stations', MOST],
  ['which district has the most police stations', MOST],
  ['what area has got the most front counters?', MOST],
  ['which area has the fewest stations in 2018', /^27 boroughs had one front counter open on 1 July 2018, the fewest of any\./],
  // Controls.
  ['which borough has the fewest stations', FEWEST],
  ['which area has the most crime', /^Sorry, I can't help with that/],
  ['which area has the fewest stations, someone is stabbing my brother', /^\*\*Call 999 now/],
];

describe('the most or fewest counters, asked of an area: counted by borough', function () {
  this.timeout(30_000);
  itAnswersFirst(CASES);
});
