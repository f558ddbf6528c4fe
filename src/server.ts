/**
 * StationDesk's HTTP edge: the restify server that channels, probes and the
 * Web Chat page talk to. It knows nothing about stations or dialogs: the bot
 * arrives already built (anything with `run(context)`), so the composition
 * root can swap it.
 *
 *   POST /api/messages          Bot Framework activities (CloudAdapter, token-checked unless anonymous)
 *   GET  /healthz, /readyz      liveness, readiness (the injected `readiness()`)
 *   POST /api/directline/token  a Direct Line token for the page (Azure or local)
 *   /v3/directline/*            the local Direct Line, when no DIRECTLINE_SECRET and no app id
 *   GET  /*                     the Web Chat page from public/
 */
import { existsSync, readdirSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import * as restify from 'restify';
import { AuthenticationConstants } from 'botframework-connector';
import {
  type Activity,
  CallerIdConstants,
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  type ConfigurationBotFrameworkAuthenticationOptions,
  type InvokeResponse,
  type TurnContext,
} from 'botbuilder';
import { type Config, isAnonymous } from './config';
import { inboundActivityProblem } from './inboundActivity';
import type { Logger } from './logging';
import { DirectLineTokenError, exchangeSecretForToken } from './directline/azureTokens';
import { LocalChannelService } from './directline/channelService';
import { ConversationStore, isWireActivity, type WireActivity } from './directline/conversationStore';
import { LOCAL_DIRECTLINE_PATH, LocalDirectLine } from './directline/localDirectLine';
import { LocalTokenIssuer } from './directline/localTokens';

/** What the server needs from a bot: ActivityHandler and friends fit. */
export interface TurnHandler {
  run(context: TurnContext): Promise<void>;
}

export interface ReadinessReport {
  ready: boolean;
  /** Short, non-sensitive facts for operators, e.g. { stations: 'loaded', storage: 'reachable' }. */
  checks?: Record<string, string | number | boolean>;
}

export type ReadinessCheck = () => Promise<boolean | ReadinessReport>;

export interface ServerOptions {
  config: Config;
  adapter: StationDeskAdapter;
  bot: TurnHandler;
  logger: Logger;
  /** Whether the bot can serve (data loaded, storage reachable). Defaults to always ready. */
  readiness?: ReadinessCheck;
  /** Where index.html and vendor/webchat.js live; defaults to the repository's public/. */
  publicDir?: string;
  /** Used for the Direct Line token exchange; tests pass a stand-in. */
  fetch?: typeof fetch;
  /** How long a shutdown waits for in-flight turns before closing connections anyway. */
  shutdownGraceMs?: number;
}

export interface StationDeskServer {
  /** Starts listening on config.host:config.port; resolves with the port actually bound (PORT=0 picks one). */
  listen(): Promise<{ port: number; url: string }>;
  /** Graceful stop: refuse new connections, let in-flight turns finish, then close. Safe to call twice. */
  close(): Promise<void>;
  /** How the page's Direct Line is served: Azure (secret), the local one, or none (app id set without secret). */
  readonly directLineMode: DirectLineMode;
}

export type DirectLineMode = 'azure' | 'local' | 'off';

export const TURN_ERROR_REPLY = 'Sorry, something went wrong on my side. Please try again in a moment.';

/** CloudAdapter whose activity pipeline the server can call directly, for both /api/messages and the local Direct Line. */
export class StationDeskAdapter extends CloudAdapter {
  runActivity(authHeader: string, activity: Activity, logic: (context: TurnContext) => Promise<void>): Promise<InvokeResponse | undefined> {
    return this.processActivity(authHeader, activity, logic);
  }
}

/**
 * The adapter, authenticated from configuration: anonymous without MicrosoftAppId,
 * otherwise every inbound activity must carry a valid Bot Framework token.
 */
export function createAdapter(config: Config, logger: Logger): StationDeskAdapter {
  const { auth } = config;
  const settings: ConfigurationBotFrameworkAuthenticationOptions = {};
  if (auth.appId) {
    settings.MicrosoftAppId = auth.appId;
    settings.MicrosoftAppType = auth.appType;
    if (auth.appPassword) settings.MicrosoftAppPassword = auth.appPassword;
    if (auth.tenantId) settings.MicrosoftAppTenantId = auth.tenantId;
  }
  if (auth.openIdMetadataUrl) {
    // Setting any one endpoint makes the SDK take all of them from us (BotFrameworkAuthenticationFactory),
    // so give the public cloud's values for the rest, exactly as its default path does.
    Object.assign(settings, {
      ValidateAuthority: true,
      ToChannelFromBotLoginUrl: AuthenticationConstants.ToChannelFromBotLoginUrl,
      ToChannelFromBotOAuthScope: AuthenticationConstants.ToChannelFromBotOAuthScope,
      ToBotFromChannelTokenIssuer: AuthenticationConstants.ToBotFromChannelTokenIssuer,
      OAuthUrl: AuthenticationConstants.OAuthUrl,
      ToBotFromChannelOpenIdMetadataUrl: auth.openIdMetadataUrl,
      ToBotFromEmulatorOpenIdMetadataUrl: AuthenticationConstants.ToBotFromEmulatorOpenIdMetadataUrl,
      CallerId: CallerIdConstants.PublicAzureChannel,
    } satisfies ConfigurationBotFrameworkAuthenticationOptions);
  }
  const adapter = new StationDeskAdapter(new ConfigurationBotFrameworkAuthentication(settings));

  adapter.onTurnError = async (context, error) => {
    logger.error('turn failed', {
      error,
      activityType: context.activity.type,
      channelId: context.activity.channelId,
      conversationId: context.activity.conversation?.id,
    });
    try {
      await context.sendActivity(TURN_ERROR_REPLY);
    } catch (sendError) {
      logger.error('could not send the turn-error reply', { error: sendError });
    }
  };
  return adapter;
}

export function directLineModeFor(config: Config): DirectLineMode {
  if (config.directLine.secret) return 'azure';
  // The local Direct Line calls the bot without a token, which only an anonymous bot accepts.
  return isAnonymous(config) ? 'local' : 'off';
}

/** Raised when an activity was turned away before reaching the bot (bad, missing or unverifiable token). */
class NotAuthenticated extends Error {
  constructor(readonly reason: unknown) {
    super('activity not authenticated');
  }
}

export function createServer(options: ServerOptions): StationDeskServer {
  const { config, adapter, bot, logger } = options;
  const readiness = options.readiness ?? (async () => true);
  const publicDir = options.publicDir ?? defaultPublicDir();
  const graceMs = options.shutdownGraceMs ?? 10_000;
  const mode = directLineModeFor(config);

  const server = restify.createServer({ name: 'stationdesk', handleUncaughtExceptions: false });
  const http = server.server;
  // Bound how long a client may take to send a request; a bot turn's own time is not limited here.
  http.requestTimeout = 30_000;
  http.headersTimeout = 15_000;
  http.keepAliveTimeout = 10_000;

  const turns = new Set<Promise<unknown>>();
  let closing: Promise<void> | undefined;

  server.pre((req, res, next) => {
    setSecurityHeaders(res, mode === 'azure' ? config.directLine.endpoint : undefined);
    // While stopping, let each connection go as soon as its response is done.
    res.once('finish', () => {
      if (closing) setImmediate(() => http.closeIdleConnections());
    });
    next();
  });
  server.use(guardBody(config.maxBodyBytes));
  server.use(restify.plugins.bodyReader({ maxBodySize: config.maxBodyBytes }));
  server.use(restify.plugins.jsonBodyParser({ bodyReader: true, mapParams: false }));
  server.use(restify.plugins.queryParser({ mapParams: false }));

  server.on('restifyError', (req: restify.Request, res: restify.Response, err: Error & { statusCode?: unknown }, callback: () => void) => {
    const status = typeof err.statusCode === 'number' ? err.statusCode : 500;
    if (status >= 500) {
      logger.error('request failed', { error: err, method: req.method, path: req.getPath() });
      // Answer here, so restify never shows the caller an internal error message.
      if (!res.headersSent) res.send(status, { code: 'InternalError', message: 'Internal error' });
    }
    callback();
  });
  server.on('after', (req: restify.Request, res: restify.Response) => {
    const routine = req.method === 'GET' && (/^\/(healthz|readyz)$/.test(req.getPath()) || req.getPath().startsWith(LOCAL_DIRECTLINE_PATH));
    const fields = { method: req.method, path: req.getPath(), status: res.statusCode };
    if (routine) logger.debug('request', fields);
    else logger.info('request', fields);
  });

  /** The one activity pipeline: /api/messages and the local Direct Line both come through here. */
  async function runActivity(authHeader: string, wire: WireActivity): Promise<InvokeResponse | undefined> {
    let reachedBot = false;
    const turn = adapter.runActivity(authHeader, toBotActivity(wire), async (context) => {
      reachedBot = true;
      logger.debug('turn', {
        activityType: context.activity.type,
        channelId: context.activity.channelId,
        conversationId: context.activity.conversation?.id,
        text: context.activity.text,
      });
      await bot.run(context);
    });
    turns.add(turn);
    try {
      return await turn;
    } catch (error) {
      // Anything that stops an activity before the bot runs is an authentication failure as far as the caller is concerned.
      if (!reachedBot) throw new NotAuthenticated(error);
      throw error;
    } finally {
      turns.delete(turn);
    }
  }

  server.get('/healthz', async (_req, res) => {
    res.send(200, { status: 'ok' });
  });

  server.get('/readyz', async (_req, res) => {
    if (closing) {
      res.send(503, { status: 'stopping' });
      return;
    }
    try {
      const result = await withTimeout(readiness(), 5_000);
      const report: ReadinessReport = typeof result === 'boolean' ? { ready: result } : result;
      res.send(report.ready ? 200 : 503, { status: report.ready ? 'ready' : 'not-ready', ...(report.checks ? { checks: report.checks } : {}) });
    } catch (error) {
      logger.warn('readiness check failed', { error });
      res.send(503, { status: 'not-ready' });
    }
  });

  server.post('/api/messages', async (req, res) => {
    if (!isWireActivity(req.body)) {
      res.send(400, { code: 'BadRequest', message: 'Expected an activity: a JSON object with a "type"' });
      return;
    }
    const problem = inboundActivityProblem(req.body);
    if (problem) {
      res.send(400, { code: 'BadRequest', message: problem });
      return;
    }
    try {
      const invoke = await runActivity(req.header('authorization') ?? '', req.body);
      res.send(invoke?.status ?? 200, invoke?.body);
    } catch (error) {
      if (error instanceof NotAuthenticated) {
        logger.warn('activity rejected: not authenticated', { reason: error.reason });
        res.send(401, { code: 'Unauthorized', message: 'Unauthorized' });
        return;
      }
      logger.error('activity failed', { error });
      res.send(500, { code: 'InternalError', message: 'Internal error' });
    }
  });

  // Local Direct Line: its connector routes on a loopback-only port, its client routes here.
  const channel = mode === 'local' ? new LocalChannelService(new ConversationStore(), logger) : undefined;
  const localDirectLine =
    channel &&
    new LocalDirectLine({
      store: channel.store,
      channel,
      tokens: new LocalTokenIssuer(),
      bot: { id: 'stationdesk', name: config.botName },
      deliver: async (activity) => {
        await runActivity('', activity);
      },
      logger,
    });
  localDirectLine?.register(server);

  server.post('/api/directline/token', async (_req, res) => {
    res.header('Cache-Control', 'no-store');
    if (localDirectLine) {
      const { token, expiresIn, userId } = localDirectLine.issuePageToken();
      res.send(200, { token, expiresIn, userId, domain: LOCAL_DIRECTLINE_PATH, webSocket: false });
      return;
    }
    const { secret, endpoint } = config.directLine;
    if (!secret) {
      res.send(503, { code: 'DirectLineNotConfigured', message: 'Web Chat needs DIRECTLINE_SECRET when MicrosoftAppId is set' });
      return;
    }
    const userId = LocalTokenIssuer.newUserId();
    try {
      const exchanged = await exchangeSecretForToken({ endpoint, secret, fetch: options.fetch }, userId);
      res.send(200, { token: exchanged.token, expiresIn: exchanged.expiresIn, userId, domain: endpoint, webSocket: true });
    } catch (error) {
      logger.error('Direct Line token exchange failed', { error: error instanceof DirectLineTokenError ? error.message : 'unexpected error' });
      res.send(502, { code: 'DirectLineUnavailable', message: 'Could not get a chat token; please try again' });
    }
  });

  if (!existsSync(path.join(publicDir, 'vendor', 'webchat.js'))) {
    logger.warn('Web Chat bundle missing: run `npm run build` (it copies it to public/vendor/)', { publicDir });
  }
  servePublicFiles(server, publicDir);

  async function drainTurns(): Promise<void> {
    while (turns.size > 0) await Promise.allSettled([...turns]);
  }

  async function stop(): Promise<void> {
    const stopped = new Promise<void>((resolve) => http.close(() => resolve()));
    http.closeIdleConnections();
    logger.info('stopped accepting connections; finishing in-flight turns', { inFlightTurns: turns.size });
    const finished = await withTimeout(Promise.all([stopped, drainTurns()]), graceMs).then(
      () => true,
      () => false,
    );
    if (!finished) {
      logger.warn('shutdown grace period over; closing remaining connections', { inFlightTurns: turns.size });
      http.closeAllConnections();
    }
    await channel?.close();
  }

  return {
    directLineMode: mode,
    async listen() {
      if (channel) await channel.listen();
      await new Promise<void>((resolve, reject) => {
        server.once('error', reject);
        if (config.host) server.listen(config.port, config.host, () => resolve());
        else server.listen(config.port, () => resolve());
      });
      const { port } = server.address() as AddressInfo;
      const url = `http://${config.host && !['0.0.0.0', '::'].includes(config.host) ? hostForUrl(config.host) : 'localhost'}:${port}`;
      logger.info('listening', { url, port, directLine: mode, auth: isAnonymous(config) ? 'anonymous' : 'bot-framework' });
      return { port, url };
    },
    close() {
      closing ??= stop();
      return closing;
    },
  };
}

/** Installs SIGTERM/SIGINT handling: a graceful stop, then exit. A second signal exits at once. */
export function stopOnSignals(server: StationDeskServer, logger: Logger, exit: (code: number) => void = (code) => process.exit(code)): void {
  let stopping = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (stopping) {
      logger.warn('second signal; exiting without waiting', { signal });
      exit(1);
      return;
    }
    stopping = true;
    logger.info('shutting down', { signal });
    server.close().then(
      () => {
        logger.info('stopped');
        exit(0);
      },
      (error: unknown) => {
        logger.error('shutdown failed', { error });
        exit(1);
      },
    );
  };
  process.on('SIGTERM', onSignal);
  process.on('SIGINT', onSignal);
}

