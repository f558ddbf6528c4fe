/**
 * The second set of unseen residents' questions (test/bot/unseenQuestions2.ts)
 * played through the real bot, as of Thursday 26 November 2026, 14:00 London:
 * facts that must appear, things that must never appear, and 999 first when
 * someone is in danger. Cases blocked by a defect outside understanding are
 * kept, with the right expectations, and skipped until it is fixed.
 */
import { expect } from 'chai';
import { Conversation } from './harness';
import { UNSEEN_CASES } from './unseenQuestions';
import { UNSEEN_CASES_2, type UnseenTurn } from './unseenQuestions2';

function check(turn: UnseenTurn, reply: string): void {
  const where = `\n  said: ${turn.say}\n  reply: ${reply.replace(/\n/g, '\n         ')}`;
  for (const re of turn.must ?? []) expect(re.test(reply), `expected ${re}${where}`).to.equal(true);
  for (const re of turn.mustNot ?? []) expect(re.test(reply), `did not expect ${re}${where}`).to.equal(false);
  if (turn.emergencyFirst) {
    const firstLine = reply.split('\n').find((l) => l.trim() !== '') ?? '';
    expect(firstLine, `999 first${where}`).to.match(/999/);
  }
}

describe("StationDesk on a second set of unseen residents' questions (webchat, 26 November 2026)", () => {
  it('has a large table of cases, none of them already in the first set', () => {
    expect(UNSEEN_CASES_2.length).to.be.at.least(150);
    const firstSet = new Set(UNSEEN_CASES.flatMap((c) => c.turns.map((t) => t.say.toLowerCase())));
    const repeated = UNSEEN_CASES_2.flatMap((c) => c.turns.map((t) => t.say)).filter((say) => firstSet.has(say.toLowerCase()) && !/^(?:hi|hello|thanks|bye)$/i.test(say));
    expect(repeated).to.deep.equal([]);
  });

  for (const c of UNSEEN_CASES_2) {
    const title = `${c.topic}: ${c.turns.map((t) => JSON.stringify(t.say)).join(' -> ')}`;
    const test = c.blockedBy ? it.skip : it;
    test(c.blockedBy ? `${title} [blocked: ${c.blockedBy}]` : title, async () => {
      const chat = new Conversation('webchat');
      for (const turn of c.turns) check(turn, await chat.ask(turn.say));
    });
  }
});
