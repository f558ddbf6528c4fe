/**
 * The bot called a joke, or said never to understand, as the whole message ("mate you're a joke", "this bot is a joke",
 * "what a joke", "you never understand anything"): frustration, the apology, not "I don't know any jokes" nor "can't
 * help". Controls: a joke asked for is still declined as a joke; "whats ur phone number" is still the police's number
 * (101); a station's number, or "their number" after a counter, is still no direct numbers. Through the bot.
 */
import { DateTime } from 'luxon';
import { itAnswersFirst, itAnswersLast } from './harness';

const FRIDAY = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });
const SORRY = /^Sorry I haven't been more help\./;
const NO_JOKES = /^I'm afraid I don't know any jokes/;

describe('the bot called a joke or said not to understand, said many ways', function () {
  this.timeout(60_000);
  itAnswersFirst(
    [
      ["mate you're a joke", SORRY],
      ['this bot is a joke', SORRY],
      ['what a joke', SORRY],
      ['ur a joke lol', SORRY],
      ['you never understand anything', SORRY],
      ['you dont understand me', SORRY],
    ],
    { understood: true, now: FRIDAY },
  );
  itAnswersLast([[['is brixton open now?', "you're a joke"], SORRY]], FRIDAY);

  describe('controls', () => {
    itAnswersFirst(
      [
        ['tell me a joke', NO_JOKES],
        ['do you know any jokes', NO_JOKES],
        ['whats ur phone number', /^If it is not an emergency: call 101/],
        ['whats the phone number for brixton police station', /^I don't have direct phone numbers for police stations/],
      ],
      { now: FRIDAY },
    );
    itAnswersLast([[['is brixton open now?', 'whats their number'], /^I don't have direct phone numbers for police stations/]], FRIDAY);
  });
});
