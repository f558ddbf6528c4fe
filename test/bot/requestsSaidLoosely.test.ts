/**
 * Requests the bot cannot do, said loosely (keep my postcode, look up whether a car was towed, track a phone, chat
 * to an officer here), through the real turn pipeline: declined first, in the words of the task.
 */
import { expect } from 'chai';
import { Conversation, firstLineOf, itAnswersFirst } from './harness';


describe('requests the bot cannot do, said loosely: declined first', () => {
  const SAVE = /^I can't save things for later/;
  const LOOKUP = /^I can't look up crime reports or cases\.$/;
  const NOT_MINE = /^I can't do that: I only answer questions about London's police front counters\.$/;
  const PUT_THROUGH = /^I can't contact a station or an officer for you\.$/;
  // Police work (tracking, investigating) is declined with how to report it instead (policeWorkAskedOfTheBot).
  const POLICE_WORK = /^I can't track or trace anything, find who did it or investigate: that is police work/;
  const CASES: [string, RegExp][] = [
    ['can you save my postcode', SAVE],
    ['can u remember where i live', SAVE],
    ['please remember my address', SAVE],
    ['can you find out if my car was towed', LOOKUP],
    ['can you check if my car was stolen', LOOKUP],
    ['check whether my van got clamped', LOOKUP],
    ['can you track my phone', POLICE_WORK],
    ['can you unlock my phone', NOT_MINE],
    ['could you investigate this', POLICE_WORK],
    ['can i chat to an officer on here', PUT_THROUGH],
    ['can i talk to a police officer through you', PUT_THROUGH],
  ];
  itAnswersFirst(CASES);

  it('a stolen bike to find is still a crime to report', async () => {
    const text = await new Conversation().askText('find my stolen bike');
    expect(firstLineOf(text)).to.match(/^To report a crime that is not an emergency: call 101/);
  });
});
