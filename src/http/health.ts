/** Liveness and readiness for probes: /healthz says the process answers, /readyz whether the bot can serve. */
import type * as restify from 'restify';
import type { Logger } from '../logging';
import { withTimeout } from './withTimeout';

export interface ReadinessReport {
  ready: boolean;
  /** Short, non-sensitive facts for operators, e.g. { stations: 'loaded', storage: 'reachable' }. */
  checks?: Record<string, string | number | boolean>;
}

export type ReadinessCheck = () => Promise<boolean | ReadinessReport>;

export async function healthz(_req: restify.Request, res: restify.Response): Promise<void> {
  res.send(200, { status: 'ok' });
}

/** Not ready while stopping, when `readiness` says so, fails, or takes over 5 s. */
export function readyz(options: { readiness: ReadinessCheck; stopping: () => boolean; logger: Logger }) {
  const { readiness, stopping, logger } = options;
  return async (_req: restify.Request, res: restify.Response): Promise<void> => {
    if (stopping()) {
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
  };
}
