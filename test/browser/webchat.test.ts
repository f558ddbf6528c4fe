/**
 * The Web Chat page in a real (headless) Chromium against the real entry
 * point, whatever bot it wires: the welcome shows, a resident can ask with the
 * keyboard alone, and answers come back. Screenshots go to test-results/.
 *
 * Run with `npm run test:browser` (needs /usr/bin/chromium; never downloads a browser).
 */
import type { ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect } from 'chai';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { exitOf, logLine, startEntryPoint } from '../server/entryPoint';

const repoRoot = path.resolve(__dirname, '../..');
const resultsDir = path.join(repoRoot, 'test-results');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

const describeInBrowser = process.env.STATIONDESK_BROWSER_TESTS === '1' ? describe : describe.skip;

const BOT_BUBBLES = '.webchat__bubble:not(.webchat__bubble--from-user) .webchat__bubble__content';
const USER_BUBBLES = '.webchat__bubble--from-user .webchat__bubble__content';

/** Text of every bot bubble in the transcript, oldest first. */
function botBubbles(page: Page): Promise<string[]> {
  return page.locator(BOT_BUBBLES).allInnerTexts();
}

/** Waits (up to 30 s) until a bot bubble after the first `after` ones contains `word`, and returns its text. */
async function waitForBotReply(page: Page, after: number, word: string): Promise<string> {
  for (let attempt = 0; attempt < 150; attempt++) {
    const reply = (await botBubbles(page)).slice(after).find((text) => text.includes(word));
    if (reply !== undefined) return reply;
    await page.waitForTimeout(200);
  }
  throw new Error(`no bot reply containing "${word}"; bot said: ${JSON.stringify(await botBubbles(page))}`);
}

/** Presses Tab until the send box has focus; the page must be usable without a mouse. */
async function tabToSendBox(page: Page): Promise<void> {
  const focusedSendBox = page.locator('textarea:focus[aria-label], input:focus[aria-label]');
  for (let presses = 0; presses < 20; presses++) {
    await page.keyboard.press('Tab');
    if ((await focusedSendBox.count()) === 1 && /message/i.test((await focusedSendBox.getAttribute('aria-label')) ?? '')) return;
  }
  throw new Error('Tab never reached the send box');
}

/** Waits until Web Chat no longer shows its transient "Connecting…" notice. */
async function waitUntilConnected(page: Page): Promise<void> {
  const notice = page.getByText(/^Connecting/);
  for (let attempt = 0; attempt < 150 && (await notice.count()) > 0; attempt++) await page.waitForTimeout(200);
  expect(await notice.count(), 'Web Chat still says "Connecting"').to.equal(0);
}

async function ask(page: Page, question: string): Promise<number> {
  const before = (await botBubbles(page)).length;
  await page.keyboard.type(question);
  await page.keyboard.press('Enter');
  return before;
}

describeInBrowser('Web Chat page in Chromium', () => {
  let child: ChildProcess;
  let baseUrl: string;
  let context: BrowserContext;
  let profileDir: string;
  const policyViolations: string[] = [];

  before(async () => {
    expect(existsSync(CHROMIUM), `Chromium not found at ${CHROMIUM} (apt-get install chromium)`).to.equal(true);
    expect(existsSync(path.join(repoRoot, 'public/vendor/webchat.js')), 'run `node scripts/copy-webchat.mjs` (part of npm run build) first').to.equal(true);
    mkdirSync(resultsDir, { recursive: true });

    child = startEntryPoint({});
    const listening = await logLine(child, 'listening');
    baseUrl = `http://127.0.0.1:${Number(listening.port)}`;

    profileDir = mkdtempSync(path.join(tmpdir(), 'stationdesk-chromium-'));
    context = await chromium.launchPersistentContext(profileDir, {
      executablePath: CHROMIUM,
      headless: true,
      args: CHROMIUM_ARGS,
      viewport: { width: 1280, height: 800 },
      locale: 'en-GB',
    });
  });

  after(async () => {
    await context?.close();
    if (profileDir) rmSync(profileDir, { recursive: true, force: true });
    if (child && child.exitCode === null) {
      const exited = exitOf(child);
      child.kill('SIGTERM');
      await exited;
    }
  });

  it('shows the welcome, answers a keyboard-typed question and a follow-up', async () => {
    const page = await context.newPage();
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) policyViolations.push(message.text());
    });
    const response = await page.goto(`${baseUrl}/`);
    expect(response?.status()).to.equal(200);
    expect(response?.headers()['content-security-policy']).to.contain("script-src 'self'");

    expect(await page.locator('h1').innerText()).to.equal('StationDesk');
    expect(await page.locator('.tagline').innerText()).to.equal('Police front counter opening hours and closures in London');
    expect(await page.locator('.emergency').innerText()).to.contain('999');

    const welcome = await waitForBotReply(page, 0, 'StationDesk');
    expect(welcome).to.contain('StationDesk');

    await tabToSendBox(page);
    const beforeFirst = await ask(page, 'is Woodford staying open?');
    await page.locator(USER_BUBBLES, { hasText: 'is Woodford staying open?' }).waitFor({ timeout: 30_000 });
    const woodford = await waitForBotReply(page, beforeFirst, 'Woodford');
    // The answer shows once, as its card, not as text and card again; the sources' disagreement is in its details.
    expect(woodford).to.match(/closed in 2013/);
    expect(woodford.toLowerCase()).to.not.match(/disagree/);
    expect((await botBubbles(page)).slice(beforeFirst).filter((text) => text.includes('Woodford'))).to.have.length(1);

    // The send box keeps focus after sending, so the follow-up needs no mouse either.
    const beforeSecond = await ask(page, 'and what about Ilford?');
    expect(await waitForBotReply(page, beforeSecond, 'Ilford')).to.contain('Ilford');

    // "More details" on the Woodford card opens its history, caveats and sources.
    await page.getByRole('button', { name: 'More details' }).first().click();
    expect((await waitForBotReply(page, beforeFirst, 'disagree')).toLowerCase()).to.match(/sources disagree/);

    expect(await page.locator('body').innerText()).to.not.match(/send failed/i);
    await page.screenshot({ path: path.join(resultsDir, 'webchat-desktop.png') });
    expect(policyViolations).to.deep.equal([]);
  });

  it('fits a phone screen', async () => {
    const page = await context.newPage();
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${baseUrl}/`);
    await waitForBotReply(page, 0, 'StationDesk');
    await waitUntilConnected(page);
    const overflow = await page.evaluate<number>('document.documentElement.scrollWidth - window.innerWidth');
    expect(overflow).to.be.at.most(0);
    const sendBox = await page.locator('textarea, input[type="text"]').first().boundingBox();
    expect(sendBox, 'send box visible').to.not.equal(null);
    expect(sendBox!.y + sendBox!.height).to.be.at.most(844);
    await page.screenshot({ path: path.join(resultsDir, 'webchat-mobile.png') });
  });
});
