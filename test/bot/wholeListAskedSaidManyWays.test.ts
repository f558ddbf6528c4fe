/**
 * The whole list asked for with no other words ("give me the full list", "what are the 27 stations"), through the
 * real turn pipeline: the counters open in London with their hours; after another list, that list again.
 */
import { expect } from 'chai';
import { Conversation, firstLineOf } from './harness';

const OPEN_LIST = /^27 police front counters are open in London: \*\*Charing Cross\*\* and \*\*Lewisham\*\* open 24 hours a day/;

describe('the whole list asked for: the counters open in London', () => {
  for (const say of ['give me the full list', 'the whole list pls', 'show me the complete list', 'what are the 27 stations', 'what r the remaining counters', 'what are the other stations']) {
    it(say, async () => {
      expect(firstLineOf(await new Conversation().askText(say))).to.match(OPEN_LIST);
    });
  }

  it('after the closures, "give me the full list" is the closures again', async () => {
    const conversation = new Conversation();
    await conversation.askText('which stations closed');
    expect(firstLineOf(await conversation.askText('give me the full list'))).to.match(/^54 front counters closed/);
  });
});
