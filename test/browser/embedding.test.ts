/**
 * The README's two ways to put the chat on another website, exactly as the
 * README writes them, in Chromium: served from a second local origin that
 * EMBED_ORIGINS allows (the chat answers) and from a third that it does not
 * (the browser refuses the frame, or the token request).
 */
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import path from 'node:path';
import { expect } from 'chai';
import type { Frame, Page } from 'playwright-core';
import { closeServer, listenOnLoopback } from '../server/helpers';
import { ask, BOT_BUBBLES, botBubbles, describeInBrowser, repoRoot, resultsDir, sleep, waitForBotReply, withStationDeskInChromium } from './fixtures';

const HOST_PAGE = { width: 900, height: 800 };

/** The address the README's recipes use for the bot. */
const README_BOT_URL = 'https://stationdesk.example.org';

/** The ```html block that follows `<!-- recipe: name -->` in the README. */
function readmeRecipe(name: string): string {
  const readme = readFileSync(path.join(repoRoot, 'README.md'), 'utf8');
  const match = new RegExp(`<!-- recipe: ${name} -->\\s*\`\`\`html\\n([\\s\\S]*?)\`\`\``).exec(readme);
  if (!match) throw new Error(`README.md has no "<!-- recipe: ${name} -->" html block`);
  expect(match[1]).to.contain(README_BOT_URL);
  return match[1];
}

interface HostSite {
  url: string;
  server: Server;
  /** What its one page shows from now on, inside a simple council-website page. */
  show(html: string): void;
}

/** Another website, on an origin of its own: a second local server. */
async function startHostSite(): Promise<HostSite> {
  let body = '';
  const server = createServer((_req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A council website</title></head><body><h1>Our council</h1>${body}</body></html>`);
  });
  const url = await listenOnLoopback(server);
  return { url, server, show: (html) => (body = html) };
}

/** Collects console messages, so a test can wait for the browser's own refusal. */
function consoleOf(page: Page): () => string {
  const messages: string[] = [];
  page.on('console', (message) => messages.push(message.text()));
  return () => messages.join('\n');
}

async function waitForConsole(read: () => string, pattern: RegExp): Promise<void> {
  for (let attempt = 0; attempt < 100 && !pattern.test(read()); attempt++) await sleep(100);
  expect(read()).to.match(pattern);
}

describeInBrowser('Embedding the chat on another website (README recipes)', () => {
  let allowed: HostSite;
  let notAllowed: HostSite;
  before(async () => {
    allowed = await startHostSite();
    notAllowed = await startHostSite();
  });
  after(async () => {
    for (const site of [allowed, notAllowed]) if (site) await closeServer(site.server);
  });
  const suite = withStationDeskInChromium(() => ({ EMBED_ORIGINS: allowed.url }));

  const recipe = (name: string) => readmeRecipe(name).replaceAll(README_BOT_URL, suite.stationDesk.baseUrl);

  it('iframe, from an allowed site: the chat loads in the frame and answers', async () => {
    allowed.show(recipe('iframe'));
    const page = await suite.chrome.newPage(HOST_PAGE);
    await page.goto(`${allowed.url}/`);
    const frame = await chatFrame(page);
    expect(await frame.locator('h1').innerText()).to.equal('StationDesk');
    await waitForBotReply(frame, 0, 'StationDesk');
    await waitForBotReply(frame, await ask(frame, 'is Woodford staying open?'), 'Woodford');
    await page.screenshot({ path: path.join(resultsDir, 'embed-iframe-allowed.png') });
    await page.close();
  });

  it('iframe, from a site not in EMBED_ORIGINS: the browser refuses to show it', async () => {
    notAllowed.show(recipe('iframe'));
    const page = await suite.chrome.newPage(HOST_PAGE);
    const consoleText = consoleOf(page);
    await page.goto(`${notAllowed.url}/`);
    await waitForConsole(consoleText, /frame-ancestors/);
    for (const frame of page.frames()) {
      expect(frame.url(), 'no frame shows the bot').to.not.contain(suite.stationDesk.baseUrl.replace('http://', ''));
    }
    await page.close();
  });

  it('your own page with the stock bundle, from an allowed site: it gets a token and chats', async () => {
    allowed.show(recipe('own-page'));
    const page = await suite.chrome.newPage(HOST_PAGE);
    await page.goto(`${allowed.url}/`);
    await waitForBotReply(page, 0, 'StationDesk');
    await waitForBotReply(page, await ask(page, 'what time does Ilford open on Sunday?'), 'Ilford');
    await page.screenshot({ path: path.join(resultsDir, 'embed-own-page-allowed.png') });
    await page.close();
  });

  it('your own page, from a site not in EMBED_ORIGINS: the token request is blocked and no chat starts', async () => {
    notAllowed.show(recipe('own-page'));
    const page = await suite.chrome.newPage(HOST_PAGE);
    const consoleText = consoleOf(page);
    await page.goto(`${notAllowed.url}/`);
    await waitForConsole(consoleText, /blocked by CORS policy/);
    await sleep(1000);
    expect(await page.locator(BOT_BUBBLES).count()).to.equal(0);
    expect(await botBubbles(page)).to.deep.equal([]);
    await page.close();
  });
});

/** The frame showing the bot's page, once it has loaded. */
async function chatFrame(page: Page): Promise<Frame> {
  for (let attempt = 0; attempt < 100; attempt++) {
    const frame = page.frames().find((candidate) => candidate !== page.mainFrame() && /^http:\/\/127\.0\.0\.1:\d+\/$/.test(candidate.url()));
    if (frame && (await frame.locator('h1').count()) > 0) return frame;
    await sleep(100);
  }
  throw new Error(`no frame with the bot's page; frames: ${page.frames().map((frame) => frame.url()).join(', ')}`);
}
