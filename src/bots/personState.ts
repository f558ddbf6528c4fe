/**
 * One person's part of one conversation: the dialog waiting for their answer
 * and what they asked last. In a Teams group chat or channel several people
 * talk to the bot in the same conversation, so this is botbuilder's
 * PrivateConversationState (keyed by channel, conversation and user): one
 * person's postcode never answers another person's waiting question. In a
 * one-to-one chat it holds exactly what conversation state would.
 */
import { PrivateConversationState, type TurnContext } from 'botbuilder';
import { comparedAsText } from '../storage/textComparedState';

/** Stands in for a missing `from.id`, so an activity without a sender is still answered (as one unnamed person). */
const UNKNOWN_SENDER = 'unknown-sender';

// Saved when its JSON changed, compared as text rather than through BotState's hashing (see comparedAsText).
export class PersonState extends comparedAsText(PrivateConversationState) {
  override getStorageKey(context: TurnContext): string | undefined {
    const { channelId, conversation, from } = context.activity;
    // The same shape as PrivateConversationState's own keys (no namespace is used).
    if (!from?.id && channelId && conversation?.id) return `${channelId}/conversations/${conversation.id}/users/${UNKNOWN_SENDER}/`;
    return super.getStorageKey(context);
  }
}
