/**
 * The local Direct Line's memory: the activities of each conversation, kept
 * so a polling client can fetch what is new since its watermark.
 *
 * Memory is bounded in counts and in bytes, because anyone can open a
 * conversation here: an activity larger than `maxActivityBytes` is refused;
 * each conversation keeps at most `maxActivitiesPerConversation` activities
 * and `maxConversationBytes` (the oldest drop off, which also bounds what one
 * poll returns); all of them together at most `maxTotalBytes`; a conversation
 * idle for `idleMinutes` is forgotten. When full, the least recently used
 * conversation makes room, but never one used in the last `protectMinutes`:
 * a flood of new conversations is refused rather than evicting people who
 * are chatting.
 */

export interface ConversationStoreOptions {
  maxConversations?: number;
  maxActivitiesPerConversation?: number;
  maxActivityBytes?: number;
  maxConversationBytes?: number;
  maxTotalBytes?: number;
  idleMinutes?: number;
  protectMinutes?: number;
  now?: () => number;
}

export const DIRECTLINE_LIMITS = {
  maxConversations: 500,
  maxActivitiesPerConversation: 200,
  maxActivityBytes: 64 * 1024,
  maxConversationBytes: 512 * 1024,
  maxTotalBytes: 32 * 1024 * 1024,
  idleMinutes: 30,
  protectMinutes: 5,
};

/** Why an activity was not stored: the conversation is gone, the activity too large, or the store full of live conversations. */
export type AppendRefusal = 'gone' | 'too-large' | 'full';

/** The HTTP answer for an activity the store refused. */
export function refusalResponse(refusal: AppendRefusal): [number, { code: string; message: string }] {
  if (refusal === 'gone') return [404, { code: 'ConversationNotFound', message: 'Conversation not found or expired' }];
  if (refusal === 'too-large') return [413, { code: 'ActivityTooLarge', message: 'The activity is too large' }];
  return [503, { code: 'Busy', message: 'Too many conversations at the moment; please try again shortly' }];
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
  activities: { sequence: number; activity: WireActivity; bytes: number }[];
  bytes: number;
}

export class ConversationStore {
  private readonly conversations = new Map<string, StoredConversation>();
  private readonly limits: typeof DIRECTLINE_LIMITS;
  private readonly idleMs: number;
  private readonly protectMs: number;
  private readonly now: () => number;
  private totalBytes = 0;

  constructor(options: ConversationStoreOptions = {}) {
    const { now, ...limits } = options;
    this.limits = { ...DIRECTLINE_LIMITS, ...limits };
    this.idleMs = this.limits.idleMinutes * 60_000;
    this.protectMs = this.limits.protectMinutes * 60_000;
    this.now = now ?? Date.now;
  }

  get size(): number {
    return this.conversations.size;
  }

  /** Bytes of activities held, all conversations together. */
  get bytes(): number {
    return this.totalBytes;
  }

  /** A new conversation, or undefined when the store is full of conversations used in the last few minutes. */
  create(id: string, userId: string): LocalConversation | undefined {
    this.forgetIdle();
    if (this.conversations.size >= this.limits.maxConversations && !this.evictLeastRecentlyUsed()) return undefined;
    const conversation: StoredConversation = { id, userId, lastUsed: this.now(), lastSequence: 0, activities: [], bytes: 0 };
    this.conversations.set(id, conversation);
    return conversation;
  }

  get(id: string): LocalConversation | undefined {
    return this.touch(id);
  }

  /** Appends an activity, giving it Direct Line's "<conversation>|<sequence>" id, or says why it could not. */
  append(conversationId: string, activity: WireActivity): WireActivity | AppendRefusal {
    const conversation = this.touch(conversationId);
    if (!conversation) return 'gone';
    const sequence = conversation.lastSequence + 1;
    const stored: WireActivity = { ...activity, id: `${conversationId}|${String(sequence).padStart(7, '0')}` };
    const bytes = Buffer.byteLength(JSON.stringify(stored));
    if (bytes > this.limits.maxActivityBytes) return 'too-large';
    while (this.totalBytes + bytes > this.limits.maxTotalBytes) {
      if (!this.evictLeastRecentlyUsed(conversationId)) return 'full';
    }
    conversation.lastSequence = sequence;
    conversation.activities.push({ sequence, activity: stored, bytes });
    this.resize(conversation, bytes);
    while (
      conversation.activities.length > this.limits.maxActivitiesPerConversation ||
      (conversation.bytes > this.limits.maxConversationBytes && conversation.activities.length > 1)
    ) {
      this.resize(conversation, -conversation.activities.shift()!.bytes);
    }
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
      this.remove(conversation);
      return undefined;
    }
    conversation.lastUsed = this.now();
    this.conversations.delete(id);
    this.conversations.set(id, conversation);
    return conversation;
  }

  private forgetIdle(): void {
    const cutoff = this.now() - this.idleMs;
    for (const conversation of this.conversations.values()) {
      // Least recently used first: the first one still fresh means the rest are too.
      if (conversation.lastUsed >= cutoff) break;
      this.remove(conversation);
    }
  }

  /** Drops the least recently used conversation, unless it (and so every other) was used within the protected minutes. */
  private evictLeastRecentlyUsed(except?: string): boolean {
    for (const conversation of this.conversations.values()) {
      if (conversation.id === except) continue;
      if (this.now() - conversation.lastUsed < this.protectMs) return false;
      this.remove(conversation);
      return true;
    }
    return false;
  }

  private remove(conversation: StoredConversation): void {
    this.conversations.delete(conversation.id);
    this.totalBytes -= conversation.bytes;
  }

  private resize(conversation: StoredConversation, bytes: number): void {
    conversation.bytes += bytes;
    this.totalBytes += bytes;
  }
}
