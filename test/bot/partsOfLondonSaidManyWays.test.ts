/**
 * A part of London by compass ("east london", "south east london", "central"), asked many ways, is read the same
 * way for every counter (answerQuestion's partOfLondonFilter): a counter in one of London's own postcode areas takes
 * that area's part (E east, SE south east, N and NW north, SW south west, W west; EC and WC central); outside them,
 * by its position from the middle of London's counters. So Lewisham (SE13) is south east London, not east London,
 * Ilford (IG1) is east London, and Colindale (NW9) north west London, not west London.
 */
import { expect } from 'chai';
import { Conversation } from './harness';

/** [what the resident says, the part said back, counters that must be listed, counters that must not]. */
const CASES: [string, string, string[], string[]][] = [
  ['which stations in East London are open', 'East London', ['Ilford', 'Stratford', 'Bethnal Green', 'Romford'], ['Lewisham', 'Plumstead', 'Bromley']],
  ['east london police stations', 'East London', ['Dagenham', 'Stratford'], ['Lewisham', 'Walworth']],
  ['east london front desks still open', 'East London', ['Stratford'], ['Lewisham']],
  ['south east london police stations', 'South East London', ['Lewisham', 'Plumstead', 'Bromley'], ['Stratford', 'Ilford']],
  ['which counters are open in se london', 'South East London', ['Lewisham'], ['Ilford']],
  ['south london front desks', 'South London', ['Lewisham', 'Brixton', 'Croydon', 'Sutton'], ['Stratford', 'Hammersmith']],
  ['police stations in north london', 'North London', ['Tottenham', 'Edmonton', 'Colindale'], ['Croydon', 'Ilford']],
  ['police stations in nw london', 'North West London', ['Colindale'], ['Tottenham']],
  ['north west london police counters', 'North West London', ['Colindale', 'Wembley'], ['Hammersmith', 'Tottenham']],
  ['west london police stations', 'West London', ['Hammersmith', 'Acton', 'Hayes'], ['Colindale', 'Romford', 'Lewisham']],
  ['central london police stations', 'Central London', ['Charing Cross'], ['Croydon', 'Ilford']],
  // The postcode areas' letters, one or two, dotted or not, and the East End.
  ['counters in e london', 'East London', ['Ilford', 'Stratford'], ['Lewisham']],
  ['police stations in w london', 'West London', ['Hammersmith'], ['Colindale']],
  ['police in s london', 'South London', ['Croydon', 'Brixton'], ['Stratford']],
  ['counters in sw london', 'South West London', ['Brixton', 'Kingston'], ['Lewisham', 'Stratford']],
  ['front counters in s.w. london', 'South West London', ['Lavender Hill', 'Sutton'], ['Lewisham', 'Stratford']],
  ["what's open in n.w. london", 'North West London', ['Colindale'], ['Tottenham']],
  ['counters in the east end', 'East London', ['Stratford', 'Bethnal Green'], ['Lewisham', 'Hammersmith']],
  ["stations in london's east end", 'East London', ['Stratford'], ['Lewisham']],
  ['is there a police station in the east end', 'East London', ['Stratford'], ['Lewisham']],
  // A counter meant without the word: "any", "one".
  ['any in se london', 'South East London', ['Lewisham'], ['Ilford']],
  ['is there one in north london', 'North London', ['Tottenham'], ['Croydon']],
  ['any in the east end', 'East London', ['Stratford'], ['Lewisham']],
];

describe('parts of London said many ways: read by postcode area first, the same way for every counter', function () {
  this.timeout(30_000);
  it('danger in the East End still leads with 999', async () => {
    expect((await new Conversation().askText('someone is attacking me in the east end')).split('\n')[0]).to.match(/999/);
  });
  it('"any in croydon" stays a question about Croydon', async () => {
    expect((await new Conversation().askText('any in croydon')).split('\n')[0]).to.match(/Croydon Police Station/);
  });
  for (const [say, part, listed, left] of CASES) {
    it(say, async () => {
      const text = await new Conversation().ask(say);
      expect(text.split('\n')[0]).to.match(new RegExp(`^\\w+ police front counters? (?:is|are) open in ${part}`));
      for (const name of listed) expect(text, name).to.include(`**${name}**`);
      for (const name of left) expect(text, name).to.not.include(`**${name}**`);
    });
  }
});
