/**
 * The bot called slow-witted ("you're a bit thick aren't you", "this bot is clueless", "ur a muppet", "how dense are
 * you"), through the real bot: the apology for not being more help, as for "you're useless", not "I can't help with that".
 * Controls: thick or dense said of something else keeps its own answer (a counter's hours, smoke as danger, someone
 * called thick by an abuser is danger).
 */
import { expect999First } from './call999First';
import { Conversation, itAnswersFirst } from './harness';

const SORRY = /^Sorry I haven't been more help\. I'm a simple assistant that only knows about London's police front counters\./;

describe('the bot called slow-witted, said many ways: the apology for not being more help', () => {
  itAnswersFirst([
    ["you're a bit thick aren't you", SORRY],
    ['you are thick', SORRY],
    ['this bot is clueless', SORRY],
    ['how dense are you', SORRY],
    ['ur a muppet', SORRY],
    ['u r such a numpty', SORRY],
    ['your a bit thick mate', SORRY],
  ]);

  describe('controls', () => {
    itAnswersFirst([['the walls are thick, is brixton open', /^Yes, \*\*Brixton Police Station\*\* is open now/]]);
    for (const said of ['thick smoke is coming from the flat next door', 'my husband calls me thick and hits me']) {
      it(`danger control: ${said}`, async () => expect999First(await new Conversation().say(said), said));
    }
  });
});
