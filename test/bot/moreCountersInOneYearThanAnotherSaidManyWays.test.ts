/**
 * "Were there more stations in 2018 than 2024?": two years gone by weighed, so each year's count is given (not the
 * first year's against now). Said with now, today or nowadays, it stays then against now; danger still leads with 999.
 */
import { expect } from 'chai';
import { Conversation, firstLineOf } from './harness';

async function first(say: string): Promise<string> {
  return firstLineOf(await new Conversation().askText(say));
}

const TWO_YEARS = /^London had \d+ front counters open on 1 July (\d{4}) \(the middle of \1\) and \d+ on 1 July (\d{4}) \(the middle of \2\): /;

const SAID: [string, string, string][] = [
  ['were there more stations in 2018 than 2024?', '2018', '2024'],
  ['were there fewer counters in 2019 than in 2022', '2019', '2022'],
  ['were there more police stations in 2017 than 2020', '2017', '2020'],
  ['did london have more front counters in 2018 than in 2021', '2018', '2021'],
  ['were there more front desks in 2017 than 2019?', '2017', '2019'],
  ['were there more counters in 2021 than in 2023', '2021', '2023'],
];

describe('more counters in one year than another, said many ways', function () {
  this.timeout(120_000);

  for (const [say, a, b] of SAID) {
    it(`"${say}": each year's count`, async () => {
      const line = await first(say);
      expect(line, say).to.match(TWO_YEARS);
      expect(TWO_YEARS.exec(line)!.slice(1, 3), say).to.deep.equal([a, b]);
    });
  }

  it('said against now, it stays then against now', async () => {
    for (const say of ['were there more police stations in 2017 than now', 'were there more stations in 2017 than today']) {
      expect(await first(say), say).to.match(/^Yes: London had 73 front counters open on 1 July 2017 \(the middle of 2017\); 27 are open now/);
    }
  });

  it('danger with the same words still leads with 999', async () => {
    expect(await first('were there more stations in 2018 than 2024, someone is trying to break in now')).to.match(/999/);
  });
});
