/**
 * Local officers asked for by the resident ("do you know the name of my local PCSO", "who is my local police
 * officer"): not in the data, and not a nearest-desk question; the bot says it cannot reach an officer and that 101
 * does. A threat from such an officer still leads with 999.
 */
import { expect } from 'chai';
import { Conversation, firstLineOf } from './harness';
import { expect999First } from './call999First';

describe('local officers asked for, said many ways: 101 reaches them, the bot cannot', () => {
  for (const say of ['do you know the name of my local PCSO', 'who is my local police officer', 'can i speak to our ward officer', 'whats the number for my local policing team']) {
    it(say, async () => {
      const text = await new Conversation().askText(say);
      expect(firstLineOf(text)).to.match(/^I can't contact a station or an officer for you\./);
      expect(text).to.match(/\b101\b/);
    });
  }

  it('a threat from a local officer still leads with 999', async () => {
    const say = 'my local pcso is threatening to hurt me';
    expect999First(await new Conversation().say(say), say);
  });
});
