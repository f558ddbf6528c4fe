/**
 * The second set of unseen residents' questions (test/bot/unseenQuestions2.ts),
 * written independently of the first, played through the real bot as of
 * Thursday 26 November 2026, 14:00 London.
 */
import { expect } from 'chai';
import { playUnseenCases } from './playUnseenCases';
import { UNSEEN_CASES } from './unseenQuestions';
import { UNSEEN_CASES_2 } from './unseenQuestions2';

describe("StationDesk on a second set of unseen residents' questions (webchat, 26 November 2026)", () => {
  it('has a large table of cases, none of them already in the first set', () => {
    expect(UNSEEN_CASES_2.length).to.be.at.least(150);
    const firstSet = new Set(UNSEEN_CASES.flatMap((c) => c.turns.map((t) => t.say.toLowerCase())));
    const repeated = UNSEEN_CASES_2.flatMap((c) => c.turns.map((t) => t.say)).filter((say) => firstSet.has(say.toLowerCase()) && !/^(?:hi|hello|thanks|bye)$/i.test(say));
    expect(repeated).to.deep.equal([]);
  });

  playUnseenCases(UNSEEN_CASES_2);
});
