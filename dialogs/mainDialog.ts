/**
 * The main dialog: every message goes activity -> understanding -> question ->
 * answer -> reply. When the answer needs more from the resident (which place
 * did you mean? what's your postcode?) it waits with a prompt and feeds the
 * reply back through understanding, where the conversation context completes
 * the question that was waiting. Help, cancel, start over and "forget me" are
 * intents like any other, so they work at every point, prompts included.
 */
// botbuilder-dialogs (with its own copy of zod and its memory scopes) is loaded only when an answer has to wait
// for the resident or a prompt is waiting (see run): most conversations never need it, and a start does not.
import type { DialogState } from 'botbuilder-dialogs';
import { ActivityTypes, type Activity, type StatePropertyAccessor, type TurnContext } from 'botbuilder';
import type { DateTime } from 'luxon';
import type { Answer } from '../src/answers/answer';
import type { Answerer } from '../src/answers/answerQuestion';
import { deskNamedBy, desksListedBy } from '../src/answers/deskNamedBy';
import { refineQuestion, type PostcodeLocator } from '../src/postcodeLookup';
import { renderReply, type ReplyMemory } from '../src/replies';
import { toActivity } from '../src/replies/toActivity';
import { addresseeOf } from '../src/bots/addressee';
import { nextContext } from '../src/understanding';
import type { ConversationContext, Question } from '../src/understanding/question';
import { readIncoming, type IncomingMessage } from './incomingText';
import type { MainFlow } from './mainFlow';
import type { QuestionRecognizer } from './questionRecognizer';

export const MAIN_DIALOG = 'mainDialog';

/** Set on the turn when the resident asked to be forgotten; the bot deletes state instead of saving it. */
export const FORGET_ME_REQUESTED = Symbol('forgetMeRequested');
/** The message as read once at the start of the turn (mentions and markup out). */
export const INCOMING_MESSAGE = Symbol('incomingMessage');

export interface MainDialogDependencies {
  recognizer: QuestionRecognizer;
  answerer: Answerer;
  /** The conversation so far, kept in conversation state. */
  contextAccessor: StatePropertyAccessor<ConversationContext>;
  /** What the replies said (the announced-arrangement caveat, the last answer's details for "tell me more"). */
  replyMemoryAccessor?: StatePropertyAccessor<ReplyMemory>;
  /** The clock is injected so answers are "as of" a known instant in tests. */
  clock: () => DateTime;
  botName: string;
  /** Where the bot's source code is (STATIONDESK_SOURCE_URL); absent, the bot says it has no link to give. */
  sourceUrl?: string;
  /** Optional online lookup of a whole postcode's own point (POSTCODES_IO_URL); absent means offline centroids only. */
  postcodeLocator?: PostcodeLocator;
  /** Told what each turn was about (never what the resident wrote), for operators' logs. */
  onAnswered?: (event: AnsweredEvent) => void;
}

/** The answers that ask the resident something back (which place? where are you?) and wait for the reply with a prompt. */
const WAITING_ANSWERS: ReadonlySet<Answer['kind']> = new Set(['choose-place', 'ask-location', 'ask-station']);

/** A message answered: what was understood, the answer and the reply to send. */
export interface AnsweredTurn {
  question: Question;
  answer: Answer;
  activity: Partial<Activity>;
  waitsForResident: boolean;
}

/** Set when run() answered a message that must wait for the resident, for the flow's first step to prompt with. */
export const ANSWERED_TURN = Symbol('answeredTurn');

/** One answered turn, as operators see it: kinds and timing only, no words or places. */
export interface AnsweredEvent {
  intent: Question['intent'];
  answer: Answer['kind'];
  channelId: string;
  ms: number;
}

/**
 * The dialog every message runs through. botbuilder-dialogs' side of it (the
 * prompts and the waterfall, in mainFlow.ts) is built the first time a turn
 * needs it: when an answer waits for the resident, or a prompt is waiting.
 */
export class MainDialog {
  private flow: MainFlow | undefined;

  constructor(private readonly deps: MainDialogDependencies) {}

