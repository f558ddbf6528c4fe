/**
 * "The first one" after an answer that listed one counter alone ("Barnet has one police front counter: Colindale"),
 * through the real bot: that counter, its state and hours, never "can't help". Controls: a second of a list of one picks
 * nothing; a date said with an ordinal ("the first of january") stays a date; a list of two still picks by its order; and
 * danger still leads with 999.
 */
import { expect } from 'chai';
import { DateTime } from 'luxon';
import { expect999First } from './call999First';
import { Conversation, firstLineAfter, NOT_UNDERSTOOD } from './harness';

const FRIDAY = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });

describe('the one counter listed, picked by its order, said many ways', () => {
  for (const [first, then, pattern] of [
    ['where can i go in person in barnet', 'the first one', /^The front counter at \*\*Colindale Police Station\*\* is open/],
    ['whats open in bexley', 'and the first?', /^The front counter at \*\*Bexleyheath Police Station\*\* is open/],
    ['where can i go in person in hackney', 'the 1st one?', /^The front counter at \*\*Stoke Newington Police Station\*\* is open/],
    ['where can i go in person in sutton', 'when does the first one close', /^\*\*Sutton Police Station\*\* is open until 22:00/],
    ['police counters in croydon borough', 'what about the last one', /^The front counter at \*\*Croydon Police Station\*\* is open/],
    ['is there a front desk in brent', 'the first one', /^The front counter at \*\*Wembley Police Station\*\* is open/],
    // Controls.
    // A date with an ordinal: the day asked of the counter, as before.
    ['where can i go in person in barnet', 'the first of january', /New Year's Day/],
    // Two listed: the order still picks ("which counters are open 24 hours": Lewisham, then Charing Cross).
    ['which counters are open 24 hours', 'the second one', /^The front counter at \*\*Charing Cross Police Station\*\* is open 24 hours/],
  ] as const) {
    it(`${first} / ${then}`, async () => expect(await firstLineAfter(first, then, FRIDAY)).to.match(pattern));
  }

  it('a second of a list of one picks nothing: not the one listed', async () => {
    const text = await firstLineAfter('where can i go in person in barnet', 'the second one', FRIDAY);
    expect(text).to.not.match(/Colindale/);
  });

  it('the first one is understood, not apologised for', async () => {
    const c = new Conversation('webchat', FRIDAY);
    await c.askText('where can i go in person in barnet');
    expect(await c.askText('the first one')).to.not.match(NOT_UNDERSTOOD);
  });

  it('danger control: the first one, someone is following me', async () => {
    const c = new Conversation('webchat', FRIDAY);
    await c.askText('where can i go in person in barnet');
    const said = 'the first one, someone is following me';
    expect999First(await c.say(said), said);
  });
});
