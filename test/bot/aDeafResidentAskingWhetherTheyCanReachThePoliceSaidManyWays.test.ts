/**
 * A deaf or hard-of-hearing resident asking whether they can text or message the police, said after telling so ("i'm
 * deaf can i text the police", "my nan is hard of hearing could she message the police"), and Relay UK asked how to use
 * ("whats relay uk and how do i use it"): how to reach 999 by text or through Relay UK, with no danger told (was: "Call
 * 999 now", and for Relay UK "Yes: I'm a text chat", the "it" read as the bot). Controls: danger told with it still
 * leads with "Call 999 now"; the bot asked of ("im deaf can i use this") keeps "Yes: I'm a text chat".
 */
import { itAnswersFirst, itAnswersLast } from './harness';

const HOW = /^If you are deaf, hard of hearing or speech-impaired: text 999 after registering the mobile once .*Relay UK/;

describe('a deaf resident asking whether they can reach the police, said many ways', function () {
  this.timeout(60_000);
  itAnswersFirst(
    [
      ["i'm deaf can i text the police", HOW],
      ['im deaf can i text 999', HOW],
      ['my nan is hard of hearing could she message the police', HOW],
      ['im hard of hearing can i still contact the police', HOW],
      ['whats relay uk and how do i use it', HOW],
      ['what is text relay and how does it work', HOW],
    ],
    { understood: true },
  );
  itAnswersLast([[['is brixton open now?', 'im deaf can i text the police'], HOW]]);

  describe('controls', () => {
    itAnswersFirst([
      ['im deaf and someone is breaking in can i text 999', /^\*\*Call 999 now\*\*/],
      ['im deaf and hes hitting me can i text the police', /^\*\*Call 999 now\*\*/],
      ['im deaf can i use this', /^Yes: I'm a text chat, so you can use me without hearing or speaking\./],
      ['can deaf people use this chat', /^Yes: I'm a text chat/],
    ]);
  });
});
