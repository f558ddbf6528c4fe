import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'chai';
import * as lexicon from '../../src/understanding/lexicon';
import { readMessage } from '../../src/understanding/message';
import { TextRuns } from '../../src/understanding/patternFilter';

/** Whether `re` matches `text`, run for real (a global or sticky copy would carry its lastIndex). */
const matches = (re: RegExp, text: string): boolean => new RegExp(re.source, re.flags.replace(/[gy]/g, '')).test(text);

describe('patterns that cannot match are skipped, and only those', () => {
  const syntax: RegExp[] = [
    /\bhours?\b/, /\b(?:open|opens|opening)(?: times?)?\b/, /(?<![a-z])24\s*-?\s*h(?:ou)?rs?\b/, /\b(?:is|are)(?: it| they)? (?:open|shut)\b/,
    /a?b?c/, /x*yz/, /(?:ab)+c/, /(?:ab){2,3}d/, /q{2}u/, /\bwh(?=at)\w+/, /(?!no)\bno\w*/, /\$\d+/, /\.\.\./, /a\/b/,
    /\u00e9t\u00e9/, /\x41bc/i, /[a-c]at/, /(?<word>dog)s?/, /(a|b)\1/, /\bcan(?:not|'t| not)? (?:hear|speak)\b/, /^(?:hi|hello)$/, /\p{L}+ street/u,
    /\bwhat (?:are|is) the visiting rules\b/, /\w+ street/, /(?:\w+ ){0,2}(?:hours|times) (?:at|for) \w+/, /\bis (?:it|the) (?:still )?open(?: now)?\b/, /\d+:\d\d/,
  ];
  const texts = ['is brixton open at 9pm', 'what are the opening times', 'opens 24hrs', '24 - hours', 'is it open', 'are they shut', 'abc',
    'c', 'xxxyz', 'yz', 'ababc', 'ababd', 'qqu', 'what now', 'nothing', '$5', 'wait...', 'a/b', 'été', 'ABC', 'bat', 'dogs', 'aa', 'cannot hear',
    'hello', 'hi', 'baker street', 'i cant speak', 'what are the visiting rules', 'what are the hours', 'opening hours at brixton', 'is it still open now', 'at 9:30', ''];

  it('never skips a pattern that matches, over hand-written syntax and every word pattern of the lexicon on a quarter of the golden messages', () => {
    const golden = readFileSync(join(__dirname, 'golden', 'questions.jsonl'), 'utf8')
      .split('\n')
      .filter((l, i) => l !== '' && i % 4 === 0)
      .map((l) => readMessage(String((JSON.parse(l) as { say?: unknown }).say ?? '')).text);
    const patterns = [...syntax, ...Object.values(lexicon).filter((v): v is RegExp => v instanceof RegExp)];
    let skipped = 0;
    let checked = 0;
    for (const text of [...texts, ...golden]) {
      const runs = new TextRuns(text);
      for (const re of patterns) {
        checked++;
        if (runs.mayMatch(re)) continue;
        skipped++;
        expect(matches(re, text), `${re} on "${text}"`).to.equal(false);
      }
    }
    // The filter earns its place: most pattern runs over residents' messages are skipped.
    expect(skipped / checked).to.be.greaterThan(0.5);
  });

  it('test() answers as RegExp.test does, global patterns included', () => {
    for (const text of texts) {
      const runs = new TextRuns(text);
      for (const re of syntax) expect(runs.test(re), `${re} on "${text}"`).to.equal(matches(re, text));
    }
  });

  it('always runs what it cannot read: ignoring case, a back reference, a match that may be empty', () => {
    const runs = new TextRuns('zzz');
    for (const re of [/abc/i, /(a|b)\1/, /x*/, /[a-z]bc/, /.q/]) expect(runs.mayMatch(re), String(re)).to.equal(true);
    expect(runs.mayMatch(/\bhours\b/)).to.equal(false);
  });

  it('skips a pattern whose beginnings are in the text when none of the words every match holds is', () => {
    const runs = new TextRuns('what are the opening hours');
    // "wha" begins both texts; only one holds " the visiting rules".
    expect(runs.mayMatch(/\bwhat (?:are|is) the visiting rules\b/)).to.equal(false);
    expect(new TextRuns('what are the visiting rules').mayMatch(/\bwhat (?:are|is) the visiting rules\b/)).to.equal(true);
    // Beginnings unknown (a word of any letters), yet every match holds " street".
    expect(runs.mayMatch(/\w+ street/)).to.equal(false);
    expect(new TextRuns('baker street').mayMatch(/\w+ street/)).to.equal(true);
  });
});
