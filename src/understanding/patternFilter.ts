/**
 * Which patterns can match a text, told without running them. Each pattern is
 * read once for the ways a match of it can begin (up to three characters:
 * "hou", "ope", "im " for `\b(?:hours|opening|im (?:in|at))\b`); a text lists
 * the one-, two- and three-character runs it holds, once. A pattern none of
 * whose beginnings is in the text cannot match it, so its run is skipped.
 * Exact, never a guess: every match begins with one of its pattern's
 * beginnings, and a pattern whose matches may begin with anything (a class, a
 * wildcard, an empty match) or that ignores case is always run. Worked out
 * from the patterns themselves, so a word added to the lexicon is filtered
 * like the others with nothing to keep in step.
 *
 * A pattern whose beginnings are in the text is then asked for the words any
 * match of it must hold somewhere ("\bwho (?:runs|owns) (?:it|this)\b": "who "
 * for "who runs this"): a text holding none of them is not run either. Most
 * patterns that get past their beginnings ("wha", "is ") are skipped here.
 */

/** Characters of a beginning read from a pattern; fewer when the pattern says too little there. */
const LENGTH = 3;
/** Give up on a pattern with more beginnings than this (it is then always run). */
const MAX_BEGINNINGS = 4000;

type Term =
  | { kind: 'assertion' }
  | { kind: 'char'; code: number; min: number; max: number }
  | { kind: 'unknown'; min: number }
  | { kind: 'group'; alternatives: Term[][]; min: number; max: number };

class Unreadable extends Error {}

/** A small reader of JavaScript pattern syntax: enough to know which characters each match begins with. */
class PatternReader {
  private at = 0;

  constructor(
    private readonly source: string,
    private readonly unicode: boolean,
  ) {}

  read(): Term[][] {
    const alternatives = this.disjunction();
    if (this.at !== this.source.length) throw new Unreadable();
    return alternatives;
  }

  private disjunction(): Term[][] {
    const alternatives = [this.alternative()];
    while (this.source[this.at] === '|') {
      this.at++;
      alternatives.push(this.alternative());
    }
    return alternatives;
  }

  private alternative(): Term[] {
    const terms: Term[] = [];
    while (this.at < this.source.length && this.source[this.at] !== '|' && this.source[this.at] !== ')') terms.push(this.term());
    return terms;
  }

  private term(): Term {
    const s = this.source;
    const c = s[this.at];
    if (c === '^' || c === '$') {
      this.at++;
      return { kind: 'assertion' };
    }
    if (c === '(') {
      this.at++;
      let lookaround = false;
      if (s.startsWith('?:', this.at)) this.at += 2;
      else if (s.startsWith('?=', this.at) || s.startsWith('?!', this.at)) {
        this.at += 2;
        lookaround = true;
      } else if (s.startsWith('?<=', this.at) || s.startsWith('?<!', this.at)) {
        this.at += 3;
        lookaround = true;
      } else if (s.startsWith('?<', this.at)) {
        const end = s.indexOf('>', this.at);
        if (end < 0) throw new Unreadable();
        this.at = end + 1;
      } else if (s[this.at] === '?') throw new Unreadable();
      const alternatives = this.disjunction();
      if (s[this.at] !== ')') throw new Unreadable();
      this.at++;
      // A lookaround consumes nothing: as far as beginnings go, it is not there.
      if (lookaround) return this.quantified({ kind: 'assertion' });
      return this.quantified({ kind: 'group', alternatives, min: 1, max: 1 });
    }
    if (c === '[') {
      this.at++;
      if (s[this.at] === '^') this.at++;
      // A class's first character may be "]" only in patterns that are written that way on purpose: not ours.
      while (this.at < s.length && s[this.at] !== ']') this.at += s[this.at] === '\\' ? 2 : 1;
      if (s[this.at] !== ']') throw new Unreadable();
      this.at++;
      return this.quantified({ kind: 'unknown', min: 1 });
    }
    if (c === '.') {
      this.at++;
      return this.quantified({ kind: 'unknown', min: 1 });
    }
    if (c === '\\') return this.escape();
    if (c === '*' || c === '+' || c === '?' || c === ')' || c === ']' || c === '}' || c === '{' || c === '|') throw new Unreadable();
    this.at++;
    return this.quantified({ kind: 'char', code: c.charCodeAt(0), min: 1, max: 1 });
  }

