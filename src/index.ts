/**
 * Composition root: the only place that reads the environment and wires
 * configuration, logging, storage, adapter, bot and HTTP server together.
 */
import { config as loadDotenv } from 'dotenv';
import { type Config, ConfigError, loadConfig } from './config';
import { type Logger, loggerFor } from './logging';
import { createAdapter, createServer, type ReadinessReport, stopOnSignals } from './server';
import { buildStationDeskBot } from './bots/buildStationDeskBot';
import { PostcodesIoClient } from './postcodeLookup';
import { FrontCounterKnowledge } from './stations';
import { createStorage, type StateStorage } from './storage';

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

/** Storage ready for the first turn, or the process stops with a message naming the variable to fix. */
async function openStorage(config: Config, logger: Logger): Promise<StateStorage> {
  try {
    const state = createStorage(config.storage, {
      logger: logger.child({ component: 'storage' }),
      timeouts: { requestMs: config.timeouts.storageMs },
      memoryIdleMs: config.stateIdleMinutes * 60_000,
    });
    await state.open();
    logger.info('conversation storage ready', config.storage.kind === 'blob' ? { storage: 'blob', container: config.storage.container } : { storage: 'memory' });
    return state;
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n`);
    process.exit(1);
  }
}

/** Ready when the station data is loaded and storage answers a cheap, time-bounded read (STORAGE=blob). */
function readinessOf(knowledge: FrontCounterKnowledge, state: StateStorage): () => Promise<ReadinessReport> {
  return async () => {
    const storage = await state.status();
    return {
      ready: knowledge.data.stations.length > 0 && storage !== 'unreachable',
      checks: { stations: knowledge.data.stations.length, dataVerifiedOn: knowledge.data.meta.verifiedOn, storage },
    };
  };
}

function watchProcess(logger: Logger): void {
  process.on('unhandledRejection', (reason) => logger.error('unhandled promise rejection', { error: reason }));
}

async function main(): Promise<void> {
  const config = readConfig();
  const logger = loggerFor(config);
  watchProcess(logger);

  const state = await openStorage(config, logger);

  // The data is loaded and indexed once, before the server accepts a request.
  const knowledge = FrontCounterKnowledge.load();
  logger.info('station data loaded', { stations: knowledge.data.stations.length, events: knowledge.data.events.length, verifiedOn: knowledge.data.meta.verifiedOn, indexesMade: knowledge.indexesMade });

  const adapter = createAdapter(config, logger, { reuseClients: true });
  // Off unless an operator set POSTCODES_IO_URL: only then does a resident's postcode leave this machine.
  const postcodeLocator = config.postcodesIoUrl
    ? new PostcodesIoClient({ baseUrl: config.postcodesIoUrl, logger: logger.child({ component: 'postcode-lookup' }) })
    : undefined;
  if (postcodeLocator) logger.info('postcode lookups on', { service: config.postcodesIoUrl });
  const { bot } = buildStationDeskBot({
    knowledge,
    storage: state.storage,
    botName: config.botName,
    sourceUrl: config.sourceUrl,
    postcodeLocator,
    // Kinds and timing only: what residents wrote never reaches the logs this way.
    onAnswered: (event) => logger.info('question answered', { ...event }),
  });
  const server = createServer({ config, adapter, bot, logger, state: state.storage, readiness: readinessOf(knowledge, state) });
  stopOnSignals(server, logger);
  await server.listen();
}

main().catch((error: unknown) => {
  process.stderr.write(`StationDesk failed to start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
