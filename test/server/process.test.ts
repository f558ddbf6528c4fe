/**
 * The real entry point (src/index.ts) as a child process: it refuses a bad
 * configuration by name, and on SIGTERM it stops accepting connections,
 * finishes the turn in flight, then exits cleanly.
 */
import { connect } from 'node:net';
import { expect } from 'chai';
import { exitOf, logLine, startEntryPoint } from './entryPoint';
import { messageActivity, postJson, startStandInConnector } from './helpers';

function connectionRefused(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(false);
    });
    socket.once('error', (error: NodeJS.ErrnoException) => resolve(error.code === 'ECONNREFUSED'));
  });
}

describe('the StationDesk process', function () {
  this.timeout(30_000);

  it('stops at start with a non-zero exit and a message naming PORT when PORT=abc', async () => {
    const child = startEntryPoint({ PORT: 'abc' });
    let stderr = '';
    child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const code = await exitOf(child);
    expect(code).to.not.equal(0);
    expect(stderr).to.contain('PORT');
  });

  it('on SIGTERM stops accepting, finishes the turn in flight, then exits 0', async () => {
    const connector = await startStandInConnector();
    const child = startEntryPoint({ ALLOWED_SERVICE_URLS: connector.url });
    const exited = exitOf(child);
    try {
      const listening = await logLine(child, 'listening');
      const port = Number(listening.port);

      // Hold the bot's reply at the connector, so its turn is still running when the signal arrives.
      connector.hold();
      const inFlight = postJson(`http://127.0.0.1:${port}/api/messages`, messageActivity(connector.url, 'is Woodford staying open?'));
      await connector.waitFor(1);

      const stoppedAccepting = logLine(child, 'stopped accepting connections; finishing in-flight turns');
      child.kill('SIGTERM');
      await stoppedAccepting;
      expect(await connectionRefused(port)).to.equal(true);
      expect(child.exitCode).to.equal(null);

      connector.release();
      const res = await inFlight;
      expect(res.status).to.equal(200);
      expect(connector.received[0].body.text).to.contain('Woodford');
      expect(await exited).to.equal(0);
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
      await connector.close();
    }
  });

  it('on SIGTERM with a turn that outlasts SHUTDOWN_GRACE_MS: logs the abandoned turn and exits 1', async () => {
    const connector = await startStandInConnector();
    const child = startEntryPoint({ ALLOWED_SERVICE_URLS: connector.url, SHUTDOWN_GRACE_MS: '1000', REPLY_TIMEOUT_MS: '20000' });
    const exited = exitOf(child);
    try {
      const listening = await logLine(child, 'listening');
      connector.hold();
      const inFlight = postJson(`http://127.0.0.1:${Number(listening.port)}/api/messages`, messageActivity(connector.url, 'is Woodford staying open?')).catch(() => undefined);
      await connector.waitFor(1);

      const abandoned = logLine(child, 'shutdown grace period over; abandoning turns still in flight');
      const started = Date.now();
      child.kill('SIGTERM');
      expect(await abandoned).to.include({ abandonedTurns: 1 });
      expect(await exited).to.equal(1);
      expect(Date.now() - started).to.be.lessThan(10_000);
      await inFlight;
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
      connector.release();
      await connector.close();
    }
  });
});
