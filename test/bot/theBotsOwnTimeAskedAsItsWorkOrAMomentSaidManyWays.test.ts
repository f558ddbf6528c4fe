/**
 * The bot's own hours asked as its work or as a moment to message it, through the real bot ("do you work at night",
 * "do u work weekends", "can i message you at 3am", "is the bot available on christmas day", "do you work 24/7"): the
 * chatbot answers at any time, said first, never "Sorry, I can't help with that" nor the counters open 24 hours.
 * Controls: with a counter discussed, "you" is that counter; "do you work for the police" is the bot's standing;
 * the 24-hour counters asked of counters; a counter asked on Christmas Day.
 */
import { expect } from 'chai';
import { Conversation, firstLineOf, itAnswersFirst } from './harness';

const ANY_TIME = /^I'm a chatbot, so you can ask me at any time, day or night, every day of the year\.$/;

describe("the bot's own time asked as its work or a moment, said many ways", () => {
  itAnswersFirst(
    [
      ['do you work at night', ANY_TIME],
      ['do u work weekends', ANY_TIME],
      ['can i message you at 3am', ANY_TIME],
      ['is the bot available on christmas day', ANY_TIME],
      ['are you open on christmas day', ANY_TIME],
      ['do you work 24/7', ANY_TIME],
      ['can i use this at midnight', ANY_TIME],
      ['does the bot answer on bank holidays?', ANY_TIME],
      ['will you reply in the middle of the night', ANY_TIME],
      ['hi can i ask you stuff at 11pm', ANY_TIME],
    ],
    { understood: true },
  );

  it('"are you open on christmas day" after a counter was discussed: that counter, not the bot', async () => {
    const chat = new Conversation();
    await chat.say('is brixton open');
    expect(firstLineOf(await chat.askText('are you open on christmas day'))).to.match(/Brixton Police Station/);
  });

  describe('controls', () => {
    itAnswersFirst([
      ['do you work for the police', /^No: I'm StationDesk, an open-source chatbot/],
      ['which stations are open 24/7', /front counters? (?:are|is) open 24 hours/],
      ['is lewisham open on christmas day', /Lewisham/],
      ['do police stations work at night', /^(?!I'm a chatbot)/],
    ]);
  });
});
