/**
 * Why the counters of a time closed, asked right after their list ("which closed in 2020" then "why?"): the reason
 * comes only from the rows of the closures asked. 2020's closures are refurbishments and stand-in counters under no
 * plan, so each is named with its own row's words, never the cuts' "to save money". Controls: a year of one plan (2017)
 * keeps the plans' reasons; a year with none keeps "nothing to explain"; "why did front counters close" keeps every
 * plan's reasons. The same asked in one message ("why did counters close in 2020") was taken back at the merge: it cost
 * 13 held-out cases (the past), and still gives the plans' reasons.
 */
import { expect } from 'chai';
import { DateTime } from 'luxon';
import { Conversation, itAnswersFirst, itAnswersLast } from './harness';

const FRIDAY = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });
const NO_PLAN_2020 = /^My sources record no closure plan behind the seven front counter closures in 2020; each record says why it closed:$/;

describe('why the closures of a time happened, said many ways', function () {
  this.timeout(60_000);
  itAnswersLast(
    [
      [['what closed in 2020', 'why?'], NO_PLAN_2020],
      [['which counters closed in 2020', 'why'], NO_PLAN_2020],
    ],
    FRIDAY,
  );

  it('names each 2020 closure with its own row, and lends none the cuts\' reasons', async () => {
    for (const turns of [['what closed in 2020', 'why?'], ['which counters closed in 2020', 'why']]) {
      const c = new Conversation('webchat', FRIDAY);
      let text = '';
      // The whole reply, its card too (the list is in the card on Web Chat).
      for (const say of turns) text = await c.ask(say);
      expect(text, turns.join(' / ')).to.not.match(/save money|funding gap|budget/i);
      expect(text, turns.join(' / ')).to.match(/Twickenham(?:\*\*)?, 24 January 2020: closed at 14:00 for refurbishment/);
      expect(text, turns.join(' / ')).to.match(/Ilford(?:\*\*)?, 2 November 2020: front counter closed for refurbishment/);
      expect(text, turns.join(' / ')).to.match(/Holloway(?:\*\*)?, 30 November 2020: temporary counter closed when Islington reopened/);
    }
  });

  describe('controls', () => {
    itAnswersFirst([['why did front counters close', /^Front counters were closed to save money/]], { now: FRIDAY });
    itAnswersLast(
      [
        [['which counters closed in 2017', 'why?'], /^The reasons given for the closures under the \*\*2017 Public Access Strategy \(MOPAC\)\*\*/],
        [['which counters closed in 2019', 'why?'], /^No front counter closed in 2019/],
      ],
      FRIDAY,
    );
  });
});
