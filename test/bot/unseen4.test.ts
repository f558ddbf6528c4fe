/**
 * The fourth set of unseen residents' questions (test/bot/unseenQuestions4.ts):
 * four variants of each development-set line, played through the real bot as
 * of Thursday 26 November 2026, 14:00 London.
 */
import { expect } from 'chai';
import { playUnseenCases } from './playUnseenCases';
import { UNSEEN_CASES } from './unseenQuestions';
import { UNSEEN_CASES_2 } from './unseenQuestions2';
import { TEAMS_CASES_3, UNSEEN_CASES_3 } from './unseenQuestions3';
import { UNSEEN_CASES_4 } from './unseenQuestions4';

describe("StationDesk on a fourth set of unseen residents' questions, four per development line (26 November 2026)", () => {
  it('has four variants of each of the 37 development lines, none opening as an earlier case did', () => {
    expect(UNSEEN_CASES_4.length).to.be.at.least(148);
    const earlier = new Set([...UNSEEN_CASES, ...UNSEEN_CASES_2, ...UNSEEN_CASES_3, ...TEAMS_CASES_3].flatMap((c) => c.turns.map((t) => t.say.toLowerCase())));
    expect(UNSEEN_CASES_4.map((c) => c.turns[0].say).filter((s) => earlier.has(s.toLowerCase()))).to.deep.equal([]);
    const firsts = UNSEEN_CASES_4.map((c) => c.turns[0].say.toLowerCase());
    expect(firsts.filter((s, i) => firsts.indexOf(s) !== i)).to.deep.equal([]);
  });

  playUnseenCases(UNSEEN_CASES_4);
});
