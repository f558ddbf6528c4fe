/**
 * The bot compared with another assistant, or asked whether it knows everything, through the real bot ("are you better
 * than chatgpt", "are you smarter than siri", "how do you compare to alexa", "do you know everything"): what it is
 * (an AI named: not a language model) or what it knows (London's police front counters), first; never "Sorry, I can't
 * help with that".
 * Controls: two counters compared ("is brixton better than lewisham"), whether it is AI, thanks.
 */
import { itAnswersFirst } from './harness';

const NOT_A_MODEL = /^I'm StationDesk, a chatbot, not an AI language model:/;
const A_CHATBOT = /^I'm StationDesk, a chatbot\./;
const WHAT_IT_KNOWS = /^I answer questions about police front counters in London/;

describe('the bot compared with another assistant, or asked if it knows everything, said many ways', () => {
  itAnswersFirst(
    [
      ['are you better than chatgpt', NOT_A_MODEL],
      ['r u smarter than chat gpt?', NOT_A_MODEL],
      ['r u a copy of chatgpt', NOT_A_MODEL],
      ['are you smarter than siri', A_CHATBOT],
      ['how do you compare to alexa', A_CHATBOT],
      ['are you as good as google assistant', A_CHATBOT],
      ['do you know everything', WHAT_IT_KNOWS],
      ['u know it all?', WHAT_IT_KNOWS],
    ],
    { understood: true },
  );

  describe('controls', () => {
    itAnswersFirst([
      ['is brixton better than lewisham', /^Lewisham is open longer/],
      ['are you ai', NOT_A_MODEL],
      ['thanks mate', /^You're welcome\./],
    ]);
  });
});
