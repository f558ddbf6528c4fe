/**
 * What a resident reads in one bot turn, as plain text for the held-out set's
 * checks: each reply's text, then every text of its Adaptive Card(s), nested
 * ShowCard cards and hidden containers included (a "More details" section the
 * resident can open is part of the answer). Button titles and suggested
 * actions are left out: they are offers, not answers.
 *
 * Kept independent of how replies are built today, because replies are being
 * redesigned (short text + card) and the set must judge either shape.
 */
import type { Activity } from 'botbuilder';

const ADAPTIVE_CARD = 'application/vnd.microsoft.card.adaptive';

type Json = unknown;

function isObject(value: Json): value is Record<string, Json> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The texts an element shows itself (not those of the elements inside it). */
function ownTexts(element: Record<string, Json>): string[] {
  switch (element.type) {
    case 'TextBlock':
    case 'TextRun':
      return typeof element.text === 'string' ? [element.text] : [];
    case 'FactSet':
      return (Array.isArray(element.facts) ? element.facts : [])
        .filter(isObject)
        .map((fact) => [fact.title, fact.value].filter((t): t is string => typeof t === 'string').join(': '));
    case 'RichTextBlock':
      // Inlines may be plain strings; TextRun objects are reached by the walk below.
      return (Array.isArray(element.inlines) ? element.inlines : []).filter((i): i is string => typeof i === 'string');
    default:
      return [];
  }
}

/**
 * Every text an Adaptive Card shows or can show, in document order: TextBlock
 * and TextRun text, FactSet titles and values, RichTextBlock inlines, inside
 * any container, column, table cell, hidden element or ShowCard card. Action
 * titles are never collected (only the card an action opens is walked).
 */
export function cardTexts(card: Json): string[] {
  const texts: string[] = [];
  const walk = (node: Json): void => {
    if (Array.isArray(node)) {
      node.forEach(walk);
      return;
    }
    if (!isObject(node)) return;
    texts.push(...ownTexts(node));
    for (const [key, value] of Object.entries(node)) {
      // `fallback` is what an old client shows instead: not what this resident reads.
      if (key === 'fallback' || key === 'facts') continue;
      if (typeof value === 'object' && value !== null) walk(value);
    }
  };
  walk(card);
  return texts.filter((t) => t.trim() !== '');
}

/** The message replies of one turn (typing indicators and events left out). */
export function messagesOf(activities: readonly Partial<Activity>[]): Partial<Activity>[] {
  return activities.filter((a) => (a.type ?? 'message') === 'message');
}

/** One turn as the resident reads it: each reply's text followed by its cards' texts, one per line. */
export function replyText(activities: readonly Partial<Activity>[]): string {
  const lines: string[] = [];
  for (const activity of messagesOf(activities)) {
    if (activity.text) lines.push(activity.text);
    for (const attachment of activity.attachments ?? []) {
      if (attachment.contentType === ADAPTIVE_CARD) lines.push(...cardTexts(attachment.content));
    }
  }
  return lines.join('\n');
}

/** The first non-empty line of the first reply's own text (not its card): where 999 must stand. */
export function firstLine(activities: readonly Partial<Activity>[]): string {
  const first = messagesOf(activities)[0];
  return (first?.text ?? '').split('\n').find((line) => line.trim() !== '') ?? '';
}
