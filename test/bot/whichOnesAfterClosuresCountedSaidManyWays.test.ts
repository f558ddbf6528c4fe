/**
 * "Which ones?" after closures counted by year or by borough, through the real bot: after the year (or borough) with the
 * most, that year's (or borough's) closures named, not the counts again; after the counts of each, every closure named.
 * In data/ the calendar year with the most closures is 2017 and the borough whose counters closed most often is
 * Westminster (both as the bot counts them when asked alone, the first control).
 */
import { expect } from 'chai';
import { Conversation, firstLineOf } from './harness';

const THE_COUNTS_AGAIN = /^(?:The most front counters|Front counter closures by|[A-Z][a-z ]+ lost the most)/;

async function afterwards(first: string, then: string): Promise<string> {
  const c = new Conversation();
  await c.askText(first);
  return firstLineOf(await c.askText(then));
}

describe('"which ones?" after closures counted, said many ways: the closures named', () => {
  for (const [first, then] of [
    ['which year had the most closures', 'which ones'],
    ['what year did the most police stations close', 'which were they'],
    ['in which year did most front counters shut', 'name them'],
    ['which year was worst for police station closures', 'list them'],
  ] as const) {
    it(`${first} -> ${then}: that year's closures`, async () => {
      const line = await afterwards(first, then);
      expect(line).to.match(/^\d+ front counters closed in 2017\b/);
      expect(line).to.not.match(THE_COUNTS_AGAIN);
    });
  }

  for (const [first, then] of [
    ['which borough lost the most police stations', 'which ones were they'],
    ['which borough has lost the most front counters', 'list them'],
  ] as const) {
    it(`${first} -> ${then}: that borough's closures`, async () => {
      const line = await afterwards(first, then);
      expect(line).to.match(/front counters in Westminster closed\b/);
      expect(line).to.not.match(THE_COUNTS_AGAIN);
    });
  }

  for (const [first, then] of [
    ['how many closed each year', 'which ones'],
    ['how many counters closed in each borough', 'which were they'],
  ] as const) {
    it(`${first} -> ${then}: every closure`, async () => {
      const line = await afterwards(first, then);
      expect(line).to.match(/^\d+ front counters closed between July 2017 and /);
    });
  }

  describe('controls', () => {
    it('which year had the most closures, asked alone: the counts', async () => {
      expect(firstLineOf(await new Conversation().askText('which year had the most closures'))).to.match(/^The most front counters closed in 2017: \d+/);
    });
    it('"how many?" after the year with the most: the counts again', async () => {
      expect(await afterwards('which year had the most closures', 'how many')).to.match(THE_COUNTS_AGAIN);
    });
    it('"which closed more, 2017 or 2026" -> "which ones": each year named, as before', async () => {
      expect(await afterwards('which closed more, 2017 or 2026', 'which ones')).to.match(/2017/);
    });
  });
});
