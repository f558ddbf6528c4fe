/**
 * Questions about the bot and the police watchdog, said as residents type them: the watchdog named ("how do i contact the
 * iopc", "ipcc number") is a complaint about the police (was the 101 reply); what the Met or the police do with one's
 * data or messages here is what the bot keeps (was "my sources don't say whether police front counters do that"); sign
 * language asked of the bot ("can u speak sign language") says first that it only types English, then the interpreter
 * route (was the route alone); slang praise with an intensifier ("proper sick mate") is thanks (was "didn't understand").
 * Controls: feeling sick is not thanks; sign language with the police keeps the interpreter route; 101 asked stays 101.
 */
import { DateTime } from 'luxon';
import { itAnswersFirst } from './harness';

const FRIDAY = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });
const COMPLAINTS = /^My sources don't cover complaints about the police\. Check met\.police\.uk or call 101\./;
const KEEPS = /^I keep only what this conversation needs/;
const SIGNS = /^I can't sign or speak: I only type, in English\. To speak to the police in (?:sign language|British Sign Language), call 101/;
const THANKS = /^You're welcome\./;

describe('the bot and the watchdog asked, said many ways', function () {
  this.timeout(60_000);
  itAnswersFirst(
    [
      ['how do i contact the ipcc', COMPLAINTS],
      ['iopc phone number', COMPLAINTS],
      ['how do i get in touch with the independent office for police conduct', COMPLAINTS],
      ['whats the police watchdog', COMPLAINTS],
      ['what does the met do with my data', KEEPS],
      ['what do the police do with my messages', KEEPS],
      ['what will you do with my info', KEEPS],
      ['is my chat with you private', KEEPS],
      ['can u speak sign language', SIGNS],
      ['do you know bsl', SIGNS],
      ['can you do sign language', SIGNS],
      ['proper sick mate', THANKS],
      ['bare helpful ta', THANKS],
      ['dead good that', THANKS],
      ['bare useful cheers', THANKS],
    ],
    { understood: true, now: FRIDAY },
  );

  describe('controls', () => {
    itAnswersFirst(
      [
        ['i feel proper sick', /^(?!You're welcome)/],
        ['do the police have sign language interpreters', /^(?!I can't sign)/],
        ['whats the non emergency number', /101/],
      ],
      { now: FRIDAY },
    );
  });
});
