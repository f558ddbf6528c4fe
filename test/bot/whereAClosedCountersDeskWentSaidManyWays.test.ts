/**
 * An old counter's name asked of, many ways, through the real bot: after the closure, the second sentence says
 * where its desk went and what became of that counter, from the timeline ("is barking police station open": the old
 * station closed in 2013, its counter moved to Barking Learning Centre, which closed on 28 February 2026).
 */
import { expect } from 'chai';
import { DateTime } from 'luxon';
import { Conversation } from './harness';

const FRIDAY = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });

const cases: Array<[string, RegExp, RegExp]> = [
  ['is barking police station open', /^No, the front counter at \*\*Barking Police Station \(former town-centre station\)\*\* closed/, /^Its counter moved to \*\*Barking Learning Centre police front counter\*\*, which closed on 28 February 2026\.$/],
  ['barking police station hours', /^The front counter at \*\*Barking Police Station \(former town-centre station\)\*\* closed/, /^Its counter moved to \*\*Barking Learning Centre/],
  ['Is Paddington Green police station still open?', /^No, the front counter at \*\*Paddington Green Police Station\*\* closed/, /^Its counter moved to \*\*Church Street police front counter\*\*, which closed on 28 February 2026\.$/],
  ['sidcup police station', /^The front counter at \*\*Sidcup Police Station \(former, Main Road\)\*\* closed on 16 March 2012/, /^Its counter moved to \*\*Marlowe House \(Sidcup\) police front counter\*\*, which closed/],
  ['forest gate police station open?', /Forest Gate Police Station\*\* closed on 6 March 2024/, /^Its counter moved to \*\*Stratford Police Station\*\*, which is open\.$/],
  ['what time does uxbridge police station open', /Uxbridge \(Hillingdon\) Police Station\*\* closed on 14 December 2017/, /^Its counter moved to \*\*Hayes Police Station \(Hayes End\)\*\*, which is open\.$/],
];

describe('an old counter\'s name, said many ways: where its desk went comes second', () => {
  for (const [say, first, second] of cases) {
    it(say, async () => {
      const [line1, line2] = (await new Conversation('webchat', FRIDAY).askText(say)).split('\n').filter(Boolean);
      expect(line1).to.match(first);
      expect(line2).to.match(second);
    });
  }

  it('says nothing of a move for a counter whose record names none (Kilburn)', async () => {
    const text = await new Conversation('webchat', FRIDAY).askText('is kilburn police station open');
    expect(text).to.match(/^No, the front counter at \*\*Kilburn Police Station\*\* closed on 14 December 2017/);
    expect(text).to.not.match(/moved to/);
  });
});
