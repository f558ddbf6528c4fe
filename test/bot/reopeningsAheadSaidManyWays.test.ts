/**
 * Counters to reopen, or 24-hour opening to come back, asked of counters in general, many ways, through the real
 * bot: none decided as far as the sources go, then what they last said of a reopening (Wood Green's, left out of the
 * October 2025 plan) and the counters open 24 hours now. Asked of one counter, it stays that counter's answer; what
 * reopened in the past is the list of reopenings.
 */
import { expect } from 'chai';
import { DateTime } from 'luxon';
import { Conversation, firstLineOf } from './harness';
import { expect999First } from './call999First';

const FRIDAY = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });
const NONE_AHEAD = /^No front counter is due to reopen, and no return to 24-hour opening is planned, as far as my sources show \(my latest source is from 28 February 2026\)\.$/;

describe('reopenings ahead, asked of counters in general, said many ways', () => {
  for (const say of [
    'will any counters reopen',
    'will they bring back 24 hour police stations',
    'are the police stations going to reopen 24 hours',
    'any plans to reopen police stations?',
    'is the met reopening any police stations',
    'Will the front desks ever go back to 24 hours?',
    'are they going to bring back the old police stations',
  ]) {
    it(say, async () => {
      const text = await new Conversation('webchat', FRIDAY).askText(say);
      expect(firstLineOf(text)).to.match(NONE_AHEAD);
      expect(text).to.match(/Wood Green Police Station reopening not included in the revised plan/);
    });
  }

  it('asked of one counter, is that counter\'s answer ("is ilford going back to 24 hours")', async () => {
    expect(firstLineOf(await new Conversation('webchat', FRIDAY).askText('is ilford going back to 24 hours'))).to.match(/^No, \*\*Ilford Police Station\*\* is not open 24 hours/);
  });

  it('what reopened in the past is the list of reopenings ("which stations reopened")', async () => {
    expect(firstLineOf(await new Conversation('webchat', FRIDAY).askText('which stations reopened'))).to.match(/reopened after a closure/);
  });

  it('danger with the same words still leads with 999 (a threat to come back and kill)', async () => {
    const say = 'he said he will come back and kill me, will the police station reopen tonight';
    expect999First(await new Conversation('webchat', FRIDAY).say(say), say);
  });
});
