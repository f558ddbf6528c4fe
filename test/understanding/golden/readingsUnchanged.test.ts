/**
 * Every message the test suite sends to understanding is still read as the
 * question recorded for it in `questions.jsonl` (conversation context and
 * clock included). A refactor of understanding must leave this green; a change
 * meant to read messages differently regenerates the recording and shows the
 * changed readings in its diff.
 */
import { expect } from 'chai';
import { GOLDEN_FILE, readGolden, readNow } from './goldenFile';

const HOW_TO_REGENERATE = [
  'If these changes of reading are intended, regenerate the recording and review it:',
  '  npm run golden:understanding            (re-read the recorded messages)',
  '  npm run golden:understanding -- --collect   (also add messages new tests send)',
  `  git diff ${GOLDEN_FILE.replace(`${process.cwd()}/`, '')}   (each changed line is a message now read differently)`,
  'and commit the recording with the change. Otherwise the change altered what the bot understands: fix the code.',
].join('\n');

describe('understanding reads every recorded message as recorded (same rule, same question)', function () {
  // Nearly two thousand messages, each read twice (understand, and explain for the rule): seconds, more on a busy machine.
  this.timeout(120_000);
  const lines = readGolden();

  it(`holds a recording of the suite's messages`, () => {
    expect(lines.length).to.be.greaterThan(1000);
    expect(lines.filter((l) => l.context !== undefined).length, 'follow-ups with a conversation context').to.be.greaterThan(100);
  });

  it('reads each one as the question recorded for it', () => {
    const differences: string[] = [];
    for (const line of lines) {
      const read = readNow(line);
      const now = JSON.stringify(read.question);
      const then = JSON.stringify(line.question);
      if (now === then && read.rule === line.rule) continue;
      differences.push(
        `"${line.say}"${line.context ? ' (in a conversation)' : ''}\n    recorded: ${line.rule} -> ${then}\n    now:      ${read.rule} -> ${now}`,
      );
    }
    const shown = differences.slice(0, 15).join('\n');
    const more = differences.length > 15 ? `\n  ... and ${differences.length - 15} more` : '';
    expect(differences, `${differences.length} of ${lines.length} messages are read differently:\n${shown}${more}\n\n${HOW_TO_REGENERATE}\n`).to.deep.equal([]);
  });
});
