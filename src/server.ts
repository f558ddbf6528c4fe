/**
 * StationDesk's HTTP edge: the restify server that channels, probes and the
 * Web Chat page talk to. It knows nothing about stations or dialogs: the bot
 * arrives already built (anything with `run(context)`), so the composition
 * root can swap it.
 *
 *   POST /api/messages          Bot Framework activities (validated, then CloudAdapter, token-checked unless anonymous)
 *   GET  /healthz, /readyz      liveness, readiness (the injected `readiness()`)
 *   POST /api/directline/token  a Direct Line token for the page (Azure or local)
 *   /v3/directline/*            the local Direct Line, when no DIRECTLINE_SECRET and no app id
 *   GET  /*                     the Web Chat page from public/
 *
 * This file wires the pieces in src/http/ together and is what the rest of the
 * code imports from.
 */
import type { AddressInfo } from 'node:net';
import * as restify from 'restify';
import { type Config, isAnonymous } from './config';
import type { Logger } from './logging';
import { LOCAL_DIRECTLINE_PATH } from './directline/localDirectLine';
import { activityPipeline, type StationDeskAdapter, type TurnHandler } from './http/adapter';
import { guardConnections } from './http/connectionGuard';
import { allowCrossOriginCalls } from './http/crossOrigin';
import { healthz, type ReadinessCheck, readyz } from './http/health';
import { messagesRoute } from './http/messagesRoute';
import { createLocalDirectLine, type DirectLineMode, directLineModeFor, directLineToken, warnIfPageCannotChat } from './http/pageDirectLine';
import { defaultPublicDir, servePublicFiles } from './http/publicFiles';
import { ClientRateLimit, limitPerClient } from './http/rateLimits';
import { parseBodiesWithinLimits } from './http/requestLimits';
import { setSecurityHeaders } from './http/securityHeaders';
import { logRequests } from './http/requestLog';
import { restifyLogFor } from './http/restifyLog';
import { ServiceUrlPolicy } from './http/serviceUrls';
import { InFlightTurns, releaseConnectionWhenDone, type ShutdownReport, stopGracefully } from './http/shutdown';
import { setTransportSecurity } from './http/transportSecurity';
import { TurnRunner } from './http/turnRunner';
import type { TurnStateCoordinator } from './storage';

export { type AdapterOptions, createAdapter, StationDeskAdapter, TURN_ERROR_REPLY, type TurnHandler } from './http/adapter';
export type { ReadinessCheck, ReadinessReport } from './http/health';
export { type DirectLineMode, directLineModeFor } from './http/pageDirectLine';
export { type ShutdownReport, stopOnSignals } from './http/shutdown';

const DIRECTLINE_TOKEN_PATH = '/api/directline/token';

export interface ServerOptions {
  config: Config;
  adapter: StationDeskAdapter;
  bot: TurnHandler;
  logger: Logger;
  /** Whether the bot can serve (data loaded, storage reachable). Defaults to always ready. */
  readiness?: ReadinessCheck;
  /** The bot's state (TurnStorage): turns commit through it, re-run on conflicts and skip redeliveries. */
  state?: TurnStateCoordinator;
  /** Where index.html and vendor/webchat.js live; defaults to the repository's public/. */
  publicDir?: string;
  /** Used for the Direct Line token exchange; tests pass a stand-in. */
  fetch?: typeof fetch;
}

export interface StationDeskServer {
  /** Starts listening on config.host:config.port; resolves with the port actually bound (PORT=0 picks one). */
  listen(): Promise<{ port: number; url: string }>;
  /** Graceful stop: not ready, refuse new connections, let in-flight turns finish (within the grace period), then close. Safe to call twice. */
  close(): Promise<ShutdownReport>;
  /** How the page's Direct Line is served: Azure (secret), the local one, or none (app id set without secret). */
  readonly directLineMode: DirectLineMode;
}

