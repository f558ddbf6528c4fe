/**
 * "Did any station reopen?", "has any counter reopened?": whether any did is asked, so yes or no leads, then how many
 * and which (as "which stations reopened" lists them). Asked which or how many, the list still leads; none reopened
 * then is a no. The latest reopening keeps its own answer; danger told with the same words still leads with 999.
 */
import { expect } from 'chai';
import { Conversation, firstLineOf } from './harness';

async function first(say: string): Promise<string> {
  return firstLineOf(await new Conversation().askText(say));
}

const SAID = [
  'did any station reopen', 'has any counter reopened', 'have any police stations reopened since 2017', 'did any front desks reopen?',
  'has any police station reopened after closing', 'were any counters reopened', 'any stations back open again?', 'did any closed counters open again',
];

describe('whether any counter reopened, said many ways', function () {
  this.timeout(120_000);

  for (const say of SAID) {
    it(`"${say}": yes first, then how many and which`, async () => {
      expect(await first(say), say).to.match(/^Yes: \w+ front counters reopened after a closure(?: since 2017)?, as my sources show: .*\*\*Hammersmith\*\*/);
    });
  }

  it('none reopened in the year asked: no first', async () => {
    expect(await first('did any counters reopen in 2019')).to.match(/^No: my sources show no front counter reopening after a closure in 2019\.$/);
  });

  it('asked which or how many: the list leads, no yes', async () => {
    for (const say of ['which stations reopened', 'how many police stations have reopened', 'reopened police stations']) {
      expect(await first(say), say).to.match(/^\w+ front counters reopened after a closure, as my sources show: /);
    }
  });

  it('the latest reopening keeps its answer', async () => {
    expect(await first('has any station reopened most recently')).to.match(/^The latest front counter to reopen/);
  });

  it('one counter asked whether it reopened keeps its own answer', async () => {
    expect(await first('did hammersmith reopen')).to.not.match(/^Yes: \w+ front counters/);
  });

  it('danger with the same words still leads with 999', async () => {
    expect(await first('did any station reopen, a man is kicking my door in right now')).to.match(/999/);
  });
});
