/**
 * restify's own logger (pino) writes the whole request, raw body and
 * Authorization header included, when a response cannot be serialised. It is
 * replaced here by one that keeps only restify's message and the error's name
 * and hands them to StationDesk's logger (so LOG_LEVEL and the redaction
 * rules apply): no request, no response, no error message.
 */
import * as restify from 'restify';
import type { Logger } from '../logging';

interface PinoOptions {
  level: string;
  base: null;
  timestamp: boolean;
  serializers: Record<string, (value: unknown) => unknown>;
}
type PinoFactory = (options: PinoOptions, destination: { write(line: string): void }) => unknown;

/** Fields restify logs that may carry what a client sent; anything else is dropped before a line is even built. */
const DROPPED = (): undefined => undefined;

export function restifyLogFor(logger: Logger): restify.ServerOptions['log'] {
  const pino = (restify as unknown as { logger: PinoFactory }).logger;
  return pino(
    {
      level: 'warn',
      base: null,
      timestamp: false,
      serializers: {
        req: DROPPED,
        res: DROPPED,
        value: DROPPED,
        config: DROPPED,
        err: (error) => ({ name: error instanceof Error ? error.name : typeof error }),
      },
    },
    {
      write(line: string) {
        let entry: { msg?: unknown; err?: { name?: unknown } } = {};
        try {
          entry = JSON.parse(line) as typeof entry;
        } catch {
          // Not JSON: say nothing of its content.
        }
        const message = typeof entry.msg === 'string' ? entry.msg.slice(0, 120) : 'restify warning';
        logger.warn(`restify: ${message}`, typeof entry.err?.name === 'string' ? { error: entry.err.name } : undefined);
      },
    },
  ) as restify.ServerOptions['log'];
}
