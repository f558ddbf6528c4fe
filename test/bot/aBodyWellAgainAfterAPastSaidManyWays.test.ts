/**
 * A body's crisis told as past and the person well now: "my dad collapsed last year and now he's fine", "she had a
 * seizure in 2020 and now she's totally fine, is hendon open". "And now" after a time gone by moves the story to now
 * only when what follows is not being well again. Also "can't get up the stairs" is a lasting difficulty, not someone
 * stuck on the floor. Controls: "and now he's not breathing", "is being held at knifepoint", "my nan can't get up".
 */
import { expect } from 'chai';
import { DateTime } from 'luxon';
import { expectCall999First } from './call999First';
import { Conversation, firstLineOf } from './harness';

const FRIDAY = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });
const talk = () => new Conversation('webchat', FRIDAY);

describe('a body well again after a past crisis, said many ways', () => {
  for (const say of [
    'my dad collapsed last year and now hes fine',
    'she had a seizure in 2020 and now shes totally fine, is hendon open',
    'i was stabbed last year and now im ok',
    'i fell down the stairs last year and now im fine, does brixton have step free access',
    'my mum had a stroke in 2018 but now shes doing well',
    'he overdosed years ago and now hes much better',
    'i cant get up the stairs anymore, which counters have a lift',
  ]) {
    it(say, async () => expect(firstLineOf(await talk().askText(say))).to.not.match(/^\*\*Call 999 now/));
  }

  for (const say of [
    'my dad collapsed last year and now hes not breathing',
    'he was arrested last year and now he is being held at knifepoint',
    'my nan cant get up',
    'shes fallen and cant get up off the floor',
    'my dad fell down the stairs last night and hes still not moving',
  ]) {
    it(`control: ${say}`, async () => expectCall999First(await talk().say(say), say));
  }
});
