/**
 * Runs the real entry point (src/index.ts, whatever bot it wires) as a child
 * process with a neutral environment, and reads its JSON log lines.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { createInterface } from 'node:readline';

const repoRoot = path.resolve(__dirname, '../..');

// Blank values count as "set" for dotenv, so a developer's .env cannot change what these tests run.
export const NEUTRAL_ENV = {
  PORT: '0',
  HOST: '127.0.0.1',
  NODE_ENV: 'production',
  LOG_LEVEL: 'info',
  LOG_MESSAGE_TEXT: 'false',
  MicrosoftAppId: '',
  MicrosoftAppPassword: '',
  MicrosoftAppType: '',
  MicrosoftAppTenantId: '',
  BotOpenIdMetadata: '',
  DIRECTLINE_SECRET: '',
  STORAGE: 'memory',
};

export function startEntryPoint(env: Record<string, string>, nodeOptions: string[] = []): ChildProcess {
  return spawn(process.execPath, [...nodeOptions, '--import', 'tsx', 'src/index.ts'], {
    cwd: repoRoot,
    env: { ...process.env, ...NEUTRAL_ENV, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

export function exitOf(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => child.once('exit', (code) => resolve(code)));
}

/** Resolves with the first JSON log line the child writes that has this msg. */
export function logLine(child: ChildProcess, msg: string): Promise<Record<string, unknown>> {
  return new Promise((resolve, reject) => {
    const lines = createInterface({ input: child.stdout! });
    lines.on('line', (line) => {
      try {
        const parsed = JSON.parse(line) as Record<string, unknown>;
        if (parsed.msg === msg) resolve(parsed);
      } catch {
        // Not a log line; ignore.
      }
    });
    child.once('exit', () => reject(new Error(`child exited before logging "${msg}"`)));
  });
}
