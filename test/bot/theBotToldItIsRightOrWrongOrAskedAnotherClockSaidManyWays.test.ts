/**
 * Said back to the bot about its last answer, as typed on a phone: wrong with a word of stress between ("you're actually
 * wrong", "thats just wrong", "your wrong mate": was "I can't help with that" or the frustration reply) is a dispute, met
 * with when the facts were checked; right ("you're right", "that's true": was "I can't help with that") is heard.
 * The clock asked of somewhere else ("what time is it in new york": was London's time as if it were New York's) says the
 * bot keeps London time only, then gives it.
 */
import { expect } from 'chai';
import { Conversation } from './harness';

describe('The last answer called wrong, with a word of stress: a dispute, with when the facts were checked', () => {
  for (const say of ["you're actually wrong", 'you are completely wrong', 'your wrong mate', 'thats just wrong', 'that is totally wrong', 'ur clearly wrong tbh']) {
    it(say, async () => {
      const convo = new Conversation();
      await convo.askText('is brixton open on sunday');
      expect(await convo.askText(say)).to.match(/^Sorry if that was wrong: what I have on \*\*Brixton Police Station\*\* was last checked on/);
    });
  }
});

describe('The bot told it is right: heard, as "ok" is', () => {
  for (const say of ["you're right", 'you are absolutely right', 'fair enough ur right', "that's true", 'thats correct']) {
    it(say, async () => expect(await new Conversation().askText(say)).to.match(/^OK\. Is there anything else/));
  }
  it('"youre right thanks": thanks', async () => expect(await new Conversation().askText('youre right thanks')).to.match(/^You're welcome/));
  it('control: "you\'re right, is brixton open on sunday" answers the question', async () => {
    expect(await new Conversation().askText("you're right, is brixton open on sunday")).to.match(/^Yes, \*\*Brixton Police Station\*\* is open on Sunday/);
  });
});

describe('The clock asked of somewhere else: London time only, said so', () => {
  for (const say of ['what time is it in new york', 'whats the time in dubai', 'what time is it in lagos rn', 'what time is it over there in jamaica', "what's the time difference with india"]) {
    it(say, async () => expect(await new Conversation().askText(say)).to.match(/^I only keep London time: it's \d\d:\d\d on \w+ \d+ \w+ \d{4} in London\./));
  }
  it('the date in australia: London\'s date, said so', async () => {
    expect(await new Conversation().askText('whats the date in australia')).to.match(/^I only keep London time: today is \w+ \d+ \w+ \d{4} in London\./);
  });
  for (const say of ['what time is it', 'what time is it in london', 'what time is it in the uk']) {
    it(`control: ${say}`, async () => expect(await new Conversation().askText(say)).to.match(/^It's \d\d:\d\d on \w+ \d+ \w+ \d{4} in London\./));
  }
});
