/**
 * The bot: welcomes a conversation once and hands every message to the main
 * dialog. It holds no business logic. botbuilder's TeamsActivityHandler routes
 * Teams' own events (installs, edits, meeting and team events) and behaves as a
 * plain ActivityHandler on every other channel. State is saved after each turn,
 * or the asker's deleted when they asked to be forgotten. (In a Teams group
 * chat or channel the dialog's replies @mention the person they answer.)
 *
 * A choice button clicked on Teams (Universal Actions: an `adaptiveCard/action`
 * invoke) is the clicker's message: it runs through the same dialog turn, with
 * the clicker's own state, and its answer card comes back as the invoke
 * response, so the choice card becomes the answer in place.
 */
import {
  ActivityTypes,
  DeliveryModes,
  TeamsActivityHandler,
  type Activity,
  type AdaptiveCardInvokeResponse,
  type AdaptiveCardInvokeValue,
  type BotState,
  type ConversationState,
  type InvokeResponse,
  type StatePropertyAccessor,
  type TurnContext,
  type UserState,
} from 'botbuilder';
import { FORGET_ME_REQUESTED, type MainDialog } from '../../dialogs/mainDialog';
import type { Answer } from '../answers/answer';
import { renderReply } from '../replies';
import { textCard } from '../replies/compose';
import { toActivity } from '../replies/toActivity';
import { adaptiveCardOf, badClick, badInvoke, cardResponse, clickAsMessage, invokeValueProblem, readChoiceClick, textSummaryOf } from './cardClicks';
import { conversationScope, joinCallsForWelcome } from './conversationScope';

export interface StationDeskBotOptions {
  /** The whole conversation's state: whether it has been welcomed. */
  conversationState: ConversationState;
  /** Each person's part of the conversation: the dialog stack and what they asked (PersonState). */
  personState: BotState;
  userState: UserState;
  dialog: MainDialog;
  botName: string;
  /** The welcome, as an answer (it carries the contact numbers from the resident facts). */
  welcome: (audience: 'person' | 'group') => Answer;
}

/** Set on the turn that claimed a conversation's welcome (see `welcomeOnce`). */
const WELCOME_CLAIMED = Symbol('welcomeClaimed');

export class StationDeskBot extends TeamsActivityHandler {
  private readonly dialogState: StatePropertyAccessor;
  private readonly welcomed: StatePropertyAccessor<boolean>;
  /** Conversations being welcomed by a turn still running: Teams sends installationUpdate and membersAdded together. */
  private readonly welcoming = new Set<string>();

  constructor(private readonly options: StationDeskBotOptions) {
    super();
    this.dialogState = options.personState.createProperty('dialogState');
    this.welcomed = options.conversationState.createProperty<boolean>('welcomed');

    this.onMembersAdded(async (context, next) => {
      if (joinCallsForWelcome(context.activity)) await this.welcomeOnce(context);
      await next();
    });

    // Teams: the app was added to a personal chat, a group chat or a team (or upgraded there).
    this.onInstallationUpdateAdd(async (context, next) => {
      await this.welcomeOnce(context);
      await next();
    });

    // Removed: forget the welcome, so adding the app again greets again.
    this.onInstallationUpdateRemove(async (context, next) => {
      await this.welcomed.delete(context);
      await next();
    });
  }

  // botbuilder reads `value.action.type` unguarded: a malformed adaptiveCard/action would throw, so it gets a 400 here first.
  protected override async onInvokeActivity(context: TurnContext): Promise<InvokeResponse> {
    if (context.activity.name === 'adaptiveCard/action') {
      const problem = invokeValueProblem(context.activity.value);
      if (problem) return badInvoke(problem);
    }
    return super.onInvokeActivity(context);
  }

