/**
 * What every browser test needs: the real entry point running (its log lines
 * kept), a headless Chromium (Debian's, never downloaded), and the few ways a
 * test reads and drives the stock Web Chat on a page or in a frame.
 */
import type { ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { expect } from 'chai';
import { type Browser, chromium, type Frame, type Page } from 'playwright-core';
import { exitOf, startEntryPoint } from '../server/entryPoint';

export const repoRoot = path.resolve(__dirname, '../..');
export const resultsDir = path.join(repoRoot, 'test-results');
export const PHONE: Viewport = { width: 390, height: 844 };
export const DESKTOP: Viewport = { width: 1280, height: 800 };

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

/** Browser suites run only under `npm run test:browser` (test/browser/setup.ts), never in `npm test`. */
export const describeInBrowser = process.env.STATIONDESK_BROWSER_TESTS === '1' ? describe : describe.skip;

export interface Viewport {
  width: number;
  height: number;
}

export interface Chromium {
  browser: Browser;
  /** A new tab of this size. Tabs share one profile, so a suite downloads the Web Chat bundle once. */
  newPage(viewport: Viewport): Promise<Page>;
  close(): Promise<void>;
}

export async function launchChromium(): Promise<Chromium> {
  expect(existsSync(CHROMIUM), `Chromium not found at ${CHROMIUM} (apt-get install chromium)`).to.equal(true);
  expect(existsSync(path.join(repoRoot, 'public/vendor/manifest.json')), 'run `node scripts/copy-webchat.mjs` (part of npm run build) first').to.equal(true);
  mkdirSync(resultsDir, { recursive: true });
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
  // A resident in London, whatever zone the machine is in (Web Chat sends the browser's zone as localTimezone).
  const context = await browser.newContext({ locale: 'en-GB', timezoneId: 'Europe/London' });
  return {
    browser,
    async newPage(viewport) {
      const page = await context.newPage();
      await page.setViewportSize(viewport);
      return page;
    },
    close: () => browser.close(),
  };
}

export interface RunningStationDesk {
  baseUrl: string;
  /** Every JSON log line the process wrote so far. */
  logs: Record<string, unknown>[];
  stop(): Promise<void>;
}

/** The real entry point (src/index.ts) on a free loopback port, with `env` on top of a neutral environment. */
export async function startStationDesk(env: Record<string, string> = {}): Promise<RunningStationDesk> {
  const child: ChildProcess = startEntryPoint(env);
  const logs: Record<string, unknown>[] = [];
  const listening = new Promise<Record<string, unknown>>((resolve, reject) => {
    createInterface({ input: child.stdout! }).on('line', (line) => {
      try {
        const entry = JSON.parse(line) as Record<string, unknown>;
        logs.push(entry);
        if (entry.msg === 'listening') resolve(entry);
      } catch {
        // Not a log line.
      }
    });
    child.once('exit', () => reject(new Error('StationDesk exited before listening')));
  });
  const { port } = await listening;
  return {
    baseUrl: `http://127.0.0.1:${Number(port)}`,
    logs,
    async stop() {
      if (child.exitCode !== null) return;
      const exited = exitOf(child);
      child.kill('SIGTERM');
      await exited;
    },
  };
}

export interface StationDeskInChromium {
  readonly chrome: Chromium;
  readonly stationDesk: RunningStationDesk;
}

/**
 * Registers the suite's before/after hooks: Chromium and StationDesk started
 * once for the suite (with `env`, read when the suite starts), both stopped after it.
 */
export function withStationDeskInChromium(env: () => Record<string, string> = () => ({})): StationDeskInChromium {
  const suite = {} as { chrome: Chromium; stationDesk: RunningStationDesk };
  before(async () => {
    suite.chrome = await launchChromium();
    suite.stationDesk = await startStationDesk(env());
  });
  after(async () => {
    await suite.chrome?.close();
    await suite.stationDesk?.stop();
  });
  return suite;
}

/** A new tab with the chat open, its welcome shown and Web Chat connected. */
export async function openChat(suite: StationDeskInChromium, viewport: Viewport): Promise<Page> {
  const page = await suite.chrome.newPage(viewport);
  await page.goto(`${suite.stationDesk.baseUrl}/`);
  await waitForBotReply(page, 0, 'StationDesk');
  await waitUntilConnected(page);
  return page;
}

export const BOT_BUBBLES = '.webchat__bubble:not(.webchat__bubble--from-user)';
const BOT_BUBBLE_CONTENT = `${BOT_BUBBLES} .webchat__bubble__content`;
const SEND_BOX = 'input[aria-label][type="text"], textarea[aria-label]';

type Surface = Page | Frame;

/** Text of every bot bubble in the transcript, oldest first. */
export function botBubbles(surface: Surface): Promise<string[]> {
  return surface.locator(BOT_BUBBLE_CONTENT).allInnerTexts();
}

/** Waits (up to 30 s) until a bot bubble after the first `after` ones contains `word`, and returns its text. */
export async function waitForBotReply(surface: Surface, after: number, word: string): Promise<string> {
  for (let attempt = 0; attempt < 150; attempt++) {
    const reply = (await botBubbles(surface)).slice(after).find((text) => text.includes(word));
    if (reply !== undefined) return reply;
    await sleep(200);
  }
  throw new Error(`no bot reply containing "${word}"; bot said: ${JSON.stringify(await botBubbles(surface))}`);
}

/** Types a question into the send box and sends it; returns how many bot bubbles there were before. */
export async function ask(surface: Surface, question: string): Promise<number> {
  const before = (await botBubbles(surface)).length;
  await surface.locator(SEND_BOX).first().fill(question);
  await surface.locator(SEND_BOX).first().press('Enter');
  return before;
}

/** Waits until Web Chat no longer shows its transient "Connecting…" notice. */
export async function waitUntilConnected(surface: Surface): Promise<void> {
  const notice = surface.getByText(/^Connecting/);
  for (let attempt = 0; attempt < 150 && (await notice.count()) > 0; attempt++) await sleep(200);
  expect(await notice.count(), 'Web Chat still says "Connecting"').to.equal(0);
}

export interface Span {
  top: number;
  bottom: number;
}

/** Where the latest bot message and the transcript's visible area are on screen, once scrolling has settled. */
export async function latestBotMessageInTranscript(page: Page): Promise<{ message: Span; transcript: Span }> {
  let previous = -1;
  // Web Chat animates its scrolling: wait until the scroll position holds still.
  for (let attempt = 0; attempt < 40; attempt++) {
    const scrollTop = await page.evaluate<number>("document.querySelector('.webchat__basic-transcript__scrollable').scrollTop");
    if (scrollTop === previous) break;
    previous = scrollTop;
    await sleep(250);
  }
  return page.evaluate(`(() => {
    const span = (element) => { const r = element.getBoundingClientRect(); return { top: r.top, bottom: r.bottom }; };
    const messages = document.querySelectorAll(${JSON.stringify(BOT_BUBBLES)});
    return { message: span(messages[messages.length - 1]), transcript: span(document.querySelector('.webchat__basic-transcript__scrollable')) };
  })()`);
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
