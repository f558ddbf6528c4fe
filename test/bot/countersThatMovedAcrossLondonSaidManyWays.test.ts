/**
 * Whether any counters moved rather than closed, none named ("did any stations move rather than close", "which
 * counters moved", "have any police stations relocated"): yes when whether any was asked (the list alone for "which"), and how many the timeline records whose desk went to
 * another counter when they closed, each with where it went (read from the data, counterMoves.ts), never the list of
 * closures. Controls: a counter named asks of that one; the resident's own move; the closures asked. Through the bot.
 */
import { expect } from 'chai';
import { DateTime } from 'luxon';
import { Conversation, firstLineOf, itAnswersFirst } from './harness';

const FRIDAY = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });
const MOVED = /^Yes: my sources record nine front counters whose desk moved to another counter when they closed:/;
// "Which counters moved" is answered by the list itself, not a yes (see whichCountersMovedSaidManyWays).
const WHICH_MOVED = /^My sources record nine front counters whose desk moved to another counter when they closed:/;

describe('whether any counters moved rather than closed, said many ways', function () {
  this.timeout(60_000);
  itAnswersFirst(
    [
      ['did any stations move rather than close', MOVED],
      ['which counters moved', WHICH_MOVED],
      ['have any police stations relocated', MOVED],
      ['did some of them just move instead of closing', MOVED],
      ['were any front counters moved somewhere else', MOVED],
      ['which stations moved rather than closed?', WHICH_MOVED],
      ['list the stations that relocated', WHICH_MOVED],
    ],
    { now: FRIDAY },
  );

  it('names each move, where it went and whether that counter is open', async () => {
    const text = await new Conversation('sms', FRIDAY).askText('did any stations move rather than close');
    expect(text).to.include("Forest Gate moved to Stratford on 6 March 2024; it is open now");
    expect(text).to.match(/Barking moved to Barking Learning Centre .*; it closed too, on 28 February 2026/);
    expect(text).not.to.match(/front counters closed between/);
  });
});

describe('controls: a counter named, the resident moving, the closures', function () {
  this.timeout(60_000);
  itAnswersFirst(
    [
      ['did hammersmith move', /^Yes, for a while: the front counter at \*\*Hammersmith Police Station\*\* moved/],
      ['has forest gate moved to stratford', /^Yes: the front counter at \*\*Forest Gate Police Station\*\* closed on 6 March 2024\. Its counter moved to \*\*Stratford Police Station\*\*/],
      ['i moved to hackney where is my nearest station', /^The nearest front counter to Hackney is /],
      ['which stations closed in 2017', /^36 front counters closed in 2017/],
    ],
    { now: FRIDAY },
  );

  it('is never answered with the closures', async () => {
    expect(firstLineOf(await new Conversation('webchat', FRIDAY).askText('did any stations move rather than close'))).not.to.match(/closed between/);
  });
});
