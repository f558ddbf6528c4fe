/**
 * The local Direct Line's memory: the activities of each conversation, kept
 * so a polling client can fetch what is new since its watermark.
 *
 * Memory is bounded on purpose: at most `maxConversations` conversations (the
 * least recently used one goes first), at most `maxActivitiesPerConversation`
 * activities each (the oldest drop off), and a conversation idle for
 * `idleMinutes` is forgotten.
 */

export interface ConversationStoreOptions {
  maxConversations?: number;
  maxActivitiesPerConversation?: number;
  idleMinutes?: number;
  now?: () => number;
}

/** An activity as it travels as JSON between browser, channel and bot (timestamps are ISO strings). */
export interface WireActivity {
  type: string;
  id?: string;
  [field: string]: unknown;
}

export function isWireActivity(body: unknown): body is WireActivity {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return false;
  const { type } = body as { type?: unknown };
  return typeof type === 'string' && type.length > 0;
}

export interface LocalConversation {
  readonly id: string;
  /** The user id of the token that started it; only that user may read or post. */
  readonly userId: string;
}

/** What a poll returns, in Direct Line's shape. */
export interface ActivitySet {
  activities: WireActivity[];
  watermark: string;
}

interface StoredConversation extends LocalConversation {
  lastUsed: number;
  /** Sequence number of the last activity appended; the watermark clients hold. */
  lastSequence: number;
  activities: { sequence: number; activity: WireActivity }[];
}

export class ConversationStore {
  private readonly conversations = new Map<string, StoredConversation>();
  private readonly maxConversations: number;
  private readonly maxActivities: number;
  private readonly idleMs: number;
  private readonly now: () => number;

  constructor(options: ConversationStoreOptions = {}) {
    this.maxConversations = options.maxConversations ?? 500;
    this.maxActivities = options.maxActivitiesPerConversation ?? 200;
    this.idleMs = (options.idleMinutes ?? 60) * 60_000;
    this.now = options.now ?? Date.now;
  }

  get size(): number {
    return this.conversations.size;
  }

  create(id: string, userId: string): LocalConversation {
    this.forgetIdle();
    while (this.conversations.size >= this.maxConversations) {
      // Map iteration order is insertion order and `touch` re-inserts, so the first key is the least recently used.
      const oldest = this.conversations.keys().next().value;
      if (oldest === undefined) break;
      this.conversations.delete(oldest);
    }
    const conversation: StoredConversation = { id, userId, lastUsed: this.now(), lastSequence: 0, activities: [] };
    this.conversations.set(id, conversation);
    return conversation;
  }

  get(id: string): LocalConversation | undefined {
    return this.touch(id);
  }

  /** Appends an activity, giving it Direct Line's "<conversation>|<sequence>" id; undefined if the conversation is gone. */
  append(conversationId: string, activity: WireActivity): WireActivity | undefined {
    const conversation = this.touch(conversationId);
    if (!conversation) return undefined;
    const sequence = ++conversation.lastSequence;
    const stored: WireActivity = { ...activity, id: `${conversationId}|${String(sequence).padStart(7, '0')}` };
    conversation.activities.push({ sequence, activity: stored });
    if (conversation.activities.length > this.maxActivities) conversation.activities.shift();
    return stored;
  }

  /** Activities after `watermark` (all, if none), and the watermark to send next time. */
  since(conversationId: string, watermark: number | undefined): ActivitySet | undefined {
    const conversation = this.touch(conversationId);
    if (!conversation) return undefined;
    const after = watermark ?? 0;
    return {
      activities: conversation.activities.filter((entry) => entry.sequence > after).map((entry) => entry.activity),
      watermark: String(conversation.lastSequence),
    };
  }

  private touch(id: string): StoredConversation | undefined {
    const conversation = this.conversations.get(id);
    if (!conversation) return undefined;
    if (this.now() - conversation.lastUsed > this.idleMs) {
      this.conversations.delete(id);
      return undefined;
    }
    conversation.lastUsed = this.now();
    this.conversations.delete(id);
    this.conversations.set(id, conversation);
    return conversation;
  }

  private forgetIdle(): void {
    const cutoff = this.now() - this.idleMs;
    for (const [id, conversation] of this.conversations) {
      // Least recently used first: the first one still fresh means the rest are too.
      if (conversation.lastUsed >= cutoff) break;
      this.conversations.delete(id);
    }
  }
}
