/**
 * The bot's replies asked for in another format ("is there an easy read version", "can i get this in braille", "can i
 * get a text version", "is there a plain english version"), through the real bot: that it has no other versions comes
 * first, then what it does send (short written replies a screen reader can read aloud); never a postcode asked for nor
 * "can't help". Controls: large print keeps the text-size answer, an audio version the voice answer, a Welsh version
 * the language answer, a BSL interpreter at a counter the interpreter answer; danger leads with 999.
 */
import { expect999First } from './call999First';
import { Conversation, itAnswersFirst } from './harness';

const NO_OTHER_VERSIONS = /^I have no other versions, such as easy read or braille: I only send short written replies here, which your phone's screen reader can read aloud\./;

describe('the bot asked for another format, said many ways', () => {
  itAnswersFirst(
    [
      ['is there an easy read version', NO_OTHER_VERSIONS],
      ['can i get this in braille', NO_OTHER_VERSIONS],
      ['can i get a text version', NO_OTHER_VERSIONS],
      ['do you have an easy read format', NO_OTHER_VERSIONS],
      ['is there a plain english version', NO_OTHER_VERSIONS],
      ['easy read?', NO_OTHER_VERSIONS],
      ['is there an accessible version of this', NO_OTHER_VERSIONS],
    ],
    { understood: true },
  );

  describe('controls', () => {
    itAnswersFirst([
      ['is there a large print version', /^I can't change the size of the text/],
      ['do you have an audio version', /^I can't speak or listen/],
      ['is there a welsh version', /^I can only answer in English\./],
      ['can i get a bsl interpreter at brixton', /^To speak to the police in British Sign Language/],
    ]);

    it('danger control: my deaf son uses bsl, a man is attacking him', async () => {
      const said = 'my deaf son uses bsl, a man is attacking him';
      expect999First(await new Conversation().say(said), said);
    });
  });
});
