/**
 * "Since when?" after a counter's hours ("is lewisham 24 hours", then "since when?", "how long has it been like that?"):
 * since when those hours apply comes first (the hours row's date, with the plan and its decision date, from the
 * timeline; where that row only kept hours reported before, since the first report of them), then the hours themselves, not the hours said again. After a closed counter, when it closed; danger said
 * with it still leads with 999; "when was that?" keeps its answer.
 */
import { expect } from 'chai';
import { DateTime } from 'luxon';
import { Conversation, firstLineAfter } from './harness';

const NOW = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });
const SINCE_THE_REVIEW = (name: string) =>
  new RegExp(`^The front counter at \\*\\*${name} Police Station\\*\\* has had these hours since 3 March 2026, under the 2025 front counter review \\(Met\\), decided on 15 October 2025\\.$`);
/** Hours the 2025 review only kept (24/7 at Lewisham and Charing Cross, first reported on 1 November 2017): since then. */
const SINCE_FIRST_REPORTED = (name: string) =>
  new RegExp(`^The front counter at \\*\\*${name} Police Station\\*\\* has had these hours since at least 1 November 2017, when my sources first report them; the 2025 front counter review \\(Met\\) kept them from 3 March 2026\\.$`);
const SINCE = (name: string) => (name === 'Lewisham' || name === 'Charing Cross' ? SINCE_FIRST_REPORTED(name) : SINCE_THE_REVIEW(name));

/** The hours asked, then since when, then the counter whose hours they are. */
const ASKED_AFTER_HOURS: readonly (readonly [string, string, string])[] = [
  ['is lewisham 24 hours', 'since when?', 'Lewisham'],
  ['is lewisham 24 hours', 'how long has it been like that?', 'Lewisham'],
  ['is lewisham 24 hours', 'since when has it been 24 hours', 'Lewisham'],
  ['brixton opening hours', 'since when?', 'Brixton'],
    ["what are ilford's hours", 'how long have those been the hours', 'Ilford'],
  ['is charing cross 24/7', 'when did it go 24/7?', 'Charing Cross'],
  ['when is wembley open', 'when did those hours start', 'Wembley'],
  ['walworth hours please', 'ok and since when', 'Walworth'],
];

describe('since when the hours apply, asked after them: the date first', function () {
  this.timeout(60_000);
  for (const [first, then, name] of ASKED_AFTER_HOURS) {
    it(`${first} / ${then}`, async () => {
      expect(await firstLineAfter(first, then, NOW)).to.match(SINCE(name));
    });
  }

  it('the hours follow the date', async () => {
    const conversation = new Conversation('webchat', NOW);
    await conversation.askText('is lewisham 24 hours');
    expect(await conversation.askText('since when?')).to.include('It is open 24 hours a day.');
  });

  it('after a closed counter\'s hours: when it closed', async () => {
    expect((await firstLineAfter('kensington opening hours', 'since when?', NOW))).to.match(/^The front counter at \*\*Kensington Police Station\*\* closed on 28 February 2026/);
  });

  it('danger said with it still leads with 999', async () => {
    expect((await firstLineAfter('is lewisham 24 hours', 'since when? someone is punching my brother outside right now', NOW))).to.match(/^\*\*Call 999 now/);
  });

  it('"how long for" is not read as since when', async () => {
    expect((await firstLineAfter('lewisham hours', 'how long for', NOW))).to.not.match(/has had these hours since/);
  });
});
