/**
 * A calendar year asked with no closure dated in it, where the data has closures known only "by" a date in it ("which
 * counters closed last year", in 2026: 2025, when Marlowe House (Sidcup) and Paddington Green had closed by 6 August
 * 2025, dates unknown): they are said beside the "none" (was: "No front counter closed in 2025, as far as my sources
 * show", which hid them). Controls: a year with none at all is still "none"; a year with a dated closure lists it.
 */
import { expect } from 'chai';
import { Conversation } from './harness';

const BY_A_DATE = /^My sources date no front counter closure in 2025 itself \(Marlowe House \(Sidcup\) and Paddington Green had closed by 6 August 2025, on dates they do not give\)/;

describe('A year with closures known only by a date in it: said beside the none', () => {
  for (const say of ['which counters closed last year', 'did any front counters shut last year?', 'what police stations closed last year', 'any station closures last year?']) {
    it(say, async () => expect(await new Conversation().askText(say)).to.match(BY_A_DATE));
  }
});

describe('Controls', () => {
  it('a year with none at all', async () => expect(await new Conversation().askText('what closed in 2019')).to.match(/^No front counter closed in 2019, as far as my sources show\./));
  it('a year with a dated closure', async () => expect(await new Conversation().askText('did any police stations close in 2024')).to.match(/^Yes: one front counter closed on 6 March 2024: Forest Gate\./));
});