export function createServer(options: ServerOptions): StationDeskServer {
  const { config, adapter, bot, logger } = options;
  const readiness = options.readiness ?? (async () => true);
  const publicDir = options.publicDir ?? defaultPublicDir();
  const mode = directLineModeFor(config);
  warnIfPageCannotChat(mode, logger);

  // restify's own logger would write whole requests (bodies, Authorization) on some failures.
  const server = restify.createServer({ name: 'stationdesk', handleUncaughtExceptions: false, log: restifyLogFor(logger) });
  const http = server.server;
  const stopGuard = guardConnections(http, { maxConnections: config.limits.maxConnections });

  const turns = new InFlightTurns();
  let closing: Promise<ShutdownReport> | undefined;
  const stopping = () => closing !== undefined;

  server.pre((req, res, next) => {
    setSecurityHeaders(res, { directLineEndpoint: mode === 'azure' ? config.directLine.endpoint : undefined, embedOrigins: config.embedOrigins });
    setTransportSecurity(req, res);
    releaseConnectionWhenDone(res, http, stopping);
    next();
  });
  // Limits are checked before a body is read.
  server.pre(rateLimitsFor(config));
  allowCrossOriginCalls(server, {
    origins: config.embedOrigins,
    paths: mode === 'local' ? [DIRECTLINE_TOKEN_PATH, `${LOCAL_DIRECTLINE_PATH}/`] : [DIRECTLINE_TOKEN_PATH],
  });
  parseBodiesWithinLimits(server, config.maxBodyBytes);
  logRequests(server, logger);

  const runner = new TurnRunner({ state: options.state, logger, replyTimeoutMs: config.timeouts.replyMs });
  const runActivity = activityPipeline(adapter, bot, runner, logger, turns);

  server.get('/healthz', healthz);
  server.get('/readyz', readyz({ readiness, stopping, logger }));

  // Local Direct Line: its connector routes on a loopback-only port, its client routes here.
  const local =
    mode === 'local'
      ? createLocalDirectLine(config, logger, async (activity) => {
          await runActivity('', activity);
        })
      : undefined;
  const serviceUrls = new ServiceUrlPolicy(isAnonymous(config), () => [
    ...config.allowedServiceUrls,
    ...(local?.channel.listening ? [new URL(local.channel.serviceUrl).origin] : []),
  ]);
  server.post('/api/messages', messagesRoute({ runActivity, serviceUrls, stopping, logger }));
  local?.directLine.register(server);
  server.post(
    DIRECTLINE_TOKEN_PATH,
    directLineToken({ config, localDirectLine: local?.directLine, fetch: options.fetch, logger, timeoutMs: config.timeouts.replyMs }),
  );

  servePublicFiles(server, publicDir, logger);

  async function stop(): Promise<ShutdownReport> {
    const report = await stopGracefully(http, turns, config.timeouts.shutdownGraceMs, logger);
    stopGuard();
    await local?.channel.close();
    return report;
  }

  return {
    directLineMode: mode,
    async listen() {
      if (local) await local.channel.listen();
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

/** Per-client limits: /api/messages only when anonymous (channels are trusted), the token route, the local Direct Line. */
function rateLimitsFor(config: Config): restify.RequestHandler {
  const { limits } = config;
  const messages = limitPerClient(new ClientRateLimit(isAnonymous(config) ? limits.messagesPerMinute : 0), limits.trustProxy);
  const tokens = limitPerClient(new ClientRateLimit(limits.tokensPerMinute), limits.trustProxy);
  const directLine = limitPerClient(new ClientRateLimit(limits.directLinePerMinute), limits.trustProxy);
  return (req, res, next) => {
    // CORS preflights cost nothing and must not use up an embedding page's allowance.
    if (req.method === 'OPTIONS') return next();
    const path = req.getPath();
    if (path === '/api/messages') return messages(req, res, next);
    if (path === DIRECTLINE_TOKEN_PATH) return tokens(req, res, next);
    if (path.startsWith(`${LOCAL_DIRECTLINE_PATH}/`)) return directLine(req, res, next);
    return next();
  };
}

function hostForUrl(host: string): string {
  return host.includes(':') ? `[${host}]` : host;
}
