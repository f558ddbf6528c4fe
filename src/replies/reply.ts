/**
 * What a reply is: plain data a channel can show and speak, built from an
 * `Answer` without looking anything up. The bot layer turns it into a
 * botbuilder Activity (`toActivity.ts`); tests read it as it is.
 */

export type InputHint = 'acceptingInput' | 'expectingInput' | 'ignoringInput';

/** An Adaptive Card 1.5 as JSON. */
export type AdaptiveCard = Record<string, unknown>;

export interface Reply {
  /** Reads well on its own (screen readers, SMS-like channels); at most **bold** and `- ` lists. */
  text: string;
  /** A short spoken version: no URLs, no markdown. */
  speak: string;
  card: AdaptiveCard | null;
  /** imBack texts: each is sent back as the resident's next message. */
  suggestedActions: string[];
  inputHint: InputHint;
}

export interface ReplyOptions {
  /** The Bot Framework channel id: `msteams`, `webchat`, `directline`, `emulator`, `sms`... */
  channelId: string;
  botName?: string;
}

/** What every renderer gets to know about where its reply goes. */
export interface RenderContext {
  channelId: string;
  botName: string;
  /** The channel renders Markdown (**bold**, lists); elsewhere the markers are removed. */
  markdown: boolean;
  teams: boolean;
}

/** A reply before the channel's rules are applied (markdown, suggestion limits, card speak/fallback). */
export interface ReplyDraft {
  /** Short paragraphs, joined by blank lines. Empty strings are dropped. */
  paragraphs: string[];
  /** Spoken version; defaults to the first paragraph. Sanitised either way. */
  speak?: string;
  card?: AdaptiveCard | null;
  suggestions?: string[];
  inputHint?: InputHint;
}
