/**
 * A named station's own phone number or email ("phone number for croydon police station", "can you give me the number
 * for croydon police station", "can i ring lewisham police station directly", "email address for ilford police
 * station"): the data holds no station's own number or email, so that is said, with 101 and met.police.uk (was: "I
 * can't contact a station or an officer for you", as if a call had been asked of the bot, or the counter's hours).
 * Controls: a call or an email asked of the bot for the resident ("can you ring brixton police station for me") is
 * still what it cannot do; "what's brixton police station's phone number" keeps its answer.
 */
import { DateTime } from 'luxon';
import { itAnswersFirst } from './harness';

const FRIDAY = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });
const NO_NUMBERS = /^I don't have direct phone numbers for police stations: call 101, or report online at met\.police\.uk\./;
const NO_EMAILS = /^I don't have email addresses for police stations: call 101, or report online at met\.police\.uk\./;

describe("a station's own number asked with its name, said many ways", function () {
  this.timeout(60_000);
  itAnswersFirst(
    [
      ['phone number for croydon police station', NO_NUMBERS],
      ['can you give me the number for croydon police station', NO_NUMBERS],
      ['can i ring lewisham police station directly', NO_NUMBERS],
      ['whats the phone number for brixton police station', NO_NUMBERS],
      ['number for the ilford police station pls', NO_NUMBERS],
      ['email address for ilford police station', NO_EMAILS],
    ],
    { understood: true, now: FRIDAY },
  );

  describe('controls', () => {
    itAnswersFirst(
      [
        ["what's brixton police station's phone number", NO_NUMBERS],
        ['can you ring brixton police station for me', /^I can't contact a station or an officer for you\./],
        ['can you email lewisham police station for me', /^I can't contact a station or an officer for you\./],
      ],
      { now: FRIDAY },
    );
  });
});
