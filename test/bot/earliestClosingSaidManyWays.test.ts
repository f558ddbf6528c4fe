/**
 * The earliest closing asked of all counters ("which desks shut earliest on weekends", "the first station to close
 * tonight"): the closing time of the day or days asked, the 24-hour counters set apart, as the latest closing and the
 * earliest opening are answered; never the list of closures for good.
 */
import { expect } from 'chai';
import { DateTime } from 'luxon';
import { Conversation, firstLineOf } from './harness';

const FRIDAY = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });
const SET_APART = /^\*\*Lewisham\*\* and \*\*Charing Cross\*\* are open 24 hours a day; the other 25 all close at /;

async function firstLine(say: string): Promise<string> {
  return firstLineOf(await new Conversation('webchat', FRIDAY).askText(say));
}

describe('the earliest closing of all counters', function () {
  this.timeout(60_000);
  for (const [say, when] of [
    ['which desks shut earliest on weekends', '19:00 on Saturday and Sunday'],
    ['which counter closes earliest on saturday', '19:00 on Saturday'],
    ["what's the first station to close tonight", '22:00 today (Friday)'],
    ['which station has the earliest closing time today', '22:00 today (Friday)'],
  ] as const) {
    it(say, async () => {
      const line = await firstLine(say);
      expect(line).to.match(SET_APART);
      expect(line).to.contain(when);
      expect(line).not.to.match(/closed between/);
    });
  }
  it('the earliest opening is still an opening time', async () => {
    expect(await firstLine('which police station opens earliest')).to.match(/the other 25 all open at 10:00 today/);
  });
});
