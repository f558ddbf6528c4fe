/**
 * Drives the real bot (dialogs, understanding, answers, replies) through
 * botbuilder's TestAdapter, one conversation per harness, with a fixed clock.
 */
import { ActivityTypes, MemoryStorage, TestAdapter, type Activity, type ResourceResponse, type TurnContext } from 'botbuilder';
import { DateTime } from 'luxon';
import { expect } from 'chai';
import { buildStationDeskBot } from '../../src/bots/buildStationDeskBot';
import { FrontCounterKnowledge } from '../../src/stations';
import { cardTexts } from '../replies/adaptiveCardChecker';

export const knowledge = FrontCounterKnowledge.load();

/** Thursday 26 November 2026, 14:00 in London: the as-of date of the development set. */
export const THURSDAY_AFTERNOON = DateTime.fromISO('2026-11-26T14:00', { zone: 'Europe/London' });

/** MemoryStorage that lets a test see everything stored, whatever the keys. */
export class InspectableStorage extends MemoryStorage {
  /** All stored items as one JSON text. */
  dump(): string {
    return JSON.stringify(this.memory);
  }
}

/** TestAdapter that also keeps every message the bot updated in place (Teams: a clicked card replaced by its answer). */
export class RecordingTestAdapter extends TestAdapter {
  readonly updates: Partial<Activity>[] = [];

  override async updateActivity(context: TurnContext, activity: Partial<Activity>): Promise<ResourceResponse | void> {
    this.updates.push(activity);
    return super.updateActivity(context, activity);
  }
}

/** Someone in a conversation: the resident of a one-to-one chat, or one of several colleagues in a group. */
export interface Person {
  id: string;
  name: string;
}

export const RESIDENT: Person = { id: 'resident-1', name: 'Resident' };
export const BOT: Person = { id: 'stationdesk', name: 'StationDesk' };

/** Teams' kinds of conversation: a one-to-one chat, a group chat, or a channel in a team. */
export type ConversationType = 'personal' | 'groupChat' | 'channel';

export class Conversation {
  readonly adapter: RecordingTestAdapter;
  readonly storage = new InspectableStorage();
  readonly id: string;
  now: DateTime;

  constructor(
    readonly channelId: 'msteams' | 'webchat' | 'sms' = 'webchat',
    now: DateTime = THURSDAY_AFTERNOON,
    readonly type: ConversationType = 'personal',
    /** The resident's own time zone, sent on each activity as Teams and Web Chat do (`localTimezone`). */
    readonly timeZone?: string,
    /** The knowledge the bot answers from: the project's data/, or a copy changed by a test. */
    from: FrontCounterKnowledge = knowledge,
  ) {
    this.now = now;
    this.id = `conv-${channelId}-${type}-${Math.random().toString(36).slice(2)}`;
    const { bot } = buildStationDeskBot({ knowledge: from, storage: this.storage, clock: () => this.now });
    // Only the channel is a template (which would override every activity); sender and conversation are defaults.
    this.adapter = new RecordingTestAdapter(async (context) => bot.run(context), { channelId });
    Object.assign(this.adapter.conversation, {
      conversation: { id: this.id, isGroup: type !== 'personal', conversationType: type, name: '' },
      user: RESIDENT,
      bot: BOT,
    });
  }

  /** Sends one message (or activity), from the resident unless someone else is named, and returns every reply the bot sent in that turn. */
  async say(message: string | Partial<Activity>, from?: Person): Promise<Partial<Activity>[]> {
    const activity: Partial<Activity> = typeof message === 'string' ? { type: ActivityTypes.Message, text: message } : { ...message };
    if (from) activity.from = from;
    if (this.timeZone && activity.localTimezone === undefined) activity.localTimezone = this.timeZone;
    await this.adapter.receiveActivity(activity);
    return this.adapter.activeQueue.splice(0);
  }

