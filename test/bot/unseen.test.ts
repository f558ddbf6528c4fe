/**
 * Unseen residents' questions (test/bot/unseenQuestions.ts) played through
 * the real bot, as of Thursday 26 November 2026, 14:00 London: facts that must
 * appear, things that must never appear, and 999 first when someone is in danger.
 */
import { expect } from 'chai';
import { Conversation } from './harness';
import { UNSEEN_CASES, type UnseenTurn } from './unseenQuestions';

function check(turn: UnseenTurn, reply: string): void {
  const where = `\n  said: ${turn.say}\n  reply: ${reply.replace(/\n/g, '\n         ')}`;
  for (const re of turn.must ?? []) expect(re.test(reply), `expected ${re}${where}`).to.equal(true);
  for (const re of turn.mustNot ?? []) expect(re.test(reply), `did not expect ${re}${where}`).to.equal(false);
  if (turn.emergencyFirst) {
    const firstLine = reply.split('\n').find((l) => l.trim() !== '') ?? '';
    expect(firstLine, `999 first${where}`).to.match(/999/);
  }
}

describe('StationDesk on unseen residents\' questions (webchat, 26 November 2026)', () => {
  it('has a large table of cases', () => {
    expect(UNSEEN_CASES.length).to.be.at.least(150);
  });

  for (const c of UNSEEN_CASES) {
    const title = `${c.topic}: ${c.turns.map((t) => JSON.stringify(t.say)).join(' -> ')}`;
    // Blocked by a defect outside understanding: kept with the right expectations, pending until it is fixed.
    const test = c.blockedBy ? it.skip : it;
    test(c.blockedBy ? `${title} [blocked: ${c.blockedBy}]` : title, async () => {
      const chat = new Conversation('webchat');
      for (const turn of c.turns) check(turn, await chat.ask(turn.say));
    });
  }
});
