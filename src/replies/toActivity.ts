/**
 * Reply -> botbuilder Activity: the one file in `replies/` that knows the bot
 * framework. The text always goes in the activity, so every channel and every
 * transcript reads the whole answer; the card, when there is one, sits below
 * it as the richer view (Teams, Web Chat).
 */
import { ActionTypes, CardFactory, MessageFactory, type Activity } from 'botbuilder';
import type { Reply } from './reply';

export interface ActivityOptions {
  /** Send the card alone (its `fallbackText` carries the text for channels without cards). */
  cardOnly?: boolean;
  /** Recipient ids for suggested actions; Teams shows them to these users only. */
  suggestionsFor?: string[];
}

export function toActivity(reply: Reply, options: ActivityOptions = {}): Partial<Activity> {
  const withCard = reply.card !== null;
  const text = withCard && options.cardOnly ? undefined : reply.text;
  const activity: Partial<Activity> = withCard
    ? MessageFactory.attachment(CardFactory.adaptiveCard(reply.card), text, reply.speak, reply.inputHint)
    : MessageFactory.text(reply.text, reply.speak, reply.inputHint);
  activity.textFormat = 'markdown';
  if (reply.suggestedActions.length > 0) {
    activity.suggestedActions = {
      actions: reply.suggestedActions.map((s) => ({ type: ActionTypes.ImBack, title: s, value: s })),
      to: options.suggestionsFor ?? [],
    };
  }
  return activity;
}
