/**
 * The questions residents are promised to be answered (the README's "Questions
 * that work") and the development set (/work/shared/examples/resident-questions.tsv),
 * as conversations of turns, for tests that play every one through the real bot.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface ResidentConversation {
  /** Where it comes from: `README` or `dev set #12`. */
  from: string;
  turns: string[];
}

const ROOT = join(__dirname, '..', '..');

/** README bullets: each backticked question is asked on its own, unless `→` joins them into one conversation. */
export function readmeConversations(): ResidentConversation[] {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const section = /## Questions that work\n([\s\S]*?)\n## /.exec(readme)?.[1] ?? '';
  const out: ResidentConversation[] = [];
  for (const line of section.split('\n').filter((l) => l.startsWith('- '))) {
    const questions = [...line.matchAll(/`([^`]+)`/g)].map((m) => m[1]);
    if (line.includes('→')) out.push({ from: 'README', turns: questions });
    else for (const q of questions) out.push({ from: 'README', turns: [q] });
  }
  return out;
}

/** Where the development set is: beside the repository in a checkout of the project, absent on a bare clone. */
export const DEV_SET = join(ROOT, '..', 'shared', 'examples', 'resident-questions.tsv');
const DEV_SET_FALLBACK = '/work/shared/examples/resident-questions.tsv';

export function devSetPath(): string | null {
  if (existsSync(DEV_SET)) return DEV_SET;
  return existsSync(DEV_SET_FALLBACK) ? DEV_SET_FALLBACK : null;
}

/** The development set's conversations, turns in order (rows sharing a number are one conversation). */
export function devSetConversations(): ResidentConversation[] {
  const path = devSetPath();
  if (!path) return [];
  const byNumber = new Map<string, string[]>();
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (line.startsWith('#') || line.trim() === '') continue;
    const [n, message] = line.split('\t');
    byNumber.set(n, [...(byNumber.get(n) ?? []), message]);
  }
  return [...byNumber].map(([n, turns]) => ({ from: `dev set #${n}`, turns }));
}
