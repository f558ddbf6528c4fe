/**
 * STORAGE=blob against a real Azurite blob service that this file starts and
 * stops itself (random loopback port, temporary folder): state written by one
 * bot instance is read by another, "forget me" deletes the blobs, /readyz
 * follows storage going away and coming back, and start-up refuses storage
 * that does not answer instead of hanging.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { type AddressInfo, createServer as createTcpServer, type Server, type Socket } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { ContainerClient } from '@azure/storage-blob';
import { expect } from 'chai';
import { type Activity, type Storage, TestAdapter } from 'botbuilder';
import { DateTime } from 'luxon';
import { startAzurite, azuriteConnectionString, AZURITE_KEY, type RunningAzurite } from '../../scripts/azurite';
import { buildStationDeskBot } from '../../src/bots/buildStationDeskBot';
import type { StorageConfig } from '../../src/config';
import { FrontCounterKnowledge } from '../../src/stations';
import { createStorage, type StateStorage, StateConflictError, StorageUnreachableError } from '../../src/storage';
import { exitOf, logLine, startEntryPoint } from '../server/entryPoint';
import { type RunningServer, startServer } from '../server/helpers';

/** Thursday 26 November 2026, 14:00 in London: the as-of date of the development set. */
const THURSDAY_AFTERNOON = DateTime.fromISO('2026-11-26T14:00', { zone: 'Europe/London' });

let runs = 0;
const unique = (prefix: string) => `${prefix}-${process.pid}-${++runs}`;

function blobConfig(connectionString: string, container: string): Extract<StorageConfig, { kind: 'blob' }> {
  return { kind: 'blob', connectionString, container };
}

