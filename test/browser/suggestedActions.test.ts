/**
 * Suggested actions (the buttons under the latest answer) are readable in
 * full: every button's label lies inside its button and inside the window, is
 * not cut short (no ellipsis, no clipped second line), and nothing covers it
 * (Web Chat's carousel puts its scroll arrows over the buttons at either end).
 * Checked by geometry at phone and desktop size after answers whose buttons
 * have the longest labels the bot offers.
 */
import path from 'node:path';
import { expect } from 'chai';
import type { Page } from 'playwright-core';
import { ask, describeInBrowser, DESKTOP, openChat, PHONE, resultsDir, sleep, waitForBotReply, withStationDeskInChromium } from './fixtures';

const BUTTONS = '.webchat__suggested-actions .webchat__suggested-action';

interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

interface ButtonGeometry {
  label: string;
  button: Rect;
  text: Rect;
  /** The label's own box is smaller than its content: it is cut short (ellipsis or clipped lines). */
  truncated: boolean;
  /** Another element is on top of the label's middle or either end. */
  coveredBy: string[];
}

/** Questions whose answers offer suggested actions, the longest labels first among them. */
const ASKED = [
  { question: 'how do I report a crime?', mentions: 'report' },
  { question: 'is Woodford staying open?', mentions: 'Woodford' },
  { question: 'which is open longer on saturday, lewisham or bromley?', mentions: 'Lewisham' },
];

async function suggestedActionGeometry(page: Page): Promise<{ viewport: Rect; buttons: ButtonGeometry[] }> {
  return page.evaluate(`(() => {
    const rect = (r) => ({ left: r.left, top: r.top, right: r.right, bottom: r.bottom });
    const buttons = [...document.querySelectorAll(${JSON.stringify(BUTTONS)})].map((button) => {
      const text = button.querySelector('.webchat__suggested-action__text') || button;
      const r = text.getBoundingClientRect();
      const y = (r.top + r.bottom) / 2;
      const coveredBy = [];
      for (const x of [r.left + 1, (r.left + r.right) / 2, r.right - 1]) {
        const top = document.elementFromPoint(x, y);
        if (top && !button.contains(top)) coveredBy.push(top.className || top.tagName);
      }
      return {
        label: text.textContent,
        button: rect(button.getBoundingClientRect()),
        text: rect(r),
        truncated: text.scrollWidth > text.clientWidth + 1 || text.scrollHeight > text.clientHeight + 1,
        coveredBy,
      };
    });
    return { viewport: { left: 0, top: 0, right: window.innerWidth, bottom: window.innerHeight }, buttons };
  })()`);
}

/** Waits until the suggested actions have appeared and stopped moving. */
async function settledSuggestions(page: Page): Promise<{ viewport: Rect; buttons: ButtonGeometry[] }> {
  await page.locator(BUTTONS).first().waitFor({ timeout: 30_000 });
  let previous = '';
  for (let attempt = 0; attempt < 20; attempt++) {
    const geometry = await suggestedActionGeometry(page);
    const now = JSON.stringify(geometry);
    if (now === previous) return geometry;
    previous = now;
    await sleep(250);
  }
  return suggestedActionGeometry(page);
}

function expectInside(inner: Rect, outer: Rect, what: string): void {
  expect(inner.left, `${what}: left edge`).to.be.at.least(outer.left - 0.5);
  expect(inner.right, `${what}: right edge`).to.be.at.most(outer.right + 0.5);
  expect(inner.top, `${what}: top edge`).to.be.at.least(outer.top - 0.5);
  expect(inner.bottom, `${what}: bottom edge`).to.be.at.most(outer.bottom + 0.5);
}

describeInBrowser('Suggested actions in Web Chat', () => {
  const suite = withStationDeskInChromium();

  for (const [size, viewport] of [['phone', PHONE], ['desktop', DESKTOP]] as const) {
    it(`shows every button's label whole, with nothing over it (${size}, ${viewport.width}x${viewport.height})`, async () => {
      const page = await openChat(suite, viewport);
      for (const [i, { question, mentions }] of ASKED.entries()) {
        await waitForBotReply(page, await ask(page, question), mentions);
        const { viewport: window, buttons } = await settledSuggestions(page);
        expect(buttons.length, `suggested actions after "${question}"`).to.be.within(1, 3);
        for (const b of buttons) {
          const what = `"${b.label}" after "${question}"`;
          expect(b.label.trim(), what).to.not.equal('');
          expectInside(b.text, b.button, `${what}: label inside its button`);
          expectInside(b.button, window, `${what}: button inside the window`);
          expect(b.truncated, `${what}: label cut short`).to.equal(false);
          expect(b.coveredBy, `${what}: label covered`).to.deep.equal([]);
        }
        await page.screenshot({ path: path.join(resultsDir, `suggested-actions-${size}-${i + 1}.png`) });
      }
      await page.close();
    });
  }
});
