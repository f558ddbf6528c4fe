/**
 * `npm run eval:heldout [-- --json FILE] [-- --topic NAME] [-- --batch LABEL] [-- --rates-only]`:
 * plays the held-out set (test/heldout/, never tuned on) through the real bot
 * and reports how much of it the bot gets right: each failing turn (said /
 * expected / got), a per-topic table, the pass rate of each batch and the
 * overall pass rate, by case and by turn (`--rates-only` leaves the failing turns
 * out, so a batch can be measured without anyone reading its misses). It reports, it does not gate: the exit code is 0 whatever the rate,
 * and 1 only if a case crashed the bot.
 */
import { writeFileSync } from 'node:fs';
import { HELDOUT_BATCHES, HELDOUT_CASES, type LabelledHeldoutCase } from '../test/heldout/heldoutSet';
import { HELDOUT_NOW, playCase, type CaseVerdict } from '../test/heldout/playHeldout';

interface Options {
  json?: string;
  topic?: string;
  batch?: string;
  ratesOnly?: boolean;
}

function parseOptions(argv: readonly string[]): Options {
  const options: Options = {};
  for (let i = 0; i < argv.length; i += 2) {
    const [flag, value] = [argv[i], argv[i + 1]];
    if (flag === '--rates-only') {
      options.ratesOnly = true;
      i -= 1;
    } else if (flag === '--json' && value) options.json = value;
    else if (flag === '--topic' && value) options.topic = value;
    else if (flag === '--batch' && value) options.batch = value;
    else throw new Error(`unknown option ${flag} (use --json FILE, --topic NAME, --batch LABEL, --rates-only)`);
  }
  return options;
}

const percent = (passed: number, total: number): string => (total === 0 ? '-' : `${((100 * passed) / total).toFixed(1)}%`);
const oneLine = (text: string, max = 260): string => {
  const flat = text.replace(/\s*\n\s*/g, ' ⏎ ');
  return flat.length > max ? `${flat.slice(0, max)}…` : flat;
};

interface Tally {
  cases: number;
  passedCases: number;
  turns: number;
  passedTurns: number;
}

/** A played case with the batch it came from. */
type Played = CaseVerdict & { case: LabelledHeldoutCase };

function tally(verdicts: readonly CaseVerdict[]): Tally {
  const turns = verdicts.flatMap((v) => v.turns);
  return {
    cases: verdicts.length,
    passedCases: verdicts.filter((v) => v.passed).length,
    // Turns a crash kept from being played count as failed.
    turns: verdicts.reduce((n, v) => n + v.case.turns.length, 0),
    passedTurns: turns.filter((t) => t.passed).length,
  };
}

function printFailures(verdicts: readonly Played[]): void {
  for (const v of verdicts) {
    if (v.passed) continue;
    const where = `batch ${v.case.batch}, ${v.case.topic}${v.case.channel === 'msteams' ? ' (Teams)' : ''}`;
    v.turns.forEach((turn, index) => {
      if (turn.passed) return;
      const step = v.case.turns.length > 1 ? ` [turn ${index + 1}/${v.case.turns.length}]` : '';
      console.log(`✗ ${where}${step}`);
      console.log(`    said:     ${oneLine(turn.say, 200)}`);
      console.log(`    expected: ${turn.misses.join('; ')}`);
      console.log(`    got:      ${oneLine(turn.got) || '(nothing)'}`);
    });
    if (v.crash) console.log(`    CRASH:    ${oneLine(v.crash, 600)}`);
  }
}

/** One table of tallies by a key (topic or batch), with the overall row last. */
function printTable(heading: string, byKey: ReadonlyMap<string, Tally>, total: Tally): void {
  const width = Math.max(...[...byKey.keys()].map((t) => t.length), 'overall'.length, heading.length);
  const row = (name: string, t: Tally): string =>
    `${name.padEnd(width)}  ${`${t.passedCases}/${t.cases}`.padStart(7)}  ${percent(t.passedCases, t.cases).padStart(6)}  ${`${t.passedTurns}/${t.turns}`.padStart(7)}  ${percent(t.passedTurns, t.turns).padStart(6)}`;
  console.log(`\n${heading.padEnd(width)}  ${'cases'.padStart(7)}  ${''.padStart(6)}  ${'turns'.padStart(7)}`);
  for (const [key, t] of byKey) console.log(row(key, t));
  console.log(row('overall', total));
}

/** Tallies of the verdicts grouped by a key, in the keys' given order. */
function tallyBy(verdicts: readonly Played[], keys: readonly string[], keyOf: (v: Played) => string): Map<string, Tally> {
  return new Map(keys.map((key) => [key, tally(verdicts.filter((v) => keyOf(v) === key))]));
}

const rateLine = (t: Tally): string =>
  `${percent(t.passedCases, t.cases)} of cases (${t.passedCases}/${t.cases}), ${percent(t.passedTurns, t.turns)} of turns (${t.passedTurns}/${t.turns})`;

async function main(): Promise<number> {
  const options = parseOptions(process.argv.slice(2));
  const cases = HELDOUT_CASES.filter((c) => (!options.topic || c.topic === options.topic) && (!options.batch || c.batch === options.batch));
  const verdicts: Played[] = [];
  for (const c of cases) verdicts.push({ ...(await playCase(c)), case: c });

  console.log(`Held-out set (never tuned on), as of ${HELDOUT_NOW.toFormat("cccc d LLLL yyyy, HH:mm")} London: ${cases.length} cases\n`);
  if (!options.ratesOnly) printFailures(verdicts);

  const byTopic = tallyBy(verdicts, [...new Set(cases.map((c) => c.topic))].sort(), (v) => v.case.topic);
  const batches = HELDOUT_BATCHES.filter((b) => cases.some((c) => c.batch === b.label));
  const byBatch = tallyBy(verdicts, batches.map((b) => b.label), (v) => v.case.batch);
  const total = tally(verdicts);
  printTable('topic', byTopic, total);
  printTable('batch', byBatch, total);
  const crashes = verdicts.filter((v) => v.crash);
  console.log('');
  for (const b of batches) console.log(`Batch ${b.label} (written ${b.written}): ${rateLine(byBatch.get(b.label) as Tally)}`);
  console.log(`Held-out pass rate: ${rateLine(total)}` + (crashes.length ? `; ${crashes.length} case(s) CRASHED the bot` : ''));

  if (options.json) {
    const summary = {
      asOf: HELDOUT_NOW.toISO(),
      ...total,
      caseRate: total.passedCases / Math.max(total.cases, 1),
      turnRate: total.passedTurns / Math.max(total.turns, 1),
      crashes: crashes.length,
      byTopic: Object.fromEntries(byTopic),
      byBatch: Object.fromEntries(byBatch),
      failures: verdicts
        .filter((v) => !v.passed && !options.ratesOnly)
        .map((v) => ({
          batch: v.case.batch,
          topic: v.case.topic,
          channel: v.case.channel ?? 'webchat',
          turns: v.turns.filter((t) => !t.passed).map((t) => ({ say: t.say, misses: t.misses, got: t.got })),
          ...(v.crash ? { crash: v.crash } : {}),
        })),
    };
    writeFileSync(options.json, `${JSON.stringify(summary, null, 2)}\n`);
    console.log(`Summary written to ${options.json}`);
  }
  return crashes.length > 0 ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(2);
  },
);