  private escape(): Term {
    const s = this.source;
    const e = s[this.at + 1];
    if (e === undefined) throw new Unreadable();
    this.at += 2;
    if (e === 'b' || e === 'B') return { kind: 'assertion' };
    if ('dDwWsS'.includes(e)) return this.quantified({ kind: 'unknown', min: 1 });
    if ((e === 'p' || e === 'P') && this.unicode) {
      const end = s.indexOf('}', this.at);
      if (s[this.at] !== '{' || end < 0) throw new Unreadable();
      this.at = end + 1;
      return this.quantified({ kind: 'unknown', min: 1 });
    }
    // A back reference may match nothing or anything.
    if (/[1-9k]/.test(e)) throw new Unreadable();
    const control: Record<string, number> = { n: 10, t: 9, r: 13, f: 12, v: 11 };
    if (e in control) return this.quantified({ kind: 'char', code: control[e], min: 1, max: 1 });
    if (e === 'x') {
      const hex = s.slice(this.at, this.at + 2);
      if (!/^[0-9a-fA-F]{2}$/.test(hex)) throw new Unreadable();
      this.at += 2;
      return this.quantified({ kind: 'char', code: parseInt(hex, 16), min: 1, max: 1 });
    }
    if (e === 'u') {
      const hex = s.slice(this.at, this.at + 4);
      // `\u{...}` (unicode patterns) may be two code units: not worth reading.
      if (!/^[0-9a-fA-F]{4}$/.test(hex)) throw new Unreadable();
      this.at += 4;
      return this.quantified({ kind: 'char', code: parseInt(hex, 16), min: 1, max: 1 });
    }
    if (/[a-zA-Z0-9]/.test(e)) throw new Unreadable();
    // Punctuation escaped: itself.
    return this.quantified({ kind: 'char', code: e.charCodeAt(0), min: 1, max: 1 });
  }

  private quantified(term: Term): Term {
    const s = this.source;
    let min = 1;
    let max = 1;
    const q = s[this.at];
    if (q === '*' || q === '+' || q === '?') {
      this.at++;
      min = q === '+' ? 1 : 0;
      max = q === '?' ? 1 : Infinity;
    } else if (q === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(s.slice(this.at));
      if (!m) throw new Unreadable();
      this.at += m[0].length;
      min = Number(m[1]);
      max = m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3]);
    } else return term;
    if (s[this.at] === '?') this.at++;
    if (term.kind === 'assertion') return term;
    if (term.kind === 'unknown') return { kind: 'unknown', min: Math.min(min, term.min) };
    return { ...term, min, max };
  }
}

/** The rest of a match after a term: the remaining terms of its sequence, then the sequence it sits in. */
interface Rest {
  terms: readonly Term[];
  i: number;
  next: Rest | null;
}

/** Anything at all: the beginning read so far ends here. */
const ANYTHING: Rest = { terms: [{ kind: 'unknown', min: 1 }], i: 0, next: null };
/** Nothing more known: every beginning is the empty one. */
const OPEN = new Set(['']);

function union(a: Set<string>, b: Set<string>): Set<string> {
  if (a.has('') || b.has('')) return OPEN;
  const out = new Set(a);
  for (const s of b) out.add(s);
  if (out.size > MAX_BEGINNINGS) return OPEN;
  return out;
}

