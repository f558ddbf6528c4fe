/**
 * What becomes of the chat, asked as its use rather than its keeping, through the real bot ("will this chat be used
 * against me", "does this bot learn from me", "will my messages be passed to the police", "is my chat read by a human",
 * "do you train on my messages"): what the bot keeps and that it passes nothing to the police, first; never "Sorry, I
 * can't help with that".
 * Controls: reporting anonymously at a counter, deleting what is kept, danger told beside a worry about the chat.
 */
import { itAnswersFirst } from './harness';

const KEPT = /^I keep only what this conversation needs \(the places and stations you last asked about, and a question I'm waiting on\), and I pass nothing to the police\./;

describe('what the chat is used for, asked many ways', () => {
  itAnswersFirst(
    [
      ['will this chat be used against me', KEPT],
      ['does this bot learn from me', KEPT],
      ['will my messages be passed to the police', KEPT],
      ['is my chat read by a human', KEPT],
      ['do you train on my messages', KEPT],
      ['could what i say be used as evidence', KEPT],
      ['can the police read this chat', KEPT],
    ],
    { understood: true },
  );

  describe('controls', () => {
    itAnswersFirst([
      ['is it anonymous if i report at ilford', /^(?!I keep only)/],
      ['how do i delete my data', /^Say "forget me"/],
      ['he is outside my door with a knife, will this chat be used against me', /^\*\*Call 999 now\*\*/],
    ]);
  });
});
