/**
 * The bot reached other than by typed chat, through the real bot: by phone, email or voice ("can i ring you", "do you
 * have an email", "whats your email address", "can u do voice", "can i call you instead"): "No" first, it answers typed
 * messages in a web chat page and Microsoft Teams, then how to speak to the police. Never "Sorry, I can't help".
 * Controls: the police's own number, a counter's number, calling the police, an app or WhatsApp, a voice note.
 */
import { itAnswersFirst } from './harness';

const TYPED_ONLY = /^No: I can't take phone calls, emails or voice messages\. I answer typed messages, in a web chat page and in Microsoft Teams\./;

describe('the bot reached other than by typing, said many ways', () => {
  itAnswersFirst(
    [
      ['can i ring you', TYPED_ONLY],
      ['do you have an email', TYPED_ONLY],
      ['whats your email address', TYPED_ONLY],
      ['can u do voice', TYPED_ONLY],
      ['can i talk to you out loud', TYPED_ONLY],
      ['can i call you instead', TYPED_ONLY],
      ['does this bot have a phone line', TYPED_ONLY],
      ['can i email stationdesk?', TYPED_ONLY],
    ],
    { understood: true },
  );

  describe('controls', () => {
    itAnswersFirst([
      ['whats ur phone number', /^If it is not an emergency: call 101/],
      ['can i call the police', /^If it is not an emergency: call 101/],
      ['whats the number for brixton', /Brixton Police Station/],
      ['can i use this on whatsapp', /^No: there's no StationDesk app to download/],
      ['can i send you a voice note', /^I can't speak or listen: I answer typed messages/],
      ['can you call me an ambulance', /^\*\*Call 999 now\*\*/],
    ]);
  });
});
