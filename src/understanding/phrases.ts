/**
 * Regular expressions over a message's words, reporting which words each match
 * covers, so readers (dates, desks) can mark the words they used and the place
 * search is left with the rest.
 */
import { globally } from './lexicon';
import { TextRuns } from './patternFilter';

export interface PhraseMatch {
  groups: (string | undefined)[];
  /** Index of the first and last word the match covers. */
  first: number;
  last: number;
}

export class Phrases {
  readonly text: string;
  private readonly starts: number[] = [];
  /** Words already used, by index (none yet: no array). */
  private used: boolean[] | undefined;

  /** `runs`: the runs of characters of `words.join(' ')`, when the caller has them (else read on the first pattern tried). */
  constructor(
    readonly words: readonly string[],
    private runs?: TextRuns,
  ) {
    let at = 0;
    for (const w of words) {
      this.starts.push(at);
      at += w.length + 1;
    }
    this.text = words.join(' ');
  }

  private wordAt(charIndex: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= charIndex) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** False only when `re` cannot match the words at all: then it is not run. */
  private mayMatch(re: RegExp): boolean {
    return (this.runs ??= new TextRuns(this.text)).mayMatch(re);
  }

  /** Every match of `re`, skipping matches on words already used. */
  all(re: RegExp): PhraseMatch[] {
    if (!this.mayMatch(re)) return [];
    const g = everyMatchOf(re);
    const out: PhraseMatch[] = [];
    for (let m = this.nextFree(g); m !== undefined; m = this.nextFree(g)) out.push(m);
    return out;
  }

  /** The first match of `re` on unused words. */
  first(re: RegExp): PhraseMatch | undefined {
    if (!this.mayMatch(re)) return undefined;
    const g = everyMatchOf(re);
    const m = this.nextFree(g);
    g.lastIndex = 0;
    return m;
  }

  /** The first match of `re` on unused words that `read` makes something of, with what it made. */
  firstRead<T>(re: RegExp, read: (m: PhraseMatch) => T | undefined): { match: PhraseMatch; read: T } | undefined {
    if (!this.mayMatch(re)) return undefined;
    const g = everyMatchOf(re);
    for (let m = this.nextFree(g); m !== undefined; m = this.nextFree(g)) {
      const made = read(m);
      if (made !== undefined) {
        g.lastIndex = 0;
        return { match: m, read: made };
      }
    }
    return undefined;
  }

  /** The next match of the global `g` from its `lastIndex` on unused words; none left, `lastIndex` is back at 0. */
  private nextFree(g: RegExp): PhraseMatch | undefined {
    const text = this.text;
    for (let m = g.exec(text); m !== null; m = g.exec(text)) {
      if (m[0] === '') {
        g.lastIndex++;
        continue;
      }
      const first = this.wordAt(m.index);
      const last = this.wordAt(m.index + m[0].length - 1);
      let free = true;
      for (let i = first; i <= last; i++) if (this.isUsed(i)) free = false;
      if (free) return { groups: [...m], first, last };
    }
    return undefined;
  }

  use(m: PhraseMatch): void {
    const used = (this.used ??= []);
    for (let i = m.first; i <= m.last; i++) used[i] = true;
  }

  isUsed(i: number): boolean {
    return this.used !== undefined && this.used[i] === true;
  }
}

/** `re` as a global pattern, from its start: every match, in order. */
function everyMatchOf(re: RegExp): RegExp {
  const g = re.global ? re : globally(re);
  g.lastIndex = 0;
  return g;
}
