/**
 * A complaint about the bot itself ("how do i make a complaint about this bot", "i want to complain about you"): feedback
 * the bot cannot take, not complaints about the police. Controls: a complaint about an officer or the police, or one with
 * nothing named, is still about the police. Through the bot.
 */
import { DateTime } from 'luxon';
import { itAnswersFirst } from './harness';

const FRIDAY = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });
const FEEDBACK = /^I can't take feedback or pass it on\./;
const POLICE_COMPLAINTS = /^My sources don't cover complaints about the police\./;

describe('a complaint about the bot, said many ways', function () {
  this.timeout(60_000);
  itAnswersFirst(
    [
      ['how do i make a complaint about this bot', FEEDBACK],
      ['i want to complain about you', FEEDBACK],
      ['where do i complain about this chatbot', FEEDBACK],
      ['can i make a complaint about the bot', FEEDBACK],
      ['how do i complain about your answers', FEEDBACK],
      ['i wanna make a complaint about this app', FEEDBACK],
    ],
    { understood: true, now: FRIDAY },
  );

  describe('controls', () => {
    itAnswersFirst(
      [
        ['how do i complain about an officer at brixton', POLICE_COMPLAINTS],
        ['how do i make a complaint', POLICE_COMPLAINTS],
        ['i want to complain about the police', POLICE_COMPLAINTS],
      ],
      { now: FRIDAY },
    );
  });
});
