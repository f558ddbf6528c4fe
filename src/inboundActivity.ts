/**
 * What an activity posted to /api/messages must look like before the adapter
 * sees it. Channels send well-formed activities; anything else (a field of
 * the wrong type, a list that is not a list, a card action without an action)
 * is refused here with a 400 naming the field, instead of failing later inside
 * the SDK as a 500, a misleading 401 or a "sorry, something went wrong" reply.
 *
 * Fields the bot does not read are allowed through as they are; fields it or
 * the SDK reads are checked for type and size. `null` counts as absent, as
 * channels sometimes send it. Nesting depth is bounded for every route by the
 * body parser (requestLimits.ts).
 */
import { z } from 'zod';
import type { WireActivity } from './directline/conversationStore';

export const MAX_TEXT_LENGTH = 10_000;

const optional = <T extends z.ZodType>(schema: T) => schema.nullish();
const text = (max: number) => z.string().max(max);
const dateText = text(64).refine((value) => !Number.isNaN(Date.parse(value)), 'must be a date');

const account = z.looseObject({
  id: text(512),
  name: optional(text(512)),
  role: optional(text(32)),
  aadObjectId: optional(text(128)),
});

const conversation = z.looseObject({
  id: z.string().trim().min(1, 'must not be empty').max(1024),
  isGroup: optional(z.boolean()),
  conversationType: optional(text(64)),
  tenantId: optional(text(128)),
  name: optional(text(512)),
});

const inboundActivity = z
  .looseObject({
    type: text(64).min(1),
    id: optional(text(512)),
    name: optional(text(256)),
    channelId: text(64).min(1),
    serviceUrl: optional(text(2048)),
    deliveryMode: optional(z.enum(['normal', 'notification', 'expectReplies', 'ephemeral'])),
    conversation,
    // Bot Framework channels always say who spoke; the bot still answers an activity without a sender (as one unnamed person).
    from: optional(account),
    recipient: optional(account),
    text: optional(text(MAX_TEXT_LENGTH)),
    textFormat: optional(text(16)),
    locale: optional(text(35).regex(/^[A-Za-z0-9_-]*$/, 'must be a language tag such as en-GB')),
    localTimezone: optional(text(64)),
    timestamp: optional(dateText),
    localTimestamp: optional(dateText),
    replyToId: optional(text(512)),
    membersAdded: optional(z.array(account).max(100)),
    membersRemoved: optional(z.array(account).max(100)),
    attachments: optional(z.array(z.looseObject({ contentType: optional(text(256)) })).max(20)),
    entities: optional(z.array(z.looseObject({ type: optional(text(128)) })).max(50)),
    channelData: optional(z.record(z.string(), z.unknown())),
    value: z.unknown().optional(),
  })
  .superRefine((activity, context) => {
    if (activity.type === 'invoke' && !activity.name) context.addIssue({ code: 'custom', path: ['name'], message: 'is required for an invoke' });
    // Teams' Universal Actions: the SDK reads value.action.type and fails on anything else.
    if (activity.type === 'invoke' && activity.name === 'adaptiveCard/action') {
      const action = (activity.value as { action?: { type?: unknown } } | null | undefined)?.action;
      if (typeof action !== 'object' || action === null || typeof action.type !== 'string') {
        context.addIssue({ code: 'custom', path: ['value', 'action'], message: 'must be a card action with a "type"' });
      }
    }
    if (activity.deliveryMode !== 'expectReplies' && !isHttpUrl(activity.serviceUrl)) {
      context.addIssue({ code: 'custom', path: ['serviceUrl'], message: 'must be an http(s) URL to reply to, or send "deliveryMode": "expectReplies"' });
    }
  });

/** Why the activity cannot be answered (a short message naming the field), or null when it can. */
export function inboundActivityProblem(activity: WireActivity): string | null {
  const parsed = inboundActivity.safeParse(activity);
  if (parsed.success) return null;
  const issue = parsed.error.issues[0];
  const field = issue.path.join('.') || 'activity';
  return `Invalid activity: "${field}" ${issue.code === 'invalid_type' ? `must be ${issue.expected}` : issue.message}`;
}

function isHttpUrl(text: unknown): boolean {
  if (typeof text !== 'string') return false;
  try {
    const url = new URL(text);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}
