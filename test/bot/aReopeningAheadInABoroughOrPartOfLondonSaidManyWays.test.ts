/**
 * A reopening ahead asked of a borough or part of London, not of one counter ("will richmond get a police station
 * back", "any plans to reopen police stations in richmond", "will they bring back a police station in waltham
 * forest", "will police stations reopen in south london"): whether any counter there is due to reopen, as far as the
 * sources show, named first, then what the sources said of a reopening there, or how many counters are open there now.
 * Where it gave the nearest counter, or the borough's counters with no word of a reopening. "Will wood green reopen"
 * stays that counter's; asked of all London, as before. Through the bot.
 */
import { expect } from 'chai';
import { FrontCounterKnowledge } from '../../src/stations';
import { Conversation, firstLineOf, itAnswersFirst, knowledge, THURSDAY_AFTERNOON } from './harness';

const noneIn = (where: string) => new RegExp(`^No front counter in ${where} is due to reopen, as far as my sources show \\(my latest source is from \\d+ \\w+ \\d{4}\\)\\.$`);

describe('a reopening ahead in a borough or part of London: whether any is due there, first', () => {
  itAnswersFirst(
    [
      ['will richmond get a police station back', noneIn('Richmond upon Thames')],
      ['will richmond upon thames get a police station back', noneIn('Richmond upon Thames')],
      ['any plans to reopen police stations in richmond', noneIn('Richmond upon Thames')],
      ['are they going to reopen a police station in richmond', noneIn('Richmond upon Thames')],
      ['will they bring back a police station in waltham forest', noneIn('Waltham Forest')],
      ['is waltham forest getting its police station back', noneIn('Waltham Forest')],
      ['will we get a police station in haringey again', noneIn('Haringey')],
      ['are they planning to restore a front counter in merton', noneIn('Merton')],
      ['any plans to reopen police stations in north london', noneIn('North London')],
      ['will police stations reopen in south london', noneIn('South London')],
    ],
    { understood: true },
  );

  it('then what the sources said of a reopening there (Haringey: Wood Green left out of the revised plan), or the counters open there', async () => {
    expect(await new Conversation().askText('will we get a police station in haringey again')).to.match(/15 October 2025: Wood Green Police Station reopening not included in the revised plan/);
    expect(await new Conversation().askText('will richmond get a police station back')).to.match(/\nNo front counter is open in Richmond upon Thames now\./);
    expect(await new Conversation().askText('will police stations reopen in south london')).to.match(/\n\w+ front counters are open in South London now\./);
    expect(await new Conversation().askText('will police stations reopen in south london')).to.not.match(/Wood Green/);
  });

  it('a reopening decided in the borough leads (a copy of the data with Twickenham due to reopen)', async function () {
    this.timeout(30_000);
    const data = structuredClone(knowledge.data);
    const plan = { ...data.plans.at(-1)!, id: 'test-2026-plan', proposedOn: '2026-09-01', decidedOn: '2026-10-01' };
    data.plans.push(plan);
    const last = data.events.filter((e) => e.stationId === 'twickenham').at(-1)!;
    const row = { ...last, datePrecision: 'day', dateQualifier: 'on', planId: plan.id, conflict: false } as const;
    data.events.push({ ...row, id: 'ev-99996', date: '2026-10-01', kind: 'decided-retain-24h', value: 'reopen as a 24/7 counter' });
    data.events.push({ ...row, id: 'ev-99997', date: '2027-03-01', kind: 'opened', value: 'front counter to reopen' });
    const copy = new FrontCounterKnowledge(data);
    const text = await new Conversation('webchat', THURSDAY_AFTERNOON, 'personal', undefined, copy).askText('will richmond get a police station back');
    expect(firstLineOf(text)).to.match(/^One front counter in Richmond upon Thames is due to open: \*\*Twickenham\*\* \(1 March 2027\)\.$/);
  });
});

describe('controls: one counter, the past, or all London', () => {
  itAnswersFirst([
    ['will wood green reopen', /^My sources show no plan to reopen the front counter at \*\*Wood Green police front counter \(Fishmongers Arms\)\*\*: it closed on 14 December 2017/],
    ['is richmond reopening', /^My sources show no plan to reopen the front counter at \*\*Richmond \(Sovereign Gate\) police front counter\*\*: it closed on 14 December 2017/],
    ['did they reopen a police station in richmond', /^The front counter at \*\*Richmond \(Sovereign Gate\) police front counter\*\* closed/],
    ['any plans to reopen police stations', /^No front counter is due to reopen, and no return to 24-hour opening is planned, as far as my sources show/],
  ]);
});
