/**
 * What a person sent, as the words understanding should read. Teams adds
 * things that are not the question: the bot's @mention (`<at>StationDesk</at>`,
 * with a mention entity), HTML markup and entities (`&nbsp;`, `&rsquo;`,
 * `&#x2019;`), and an HTML copy of the message as an attachment. A button on an
 * Adaptive Card (Action.Submit) sends its question as `value` with no text.
 */
import type { Activity, Attachment, Entity } from 'botbuilder';
import { decodeHTMLStrict } from 'entities';

export type IncomingMessage =
  /** Words to understand (possibly none: an empty message). */
  | { kind: 'words'; text: string }
  /** An @mention and nothing else: someone saying hello to the bot. */
  | { kind: 'bare-mention' }
  /** A picture or a file with no words: nothing the bot can read. */
  | { kind: 'attachments-only' };

/** Read no more than this: past it a message is too long anyway, and markup patterns stay cheap. */
const MAX_READ_LENGTH = 20000;

export function readIncoming(activity: Partial<Activity>): IncomingMessage {
  const raw = typeof activity.text === 'string' ? activity.text.slice(0, MAX_READ_LENGTH) : '';
  const { text: unmentioned, mentioned } = withoutMentions(raw, activity);
  const text = plainText(unmentioned);
  if (text !== '') return { kind: 'words', text };
  const fromButton = buttonText(activity.value);
  if (fromButton) return { kind: 'words', text: plainText(fromButton) };
  if (hasPictureOrFile(activity, raw)) return { kind: 'attachments-only' };
  if (mentioned) return { kind: 'bare-mention' };
  return { kind: 'words', text: '' };
}

/**
 * Markup out and every HTML entity decoded (named, decimal, hex), then
 * whitespace collapsed. Block elements and line breaks become spaces, so
 * `<p>is Brixton open</p><p>on Sunday</p>` reads as two phrases, not one word.
 */
export function plainText(html: string): string {
  const text = html
    .slice(0, MAX_READ_LENGTH)
    .replace(/<(script|style)\b[^>]{0,500}>[\s\S]{0,5000}?<\/\1\s*>/gi, ' ')
    .replace(/<\/?([a-z][a-z0-9-]{0,30})((?:\s[^<>]{0,500})?)\/?>/gi, (_tag, name: string, attributes: string) => ` ${emojiOf(name, attributes)} `);
  return decodeHTMLStrict(text)
    .replace(/[\u00a0\u2000-\u200a\u202f\u205f\u3000]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Teams writes an emoji as `<emoji alt="👋">` or `<img class="emoji" alt="👋">`: keep the emoji, drop other tags. */
function emojiOf(name: string, attributes: string): string {
  const tag = name.toLowerCase();
  if (tag !== 'emoji' && !(tag === 'img' && /\bclass\s*=\s*"[^"]*\bemoji\b/i.test(attributes))) return '';
  const alt = /\balt\s*=\s*"([^"]{1,20})"/i.exec(attributes);
  return alt ? alt[1] : '';
}

/**
 * The text without @mentions. The bot's own mentions go wherever its mention
 * entities say they are (personal, group and channel conversations alike), and
 * any `<at>…</at>` left (a mention without an entity, or a colleague's name) is
 * never part of the question either.
 */
function withoutMentions(text: string, activity: Partial<Activity>): { text: string; mentioned: boolean } {
  let rest = text;
  let mentioned = false;
  const botId = activity.recipient?.id;
  for (const entity of mentionEntities(activity.entities)) {
    if (!botId || entity.mentioned?.id !== botId) continue;
    mentioned = true;
    if (typeof entity.text === 'string' && entity.text.trim() !== '') rest = rest.split(entity.text).join(' ');
  }
  rest = rest.replace(/<at\b[^<>]{0,200}>[^<]{0,200}<\/at\s*>/gi, () => {
    mentioned = true;
    return ' ';
  });
  return { text: rest, mentioned };
}

interface MentionEntity extends Entity {
  mentioned?: { id?: unknown };
  text?: unknown;
}

/** Mention entities, tolerating malformed ones (an entity without a type, a mention of no one). */
function mentionEntities(entities: unknown): MentionEntity[] {
  if (!Array.isArray(entities)) return [];
  return entities.filter(
    (e): e is MentionEntity => typeof e === 'object' && e !== null && typeof (e as Entity).type === 'string' && (e as Entity).type.toLowerCase() === 'mention',
  );
}

/** The question an Adaptive Card button sent in `value` (Web Chat's Action.Submit or Teams' msteams.imBack). */
function buttonText(value: unknown): string | undefined {
  if (!value || typeof value !== 'object') return undefined;
  const fields = value as Record<string, unknown>;
  const teams = fields.msteams as Record<string, unknown> | undefined;
  for (const candidate of [fields.text, fields.question, teams?.value, teams?.text]) {
    if (typeof candidate === 'string' && candidate.trim() !== '') return candidate;
  }
  return undefined;
}

/**
 * A picture or file came with the message. Teams sends every message's HTML
 * copy as a `text/html` attachment, so that one counts only when it holds an
 * image (a picture pasted into a channel arrives that way).
 */
function hasPictureOrFile(activity: Partial<Activity>, text: string): boolean {
  const attachments: Partial<Attachment>[] = Array.isArray(activity.attachments) ? activity.attachments : [];
  const picture = (html: unknown) => typeof html === 'string' && /<img\b(?![^>]*\bclass\s*=\s*"[^"]*\bemoji\b)/i.test(html);
  return (
    attachments.some((a) => a && typeof a === 'object' && (a.contentType !== 'text/html' || picture(a.content))) || picture(text)
  );
}
