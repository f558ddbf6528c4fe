/**
 * The Web Chat page in a real (headless) Chromium against the real entry
 * point, whatever bot it wires: the welcome shows, a resident can ask with the
 * keyboard alone, answers come back, the page fits a phone, and the Web Chat
 * bundle arrives compressed once and then comes from the browser's cache.
 * Screenshots go to test-results/.
 *
 * Run with `npm run test:browser` (needs /usr/bin/chromium; never downloads a browser).
 */
import path from 'node:path';
import { expect } from 'chai';
import type { Page } from 'playwright-core';
import { botBubbles, describeInBrowser, DESKTOP, openChat, PHONE, resultsDir, waitForBotReply, withStationDeskInChromium } from './fixtures';

const USER_BUBBLES = '.webchat__bubble--from-user .webchat__bubble__content';

/** Presses Tab until the send box has focus; the page must be usable without a mouse. */
async function tabToSendBox(page: Page): Promise<void> {
  const focusedSendBox = page.locator('textarea:focus[aria-label], input:focus[aria-label]');
  for (let presses = 0; presses < 20; presses++) {
    await page.keyboard.press('Tab');
    if ((await focusedSendBox.count()) === 1 && /message/i.test((await focusedSendBox.getAttribute('aria-label')) ?? '')) return;
  }
  throw new Error('Tab never reached the send box');
}

async function typeAndSend(page: Page, question: string): Promise<number> {
  const before = (await botBubbles(page)).length;
  await page.keyboard.type(question);
  await page.keyboard.press('Enter');
  return before;
}

interface ResourceTiming {
  name: string;
  transferSize: number;
  encodedBodySize: number;
  decodedBodySize: number;
}

function resourceTimings(page: Page): Promise<ResourceTiming[]> {
  return page.evaluate<ResourceTiming[]>(
    "performance.getEntriesByType('resource').map((e) => ({ name: e.name, transferSize: e.transferSize, encodedBodySize: e.encodedBodySize, decodedBodySize: e.decodedBodySize }))",
  );
}

describeInBrowser('Web Chat page in Chromium', () => {
  const suite = withStationDeskInChromium();

  it('shows the welcome, answers a keyboard-typed question and a follow-up', async () => {
    const page = await suite.chrome.newPage(DESKTOP);
    const policyViolations: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) policyViolations.push(message.text());
    });
    const response = await page.goto(`${suite.stationDesk.baseUrl}/`);
    expect(response?.status()).to.equal(200);
    expect(response?.headers()['content-security-policy']).to.contain("script-src 'self'");

    expect(await page.locator('h1').innerText()).to.equal('StationDesk');
    expect(await page.locator('.tagline').innerText()).to.equal('Police front counter opening hours and closures in London');
    expect(await page.locator('.emergency').innerText()).to.contain('999');

    const welcome = await waitForBotReply(page, 0, 'StationDesk');
    expect(welcome).to.contain('StationDesk');

    await tabToSendBox(page);
    const beforeFirst = await typeAndSend(page, 'is Woodford staying open?');
    await page.locator(USER_BUBBLES, { hasText: 'is Woodford staying open?' }).waitFor({ timeout: 30_000 });
    const woodford = await waitForBotReply(page, beforeFirst, 'Woodford');
    // The answer shows once, as its card, not as text and card again: "No" first, then where to go instead and the
    // sources' disagreement (a source a resident may have read says it is open); its history is in its details.
    expect(woodford).to.match(/^No, the front counter at Woodford Police Station closed in 2013/m);
    expect(woodford.toLowerCase()).to.match(/sources disagree/);
    expect(woodford).to.not.contain('under the 2013 Police and Crime Plan');
    expect((await botBubbles(page)).slice(beforeFirst).filter((text) => text.includes('Woodford'))).to.have.length(1);
    expect(woodford).to.match(/closed/i);

    // The send box keeps focus after sending, so the follow-up needs no mouse either.
    const beforeSecond = await typeAndSend(page, 'and what about Ilford?');
    expect(await waitForBotReply(page, beforeSecond, 'Ilford')).to.contain('Ilford');

    // "More details" on the Woodford card opens its history, caveats and sources.
    await page.getByRole('button', { name: 'More details' }).first().click();
    expect(await waitForBotReply(page, beforeFirst, 'under the 2013 Police and Crime Plan')).to.contain('It closed in 2013 under the 2013 Police and Crime Plan');

    expect(await page.locator('body').innerText()).to.not.match(/send failed/i);
    await page.screenshot({ path: path.join(resultsDir, 'webchat-desktop.png') });
    expect(policyViolations).to.deep.equal([]);
    await page.close();
  });

  it('fits a phone screen', async () => {
    const page = await openChat(suite, PHONE);
    const overflow = await page.evaluate<number>('document.documentElement.scrollWidth - window.innerWidth');
    expect(overflow).to.be.at.most(0);
    const sendBox = await page.locator('textarea, input[type="text"]').first().boundingBox();
    expect(sendBox, 'send box visible').to.not.equal(null);
    expect(sendBox!.y + sendBox!.height).to.be.at.most(PHONE.height);
    await page.screenshot({ path: path.join(resultsDir, 'webchat-mobile.png') });
    await page.close();
  });

  it('downloads the Web Chat bundle compressed, then takes it from the cache while revalidating the page', async () => {
    // A profile of its own, so the first visit really downloads the bundle.
    const context = await suite.chrome.browser.newContext({ viewport: DESKTOP });
    const page = await context.newPage();
    await page.goto(`${suite.stationDesk.baseUrl}/`);
    await waitForBotReply(page, 0, 'StationDesk');
    const bundle = (await resourceTimings(page)).find((entry) => /\/vendor\/webchat\.[0-9a-f]{16}\.js$/.test(entry.name));
    expect(bundle, 'the page loads the content-hashed bundle').to.not.equal(undefined);
    // Brotli (or gzip) on the wire: a small fraction of the 3.8 MB bundle.
    expect(bundle!.encodedBodySize).to.be.below(bundle!.decodedBodySize / 4);
    expect(bundle!.transferSize).to.be.below(bundle!.decodedBodySize / 4);

    await page.reload();
    await waitForBotReply(page, 0, 'StationDesk');
    const again = await resourceTimings(page);
    const cachedBundle = again.find((entry) => entry.name === bundle!.name);
    expect(cachedBundle?.transferSize, 'immutable: no request at all on reload').to.equal(0);
    const pageScript = again.find((entry) => entry.name.endsWith('/app.js'));
    // no-cache: asked again each time, answered 304 with no body.
    expect(pageScript?.transferSize).to.be.above(0);
    expect(pageScript?.encodedBodySize).to.equal(0);
    await context.close();
  });
});