/**
 * One GET route per file in public/ (read once at start), so any other path or
 * method is a plain 404 rather than a catch-all's 405.
 */
function servePublicFiles(server: restify.Server, publicDir: string): void {
  const serve = restify.plugins.serveStaticFiles(publicDir, {
    // Revalidate each time (ETag makes that cheap), so a new deploy is picked up at once.
    setHeaders: (response: ServerResponse) => response.setHeader('Cache-Control', 'no-cache'),
  });
  for (const file of listFiles(publicDir)) {
    const route = `/${file}`;
    server.get(route, (req, res, next) => {
      req.params['*'] = file;
      return serve(req, res, next);
    });
    if (file === 'index.html') server.get('/', (req, res, next) => serve(req, res, next));
  }
}

function listFiles(dir: string, prefix = ''): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.name.startsWith('.')) return [];
    const relative = prefix ? `${prefix}/${entry.name}` : entry.name;
    return entry.isDirectory() ? listFiles(path.join(dir, entry.name), relative) : [relative];
  });
}

// The SDK's own HTTP path turns JSON timestamps into Dates (keeping the raw strings); do the same.
function toBotActivity(wire: WireActivity): Activity {
  const activity: Record<string, unknown> = { ...wire };
  for (const [field, raw] of [
    ['timestamp', 'rawTimestamp'],
    ['localTimestamp', 'rawLocalTimestamp'],
    ['expiration', 'rawExpiration'],
  ] as const) {
    const value = activity[field];
    if (typeof value === 'string') {
      activity[raw] = value;
      activity[field] = new Date(value);
    }
  }
  return activity as unknown as Activity;
}

