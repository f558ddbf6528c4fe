/**
 * Danger as people type it in a hurry: text-speak ("tryna", "gna", "wiv", "in2"), dropped g's ("hittin",
 * "breathin"), and one letter dropped, added or two swapped in a danger word ("collaped", "collaspsed", "freind"). Read only by the
 * danger reading (`emergency.ts`), so a place name elsewhere is never "corrected" into a danger word. A letter
 * changed is not corrected: "hunting" is a word, not a slip for "hurting".
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { COMMON_WORDS, DANGER_TEXT_SPEAK, wordTable } from './lexicon';

const TEXT_SPEAK = wordTable(DANGER_TEXT_SPEAK);

/** A danger word with one letter dropped or two swapped, to the word: "collaped" -> "collapsed". */
const SLIPS = new Map<string, string>();
const KNOWN = new Set<string>();

/**
 * The slips of the known words: each danger word of 6+ letters with two letters swapped (or, from 8
 * letters, one dropped), unless that is itself a known or everyday word.
 */
export function dangerSlipsOf(known: ReadonlySet<string>, common: ReadonlySet<string>): Map<string, string> {
  const slips = new Map<string, string>();
  for (const w of known) {
    if (w.length < 6 || !/^[a-z]+$/.test(w)) continue;
    // Inside the word only: "mother" less its first letter is "other", "stranger" less its last is "strange".
    for (let i = 1; i < w.length - 1; i++) {
      // A letter dropped only from long words: "bashed" less its "h" is "based".
      const dropped = w.slice(0, i) + w.slice(i + 1);
      if (w.length >= 8 && !known.has(dropped) && !common.has(dropped)) slips.set(dropped, w);
      if (i > 1 && w[i] !== w[i - 1]) {
        const swapped = w.slice(0, i - 1) + w[i] + w[i - 1] + w.slice(i + 1);
        if (!known.has(swapped) && !common.has(swapped)) slips.set(swapped, w);
      }
    }
  }
  return slips;
}

/**
 * Written by `npm run build` beside the compiled module: the slips worked out from the words the danger
 * reading knows, with those words and the everyday ones they were worked out from. Thousands of slips
 * take a large share of StationDesk's start to work out and a fraction of it to read, and a start uses
 * them only when it knows exactly the same words (`dangerSlipsFromBuild`).
 */
export const DANGER_SLIPS_FILE = 'danger-slips.json';

interface BuiltSlips {
  known: string[];
  common: string[];
  slips: [string, string][];
}

/** The slips the build worked out, when they were worked out from exactly these words; otherwise undefined. */
export function dangerSlipsFromBuild(known: ReadonlySet<string>, common: ReadonlySet<string>, file: string = join(__dirname, DANGER_SLIPS_FILE)): Map<string, string> | undefined {
  let built: Partial<BuiltSlips>;
  try {
    built = JSON.parse(readFileSync(file, 'utf8')) as Partial<BuiltSlips>;
  } catch {
    return undefined;
  }
  const same = (listed: unknown, words: ReadonlySet<string>) => Array.isArray(listed) && listed.length === words.size && [...words].every((w, i) => listed[i] === w);
  if (!same(built.known, known) || !same(built.common, common) || !Array.isArray(built.slips)) return undefined;
  return new Map(built.slips);
}

/** `npm run build`: the slips of the words the danger reading knows now (see DANGER_SLIPS_FILE). */
export function writeDangerSlips(file: string = join(__dirname, DANGER_SLIPS_FILE)): void {
  const built: BuiltSlips = { known: [...KNOWN], common: [...COMMON_WORDS], slips: [...dangerSlipsOf(KNOWN, COMMON_WORDS)] };
  writeFileSync(file, `${JSON.stringify(built)}\n`);
}

/** The words the danger reading knows (learnt from `emergency.ts`), in the order learnt. */
export function knownDangerWords(): ReadonlySet<string> {
  return KNOWN;
}

/** Learns the words the danger reading knows (its verb forms, the people), once, from `emergency.ts`. */
export function learnDangerWords(words: Iterable<string>): void {
  const first = KNOWN.size === 0;
  for (const w of words) KNOWN.add(w);
  // Learnt once in practice; the build's slips are those of a first lesson.
  const slips = (first ? dangerSlipsFromBuild(KNOWN, COMMON_WORDS) : undefined) ?? dangerSlipsOf(KNOWN, COMMON_WORDS);
  for (const [slip, word] of slips) SLIPS.set(slip, word);
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