/** The ways (up to `need` characters) a match of `rest` can begin; a shorter one where the pattern says no more. */
function beginnings(rest: Rest | null, need: number): Set<string> {
  if (need === 0 || rest === null) return OPEN;
  if (rest.i >= rest.terms.length) return beginnings(rest.next, need);
  const t = rest.terms[rest.i];
  const after: Rest = { terms: rest.terms, i: rest.i + 1, next: rest.next };
  switch (t.kind) {
    case 'assertion':
      return beginnings(after, need);
    case 'unknown':
      return OPEN;
    case 'char': {
      const c = String.fromCharCode(t.code);
      // Once, then the rest; a repeated character is followed by more of itself or the rest: known no further.
      const once = t.max === 1 ? prefixed(c, beginnings(after, need - 1)) : new Set([c]);
      return t.min === 0 ? union(once, beginnings(after, need)) : once;
    }
    case 'group': {
      const then = t.max === 1 ? after : ANYTHING;
      let once = new Set<string>();
      for (const alternative of t.alternatives) {
        once = union(once, beginnings({ terms: alternative, i: 0, next: then }, need));
        if (once === OPEN) return OPEN;
      }
      return t.min === 0 ? union(once, beginnings(after, need)) : once;
    }
  }
}

function prefixed(c: string, rest: Set<string>): Set<string> {
  if (rest.has('')) return new Set([c]);
  const out = new Set<string>();
  for (const s of rest) out.add(c + s);
  return out;
}

/**
 * A run of one to three characters as a number: 7 bits a character (every character past ASCII shares one code,
 * which only makes the filter let more through), none for the characters it does not have.
 */
function code(c: number): number {
  return c < 126 ? c + 1 : 127;
}

function runKey(s: string): number {
  let key = 0;
  for (let k = 0; k < LENGTH; k++) key = (key << 7) | (k < s.length ? code(s.charCodeAt(k)) : 0);
  return key;
}

/** Read no further than this many strings a pattern must hold one of (more are slower to look for than the pattern is to run). */
const MAX_FACTORS = 64;
/** Nor strings of letters shorter than this: most texts hold them (a digit or a sign, as in ":", is rare enough alone). */
const MIN_FACTOR_LENGTH = 3;

/**
 * Strings one of which every match of the alternatives holds (somewhere, not only at its start), or null when the
 * pattern says too little: for each alternative, the best of its runs of plain characters and its groups that must
 * match (each group giving one string per alternative of its own). Exact: a match holds each term it must match.
 */
function factorsOf(alternatives: readonly Term[][]): string[] | null {
  const out = new Set<string>();
  for (const alternative of alternatives) {
    const best = sequenceFactors(alternative);
    if (best === null) return null;
    for (const f of best) out.add(f);
  }
  // A text holding "station" holds "stations" only if it holds "station": the longer need not be looked for.
  const all = [...out];
  const kept = all.filter((f) => !all.some((g) => g !== f && f.includes(g)));
  return kept.length > MAX_FACTORS ? null : kept;
}

/** The best set of strings one of which a match of the sequence must hold, or null. */
function sequenceFactors(terms: readonly Term[]): string[] | null {
  let best: string[] | null = null;
  const consider = (candidate: string[] | null) => {
    if (candidate === null || candidate.length === 0 || candidate.length > MAX_FACTORS) return;
    if (best === null || quality(candidate) > quality(best)) best = candidate;
  };
  let run = '';
  for (const t of terms) {
    if (t.kind === 'char' && t.min === 1 && t.max === 1) {
      run += String.fromCharCode(t.code);
      continue;
    }
    consider(run === '' ? null : [run]);
    run = '';
    // A group matched at least once holds what one of its alternatives must; an optional one, nothing known.
    if (t.kind === 'group' && t.min >= 1) consider(factorsOf(t.alternatives));
  }
  consider(run === '' ? null : [run]);
  return best !== null && quality(best) > 0 ? best : null;
}

/** How well strings tell a text apart: longer and fewer is better (" hub" over "police|community|..."); 0 for too short to use. */
function quality(strings: readonly string[]): number {
  let shortest = Infinity;
  for (const s of strings) shortest = Math.min(shortest, /^[a-z ]*$/.test(s) ? s.length : MIN_FACTOR_LENGTH);
  if (shortest < MIN_FACTOR_LENGTH) return 0;
  return (Math.min(shortest, 6) * 100) / strings.length;
}

interface Filter {
  /** Its id in the index of beginnings, or null when its beginnings are not known (only its factors are). */
  id: number | null;
  beginnings: readonly string[];
  /** Strings one of which every match holds; null when not known. */
  factors: readonly string[] | null;
}