  /**
   * Runs the dialog for one turn, starting it when nothing is waiting. Most turns
   * are a question answered at once: with no prompt waiting, such a turn is
   * answered here without building botbuilder-dialogs' contexts and memory scopes
   * (about half a millisecond and 30 KB a turn); the dialog machinery starts
   * only when the answer has to wait for the resident, or a prompt is waiting.
   */
  async run(context: TurnContext, dialogStateAccessor: StatePropertyAccessor<DialogState>): Promise<void> {
    const incoming = readIncoming(context.activity);
    context.turnState.set(INCOMING_MESSAGE, incoming);
    // A waiting choice prompt matches on activity.text: give it the words, not "<at>StationDesk</at> woodford".
    if (context.activity.type === ActivityTypes.Message) context.activity.text = incoming.kind === 'words' ? incoming.text : '';
    // The same default DialogSet.createContext gives, so the stored state has the same shape either way.
    const dialogState = await dialogStateAccessor.get(context, { dialogStack: [] });
    if (dialogState.dialogStack.length === 0) {
      const turn = await this.answerTurn(context, incoming);
      if (!turn.waitsForResident) {
        await context.sendActivity(turn.activity);
        return;
      }
      // The answer asks something back: the flow starts and its first step prompts with this answer.
      context.turnState.set(ANSWERED_TURN, turn);
    }
    await this.mainFlow().continueOrBegin(context, dialogStateAccessor);
  }

  private mainFlow(): MainFlow {
    if (!this.flow) {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const { MainFlow } = require('./mainFlow') as typeof import('./mainFlow');
      this.flow = new MainFlow(MAIN_DIALOG, (context, incoming) => this.answerTurn(context, incoming));
    }
    return this.flow;
  }

  /** understanding -> question -> answer -> reply for one message, with the conversation's context and reply memory updated. */
  private async answerTurn(context: TurnContext, incoming: IncomingMessage): Promise<AnsweredTurn> {
    const { recognizer, answerer, contextAccessor, clock, botName, sourceUrl, postcodeLocator, onAnswered } = this.deps;
    const started = performance.now();
    const conversation = (await contextAccessor.get(context, {})) ?? {};
    const now = clock();

    // Understanding stays offline; a configured lookup may then place a whole postcode more precisely (never fails the turn).
    const question: Question =
      incoming.kind === 'words' ? await refineQuestion(recognizer.recognize(incoming.text, conversation, now), postcodeLocator) : withoutWords(incoming);
    const answer = answerer.answer(question, now);
    await contextAccessor.set(context, nextContext(question, conversation, deskNamedBy(answer), desksListedBy(answer)));

    const memory = (await this.deps.replyMemoryAccessor?.get(context, {})) ?? {};
    // Times are London times; the activity's own zone says whether to label them so.
    const timeZone = context.activity.localTimezone;
    // A choice card's buttons remember whose question they answer (Teams group chats: see StationDeskBot).
    const askerId = context.activity.from?.id;
    const reply = renderReply(answer, { channelId: context.activity.channelId, botName, sourceUrl, timeZone, memory, askerId });
    await this.deps.replyMemoryAccessor?.set(context, reply.memory);
    // In a Teams group the reply @mentions the person it answers.
    const activity = toActivity(reply, { mention: addresseeOf(context.activity) }) as Partial<Activity>;
    onAnswered?.({ intent: question.intent, answer: answer.kind, channelId: context.activity.channelId, ms: Math.round(performance.now() - started) });

    if (question.intent === 'forget-me') context.turnState.set(FORGET_ME_REQUESTED, true);
    return { question, answer, activity, waitsForResident: WAITING_ANSWERS.has(answer.kind) };
  }
}

/** A message with nothing to read: a bare @mention says hello; a picture or file gets "I can only read text". */
function withoutWords(incoming: Exclude<IncomingMessage, { kind: 'words' }>): Question {
  return incoming.kind === 'bare-mention' ? { intent: 'greeting' } : { intent: 'out-of-scope', reason: 'attachment' };
}
