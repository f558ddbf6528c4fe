/**
 * The third set of unseen residents' questions (test/bot/unseenQuestions3.ts),
 * mostly conversations, played through the real bot as of Thursday 26 November
 * 2026, 14:00 London: on Web Chat, and a few on Microsoft Teams.
 */
import { expect } from 'chai';
import { Conversation } from './harness';
import { checkTurn, playUnseenCases } from './playUnseenCases';
import { UNSEEN_CASES } from './unseenQuestions';
import { UNSEEN_CASES_2 } from './unseenQuestions2';
import { TEAMS_CASES_3, UNSEEN_CASES_3, type UnseenCase } from './unseenQuestions3';

const conversationOf = (c: UnseenCase): string => c.turns.map((t) => t.say.toLowerCase()).join(' -> ');

describe("StationDesk on a third set of unseen residents' questions, mostly conversations (26 November 2026)", () => {
  it('has a large table of cases, most of them conversations, none opening as an earlier case did', () => {
    const all = [...UNSEEN_CASES_3, ...TEAMS_CASES_3];
    expect(all.length).to.be.at.least(120);
    expect(all.filter((c) => c.turns.length > 1).length).to.be.at.least(90);
    const earlier = new Set([...UNSEEN_CASES, ...UNSEEN_CASES_2].flatMap((c) => c.turns.map((t) => t.say.toLowerCase())));
    expect(all.map((c) => c.turns[0].say).filter((say) => earlier.has(say.toLowerCase()))).to.deep.equal([]);
    const conversations = all.map(conversationOf);
    expect(conversations.filter((c, i) => conversations.indexOf(c) !== i)).to.deep.equal([]);
  });

  describe('on Web Chat', () => {
    playUnseenCases(UNSEEN_CASES_3);
  });

  describe('on Microsoft Teams', () => {
    for (const c of TEAMS_CASES_3) {
      const title = `${c.topic}: ${c.turns.map((t) => JSON.stringify(t.say)).join(' -> ')}`;
      (c.blockedBy ? it.skip : it)(c.blockedBy ? `${title} [blocked: ${c.blockedBy}]` : title, async () => {
        const chat = new Conversation('msteams');
        for (const turn of c.turns) checkTurn(turn, await chat.ask(turn.say));
      });
    }
  });
});
