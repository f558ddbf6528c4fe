/**
 * A call asked of the counter just discussed, by a word for it ("is brixton open" then "can you ring them", "call them
 * for me", "can u phone that one"), through the real bot: that the bot cannot contact a station for the resident comes
 * first, then how to reach it; never "can't help". Controls: a named station asked to be called keeps the same answer; a
 * call to one's family is a message; danger said with it leads with 999.
 */
import { expect999First } from './call999First';
import { Conversation, itAnswersFirst, itAnswersLast } from './harness';

const CANNOT_CONTACT = /^I can't contact a station or an officer for you\.$/;

describe('a call asked of the counter just discussed, said many ways', () => {
  itAnswersLast([
    [['is brixton open', 'can you ring them'], CANNOT_CONTACT],
    [['is brixton open', 'call them for me'], CANNOT_CONTACT],
    [['nearest to SE13', 'can u phone that one'], CANNOT_CONTACT],
    [['when does ilford close', 'could you email them please'], CANNOT_CONTACT],
    [['is walworth open on sunday', 'ok can you call there'], CANNOT_CONTACT],
    [['lewisham police station address', 'can you contact them'], CANNOT_CONTACT],
  ]);

  describe('controls', () => {
    itAnswersFirst([
      ['can you ring brixton police station', CANNOT_CONTACT],
      ['can you text my mum', /^I can't send messages or make calls for you\./],
    ]);

    it('danger control: is brixton open / can you ring them, someone is breaking in', async () => {
      const c = new Conversation();
      await c.askText('is brixton open');
      const said = 'can you ring them, someone is breaking in';
      expect999First(await c.say(said), said);
    });
  });
});
