/**
 * "Since when?" after whether a counter is open now, or which is nearest (both give its hours): "is brixton open now",
 * then "since when?", "has it always been open then?", "how long has it had those hours". Since when those hours
 * apply comes first, from the timeline, as after its hours. After the 24-hour counters, or the closing times of all
 * ("which stations are open late"), since when the latest change of hours applies. "How long is it open for today",
 * "when does it close" and "when did it close" keep their answers.
 */
import { expect } from 'chai';
import { DateTime } from 'luxon';
import { firstLineAfter } from './harness';

const NOW = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });
const SINCE_THE_REVIEW = (name: string) =>
  new RegExp(`^The front counter at \\*\\*${name} Police Station\\*\\* has had these hours since 3 March 2026, under the 2025 front counter review \\(Met\\), decided on 15 October 2025\\.$`);
const LEWISHAM_SINCE =
  /^The front counter at \*\*Lewisham Police Station\*\* has had these hours since at least 1 November 2017, when my sources first report them; the 2025 front counter review \(Met\) kept them from 3 March 2026\.$/;
const THE_NEW_HOURS = /^The new hours began on 3 March 2026, under the 2025 front counter review \(Met\): since then only \*\*Lewisham\*\* and \*\*Charing Cross\*\* are open 24 hours a day\.$/;

const CASES: readonly (readonly [string, string, RegExp])[] = [
  ['is brixton open now', 'since when?', SINCE_THE_REVIEW('Brixton')],
  ['is brixton open now', 'since when has it been like that', SINCE_THE_REVIEW('Brixton')],
  ['is brixton open now', 'how long has it had those hours', SINCE_THE_REVIEW('Brixton')],
  ['is brixton open now', 'has it always been open then', SINCE_THE_REVIEW('Brixton')],
  ['ilford open rn?', 'has it always been like that', SINCE_THE_REVIEW('Ilford')],
  ['nearest police station to SE1', 'since when?', SINCE_THE_REVIEW('Walworth')],
  ['nearest 24 hour station to SE13', 'ok and since when', LEWISHAM_SINCE],
  ['is lewisham open right now', 'has it always been this way', LEWISHAM_SINCE],
  ['which stations are open late', 'since when?', THE_NEW_HOURS],
  ['which stations are open 24 hours', 'how long has it been like that', THE_NEW_HOURS],
];

describe('since when, after whether a counter is open now or which is nearest: the date first', function () {
  this.timeout(60_000);
  for (const [first, then, answer] of CASES) {
    it(`${first} / ${then}`, async () => {
      expect(await firstLineAfter(first, then, NOW)).to.match(answer);
    });
  }

  // Other follow-ups after whether it is open keep their answers.
  const CONTROLS: readonly (readonly [string, string, RegExp])[] = [
    ['is brixton open now', 'how long is it open for today', /^\*\*Brixton Police Station\*\* is open today, Friday 4 December, 10:00–22:00\.$/],
    ['is brixton open now', 'when does it close', /^\*\*Brixton Police Station\*\* (?:closes|closed) at \d\d:\d\d today/],
    ['is brixton open now', 'when did it close', /^The front counter at \*\*Brixton Police Station\*\* has not closed/],
    ['is wimbledon open', 'since when?', /^The front counter at \*\*Wimbledon Police Station\*\* closed on 28 February 2026/],
    ['which stations are open 24 hours', 'when did wimbledon close', /^The front counter at \*\*Wimbledon Police Station\*\* closed on 28 February 2026/],
  ];
  for (const [first, then, answer] of CONTROLS) {
    it(`${first} / ${then}: as before`, async () => {
      expect(await firstLineAfter(first, then, NOW)).to.match(answer);
    });
  }
});
