/**
 * The main dialog's two prompts: send the question as it is, then take
 * whatever the resident replies (a resident who answers a different question
 * is understood, not re-prompted). They do what botbuilder-dialogs'
 * `TextPrompt` and `ChoicePrompt` (style none, number and ordinal recognition
 * off, a validator accepting anything) did, with the same dialog state, but
 * without the prompts' module graph: `ChoicePrompt` and `Prompt` load
 * `@microsoft/recognizers-text-suite` and `-number`, about a fifth of a start,
 * for number and ordinal recognition StationDesk never uses (understanding
 * reads "the second one" itself).
 */
import { ActivityTypes, InputHints, type Activity, type TurnContext } from 'botbuilder';
import type { DialogContext, DialogEvent, DialogInstance, DialogReason, DialogTurnResult, FoundChoice } from 'botbuilder-dialogs';
// Each from its own module: the choices index also loads the recognizers, findChoices alone does not.
import { findChoices } from 'botbuilder-dialogs/lib/choices/findChoices';
import { Dialog } from 'botbuilder-dialogs/lib/dialog';

export interface AnyReplyPromptOptions {
  /** The question, sent as it is (its card, suggested actions and Teams choice cards included). */
  prompt: Partial<Activity>;
  /** What can be picked; a reply naming one becomes that choice's value. */
  choices?: string[];
}

/** What a prompt keeps in the dialog stack while it waits (the shape botbuilder's prompts keep, so waiting conversations carry over). */
interface WaitingState {
  options: AnyReplyPromptOptions;
  state: { attemptCount?: number };
}

/** A prompt that ends at the resident's next message, whatever it says, with what it recognised in it (or undefined). */
abstract class AnyReplyPrompt<T> extends Dialog<AnyReplyPromptOptions> {
  /** Sends the question (a retry sends it again: these prompts never reject a reply, so only a reprompt does). */
  protected abstract onPrompt(context: TurnContext, options: AnyReplyPromptOptions): Promise<void>;
  /** What the reply says in this prompt's terms; undefined when nothing is recognised (the reply is still accepted). */
  protected abstract onRecognize(context: TurnContext, options: AnyReplyPromptOptions): T | undefined;

  override async beginDialog(dc: DialogContext, options?: AnyReplyPromptOptions): Promise<DialogTurnResult> {
    const opt = { ...options } as AnyReplyPromptOptions;
    // Channels show "expecting input" (a microphone left open, a focused box) while the bot waits.
    if (opt.prompt && typeof opt.prompt === 'object' && typeof opt.prompt.inputHint !== 'string') opt.prompt.inputHint = InputHints.ExpectingInput;
    const waiting: WaitingState = { options: opt, state: {} };
    Object.assign(dc.activeDialog!.state, waiting);
    await this.onPrompt(dc.context, opt);
    return Dialog.EndOfTurn;
  }

  override async continueDialog(dc: DialogContext): Promise<DialogTurnResult> {
    // A typing indicator, a reaction or an event is not the reply.
    if (dc.context.activity.type !== ActivityTypes.Message) return Dialog.EndOfTurn;
    // Re-entered in a turn whose steps already ran (botbuilder's own rule): ask again rather than read the same message twice.
    const stepCount: unknown = dc.state.getValue('turn.stepCount');
    if (typeof stepCount === 'number' && stepCount > 0) {
      await this.repromptDialog(dc.context, dc.activeDialog!);
      return Dialog.EndOfTurn;
    }
    const waiting = dc.activeDialog!.state as WaitingState;
    const recognized = this.onRecognize(dc.context, waiting.options);
    waiting.state.attemptCount = (waiting.state.attemptCount ?? 0) + 1;
    return dc.endDialog(recognized);
  }

  override async resumeDialog(dc: DialogContext, _reason: DialogReason, _result?: unknown): Promise<DialogTurnResult> {
    await this.repromptDialog(dc.context, dc.activeDialog!);
    return Dialog.EndOfTurn;
  }

  override async repromptDialog(context: TurnContext, instance: DialogInstance): Promise<void> {
    await this.onPrompt(context, (instance.state as WaitingState).options);
  }
}

/** Waits for any words: the reply goes back through understanding, where the waiting question picks it up. */
export class TextReplyPrompt extends AnyReplyPrompt<string> {
  protected async onPrompt(context: TurnContext, options: AnyReplyPromptOptions): Promise<void> {
    if (options.prompt) await context.sendActivity(options.prompt, undefined, InputHints.ExpectingInput);
  }

  protected onRecognize(context: TurnContext): string | undefined {
    const text = context.activity.text;
    return typeof text === 'string' && text.length > 0 ? text : undefined;
  }
}

/**
 * Waits for a pick among choices, or any other words. A reply naming a choice
 * (all of its words, in order, a word or two apart at most: "Woodford please",
 * "the Ilford one") becomes that choice, found by botbuilder's own `findChoices`;
 * anything else is understood as it was said.
 */
export class ChoiceReplyPrompt extends AnyReplyPrompt<FoundChoice> {
  protected async onPrompt(context: TurnContext, options: AnyReplyPromptOptions): Promise<void> {
    // The prompt's own card and buttons are the list: the choices are not appended to it (ListStyle.none), and it is sent as a copy.
    const prompt = JSON.parse(JSON.stringify(options.prompt)) as Partial<Activity>;
    prompt.text = options.prompt?.text ? options.prompt.text : '';
    await context.sendActivity(prompt);
  }

  protected onRecognize(context: TurnContext, options: AnyReplyPromptOptions): FoundChoice | undefined {
    const utterance = context.activity.text;
    if (!utterance) return undefined;
    const found = findChoices(utterance, options.choices ?? []);
    return found.length > 0 ? found[0].resolution : undefined;
  }

  /** A message naming a choice is this prompt's to handle, not a parent's (as ChoicePrompt says). */
  protected override async onPreBubbleEvent(dc: DialogContext, event: DialogEvent): Promise<boolean> {
    if (event.name !== 'activityReceived' || dc.context.activity.type !== ActivityTypes.Message) return false;
    return this.onRecognize(dc.context, (dc.activeDialog!.state as WaitingState).options) !== undefined;
  }
}
