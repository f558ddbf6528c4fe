/**
 * The bot: greets residents and hands every message to the main dialog. It
 * holds no business logic; state is saved after each turn, or deleted when the
 * resident asked to be forgotten.
 */
import { ActivityHandler, ActivityTypes, type ConversationState, type TurnContext, type UserState } from 'botbuilder';
import { FORGET_ME_REQUESTED, type MainDialog } from '../../dialogs/mainDialog';
import type { Answer } from '../answers/answer';
import { renderReply } from '../replies';
import { toActivity } from '../replies/toActivity';

export interface StationDeskBotOptions {
  conversationState: ConversationState;
  userState: UserState;
  dialog: MainDialog;
  botName: string;
  /** The welcome, as an answer (it carries the contact numbers from the resident facts). */
  welcome: () => Answer;
}

export class StationDeskBot extends ActivityHandler {
  private readonly dialogState;

  constructor(private readonly options: StationDeskBotOptions) {
    super();
    this.dialogState = options.conversationState.createProperty('dialogState');

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
    if (context.turnState.get(FORGET_ME_REQUESTED)) {
      await this.options.conversationState.delete(context);
      await this.options.userState.delete(context);
      return;
    }
    await this.options.conversationState.saveChanges(context, false);
    await this.options.userState.saveChanges(context, false);
  }
}

const KNOWN_TYPES: ReadonlySet<string> = new Set(Object.values(ActivityTypes));

function isKnownActivityType(type: string | undefined): boolean {
  return typeof type === 'string' && KNOWN_TYPES.has(type);
}
