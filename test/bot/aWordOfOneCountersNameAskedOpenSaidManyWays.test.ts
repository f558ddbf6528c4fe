/**
 * One word of a single counter's name, asked open or shut with nothing else ("is bethnal open", "is kentish open", "is
 * charing open"): that counter, as "is stoke open" already was, not "Which police station do you want to know about?".
 * A word several counters' names share stays a choice ("is wood open"); a whole name is itself.
 */
import { itAnswersFirst } from './harness';

const CASES: [string, RegExp][] = [
  ['is bethnal open', /^Yes, \*\*Bethnal Green Police Station\*\* is open now/],
  ['is kentish open', /^Yes, \*\*Kentish Town Police Station\*\* is open now/],
  ['is charing open', /^Yes, \*\*Charing Cross Police Station\*\* is open now, 24 hours a day/],
  ['is bethnal closed', /\*\*Bethnal Green Police Station\*\*/],
  ['is kentish open today', /^Yes, \*\*Kentish Town Police Station\*\* is open/],
  ['is stoke open', /^Yes, \*\*Stoke Newington Police Station\*\* is open now/],
  // Controls: a word several names share; a whole name; danger.
  ['is wood open', /^Did you mean Woodford or Wood Green\?/],
  ['is kensington open', /^No, the front counter at \*\*Kensington Police Station\*\* closed on 28 February 2026\./],
  ['is bethnal open? someone is kicking my door in', /^\*\*Call 999 now/],
];

describe('one word of a single counter\'s name, asked open: that counter', function () {
  this.timeout(30_000);
  itAnswersFirst(CASES);
});
