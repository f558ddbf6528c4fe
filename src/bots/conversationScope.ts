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