/** A plain TCP listener on loopback; close() also drops the connections it took. */
async function tcpListener(): Promise<{ port: number; close(): Promise<void> }> {
  const sockets = new Set<Socket>();
  const server: Server = createTcpServer((socket) => {
    sockets.add(socket);
    socket.on('error', () => undefined);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

/** A port that nothing listens on (for a moment, which is all these tests need). */
async function closedPort(): Promise<number> {
  const listener = await tcpListener();
  await listener.close();
  return listener.port;
}

/** Every blob in the container whose key names this conversation, with its text. */
async function blobsOf(container: ContainerClient, conversationId: string): Promise<{ name: string; text: string }[]> {
  const found: { name: string; text: string }[] = [];
  for await (const item of container.listBlobsFlat()) {
    if (!decodeURIComponent(item.name).includes(conversationId)) continue;
    const text = (await container.getBlobClient(item.name).downloadToBuffer()).toString('utf8');
    found.push({ name: item.name, text });
  }
  return found;
}

describe('conversation state in Azure Blob Storage (Azurite)', function () {
  this.timeout(20_000);

  const knowledge = FrontCounterKnowledge.load();
  const location = mkdtempSync(path.join(os.tmpdir(), 'stationdesk-storage-test-'));
  const container = unique('stationdesk-test');
  let azurite: RunningAzurite | undefined;
  let connectionString = '';
  let blobs: ContainerClient;
  let state: StateStorage;

  before(async () => {
    try {
      azurite = await startAzurite({ location });
    } catch (error) {
      throw new Error(`These tests need Azurite (devDependency azurite) and could not start it: ${(error as Error).message}`);
    }
    connectionString = azurite.connectionString;
    blobs = new ContainerClient(connectionString, container);
    state = createStorage(blobConfig(connectionString, container));
    await state.open();
  });

  after(async () => {
    await azurite?.stop();
    rmSync(location, { recursive: true, force: true });
  });

  /** One bot instance: its own storage on the shared container, as a second server would have. */
  function botInstance(conversationId: string, storage: Storage): TestAdapter {
    const { bot } = buildStationDeskBot({ knowledge, storage, clock: () => THURSDAY_AFTERNOON });
    return new TestAdapter(async (context) => bot.run(context), {
      channelId: 'webchat',
      conversation: { id: conversationId, isGroup: false, conversationType: 'personal', name: '' },
      from: { id: 'resident-1', name: 'Resident' },
      recipient: { id: 'stationdesk', name: 'StationDesk' },
    });
  }

  async function ask(adapter: TestAdapter, text: string): Promise<string> {
    await adapter.receiveActivity(text);
    return adapter.activeQueue
      .splice(0)
      .map((reply: Partial<Activity>) => reply.text ?? '')
      .join('\n');
  }

  async function openedStorage(): Promise<Storage> {
    const opened = createStorage(blobConfig(connectionString, container));
    await opened.open();
    return opened.storage;
  }

  it('creates a missing container at start, and round-trips items with eTag checks (a stale eTag is refused)', async () => {
    const fresh = unique('stationdesk-fresh');
    const freshBlobs = new ContainerClient(connectionString, fresh);
    expect(await freshBlobs.exists()).to.equal(false);

    const opened = createStorage(blobConfig(connectionString, fresh));
    await opened.open();
    expect(await freshBlobs.exists()).to.equal(true);

    const item = { place: 'Café on Lewisham High Street, SE13 5JZ', visits: 2 };
    await opened.storage.write({ 'webchat/conversations/round-trip/': item });
    const read = await opened.storage.read(['webchat/conversations/round-trip/', 'not-there']);
    expect(Object.keys(read)).to.deep.equal(['webchat/conversations/round-trip/']);
    const stored = read['webchat/conversations/round-trip/'];
    expect(stored).to.include(item);
    expect(stored.eTag).to.be.a('string');

    // Another writer changed it since our read: writing with the old eTag is refused, not silently lost.
    await opened.storage.write({ 'webchat/conversations/round-trip/': { ...item, visits: 3, eTag: stored.eTag } });
    let conflict: unknown;
    await opened.storage.write({ 'webchat/conversations/round-trip/': { ...item, visits: 4, eTag: stored.eTag } }).catch((error: unknown) => (conflict = error));
    expect(conflict).to.be.instanceOf(StateConflictError);

    await opened.storage.delete(['webchat/conversations/round-trip/']);
    expect(await opened.storage.read(['webchat/conversations/round-trip/'])).to.deep.equal({});
  });

  it('a question asked on one instance is answered on another: the waiting question lives in the blob', async () => {
    const conversationId = unique('conv-two-instances');
    const first = botInstance(conversationId, await openedStorage());
    const second = botInstance(conversationId, await openedStorage());

    expect(await ask(first, 'nearest 24 hour police station')).to.match(/postcode/i);
    const [stored] = await blobsOf(blobs, conversationId);
    expect(stored?.text, 'conversation state blob').to.match(/"desk":"24\/7"/);

    const answer = await ask(second, 'SE13 6LW');
    expect(answer).to.match(/nearest 24-hour front counter to SE13 6LW is \*\*Lewisham Police Station\*\*/);

    // Without shared state the same postcode gets a general answer, not the 24-hour one: the test can fail.
    const unrelated = botInstance(unique('conv-no-context'), await openedStorage());
    expect(await ask(unrelated, 'SE13 6LW')).to.not.match(/nearest 24-hour front counter to SE13 6LW/);
  });

  it('"forget me" deletes the conversation\'s blobs', async () => {
    const conversationId = unique('conv-forget-me');
    const first = botInstance(conversationId, await openedStorage());
    const second = botInstance(conversationId, await openedStorage());

    expect(await ask(first, 'nearest police station to RM10 7TU')).to.match(/Dagenham/);
    const before = await blobsOf(blobs, conversationId);
    expect(before.map((blob) => blob.text).join('\n')).to.contain('RM10 7TU');

    expect((await ask(second, 'forget me')).toLowerCase()).to.match(/clear|forgot|deleted/);
    expect(await blobsOf(blobs, conversationId)).to.deep.equal([]);
    for await (const item of blobs.listBlobsFlat()) {
      const text = (await blobs.getBlobClient(item.name).downloadToBuffer()).toString('utf8');
      expect(text, item.name).to.not.contain('RM10 7TU');
    }
  });

  it('start-up names AZURE_STORAGE_CONNECTION_STRING when storage refuses the credentials', async () => {
    const wrongKey = connectionString.replace(AZURITE_KEY, Buffer.from('not the emulator key').toString('base64'));
    const opening = createStorage(blobConfig(wrongKey, container)).open();
    const error = await opening.then(() => undefined, (failure: unknown) => failure);
    expect(error).to.be.instanceOf(StorageUnreachableError);
    expect((error as Error).message).to.contain('AZURE_STORAGE_CONNECTION_STRING').and.contain('HTTP 403');
    expect((error as Error).message).to.not.contain('AccountKey');
  });

  it('start-up gives up on a closed port, naming AZURE_STORAGE_CONNECTION_STRING', async () => {
    const unreachable = createStorage(blobConfig(azuriteConnectionString(await closedPort()), container));
    const error = await unreachable.open().then(() => undefined, (failure: unknown) => failure);
    expect(error).to.be.instanceOf(StorageUnreachableError);
    expect((error as Error).message).to.contain('AZURE_STORAGE_CONNECTION_STRING').and.contain('ECONNREFUSED');
    expect(await unreachable.status()).to.equal('unreachable');
  });

  it('start-up does not hang on storage that accepts connections but never answers', async () => {
    // A listener that takes the connection and says nothing, like a black-holed endpoint.
    const silent = await tcpListener();
    try {
      const stuck = createStorage(blobConfig(azuriteConnectionString(silent.port), container), { timeouts: { openMs: 300, probeMs: 300 } });
      const error = await stuck.open().then(() => undefined, (failure: unknown) => failure);
      expect(error).to.be.instanceOf(StorageUnreachableError);
      expect((error as Error).message).to.contain('no answer in time');
      expect(await stuck.status()).to.equal('unreachable');
    } finally {
      await silent.close();
    }
  });

  it('the real entry point with STORAGE=blob opens the container, then reports storage on /readyz', async () => {
    const entryContainer = unique('stationdesk-entry');
    const child = startEntryPoint({ STORAGE: 'blob', AZURE_STORAGE_CONNECTION_STRING: connectionString, AZURE_STORAGE_CONTAINER: entryContainer });
    try {
      const ready = logLine(child, 'conversation storage ready');
      const listening = await logLine(child, 'listening');
      expect(await ready).to.include({ storage: 'blob', container: entryContainer });
      expect(await new ContainerClient(connectionString, entryContainer).exists()).to.equal(true);
      const res = await fetch(`http://127.0.0.1:${Number(listening.port)}/readyz`);
      expect(res.status).to.equal(200);
      expect(((await res.json()) as { checks: Record<string, unknown> }).checks).to.include({ storage: 'reachable' });
    } finally {
      const exited = exitOf(child);
      child.kill('SIGTERM');
      await exited;
    }
  });

  it('the real entry point stops at start, naming AZURE_STORAGE_CONNECTION_STRING, when storage does not answer', async () => {
    const child = startEntryPoint({ STORAGE: 'blob', AZURE_STORAGE_CONNECTION_STRING: azuriteConnectionString(await closedPort()) });
    let stderr = '';
    child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const code = await exitOf(child);
    expect(code).to.not.equal(0);
    expect(stderr).to.contain('AZURE_STORAGE_CONNECTION_STRING').and.contain('ECONNREFUSED');
    expect(stderr).to.not.contain(AZURITE_KEY);
  });

  it('/readyz answers 200 while storage answers, 503 while Azurite is stopped, and 200 again once it is back', async () => {
    const conversationId = unique('conv-restart');
    await ask(botInstance(conversationId, await openedStorage()), 'nearest 24 hour police station');

    const server: RunningServer = await startServer({
      bot: { run: async () => undefined },
      readiness: async () => {
        const storage = await state.status();
        return { ready: storage !== 'unreachable', checks: { storage } };
      },
    });
    try {
      const readyz = async () => {
        const res = await fetch(`${server.url}/readyz`);
        return { status: res.status, body: (await res.json()) as Record<string, unknown> };
      };
      expect(await readyz()).to.deep.equal({ status: 200, body: { status: 'ready', checks: { storage: 'reachable' } } });

      const port = azurite!.port;
      await azurite!.stop();
      expect(await readyz()).to.deep.equal({ status: 503, body: { status: 'not-ready', checks: { storage: 'unreachable' } } });

      // The same data folder and port: a storage restart loses nothing.
      azurite = await startAzurite({ location, port });
      expect(await readyz()).to.deep.equal({ status: 200, body: { status: 'ready', checks: { storage: 'reachable' } } });
      const answer = await ask(botInstance(conversationId, await openedStorage()), 'SE13 6LW');
      expect(answer).to.match(/nearest 24-hour front counter to SE13 6LW is \*\*Lewisham Police Station\*\*/);
    } finally {
      await server.close();
    }
  });
});