  /**
   * A click on a choice button. The invoke response is the answer's card (the
   * clicker sees it in place of the choice). When the card was the clicker's own
   * question, its message is updated for everyone to the answer (the text
   * summary and the card); when someone else in a group clicks, the asker's card
   * stays, and the chat gets the clicker's text summary. Where the message
   * cannot be updated, the summary is sent as a new message.
   */
  protected override async onAdaptiveCardInvoke(context: TurnContext, invokeValue: AdaptiveCardInvokeValue): Promise<AdaptiveCardInvokeResponse> {
    const click = readChoiceClick(invokeValue, (context.activity.value as { trigger?: unknown }).trigger);
    if (!click.ok) return badClick(click.problem);

    const { turn, replies } = clickAsMessage(context, click.choice);
    await this.options.dialog.run(turn, this.dialogState);
    await this.saveOrForget(turn);

    const messages = replies.filter((r) => r.type === ActivityTypes.Message);
    const answer = messages.find((r) => adaptiveCardOf(r)) ?? messages[0];
    if (!answer) return cardResponse(textCard(click.choice));
    const ownCard = conversationScope(context.activity) === 'personal' || click.askerId === context.activity.from?.id;
    if (!(ownCard && (await this.updateClickedMessage(context, answer)))) await context.sendActivity(textSummaryOf(answer));
    for (const other of replies.filter((r) => r !== answer)) await context.sendActivity(other);
    return cardResponse(adaptiveCardOf(answer) ?? textCard(answer.text ?? click.choice, answer.speak));
  }

  /** Replaces the clicked card's message with the answer, for everyone in the chat; false when that cannot be done. */
  private async updateClickedMessage(context: TurnContext, answer: Partial<Activity>): Promise<boolean> {
    const messageId = context.activity.replyToId;
    // With expectReplies everything the bot says goes back in the response: nothing is updated elsewhere.
    if (!messageId || context.activity.deliveryMode === DeliveryModes.ExpectReplies) return false;
    try {
      await context.updateActivity({ ...answer, id: messageId });
      return true;
    } catch {
      // The message may be gone or too old to edit: the chat still gets the summary.
      return false;
    }
  }

  /** Sends the welcome unless this conversation already had it: the full one to a person, a short one to a group. */
  private async welcomeOnce(context: TurnContext): Promise<void> {
    // Claimed before the first await, so a second turn arriving meanwhile sees the claim.
    const key = welcomeKey(context);
    if (this.welcoming.has(key)) return;
    this.welcoming.add(key);
    context.turnState.set(WELCOME_CLAIMED, key);
    if (await this.welcomed.get(context, false)) return;
    const audience = conversationScope(context.activity) === 'group' ? 'group' : 'person';
    const reply = renderReply(this.options.welcome(audience), { channelId: context.activity.channelId, botName: this.options.botName });
    await context.sendActivity(toActivity(reply));
    await this.welcomed.set(context, true);
  }

  override async run(context: TurnContext): Promise<void> {
    // Activities a resident did not type (typing, reactions, unknown types) get no reply and change no state.
    if (!isKnownActivityType(context.activity.type)) return;
    try {
      // A message goes straight to the dialog: it is all the handler chain would do with one (no turn, message or
      // dialog handlers are registered, and TeamsActivityHandler adds nothing for messages), without its dozen
      // chained async steps (about 10 KB of promises and closures a turn). Every other activity takes the chain.
      if (context.activity.type === ActivityTypes.Message) await this.options.dialog.run(context, this.dialogState);
      else await super.run(context);
      await this.saveOrForget(context);
    } finally {
      const claimed = context.turnState.get(WELCOME_CLAIMED) as string | undefined;
      if (claimed) this.welcoming.delete(claimed);
    }
  }

  /**
   * "Forget me" deletes what the asker's part of the conversation holds and
   * their user state; in a group the chat's own state (its welcome) stays, in a
   * one-to-one chat the whole conversation is theirs and goes too.
   */
  private async saveOrForget(context: TurnContext): Promise<void> {
    const { conversationState, personState, userState } = this.options;
    if (context.turnState.get(FORGET_ME_REQUESTED)) {
      await personState.delete(context);
      if (context.activity.from?.id) await userState.delete(context);
      if (conversationScope(context.activity) === 'personal') await conversationState.delete(context);
      else await conversationState.saveChanges(context, false);
      return;
    }
    await conversationState.saveChanges(context, false);
    await personState.saveChanges(context, false);
    await userState.saveChanges(context, false);
  }
}

function welcomeKey(context: TurnContext): string {
  return `${context.activity.channelId}/${context.activity.conversation?.id}`;
}

const KNOWN_TYPES: ReadonlySet<string> = new Set(Object.values(ActivityTypes));

function isKnownActivityType(type: string | undefined): boolean {
  return typeof type === 'string' && KNOWN_TYPES.has(type);
}
