/**
 * Which of the counters named to go to, often with something to do there ("brixton or lewisham for reporting a stolen
 * bike", "should i go to ilford or romford to hand in a wallet"): which is open now answers first, as "which is open,
 * x or y" is answered; asked for a report, that an open front counter takes one (and 101 or online) follows. Never the
 * 101 answer alone, nor the nearest to the first one named. Controls: which is open, a comparison of hours, where the
 * resident is asked for nearer, danger.
 */
import { expect } from 'chai';
import { DateTime } from 'luxon';
import { Conversation, firstLineOf } from './harness';

const FRIDAY = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });
const REPORT_LINE = 'You can report a crime in person at any open front counter';

const CASES: readonly (readonly [string, RegExp, boolean])[] = [
  ['brixton or lewisham for reporting a stolen bike', /^Both are open now\.$/, true],
  ['lewisham or brixton to report a stolen bike?', /^Both are open now\.$/, true],
  ['should i go to ilford or romford to report a burglary', /^Both are open now\.$/, true],
  ['should i go to ilford or romford to hand in a wallet', /^Both are open now\.$/, false],
  ['should i go to ilford or romford', /^Both are open now\.$/, false],
  ['wimbledon or kingston to hand in a phone i found', /^Only Kingston is open now: Wimbledon's front counter closed on 28 February 2026\.$/, false],
  ['harrow or wembley for reporting a theft', /^Only Wembley is open now: Harrow's front counter closed on 28 February 2026\.$/, true],
  // Controls.
  ['which is open, brixton or lewisham', /^Both are open now\.$/, false],
  ['compare brixton and lewisham', /^Lewisham is open longer/, false],
  ['is brixton or lewisham closer to me', /^To find the nearest front counter, I need to know where you are\./, false],
  ['brixton or lewisham, someone is stealing my bike right now', /^\*\*Call 999 now/, false],
];

describe('which of the counters named to go to: which is open now, then what either takes', function () {
  this.timeout(30_000);
  for (const [say, first, report] of CASES) {
    it(say, async () => {
      const text = await new Conversation('webchat', FRIDAY).askText(say);
      expect(firstLineOf(text)).to.match(first);
      if (report) expect(text).to.include(REPORT_LINE);
      else expect(text).to.not.include(REPORT_LINE);
    });
  }
});
