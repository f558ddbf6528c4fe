/**
 * Where a counter's fact came from, asked as how the bot knows it or where it got it ("where did you get brixtons
 * hours", "how do you know walworth is open", "who told u ilford was closing", "what makes you think sutton closes at
 * 7"): that counter's sources lead, linked and dated, then what it is. Was its address or its state with no source.
 * Controls: the resident's own "how do i know if brixton is open" (the state), "how do you know?" after an answer (the
 * last answer's sources), and "how do you know where i am" (what the bot keeps). Through the bot.
 */
import { expect } from 'chai';
import { Conversation, firstLineOf } from './harness';

const ledBy = (name: string) => new RegExp(`^My sources on \\*\\*${name}\\*\\*: \\[[^\\]]+, \\d+ \\w+ \\d{4}\\]\\(https?://[^)]+\\)`);

describe('the sources of a counter asked as how the bot knows: its sources first', () => {
  for (const [say, name] of [
    ['where did you get brixtons hours', 'Brixton Police Station'],
    ['where did you get brixtons hours from', 'Brixton Police Station'],
    ['how do you know walworth is open', 'Walworth Police Station'],
    ['who told u ilford was closing', 'Ilford Police Station'],
    ['where did you hear that wimbledon shut', 'Wimbledon Police Station'],
    ['how can you tell croydon is open 24 hours', 'Croydon Police Station'],
    ['what makes you think sutton closes at 7', 'Sutton Police Station'],
    ['how would you know if ilford is shut', 'Ilford Police Station'],
    ['where have u found the times for lewisham', 'Lewisham Police Station'],
  ] as const) {
    it(say, async () => {
      const text = await new Conversation().askText(say);
      expect(firstLineOf(text)).to.match(ledBy(name));
      expect(text.split('\n\n')[1]).to.contain(`**${name}**`);
    });
  }
});

describe('controls: the resident\'s own how, the last answer\'s sources, and privacy', () => {
  it('"how do i know if brixton is open": the state', async () => {
    expect(firstLineOf(await new Conversation().askText('how do i know if brixton is open'))).to.match(/^\*\*Brixton Police Station\*\* is open/);
  });

  it('"how do you know?" after "is brixton open": the last answer\'s sources', async () => {
    const c = new Conversation();
    await c.askText('is brixton open');
    expect(firstLineOf(await c.askText('how do you know?'))).to.match(/^About "Yes, Brixton Police Station is open/);
  });

  it('"how do you know where i am": what the bot knows of where one is', async () => {
    expect(firstLineOf(await new Conversation().askText('how do you know where i am'))).to.match(/^No: I can't see your location\. I only know a place or postcode you type/);
  });

  it('"is walworth open": the state, no sources first', async () => {
    expect(firstLineOf(await new Conversation().askText('is walworth open'))).to.not.match(/^My sources/);
  });
});
