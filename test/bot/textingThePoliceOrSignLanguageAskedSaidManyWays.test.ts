/**
 * Texting the police asked, however the text is called ("999 by text", "sms 999", "txt 999?", "can i message 999",
 * "does 999 by sms work"): the data's resident facts on registering for emergency texts and Relay UK, 999 in that first
 * line (it was "Call 999 now", as if danger were told). Sign language unnamed is said in lower case mid-sentence ("in
 * sign language"; it was "in Sign Language"), British Sign Language keeps its capitals. Controls: danger told beside a
 * text is "Call 999 now"; "can i text 999 if i cant talk" (someone unable to speak) still leads with 999 now. Through the bot.
 */
import { DateTime } from 'luxon';
import { it999FirstAsControls } from './call999First';
import { itAnswersFirst } from './harness';

const FRIDAY = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });
const TEXT_999 = /^If you are deaf, hard of hearing or speech-impaired: text 999 after registering the mobile once \(text "register" to 999 and follow the reply\), or call 18000 through Relay UK/;

describe('texting the police or sign language asked, said many ways', function () {
  this.timeout(60_000);
  itAnswersFirst(
    [
      ['999 by text', TEXT_999],
      ['sms 999', TEXT_999],
      ['txt 999?', TEXT_999],
      ['999 via sms', TEXT_999],
      ['can i sms 999', TEXT_999],
      ['can i message 999', TEXT_999],
      ['does 999 by sms work', TEXT_999],
      ['is there a 999 text service', TEXT_999],
      ['can i text the police', TEXT_999],
      ['how do i text 999', TEXT_999],
    ],
    { understood: true, now: FRIDAY },
  );
  itAnswersFirst(
    [
      ['can u speak sign language', /^I can't sign or speak: I only type, in English\. To speak to the police in sign language, call 101, or 999 in an emergency, and ask for an interpreter\./],
      ['do they do sign language', /^To speak to the police in sign language, call 101/],
      ['sign language interpreter at brixton?', /^To speak to the police in sign language, call 101/],
      ['bsl', /^To speak to the police in British Sign Language, call 101/],
      ['can i get a british sign language interpreter', /^To speak to the police in British Sign Language, call 101/],
    ],
    { understood: true, now: FRIDAY },
  );

  describe('controls', () => {
    it999FirstAsControls(
      ['text 999 theres a man in my house', 'someone broke in im texting 999', 'can i text the police, a man is following me', 'can i text 999 if i cant talk'],
      FRIDAY,
    );
  });
});
