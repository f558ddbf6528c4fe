/**
 * The bot's own hours, said many ways ("what are your hours", "are you open 24 hours", "do you close at night"): the
 * chatbot answers at any time, said first, not a counter's hours. After a counter was discussed, "are you open 24
 * hours?" is asked as if to that counter, so that counter's hours answer it.
 */
import { expect } from 'chai';
import { Conversation, firstLineOf, itAnswersFirst } from './harness';

const ANY_TIME = /^I'm a chatbot, so you can ask me at any time, day or night, every day of the year\.$/;

describe("the bot's own hours, said many ways: any time, said first", () => {
  itAnswersFirst(
    [
      ['what are your hours', ANY_TIME], ['whats ur opening hours', ANY_TIME], ['what are your opening times?', ANY_TIME],
      ['are you open 24 hours', ANY_TIME], ['r u open 24/7', ANY_TIME], ['are you available at night', ANY_TIME],
      ['when are you available', ANY_TIME], ['when is this bot online', ANY_TIME], ['do you close at night', ANY_TIME],
      ['does this bot ever close', ANY_TIME], ['do you shut at weekends?', ANY_TIME], ['can i use you at night', ANY_TIME],
      ['what hours are you open', ANY_TIME], ['are you available on weekends', ANY_TIME], ['what time do you close', ANY_TIME],
    ],
    { understood: true },
  );

  it('"are you open 24 hours?" after a counter was discussed: that counter, not the bot', async () => {
    const chat = new Conversation();
    await chat.say('is ilford open now');
    expect(firstLineOf(await chat.askText('are you open 24 hours?'))).to.match(/^No, \*\*Ilford Police Station\*\* is not open 24 hours/);
  });

  it('"r u open 24/7" after an address: that counter', async () => {
    const chat = new Conversation();
    await chat.say('brixton address');
    expect(firstLineOf(await chat.askText('r u open 24/7'))).to.match(/^No, \*\*Brixton Police Station\*\* is not open 24 hours/);
  });

  it('a counter named with "you": that counter', async () => {
    const chat = new Conversation();
    expect(firstLineOf(await chat.askText('are you open 24 hours at brixton'))).to.match(/^No, \*\*Brixton Police Station\*\* is not open 24 hours/);
  });

  it('which counters are open 24 hours, asked of counters: the 24-hour list, not the bot', async () => {
    const chat = new Conversation();
    expect(firstLineOf(await chat.askText('which stations are open 24 hours'))).to.not.match(ANY_TIME);
  });
});
