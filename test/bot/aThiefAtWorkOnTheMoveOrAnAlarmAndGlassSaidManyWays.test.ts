/**
 * A thief at work now, told two ways the bot missed: on the move ("someone is going along the street pulling car door
 * handles", "a lad walking down our road trying all the car doors"), and an alarm going off with glass breaking
 * ("my neighbour's alarm is going off and I can hear glass smashing"). "Call 999 now". Controls: the resident doing
 * it, a time gone by, a habit, a smoke alarm or an alarm clock keep their old answer.
 */
import { expect } from 'chai';
import { DateTime } from 'luxon';
import { expectCall999First } from './call999First';
import { Conversation, firstLineOf } from './harness';

const FRIDAY = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });
const talk = () => new Conversation('webchat', FRIDAY);

describe('a thief at work on the move, or an alarm and breaking glass, said many ways', () => {
  for (const say of [
    'someone is going along the street pulling car door handles',
    'a lad walking down our road trying all the car doors',
    '2 guys going round the car park checking the doors of cars',
    'theres a man walking up my street testing car door handles',
    'some1 tryin car doors on my road',
    'my neighbours alarm is going off and i can hear glass smashing',
    'next doors burglar alarm going off and sounds like smashing glass',
    'the alarm across the road is ringing and someone smashed their window',
    'house alarm going off next door, heard glass break',
    'a car alarm is going off outside and someone just smashed the window',
  ]) {
    it(say, async () => expectCall999First(await talk().say(say), say));
  }

  for (const say of [
    'the kids are walking down the road trying out their new scooters',
    'i was going along the street pulling my suitcase',
    'my neighbours alarm has been going off all day, who do i call',
    'my car alarm went off last week and someone smashed the window',
    'alarm clock went off and i knocked a glass over and it smashed lol',
    'the alarm at work goes off every night',
  ]) {
    it(`control: ${say}`, async () => expect(firstLineOf(await talk().askText(say))).to.not.match(/^\*\*Call 999 now/));
  }
});
