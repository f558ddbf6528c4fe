/**
 * Requests the bot cannot do: "order me a cab to Lewisham", "call the police
 * for me", "book me an appointment at Ilford", "text my mum", "email me
 * Brixton's hours". A request is a task from the lexicon's
 * `TASKS_THE_BOT_CANNOT_DO` said to the bot: "can you ...", "please ...", an
 * order at the start, or "... for me". Booking, an officer coming round and
 * looking up a case count however they are asked ("can I book an
 * appointment?"): the bot cannot do them either way.
 *
 * A request is often wrapped around a question the bot can answer ("can you
 * email me the opening hours of Brixton", "set a reminder for when the nearest
 * station to SE13 opens"): the rest of the message, without the request's
 * words, is read as a question of its own, so the reply can decline first and
 * then answer it.
 */
import { ASKS_A_QUESTION_OF_ITS_OWN, ASKS_THE_BOT, ASKS_THE_BOT_OUTRIGHT, FOR_ME, JOINS_A_REQUEST_TO_ITS_SUBJECT, NAMES_THE_BOT, OPENS_OR_CLOSES, PERSON_NOUNS, TASKS_THE_BOT_CANNOT_DO, pattern } from './lexicon';
import { isPlaceQuestion } from './context';
import type { TextRuns } from './patternFilter';
import type { CannotDoTask, ConversationContext, Intent, PlaceMention, Question } from './question';

const SAID_TO_THE_BOT = pattern`${ASKS_THE_BOT}`;
const SAID_OUTRIGHT = pattern`${ASKS_THE_BOT_OUTRIGHT}`;
const SAID_FOR_ME = pattern`${FOR_ME}`;
const BOT_NAMED = pattern`${NAMES_THE_BOT}`;
const JOINING_WORDS = pattern`^(?:(?:${JOINS_A_REQUEST_TO_ITS_SUBJECT}) )+`;

/** A request read: the task, and the rest of the message without the request's words ("the opening hours of brixton"). */
export interface RequestRead {
  task: CannotDoTask;
  rest: string;
}

/** The task asked of the bot that it cannot do, and what else the message says. Reads the normalised words. */
export function readRequestAndRest(text: string, runs?: TextRuns): RequestRead | undefined {
  for (const { task, act, asOneself, outright, unless } of TASKS_THE_BOT_CANNOT_DO) {
    // `runs` (of `text`), when given, rule out the tasks whose words are not there without running their patterns.
    if (runs && !act.global && !act.sticky && !runs.mayMatch(act)) continue;
    const m = act.exec(text);
    if (!m || unless?.test(text)) continue;
    const before = text.slice(0, m.index).trim().replace(BOT_NAMED, '');
    const after = text.slice(m.index + m[0].length).trim();
    const toTheBot = outright ? SAID_OUTRIGHT : SAID_TO_THE_BOT;
    // "can my mum report it for me", "can a friend call 101 for me": another person reports or calls, not the bot.
    if (task !== 'booking' && !toTheBot.test(before) && doneByAnother(before)) continue;
    if (asOneself || toTheBot.test(before) || SAID_FOR_ME.test(after) || SAID_FOR_ME.test(m[0].split(' ').slice(1).join(' '))) {
      const asking = toTheBot.exec(before);
      const rest = [asking ? before.slice(0, asking.index) : before, m.groups?.content ?? '', after.replace(SAID_FOR_ME, ' ')];
      return { task: task as CannotDoTask, rest: rest.join(' ').replace(/\s+/g, ' ').trim().replace(JOINING_WORDS, '') };
    }
  }
  return undefined;
}

const OWNERS = new Set(['my', 'our', 'his', 'her', 'their', 'a', 'an', 'the', 'your']);
const SOMEONE = new Set(['someone', 'somebody', 'anyone', 'anybody']);

/** The words before the act end with another person as its doer: "can my mum", "could a friend", "can someone else". */
function doneByAnother(before: string): boolean {
  const words = before.split(' ');
  const [det, subject] = words.slice(-2);
  return (subject !== undefined && PERSON_NOUNS.has(subject) && !SOMEONE.has(subject) && OWNERS.has(det ?? '')) || (subject === 'else' && SOMEONE.has(det ?? ''));
}

/** The task asked of the bot that it cannot do, or undefined. */
export function readRequest(text: string, runs?: TextRuns): CannotDoTask | undefined {
  return readRequestAndRest(text, runs)?.task;
}

/** What the rest of a request may ask that is worth answering after the decline: a question about counters. */
const CARRIED: ReadonlySet<Intent> = new Set<Intent>([
  'hours', 'open-now', 'status', 'address', 'history', 'past', 'nearest', 'borough-desks', 'alternatives', 'list-24x7', 'open-list', 'closures-list', 'plans',
]);

/**
 * Tasks whose object is information the bot has ("email me the hours", "print the list", "translate Brixton's hours"),
 * or a trip to a counter ("an uber to the nearest open station to SW9"): whatever they carry is asked.
 */
const ABOUT_INFORMATION: ReadonlySet<CannotDoTask> = new Set<CannotDoTask>(['send', 'save', 'print', 'reminder', 'translate', 'taxi']);
/** Tasks whose rest is a message for someone else ("whatsapp my mum the address of Walworth", "phone Lewisham and ask if they are open"). */
const MESSAGE_FOR_SOMEONE: ReadonlySet<CannotDoTask> = new Set<CannotDoTask>(['message', 'pass-on']);
const ABOUT_A_COUNTER: ReadonlySet<Intent> = new Set<Intent>(['hours', 'open-now', 'status', 'address', 'place-only']);

/** Fewer words than this left over is no question ("for me", "it"). */
const MIN_WORDS = 2;

/**
 * The question the rest of a request asks, read on its own, or null: "can you email me the opening hours of
 * brixton" carries "the opening hours of brixton", "text me when Ilford opens" all about Ilford. A bare place
 * ("order me a cab to Lewisham") is not a question: the decline says where that counter is.
 */
export function questionInRequest(
  text: string,
  context: ConversationContext,
  readRest: (text: string, context: ConversationContext) => Question,
  counterNamed: PlaceMention | null,
): Question | null {
  const request = readRequestAndRest(text);
  if (!request) return null;
  const { rest } = request;
  if (rest.split(' ').length < MIN_WORDS) return null;
  const question = aboutTheCounterNamed(readRest(rest, context), counterNamed);
  // A counter named with what its opening or closing is ("when Ilford opens"): all that is known about it.
  const carried = CARRIED.has(question.intent) || (question.intent === 'place-only' && OPENS_OR_CLOSES.test(rest));
  if (!carried) return null;
  if (ABOUT_INFORMATION.has(request.task) || ASKS_A_QUESTION_OF_ITS_OWN.test(rest)) return question;
  // Otherwise (booking, reporting, a message for someone else) the rest is what the request is about ("at Ilford on
  // Tuesday", "I found a wallet"): a question only when it asks one of its own, or asks of a counter the request names.
  return MESSAGE_FOR_SOMEONE.has(request.task) && ABOUT_A_COUNTER.has(question.intent) && 'place' in question && question.place?.result.status === 'found' ? question : null;
}

/** "phone Lewisham police and ask if they are open": the question asks of the counter the request named. */
function aboutTheCounterNamed(question: Question, counter: PlaceMention | null): Question {
  if (!isPlaceQuestion(question) || question.place || counter?.result.status !== 'found' || !counter.result.match.stationId) return question;
  return { ...question, place: counter } as Question;
}
