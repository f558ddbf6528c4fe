/**
 * Drives the real bot (dialogs, understanding, answers, replies) through
 * botbuilder's TestAdapter, one conversation per harness, with a fixed clock.
 */
import { MemoryStorage, TestAdapter, type Activity } from 'botbuilder';
import { DateTime } from 'luxon';
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

export class Conversation {
  readonly adapter: TestAdapter;
  readonly storage = new InspectableStorage();
  now: DateTime;

  constructor(readonly channelId: 'msteams' | 'webchat' | 'sms' = 'webchat', now: DateTime = THURSDAY_AFTERNOON, readonly timeZone?: string) {
    this.now = now;
    const { bot } = buildStationDeskBot({ knowledge, storage: this.storage, clock: () => this.now });
    this.adapter = new TestAdapter(async (context) => bot.run(context), {
      channelId,
      conversation: { id: `conv-${channelId}-${Math.random().toString(36).slice(2)}`, isGroup: false, conversationType: 'personal', name: '' },
      from: { id: 'resident-1', name: 'Resident' },
      recipient: { id: 'stationdesk', name: 'StationDesk' },
    });
  }

  /** Sends one message (or activity) and returns every reply the bot sent in that turn. */
  async say(message: string | Partial<Activity>): Promise<Partial<Activity>[]> {
    // A resident's own time zone travels on each activity, as Teams and Web Chat send it.
    const activity = typeof message === 'string' ? { type: 'message', text: message } : message;
    await this.adapter.receiveActivity(this.timeZone ? { localTimezone: this.timeZone, ...activity } : activity);
    return this.adapter.activeQueue.splice(0);
  }

  /**
   * Everything the replies show, for assertions on content: each message's text, then its card's words
   * (the "More details" section included), since a card carries what the text only sums up.
   */
  async ask(message: string | Partial<Activity>): Promise<string> {
    const replies = await this.say(message);
    return replies.map(readable).join('\n');
  }

  /** Only the replies' message text (what a notification or a channel without cards shows). */
  async askText(message: string | Partial<Activity>): Promise<string> {
    const replies = await this.say(message);
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
