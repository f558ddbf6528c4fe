/**
 * Danger said the way people type it in a hurry: harm with its "I was" dropped ("mugged at gunpoint 2 mins ago"), a
 * theft told of the thing just taken ("my bag was snatched a minute ago"), "mins ago" for minutes ago, someone on a
 * bridge or roof who says they will jump, and a person run over or driven at on purpose. 999 first. Controls: the same
 * words told of the past, a contest or a lift ("robbed by the ref", "ran my mum over to the station"), a photo taken,
 * jumping a queue or onto a call.
 */
import { expect } from 'chai';
import { DateTime } from 'luxon';
import { expect999First } from './call999First';
import { Conversation, firstLineOf } from './harness';

const FRIDAY = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });

describe('harm just done, or a jump threatened at a height, said many ways', () => {
  for (const say of [
    'robbed at knifepoint 5 mins ago, he went towards the bus garage',
    'mugged a minute ago by two lads on bikes, still shaking',
    'stabbed outside the chicken shop, bleeding loads',
    'attacked outside my flat just now',
    'my phone got nicked just now and the kid is still on the corner',
    'my handbag was grabbed a few seconds ago outside the bank',
    'i got jumped 2 mins ago',
    'my mate is sat on the bridge railings saying hell jump',
    'a lad on the roof of the car park is going to jump',
    'woman on the balcony ledge upstairs says shes gonna jump',
    'some idiot deliberately drove into people outside the pub',
    'a man just ran my brother over and is driving round again',
    'he tried to run me down in the car park',
  ]) {
    it(say, async () => expect999First(await new Conversation('webchat', FRIDAY).say(say), say));
  }

  for (const say of [
    'robbed at gunpoint last year, which station do i report at',
    'mugged off by my mate again lol, is brixton open',
    'robbed by the ref again, absolute joke. is brixton open sunday',
    'beaten at chess by my dad again, is ilford open sunday',
    'attacked by seagulls at brighton haha, anyway is lewisham open',
    'my photo was taken just now for my id, where is charing cross',
    'my order was taken a minute ago, is acton open',
    'my bike was stolen last week where do i report it',
    'i ran my mum over to the station earlier, is it open till 10',
    'we will jump on a call later about the counters',
    'the kids are on the balcony saying they will jump in the pool later',
    'he jumped the queue at the post office, is walworth open',
  ]) {
    it(`control: ${say}`, async () => expect(firstLineOf(await new Conversation('webchat', FRIDAY).askText(say))).not.to.match(/\b999\b/));
  }

  it('"at gunpoint" told of the past is no place to look for: asks where the resident is, not for "gunpoint"', async () => {
    const reply = await new Conversation('webchat', FRIDAY).askText('mugged at knifepoint last week which station do i go to');
    expect(reply).not.to.match(/knifepoint|999 now/i);
  });
});
