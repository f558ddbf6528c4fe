/**
 * A counter picked from those the conversation just named together: after a comparison of two counters, "what about the
 * other one", "when does the first one open", "the second one?"; after the nearest desks listed, "is the second one open
 * on sunday", "whats the address of the third one"; after two weighed by distance, the other of them. The counter picked is the one answered of, by its place in the list or
 * as the other of two. Controls: with nothing named together, "the other one" is still one more desk near the counter
 * discussed; "the first" as a date is not a counter; danger said with "the other one" still leads with 999. Through the bot.
 */
import { expect } from 'chai';
import { DateTime } from 'luxon';
import { Conversation, firstLineOf } from './harness';

const NOW = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });

/** The counters a nearest answer listed, in order: the desk it led with, then each "Next nearest". */
function listedBy(text: string): string[] {
  const first = /\*\*([^*]+ Police Station)\*\*/.exec(firstLineOf(text))![1];
  const next = [...text.matchAll(/Next nearest: \*\*([^*]+)\*\*/g)].map((m) => `${m[1]} Police Station`);
  return [first, ...next];
}

describe('a counter picked from a pair just compared, said many ways: the one answered of', function () {
  this.timeout(60_000);
  for (const [compare, then, counter] of [
    ['is brixton or walworth open longer', 'what about the other one', 'Walworth Police Station'],
    ['compare lewisham and walworth', 'and the other desk?', 'Walworth Police Station'],
    ['which closes later, charing cross or brixton', 'when does the second one open', 'Brixton Police Station'],
    ['compare lewisham and walworth', 'when does the first one open', 'Lewisham Police Station'],
    ['is brixton or walworth open longer', 'the second one?', 'Walworth Police Station'],
    ['compare croydon and sutton', 'whats the address of the other station', 'Sutton Police Station'],
    ['lewisham vs walworth hours', 'is the 2nd one open on sunday', 'Walworth Police Station'],
    ['compare brixton and walworth', 'how about that other counter, is it open saturday', 'Walworth Police Station'],
  ] as const) {
    it(`${compare} / ${then}: ${counter}`, async () => {
      const chat = new Conversation('webchat', NOW);
      await chat.say(compare);
      expect(firstLineOf(await chat.askText(then))).to.include(`**${counter}**`);
    });
  }

  it('after the other one, "the first" goes back, and "is that one open sunday" stays on the one picked', async () => {
    const chat = new Conversation('webchat', NOW);
    await chat.say('compare brixton and walworth');
    expect(firstLineOf(await chat.askText('what about the other one'))).to.include('**Walworth Police Station**');
    expect(firstLineOf(await chat.askText('is that one open sunday'))).to.include('**Walworth Police Station**');
    expect(firstLineOf(await chat.askText('and the first?'))).to.include('**Brixton Police Station**');
  });
});

describe('a counter picked from two weighed by distance: the other is the one the answer did not lead with', function () {
  this.timeout(60_000);
  for (const [weigh, then, counter] of [
    ['is lewisham or charing cross closer to SE15 5TH', 'what about the other one', 'Charing Cross Police Station'],
    ['which is further from E17 4PP, tottenham or walworth', 'the other one?', 'Tottenham Police Station'],
    ['is walworth or brixton nearer to SE15 5TH', 'whats the address of the second one', 'Brixton Police Station'],
  ] as const) {
    it(`${weigh} / ${then}: ${counter}`, async () => {
      const chat = new Conversation('webchat', NOW);
      await chat.say(weigh);
      expect(firstLineOf(await chat.askText(then))).to.include(`**${counter}**`);
    });
  }

  it('then "the first one" is the one the answer led with', async () => {
    const chat = new Conversation('webchat', NOW);
    await chat.say('is lewisham or charing cross closer to SE15 5TH');
    await chat.say('what about the other one');
    expect(firstLineOf(await chat.askText('and the first one, open sunday?'))).to.include('**Lewisham Police Station**');
  });
});

describe('a counter picked from the nearest desks listed, said many ways: the one in that place of the list', function () {
  this.timeout(60_000);
  for (const [then, at] of [
    ['when does the first one open', 0],
    ['the second one?', 1],
    ['is the second one open on sunday', 1],
    ['whats the address of the third one', 2],
    ['and the 2nd desk, when does it close', 1],
  ] as const) {
    it(`nearest to SE15 5TH / ${then}: desk ${at + 1} of the list`, async () => {
      const chat = new Conversation('webchat', NOW);
      const listed = listedBy(await chat.askText('nearest to SE15 5TH'));
      expect(listed.length).to.be.greaterThan(at);
      expect(firstLineOf(await chat.askText(then))).to.include(`**${listed[at]}**`);
    });
  }
});

describe('controls: nothing named together, a date, or danger, unchanged', function () {
  this.timeout(30_000);
  it('is brixton open / what about the other one: one more desk near Brixton', async () => {
    const chat = new Conversation('webchat', NOW);
    await chat.say('is brixton open');
    expect(firstLineOf(await chat.askText('what about the other one'))).to.match(/^The nearest front counter open now to Brixton is /);
  });
  it('the second one? said first is not a counter', async () => {
    expect(firstLineOf(await new Conversation('webchat', NOW).askText('the second one?'))).to.not.match(/Police Station/);
  });
  it('compare brixton and walworth / is brixton open on the first: Brixton, not the first of the pair read as a date', async () => {
    const chat = new Conversation('webchat', NOW);
    await chat.say('compare walworth and brixton');
    expect(firstLineOf(await chat.askText('is brixton open on the first'))).to.include('**Brixton Police Station**');
  });
  for (const say of ['the other one is hitting me', 'the second one has a knife and is coming at me']) {
    it(`compare lewisham and walworth / ${say}: 999 first`, async () => {
      const chat = new Conversation('webchat', NOW);
      await chat.say('compare lewisham and walworth');
      expect(firstLineOf(await chat.askText(say))).to.match(/999/);
    });
  }
  it('after another place is asked of, "the second one?" no longer picks from the pair', async () => {
    const chat = new Conversation('webchat', NOW);
    await chat.say('compare lewisham and walworth');
    await chat.say('is croydon open today');
    expect(firstLineOf(await chat.askText('the second one?'))).to.not.include('**Walworth Police Station**');
  });
});
