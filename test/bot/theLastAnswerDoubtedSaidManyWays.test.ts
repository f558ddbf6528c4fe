/**
 * The last answer doubted, asked whether it is right ("are you sure?", "is that right?", "really?", "is that still
 * true?"): "Yes, as far as my sources show" first, then what the answer stood on (when the counter discussed was last
 * checked and its latest change), then what was said of it again. Controls: "that's wrong" keeps its apology, "that's
 * right" agrees, freshness asked outright, danger.
 */
import { expect } from 'chai';
import { DateTime } from 'luxon';
import { firstLineAfter } from './harness';

const FRIDAY = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });
const YES_OF = (desk: string, dated: string) =>
  new RegExp(`^Yes, as far as my sources show: what I have on \\*\\*${desk} Police Station\\*\\* was last checked on 4 December 2026; the latest change my sources show for its counter is dated ${dated}\\.$`);

const DOUBTED: readonly (readonly [string, string, RegExp])[] = [
  ['is lewisham 24 hours', 'are you sure?', YES_OF('Lewisham', '3 March 2026')],
  ['is kensington open', 'is that right?', YES_OF('Kensington', '28 February 2026')],
  ['nearest station to E17', 'really?', YES_OF('Tottenham', '3 March 2026')],
  ['brixton hours', 'is that still true?', YES_OF('Brixton', '3 March 2026')],
  ['when does ilford close today', 'r u sure', YES_OF('Ilford', '3 March 2026')],
  ['is walworth open on sunday', 'hmm is that correct', YES_OF('Walworth', '3 March 2026')],
  ['what was open in 2018', 'you sure', /^Yes, as far as my sources show: my information was last checked on 4 December 2026/],
  // Controls.
  ['is lewisham 24 hours', 'thats wrong', /^Sorry if that was wrong: /],
  ['is lewisham 24 hours', 'thats right', /^OK\./],
  ['is lewisham 24 hours', 'are you sure? theres a man with a knife at my door', /^\*\*Call 999 now/],
];

describe('the last answer doubted: yes, as far as the sources show, first', function () {
  this.timeout(30_000);
  for (const [first, then, expected] of DOUBTED) {
    it(`${first} / ${then}`, async () => expect(await firstLineAfter(first, then, FRIDAY)).to.match(expected));
  }
});
