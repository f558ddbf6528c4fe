/**
 * A production start (`npm run start:production`: the compiled bot, with node) takes the knowledge core's
 * timeline and place index from the snapshot `npm run build` left (src/stations/knowledgeSnapshot.ts)
 * rather than building them, and answers from it: a snapshot silently refused would only show as a slower
 * start. A development start (tsx, no snapshot beside src/) builds them from data/.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { expect } from 'chai';
import { exitOf, logLine, NEUTRAL_ENV, startEntryPoint } from './entryPoint';
import { messageActivity, postJson } from './helpers';

const repoRoot = path.resolve(__dirname, '../..');

describe('where a start takes the knowledge core\'s indexes from', function () {
  this.timeout(30_000);

  it('a production start reads them from the build and answers from them', async () => {
    const child = spawn(process.execPath, ['--disable-warning=DEP0111', '--optimize-for-size', 'dist/src/index.js'], {
      cwd: repoRoot,
      env: { ...process.env, ...NEUTRAL_ENV, POSTCODES_IO_URL: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const exited = exitOf(child);
    try {
      const loaded = logLine(child, 'station data loaded');
      const listening = await logLine(child, 'listening');
      expect((await loaded).indexesMade, 'dist/ has no snapshot made from data/ as it is: run npm run build').to.equal('at build');
      const port = Number(listening.port);
      expect((await fetch(`http://127.0.0.1:${port}/readyz`)).status).to.equal(200);
      const res = await postJson(`http://127.0.0.1:${port}/api/messages`, messageActivity('https://example.invalid', 'nearest 24 hour desk to wood green', { deliveryMode: 'expectReplies', channelId: 'webchat' }));
      expect(res.status).to.equal(200);
      expect(JSON.stringify(await res.json())).to.match(/Wood Green/);
      child.kill('SIGTERM');
      expect(await exited).to.equal(0);
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
    }
  });

  it('a development start builds them from data/', async () => {
    const child = startEntryPoint({});
    const exited = exitOf(child);
    try {
      const [loaded] = await Promise.all([logLine(child, 'station data loaded'), logLine(child, 'listening')]);
      expect(loaded.indexesMade).to.equal('at start');
      child.kill('SIGTERM');
      expect(await exited).to.equal(0);
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
    }
  });
});
