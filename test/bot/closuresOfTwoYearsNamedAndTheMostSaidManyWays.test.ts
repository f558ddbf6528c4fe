/**
 * Closures asked of two past years joined by "and", and "when did most close", through the real bot. Two years apart
 * ("what closed in 2017 and 2026") are each answered, not every closure between them; two years next to each other stay
 * one span; years ahead ask what is planned. "When did most of them close" and "which year saw the most ... in south
 * london" count closures by year, as "which year had the most closures" does. From data/: 36 closures in 2017 under the
 * 2017 strategy, ten on 28 February 2026; the year with the most closures is 2017.
 */
import { expect } from 'chai';
import { Conversation, firstLineOf } from './harness';

const ask = async (say: string) => new Conversation().askText(say);

describe('closures of two years named with "and", said many ways: each year answered', () => {
  for (const say of ['what closed in 2017 and 2026', 'which stations shut in 2017 and in 2026', 'police station closures 2017 and 2026 please', 'what front counters closed in 2017 and also 2026']) {
    it(`${say}: 2017's closures, then 2026's`, async () => {
      const reply = await ask(say);
      expect(firstLineOf(reply)).to.match(/^36 front counters closed in 2017\b/);
      expect(reply).to.match(/front counters closed on 28 February 2026/);
      expect(reply).to.not.match(/between July 2017 and/);
    });
  }
  it('which police stations were shut down in 2017 and 2025 in south london: each year, in that part', async () => {
    const reply = await ask('which police stations were shut down in 2017 and 2025 in south london');
    expect(firstLineOf(reply)).to.match(/^\d+ front counters in South London closed in 2017\b/);
    expect(reply).to.match(/in South London closed in 2025|South London closed on 28 February 2026/);
  });

  describe('controls', () => {
    it('two years next to each other stay one span', async () => {
      expect(firstLineOf(await ask('which stations closed in 2020 and 2021'))).to.match(/closed between 2020 and/);
    });
    it('two years compared are counted', async () => {
      expect(firstLineOf(await ask('compare closures in 2017 and 2025'))).to.match(/^More front counters closed in 2017 \(36\) than in 2025/);
    });
    it('years ahead ask what is planned', async () => {
      expect(firstLineOf(await ask('any closures planned for 2027 and 2029'))).to.match(/decided or proposed/);
    });
  });
});

describe('"when did most close" said many ways: closures counted by year', () => {
  for (const say of ['when did most of the closures happen', 'when did the most stations close', 'when were most police stations shut down', 'which year saw the most closures']) {
    it(say, async () => {
      expect(firstLineOf(await ask(say))).to.match(/^The most front counters closed in 2017: 36\b/);
    });
  }
  it('which year saw the most front counters shut in south london: counted there', async () => {
    expect(firstLineOf(await ask('which year saw the most front counters shut in south london'))).to.match(/^The most front counters in South London closed in \d{4}: \d+/);
  });
  it('control: "which stations closed in south london" stays the list', async () => {
    expect(firstLineOf(await ask('which stations closed in south london'))).to.match(/^\d+ front counters in South London closed between/);
  });
  it('control: "what were the closures" stays the list', async () => {
    expect(firstLineOf(await ask('what were the closures'))).to.match(/front counters closed between July 2017/);
  });
});
