/**
 * Danger as people type it in a hurry: text-speak ("tryna", "gna", "wiv", "in2"), dropped g's ("hittin",
 * "breathin"), and one letter dropped, added or two swapped in a danger word ("collaped", "collaspsed", "freind"). Read only by the
 * danger reading (`emergency.ts`), so a place name elsewhere is never "corrected" into a danger word. A letter
 * changed is not corrected: "hunting" is a word, not a slip for "hurting".
 */
import { COMMON_WORDS, DANGER_TEXT_SPEAK, wordTable } from './lexicon';

const TEXT_SPEAK = wordTable(DANGER_TEXT_SPEAK);

/** A danger word with one letter dropped or two swapped, to the word: "collaped" -> "collapsed". */
const SLIPS = new Map<string, string>();
const KNOWN = new Set<string>();

/** Learns the words the danger reading knows (its verb forms, the people), once, from `emergency.ts`. */
export function learnDangerWords(words: Iterable<string>): void {
  for (const w of words) KNOWN.add(w);
  for (const w of KNOWN) {
    if (w.length < 6 || !/^[a-z]+$/.test(w)) continue;
    // Inside the word only: "mother" less its first letter is "other", "stranger" less its last is "strange".
    for (let i = 1; i < w.length - 1; i++) {
      // A letter dropped only from long words: "bashed" less its "h" is "based".
      const dropped = w.slice(0, i) + w.slice(i + 1);
      if (w.length >= 8 && !KNOWN.has(dropped) && !COMMON_WORDS.has(dropped)) SLIPS.set(dropped, w);
      if (i > 1 && w[i] !== w[i - 1]) {
        const swapped = w.slice(0, i - 1) + w[i] + w[i - 1] + w.slice(i + 1);
        if (!KNOWN.has(swapped) && !COMMON_WORDS.has(swapped)) SLIPS.set(swapped, w);
      }
    }
  }
}

/** One word as the danger reading should read it (sometimes two: "rn" -> "right now"). */
export function dangerSpelling(word: string): string {
  const listed = TEXT_SPEAK.get(word);
  if (listed) return listed;
  if (KNOWN.has(word) || COMMON_WORDS.has(word)) return word;
  // "hittin", "breathin", "followin": a dropped g.
  if (word.endsWith('in') && KNOWN.has(`${word}g`)) return `${word}g`;
  const slip = SLIPS.get(word);
  if (slip) return slip;
  // A letter added to a long word: "collaspsed".
  if (word.length >= 9) {
    for (let i = 1; i < word.length - 1; i++) {
      const less = word.slice(0, i) + word.slice(i + 1);
      if (KNOWN.has(less)) return less;
    }
  }
  return word;
}
