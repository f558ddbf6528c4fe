/**
 * How one activity becomes one committed turn, whichever bot runs it:
 *
 * - Within this instance, turns of one conversation run one at a time, in the
 *   order they arrived (so a resident's quick second message waits for the
 *   first, instead of racing it); across instances, the store's versions decide.
 * - The bot runs in an attempt: a fresh TurnContext on a copy of the activity,
 *   whose replies are held back (buffered) rather than sent.
 * - The attempt's state is then committed with the versions it read
 *   (TurnStorage). If another turn on the same conversation (on this instance
 *   or another one sharing the store) committed first, the attempt is thrown
 *   away, replies and all, and the turn runs again on fresh state, so a
 *   waiting "what's your postcode?" is consumed exactly once and no reply is
 *   ever sent twice.
 * - A redelivered activity (an id already in the conversation's ledger) sends
 *   nothing.
 * - Only then do the replies go out (and updates of messages sent before, such
 *   as a clicked card turned into its answer), within a deadline: a channel that
 *   does not answer cannot hold the turn (or a shutdown) for long.
 * - With the store unavailable the bot still answers, on empty state, and says
 *   plainly that it cannot remember the conversation.
 */
import { type Activity, ActivityTypes, type ResourceResponse, TurnContext } from 'botbuilder';
import type { Logger } from '../logging';
import { conversationKeyOf, StateConflictError, type TurnIdentity, type TurnStateCoordinator } from '../storage';
import { copyOfActivity } from './activityCopy';
import { withTimeout } from './withTimeout';

export interface TurnHandler {
  run(context: TurnContext): Promise<void>;
}

export const CANNOT_REMEMBER_NOTE =
  "I can't remember our conversation at the moment (a fault on my side), so please include the station name or postcode in each question.";

export interface TurnRunnerOptions {
  /** The bot's state coordinator; without one (a stateless bot) turns run once, replies unbuffered. */
  state?: TurnStateCoordinator;
  logger: Logger;
  /** Deadline for sending one turn's replies to the channel. */
  replyTimeoutMs: number;
  /** Attempts before a turn that keeps losing races gives up (each loss means another turn committed). */
  maxAttempts?: number;
}

/** The turn lost the race for its conversation's state every time. */
export class TurnContendedError extends Error {
  constructor(attempts: number) {
    super(`conversation state kept changing under the turn (${attempts} attempts)`);
    this.name = 'TurnContendedError';
  }
}

export class TurnRunner {
  private readonly maxAttempts: number;
  private readonly queue = new ConversationQueue();

  constructor(private readonly options: TurnRunnerOptions) {
    this.maxAttempts = options.maxAttempts ?? 12;
  }

  async run(context: TurnContext, bot: TurnHandler): Promise<void> {
    const { state } = this.options;
    if (!state) {
      await bot.run(context);
      return;
    }
    const turn = { conversationKey: conversationKeyOf(context.activity), activityId: context.activity.id || undefined };
    await this.queue.run(turn.conversationKey, () => this.attempts(context, bot, state, turn));
  }

  private async attempts(context: TurnContext, bot: TurnHandler, state: TurnStateCoordinator, turn: TurnIdentity): Promise<void> {
    for (let attemptNumber = 1; attemptNumber <= this.maxAttempts; attemptNumber++) {
      const attemptContext = new TurnContext(context.adapter, copyOfActivity(context.activity));
      // What the adapter put in turn state (connector client, identity...), for every attempt (the bot runs on the attempt's context only).
      context.turnState.forEach((value, key) => attemptContext.turnState.set(key, value));
      const outbox = holdReplies(attemptContext);
      const updates = holdUpdates(attemptContext);

      const attempt = state.beginAttempt(turn);
      attempt.attachTo(attemptContext);
      await bot.run(attemptContext);
      let outcome;
      try {
        outcome = await attempt.commit({ recordTurn: outbox.length + updates.length > 0 });
      } catch (error) {
        if (!(error instanceof StateConflictError)) throw error;
        this.options.logger.debug('turn lost a race for its conversation state; running it again', { attempt: attemptNumber });
        await pause(attemptNumber);
        continue;
      }
      if (outcome === 'duplicate') {
        this.options.logger.info('activity already answered; not answering again', { activityType: context.activity.type });
        return;
      }
      if (outcome === 'unremembered' && outbox.some(isMessage)) outbox.push({ type: ActivityTypes.Message, text: CANNOT_REMEMBER_NOTE });
      await this.deliver(context, outbox);
      await this.deliverUpdates(context, updates);
      return;
    }
    throw new TurnContendedError(this.maxAttempts);
  }

