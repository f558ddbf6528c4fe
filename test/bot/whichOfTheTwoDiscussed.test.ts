/**
 * Two counters asked about one after the other, then "which one shuts later?": the two just discussed are compared,
 * as if named together ("which closes later, sutton or kingston?"). Not after a single counter, where there is no pair.
 */
import { expect } from 'chai';
import { Conversation, firstLineOf } from './harness';

async function third(first: string, second: string, then: string): Promise<string> {
  const c = new Conversation();
  await c.askText(first);
  await c.askText(second);
  return firstLineOf(await c.askText(then));
}

describe('Which of the two counters just discussed', () => {
  it('"which one shuts later" after Sutton, then Kingston', async () => {
    expect(await third('closing times for sutton', 'and kingston?', 'which one shuts later')).to.match(/^Sutton and Kingston have the same hours/);
  });
  it('"which is open longer" after Lewisham, then Bromley', async () => {
    expect(await third('lewisham hours', 'and bromley', 'which is open longer')).to.match(/^Lewisham is open longer/);
  });
  it('"which of them closes first" after Bromley, then Lewisham', async () => {
    expect(await third('is bromley open saturday', 'what about lewisham', 'which of them closes first?')).to.match(/Lewisham|Bromley/);
    expect(await third('is bromley open saturday', 'what about lewisham', 'which of them closes first?')).to.not.match(/^The nearest/);
  });
  it('"which one is open now" after Ilford, then Romford', async () => {
    expect(await third('is ilford open now', 'what about romford', 'which one is open now')).to.match(/^Both are open now/);
  });
  it('with one counter discussed there is no pair: not a comparison', async () => {
    const c = new Conversation();
    await c.askText('hours for croydon');
    expect(firstLineOf(await c.askText('which one shuts later'))).to.not.match(/same hours|open longer|Both/);
  });
});
