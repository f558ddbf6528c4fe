/**
 * The main dialog: every message goes activity -> understanding -> question ->
 * answer -> reply. When the answer needs more from the resident (which place
 * did you mean? what's your postcode?) it waits with a prompt and feeds the
 * reply back through understanding, where the conversation context completes
 * the question that was waiting. Help, cancel, start over and "forget me" are
 * intents like any other, so they work at every point, prompts included.
 */
// Each class from its own module: the package's index (and its prompts) also load the recognizers of
// numbers, ordinals and dates (about a fifth of a start), which StationDesk never uses.
import type { DialogTurnResult, FoundChoice, WaterfallStepContext } from 'botbuilder-dialogs';
import { ComponentDialog } from 'botbuilder-dialogs/lib/componentDialog';
import { DialogTurnStatus } from 'botbuilder-dialogs/lib/dialog';
import { DialogSet } from 'botbuilder-dialogs/lib/dialogSet';
import { WaterfallDialog } from 'botbuilder-dialogs/lib/waterfallDialog';
import { ActivityTypes, type Activity, type StatePropertyAccessor, type TurnContext } from 'botbuilder';
import type { DateTime } from 'luxon';
import type { Answer } from '../src/answers/answer';
import type { Answerer } from '../src/answers/answerQuestion';
import { deskNamedBy } from '../src/answers/deskNamedBy';
import { refineQuestion, type PostcodeLocator } from '../src/postcodeLookup';
import { renderReply, type ReplyMemory } from '../src/replies';
import { toActivity } from '../src/replies/toActivity';
import { addresseeOf } from '../src/bots/addressee';
import { nextContext } from '../src/understanding';
import type { ConversationContext, Question } from '../src/understanding/question';
import { type AnyReplyPromptOptions, ChoiceReplyPrompt, TextReplyPrompt } from './anyReplyPrompts';
import { readIncoming, type IncomingMessage } from './incomingText';
import type { QuestionRecognizer } from './questionRecognizer';

export const MAIN_DIALOG = 'mainDialog';
const MAIN_FLOW = 'mainFlow';
const CHOOSE_PLACE_PROMPT = 'choosePlacePrompt';
const PLACE_PROMPT = 'placePrompt';

/** Set on the turn when the resident asked to be forgotten; the bot deletes state instead of saving it. */
export const FORGET_ME_REQUESTED = Symbol('forgetMeRequested');
/** The message as read once at the start of the turn (mentions and markup out). */
const INCOMING_MESSAGE = Symbol('incomingMessage');

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
  /** Optional online lookup of a whole postcode's own point (POSTCODES_IO_URL); absent means offline centroids only. */
  postcodeLocator?: PostcodeLocator;
  /** Told what each turn was about (never what the resident wrote), for operators' logs. */
  onAnswered?: (event: AnsweredEvent) => void;
}

interface FlowOptions {
  /** The choice a prompt recognised, when the flow is re-entered after it; otherwise the message is read from the activity. */
  text?: string;
}

/** One answered turn, as operators see it: kinds and timing only, no words or places. */
export interface AnsweredEvent {
  intent: Question['intent'];
  answer: Answer['kind'];
  channelId: string;
  ms: number;
}

export class MainDialog extends ComponentDialog {
  constructor(private readonly deps: MainDialogDependencies) {
    super(MAIN_DIALOG);
    // Prompts accept any reply: a resident who answers a different question instead is understood, not re-prompted.
    // Numbers and ordinals are not choices here ("the green one" is not the first): understanding reads them itself.
    this.addDialog(new ChoiceReplyPrompt(CHOOSE_PLACE_PROMPT))
      .addDialog(new TextReplyPrompt(PLACE_PROMPT))
      .addDialog(new WaterfallDialog(MAIN_FLOW, [this.answerStep.bind(this), this.followUpStep.bind(this)]));
    this.initialDialogId = MAIN_FLOW;
  }

