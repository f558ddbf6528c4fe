/**
 * Small talk typed short, as on a phone: whether it is a bot or a person with the "are" left out ("u a robot?", "you
 * human?") gets "Yes, ..." or "No, ..." first as "are you a bot" does (was the what-I-am text with no yes or no); "text
 * 999" named alone is the way to reach 999 without speaking (was "Call 999 now ... I can't call the police for you");
 * sign language asked of the bot ("do you do bsl") is an interpreter through 101 (was "I can only answer in English"), said
 * after the bot itself only types English (round 30b).
 * Controls: a spoken language asked of the bot is still the bot's English; "text 999 for me" is still a request the bot
 * cannot do; one of two ("you a bot or a human") is still what it is; danger leads with 999.
 */
import { it999FirstAsControls } from './call999First';
import { itAnswersFirst } from './harness';

const YES_A_BOT = /^Yes, I'm StationDesk, a chatbot\./;
const NOT_A_PERSON = /^No, I'm StationDesk, a chatbot, not a person\./;
const TEXT_999 = /^If you are deaf, hard of hearing or speech-impaired: text 999 after registering/;
// Asked of the bot, it says first that it only types English (round 30b).
const BOT_BSL = /^I can't sign or speak: I only type, in English\. To speak to the police in (?:British Sign Language|sign language), call 101, or 999 in an emergency, and ask for an interpreter\./;
const BSL = /^To speak to the police in (?:British Sign Language|sign language), call 101, or 999 in an emergency, and ask for an interpreter\./;

describe('the bot or a 999 route asked short, said many ways', function () {
  this.timeout(60_000);
  itAnswersFirst(
    [
      ['u a robot?', YES_A_BOT],
      ['you a bot?', YES_A_BOT],
      ['u a bot?', YES_A_BOT],
      ['u a chatbot', YES_A_BOT],
      ['u just a bot?', YES_A_BOT],
      ['you a machine??', YES_A_BOT],
      ['u human?', NOT_A_PERSON],
      ['u a real person', NOT_A_PERSON],
      ['you a human being?', NOT_A_PERSON],
      ['text 999', TEXT_999],
      ['text 999?', TEXT_999],
      ['text 999 pls', TEXT_999],
      ['texting 999', TEXT_999],
      ['do you do bsl', BOT_BSL],
      ['do u do sign language', BOT_BSL],
      ['can you speak bsl', BOT_BSL],
      ['do you understand british sign language', BOT_BSL],
    ],
    { understood: true },
  );

  describe('controls', () => {
    itAnswersFirst([
      ['are you a bot', YES_A_BOT],
      ['do you speak polish', /^I can only answer in English\./],
      ['do u speak french', /^I can only answer in English\./],
      ['text 999 for me', /^\*\*Call 999 now\*\* if someone is in danger: I can't call the police for you\./],
      ['can i text 999', TEXT_999],
      ['you a bot or a human', /^I'm StationDesk, a chatbot\./],
      ['can i use bsl', BSL],
    ]);
    it999FirstAsControls(['u a robot? someone is breaking into my house', 'text 999 he has a knife', 'do you do bsl my dad collapsed']);
  });
});
