/**
 * "Somewhere else?" after a counter was asked of a moment ("is brixton open at 11pm?", "is ilford open on sunday?"): the
 * nearest other desk open at THAT moment, not open now, never the counter itself (not even as "nearer, but not open
 * then"). "Now" said with it, or a moment of its own, wins. Danger told with the same words still leads with 999.
 * Facts from data/: at 23:00 only the 24-hour counters are open.
 */
import { expect } from 'chai';
import { expect999First } from './call999First';
import { Conversation, firstLineOf } from './harness';

const ASKED_AGAIN = ['somewhere else instead?', 'anywhere else?', 'what else is open then?', 'where else could i go', 'any other station open then', 'so where else is open', 'whats the alternative'];
const TWENTY_FOUR_HOURS = /\*\*(?:Charing Cross|Lewisham) Police Station\*\*/;

describe('somewhere else, after a counter was asked of a moment: open at that moment', function () {
  this.timeout(60_000);
  for (const [first, counter, moment] of [
    ['is brixton open at 11pm?', 'Brixton', 'at 23:00 tonight'],
    ['is walworth open at midnight', 'Walworth', 'at 00:00 tonight'],
    ['is kingston open at 8pm on saturday', 'Kingston', 'at 20:00 on Saturday 28 November'],
  ] as const) {
    it(`${first} -> a 24-hour desk, however it is asked`, async () => {
      for (const again of ASKED_AGAIN) {
        const chat = new Conversation();
        await chat.say(first);
        const text = await chat.askText(again);
        const line = firstLineOf(text);
        expect(line, again).to.match(new RegExp(`^The nearest front counter open ${moment.replace(/[()]/g, '\\$&')} to ${counter} is `));
        expect(line, again).to.match(TWENTY_FOUR_HOURS);
        expect(text, again).not.to.match(new RegExp(`\\*\\*${counter}(?: Police Station)?\\*\\*`));
      }
    });
  }

  it('a day asked before: the nearest other desk open that day', async () => {
    for (const [first, counter, day] of [
      ['is ilford open sunday', 'Ilford', 'on Sunday 29 November'],
      ['is walworth open tomorrow', 'Walworth', 'tomorrow \\(Friday 27 November\\)'],
    ] as const) {
      const chat = new Conversation();
      await chat.say(first);
      const line = firstLineOf(await chat.askText('where else could i go'));
      expect(line, first).to.match(new RegExp(`^The nearest front counter open ${day} to ${counter} is \\*\\*(?!${counter})`));
    }
  });

  it('"now" said with it asks of now; a moment of its own wins', async () => {
    let chat = new Conversation();
    await chat.say('is brixton open at 11pm?');
    expect(firstLineOf(await chat.askText('anywhere else open now?'))).to.match(/^The nearest front counter open now to Brixton is \*\*Walworth Police Station\*\*/);
    chat = new Conversation();
    await chat.say('is brixton open at 11pm?');
    expect(firstLineOf(await chat.askText('anywhere else open on sunday?'))).to.match(/^The nearest front counter open on Sunday 29 November to Brixton is /);
  });

  it('with no moment asked before, somewhere else is open now', async () => {
    const chat = new Conversation();
    await chat.say('is brixton open');
    expect(firstLineOf(await chat.askText('anywhere else?'))).to.match(/^The nearest front counter open now to Brixton is /);
  });
});

describe('danger told with the same words still leads with 999', function () {
  this.timeout(30_000);
  for (const again of ['somewhere else? hes got a knife and hes outside', 'anywhere else open then, someone is trying to break in right now']) {
    it(again, async () => {
      const chat = new Conversation();
      await chat.say('is brixton open at 11pm?');
      expect999First(await chat.say(again), again);
    });
  }
});