  /** Sends the replies through the real context (so expectReplies and invoke responses work as usual), within the deadline. */
  private async deliver(context: TurnContext, outbox: Partial<Activity>[]): Promise<void> {
    if (outbox.length === 0) return;
    try {
      await withTimeout(context.sendActivities(outbox), this.options.replyTimeoutMs);
    } catch (error) {
      this.warnNotDelivered('reply to the channel not delivered', error);
    }
  }

  /** Makes the held updates of messages already sent (a clicked card turned into its answer), each within the deadline. */
  private async deliverUpdates(context: TurnContext, updates: Partial<Activity>[]): Promise<void> {
    for (const update of updates) {
      try {
        await withTimeout(context.updateActivity(update), this.options.replyTimeoutMs);
      } catch (error) {
        this.warnNotDelivered('message update not delivered', error);
      }
    }
  }

  // The channel's own error body may quote the conversation: log its status only.
  private warnNotDelivered(message: string, error: unknown): void {
    const { statusCode, code } = error as { statusCode?: unknown; code?: unknown };
    this.options.logger.warn(message, {
      reason: error instanceof Error && /^timed out/.test(error.message) ? `no answer within ${this.options.replyTimeoutMs} ms` : 'channel error',
      ...(typeof statusCode === 'number' ? { statusCode } : {}),
      ...(typeof code === 'string' && /^[\w.-]{1,40}$/.test(code) ? { code } : {}),
    });
  }
}

/** Buffers what the bot sends in this attempt; it goes out only once the attempt commits. */
function holdReplies(context: TurnContext): Partial<Activity>[] {
  const outbox: Partial<Activity>[] = [];
  context.onSendActivities(async (ctx, activities): Promise<ResourceResponse[]> => {
    outbox.push(...activities);
    if (activities.some((activity) => activity.type !== ActivityTypes.Trace)) ctx.responded = true;
    return activities.map(() => ({ id: '' }));
  });
  return outbox;
}

/** Holds the bot's updates of messages it sent before (Teams: a clicked card replaced by its answer) until the attempt commits: an update is a reply too. */
function holdUpdates(context: TurnContext): Partial<Activity>[] {
  const updates: Partial<Activity>[] = [];
  context.onUpdateActivity(async (_ctx, activity) => {
    updates.push(activity);
  });
  return updates;
}

function isMessage(activity: Partial<Activity>): boolean {
  return (activity.type ?? ActivityTypes.Message) === ActivityTypes.Message;
}

// A short, growing, jittered pause, so two racing turns do not collide again in step.
function pause(attemptNumber: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, Math.random() * 20 * attemptNumber));
}

/** Runs work for one key at a time, in arrival order; keys with nothing queued take no memory. */
class ConversationQueue {
  private readonly tails = new Map<string, Promise<void>>();

  async run<T>(key: string, work: () => Promise<T>): Promise<T> {
    const previous = this.tails.get(key);
    let release!: () => void;
    const done = new Promise<void>((resolve) => (release = resolve));
    // The next turn of this conversation waits for this one, which waits for the one before (if any).
    const tail = previous === undefined ? done : previous.then(() => done);
    this.tails.set(key, tail);
    if (previous !== undefined) await previous;
    try {
      return await work();
    } finally {
      release();
      if (this.tails.get(key) === tail) this.tails.delete(key);
    }
  }
}
