/**
 * The baseline for `npm run bench:http`: an echo bot on exactly StationDesk's
 * HTTP stack (the same createServer, CloudAdapter, anonymous auth, body limits
 * and logging), started the way production starts StationDesk: compiled, with
 * `node`. Whatever it costs is the floor a StationDesk turn is measured against.
 */
import { loadConfig } from '../../src/config';
import { loggerFor } from '../../src/logging';
import { createAdapter, createServer, stopOnSignals } from '../../src/server';
import { PlaceholderBot } from '../../test/server/echoBot';

async function main(): Promise<void> {
  const config = loadConfig(process.env);
  const logger = loggerFor(config);
  const adapter = createAdapter(config, logger);
  const server = createServer({ config, adapter, bot: new PlaceholderBot(config.botName), logger });
  stopOnSignals(server, logger);
  await server.listen();
}

main().catch((error: unknown) => {
  process.stderr.write(`echo server failed to start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
