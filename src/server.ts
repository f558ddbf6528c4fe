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
 *
 * This file wires the pieces in src/http/ together and is what the rest of the
 * code imports from.
 */
import type { AddressInfo } from 'node:net';
import * as restify from 'restify';
import { type Config, isAnonymous } from './config';
import { inboundActivityProblem } from './inboundActivity';
import type { Logger } from './logging';
import { isWireActivity } from './directline/conversationStore';
import { LOCAL_DIRECTLINE_PATH } from './directline/localDirectLine';
import { activityPipeline, NotAuthenticated, type StationDeskAdapter, type TurnHandler } from './http/adapter';
import { healthz, type ReadinessCheck, readyz } from './http/health';
import { allowCrossOriginCalls } from './http/crossOrigin';
import { createLocalDirectLine, type DirectLineMode, directLineModeFor, directLineToken, warnIfPageCannotChat } from './http/pageDirectLine';
import { defaultPublicDir, servePublicFiles } from './http/publicFiles';
import { setSecurityHeaders } from './http/securityHeaders';
import { limitConnectionTimes, parseBodiesWithinLimits } from './http/requestLimits';
import { logRequests } from './http/requestLog';
import { InFlightTurns, releaseConnectionWhenDone, stopGracefully } from './http/shutdown';

export { createAdapter, StationDeskAdapter, TURN_ERROR_REPLY, type TurnHandler } from './http/adapter';
export type { ReadinessCheck, ReadinessReport } from './http/health';
export { type DirectLineMode, directLineModeFor } from './http/pageDirectLine';
export { stopOnSignals } from './http/shutdown';

const DIRECTLINE_TOKEN_PATH = '/api/directline/token';

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

export function createServer(options: ServerOptions): StationDeskServer {
  const { config, adapter, bot, logger } = options;
  const readiness = options.readiness ?? (async () => true);
  const publicDir = options.publicDir ?? defaultPublicDir();
  const graceMs = options.shutdownGraceMs ?? 10_000;
  const mode = directLineModeFor(config);
  warnIfPageCannotChat(mode, logger);

  const server = restify.createServer({ name: 'stationdesk', handleUncaughtExceptions: false });
  const http = server.server;
  limitConnectionTimes(http);

  const turns = new InFlightTurns();
  let closing: Promise<void> | undefined;
  const stopping = () => closing !== undefined;

  server.pre((req, res, next) => {
    setSecurityHeaders(res, { directLineEndpoint: mode === 'azure' ? config.directLine.endpoint : undefined, embedOrigins: config.embedOrigins });
    releaseConnectionWhenDone(res, http, stopping);
    next();
  });
  allowCrossOriginCalls(server, {
    origins: config.embedOrigins,
    paths: mode === 'local' ? [DIRECTLINE_TOKEN_PATH, `${LOCAL_DIRECTLINE_PATH}/`] : [DIRECTLINE_TOKEN_PATH],
  });
  parseBodiesWithinLimits(server, config.maxBodyBytes);
  logRequests(server, logger);

  const runActivity = activityPipeline(adapter, bot, logger, turns);

  server.get('/healthz', healthz);
  server.get('/readyz', readyz({ readiness, stopping, logger }));

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
  const local =
    mode === 'local'
      ? createLocalDirectLine(config, logger, async (activity) => {
          await runActivity('', activity);
        })
      : undefined;
  local?.directLine.register(server);
  server.post(DIRECTLINE_TOKEN_PATH, directLineToken({ config, localDirectLine: local?.directLine, fetch: options.fetch, logger }));

  servePublicFiles(server, publicDir, logger);

  async function stop(): Promise<void> {
    await stopGracefully(http, turns, graceMs, logger);
    await local?.channel.close();
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

function hostForUrl(host: string): string {
  return host.includes(':') ? `[${host}]` : host;
}
