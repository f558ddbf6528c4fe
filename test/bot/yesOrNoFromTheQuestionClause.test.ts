/**
 * The yes or no of a question told after what the resident heard ("heard it closed down, is walworth still open?")
 * answers the clause that asks ("is walworth still open"), not the closing words of the story before it. A question
 * asking whether a counter is closed, has shut or is closing keeps its own terms. Through the bot.
 */
import { expect999First } from './call999First';
import { Conversation, itAnswersFirst } from './harness';

const OPEN = (name: string) => new RegExp(`^Yes, the front counter at \\*\\*${name} Police Station\\*\\* is open`);

describe('yes or no from the clause that asks, not from a story told before it', () => {
  describe('a counter open now, after hearing it closed or is closing: "Yes, ... is open"', () => {
    itAnswersFirst(
      [
        ['it seems like they shut everything, is bethnal green still open', OPEN('Bethnal Green')],
        ['heard it closed down, is walworth still open?', OPEN('Walworth')],
        ['my mate said it\'s closing, is it still open, ilford', OPEN('Ilford')],
        ['heard it closed down is walworth still open', OPEN('Walworth')],
        ['heard a rumour walworth was closing is it still open', OPEN('Walworth')],
        ['my neighbour reckons its shutting - is ilford still open', OPEN('Ilford')],
        ['people keep saying its gone, is wembley police station still open', OPEN('Wembley')],
        ['saw on facebook they closed it. is lewisham still open?', /^Yes, the front counter at \*\*Lewisham Police Station\*\* is open 24 hours a day/],
        ['apparently its been axed, is it still there, brixton', OPEN('Brixton')],
        ['my nan thinks its closed, is wembley still open', OPEN('Wembley')],
        ['was told they shut it, is acton still open?', OPEN('Acton')],
        ['they said on the news it\'s closing... is croydon still open?', OPEN('Croydon')],
        ['everyone says they shut it, is acton open?', /^Yes, \*\*Acton Police Station\*\* is open now/],
      ],
      { understood: true },
    );
  });

  describe('a counter that did close, whatever was heard: "No, ... closed"', () => {
    itAnswersFirst(
      [
        ['somebody told me kilburn shut down, is it still going', /^No, the front counter at \*\*Kilburn Police Station\*\* closed on 14 December 2017/],
        ['I read that chingford is closing, is it still open?', /^No, the front counter at \*\*Chingford Police Station\*\* closed on 28 February 2026/],
        ['apparently they closed it, is wimbledon still running', /^No, the front counter at \*\*Wimbledon Police Station\*\* closed on 28 February 2026/],
      ],
      { understood: true },
    );
  });

  describe('closed, shut or closing asked: the question\'s own terms, as before', () => {
    itAnswersFirst(
      [
        ['is walworth closed?', /^No, the front counter at \*\*Walworth Police Station\*\* is open/],
        ['has walworth shut?', /^No, the front counter at \*\*Walworth Police Station\*\* is open/],
        ['is ilford closing?', /^No, the front counter at \*\*Ilford Police Station\*\* is not planned to close/],
        ['heard something about ilford, is it closing?', /^No, the front counter at \*\*Ilford Police Station\*\* is not planned to close/],
        ['any news on sutton police station closing?', /^No, the front counter at \*\*Sutton Police Station\*\* is not planned to close/],
        ['they said it would close, has it closed, chingford', /^Yes, the front counter at \*\*Chingford Police Station\*\* closed on 28 February 2026/],
        // The clause that asks names no state: what was heard is what is asked about.
        ['someone told me they shut bethnal green, is that true?', /^No, the front counter at \*\*Bethnal Green Police Station\*\* is open/],
      ],
      { understood: true },
    );
  });

  describe('danger told the same way still leads with 999', () => {
    for (const say of [
      'heard someone smashing the door in right now, is walworth still open?',
      'my mate said he\'s got a knife and he\'s coming for me, is ilford still open',
    ]) {
      it(say, async () => expect999First(await new Conversation().say(say), say));
    }
  });
});
