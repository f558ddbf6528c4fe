/**
 * Plays a table of unseen residents' questions through the real bot (one
 * conversation per case): facts that must appear, things that must never
 * appear, and 999 first when someone is in danger. A case blocked by a defect
 * elsewhere keeps its right expectations and is skipped, naming the defect.
 */
import { expect } from 'chai';
import { Conversation } from './harness';
import type { UnseenCase, UnseenTurn } from './unseenQuestions';

export function checkTurn(turn: UnseenTurn, reply: string): void {
  const where = `\n  said: ${turn.say}\n  reply: ${reply.replace(/\n/g, '\n         ')}`;
  for (const re of turn.must ?? []) expect(re.test(reply), `expected ${re}${where}`).to.equal(true);
  for (const re of turn.mustNot ?? []) expect(re.test(reply), `did not expect ${re}${where}`).to.equal(false);
  if (turn.emergencyFirst) {
    const firstLine = reply.split('\n').find((l) => l.trim() !== '') ?? '';
    expect(firstLine, `999 first${where}`).to.match(/999/);
  }
}

/** One mocha test per case, inside the current `describe`. */
export function playUnseenCases(cases: readonly UnseenCase[]): void {
  for (const c of cases) {
    const title = `${c.topic}: ${c.turns.map((t) => JSON.stringify(t.say)).join(' -> ')}`;
    const test = c.blockedBy ? it.skip : it;
    test(c.blockedBy ? `${title} [blocked: ${c.blockedBy}]` : title, async () => {
      const chat = new Conversation('webchat');
      for (const turn of c.turns) checkTurn(turn, await chat.ask(turn.say));
    });
  }
}
