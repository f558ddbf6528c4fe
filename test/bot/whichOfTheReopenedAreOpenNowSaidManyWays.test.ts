/**
 * "Which of those are open now?" after the counters that reopened ("which stations reopened", "did any of them reopen"
 * after a year's closures): those of them open now, counted and named first, the others said closed again, then the
 * list again. A counter named, a list of another kind, or danger keeps its own answer.
 */
import { expect } from 'chai';
import { Conversation, firstLineAfter, firstLineOf } from './harness';

const FIVE_OF_TEN = /^Of the ten front counters that reopened, five are open now: \*\*Hammersmith\*\*, \*\*Islington\*\*, \*\*Ilford\*\*, \*\*Bethnal Green\*\* and \*\*Stratford\*\*; the others have closed again since\.$/;

const SAID = [
  'and which of those are open now', 'which of them are still open', 'are any of them still open', 'how many of those are open now',
  'which of these are open today', 'and which are still open', 'what ones of them are still running',
];

describe('which of the reopened counters are open now, said many ways', function () {
  this.timeout(120_000);

  for (const say of SAID) {
    it(`"which stations reopened", then "${say}": those open now, first`, async () => {
      expect(await firstLineAfter('which stations reopened', say), say).to.match(FIVE_OF_TEN);
    });
  }

  it('after "did any station reopen" too', async () => {
    expect(await firstLineAfter('did any station reopen', 'how many of them are still open')).to.match(FIVE_OF_TEN);
  });

  it('after those of a year of closures that reopened: of them', async () => {
    const c = new Conversation();
    await c.askText('which stations closed in 2017');
    await c.askText('did any of them reopen');
    const first = firstLineOf(await c.askText('which of those are open now'));
    expect(first).to.match(/^Of the five front counters that closed in 2017 and reopened later, one is open now: \*\*Stratford\*\*; the others have closed again since\.$/);
  });

  it('a counter named after the list keeps its own answer', async () => {
    expect(await firstLineAfter('which stations reopened', 'is brixton open')).to.match(/^Yes, \*\*Brixton Police Station\*\* is open now/);
  });

  it('after the closures of a year (not reopenings) the question keeps its old answer', async () => {
    expect(await firstLineAfter('which stations closed in 2017', 'which of them are still open')).to.not.match(/^Of the/);
  });

  it('danger after the list leads with 999', async () => {
    expect(await firstLineAfter('which stations reopened', 'which of them are open now, my ex is outside with a knife')).to.match(/999/);
  });
});
