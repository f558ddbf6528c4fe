/**
 * What lies ahead for one counter, asked without a yes or no ("what's happening to stratford police station", "what's
 * the future of it", "any plans for it"): its status first, then a closure a source reports outside any plan (the
 * estates strategy of 18 Dec 2025 for Stratford, events.csv) or one proposed, where there is one. "Happening" and
 * "future" are everyday words, never names of counters to compare ("whats happening with holloway" answers Holloway
 * alone). Past-tense plans stay the counter's history.
 */
import { expect } from 'chai';
import { Conversation, firstLineOf } from './harness';

const ESTATES = /But a source of 18 December 2025 says: Estates strategy: Stratford station to close once officers move into the redeveloped Forest Gate; date not given\./;

describe("a counter's future asked without a yes or no", function () {
  this.timeout(120_000);
  for (const say of [
    "what's happening to stratford police station",
    'whats going on with stratford police station',
    "what's the future of stratford police station",
    'any plans for stratford police station',
    'what are the plans for stratford police station?',
    'future plans for stratford nick',
  ]) {
    it(say, async () => {
      const text = await new Conversation().askText(say);
      expect(firstLineOf(text), say).to.match(/^The front counter at \*\*Stratford Police Station\*\* is open: Mon–Fri 10:00–22:00; Sat–Sun 09:00–19:00\.$/);
      expect(text, say).to.match(ESTATES);
    });
  }

  for (const [say, first] of [
    ['whats happening with holloway police station', /^The front counter at \*\*Holloway Police Station\*\* closed on 30 November 2020\.$/],
    ["what's happening to brixton police station", /^The front counter at \*\*Brixton Police Station\*\* is open/],
    ['what are the plans for kilburn police station', /^The front counter at \*\*Kilburn Police Station\*\* closed on 14 December 2017\.$/],
  ] as const) {
    it(`${say}: its status, nothing reported ahead`, async () => {
      const text = await new Conversation().askText(say);
      expect(firstLineOf(text), say).to.match(first);
      expect(text, say).to.not.match(/a front counter called|But a source of/);
    });
  }

  it('"is stratford closed?" asks a state, not the future: no report ahead in its first lines', async () => {
    const text = await new Conversation().askText('is stratford police station closed?');
    expect(firstLineOf(text)).to.match(/^No\b/);
  });
});
