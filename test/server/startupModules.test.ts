import path from 'node:path';
import { expect } from 'chai';
import { exitOf, logLine, startEntryPoint } from './entryPoint';

/**
 * What a start with the embedded defaults loads: packages only some
 * configurations or turns need are loaded when first needed, because loading
 * them is a large share of the time to a ready /readyz.
 */
async function packagesLoadedBy(exercise: (port: number) => Promise<void>): Promise<string[]> {
  const child = startEntryPoint({}, ['-r', path.join(__dirname, 'reportLoadedPackages.cjs')]);
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = exitOf(child);
  try {
    const listening = await logLine(child, 'listening');
    await exercise(Number(listening.port));
    child.kill('SIGTERM');
    expect(await exited).to.equal(0);
  } finally {
    if (child.exitCode === null) child.kill('SIGKILL');
  }
  const line = /loaded packages: (.*)/.exec(stderr);
  expect(line, stderr).to.not.equal(null);
  return JSON.parse(line![1]) as string[];
}

describe('start-up with the embedded defaults', function () {
  this.timeout(30_000);

  it('does not load the Azure Blob Storage SDK when state is kept in memory', async () => {
    const loaded = await packagesLoadedBy(async (port) => {
      expect((await fetch(`http://127.0.0.1:${port}/readyz`)).status).to.equal(200);
    });
    // The preload's report is real: the packages every start needs are listed.
    expect(loaded).to.include.members(['restify', 'botbuilder']);
    expect(loaded).to.not.include('@azure/storage-blob');
  });
});
