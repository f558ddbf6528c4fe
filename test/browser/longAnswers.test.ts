/**
 * A new answer is read from its top: when an answer taller than the
 * transcript arrives, Web Chat stops scrolling with the answer's first line
 * in view instead of scrolling past it to the buttons at its end. Checked by
 * geometry at phone and desktop size, with screenshots in test-results/ of the
 * answers residents ask most (the three examples, at phone size).
 *
 * STATIONDESK_REFRESH_SCREENSHOTS=1 (npm run screenshots) also copies the
 * Woodford answer to docs/screenshots/, the picture the README shows.
 */
import { copyFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { expect } from 'chai';
import type { Page } from 'playwright-core';
import {
  ask,
  describeInBrowser,
  DESKTOP,
  latestBotMessageInTranscript,
  openChat,
  PHONE,
  repoRoot,
  resultsDir,
  waitForBotReply,
  withStationDeskInChromium,
} from './fixtures';

/** A list answer: long on any screen, whatever the wording of its entries. */
const LONG_ANSWER = { question: 'which police stations closed in 2017?', mentions: 'Fulham' };

const README_SCREENSHOT = path.join(repoRoot, 'docs', 'screenshots', 'woodford-phone.png');

/** The top of the latest bot message is inside the transcript's visible area. */
async function expectLatestAnswerReadFromItsTop(page: Page, mustBeLong: boolean): Promise<void> {
  const { message, transcript } = await latestBotMessageInTranscript(page);
  if (mustBeLong) {
    expect(message.bottom - message.top, 'the answer is taller than the transcript (else this checks nothing)').to.be.above(transcript.bottom - transcript.top);
  }
  expect(message.top, "the answer's top is not scrolled out of view above").to.be.at.least(transcript.top - 1);
  expect(message.top, "the answer's top is not still below the fold").to.be.below(transcript.bottom - 40);
}

describeInBrowser('Long answers in Web Chat', () => {
  const suite = withStationDeskInChromium();

  for (const [size, viewport] of [['phone', PHONE], ['desktop', DESKTOP]] as const) {
    it(`stops at the top of a long new answer, after earlier ones (${size}, ${viewport.width}x${viewport.height})`, async () => {
      const page = await openChat(suite, viewport);
      // An earlier exchange, so the transcript is already scrolled when the long answer comes.
      await waitForBotReply(page, await ask(page, 'is Woodford staying open?'), 'Woodford');
      await waitForBotReply(page, await ask(page, LONG_ANSWER.question), LONG_ANSWER.mentions);
      await expectLatestAnswerReadFromItsTop(page, true);
      await page.screenshot({ path: path.join(resultsDir, `long-answer-${size}.png`) });
      await page.close();
    });
  }

  const examples = [
    { question: 'is Woodford staying open?', mentions: 'Woodford', file: 'answer-woodford-phone.png' },
    { question: 'what time does Ilford open on Sunday?', mentions: 'Ilford', file: 'answer-ilford-sunday-phone.png' },
    { question: 'nearest 24 hour station to IG8 0SB', mentions: 'Charing Cross', file: 'answer-nearest-24h-ig8-phone.png' },
  ];
  it('shows the three example answers from their top at phone size (screenshots in test-results/)', async () => {
    const page = await openChat(suite, PHONE);
    for (const example of examples) {
      await waitForBotReply(page, await ask(page, example.question), example.mentions);
      await expectLatestAnswerReadFromItsTop(page, false);
      await page.screenshot({ path: path.join(resultsDir, example.file) });
    }
    await page.close();
    if (process.env.STATIONDESK_REFRESH_SCREENSHOTS === '1') {
      mkdirSync(path.dirname(README_SCREENSHOT), { recursive: true });
      copyFileSync(path.join(resultsDir, examples[0].file), README_SCREENSHOT);
    }
  });
});
