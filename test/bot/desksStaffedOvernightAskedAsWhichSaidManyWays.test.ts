/**
 * "Which desks are staffed overnight", "any desk staffed overnight": the 24-hour counters, named; "is lewisham really
 * staffed overnight" is Lewisham's hours; "is a 24 hour desk staffed all the time" asks what 24 hours means.
 */
import { expect } from 'chai';
import { DateTime } from 'luxon';
import { Conversation, firstLineOf } from './harness';

const FRIDAY = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });

async function firstLine(say: string): Promise<string> {
  return firstLineOf(await new Conversation('webchat', FRIDAY).askText(say));
}

describe('desks staffed overnight asked as which, said many ways', () => {
  for (const say of ['any desk staffed overnight', 'which police stations are staffed overnight', 'what front counters are staffed all night', 'are there any counters staffed round the clock']) {
    it(say, async () => expect(await firstLine(say)).to.match(/Charing Cross/).and.to.match(/Lewisham/));
  }
  it('of one counter: its hours', async () => expect(await firstLine('is lewisham really staffed overnight')).to.match(/^Yes, \*\*Lewisham Police Station\*\* is open 24 hours/));
  it('of what 24 hours means: the meaning', async () => expect(await firstLine('is a 24 hour desk staffed all the time')).to.match(/every hour of every day/));
});