/** Patterns read so far, by identity (weakly: a pattern made for one message goes with it); null for one always run. */
const filters = new WeakMap<RegExp, Filter | null>();
/** Past this many patterns read, more are always run: the index stays bounded even if patterns were made per message. */
const MAX_PATTERNS = 5000;
/** Pattern ids a number of the `possible` bit set holds (small integers stay unboxed). */
const BITS = 30;
/** Pattern ids by the run their matches may begin with. */
const patternsBeginningWith = new Map<number, number[]>();
/** Whether any pattern begins with a run: most runs of a text begin none, told without a look-up. */
const anyBeginsWith = new Uint8Array(1 << (7 * LENGTH));
let patternCount = 0;

function filterOf(re: RegExp): Filter | null {
  const known = filters.get(re);
  if (known !== undefined) return known;
  let filter: Filter | null = null;
  // In a unicode pattern a quantifier after a character beyond the BMP repeats both its code units: not read here.
  if (patternCount < MAX_PATTERNS && !re.ignoreCase && !re.sticky && !(re.unicode && /[\ud800-\udfff]/.test(re.source))) {
    try {
      const alternatives = new PatternReader(re.source, re.unicode).read();
      const found = beginnings({ terms: [{ kind: 'group', alternatives, min: 1, max: 1 }], i: 0, next: null }, LENGTH);
      const factors = factorsOf(alternatives);
      if (!found.has('')) {
        const id = patternCount++;
        filter = { id, beginnings: [...found], factors };
        for (const s of found) {
          const key = runKey(s);
          anyBeginsWith[key] = 1;
          const ids = patternsBeginningWith.get(key);
          if (ids) ids.push(id);
          else patternsBeginningWith.set(key, [id]);
        }
      } else if (factors !== null) filter = { id: null, beginnings: [], factors };
    } catch (e) {
      if (!(e instanceof Unreadable)) throw e;
    }
  }
  filters.set(re, filter);
  return filter;
}

/** One text's runs of characters, and so which patterns might match it. */
export class TextRuns {
  /** A bit set by pattern id: some match of it may begin in the text (patterns read after this text was: looked at directly). */
  private readonly possible: number[];
  /** How many patterns had been read when the text was. */
  private readonly known: number;

  constructor(readonly text: string) {
    this.known = patternCount;
    this.possible = new Array<number>(Math.ceil(patternCount / BITS)).fill(0);
    const n = text.length;
    let a = 0;
    let b = n > 0 ? code(text.charCodeAt(0)) : 0;
    let c = n > 1 ? code(text.charCodeAt(1)) : 0;
    for (let k = 0; k < n; k++) {
      a = b;
      b = c;
      c = k + 2 < n ? code(text.charCodeAt(k + 2)) : 0;
      this.mark(a << 14);
      if (b !== 0) this.mark((a << 14) | (b << 7));
      if (c !== 0) this.mark((a << 14) | (b << 7) | c);
    }
  }

  private mark(key: number): void {
    if (anyBeginsWith[key] === 0) return;
    const ids = patternsBeginningWith.get(key);
    if (ids) for (const id of ids) if (id < this.known) this.possible[(id / BITS) | 0] |= 1 << id % BITS;
  }

  /** False only when `re` cannot match the text (or any part of it). */
  mayMatch(re: RegExp): boolean {
    const filter = filterOf(re);
    if (filter === null) return true;
    const id = filter.id;
    if (id !== null && !(id < this.known ? ((this.possible[(id / BITS) | 0] >> id % BITS) & 1) === 1 : this.holdsOneOf(filter.beginnings))) return false;
    return filter.factors === null || this.holdsOneOf(filter.factors);
  }

  private holdsOneOf(strings: readonly string[]): boolean {
    for (const s of strings) if (this.text.includes(s)) return true;
    return false;
  }

  /** `re.test(text)`, skipped when it cannot match (a global or sticky pattern is always run: its `lastIndex` moves). */
  test(re: RegExp): boolean {
    if (!re.global && !re.sticky && !this.mayMatch(re)) return false;
    return re.test(this.text);
  }
}
