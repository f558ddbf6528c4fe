/**
 * What the bot keeps about the resident, and whether the police see the chat, asked many ways: the first line says
 * what is kept and that nothing is passed to the police, "forget me" is offered, and a danger message that asks the
 * same still leads with 999. "Delete my data" is not a question but the request itself: it forgets.
 */
import { expect } from 'chai';
import { expect999First, firstLine } from './call999First';
import { Conversation, itAnswersFirst, readable } from './harness';

const KEPT = /^I keep only what this conversation needs \(the places and stations you last asked about, and a question I'm waiting on\), and I pass nothing to the police\.$/;

const ASKED: [string, RegExp][] = [
  ['do you store my data', KEPT],
  ['does this bot keep my postcode?', KEPT],
  ['what do u know about me', KEPT],
  ['is this chat private', KEPT],
  ['are my messages being recorded?', KEPT],
  ['will the police see what i type here', KEPT],
  ['can the met read this', KEPT],
  ['what happens to my data', KEPT],
  ['who can see my messages', KEPT],
  ['Privacy policy?', KEPT],
  ['is this conversation anonymous', KEPT],
];

describe('privacy asked many ways: what is kept, and that nothing reaches the police', () => {
  itAnswersFirst(ASKED);

  it('offers "forget me", and says how to reach the police instead', async () => {
    const replies = await new Conversation().say('do you save what i write');
    const text = replies.map(readable).join('\n');
    expect(text).to.match(/Say "forget me" at any time/);
    expect(text).to.match(/not a way to contact the police: to report something, call 101 or use met\.police\.uk, and 999 in an emergency/);
    expect(replies[0].suggestedActions?.actions.map((a) => a.title)).to.include('Forget me');
  });

  it('"delete my data" forgets at once; asking about it does not', async () => {
    const chat = new Conversation();
    await chat.say('is brixton open');
    expect(firstLine((await chat.say('delete my data'))[0])).to.match(/^I've cleared what I stored about you/);
    expect(firstLine((await new Conversation().say('do you delete my data'))[0])).to.not.match(/^I've cleared/);
  });

  it('danger that also asks whether the police will see it leads with 999', async () => {
    expect999First(await new Conversation().say('he is hitting me right now, will the police see this'), 'danger with a privacy question');
  });
});
