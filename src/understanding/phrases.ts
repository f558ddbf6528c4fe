/**
 * Regular expressions over a message's words, reporting which words each match
 * covers, so readers (dates, desks) can mark the words they used and the place
 * search is left with the rest.
 */

export interface PhraseMatch {
  groups: (string | undefined)[];
  /** Index of the first and last word the match covers. */
  first: number;
  last: number;
}

export class Phrases {
  readonly text: string;
  private readonly starts: number[] = [];
  private readonly used = new Set<number>();

  constructor(readonly words: readonly string[]) {
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

  /** Every match of `re` (a global regex), skipping matches on words already used. */
  all(re: RegExp): PhraseMatch[] {
    const out: PhraseMatch[] = [];
    const g = re.global ? re : new RegExp(re.source, `${re.flags}g`);
    g.lastIndex = 0;
    for (let m = g.exec(this.text); m !== null; m = g.exec(this.text)) {
      if (m[0] === '') {
        g.lastIndex++;
        continue;
      }
      const first = this.wordAt(m.index);
      const last = this.wordAt(m.index + m[0].length - 1);
      let free = true;
      for (let i = first; i <= last; i++) if (this.used.has(i)) free = false;
      if (free) out.push({ groups: [...m], first, last });
    }
    return out;
  }

  /** The first match of `re` on unused words. */
  first(re: RegExp): PhraseMatch | undefined {
    return this.all(re)[0];
  }

  use(m: PhraseMatch): void {
    for (let i = m.first; i <= m.last; i++) this.used.add(i);
  }

  isUsed(i: number): boolean {
    return this.used.has(i);
  }
}
