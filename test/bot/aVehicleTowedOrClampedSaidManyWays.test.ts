/**
 * A vehicle towed, clamped or in a pound ("my car got towed where is it", "someone clamped my van, who do i call", "how
 * do i get my car out of the car pound"): a task the bot cannot do, declined politely, then that the data does not cover
 * it and where to check (met.police.uk or 101, the data's general pointer). Where it is, asked with it, is the same task,
 * not a counter's address. Controls: a car stolen is a crime to report; one the police impounded is seized property; a
 * counter asked beside it is answered; danger told with it leads with 999.
 */
import { expect } from 'chai';
import { DateTime } from 'luxon';
import { describe } from 'mocha';
import { Conversation, itAnswersFirst } from './harness';

/** Friday 4 December 2026, 14:00 in London. */
const FRIDAY_AFTERNOON = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });
const DECLINED = /^I can't find or release a vehicle that has been towed, clamped or taken to a pound: I only know about London's police front counters\./;

describe('a vehicle towed or clamped, said many ways', function () {
  this.timeout(60_000);
  itAnswersFirst(
    [
      ['my car got towed where is it', DECLINED],
      ["my car's been towed", DECLINED],
      ['where do i get my towed car back', DECLINED],
      ['someone clamped my van, who do i call', DECLINED],
      ['how do i get my car out of the car pound', DECLINED],
      ['is my motorbike at the pound', DECLINED],
      ['my car was towed away last night from outside my flat', DECLINED],
    ],
    { now: FRIDAY_AFTERNOON },
  );

  it('says the data does not cover it and where to check, with no counter asked for', async () => {
    const text = await new Conversation('webchat', FRIDAY_AFTERNOON).askText('my car got towed where is it');
    expect(text).to.match(/My sources don't cover towed or clamped vehicles: check met\.police\.uk or call 101\./);
    expect(text).to.not.match(/Which police station|postcode or area/);
  });
});

describe('controls: a car stolen or impounded, a counter asked beside, danger told with it', function () {
  this.timeout(60_000);
  itAnswersFirst(
    [
      ['my car got stolen where do i report it', /^To report a crime that is not an emergency: call 101, or report online at met\.police\.uk\./],
      ['the police impounded my car, how do i get it back', /^I can't get back property the police have seized or kept\./],
      ['my car got towed and a man is threatening me with a knife', /^\*\*Call 999 now\*\*/],
    ],
    { now: FRIDAY_AFTERNOON },
  );

  it('a counter asked beside it is answered after the decline', async () => {
    const text = await new Conversation('webchat', FRIDAY_AFTERNOON).askText('my car got towed, is brixton open');
    expect(text).to.match(DECLINED);
    expect(text).to.match(/Yes, \*\*Brixton Police Station\*\* is open now, until 22:00\./);
  });
});
