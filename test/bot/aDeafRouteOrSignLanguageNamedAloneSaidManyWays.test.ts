/**
 * Relay UK, text relay or sign language named alone or asked as a bare want ("relay uk number", "text relay", "relay uk",
 * "18000", "can i use bsl", "bsl", "do they do sign language"): text 999 and Relay UK, or an interpreter through 101 or 999,
 * answered as asked about, not "Call 999 now" as if someone were in danger, nor "I have no other versions" or "Sorry, I didn't
 * understand that". Controls: deaf and in danger now still leads with "Call 999 now"; a BSL or easy read version of the
 * replies is still declined as another format; "what is relay uk" keeps its answer.
 */
import { DateTime } from 'luxon';
import { expect } from 'chai';
import { Conversation, firstLineOf, itAnswersFirst } from './harness';

const FRIDAY = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });
const RELAY = /^If you are deaf, hard of hearing or speech-impaired: text 999 after registering the mobile once \(text "register" to 999 and follow the reply\), or call 18000 through Relay UK/;
const SIGN = /^To speak to the police in British Sign Language, call 101, or 999 in an emergency, and ask for an interpreter\./;

describe('a deaf route or sign language named alone, said many ways', function () {
  this.timeout(60_000);
  itAnswersFirst(
    [
      ['relay uk number', RELAY],
      ['text relay', RELAY],
      ['relay uk', RELAY],
      ['text relay service', RELAY],
      ['relay uk details pls', RELAY],
      ['18000', RELAY],
      ['what is relay uk', RELAY],
    ],
    { understood: true, now: FRIDAY },
  );
  itAnswersFirst(
    [
      ['can i use bsl', SIGN],
      ['bsl', SIGN],
      ['is there bsl', SIGN],
      ['i use bsl', SIGN],
      ['british sign language please', SIGN],
      ['do they do sign language', /^To speak to the police in sign language, call 101, or 999 in an emergency, and ask for an interpreter\./],
      ['bsl interpreter', SIGN],
    ],
    { understood: true, now: FRIDAY },
  );

  describe('controls', () => {
    it('deaf and in danger now: Call 999 now first', async () => {
      const text = await new Conversation('webchat', FRIDAY).askText('im deaf and someone is breaking into my flat right now');
      expect(firstLineOf(text)).to.match(/^\*\*Call 999 now\*\*/);
    });
    itAnswersFirst(
      [
        ['is there an easy read version', /^I have no other versions, such as easy read or braille/],
        ['is there a bsl version of this chat', /^I have no other versions, such as easy read or braille/],
      ],
      { now: FRIDAY },
    );
  });
});
