/**
 * A greeting typed short on a phone ("gm", "gm!", "gm mate"), through the real bot: the greeting and what the bot does,
 * not "Sorry, I didn't understand that". Controls: a question after it is answered; "gn" stays goodbye; other greetings
 * as before.
 */
import { itAnswersFirst } from './harness';

const HELLO = /^Hello! I can tell you whether a London police front counter is open/;

describe('a greeting abbreviated, said many ways', () => {
  itAnswersFirst(
    [
      ['gm', HELLO],
      ['gm!', HELLO],
      ['gm mate', HELLO],
      ['GM', HELLO],
      ['gm bot', HELLO],
      ['hiya', HELLO],
    ],
    { understood: true },
  );

  describe('controls', () => {
    itAnswersFirst([
      ['gm, is brixton open', /^Yes, \*\*Brixton Police Station\*\* is open now/],
      ['gn', /^Goodbye\./],
    ]);
  });
});
