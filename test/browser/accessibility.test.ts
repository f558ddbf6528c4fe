/**
 * Accessibility of the page with a real answer on it: axe-core (injected into
 * the page, as its own documentation shows) finds no violations at phone or
 * desktop size, and a card's buttons, reached with the keyboard alone, show a
 * focus ring anyone can see: solid, at least 2 px, at least 3:1 against the card.
 */
import { expect } from 'chai';
import type { Page } from 'playwright-core';
import { axeViolations } from './axe';
import { ask, DESKTOP, describeInBrowser, openChat, PHONE, waitForBotReply, withStationDeskInChromium } from './fixtures';

/** WCAG relative luminance contrast between two computed rgb() colours. */
function contrast(first: string, second: string): number {
  const luminance = (color: string) => {
    const [r, g, b] = (color.match(/[\d.]+/g) ?? []).slice(0, 3).map((value) => {
      const channel = Number(value) / 255;
      return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const [lighter, darker] = [luminance(first), luminance(second)].sort((a, b) => b - a);
  return (lighter + 0.05) / (darker + 0.05);
}

interface FocusStyle {
  className: string;
  focusVisible: boolean;
  outlineStyle: string;
  outlineWidth: number;
  outlineColor: string;
  /** The button's own background (the ring is drawn just inside its edge) and the one it sits on. */
  buttonBackground: string;
  cardBackground: string;
}

function focusedElementStyle(page: Page): Promise<FocusStyle> {
  return page.evaluate<FocusStyle>(`(() => {
    const element = document.activeElement;
    const style = getComputedStyle(element);
    // What the ring is seen against: the first painted background around the button.
    let around = element.parentElement;
    const unpainted = (color) => color === 'transparent' || (color.startsWith('rgba') && color.endsWith(', 0)'));
    while (around && unpainted(getComputedStyle(around).backgroundColor)) around = around.parentElement;
    return {
      className: String(element.className),
      focusVisible: element.matches(':focus-visible'),
      outlineStyle: style.outlineStyle,
      outlineWidth: parseFloat(style.outlineWidth),
      outlineColor: style.outlineColor,
      buttonBackground: style.backgroundColor,
      cardBackground: around ? getComputedStyle(around).backgroundColor : 'rgb(255, 255, 255)',
    };
  })()`);
}

describeInBrowser('Accessibility of the Web Chat page', () => {
  const suite = withStationDeskInChromium();

  it('has no axe-core violations with an answer card on screen, at phone and desktop size', async () => {
    const page = await openChat(suite, PHONE);
    await waitForBotReply(page, await ask(page, 'is Woodford staying open?'), 'Woodford');
    await page.locator('.ac-adaptiveCard').first().waitFor();
    expect(await axeViolations(page), 'phone').to.deep.equal([]);
    await page.setViewportSize(DESKTOP);
    expect(await axeViolations(page), 'desktop').to.deep.equal([]);
    await page.close();
  });

  it('shows a clearly visible focus ring on card buttons reached with the keyboard', async () => {
    const page = await openChat(suite, PHONE);
    await waitForBotReply(page, await ask(page, 'is Woodford staying open?'), 'Woodford');
    await page.locator('.ac-adaptiveCard .ac-pushButton').first().waitFor();
    // Keyboard only: back from the send box into the transcript, to the latest
    // answer (End), into it (Enter), then Tab through its links and buttons.
    let reached: FocusStyle | undefined;
    for (let presses = 0; presses < 12 && !(await focusedElementStyle(page)).className.includes('webchat__basic-transcript '); presses++) {
      await page.keyboard.press('Shift+Tab');
    }
    expect((await focusedElementStyle(page)).className, 'Shift+Tab reaches the transcript').to.contain('webchat__basic-transcript ');
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    for (let presses = 0; presses < 15; presses++) {
      const focused = await focusedElementStyle(page);
      if (focused.className.includes('ac-pushButton')) {
        reached = focused;
        break;
      }
      await page.keyboard.press('Tab');
    }
    expect(reached, 'Tab reaches a card button').to.not.equal(undefined);
    expect(reached!.focusVisible).to.equal(true);
    expect(reached!.outlineStyle).to.equal('solid');
    expect(reached!.outlineWidth).to.be.at.least(2);
    expect(contrast(reached!.outlineColor, reached!.buttonBackground)).to.be.at.least(3);
    expect(contrast(reached!.outlineColor, reached!.cardBackground)).to.be.at.least(3);
    await page.close();
  });
});
