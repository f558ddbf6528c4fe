/**
 * A deployment with MicrosoftAppId but no DIRECTLINE_SECRET has no way for the
 * page to reach the bot. The process says so when it starts, and the page says
 * so to whoever opens it: what to do instead, and what the operator must set.
 */
import path from 'node:path';
import { expect } from 'chai';
import { PAGE_CANNOT_CHAT } from '../../src/http/pageDirectLine';
import { axeViolations } from './axe';
import { describeInBrowser, PHONE, resultsDir, withStationDeskInChromium } from './fixtures';

describeInBrowser('Web Chat page when the deployment cannot chat (app id, no Direct Line secret)', () => {
  const suite = withStationDeskInChromium(() => ({
    MicrosoftAppId: '00000000-0000-4000-8000-0000000000aa',
    MicrosoftAppPassword: 'not-a-real-password',
    DIRECTLINE_SECRET: '',
  }));

  it('warns in the start-up log, naming both settings', () => {
    const warning = suite.stationDesk.logs.find((entry) => entry.msg === PAGE_CANNOT_CHAT);
    expect(warning, 'a start-up warning').to.not.equal(undefined);
    expect(warning!.level).to.equal('warn');
    expect(String(warning!.msg)).to.contain('MicrosoftAppId').and.contain('DIRECTLINE_SECRET');
  });

  it('tells visitors the chat is not connected and where else to go, and the operator what to set', async () => {
    const page = await suite.chrome.newPage(PHONE);
    await page.goto(`${suite.stationDesk.baseUrl}/`);
    const notice = page.getByRole('alert');
    await notice.waitFor({ timeout: 20_000 });
    const text = await notice.innerText();
    expect(text).to.match(/not connected/i);
    expect(text).to.contain('101').and.contain('999');
    expect(text).to.contain('DIRECTLINE_SECRET').and.contain('MicrosoftAppId').and.contain('Direct Line channel');
    // Not Web Chat's endless "Connecting…", and not a generic "try again later".
    expect(await page.locator('.webchat__bubble').count()).to.equal(0);
    expect(text).to.not.match(/reload/i);
    expect(await axeViolations(page)).to.deep.equal([]);
    await page.screenshot({ path: path.join(resultsDir, 'not-connected-phone.png') });
    await page.close();
  });
});
