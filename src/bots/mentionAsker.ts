/**
 * In a Teams group chat or channel several people talk to the bot at once, so
 * a reply that answers one of them says whom it answers: it @mentions them.
 * Teams needs both halves, the `<at>Name</at>` text and a `mention` entity
 * naming their id, to show the mention and notify that person. One-to-one
 * chats, other channels and messages to the whole chat (its welcome) are left
 * as they are.
 */
import { ActivityTypes, type Activity, type ChannelAccount, type Mention, type TurnContext } from 'botbuilder';
import { conversationScope } from './conversationScope';

/** The person whose message or card click this turn answers, when replies should @mention them. */
export function personToMention(activity: Partial<Activity>): ChannelAccount | undefined {
  if (activity.channelId !== 'msteams' || conversationScope(activity) !== 'group') return undefined;
  if (activity.type !== ActivityTypes.Message && activity.type !== ActivityTypes.Invoke) return undefined;
  const { id, name } = activity.from ?? {};
  // Without a display name there is nothing to write between <at> and </at>.
  if (typeof id !== 'string' || id === '' || typeof name !== 'string' || name.trim() === '') return undefined;
  return { id, name: name.trim() };
}

/** Every message this turn sends (or updates) @mentions the person it answers, in a group. */
export function mentionAskerInReplies(context: TurnContext): void {
  const person = personToMention(context.activity);
  if (!person) return;
  context.onSendActivities(async (_context, activities, next) => {
    for (const activity of activities) addressTo(activity, person);
    return next();
  });
  context.onUpdateActivity(async (_context, activity, next) => {
    addressTo(activity, person);
    return next();
  });
}

/** Puts `<at>Name</at>` before a message's text, with its mention entity; a message already addressed to them is left alone. */
export function addressTo(activity: Partial<Activity>, person: ChannelAccount): void {
  if (activity.type !== ActivityTypes.Message || typeof activity.text !== 'string' || activity.text === '') return;
  const mention: Mention = { type: 'mention', text: `<at>${escapeMarkup(person.name)}</at>`, mentioned: { id: person.id, name: person.name } };
  const entities = activity.entities ?? [];
  if (entities.some((e) => e.type === 'mention' && (e as Mention).mentioned?.id === person.id)) return;
  activity.text = `${mention.text} ${activity.text}`;
  activity.entities = [...entities, mention];
}

/** A display name is text, never markup: `Ann <b>` must not open a tag inside the mention. */
function escapeMarkup(name: string): string {
  return name.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
