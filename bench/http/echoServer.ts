/**
 * The baseline for `npm run bench:http`: an echo bot on exactly StationDesk's
 * HTTP stack (the same createServer, CloudAdapter, anonymous auth, body limits
 * and logging), started the way production starts StationDesk: compiled, with
 * `node`. Whatever it costs is the floor a StationDesk turn is measured against.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { loadConfig } from '../../src/config';
import { loggerFor } from '../../src/logging';
import { createAdapter, createServer, stopOnSignals } from '../../src/server';
import { PlaceholderBot } from '../../test/server/echoBot';

/** The repository's public/ (the Web Chat page StationDesk serves), found above this file wherever it was compiled to. */
function repositoryPublicDir(): string {
  for (let dir = __dirname; dir !== path.dirname(dir); dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, 'public', 'index.html')) && existsSync(path.join(dir, 'package.json'))) return path.join(dir, 'public');
  }
  throw new Error(`no public/ above ${__dirname}`);
}

async function main(): Promise<void> {
  const config = loadConfig(process.env);
  const logger = loggerFor(config);
  const adapter = createAdapter(config, logger);
  // The same page and Web Chat bundle as StationDesk, so both read and index them at start.
  const server = createServer({ config, adapter, bot: new PlaceholderBot(config.botName), logger, publicDir: repositoryPublicDir() });
  stopOnSignals(server, logger);
  await server.listen();
}

main().catch((error: unknown) => {
  process.stderr.write(`echo server failed to start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
