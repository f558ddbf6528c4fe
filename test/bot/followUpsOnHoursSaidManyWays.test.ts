/**
 * Follow-ups on a counter's hours: "which ones are?" after "is Stratford open 24 hours?" lists the 24-hour desks,
 * and "when did that change?" after an hours question says when that counter's hours last changed (the timeline's
 * date), not its hours again.
 */
import { expect } from 'chai';
import { Conversation, firstLineOf } from './harness';

async function lastFirstLine(turns: readonly string[]): Promise<string> {
  const chat = new Conversation();
  for (const say of turns.slice(0, -1)) await chat.say(say);
  return firstLineOf(await chat.askText(turns.at(-1)!));
}

describe('which ones are, after a yes or no about a counter being open 24 hours', function () {
  this.timeout(30_000);
  for (const turns of [
    ['is stratford open 24 hours', 'which ones are'],
    ['is ilford 24/7?', 'so which is then'],
    ['is croydon open all night', 'which ones are open 24 hours'],
    ['does romford stay open 24 hrs', 'ok which are'],
  ]) {
    it(turns.join(' / '), async () => {
      expect(await lastFirstLine(turns)).to.match(/^Only two front counters are open 24 hours a day since 3 March 2026: \*\*Lewisham\*\* and \*\*Charing Cross\*\*\.$/);
    });
  }
});

describe('when the hours just asked about changed', function () {
  this.timeout(30_000);
  for (const [turns, station] of [
    [['is stratford open 24 hours', 'when did that change'], 'Stratford'],
    [['stratford hours', 'when did they change?'], 'Stratford'],
    [["what are ilford's hours", 'when did it change'], 'Ilford'],
    [['is brixton open now', 'and when did that change'], 'Brixton'],
  ] as const) {
    it(turns.join(' / '), async () => {
      expect(await lastFirstLine(turns)).to.match(new RegExp(`^The hours of the front counter at \\*\\*${station} Police Station\\*\\* last changed on 3 March 2026`));
    });
  }
});
