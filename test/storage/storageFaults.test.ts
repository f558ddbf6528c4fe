/**
 * The real server on STORAGE=blob while Azurite (started here) is frozen
 * (SIGSTOP: connections open, no answers) or gone: every turn still ends
 * within its deadline, questions that need no memory are answered with a
 * plain "I can't remember our conversation", the fault is logged once,
 * /readyz says 503, and everything comes back by itself with the store.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect } from 'chai';
import { startAzurite, type RunningAzurite } from '../../scripts/azurite';
import { CANNOT_REMEMBER_NOTE } from '../../src/http/turnRunner';
import { ask, type BlobInstance, question, startBlobInstance } from './blobInstances';

async function readyzStatus(instance: BlobInstance): Promise<number> {
  return (await fetch(`${instance.url}/readyz`)).status;
}

async function eventually(check: () => Promise<boolean>, withinMs: number): Promise<void> {
  const deadline = Date.now() + withinMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`not within ${withinMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

async function timed<T>(work: Promise<T>): Promise<{ value: T; ms: number }> {
  const started = Date.now();
  const value = await work;
  return { value, ms: Date.now() - started };
}

describe('storage stalled or dead under a running server (Azurite)', function () {
  this.timeout(60_000);

  const location = mkdtempSync(path.join(os.tmpdir(), 'stationdesk-faults-'));
  let azurite: RunningAzurite;
  let instance: BlobInstance;

  before(async () => {
    azurite = await startAzurite({ location });
    instance = await startBlobInstance(azurite.connectionString, `stationdesk-faults-${process.pid}`, { STORAGE_TIMEOUT_MS: '500' });
  });

  after(async () => {
    await instance?.close();
    await azurite?.stop();
    rmSync(location, { recursive: true, force: true });
  });

  const faultLogs = () => instance.logs.lines.filter((line) => line.includes('conversation storage unavailable'));

  for (const fault of ['stalled (SIGSTOP)', 'dead (stopped)'] as const) {
    it(`${fault}: answers within the deadline without memory, logs once, /readyz 503, then recovers by itself`, async () => {
      const conversation = `faults-${fault.split(' ')[0]}-${process.pid}`;
      expect((await ask(instance, question(conversation, 'nearest 24 hour police station'))).join('\n')).to.match(/postcode/i);
      const faultsBefore = faultLogs().length;

      const port = azurite.port;
      if (fault === 'stalled (SIGSTOP)') azurite.pause();
      else await azurite.stop();
      try {
        for (const text of ['is Brixton open now?', 'which police front desks are open 24/7', 'SE13 6LW']) {
          const { value: replies, ms } = await timed(ask(instance, question(conversation, text)));
          expect(ms, `${text} took ${ms} ms`).to.be.lessThan(3_000);
          expect(replies.length, text).to.be.greaterThan(1);
          expect(replies.at(-1), text).to.equal(CANNOT_REMEMBER_NOTE);
          expect(replies[0], text).to.not.match(/something went wrong/i);
        }
        expect(faultLogs().length - faultsBefore, 'fault logged once').to.equal(1);
        expect(await readyzStatus(instance)).to.equal(503);
        expect((await fetch(`${instance.url}/healthz`)).status).to.equal(200);
      } finally {
        if (fault === 'stalled (SIGSTOP)') azurite.resume();
        else azurite = await startAzurite({ location, port });
      }

      await eventually(async () => (await readyzStatus(instance)) === 200, 15_000);
      expect(instance.logs.text()).to.contain('conversation storage is back');
      // The waiting question was kept through the fault (nothing overwrote it): the postcode completes it now.
      const after = (await ask(instance, question(conversation, 'SE13 6LW'))).join('\n');
      expect(after).to.match(/nearest 24-hour front counter to SE13 6LW is \*\*Lewisham/);
      expect(after).to.not.contain(CANNOT_REMEMBER_NOTE);
    });
  }
});
