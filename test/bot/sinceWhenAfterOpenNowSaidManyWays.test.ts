/**
 * "Since when?" after whether a counter is open now (an answer that gives its hours too): since when those hours apply,
 * as after its hours, not its week again. Controls: after its hours it is the same answer; "since when?" after a
 * closure keeps its date; another question after open now keeps its answer.
 */
import { expect } from 'chai';
import { DateTime } from 'luxon';
import { firstLineAfter } from './harness';

const FRIDAY = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });
const after = (first: string, then: string) => firstLineAfter(first, then, FRIDAY);
const WALWORTH_SINCE = /^The front counter at \*\*Walworth Police Station\*\* has had these hours since 3 March 2026/;

describe('"since when?" after open now, said many ways', () => {
  for (const [first, then, answer] of [
    ['is walworth open now', 'since when?', WALWORTH_SINCE],
    ['is walworth police station open right now', 'since when', WALWORTH_SINCE],
    ['walworth open?', 'how long has it been like that?', WALWORTH_SINCE],
    ['is walworth open at the moment', 'since when has it been like that', WALWORTH_SINCE],
    ['is lewisham open now', 'since when?', /^The front counter at \*\*Lewisham Police Station\*\* has had these hours since/],
    ['is charing cross open', 'since when', /^The front counter at \*\*Charing Cross Police Station\*\* has had these hours since/],
    ['is croydon open now?', 'ok since when?', /^The front counter at \*\*Croydon Police Station\*\* has had these hours since/],
  ] as const) {
    it(`${first} / ${then}`, async () => expect(await after(first, then)).to.match(answer));
  }

  for (const [first, then, answer] of [
    ["what are walworth's hours", 'since when?', WALWORTH_SINCE],
    ['is walworth open now', 'what time does it close', /Walworth Police Station\*\* (?:closes|closed) at \d\d:\d\d today/],
    ['is walworth open now', 'and on sunday?', /^Yes, \*\*Walworth Police Station\*\* is open on Sunday 6 December, 09:00–19:00\./],
  ] as const) {
    it(`control: ${first} / ${then}`, async () => expect(await after(first, then)).to.match(answer));
  }
});
