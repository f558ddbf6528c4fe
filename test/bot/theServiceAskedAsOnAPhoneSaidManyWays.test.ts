/**
 * The service itself asked as a resident on a phone would ("are u legit", "do the met know about this bot", "are u
 * recording this"), through the real bot: who runs it and whether it is the police, or what it keeps of the chat,
 * answered first from what the service really is. Controls: someone tracking or filming the resident is a situation
 * that leads with 999, not a question about the bot; a counter asked of keeps its answer.
 */
import { expect } from 'chai';
import { expect999First } from './call999First';
import { Conversation, itAnswersFirst, itAnswersLast } from './harness';

/** Asked yes or no whether it is the Met's: "No" first. */
const NOT_THE_METS = /^No: I'm StationDesk, an open-source chatbot, not a Metropolitan Police service: my answers come from published sources/;
const ABOUT = /^I'm StationDesk, an open-source chatbot, not a Metropolitan Police service: my answers come from published sources/;
const PRIVACY = /^I keep only what this conversation needs/;

describe('the service asked as on a phone, said many ways', () => {
  describe('who runs it, whether it is the police', () => {
    itAnswersFirst([
      ['are u legit', ABOUT],
      ['r u even legit', ABOUT],
      ['are you genuine', ABOUT],
      ['do the met know about this bot', ABOUT],
      ['does the government run this', NOT_THE_METS],
      ['does the police approve of this app', ABOUT],
      ['who runs this', ABOUT],
      ['r u the met', NOT_THE_METS],
    ], { understood: true });
  });

  describe('what it keeps of the chat', () => {
    itAnswersFirst([
      ['are u recording this', PRIVACY],
      // Where the resident is: the bot cannot see it (only a place or postcode typed).
      ['are you tracking me', /^No: I can't see your location\. I only know a place or postcode you type/],
      ['r u saving my messages', PRIVACY],
      ['are you reading my messages', PRIVACY],
      ['do u save my postcode', PRIVACY],
      ['do you keep what i type', PRIVACY],
    ], { understood: true });
    itAnswersLast([[['is brixton open', 'are u recording this'], PRIVACY]]);
  });

  describe('controls', () => {
    for (const said of ['my ex is tracking me', 'someone is recording me through the window', 'a man keeps filming us from his car']) {
      it(`${said}: 999 first`, async () => {
        expect999First(await new Conversation().say(said), said);
      });
    }
    itAnswersFirst([
      ['is brixton police station open', /^Yes, \*\*Brixton Police Station\*\* is open/],
      ['what is the number for the police', /^If it is not an emergency: call 101/],
    ]);
    it('harm to someone told as long over, with a counter asked: the counter', async () => {
      const text = await new Conversation().askText('my ex was tracking me last year, is brixton open');
      expect(text).to.match(/Brixton Police Station/);
    });
  });
});
