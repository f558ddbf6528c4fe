/**
 * Someone about to jump from a height, said of anyone's balcony, window or car park: "my friend says she's gonna jump
 * off her balcony", "my boyfriend is trying to jump out of the window", "threatening to jump off the top of the car
 * park". Self-harm now: "Call 999 now". Controls: a pet, children at play, and a stunt in a film keep their old answer.
 */
import { expect } from 'chai';
import { DateTime } from 'luxon';
import { expectCall999First } from './call999First';
import { Conversation, firstLineOf } from './harness';

const FRIDAY = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });
const talk = () => new Conversation('webchat', FRIDAY);

describe('a threat to jump, said many ways', () => {
  for (const say of [
    'my friend says shes gonna jump off her balcony',
    'my boyfriend is trying to jump out of the window',
    'my mate is threatening to jump off the top of the car park',
    'she said shes going to jump out the bedroom window',
    'my son wants to jump off our balcony',
    'theres someone about to jump off the bridge',
    'theres a fella on the roof of the car park sayin hes gonna jump',
    'a girl on the bridge over the a406 looks like she wants to jump',
  ]) {
    it(say, async () => expectCall999First(await talk().say(say), say));
  }

  for (const say of [
    'my cat tried to jump out of the window',
    'the kids jump off the wall at the park all the time',
    'we watched a stunt man jump off the building in the film',
    'he jumped off the roof in the film last night',
  ]) {
    it(`control: ${say}`, async () => expect(firstLineOf(await talk().askText(say))).to.not.match(/\b999\b/));
  }
});