/** Rejects what the JSON routes never accept, before reading a byte of the body. */
function guardBody(maxBytes: number): restify.RequestHandler {
  return (req, res, next) => {
    if (req.method === 'GET' || req.method === 'HEAD') return next();
    const encoding = req.header('content-encoding');
    // A compressed body could expand past the limit after it was checked.
    if (encoding && encoding.toLowerCase() !== 'identity') {
      res.send(415, { code: 'UnsupportedMediaType', message: 'Compressed request bodies are not accepted' });
      return next(false);
    }
    const length = Number(req.header('content-length') || 0);
    if (length > maxBytes) {
      res.send(413, { code: 'PayloadTooLarge', message: `Request body is larger than ${maxBytes} bytes` });
      return next(false);
    }
    const hasBody = length > 0 || req.isChunked();
    if (hasBody && !req.is('json')) {
      res.send(415, { code: 'UnsupportedMediaType', message: 'Send JSON (Content-Type: application/json)' });
      return next(false);
    }
    return next();
  };
}

function setSecurityHeaders(res: restify.Response, directLineEndpoint: string | undefined): void {
  const connect = ["'self'"];
  if (directLineEndpoint) {
    const origin = new URL(directLineEndpoint).origin;
    connect.push(origin, origin.replace(/^http/, 'ws'));
  }
  res.header(
    'Content-Security-Policy',
    [
      "default-src 'self'",
      "script-src 'self'",
      // Web Chat styles itself with injected <style> elements.
      "style-src 'self' 'unsafe-inline'",
      "img-src 'self' data: blob:",
      "font-src 'self' data:",
      `connect-src ${connect.join(' ')}`,
      "object-src 'none'",
      "base-uri 'none'",
      "form-action 'none'",
      "frame-ancestors 'none'",
    ].join('; '),
  );
  res.header('X-Content-Type-Options', 'nosniff');
  res.header('Referrer-Policy', 'no-referrer');
  res.header('X-Frame-Options', 'DENY');
  res.header('Cross-Origin-Opener-Policy', 'same-origin');
  res.header('Permissions-Policy', 'camera=(), microphone=(), geolocation=()');
}

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms`)), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

function hostForUrl(host: string): string {
  return host.includes(':') ? `[${host}]` : host;
}

// public/ sits at the repository root: one level up from src/, two from dist/src/.
function defaultPublicDir(): string {
  const candidates = [path.resolve(__dirname, '..', 'public'), path.resolve(__dirname, '..', '..', 'public')];
  return candidates.find((dir) => existsSync(path.join(dir, 'index.html'))) ?? candidates[0];
}
