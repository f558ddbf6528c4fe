/**
 * The bot: welcomes a conversation once and hands every message to the main
 * dialog. It holds no business logic. botbuilder's TeamsActivityHandler routes
 * Teams' own events (installs, edits, meeting and team events) and behaves as a
 * plain ActivityHandler on every other channel. State is saved after each turn,
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

    this.onMessage(async (context, next) => {
      await options.dialog.run(context, this.dialogState);
      await next();
    });

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
      await super.run(context);
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
