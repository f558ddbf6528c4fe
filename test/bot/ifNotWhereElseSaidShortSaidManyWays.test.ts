/**
 * Whether a counter is open, then where else asked short after "if not" ("is bromley open now, if not where is", "is
 * brixton open? if not which is", "if its closed where can i go", "otherwise where else", "if not whats open"): the
 * counter's state first, then the nearest counter open at that moment to it. Before, "where is" was read as the counter's
 * own address and "which is" as out of scope; and "is bromley open at 11pm, if not whats the nearest open one" gave the
 * nearest open now, not at 11pm. Controls: "and where is it" and "if so where is it" still ask the counter's address; "if
 * not whats the nearest" keeps its answer; a single question stays one; danger leads with 999.
 */
import { expect } from 'chai';
import { DateTime } from 'luxon';
import { it999FirstAsControls } from './call999First';
import { Conversation } from './harness';

const FRIDAY_NIGHT = DateTime.fromISO('2026-12-04T23:00', { zone: 'Europe/London' });
const FRIDAY = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });
const CLOSED = (counter: string) => new RegExp(`^No, \\*\\*${counter} Police Station\\*\\* is closed now; opens at 09:00 tomorrow`);
const NEAREST_OPEN = (from: string, desk: string) => new RegExp(`^The nearest front counter open now to ${from} is \\*\\*${desk} Police Station\\*\\*`);
const ADDRESS = (counter: string) => new RegExp(`^\\*\\*${counter} Police Station\\*\\*: `);

/** The reply's answer lines (its first line, then the second answer's), said at `now` in a new conversation. */
function itAnswersBoth(cases: readonly (readonly [string, RegExp, RegExp])[], now: DateTime): void {
  for (const [say, first, second] of cases) {
    it(say, async () => {
      const lines = (await new Conversation('webchat', now).askText(say)).split('\n').filter((l) => l.trim() !== '');
      expect(lines[0], say).to.match(first);
      expect(lines[1], say).to.match(second);
    });
  }
}

describe('where else asked short after "if not", said many ways', function () {
  this.timeout(60_000);
  itAnswersBoth(
    [
      ['is bromley open now, if not where is', CLOSED('Bromley'), NEAREST_OPEN('Bromley', 'Lewisham')],
      ['is brixton open? if not which is', CLOSED('Brixton'), NEAREST_OPEN('Brixton', 'Charing Cross')],
      ['is walworth open, if its closed where can i go', CLOSED('Walworth'), NEAREST_OPEN('Walworth', 'Charing Cross')],
      ['is ilford open rn otherwise where else', CLOSED('Ilford'), NEAREST_OPEN('Ilford', 'Lewisham')],
      ['is croydon open now if not whats open', CLOSED('Croydon'), NEAREST_OPEN('Croydon', 'Lewisham')],
      ['is hammersmith open or if not the nearest', CLOSED('Hammersmith'), NEAREST_OPEN('Hammersmith', 'Charing Cross')],
      ['is lewisham open? if not which one is', /^Yes, \*\*Lewisham Police Station\*\* is open now, 24 hours a day/, NEAREST_OPEN('Lewisham', 'Lewisham')],
    ],
    FRIDAY_NIGHT,
  );
  describe('at the moment the first half asked of', () => {
    itAnswersBoth(
      [
        ['is bromley open at 11pm, if not whats the nearest open one', /^No, at 23:00 today \(Friday 4 December\), \*\*Bromley Police Station\*\* is closed/, /^The nearest front counter open at 23:00 tonight to Bromley is \*\*Lewisham Police Station\*\*/],
        ['is sutton open sunday, if not where is', /^Yes, \*\*Sutton Police Station\*\* is open on Sunday 6 December, 09:00–19:00/, /^The nearest front counter open on Sunday 6 December to Sutton is \*\*Sutton Police Station\*\*/],
      ],
      FRIDAY,
    );
  });

  describe('controls', () => {
    itAnswersBoth(
      [
        ['is brixton open and where is it', CLOSED('Brixton'), ADDRESS('Brixton')],
        ['is brixton open, if so where is it', CLOSED('Brixton'), ADDRESS('Brixton')],
        ['is twickenham open and if not whats the nearest', /^No, the front counter at \*\*Twickenham/, /^The nearest front counter/],
      ],
      FRIDAY_NIGHT,
    );
    it('a single question stays one', async () => {
      const text = await new Conversation('webchat', FRIDAY_NIGHT).askText('where is the nearest open one to bromley');
      expect(text.split('\n')[0]).to.match(/^The nearest front counter open now to Bromley is \*\*Lewisham Police Station\*\*/);
    });
    it999FirstAsControls(['is brixton open, if not where is, someone is stabbing people outside'], FRIDAY_NIGHT);
  });
});
