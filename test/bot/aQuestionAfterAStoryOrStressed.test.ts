/**
 * A question told after a story ("watched a documentary about the cuts, it made me wonder: how many counters are
 * left?") is the question after the musing: the story's words cannot change it. A question stressed with "actually",
 * "exactly", "really", "even" ("who actually runs this bot?") is the question without the stress. Through the bot.
 */
import { expect } from 'chai';
import { expect999First } from './call999First';
import { Conversation, itAnswersFirst } from './harness';

describe('a question after a story\'s musing: the question, whatever the story was about', () => {
  itAnswersFirst(
    [
      ['binge watched a crime drama all weekend, it got me thinking: which police stations are open all night', /^Only two front counters are open 24 hours a day since 3 March 2026: \*\*Lewisham\*\* and \*\*Charing Cross\*\*\./],
      ['read an article about the cuts and it made me wonder, how many front counters are left in london', /^27 front counters are open in London now/],
      ['my nan used to work at the old station in bow, now im curious, is bethnal green police station still open', /^Yes, the front counter at \*\*Bethnal Green Police Station\*\* is open/],
      ['saw a police van go past with the sirens on and i wondered what time does brixton police station close today', /\*\*Brixton Police Station\*\*.*22:00/],
      ['there was a podcast about stabbings on, which got me wondering, is lewisham open 24 hours', /^Yes, \*\*Lewisham Police Station\*\* is open 24 hours a day/],
    ],
    { understood: true },
  );

  describe('danger in the story still leads with 999', () => {
    for (const say of [
      'my ex has just turned up with a knife, it made me wonder if brixton is open',
      'someone is kicking my door in right now, so im wondering where the nearest station is',
    ]) {
      it(say, async () => expect999First(await new Conversation().say(say), say));
    }
  });
});

describe('a question stressed with "actually", "exactly", "really", "even": the question', () => {
  itAnswersFirst(
    [
      ['who actually runs this bot?', /^I'm StationDesk, an open-source chatbot, not a Metropolitan Police service/],
      ['who exactly made this', /^I'm StationDesk, an open-source chatbot/],
      ['are you really a bot', /^Yes, I'm StationDesk, a chatbot\./],
      ['are you actually a real person', /^No, I'm StationDesk, a chatbot, not a person\./],
      ['what exactly is a front counter', /^A front counter \(front desk\) is the public desk in a police station/],
      ['is lewisham really open 24 hours', /^Yes, \*\*Lewisham Police Station\*\* is open 24 hours a day/],
    ],
    { understood: true },
  );

  it('a stressing word outside a question changes nothing ("i really need the nearest station to SE13")', async () => {
    expect(await new Conversation().askText('i really need the nearest station to SE13')).to.match(/Lewisham/);
  });
});
