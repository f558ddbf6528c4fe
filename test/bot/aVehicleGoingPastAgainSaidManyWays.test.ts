/**
 * A vehicle going past the resident again and again: "a car keeps driving past me slowly", "the same bmw has gone
 * past me like 3 times now". Menace with no act of harm, like "a car keeps slowing down next to me": 999 leads, at
 * least as a condition. Controls: a bus, an ice cream van, a mate showing off, or one car going past keep their old
 * answer; and a vehicle that just went somewhere ("the bus went past", "my car went to the garage") is not a crash,
 * while one that went into a wall or off the road still is.
 */
import { expect } from 'chai';
import { DateTime } from 'luxon';
import { expect999First, expectCall999First } from './call999First';
import { Conversation, firstLineOf } from './harness';

const FRIDAY = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });
/** "T:" marks a message sent on Teams. */
const talk = (say: string) => new Conversation(say.startsWith('T:') ? 'msteams' : 'webchat', FRIDAY);
const text = (say: string) => (say.startsWith('T:') ? say.slice(2) : say);

describe('a vehicle going past again, said many ways', () => {
  for (const say of [
    'im on my way home and a car keeps driving past me slowly and stopping',
    'same car has driven past me 4 times and slowed down',
    'a black van keeps going past me on my walk home',
    'this car keeps driving round me in the car park im scared',
    'the same bmw has gone past me like 3 times now',
    'T:<at>StationDesk</at> a white van keeps coming past us really slowly',
    'walking home and a moped keeps going past me',
  ]) {
    it(say, async () => expect999First(await talk(say).say(text(say)), say));
  }

  for (const say of [
    'the bus keeps driving past me without stopping',
    'the ice cream van keeps driving past my house',
    'a car drove past me slowly, is brixton open',
    'my mate kept driving past my house to show off his new car lol',
    'the 38 bus went past me 3 times lol',
    'my car went to the garage yesterday, is the counter open',
    'the car went over the bridge',
  ]) {
    it(`control: ${say}`, async () => expect(firstLineOf(await talk(say).askText(text(say)))).to.not.match(/\b999\b/));
  }

  for (const say of [
    'a van went into a wall on the high road and the drivers not moving',
    'car has gone through a shop window',
    'the car went off the road and hit a tree',
    'a car has gone over the edge of the car park',
  ]) {
    it(`control, a crash: ${say}`, async () => expectCall999First(await talk(say).say(text(say)), say));
  }
});
