/**
 * Whom a reply answers, when it should say so. In a Teams group chat or
 * channel several people talk to the bot at once, so a reply to one of them
 * @mentions them (see `toActivity`'s `mention`): Teams then notifies that
 * person, and everyone sees whose question it answers. One-to-one chats, other
 * channels and messages to the whole chat (its welcome) address no one.
 */
import { ActivityTypes, type Activity } from 'botbuilder';
import type { Person } from '../replies/toActivity';
import { conversationScope } from './conversationScope';

/** The person whose message (or card click) this turn answers, when its replies should @mention them. */
export function addresseeOf(activity: Partial<Activity>): Person | undefined {
  if (activity.channelId !== 'msteams' || conversationScope(activity) !== 'group') return undefined;
  if (activity.type !== ActivityTypes.Message && activity.type !== ActivityTypes.Invoke) return undefined;
  const { id, name } = activity.from ?? {};
  // Without a display name there is nothing to write between <at> and </at>.
  if (typeof id !== 'string' || id === '' || typeof name !== 'string' || name.trim() === '') return undefined;
  return { id, name: name.trim() };
}
