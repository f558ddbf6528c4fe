/**
 * A message of one's own arrangements for the police to be passed on, no danger told ("can you tell the police at brixton
 * i'm running late", "tell the police im on my way", "can u tell the police ill be late for my appointment"): the
 * decline first (the bot cannot pass messages on), then how to reach them (101), rather than 999 first as a condition
 * (which is for the police called to something). Controls: danger told in it stays 999 first ("tell the police im being
 * followed", "tell the police im late, someone is following me"); "can you call the police for me" and "can you tell the
 * police about a crime" keep 999 first as a condition. Written to them ("can you email the met for me", "can you message
 * brixton police") or a call back asked ("can you get an officer to call me"): the same decline (was 999 first, an
 * officer sent, or Brixton's hours). Controls: texting the police, "get the police here now", a cop sent round (999
 * first), a station's email asked (none in the data). Through the bot.
 */
import { expect } from 'chai';
import { Conversation, itAnswersFirst, itAnswersLast } from './harness';

const DECLINED = /^I can't contact a station or an officer for you\./;
const HOW_TO_REACH = /call 101, or report online at met\.police\.uk\.$/;

describe('a message for the police, said many ways', function () {
  this.timeout(60_000);
  const asked = [
    "can you tell the police at brixton i'm running late",
    'tell the police im on my way',
    'can u tell the police ill be late for my appointment',
    "could you tell the police at croydon we're stuck in traffic",
    "tell the police i'll be there at 3",
    "can you let the police know i'm running late",
    'pls tell the police i wont make it today',
  ];
  itAnswersFirst(asked.map((say) => [say, DECLINED] as const), { understood: true });

  for (const say of asked.slice(0, 3)) {
    it(`${say}: then how to reach them`, async () => {
      expect(await new Conversation('webchat').askText(say)).to.match(HOW_TO_REACH);
    });
  }

  it('the counter named: where it is, then 101', async () => {
    const text = await new Conversation('webchat').askText("can you tell the police at brixton i'm running late");
    expect(text).to.match(/\*\*Brixton Police Station\*\* is at 367 Brixton Road/);
    expect(text).to.not.match(/999/);
  });

  itAnswersLast([[['is brixton open now?', 'can you tell the police there im running late'], DECLINED]]);

  // Written to them, or a call back from them asked: a message too, not the police called nor an officer sent round.
  itAnswersFirst(
    [
      ['can you email the met for me', DECLINED],
      ['can you email the police', DECLINED],
      ['can you message brixton police', DECLINED],
      ['send a message to the met', DECLINED],
      ['can you write to lewisham police for me', DECLINED],
      ['can you get an officer to call me', DECLINED],
      ['can you get the police to ring me back', DECLINED],
    ],
    { understood: true },
  );

  describe('controls', () => {
    itAnswersFirst([
      ['tell the police im being followed', /^\*\*Call 999 now\*\*/],
      ['tell the police im late, someone is following me', /^\*\*Call 999 now\*\*/],
      ["tell the police there's a fight outside", /^\*\*Call 999 now\*\*/],
      ['can you tell the police someone broke into my house', /^\*\*Call 999 now\*\*/],
      ['can you call the police for me', /^\*\*Call 999 now\*\* if someone is in danger: I can't call the police for you\./],
      ['can you tell the police about a crime', /^\*\*Call 999 now\*\* if someone is in danger/],
      ['can u text the police for me', /^\*\*Call 999 now\*\* if someone is in danger/],
      ['get the police here now', /^\*\*Call 999 now\*\* if someone is in danger/],
      ['can u send a cop round', /^\*\*Call 999 now\*\* if someone is in danger: I can't send an officer\./],
      ['how do i email brixton police station', /^I don't have email addresses for police stations/],
      ['whats the email for brixton police', /^The front counter at \*\*Brixton Police Station\*\* is open/],
    ]);
  });
});
