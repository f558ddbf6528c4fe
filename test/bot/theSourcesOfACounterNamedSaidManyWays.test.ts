/**
 * The sources asked of a counter named ("what's your source for stratford", "where does your info on stratford come
 * from", "what are your sources on brixton police station", "your sources for hornsey police station please"): the
 * sources of that counter's answer lead, linked, then what it is (open, or closed when). Where it said it did not know
 * whether there was "a source" at Stratford, or gave its hours with no source. "Sources?" after an answer, "what are
 * your sources" with none named, and a source of something else ("the source of the problem at brixton") unchanged.
 * Through the bot.
 */
import { expect } from 'chai';
import { Conversation, firstLineOf } from './harness';

const ledBy = (name: string) => new RegExp(`^My sources on \\*\\*${name}\\*\\*: \\[[^\\]]+, \\d+ \\w+ \\d{4}\\]\\(https?://[^)]+\\)`);

describe('the sources of a counter named: its sources first, then what it is', () => {
  for (const [say, name, then] of [
    ["what's your source for stratford", 'Stratford Police Station', /is open/],
    ['where does your info on stratford come from', 'Stratford Police Station', /is open/],
    ['what are your sources on brixton police station', 'Brixton Police Station', /is open/],
    ['source for wimbledon closing?', 'Wimbledon Police Station', /closed on 28 February 2026/],
    ['where do you get your information about lewisham police station from', 'Lewisham Police Station', /open 24 hours a day/],
    ['how do you know about twickenham police station', 'Twickenham Police Station', /closed on 28 February 2026/],
    ['can i see the sources for charing cross', 'Charing Cross Police Station', /open 24 hours a day/],
    ['your sources for hornsey police station please', 'Hornsey Police Station', /closed on 14 December 2017/],
  ] as const) {
    it(say, async () => {
      const text = await new Conversation().askText(say);
      expect(firstLineOf(text)).to.match(ledBy(name));
      expect(text.split('\n\n')[1]).to.contain(`**${name}**`).and.to.match(then);
    });
  }

  it('the sources named are the ones "sources?" gives after the same counter\'s answer', async () => {
    const c = new Conversation();
    await c.askText('is stratford police station open');
    const after = await c.askText('sources?');
    const led = firstLineOf(await new Conversation().askText("what's your source for stratford"));
    const urls = [...led.matchAll(/\]\((https?:[^)]+)\)/g)].map((m) => m[1]);
    expect(urls).to.have.length.above(0);
    for (const url of urls) expect(after).to.contain(url);
  });
});

describe('controls: sources asked of the last answer, of the bot, or a source of something else', () => {
  it('"sources?" after "is stratford open": the last answer\'s', async () => {
    const c = new Conversation();
    await c.askText('is stratford open');
    expect(firstLineOf(await c.askText('sources?'))).to.match(/^About "Yes, Stratford Police Station is open now/);
  });

  it('"what are your sources" with nothing named or answered: where its facts come from', async () => {
    expect(firstLineOf(await new Conversation().askText('what are your sources'))).to.match(/^My facts come from \d+ publishers/);
  });

  it('"what\'s the source of the problem at brixton" is no sources question', async () => {
    expect(firstLineOf(await new Conversation().askText("what's the source of the problem at brixton"))).to.not.match(/^My sources/);
  });
});
