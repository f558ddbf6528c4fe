/**
 * Waiting for the police to come, said many ways ("are the police coming", "when will the police get here", "police
 * still havent come"): someone may have called and be in danger while waiting, so 999 leads (as a condition). The
 * police expected at an event, the time a report takes, a report long past and a counter question keep their answers.
 */
import { expect } from 'chai';
import { Conversation, firstLineOf } from './harness';
import { itAnswersWithout999First } from './call999First';

describe('waiting for the police to come, said many ways: 999 first', () => {
  for (const say of [
    'are the police coming',
    'are the police on their way',
    'how long will the police take to get here',
    'when will the police arrive',
    'police still havent come',
    'where are the police i called',
    'r the cops nearly here',
    'how long until the police get here, hes still outside',
    'where are the police',
    'where are the cops?? hes still outside',
  ]) {
    it(say, async () => {
      const text = await new Conversation().askText(say);
      expect(firstLineOf(text)).to.match(/999/);
      // What the bot cannot know, said after 999.
      expect(text).to.contain("I can't see police calls or tell when officers will arrive.");
    });
  }
});

describe('near waiting for the police: their own answers, no 999 first', () => {
  itAnswersWithout999First([
    ['are the police coming to the party lol', /can't help with that/],
    ['are the police coming to my school for the talk', /can't help with that/],
    ['the police never came after i reported my bike stolen last month', /report a crime/],
    ['is brixton police station open', /Brixton Police Station/],
    ['where are the police stations in west london', /police front counters are open in West London/],
    ['where are the police front desks in south london', /police front counters are open in South London/],
  ]);
});
