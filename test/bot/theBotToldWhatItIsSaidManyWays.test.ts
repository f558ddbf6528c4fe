/**
 * The resident tells the bot what it is rather than asking ("you are a bot", "ur not a real person lol"), through the
 * real bot: answered as "are you a bot?" is, with what it is first, never "I can't help with that". Controls: praise
 * ("youre a lifesaver") stays thanks, a question after the statement is answered, and a robot that is not the bot
 * ("your robot vacuum is broken") is still out of scope.
 */
import { itAnswersFirst } from './harness';

const WHAT_IT_IS = /^I'm StationDesk, a chatbot\b/;

describe('the bot told what it is, said many ways: what it is, first', () => {
  itAnswersFirst([
    ['you are a bot', WHAT_IT_IS],
    // Told with a question tag: asked, so yes first.
    ['youre just a bot arent you', /^Yes, I'm StationDesk, a chatbot\./],
    ['ur a robot lol', WHAT_IT_IS],
    ["you're not a real person", WHAT_IT_IS],
    ['your a bot innit', WHAT_IT_IS],
    ['ur not human are u', WHAT_IT_IS],
    ['you are an automated system right', WHAT_IT_IS],
    ['ur not a real human lol', WHAT_IT_IS],
    ['so youre an ai', /^I'm StationDesk, a chatbot, not an AI language model/],
  ]);

  describe('controls', () => {
    itAnswersFirst([
      ['you are a bot, is brixton open', /^Yes, \*\*Brixton Police Station\*\* is open/],
      ['youre a lifesaver', /^You're welcome/],
      ['your robot vacuum is broken', /can't help with that/],
      ['are you a bot', /^Yes, I'm StationDesk, a chatbot\./],
    ]);
  });
});
