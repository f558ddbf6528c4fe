/**
 * A family member "taken", said of the one taken ("my daughter has been taken", "our son was snatched"), is danger
 * whatever follows (a ransom, a video, a threat), never a theft or why counters closed; and a bag left in one clause
 * and heard in another ("someone left a bag on the bus and it is beeping") is a suspect device. 999 first. Controls:
 * taken to hospital, into care, ill; one's own bag beeping; a smoke alarm.
 */
import { expect } from 'chai';
import { DateTime } from 'luxon';
import { expect999First } from './call999First';
import { Conversation, firstLineOf } from './harness';

const FRIDAY = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });

describe('someone taken, or a bag heard across clauses, said many ways', () => {
  for (const say of [
    'my daughter has been taken',
    'our son was snatched from the park and they want money',
    'my little brother has been kidnapped, they sent a video and want cash by tonight or they say he is dead',
    'my boy got taken outside school, a man rang asking for money',
    'my wife has been abducted',
    'someone left a bag on the bus and it is beeping',
    'a guy put a rucksack down by the ticket barrier, walked off, and now its ticking',
    'theres a suitcase by the door, nobody around, its making a beeping noise',
    'a package was left on our doorstep and it keeps buzzing',
  ]) {
    it(say, async () => expect999First(await new Conversation('webchat', FRIDAY).say(say), say));
  }

  for (const say of ['my son was taken to hospital, is lewisham open', 'my dad was taken ill, when does brixton open', 'my phone is in my bag and it keeps beeping, is ilford open', 'my smoke alarm keeps beeping, is croydon open now']) {
    it(`control: ${say}`, async () => expect(firstLineOf(await new Conversation('webchat', FRIDAY).askText(say))).not.to.match(/\b999\b/));
  }
});
