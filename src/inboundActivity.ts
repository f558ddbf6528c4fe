/**
 * What an activity posted to /api/messages must carry before the bot can
 * answer it: a conversation to answer in, and somewhere to send the answer
 * (the channel's serviceUrl, or the HTTP response itself with deliveryMode
 * expectReplies). Without these a turn would only fail later, slowly.
 */
import type { WireActivity } from './directline/conversationStore';

/** Why the activity cannot be answered, or null when it can. */
export function inboundActivityProblem(activity: WireActivity): string | null {
  const { conversation, serviceUrl, deliveryMode } = activity as { conversation?: { id?: unknown }; serviceUrl?: unknown; deliveryMode?: unknown };
  if (typeof conversation?.id !== 'string' || conversation.id.trim() === '') return 'The activity needs "conversation.id"';
  if (deliveryMode === 'expectReplies') return null;
  if (typeof serviceUrl !== 'string' || !isHttpUrl(serviceUrl)) {
    return 'The activity needs an http(s) "serviceUrl" to reply to, or "deliveryMode": "expectReplies"';
  }
  return null;
}

function isHttpUrl(text: string): boolean {
  try {
    const url = new URL(text);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}
