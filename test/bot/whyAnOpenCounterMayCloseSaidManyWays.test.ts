/**
 * "Why?" of a counter that is open, many ways, through the real bot: the reason the sources give for the closure
 * ahead (Stratford's estates strategy, reported on 18 December 2025), or, with none ahead, that there is no reason to
 * give: never its opening hours as if they answered why.
 */
import { expect } from 'chai';
import { DateTime } from 'luxon';
import { Conversation, firstLineOf } from './harness';

const FRIDAY = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });
const STRATFORD_WHY = /^The reason a source of 18 December 2025 gives for closing \*\*Stratford Police Station\*\*: Estates strategy: Stratford station to close once officers move into the redeveloped Forest Gate/;
const NONE_AHEAD = (name: string) => new RegExp(`^The front counter at \\*\\*${name} Police Station\\*\\* is open, and no closure of it is planned as far as my sources show`);

const followUps: Array<[string, string, RegExp]> = [
  ['is stratford closing', 'why', STRATFORD_WHY],
  ['is stratford police station going to shut?', 'why is that', STRATFORD_WHY],
  ['is stratford staying open', 'why is it closing?', STRATFORD_WHY],
  ['is brixton closing', 'why', NONE_AHEAD('Brixton')],
];

describe('"why?" of an open counter, said many ways: the reason given for a closure ahead, or none to give', () => {
  for (const [first, then, expected] of followUps) {
    it(`${first} / ${then}`, async () => {
      const conversation = new Conversation('webchat', FRIDAY);
      await conversation.askText(first);
      expect(firstLineOf(await conversation.askText(then))).to.match(expected);
    });
  }

  for (const [say, expected] of [
    ['why is stratford police station closing', STRATFORD_WHY],
    ['Why are they closing Stratford police station?', STRATFORD_WHY],
    ['why is walworth closing', NONE_AHEAD('Walworth')],
  ] as const) {
    it(say, async () => expect(firstLineOf(await new Conversation('webchat', FRIDAY).askText(say))).to.match(expected));
  }

  it('still gives the reason recorded for a counter that closed ("why did woodford close")', async () => {
    expect(firstLineOf(await new Conversation('webchat', FRIDAY).askText('why did woodford close'))).to.match(/^The front counter at \*\*Woodford Police Station\*\* closed in 2013 under the 2013 Police and Crime Plan \(MOPAC\); the reason given: /);
  });
});
