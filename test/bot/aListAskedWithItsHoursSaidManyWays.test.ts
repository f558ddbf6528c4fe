/**
 * A list of counters asked with "and their hours" or "and their addresses" ("what are the police stations in east
 * london and their hours"): one question, the list (which gives each counter's hours), not a second question asking
 * "which police station?". Controls: two real questions in one message are still both answered.
 */
import { expect } from 'chai';
import { DateTime } from 'luxon';
import { Conversation, itAnswersFirst } from './harness';

const FRIDAY = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });

describe('a list asked with its hours or addresses: the list', function () {
  this.timeout(60_000);
  itAnswersFirst(
    [
      ['what are the police stations in east london and their hours', /^Six police front counters are open in East London:/],
      ['which counters are in south london and their addresses', /^Eight police front counters are open in South London:/],
      ['list the 24 hour ones and their hours', /^Only two front counters are open 24 hours a day since 3 March 2026/],
      ['which stations are in west london and when do they open', /^Six police front counters are open in West London:/],
      ['police desks in north london and the opening times please', /^Six police front counters are open in North London:/],
      ['which police stations are in east london and thier addresses', /^Six police front counters are open in East London:/],
    ],
    { now: FRIDAY },
  );
  it('the list gives each counter its hours', async () => {
    const text = await new Conversation('webchat', FRIDAY).ask('what are the police stations in east london and their hours');
    expect(text).to.not.match(/Which police station would you like the opening hours for\?/);
    expect(text).to.match(/10:00–22:00/);
  });
});

describe('controls: two questions in one are both answered', function () {
  this.timeout(60_000);
  it('whats open in north london and where is the nearest to N7', async () => {
    const text = await new Conversation('webchat', FRIDAY).askText('whats open in north london and where is the nearest to N7');
    expect(text).to.match(/^Six police front counters are open in North London:/);
    expect(text).to.match(/The nearest front counter to N7 is \*\*Kentish Town Police Station\*\*/);
  });
  itAnswersFirst([['is brixton open and what are its hours', /^Yes, \*\*Brixton Police Station\*\* is open now, until 22:00\./]], { now: FRIDAY });
});
