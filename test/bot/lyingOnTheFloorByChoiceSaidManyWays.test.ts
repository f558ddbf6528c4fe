/**
 * Someone lying on the floor is a body in trouble (999 first) unless what they were doing says they chose it: "lying on
 * the floor doing yoga", "lying on the grass watching the clouds". A fall or a body not moving stays 999 whatever else.
 */
import { expect } from 'chai';
import { DateTime } from 'luxon';
import { expect999First } from './call999First';
import { Conversation, firstLineOf } from './harness';

const FRIDAY = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });

describe('lying on the floor by choice, said many ways', () => {
  for (const say of [
    'i was lying on the floor all day doing yoga lol, is brixton open',
    'lying on the ground watching the clouds, is lewisham 24 hours',
    'been lying on the floor playing with the dog, what time does ilford open',
    'my son is lying on the floor gaming again, where is walworth police station',
    'lying on the floor doing my physio stretches, is acton open sunday',
    'we were lying on the ground sunbathing in the park. is wembley open',
  ]) {
    it(say, async () => expect(firstLineOf(await new Conversation('webchat', FRIDAY).askText(say))).not.to.match(/\b999\b/));
  }

  for (const say of ['my nan is lying on the floor and cant get up', 'hes lying on the floor not moving', 'my dad is lying on the floor watching me, he fell and cant get up', 'a man is lying on the ground outside the shop']) {
    it(`still danger: ${say}`, async () => expect999First(await new Conversation('webchat', FRIDAY).say(say), say));
  }
});
