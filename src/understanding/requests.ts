/**
 * Requests the bot cannot do: "order me a cab to Lewisham", "call the police
 * for me", "book me an appointment at Ilford", "text my mum". A request is a
 * task from the lexicon's `TASKS_THE_BOT_CANNOT_DO` said to the bot: "can
 * you ...", "please ...", an order at the start, or "... for me". Booking,
 * an officer coming round and looking up a case count however they are asked
 * ("can I book an appointment?"): the bot cannot do them either way.
 */
import { ASKS_THE_BOT, FOR_ME, TASKS_THE_BOT_CANNOT_DO, pattern } from './lexicon';
import type { CannotDoTask } from './question';

const SAID_TO_THE_BOT = pattern`${ASKS_THE_BOT}`;
const SAID_FOR_ME = pattern`${FOR_ME}`;

/** The task asked of the bot that it cannot do, or undefined. Reads the normalised words. */
export function readRequest(text: string): CannotDoTask | undefined {
  for (const { task, act, asOneself } of TASKS_THE_BOT_CANNOT_DO) {
    const m = act.exec(text);
    if (!m) continue;
    const before = text.slice(0, m.index).trim();
    const after = text.slice(m.index + m[0].length).trim();
    if (asOneself || SAID_TO_THE_BOT.test(before) || SAID_FOR_ME.test(after) || SAID_FOR_ME.test(m[0].split(' ').slice(1).join(' '))) {
      return task as CannotDoTask;
    }
  }
  return undefined;
}
