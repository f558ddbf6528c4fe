/**
 * Starts and stops Azurite's blob service (the Azure Storage emulator) as a
 * child process on loopback, for tests and for trying STORAGE=blob locally.
 *
 *   npx tsx scripts/azurite.ts [--port 10000] [--location DIR]
 *
 * prints the connection string to put in AZURE_STORAGE_CONNECTION_STRING and
 * runs until Ctrl+C. Tests call `startAzurite()` and `stop()` instead.
 *
 * Azurite runs from node_modules with plain `node` (npx would leave the server
 * behind when stopped), in its own process group so stop() ends all of it.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** The emulator's fixed, publicly documented development account (not a secret). */
export const AZURITE_ACCOUNT = 'devstoreaccount1';
export const AZURITE_KEY = 'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==';

export interface AzuriteOptions {
  /** 0 (the default) lets the OS pick a free port. */
  port?: number;
  /** Where Azurite keeps its data; default a new temporary folder, removed by stop(). */
  location?: string;
  /** How long to wait for Azurite to listen. */
  startTimeoutMs?: number;
}

export interface RunningAzurite {
  port: number;
  location: string;
  /** For AZURE_STORAGE_CONNECTION_STRING. */
  connectionString: string;
  /** Ends Azurite's whole process group and waits for it to exit. Safe to call twice. */
  stop(): Promise<void>;
  /** Freezes Azurite (SIGSTOP): connections stay open and nothing answers, like a stalled storage account. */
  pause(): void;
  /** Lets a paused Azurite carry on (SIGCONT). */
  resume(): void;
}

export function azuriteConnectionString(port: number): string {
  return `DefaultEndpointsProtocol=http;AccountName=${AZURITE_ACCOUNT};AccountKey=${AZURITE_KEY};BlobEndpoint=http://127.0.0.1:${port}/${AZURITE_ACCOUNT};`;
}

export async function startAzurite(options: AzuriteOptions = {}): Promise<RunningAzurite> {
  const ownLocation = !options.location;
  const location = options.location ?? mkdtempSync(path.join(os.tmpdir(), 'stationdesk-azurite-'));
  const main = path.join(path.dirname(require.resolve('azurite/package.json')), 'dist', 'src', 'blob', 'main.js');
  const args = [main, '--blobHost', '127.0.0.1', '--blobPort', String(options.port ?? 0), '--location', location, '--silent', '--skipApiVersionCheck', '--disableTelemetry'];
  const child = spawn(process.execPath, args, { detached: true, stdio: ['ignore', 'pipe', 'pipe'] });

  // If this process ends without calling stop() (a crashed test run), take Azurite with it.
  const killOnExit = () => killGroup(child, 'SIGKILL');
  process.once('exit', killOnExit);

  let stopping: Promise<void> | undefined;
  const stop = () => {
    stopping ??= (async () => {
      await endGroup(child);
      process.removeListener('exit', killOnExit);
      if (ownLocation) rmSync(location, { recursive: true, force: true });
    })();
    return stopping;
  };

  try {
    const port = await listeningPort(child, options.startTimeoutMs ?? 15_000);
    return {
      port,
      location,
      connectionString: azuriteConnectionString(port),
      stop: async () => {
        killGroup(child, 'SIGCONT');
        await stop();
      },
      pause: () => killGroup(child, 'SIGSTOP'),
      resume: () => killGroup(child, 'SIGCONT'),
    };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** Resolves with the port from Azurite's "successfully listens on http://127.0.0.1:PORT" line. */
function listeningPort(child: ChildProcess, timeoutMs: number): Promise<number> {
  return new Promise((resolve, reject) => {
    let output = '';
    const fail = (why: string) => {
      cleanup();
      reject(new Error(`Azurite did not start: ${why}. Its output:\n${output.trim() || '(none)'}`));
    };
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const listening = /successfully listens on https?:\/\/[^\s:]+:(\d+)/.exec(output);
      if (listening) {
        cleanup();
        resolve(Number(listening[1]));
      }
    };
    const onExit = (code: number | null, signal: NodeJS.Signals | null) => fail(`it exited (code ${code}, signal ${signal})`);
    const onError = (error: Error) => fail(error.message);
    const timer = setTimeout(() => fail(`no "listens" line within ${timeoutMs} ms`), timeoutMs);
    function cleanup() {
      clearTimeout(timer);
      child.stdout?.off('data', onData);
      child.stderr?.off('data', onData);
      child.off('exit', onExit);
      child.off('error', onError);
      // Keep draining, so a chatty Azurite never blocks on a full pipe.
      child.stdout?.resume();
      child.stderr?.resume();
    }
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', onExit);
    child.once('error', onError);
  });
}

/** SIGTERM to the group (Azurite closes cleanly), SIGKILL if it is still there after 3 s. */
async function endGroup(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  killGroup(child, 'SIGTERM');
  const timer = setTimeout(() => killGroup(child, 'SIGKILL'), 3_000);
  await exited;
  clearTimeout(timer);
}

function killGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // The group is already gone.
  }
}

function argument(name: string): string | undefined {
  const index = process.argv.indexOf(name);
  return index > 0 ? process.argv[index + 1] : undefined;
}

if (require.main === module) {
  startAzurite({ port: Number(argument('--port') ?? 10000), location: argument('--location') }).then(
    (azurite) => {
      process.stdout.write(
        `Azurite blob service on 127.0.0.1:${azurite.port} (data in ${azurite.location}); Ctrl+C stops it.\n` +
          `For .env:\nSTORAGE=blob\nAZURE_STORAGE_CONNECTION_STRING=${azurite.connectionString}\n`,
      );
      const onSignal = () => void azurite.stop().then(() => process.exit(0));
      process.once('SIGINT', onSignal);
      process.once('SIGTERM', onSignal);
    },
    (error: unknown) => {
      process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
      process.exit(1);
    },
  );
}
