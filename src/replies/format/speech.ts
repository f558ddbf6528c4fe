/**
 * The spoken version of a reply: no URLs, no markdown, no list dashes, times
 * and day ranges in words a speech engine reads well, and short.
 */
import { spokenHours } from './hours';

const MAX_SPOKEN = 400;

export function toSpeech(text: string): string {
  const plain = text
    .replace(/\bhttps?:\/\/\S+/g, '')
    .replace(/\bwww\.\S+/g, '')
    .replace(/\*\*/g, '')
    .replace(/^\s*-\s+/gm, '')
    .replace(/\(\s*\)/g, '')
    .replace(/\bkm\b/g, 'kilometres')
    .replace(/\s*\n+\s*/g, ' ')
    .replace(/\s+([.,;:])/g, '$1')
    .replace(/\s{2,}/g, ' ')
    .trim();
  const spoken = spokenHours(plain);
  if (spoken.length <= MAX_SPOKEN) return spoken;
  // Cut at the last sentence end that fits, so the speech never stops mid-word.
  const cut = spoken.slice(0, MAX_SPOKEN);
  const end = Math.max(cut.lastIndexOf('. '), cut.lastIndexOf('? '), cut.lastIndexOf('! '));
  return end > 0 ? cut.slice(0, end + 1) : `${cut.slice(0, cut.lastIndexOf(' '))}.`;
}
