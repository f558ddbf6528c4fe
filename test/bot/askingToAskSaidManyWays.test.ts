/**
 * Asking to ask ("can i ask you something", "quick question", "got a sec?", "i need some info"): what the bot can answer,
 * not "I can't help with that". Controls: the question said in the same message is answered; danger in it leads with 999.
 */
import { DateTime } from 'luxon';
import { expect999First } from './call999First';
import { Conversation, itAnswersFirst } from './harness';

const FRIDAY = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });
const WHAT_I_DO = /^I answer questions about police front counters in London/;

describe('asking to ask: what the bot can answer', function () {
  this.timeout(60_000);
  itAnswersFirst(
    [
      ['can i ask you something', WHAT_I_DO],
      ['can i ask a question', WHAT_I_DO],
      ['quick question', WHAT_I_DO],
      ['i have a question', WHAT_I_DO],
      ['got a sec?', WHAT_I_DO],
      ['may i ask something please', WHAT_I_DO],
      ['i need some info', WHAT_I_DO],
      ["i've got a few questions for you", WHAT_I_DO],
    ],
    { now: FRIDAY },
  );
});

describe('controls: the question said with it, and danger', function () {
  this.timeout(60_000);
  itAnswersFirst(
    [
      ['quick question is brixton open', /^Yes, \*\*Brixton Police Station\*\* is open now/],
      ['can i ask you something, is croydon open sunday', /^Yes, \*\*Croydon Police Station\*\* is open on Sunday 6 December/],
      ['i need some info on ilford police station', /Ilford Police Station/],
    ],
    { now: FRIDAY },
  );
  it('got a sec? my neighbour is being attacked: 999 first', async () => {
    const say = 'got a sec? my neighbour is being attacked';
    expect999First(await new Conversation('webchat', FRIDAY).say(say), say);
  });
});