  /**
   * Everything the replies show, for assertions on content: each message's text, then its card's words
   * (the "More details" section included), since a card carries what the text only sums up.
   */
  async ask(message: string | Partial<Activity>, from?: Person): Promise<string> {
    const replies = await this.say(message, from);
    return replies.map(readable).join('\n');
  }

  /** Only the replies' message text (what a notification or a channel without cards shows). */
  async askText(message: string | Partial<Activity>, from?: Person): Promise<string> {
    const replies = await this.say(message, from);
    return replies.map((r) => r.text ?? '').join('\n');
  }
}

/** A message as words: its text, then its card's texts, facts (`title: value`) and button titles, in order. */
export function readable(activity: Partial<Activity>): string {
  const card = cardOf(activity);
  return [activity.text ?? '', ...(card ? cardTexts(card) : [])].filter(Boolean).join('\n');
}



/** Every imBack the activity offers (suggested actions). */
export function suggestions(activity: Partial<Activity>): string[] {
  return (activity.suggestedActions?.actions ?? []).map((a) => String(a.value));
}

/** The Adaptive Card attached to an activity, if any. */
export function cardOf(activity: Partial<Activity>): Record<string, unknown> | undefined {
  const attachment = activity.attachments?.find((a) => a.contentType === 'application/vnd.microsoft.card.adaptive');
  return attachment?.content as Record<string, unknown> | undefined;
}

/** The first line of a reply's text: what a resident reads first on a phone. */
export function firstLineOf(text: string): string {
  return text.split('\n')[0];
}

/** The first line of the reply to `then`, said after `first` in one conversation at `now`. */
export async function firstLineAfter(first: string, then: string, now: DateTime = THURSDAY_AFTERNOON): Promise<string> {
  const c = new Conversation('webchat', now);
  await c.askText(first);
  return firstLineOf(await c.askText(then));
}

/** The first sentence of a reply, bold marks taken out. */
export function firstSentenceOf(text: string): string {
  const plain = text.replace(/\*\*/g, '');
  return /^[^\n]*?[.?!](?=\s|$)/.exec(plain)?.[0] ?? plain;
}

/** Text to match as itself inside a pattern ("St Paul's (City)"). */
export function escapedForPattern(text: string): string {
  return text.replace(/[()[\]\\.*+?^$|{}]/g, '\\$&');
}

/** The first line of a reply that does not know the place named, quoting the whole name ("victoria park"). */
export const PLACE_NOT_KNOWN = (name: string): RegExp => new RegExp(`^I couldn't find "${name}" among the London places and police stations I know`);

/** The apology a reply gives when it understood nothing: never the answer to a kind the bot now reads. */
export const NOT_UNDERSTOOD = /Sorry, I (?:can't help with that|didn't understand)/;

/**
 * One test per phrasing, each in a new conversation through the real turn pipeline: the reply's first line matches
 * what the case asks for (and, with `understood`, the reply holds no apology for not understanding).
 */
export function itAnswersFirst(cases: readonly (readonly [string, RegExp])[], options: { understood?: boolean; now?: DateTime } = {}): void {
  for (const [say, first] of cases) {
    it(say, async () => {
      const text = await new Conversation('webchat', options.now).askText(say);
      expect(firstLineOf(text)).to.match(first);
      if (options.understood) expect(text).to.not.match(NOT_UNDERSTOOD);
    });
  }
}

/**
 * One test per conversation (its messages said in turn, through the real turn pipeline): the first line of the reply to
 * the last message matches what the case asks for.
 */
export function itAnswersLast(cases: readonly (readonly [readonly string[], RegExp])[], now: DateTime = THURSDAY_AFTERNOON): void {
  for (const [turns, first] of cases) {
    it(turns.join(' / '), async () => {
      const c = new Conversation('webchat', now);
      let text = '';
      for (const say of turns) text = await c.askText(say);
      expect(firstLineOf(text), turns.join(' / ')).to.match(first);
    });
  }
}
