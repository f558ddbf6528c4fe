/**
 * Plans and periods come from data/, never from code: no plan id, no date of a
 * plan's events, no "February 2026" and no year of a plan may be written in
 * src/understanding, src/answers or src/replies. The next round of closures
 * must need a data change only. Comments may give examples; code may not
 * (TypeScript's own scanner tells comments from code).
 */
import { expect } from 'chai';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { DateTime } from 'luxon';
import ts from 'typescript';
import { loadKnowledge } from '../../src/stations/loadKnowledge';

const ROOT = join(__dirname, '..', '..');
const FOLDERS = ['src/understanding', 'src/answers', 'src/replies'];
const data = loadKnowledge();

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sourceFiles(join(dir, e.name)) : /\.(ts|json)$/.test(e.name) ? [join(dir, e.name)] : []));
}

/** The code of a file without its comments: every token's text, in order. */
function codeTokens(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  if (file.endsWith('.json')) return [text];
  return scan(text);
}

/** Tokens without comments. A `}` that closes a template's `${...}` is re-read as the template text that follows. */
function scan(text: string): string[] {
  const scanner = ts.createScanner(ts.ScriptTarget.Latest, true, ts.LanguageVariant.Standard, text);
  const tokens: string[] = [];
  const openTemplates: number[] = [];
  let depth = 0;
  for (let kind = scanner.scan(); kind !== ts.SyntaxKind.EndOfFileToken; kind = scanner.scan()) {
    if (kind === ts.SyntaxKind.OpenBraceToken) depth++;
    else if (kind === ts.SyntaxKind.CloseBraceToken) {
      if (openTemplates.at(-1) === depth) {
        openTemplates.pop();
        kind = scanner.reScanTemplateToken(false);
      } else depth--;
    }
    if (kind === ts.SyntaxKind.TemplateHead || kind === ts.SyntaxKind.TemplateMiddle) openTemplates.push(depth);
    tokens.push(scanner.getTokenText());
  }
  return tokens;
}

/** Every way a date of a plan's story could be written: `2026-02-28`, `28 February 2026`, `February 2026`, `Feb 2026`. */
function datesOfPlans(): Set<string> {
  const iso = new Set<string>();
  for (const plan of data.plans) {
    iso.add(plan.proposedOn).add(plan.decidedOn);
    for (const round of plan.closures?.rounds ?? []) iso.add(round.date).add(round.from).add(round.to);
  }
  for (const e of data.events) if (e.planId) iso.add(e.date);
  iso.add(data.meta.counterList.since);
  const forms = new Set<string>();
  for (const date of iso) {
    forms.add(date);
    const d = DateTime.fromISO(date.length === 7 ? `${date}-01` : date).setLocale('en-GB');
    forms.add(d.toFormat('d LLLL yyyy')).add(d.toFormat('LLLL yyyy')).add(d.toFormat('LLL yyyy')).add(d.toFormat('d LLL yyyy'));
  }
  return forms;
}

/** The years of the plans and their closures: 2013, 2017, 2025, 2026... */
function yearsOfPlans(): Set<string> {
  const years = new Set<string>();
  for (const plan of data.plans) {
    for (const y of [plan.years.proposed, plan.years.decided, ...plan.years.implemented]) years.add(String(y));
  }
  return years;
}

describe('no plan or period is written in understanding, answers or replies', () => {
  const files = FOLDERS.flatMap((f) => sourceFiles(join(ROOT, f)));
  const planIds = data.plans.map((p) => p.id);
  const dates = [...datesOfPlans()];
  const years = [...yearsOfPlans()];

  it('scans the layers (and finds the data it scans for)', () => {
    expect(files.length).to.be.greaterThan(30);
    expect(planIds.length).to.be.greaterThan(0);
    expect(dates).to.include.members(['2026-02-28', '28 February 2026', 'February 2026', 'December 2017']);
    expect(years).to.include.members(['2013', '2017', '2025']);
  });

  it('finds a literal when one is written (the scanner reads strings, templates and numbers, not comments)', () => {
    const probe = (code: string) => scan(code).join(' ');
    expect(probe("const a = 'plan-2017'; // 2017 in a comment")).to.include('2017').and.not.include('comment');
    expect(probe('/* 2026 */ const b = 1;')).to.not.include('2026');
    expect(probe('const c = `in ${month} 2026`; if (x) { y(); } // 2013')).to.include('2026').and.not.include('2013');
  });

  for (const file of files) {
    it(relative(ROOT, file), () => {
      const code = codeTokens(file).join(' ');
      const found = [
        ...planIds.filter((id) => code.includes(id)).map((id) => `plan id "${id}"`),
        ...dates.filter((d) => code.includes(d)).map((d) => `date "${d}"`),
        ...years.filter((y) => new RegExp(`(?<![\\w.])${y}(?!\\d)`).test(code)).map((y) => `year ${y}`),
      ];
      expect(found, `${relative(ROOT, file)} writes plan facts into code; read them from data/ instead`).to.deep.equal([]);
    });
  }
});
