import path from 'node:path';
import { expect } from 'chai';
import { exitOf, logLine, startEntryPoint } from './entryPoint';
import { messageActivity, postJson } from './helpers';

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

  it('loads neither the Azure Blob Storage SDK (state in memory) nor the card template engine before a card is filled', async () => {
    const loaded = await packagesLoadedBy(async (port) => {
      expect((await fetch(`http://127.0.0.1:${port}/readyz`)).status).to.equal(200);
    });
    // The preload's report is real: the packages every start needs are listed.
    expect(loaded).to.include.members(['restify', 'botbuilder']);
    expect(loaded).to.not.include('@azure/storage-blob');
    expect(loaded).to.not.include('adaptivecards-templating');
  });

  it('loads the card template engine when the first card is filled', async () => {
    let reply: { activities?: { attachments?: { contentType: string }[] }[] } = {};
    const loaded = await packagesLoadedBy(async (port) => {
      const activity = messageActivity('https://example.invalid', 'is Woodford staying open?', { deliveryMode: 'expectReplies', channelId: 'webchat' });
      const res = await postJson(`http://127.0.0.1:${port}/api/messages`, activity);
      expect(res.status).to.equal(200);
      reply = (await res.json()) as typeof reply;
    });
    const contentTypes = (reply.activities ?? []).flatMap((a) => a.attachments ?? []).map((a) => a.contentType);
    expect(contentTypes).to.include('application/vnd.microsoft.card.adaptive');
    expect(loaded).to.include('adaptivecards-templating');
  });
});
