/**
 * Whether something is for the police at all ("my landlord kept my deposit, is that a police thing", "is it a crime if
 * ...", "is a deposit dispute a police matter"): the data cannot say, so the first sentence says so and 101 (who can)
 * follows, with 999 for emergencies (was: "Sorry, I can't help with that"); "can the police do anything" asks the same. Controls: noise keeps the council's answer;
 * danger now still leads with 999.
 */
import { expect } from 'chai';
import { Conversation } from './harness';
import { it999FirstAsControls } from './call999First';

describe('Whether a matter is for the police: not known here, 101 can say', () => {
  for (const say of [
    'my landlord kept my deposit, is that a police thing',
    'my neighbour parked across my drive, is that a police matter',
    'is a deposit dispute a police thing',
    'is it a crime if my landlord keeps my deposit',
    'my boss hasnt paid me for 2 months, is that a police issue?',
    // "can the police do anything (about it)": whether they deal with it, not a task asked of a counter.
    'my ex keeps texting me, can the police do anything',
    'someone keeps parking across my drive, can the police do anything about it',
    'could the met do something about people chaining bikes to my railings',
  ]) {
    it(say, async () => {
      const text = await new Conversation().askText(say);
      expect(text).to.match(/^I can't say whether that is a matter for the police: to ask them, if it is not an emergency, call 101/);
      expect(text).to.match(/999/);
    });
  }
});

describe('Controls', () => {
  it('noise from neighbours: the council', async () => {
    expect(await new Conversation().askText('is noise from my neighbours a police matter')).to.match(/council/);
  });
  it('a task asked of a counter still asks the counter', async () => {
    expect(await new Conversation().askText('can the police do fingerprints for a visa')).to.match(/^My sources don't say whether police front counters do that/);
  });
  it999FirstAsControls(['someone is breaking into my car right now, is that a police matter']);
});
