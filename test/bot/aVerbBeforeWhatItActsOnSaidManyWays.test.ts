/**
 * A lone word between "to" and the thing it acts on ("i need to tow my car to brixton", "got to tow it to sutton") is a
 * verb, not a place its first letters begin ("tow" is no Tower Hamlets): only the counter named is asked, never "both".
 * Control: a counter's own name there is still that counter ("how do i get to brixton my phone is dying").
 */
import { expect } from 'chai';
import { DateTime } from 'luxon';
import { Conversation, itAnswersLast } from './harness';

const FRIDAY = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });

describe('a lone word between "to" and what it acts on is a verb, not a place', function () {
  this.timeout(60_000);
  itAnswersLast(
    [
      [['i need to tow my car to brixton, is the station open'], /^Yes, \*\*Brixton Police Station\*\* is open now, until 22:00\./],
      [['i have to tow it to sutton is the station open'], /^Yes, \*\*Sutton Police Station\*\* is open now/],
      [['got to tow my van to croydon, is the police station open'], /^Yes, \*\*Croydon Police Station\*\* is open now/],
      // Control: a counter's name in the same place is still that counter.
      [['how do i get to brixton my phone is dying'], /^\*\*Brixton Police Station\*\*: 367 Brixton Road/],
    ],
    FRIDAY,
  );

  it('names only the counter asked, never "both"', async () => {
    const text = await new Conversation('webchat', FRIDAY).askText('i need to tow my car to brixton, is the station open');
    expect(text).not.to.match(/\bboth\b/i);
  });
});

