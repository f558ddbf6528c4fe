/**
 * Stopping without dropping a resident mid-answer: track the turns in flight,
 * refuse new connections, let those turns finish (within a grace period), and
 * turn SIGTERM/SIGINT into that graceful stop.
 */
import type { Server as HttpServer, ServerResponse } from 'node:http';
import type { Logger } from '../logging';
import { withTimeout } from './withTimeout';

/** The bot turns still running, so a shutdown can wait for them. */
export class InFlightTurns {
  private readonly turns = new Set<Promise<unknown>>();

  get size(): number {
    return this.turns.size;
  }

  /** `turn`'s own outcome; it counts as in flight until it settles. */
  async track<T>(turn: Promise<T>): Promise<T> {
    this.turns.add(turn);
    try {
      return await turn;
    } finally {
      this.turns.delete(turn);
    }
  }

  /** Resolves once no turn is running, including turns that started while waiting. */
  async drain(): Promise<void> {
    while (this.turns.size > 0) await Promise.allSettled([...this.turns]);
  }
}

/** While stopping, let each connection go as soon as its response is done. */
export function releaseConnectionWhenDone(res: ServerResponse, http: HttpServer, stopping: () => boolean): void {
  res.once('finish', () => {
    if (stopping()) setImmediate(() => http.closeIdleConnections());
  });
}

/** How a shutdown went: turns still running when the grace period ran out were abandoned. */
export interface ShutdownReport {
  abandonedTurns: number;
}

/**
 * Refuse new connections, wait up to `graceMs` for in-flight turns (each of which bounds its own
 * storage calls and replies), then close whatever is left. The caller has already turned /readyz to 503.
 */
export async function stopGracefully(http: HttpServer, turns: InFlightTurns, graceMs: number, logger: Logger): Promise<ShutdownReport> {
  const stopped = new Promise<void>((resolve) => http.close(() => resolve()));
  http.closeIdleConnections();
  logger.info('stopped accepting connections; finishing in-flight turns', { inFlightTurns: turns.size, graceMs });
  const drained = await withTimeout(turns.drain(), graceMs).then(
    () => true,
    () => false,
  );
  const abandonedTurns = drained ? 0 : turns.size;
  if (abandonedTurns > 0) logger.error('shutdown grace period over; abandoning turns still in flight', { abandonedTurns, graceMs });
  // Turns are done (or given up on): connections still open (idle keep-alives, slow clients) go now.
  http.closeAllConnections();
  await stopped;
  return { abandonedTurns };
}

/** Anything with a graceful `close()`, such as the StationDeskServer. */
export interface Stoppable {
  close(): Promise<ShutdownReport | void>;
}

/** Installs SIGTERM/SIGINT handling: a graceful stop, then exit. A second signal exits at once. */
export function stopOnSignals(server: Stoppable, logger: Logger, exit: (code: number) => void = (code) => process.exit(code)): void {
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
      (report) => {
        const abandonedTurns = report?.abandonedTurns ?? 0;
        logger.info('stopped', { abandonedTurns });
        // Non-zero tells the platform (and the operator) that residents' turns were dropped.
        exit(abandonedTurns > 0 ? 1 : 0);
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
