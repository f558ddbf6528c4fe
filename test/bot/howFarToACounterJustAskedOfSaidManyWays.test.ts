/**
 * "How far is it?" just after a counter itself was asked of (whether it is open, its hours, a comparison of two): how far
 * that counter is from the resident, so where the resident is is asked for, never the distance from the place the counter
 * is named after ("Brixton Police Station, less than 100 metres away"); the postcode given then answers it. Controls:
 * after the nearest desk to where the resident is, or with a place named, the distance is from there. Through the bot.
 */
import { expect } from 'chai';
import { DateTime } from 'luxon';
import { Conversation, firstLineOf } from './harness';

const NOW = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });
const ASKS_WHERE = (counter: string) => new RegExp(`^To say how far \\*\\*${counter}\\*\\* is from you, I need to know where you are`);

describe('how far, asked many ways just after a counter itself: where the resident is asked for', function () {
  this.timeout(60_000);
  for (const [first, then, counter] of [
    ['is brixton open', 'how far is it', 'Brixton Police Station'],
    ['compare brixton and walworth', 'how far is it', 'Brixton Police Station'],
    ['is lewisham open', 'how far away is that from me', 'Lewisham Police Station'],
    ['what time does croydon close', 'how far is it from here?', 'Croydon Police Station'],
    ['hours of walworth police station', 'and how far away is it', 'Walworth Police Station'],
    ['compare brixton and walworth', 'how far is the other one', 'Walworth Police Station'],
  ] as const) {
    it(`${first} / ${then}: ${counter}, from where?`, async () => {
      const chat = new Conversation('webchat', NOW);
      await chat.say(first);
      expect(firstLineOf(await chat.askText(then))).to.match(ASKS_WHERE(counter));
    });
  }

  it('the postcode given then answers how far the counter is from it', async () => {
    const chat = new Conversation('webchat', NOW);
    await chat.say('is brixton open');
    await chat.say('how far is it');
    expect(firstLineOf(await chat.askText('SE15 5TH'))).to.match(/^\*\*Brixton Police Station\*\* is about [\d.]+ km .* from SE15 5TH/);
  });
});

describe('controls: after the nearest desk, or with a place named, from there', function () {
  this.timeout(30_000);
  it('nearest to SE15 5TH / how far is it: from SE15 5TH', async () => {
    const chat = new Conversation('webchat', NOW);
    await chat.say('nearest to SE15 5TH');
    expect(firstLineOf(await chat.askText('how far is it'))).to.match(/SE15 5TH/);
  });
  it('nearest to brixton / how far is it: from Brixton, as asked', async () => {
    const chat = new Conversation('webchat', NOW);
    await chat.say('nearest to brixton');
    expect(firstLineOf(await chat.askText('how far is it'))).to.match(/^The nearest front counter to Brixton is \*\*Brixton Police Station\*\*/);
  });
  it('is brixton open / how far is it from SE15 5TH: from SE15 5TH', async () => {
    const chat = new Conversation('webchat', NOW);
    await chat.say('is brixton open');
    expect(firstLineOf(await chat.askText('how far is it from SE15 5TH'))).to.match(/SE15 5TH/);
  });
});
