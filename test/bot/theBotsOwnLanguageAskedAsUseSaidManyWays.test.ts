/**
 * Whether the bot itself can be used in another language ("can i use this in welsh", "is this available in urdu", "is
 * the chat in polish"): it answers in English only, said first, not the interpreter line for speaking to the police.
 * Controls: an interpreter asked for at a counter, or reporting in a language, keep the interpreter answer.
 */
import { DateTime } from 'luxon';
import { itAnswersFirst } from './harness';

const FRIDAY = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });
const ENGLISH_ONLY = /^I can only answer in English\./;
const INTERPRETER = (language: string) => new RegExp(`^To speak to the police in ${language}, call 101, or 999 in an emergency, and ask for an interpreter\\.`);

describe("the bot's own language asked as whether it can be used in one: English only", function () {
  this.timeout(60_000);
  itAnswersFirst(
    [
      ['can i use this in welsh', ENGLISH_ONLY],
      ['is this available in urdu', ENGLISH_ONLY],
      ['is the chat in polish', ENGLISH_ONLY],
      ['could we use the bot in arabic', ENGLISH_ONLY],
      ['is stationdesk available in other languages', ENGLISH_ONLY],
      ['can i have this in my own language', ENGLISH_ONLY],
    ],
    { now: FRIDAY },
  );
});

describe('controls: an interpreter for the police', function () {
  this.timeout(60_000);
  itAnswersFirst(
    [
      ['can i get an interpreter in polish at brixton', INTERPRETER('Polish')],
      ['can i report in polish', INTERPRETER('Polish')],
    ],
    { now: FRIDAY },
  );
});
