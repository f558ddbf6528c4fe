/**
 * Who the bot is talking to in a conversation: one person (a Teams personal
 * chat, Web Chat, Direct Line) or a group (a Teams group chat or a channel in a
 * team), where several people share the conversation and each asks their own
 * questions.
 */
import type { Activity } from 'botbuilder';

export type ConversationScope = 'personal' | 'group';

export function conversationScope(activity: Partial<Activity>): ConversationScope {
  const conversation = activity.conversation;
  if (conversation?.isGroup === true) return 'group';
  const type = conversation?.conversationType;
  return type === 'groupChat' || type === 'channel' ? 'group' : 'personal';
}

/**
 * Whether this conversationUpdate calls for the welcome. Teams adds the bot
 * itself (to a personal chat, a group chat or a team) and never the resident;
 * Web Chat and Direct Line add the resident, often with the bot. In a group,
 * only the bot's own arrival counts: colleagues joining later are not welcomed.
 */
export function joinCallsForWelcome(activity: Partial<Activity>): boolean {
  const botId = activity.recipient?.id;
  const added = Array.isArray(activity.membersAdded) ? activity.membersAdded : [];
  const botJoined = added.some((member) => member?.id === botId);
  if (conversationScope(activity) === 'group') return botJoined;
  return added.length > 0;
}
