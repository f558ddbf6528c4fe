/**
 * The bot: greets residents and hands every message to the main dialog. It
 * holds no business logic. botbuilder's TeamsActivityHandler routes Teams' own
 * events (installs, edits, meeting and team events) and behaves as a plain
 * ActivityHandler on every other channel. State is saved after each turn,
 * or the asker's deleted when they asked to be forgotten.
 */
import {
  ActivityTypes,
  TeamsActivityHandler,
  type BotState,
  type ConversationState,
  type StatePropertyAccessor,
  type TurnContext,
  type UserState,
} from 'botbuilder';
import { FORGET_ME_REQUESTED, type MainDialog } from '../../dialogs/mainDialog';
import type { Answer } from '../answers/answer';
import { renderReply } from '../replies';
import { toActivity } from '../replies/toActivity';
import { conversationScope } from './conversationScope';

export interface StationDeskBotOptions {
  /** The whole conversation's state. */
  conversationState: ConversationState;
  /** Each person's part of the conversation: the dialog stack and what they asked (PersonState). */
  personState: BotState;
  userState: UserState;
  dialog: MainDialog;
  botName: string;
  /** The welcome, as an answer (it carries the contact numbers from the resident facts). */
  welcome: () => Answer;
}

export class StationDeskBot extends TeamsActivityHandler {
  private readonly dialogState: StatePropertyAccessor;

  constructor(private readonly options: StationDeskBotOptions) {
    super();
    this.dialogState = options.personState.createProperty('dialogState');

    this.onMessage(async (context, next) => {
      await options.dialog.run(context, this.dialogState);
      await next();
    });

    this.onMembersAdded(async (context, next) => {
      const recipientId = context.activity.recipient?.id;
      const residentsJoined = (context.activity.membersAdded ?? []).some((member) => member.id !== recipientId);
      if (residentsJoined) await context.sendActivity(toActivity(renderReply(options.welcome(), { channelId: context.activity.channelId, botName: options.botName })));
      await next();
    });
  }

  override async run(context: TurnContext): Promise<void> {
    // Activities a resident did not type (typing, reactions, unknown types) get no reply and change no state.
    if (!isKnownActivityType(context.activity.type)) return;
    await super.run(context);
    await this.saveOrForget(context);
  }

  /**
   * "Forget me" deletes what the asker's part of the conversation holds and
   * their user state; in a group the chat's own state stays, in a
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

const KNOWN_TYPES: ReadonlySet<string> = new Set(Object.values(ActivityTypes));

function isKnownActivityType(type: string | undefined): boolean {
  return typeof type === 'string' && KNOWN_TYPES.has(type);
}
