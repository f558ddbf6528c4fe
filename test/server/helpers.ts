/**
 * Shared pieces for the HTTP-edge tests: the real server on an ephemeral
 * loopback port, a logger that keeps its lines, and a stand-in Bot Connector
 * that records what the bot sends to its serviceUrl.
 */
import { createServer as createHttpServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ConfigError, type Config, loadConfig } from '../../src/config';
import { createLogger, type Logger } from '../../src/logging';
import { createAdapter, createServer, type ServerOptions, type TurnHandler } from '../../src/server';

export interface CapturedLogs {
  logger: Logger;
  lines: string[];
  /** Every line joined, for "does the log mention X" checks. */
  text(): string;
}

export function captureLogs(options: { logMessageText?: boolean } = {}): CapturedLogs {
  const lines: string[] = [];
  const logger = createLogger({ level: 'debug', format: 'json', logMessageText: options.logMessageText ?? false, write: (line) => lines.push(line) });
  return { logger, lines, text: () => lines.join('\n') };
}

export interface RunningServer {
  url: string;
  port: number;
  config: Config;
  logs: CapturedLogs;
  close(): Promise<void>;
}

export interface StartOptions {
  env?: Record<string, string>;
  bot: TurnHandler;
  /** The bot's state coordinator (its TurnStorage), when the test runs a bot with state. */
  state?: ServerOptions['state'];
  /** Logs to write to (e.g. the ones the bot's storage already writes to); fresh ones by default. */
  logs?: CapturedLogs;
  readiness?: ServerOptions['readiness'];
  fetch?: typeof fetch;
  logMessageText?: boolean;
  /** Where the page's files come from; defaults to the repository's public/. */
  publicDir?: string;
}

/**
 * Loopback, a port the OS picks, and no rate limits: tests send many requests from
 * one address. The tests of the limits themselves set them.
 */
export const TEST_ENV: Record<string, string> = {
  PORT: '0',
  HOST: '127.0.0.1',
  NODE_ENV: 'test',
  RATE_LIMIT_MESSAGES_PER_MINUTE: '0',
  RATE_LIMIT_TOKENS_PER_MINUTE: '0',
  RATE_LIMIT_DIRECTLINE_PER_MINUTE: '0',
};

/** The real server (real adapter, real auth) on 127.0.0.1 and a port the OS picks. */
export async function startServer(options: StartOptions): Promise<RunningServer> {
  const config = loadConfig({ ...TEST_ENV, ...options.env });
  const logs = options.logs ?? captureLogs({ logMessageText: options.logMessageText ?? config.logMessageText });
  const adapter = createAdapter(config, logs.logger, { reuseClients: true });
  const server = createServer({
    config,
    adapter,
    bot: options.bot,
    state: options.state,
    logger: logs.logger,
    readiness: options.readiness,
    fetch: options.fetch,
    publicDir: options.publicDir,
  });
  const { port } = await server.listen();
  return { url: `http://127.0.0.1:${port}`, port, config, logs, close: async () => void (await server.close()) };
}

export interface RecordedActivity {
  /** POST for a new message, PUT for a message updated in place. */
  method: string;
  path: string;
  body: Record<string, unknown>;
}

export interface StandInConnector {
  url: string;
  received: RecordedActivity[];
  /** Resolves when the bot has sent `count` activities in all. */
  waitFor(count: number): Promise<RecordedActivity[]>;
  /** While held, the connector does not answer the bot, so its turn stays in flight. */
  hold(): void;
  release(): void;
  close(): Promise<void>;
}

/** Plays the channel's Bot Connector: the bot POSTs its replies here via serviceUrl. */
export async function startStandInConnector(): Promise<StandInConnector> {
  const received: RecordedActivity[] = [];
  const waiters: { count: number; resolve: (all: RecordedActivity[]) => void }[] = [];
  let held: (() => void)[] | undefined;

  const server = createHttpServer(async (req, res) => {
    const body = await readJson(req);
    received.push({ method: req.method ?? '', path: req.url ?? '', body });
    for (const waiter of waiters.filter((w) => received.length >= w.count)) {
      waiters.splice(waiters.indexOf(waiter), 1);
      waiter.resolve([...received]);
    }
    const answer = () => reply(res, 200, { id: `reply-${received.length}` });
    if (held) held.push(answer);
    else answer();
  });
  const url = await listenOnLoopback(server);
  return {
    url,
    received,
    waitFor: (count) =>
      received.length >= count ? Promise.resolve([...received]) : new Promise((resolve) => waiters.push({ count, resolve })),
    hold: () => {
      held = [];
    },
    release: () => {
      const pending = held ?? [];
      held = undefined;
      for (const answer of pending) answer();
    },
    close: () => closeServer(server),
  };
}

export function listenOnLoopback(server: Server): Promise<string> {
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`));
  });
}

export function closeServer(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });
}

export async function readJson(req: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  return text ? (JSON.parse(text) as Record<string, unknown>) : {};
}

export function reply(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'Content-Type': 'application/json' });
  res.end(JSON.stringify(body));
}

/** A minimal message activity as a channel would post it to /api/messages. */
export function messageActivity(serviceUrl: string, text: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    type: 'message',
    id: 'activity-1',
    timestamp: new Date().toISOString(),
    channelId: 'test',
    serviceUrl,
    from: { id: 'user-1', name: 'Resident', role: 'user' },
    recipient: { id: 'bot-1', name: 'StationDesk', role: 'bot' },
    conversation: { id: 'conversation-1' },
    text,
    ...extra,
  };
}

export function postJson(url: string, body: unknown, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body: JSON.stringify(body) });
}

/**
 * Runs `action` with console.error captured and returns what was written
 * there: the Bot Framework SDK reports some rejected tokens on the console,
 * which a test can then check instead of printing it among its results.
 */
export async function consoleErrorsDuring(action: () => Promise<void>): Promise<string[]> {
  const written: string[] = [];
  const original = console.error;
  console.error = (...args: unknown[]) => {
    written.push(args.map(String).join(' '));
  };
  try {
    await action();
  } finally {
    console.error = original;
  }
  return written;
}

/** The ConfigError `loadConfig` raises for `env`; fails the test if it raises none (or another error). */
export function configErrorFor(env: Record<string, string>): ConfigError {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error(`expected a ConfigError for ${JSON.stringify(env)}`);
}
