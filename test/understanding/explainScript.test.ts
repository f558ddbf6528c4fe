/**
 * `npm run explain` run as a child process, as an operator would: it prints the
 * reading, the rule that fired (the same rule `explainUnderstanding` reports in
 * process) and the later rules that also matched.
 */
import { expect } from 'chai';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { nextContext } from '../../src/understanding/context';
import { explainUnderstanding, understand, type Explanation } from '../../src/understanding/understand';
import { finder, NOW } from './helpers';

const ROOT = join(__dirname, '..', '..');
const NOW_ARG = ['--now', NOW.toISO() ?? ''];

function explain(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const run = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts', 'explain.ts'), ...args], { cwd: ROOT, encoding: 'utf8', timeout: 30_000 });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** The value printed after a label ("Rule", "Places"...), continuation lines included. */
function field(output: string, label: string): string {
  const lines = output.split('\n');
  const at = lines.findIndex((l) => l.startsWith(`${label} `));
  if (at < 0) return '';
  const rest = [lines[at].slice(label.length).trim()];
  for (let i = at + 1; i < lines.length && /^\s/.test(lines[i]); i++) rest.push(lines[i].trim());
  return rest.join('\n');
}

describe('npm run explain (scripts/explain.ts as a child process)', function () {
  this.timeout(60_000);

  it('prints the reading, the rule that fired and the runner-ups for "is brixtn open sunday"', () => {
    const { status, stdout } = explain(...NOW_ARG, 'is brixtn open sunday');
    expect(status).to.equal(0);
    const inProcess = explainUnderstanding('is brixtn open sunday', {}, NOW, finder);
    expect(field(stdout, 'Words read')).to.equal('is brixtn open sunday');
    expect(field(stdout, 'Moment')).to.include('"date":"2026-11-29"').and.include('Sunday');
    expect(field(stdout, 'Places')).to.match(/^"brixtn" -> place brixton "Brixton" \(score 0\.\d\d\)/);
    expect(field(stdout, 'Cues')).to.include('open');
    expect(field(stdout, 'Rule')).to.equal(`${inProcess.fired.rule}   [stage: ${inProcess.fired.stage}]`);
    expect(field(stdout, 'Question')).to.match(/^hours\n/).and.include('"weekday":7');
    const runnerUps = field(stdout, 'Also matched').split('\n');
    expect(runnerUps).to.deep.equal(inProcess.alsoMatched.map((m) => `${m.rule}   [${m.stage}]`));
    expect(runnerUps.length).to.be.greaterThan(0);
  });

  it('reads a follow-up in the conversation built by --after, as --context does', () => {
    const after = explain(...NOW_ARG, '--after', 'is brixton police station open', 'and on sunday?');
    expect(after.status).to.equal(0);
    expect(field(after.stdout, 'Context')).to.include('brixton police station');
    expect(field(after.stdout, 'Question')).to.match(/^hours\n/).and.include('(from the conversation) -> station brixton');

    const context = nextContext(understand('is brixton police station open', {}, NOW, finder), {});
    const given = explain(...NOW_ARG, '--context', JSON.stringify(context), 'and on sunday?');
    expect(given.status).to.equal(0);
    expect(field(given.stdout, 'Rule')).to.equal(field(after.stdout, 'Rule'));
    expect(field(given.stdout, 'Question')).to.equal(field(after.stdout, 'Question'));
  });

  it('gives the whole explanation as JSON with --json', () => {
    const { status, stdout } = explain(...NOW_ARG, '--json', 'nearest 24 hour station to IG8 0SB');
    expect(status).to.equal(0);
    const printed = JSON.parse(stdout) as Explanation & { message: string };
    const inProcess = explainUnderstanding('nearest 24 hour station to IG8 0SB', {}, NOW, finder);
    expect(printed.message).to.equal('nearest 24 hour station to IG8 0SB');
    expect(printed.fired).to.deep.equal(inProcess.fired);
    expect(printed.alsoMatched).to.deep.equal(inProcess.alsoMatched);
    expect(printed.question).to.deep.equal(JSON.parse(JSON.stringify(inProcess.question)));
    expect(printed.question).to.include({ intent: 'nearest', desk: '24/7' });
  });

  it('refuses a context that is not JSON, and a missing message, with the usage and exit code 2', () => {
    const badContext = explain('--context', '{not json', 'and on sunday?');
    expect(badContext.status).to.equal(2);
    expect(badContext.stderr).to.include('--context').and.include('usage: npm run explain');
    const noMessage = explain(...NOW_ARG);
    expect(noMessage.status).to.equal(2);
    expect(noMessage.stderr).to.include('Say which message to explain');
  });
});
