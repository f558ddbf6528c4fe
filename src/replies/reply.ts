/**
 * What a reply is: plain data a channel can show and speak, built from an
 * `Answer` without looking anything up. The bot layer turns it into a
 * botbuilder Activity (`toActivity.ts`); tests read it as it is.
 */

export type InputHint = 'acceptingInput' | 'expectingInput' | 'ignoringInput';

/** An Adaptive Card 1.5 as JSON. */
export type AdaptiveCard = Record<string, unknown>;

/**
 * What the replies remember across a conversation (kept in conversation state by the dialog):
 * whether the "announced arrangement" caveat was said, and the last answer's details, for "tell me more".
 */
export interface ReplyMemory {
  announcedSaid?: boolean;
  last?: {
    /** The last answer's headline, without Markdown. */
    headline: string;
    details: string[];
    sources: { label: string; url: string }[];
    /** `Data checked 26 November 2026.` */
    dating: string | null;
  };
}

export interface Reply {
  /**
   * What the message says. Where a card carries the answer it is short: on Web Chat the headline and its key
   * lines (at most two), so notifications and screen readers get the answer; on Teams, which shows the text
   * above the card, the headline alone; elsewhere the whole answer.
   * At most **bold**, links and `- ` lists.
   */
  text: string;
  /** A short spoken version: the first sentence and the next line; no URLs, no markdown. */
  speak: string;
  card: AdaptiveCard | null;
  /** imBack texts: each is sent back as the resident's next message. At most three. */
  suggestedActions: string[];
  inputHint: InputHint;
  /** The conversation's reply memory after this reply. */
  memory: ReplyMemory;
}

export interface ReplyOptions {
  /** The Bot Framework channel id: `msteams`, `webchat`, `directline`, `emulator`, `sms`... */
  channelId: string;
  botName?: string;
  /** Where the bot's source code is (STATIONDESK_SOURCE_URL), for a resident who asks; absent, none is given. */
  sourceUrl?: string;
  /** The resident's time zone (the activity's `localTimezone`), when the channel says it. */
  timeZone?: string;
  /** What this conversation's replies said before. */
  memory?: ReplyMemory;
  /** The channel's id of the person whose question this reply answers; a choice card's buttons carry it (see `choiceAction`). */
  askerId?: string;
}

/** What every renderer gets to know about where its reply goes. */
export interface RenderContext {
  channelId: string;
  botName: string;
  sourceUrl?: string;
  /** The channel renders Markdown (**bold**, lists, links); elsewhere the markers are removed. */
  markdown: boolean;
  /** The channel shows Adaptive Cards. */
  cards: boolean;
  teams: boolean;
  /** The resident is not on London time: every time is labelled "London time". */
  labelLondonTime: boolean;
  memory: ReplyMemory;
  askerId?: string;
}
