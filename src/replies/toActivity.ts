/**
 * Reply -> botbuilder Activity: the one file in `replies/` that knows the bot
 * framework. The text always goes in the activity, so every channel and every
 * transcript reads the whole answer; the card, when there is one, sits below
 * it as the richer view (Teams, Web Chat).
 */
import { ActionTypes, CardFactory, MessageFactory, type Activity, type Mention } from 'botbuilder';
import type { Reply } from './reply';

export interface ActivityOptions {
  /** Send the card alone (its `fallbackText` carries the text for channels without cards). */
  cardOnly?: boolean;
  /** Recipient ids for suggested actions; Teams shows them to these users only. */
  suggestionsFor?: string[];
  /** The person the reply answers in a group chat: `<at>Name</at>` before the text, with its mention entity (Teams needs both). */
  mention?: Person;
}

/** Someone a reply can @mention: their channel id and display name. */
export interface Person {
  id: string;
  name: string;
}

export function toActivity(reply: Reply, options: ActivityOptions = {}): Partial<Activity> {
  const withCard = reply.card !== null;
  const text = withCard && options.cardOnly ? undefined : reply.text;
  const activity: Partial<Activity> = withCard
    ? MessageFactory.attachment(CardFactory.adaptiveCard(reply.card), text, reply.speak, reply.inputHint)
    : MessageFactory.text(reply.text, reply.speak, reply.inputHint);
  activity.textFormat = 'markdown';
  if (options.mention && activity.text) {
    const mention: Mention = { type: 'mention', text: `<at>${escapeMarkup(options.mention.name)}</at>`, mentioned: { ...options.mention } };
    activity.text = `${mention.text} ${activity.text}`;
    activity.entities = [...(activity.entities ?? []), mention];
  }
  if (reply.suggestedActions.length > 0) {
    activity.suggestedActions = {
      actions: reply.suggestedActions.map((s) => ({ type: ActionTypes.ImBack, title: s, value: s })),
      to: options.suggestionsFor ?? [],
    };
  }
  return activity;
}

/** A display name is text, never markup: `Ann <b>` must not open a tag inside the mention. */
function escapeMarkup(name: string): string {
  return name.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
