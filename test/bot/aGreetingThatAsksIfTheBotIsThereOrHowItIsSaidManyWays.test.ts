/**
 * A greeting that asks something of the bot, answered first: whether it is there ("u there?", "r u there", "anyone
 * there", "is this thing working", "can u hear me": "Yes, I'm here.") or how it is ("how r u", "hows it going", "you
 * alright mate", "good morning how are you": "I'm well, thanks for asking."), then what it does. Before, each got
 * "Hello!", which answers neither. Follow-ups after it keep the counter discussed. Controls: a bare greeting ("hello",
 * "hi there", "good morning") is still "Hello!"; a question with a greeting is the question; danger leads with 999.
 */
import { DateTime } from 'luxon';
import { it999FirstAsControls } from './call999First';
import { itAnswersFirst, itAnswersLast } from './harness';

const FRIDAY = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });
const HERE = /^Yes, I'm here\. I can tell you whether a London police front counter is open/;
const WELL = /^I'm well, thanks for asking\. I can tell you whether a London police front counter is open/;
const HELLO = /^Hello! I can tell you whether a London police front counter is open/;

describe('a greeting that asks if the bot is there or how it is, said many ways', function () {
  this.timeout(60_000);
  itAnswersFirst(
    [
      ['u there?', HERE],
      ['r u there', HERE],
      ['anyone there', HERE],
      ['are you still there?', HERE],
      ['is this thing working', HERE],
      ['can u hear me', HERE],
      ['helloooo anyone there??', HERE],
      ['how r u', WELL],
      ['how are you today', WELL],
      ['hows it going', WELL],
      ['you alright mate', WELL],
      ['good morning how are you', WELL],
    ],
    { understood: true, now: FRIDAY },
  );
  itAnswersLast(
    [
      [['is brixton open now', 'u there?'], HERE],
      [['is brixton open now', 'u there?', 'and its address'], /^\*\*Brixton Police Station\*\*: 367 Brixton Road/],
      [['is brixton open now', 'how r u', 'what about sunday'], /^Yes, \*\*Brixton Police Station\*\* is open on Sunday 6 December, 09:00–19:00/],
    ],
    FRIDAY,
  );

  describe('controls', () => {
    itAnswersFirst(
      [
        ['hello', HELLO],
        ['hi there', HELLO],
        ['good morning', HELLO],
        ['hi how are you, is brixton open', /^Yes, \*\*Brixton Police Station\*\* is open now, until 22:00/],
        ['are you a real person', /^No, I'm StationDesk, a chatbot, not a person\./],
      ],
      { now: FRIDAY },
    );
    it999FirstAsControls(['u there? someone is breaking into my house right now'], FRIDAY);
  });
});
