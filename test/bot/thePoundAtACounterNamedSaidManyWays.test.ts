/**
 * A vehicle to get back from the pound, asked at a counter named ("can i get my car back from the pound at brixton police
 * station", "my van got towed, is walworth police station the place to get it"): the first sentence says the bot cannot
 * help get it back nor knows where they go, then the counter named, only as where it is. It was the counter's hours, as
 * though the pound were asked of it. Controls: the pound with no counter keeps the council's pound reply; a car stolen
 * outside a counter is a crime to report; the counter's hours asked alone keep their answer. Through the bot.
 */
import { expect } from 'chai';
import { DateTime } from 'luxon';
import { Conversation, itAnswersFirst } from './harness';

const FRIDAY = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });
const POUND = /^I can't help you get a towed, clamped or impounded vehicle back, and I don't know where they go/;

describe('the pound asked at a counter named, said many ways', function () {
  this.timeout(60_000);
  itAnswersFirst(
    [
      ['can i get my car back from the pound at brixton police station', POUND],
      ['my van got towed, is walworth police station the place to get it', POUND],
      ['is the car pound at lewisham police station', POUND],
      ['my cars in the pound, can i get it from croydon police station', POUND],
      ['car was towed away, do i go to stratford police station to get it back', POUND],
    ],
    { understood: true, now: FRIDAY },
  );

  it('names the counter after the decline, with its address', async () => {
    const text = await new Conversation('webchat', FRIDAY).askText('can i get my car back from the pound at brixton police station');
    expect(text).to.match(/\*\*Brixton Police Station\*\* is at 367 Brixton Road/);
    expect(text).to.match(/ask your local council; if the police took it, call 101/);
  });

  describe('controls', () => {
    itAnswersFirst(
      [
        ['my car got towed', POUND],
        ['my car was stolen outside brixton police station', /^To report a crime that is not an emergency/],
        ['what are the hours of brixton police station', /Brixton Police Station/],
      ],
      { now: FRIDAY },
    );
    it('the hours asked alone are not declined', async () => {
      const text = await new Conversation('webchat', FRIDAY).askText('what are the hours of brixton police station');
      expect(text).to.not.match(/impounded/);
    });
  });
});
