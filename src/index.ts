/**
 * Composition root: the only place that reads the environment and wires
 * configuration, logging, storage, adapter, bot and HTTP server together.
 */
import { config as loadDotenv } from 'dotenv';
import { MemoryStorage, type Storage } from 'botbuilder';
import { type Config, ConfigError, loadConfig } from './config';
import { type Logger, loggerFor } from './logging';
import { createAdapter, createServer, type ReadinessReport, stopOnSignals } from './server';
import { PlaceholderBot } from './bots/placeholderBot';

function readConfig(): Config {
  // Values already in the environment win over .env, so a platform's settings are never shadowed by a stray file.
  loadDotenv({ quiet: true });
  try {
    return loadConfig(process.env);
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\nSee .env.example for every setting.\n`);
      process.exit(1);
    }
    throw error;
  }
}

function createStorage(config: Config): Storage {
  if (config.storage.kind === 'blob') {
    throw new ConfigError('STORAGE', 'is "blob", which this build does not support yet; use STORAGE=memory');
  }
  return new MemoryStorage();
}

/** Ready when storage answers a read; the real bot adds "station data loaded". */
function readinessOf(storage: Storage): () => Promise<ReadinessReport> {
  return async () => {
    await storage.read(['stationdesk-readiness-probe']);
    return { ready: true, checks: { storage: 'reachable' } };
  };
}

function watchProcess(logger: Logger): void {
  process.on('unhandledRejection', (reason) => logger.error('unhandled promise rejection', { error: reason }));
}

async function main(): Promise<void> {
  const config = readConfig();
  const logger = loggerFor(config);
  watchProcess(logger);

  let storage: Storage;
  try {
    storage = createStorage(config);
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n`);
    process.exit(1);
  }

  const adapter = createAdapter(config, logger);
  const bot = new PlaceholderBot(config.botName);
  const server = createServer({ config, adapter, bot, logger, readiness: readinessOf(storage) });
  stopOnSignals(server, logger);
  await server.listen();
}

main().catch((error: unknown) => {
  process.stderr.write(`StationDesk failed to start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
