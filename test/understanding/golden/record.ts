/**
 * Rewrites the golden recording of understanding (`questions.jsonl`) with what
 * the code reads today. Run it only when a change of reading is meant, then
 * review the diff (`git diff test/understanding/golden/questions.jsonl`): every
 * changed line is a message now read differently.
 *
 *   npm run golden:understanding              replay the recorded messages, rewrite their questions
 *   npm run golden:understanding -- --collect also run the test suite (not test/heldout) to add the
 *                                             messages it sends to understand() that are not recorded yet
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GOLDEN_FILE, inputKey, inputOf, readGolden, readJsonLines, readNow, writeGolden, type CollectedLine, type GoldenLine, type RecordedInput } from './goldenFile';

function existing(): RecordedInput[] {
  try {
    return readGolden().map(inputOf);
  } catch {
    return [];
  }
}

/** Runs the suite with the collecting hook; returns the messages it sent to understand(), with what they were read as. */
function collect(): CollectedLine[] {
  const dir = mkdtempSync(join(tmpdir(), 'understanding-inputs-'));
  const file = join(dir, 'inputs.jsonl');
  try {
    const run = spawnSync(
      'npx',
      [
        'mocha', '--require', 'tsx', '--require', 'test/understanding/golden/collectInputs.ts',
        // Never the held-out set (it is not tuned on), nor the tests that replay or generate messages.
        '--ignore', 'test/heldout/**', '--ignore', 'test/understanding/golden/**', '--ignore', 'test/**/*.properties.test.ts',
        '--reporter', 'dot',
      ],
      { stdio: ['ignore', 'inherit', 'inherit'], env: { ...process.env, UNDERSTANDING_INPUTS: file } },
    );
    if (run.status !== 0) console.warn(`The test suite exited with ${run.status}: the messages it sent are collected all the same.`);
    return readJsonLines<CollectedLine>(file);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const inputs = existing();
const known = new Set(inputs.map(inputKey));
if (process.argv.includes('--collect')) {
  let unfaithful = 0;
  for (const line of collect()) {
    // The replay (context through JSON, clock rebuilt from its ISO text) must read what the suite read.
    if (JSON.stringify(readNow(line).question) !== JSON.stringify(line.question)) {
      unfaithful++;
      console.warn(`Replayed differently from the suite's own run: ${JSON.stringify(inputOf(line)).slice(0, 300)}`);
    }
    if (known.has(inputKey(line))) continue;
    known.add(inputKey(line));
    inputs.push(inputOf(line));
  }
  console.log(`${unfaithful} collected messages replay differently from the suite's own run.`);
}
const lines: GoldenLine[] = inputs.map((i) => ({ ...inputOf(i), ...readNow(i) }));
writeGolden(lines);
console.log(`${lines.length} messages recorded in ${GOLDEN_FILE}. Review the change with: git diff --stat ${GOLDEN_FILE}; git diff ${GOLDEN_FILE}`);
