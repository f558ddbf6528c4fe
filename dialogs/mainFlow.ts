/**
 * The main dialog's botbuilder-dialogs side: a waterfall that answers, prompts
 * when the answer waits for the resident (which place did you mean? what's your
 * postcode?), and feeds the reply back through understanding. MainDialog loads
 * it the first time a turn needs it.
 */
// Each class from its own module: the package's index (and its prompts) also load the recognizers of
// numbers, ordinals and dates (about a fifth of a start), which StationDesk never uses.
import type { DialogState, DialogTurnResult, FoundChoice, WaterfallStepContext } from 'botbuilder-dialogs';
import { ComponentDialog } from 'botbuilder-dialogs/lib/componentDialog';
import { DialogTurnStatus } from 'botbuilder-dialogs/lib/dialog';
import { DialogSet } from 'botbuilder-dialogs/lib/dialogSet';
import { WaterfallDialog } from 'botbuilder-dialogs/lib/waterfallDialog';
import type { StatePropertyAccessor, TurnContext } from 'botbuilder';
import type { Answer } from '../src/answers/answer';
import { type AnyReplyPromptOptions, ChoiceReplyPrompt, TextReplyPrompt } from './anyReplyPrompts';
import { readIncoming, type IncomingMessage } from './incomingText';
import { ANSWERED_TURN, type AnsweredTurn, INCOMING_MESSAGE } from './mainDialog';

const MAIN_FLOW = 'mainFlow';
const CHOOSE_PLACE_PROMPT = 'choosePlacePrompt';
const PLACE_PROMPT = 'placePrompt';

interface FlowOptions {
  /** The choice a prompt recognised, when the flow is re-entered after it; otherwise the message is read from the activity. */
  text?: string;
}

/** understanding -> question -> answer -> reply for one message (MainDialog's). */
export type AnswerTurn = (context: TurnContext, incoming: IncomingMessage) => Promise<AnsweredTurn>;

export class MainFlow extends ComponentDialog {
  private readonly dialogSets = new WeakMap<StatePropertyAccessor<DialogState>, DialogSet>();

  constructor(
    dialogId: string,
    private readonly answerTurn: AnswerTurn,
  ) {
    super(dialogId);
    // Prompts accept any reply: a resident who answers a different question instead is understood, not re-prompted.
    // Numbers and ordinals are not choices here ("the green one" is not the first): understanding reads them itself.
    this.addDialog(new ChoiceReplyPrompt(CHOOSE_PLACE_PROMPT))
      .addDialog(new TextReplyPrompt(PLACE_PROMPT))
      .addDialog(new WaterfallDialog(MAIN_FLOW, [this.answerStep.bind(this), this.followUpStep.bind(this)]));
    this.initialDialogId = MAIN_FLOW;
  }

  /** Continues the waiting prompt, or starts the flow (whose first step prompts with the turn MainDialog answered). */
  async continueOrBegin(context: TurnContext, dialogStateAccessor: StatePropertyAccessor<DialogState>): Promise<void> {
    const dialogContext = await this.dialogSetFor(dialogStateAccessor).createContext(context);
    const result = await dialogContext.continueDialog();
    if (result.status === DialogTurnStatus.empty) await dialogContext.beginDialog(this.id);
  }

  private dialogSetFor(dialogStateAccessor: StatePropertyAccessor<DialogState>): DialogSet {
    let dialogSet = this.dialogSets.get(dialogStateAccessor);
    if (!dialogSet) {
      dialogSet = new DialogSet(dialogStateAccessor).add(this);
      this.dialogSets.set(dialogStateAccessor, dialogSet);
    }
    return dialogSet;
  }

  private async answerStep(step: WaterfallStepContext<FlowOptions>): Promise<DialogTurnResult> {
    let turn = step.context.turnState.get(ANSWERED_TURN) as AnsweredTurn | undefined;
    if (turn) step.context.turnState.delete(ANSWERED_TURN);
    else {
      const incoming: IncomingMessage =
        step.options?.text !== undefined ? { kind: 'words', text: step.options.text } : (step.context.turnState.get(INCOMING_MESSAGE) ?? readIncoming(step.context.activity));
      turn = await this.answerTurn(step.context, incoming);
    }
    const { answer, question, activity } = turn;
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

function choicesOf(answer: Extract<Answer, { kind: 'choose-place' }>): string[] {
  return [...new Set(answer.candidates.map((c) => c.label))];
}
