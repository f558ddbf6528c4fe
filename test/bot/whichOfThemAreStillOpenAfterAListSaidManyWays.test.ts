/**
 * "Which of them are still open?" after a list of the past, said many ways: after the counters a round kept ("which
 * stations were kept open in 2017"), those of them open now, counted and named first, and those closed since; after
 * the closures of a period ("which stations closed in 2017"), those that reopened and which of them are open now. It
 * asked which police station was meant. "Did any of them reopen?" after the closures of a period is asked of that
 * period's closures (it said none reopened in 2017). Through the bot, on Thursday 26 November 2026.
 */
import { expect } from 'chai';
import { expect999First } from './call999First';
import { Conversation, firstLineOf, knowledge } from './harness';

const OPEN_OF_KEPT = /^25 of the 37 front counters the 2017 Public Access Strategy \(MOPAC\) kept open are open now: \*\*Acton\*\*, .*\*\*Brixton\*\*, .* and \*\*Wembley\*\*\.$/;
const REOPENED_OF_2017 = /^(?:Yes: f|F)ive front counters that closed in 2017 reopened later, as my sources show: .*\*\*Stratford\*\*\.$/;

async function after(first: string, then: string): Promise<string> {
  const c = new Conversation();
  await c.askText(first);
  return c.askText(then);
}

describe('which of them are still open, after a list of the past', function () {
  this.timeout(60_000);
  for (const [first, then] of [
    ['which stations were kept open in 2017', 'which of them are still open?'],
    ['which stations were kept open in 2017', 'how many of them are still open'],
    ['which counters survived the 2017 cuts', 'are any of them still open'],
    ['which stations were kept open in 2017', 'which are still open'],
    ['what counters did they keep in 2017', 'which of those are open now'],
  ] as const) {
    it(`${first}, then ${then}`, async () => {
      const text = await after(first, then);
      expect(firstLineOf(text)).to.match(OPEN_OF_KEPT);
      expect(text).to.match(/Closed since: .*\*\*Wimbledon\*\* \(on 28 February 2026\)/);
    });
  }
  it('the count is the timeline\'s: 25 of them are open now, as the list said', async () => {
    const open = knowledge.statusesAsOf('2026-11-26').filter((s) => s.counter === 'open').length;
    expect(open).to.equal(27);
    expect(firstLineOf(await new Conversation().askText('which stations were kept open in 2017'))).to.match(/kept 37 of London's 73 front counters open/);
  });
  for (const then of ['which of them are still open?', 'did any of them reopen', 'are any of them open now']) {
    it(`which stations closed in 2017, then ${then}: those that reopened`, async () => {
      const text = await after('which stations closed in 2017', then);
      expect(firstLineOf(text)).to.match(REOPENED_OF_2017);
      expect(text).to.match(/Open now: \*\*Stratford\*\*; the others have closed again since\./);
    });
  }
  for (const [first, then, expected] of [
    ['which stations reopened', 'which of them are still open?', /^Which police station|Hammersmith/],
    ['is brixton open', 'which of them are still open?', /./],
  ] as const) {
    it(`control: ${first}, then ${then} is not the kept list`, async () => {
      const text = await after(first, then);
      expect(firstLineOf(text)).not.to.match(OPEN_OF_KEPT);
      expect(text).to.match(expected);
    });
  }
});

describe('"how many?" after a list, said many ways', function () {
  this.timeout(60_000);
  for (const [first, then, expected] of [
    ['which stations closed in 2017', 'how many?', /^36 front counters closed in 2017 under the 2017 Public Access Strategy \(MOPAC\)/],
    ['which stations closed in 2017', 'how many in total', /^36 front counters closed in 2017/],
    ['which stations are open 24 hours', 'how many', /^Only two front counters are open 24 hours a day/],
    ['list all closed stations', 'so how many was that', /^54 front counters closed between July 2017 and/],
  ] as const) {
    it(`${first}, then ${then}: the count first`, async () => expect(firstLineOf(await after(first, then))).to.match(expected));
  }
});

describe('danger told the same way still leads with 999', () => {
  it('which of them are still open? someone is attacking me', async () => {
    const c = new Conversation();
    await c.askText('which stations were kept open in 2017');
    const say = 'which of them are still open? someone is attacking me';
    expect999First(await c.say(say), say);
  });
});
