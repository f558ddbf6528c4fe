/**
 * Through the real bot: a request it cannot do is declined plainly in the
 * first line, before any station information, then at most one helpful line
 * (the station named, or where to get it done). Calling the police or sending
 * an officer may mean danger: 999 leads.
 */
import type { Activity } from 'botbuilder';
import { expect } from 'chai';
import { REQUESTS } from '../understanding/requestMessages';
import { Conversation, readable } from './harness';

function lines(activity: Partial<Activity> | undefined): string[] {
  return (activity?.text ?? '')
    .replace(/\*\*/g, '')
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
}

describe('the bot declines what it cannot do, before any station information', function () {
  this.timeout(60_000);

  it('every phrasing gets "I can\'t ..." (or "Call 999 now if someone is in danger") first, then at most one more line', async () => {
    for (const { say, task } of REQUESTS) {
      const [first, ...more] = await new Conversation().say(say);
      const [headline, ...rest] = lines(first);
      if (task === 'call-police' || task === 'send-officer' || task === 'report') expect(headline, say).to.match(/^Call 999 now if someone is in danger: I can't/);
      else expect(headline, say).to.match(/^I can't /);
      expect(headline, `${say}: no station in the decline`).to.not.match(/Police Station|opening hours|\bopen\b/i);
      expect(rest.length, `${say}: at most one helpful line`).to.be.at.most(1);
      expect(more, `${say}: one reply`).to.have.length(0);
    }
  });

  it('"order me a cab to Lewisham": no taxis, then where Lewisham police station is', async () => {
    const [reply] = await new Conversation().say('order me a cab to Lewisham');
    expect(lines(reply)).to.deep.equal(["I can't order taxis.", 'Lewisham Police Station is at 43 Lewisham High Street, Lewisham SE13 5JZ, open 24 hours a day.']);
  });

  it('a counter named that has closed is said to be closed, not sent to', async () => {
    const [reply] = await new Conversation().say('get me a taxi to wimbledon police station');
    const [headline, helpful] = lines(reply);
    expect(headline).to.equal("I can't order taxis.");
    expect(helpful).to.match(/Wimbledon Police Station closed on 28 February 2026/);
  });

  it('"call the police for me": 999 first, then 101 or online', async () => {
    const [reply] = await new Conversation().say('call the police for me');
    expect(lines(reply)).to.deep.equal(["Call 999 now if someone is in danger: I can't call the police for you.", 'Otherwise: call 101, or report online at met.police.uk.']);
    expect(String(reply.speak)).to.match(/^Call 999 now if someone is in danger/);
  });

  it('"book me an appointment at Ilford": appointments are booked through 101, from the data', async () => {
    const [reply] = await new Conversation().say('book me an appointment at Ilford');
    const [headline, helpful] = lines(reply);
    expect(headline).to.equal("I can't book or change appointments.");
    expect(helpful).to.match(/book an officer to come and see them.*101/);
  });

  it('a message for a station: declined, then where the station is and how to reach it (101), never its status first', async () => {
    const [reply] = await new Conversation().say("can you ring Lewisham police station and tell them I'm late");
    expect(lines(reply)).to.deep.equal([
      "I can't contact a station or an officer for you.",
      'Lewisham Police Station is at 43 Lewisham High Street, Lewisham SE13 5JZ, open 24 hours a day. To reach them otherwise: call 101, or report online at met.police.uk.',
    ]);
    const [closed] = await new Conversation().say("let woodford know i'm coming");
    expect(lines(closed)[0]).to.equal("I can't contact a station or an officer for you.");
    expect(lines(closed)[1]).to.match(/Woodford Police Station closed.*To reach the police there: call 101/);
  });

  it('a message for the officer on a case, no station named: declined, then 101 or online', async () => {
    for (const say of ['email my crime reference number to the station', 'send my statement to the officer', 'message the officer in charge of my case']) {
      const [reply] = await new Conversation().say(say);
      expect(lines(reply), say).to.deep.equal([
        "I can't contact a station or an officer for you.",
        'To reach a police station or the officer dealing with your case: call 101, or report online at met.police.uk.',
      ]);
    }
  });

  it('"translate this": an interpreter through 101, or 999 in an emergency', async () => {
    const text = await new Conversation().ask('can you translate this for me');
    expect(text).to.match(/^I can't translate\./);
    expect(text).to.match(/interpreter/);
  });

  it('"call the police for me, someone is breaking in" is an emergency: Call 999 now', async () => {
    const [reply] = await new Conversation().say('call the police for me, someone is breaking in');
    expect(lines(reply)[0]).to.match(/^Call 999 now and ask for the police/);
  });

  it('after a request, the counter named is the one discussed', async () => {
    const chat = new Conversation();
    await chat.say('order me a cab to Lewisham');
    expect(await chat.ask('is it open now?')).to.match(/Lewisham/);
  });

  it('never reads a request as a question about the station it names', async () => {
    for (const say of ['book me an appointment at Ilford', 'can you get me an uber to brixton police station', 'pls book a minicab to ilford station for me']) {
      const text = (await new Conversation().say(say)).map(readable).join('\n');
      expect(text, say).to.not.match(/opening hours|Mon(?:day)?[–-]/i);
    }
  });
});
