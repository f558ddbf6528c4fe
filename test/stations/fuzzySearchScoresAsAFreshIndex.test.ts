/**
 * Station search keeps one fuse.js searcher and each key's index entry, and
 * lists only the shortlist's entries per search. This proves it scores exactly
 * as a fresh `new Fuse(shortlist)` would: the same keys, scores and order,
 * ties included (fuse.js orders tied scores by index position), over every
 * station wording with typos, the gazetteer's places and every span of the
 * golden messages, searched one after another so each search follows another.
 */
import { expect } from 'chai';
import Fuse from 'fuse.js';
import { loadKnowledge } from '../../src/stations/loadKnowledge';
import { FUSE_OPTIONS, StationSearch, normaliseText, stripGenericWords } from '../../src/stations/stationSearch';
import { readGolden } from '../understanding/golden/goldenFile';

const data = loadKnowledge();
const search = new StationSearch(data.stations);
const shortlistOf = (core: string): number[] => search['shortlist'](core);
const reused = (core: string, shortlist: number[]) => search['scoreFuzzily'](core, shortlist);
const fresh = (core: string, shortlist: number[]) => new Fuse(shortlist.map((i) => search.keys[i]), FUSE_OPTIONS).search(core);

/** One-letter slips of a word: a letter dropped, doubled, swapped with the next, or a vowel changed. */
function typos(text: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < text.length; i++) {
    out.push(text.slice(0, i) + text.slice(i + 1), text.slice(0, i) + text[i] + text.slice(i));
    if (i + 1 < text.length) out.push(text.slice(0, i) + text[i + 1] + text[i] + text.slice(i + 2));
    if ('aeiou'.includes(text[i])) out.push(text.slice(0, i) + (text[i] === 'e' ? 'a' : 'e') + text.slice(i + 1));
  }
  return out;
}

/** Every run of one to four words of a message, as place search in a sentence tries them. */
function spans(message: string): string[] {
  const words = normaliseText(message).split(' ');
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) for (let n = 1; n <= 4 && i + n <= words.length; n++) out.push(words.slice(i, i + n).join(' '));
  return out;
}

describe('fuzzy station search scores as a fresh fuse.js index over the shortlist would', function () {
  this.timeout(120_000);

  it('gives the same results, scores and order for station wordings with typos, places and golden message spans', () => {
    const queries = new Set<string>();
    for (const key of search.keys) for (const q of [key.text, ...typos(key.core)]) queries.add(q);
    for (const place of data.places) queries.add(place.name);
    for (const line of readGolden()) for (const q of [line.say, ...spans(line.say)]) queries.add(q);

    let compared = 0;
    let results = 0;
    let tiedPairs = 0;
    const differences: string[] = [];
    for (const query of queries) {
      const core = stripGenericWords(normaliseText(query).slice(0, 64).trim());
      if (core.length < 4) continue;
      const shortlist = shortlistOf(core);
      // The whole shortlist, and the part `locate` searches (boroughs left out): both orders of index positions.
      for (const list of [shortlist, shortlist.filter((i) => search.keys[i].matchedOn !== 'borough')]) {
        const expected = fresh(core, list);
        const got = reused(core, list);
        compared++;
        results += expected.length;
        for (let i = 1; i < expected.length; i++) if (expected[i].score === expected[i - 1].score) tiedPairs++;
        const show = (rs: typeof got) => rs.map((r) => `${r.refIndex}:${r.item.core}:${r.score}`).join(', ');
        if (show(got) !== show(expected) || got.some((r, i) => r.item !== expected[i].item)) differences.push(`"${core}": fresh [${show(expected)}] reused [${show(got)}]`);
      }
    }
    expect(differences.slice(0, 10), `${differences.length} of ${compared} searches differ`).to.deep.equal([]);
    expect(compared, 'searches compared').to.be.greaterThan(50_000);
    expect(results, 'fuzzy results compared').to.be.greaterThan(100_000);
    expect(tiedPairs, 'neighbouring results with tied scores (their order is compared too)').to.be.greaterThan(10_000);
  });
});
