/**
 * Times typed loosely: "8ish", "around 9 30 tonight" (a space for the colon), "at 0300" (no colon at all) are times,
 * placed as a bare hour is; "around" before a time is a time, not somewhere near.
 */
import { expect } from 'chai';
import { DateTime } from 'luxon';
import { Conversation, firstLineOf } from './harness';

const FRIDAY = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });

async function firstLine(say: string): Promise<string> {
  return firstLineOf(await new Conversation('webchat', FRIDAY).askText(say));
}

describe('times typed loosely', function () {
  this.timeout(60_000);
  for (const [say, expected] of [
    ['is croydon open at 8ish', /^Yes, at 20:00 today \(Friday 4 December\), \*\*Croydon Police Station\*\* is open/],
    ['is walworth open around 9 30 tonight', /^Yes, at 21:30 today \(Friday 4 December\), \*\*Walworth Police Station\*\* is open/],
    ['is lewisham open at 0300', /^Yes, at 03:00 tomorrow \(Saturday 5 December\), \*\*Lewisham Police Station\*\* is open/],
    ['is stratford open at 0830 on monday', /^No, at 08:30 on Monday 7 December, \*\*Stratford Police Station\*\* is closed/],
    ['is brixton open around 8', /^Yes, at 20:00 today \(Friday 4 December\), \*\*Brixton Police Station\*\* is open/],
  ] as const) {
    it(say, async () => expect(await firstLine(say)).to.match(expected));
  }
  it('"around" before a place is still somewhere near', async () => {
    expect(await firstLine('is there a desk around SE5')).to.match(/^The nearest front counter to SE5 is/);
  });
  it('a number of minutes is not a time of day', async () => {
    expect(await firstLine('is romford open in 30 mins')).to.match(/^Yes, at 14:30 today/);
  });
});
