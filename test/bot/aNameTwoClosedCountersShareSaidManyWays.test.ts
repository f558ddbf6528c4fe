/**
 * When a counter closed, asked by a name two closed counters share ("what year did walthamstow close": the Town
 * Centre office, closed in 2017, and the old station, closed in 2011): both, each with its date, where it answered
 * for one of them only. A name one counter has, or an open counter, keeps its answer. Through the bot.
 */
import { expect } from 'chai';
import { expect999First } from './call999First';
import { Conversation } from './harness';

const firstTwoLines = (text: string) => text.split('\n').slice(0, 2).join('\n');

describe('a name two closed counters share, asked when it closed', function () {
  this.timeout(60_000);
  for (const say of ['what year did walthamstow close', 'when did walthamstow police station close', 'when was walthamstow closed down', 'which year did walthamstow shut']) {
    it(`${say}: both Walthamstow counters, each with its year`, async () => {
      const lines = firstTwoLines(await new Conversation().askText(say));
      expect(lines).to.match(/\*\*Walthamstow Town Centre Police Office\*\* closed on 14 December 2017/);
      expect(lines).to.match(/\*\*Walthamstow Police Station \(former\)\*\* closed in 2011/);
    });
  }
  for (const say of ['when did barking close', 'what year did barking police station shut']) {
    it(`${say}: both Barking counters`, async () => {
      const lines = firstTwoLines(await new Conversation().askText(say));
      expect(lines).to.match(/\*\*Barking Learning Centre police front counter\*\* closed on 28 February 2026/);
      expect(lines).to.match(/\*\*Barking Police Station \(former town-centre station\)\*\* closed around December 2013/);
    });
  }
  for (const [say, expected] of [
    ['when did wimbledon close', /^The front counter at \*\*Wimbledon Police Station\*\* closed on 28 February 2026[^\n]*\n(?!The front counter)/],
    ['when did hammersmith close', /^The front counter at \*\*Hammersmith Police Station\*\* has not closed/],
    ['when did the walthamstow town centre police office close', /^The front counter at \*\*Walthamstow Town Centre Police Office\*\* closed on 14 December 2017[^\n]*\n(?!The front counter)/],
  ] as const) {
    it(`${say}: one counter, unchanged`, async () => expect(await new Conversation().askText(say)).to.match(expected));
  }
});

describe('danger told the same way still leads with 999', () => {
  for (const say of ['what year did walthamstow close, someone is following me']) {
    it(say, async () => expect999First(await new Conversation().say(say), say));
  }
});