  /** Runs the dialog for one turn, starting it when nothing is waiting. */
  async run(context: TurnContext, dialogStateAccessor: StatePropertyAccessor): Promise<void> {
    const incoming = readIncoming(context.activity);
    context.turnState.set(INCOMING_MESSAGE, incoming);
    // A waiting choice prompt matches on activity.text: give it the words, not "<at>StationDesk</at> woodford".
    if (context.activity.type === ActivityTypes.Message) context.activity.text = incoming.kind === 'words' ? incoming.text : '';
    const dialogSet = new DialogSet(dialogStateAccessor);
    dialogSet.add(this);
    const dialogContext = await dialogSet.createContext(context);
    const result = await dialogContext.continueDialog();
    if (result.status === DialogTurnStatus.empty) await dialogContext.beginDialog(this.id);
  }

  private async answerStep(step: WaterfallStepContext<FlowOptions>): Promise<DialogTurnResult> {
    const { recognizer, answerer, contextAccessor, clock, botName, postcodeLocator, onAnswered } = this.deps;
    const started = performance.now();
    const incoming: IncomingMessage =
      step.options?.text !== undefined ? { kind: 'words', text: step.options.text } : (step.context.turnState.get(INCOMING_MESSAGE) ?? readIncoming(step.context.activity));
    const conversation = (await contextAccessor.get(step.context, {})) ?? {};
    const now = clock();

    // Understanding stays offline; a configured lookup may then place a whole postcode more precisely (never fails the turn).
    const question: Question =
      incoming.kind === 'words' ? await refineQuestion(recognizer.recognize(incoming.text, conversation, now), postcodeLocator) : withoutWords(incoming);
    const answer = answerer.answer(question, now);
    await contextAccessor.set(step.context, nextContext(question, conversation, deskNamedBy(answer)));

    const memory = (await this.deps.replyMemoryAccessor?.get(step.context, {})) ?? {};
    // Times are London times; the activity's own zone says whether to label them so.
    const timeZone = step.context.activity.localTimezone;
    // A choice card's buttons remember whose question they answer (Teams group chats: see StationDeskBot).
    const askerId = step.context.activity.from?.id;
    const reply = renderReply(answer, { channelId: step.context.activity.channelId, botName, timeZone, memory, askerId });
    await this.deps.replyMemoryAccessor?.set(step.context, reply.memory);
    // In a Teams group the reply @mentions the person it answers.
    const activity = toActivity(reply, { mention: addresseeOf(step.context.activity) }) as Partial<Activity>;
    onAnswered?.({ intent: question.intent, answer: answer.kind, channelId: step.context.activity.channelId, ms: Math.round(performance.now() - started) });

    if (question.intent === 'forget-me') step.context.turnState.set(FORGET_ME_REQUESTED, true);
    if (answer.kind === 'choose-place') {
      return step.beginDialog(CHOOSE_PLACE_PROMPT, { prompt: activity, choices: choicesOf(answer) } satisfies AnyReplyPromptOptions);
    }
    if (answer.kind === 'ask-location' || answer.kind === 'ask-station') {
      return step.beginDialog(PLACE_PROMPT, { prompt: activity } satisfies AnyReplyPromptOptions);
    }
    await step.context.sendActivity(activity);
    if (question.intent === 'cancel' || question.intent === 'forget-me') return step.cancelAllDialogs();
    return step.endDialog();
  }

  /** The reply to a prompt goes back through understanding, where the waiting question picks it up. */
  private async followUpStep(step: WaterfallStepContext<FlowOptions>): Promise<DialogTurnResult> {
    const chosen = step.result as FoundChoice | string | undefined;
    const options: FlowOptions = typeof chosen === 'object' && chosen?.value ? { text: chosen.value } : {};
    return step.replaceDialog(MAIN_FLOW, options);
  }
}

/** A message with nothing to read: a bare @mention says hello; a picture or file gets "I can only read text". */
function withoutWords(incoming: Exclude<IncomingMessage, { kind: 'words' }>): Question {
  return incoming.kind === 'bare-mention' ? { intent: 'greeting' } : { intent: 'out-of-scope', reason: 'attachment' };
}

function choicesOf(answer: Extract<Answer, { kind: 'choose-place' }>): string[] {
  return [...new Set(answer.candidates.map((c) => c.label))];
}
