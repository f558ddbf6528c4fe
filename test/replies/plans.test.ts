import { expect } from 'chai';
import { readAll, render } from './replyChecks';
import { THURSDAY_AFTERNOON, plansAnswer } from './realAnswers';

describe('replies: plans and reasons (real data)', () => {
  it('why: budget and usage figures from the 2025 and 2017 plans, most recent first, with sources', () => {
    const reply = render(plansAnswer('why', THURSDAY_AFTERNOON), 'msteams');
    const text = readAll(reply);
    expect(text).to.contain('£260m funding gap');
    expect(text).to.contain('About 5% of crimes are reported at front counters');
    expect(text).to.contain('save £8m a year');
    expect(text.indexOf('2025–26')).to.be.lessThan(text.indexOf('2017 (Mayor Sadiq Khan)'));
    expect(text).to.match(/^Sources\n\[[^\]]+\]\(https:\/\//m);
    expect(reply.suggestedActions).to.not.include('Why did counters close?');
  });

  it('the 2017 plan: who, when proposed and decided, what it did, in pounds', () => {
    const reply = render(plansAnswer('2017-public-access-strategy', THURSDAY_AFTERNOON));
    const text = readAll(reply);
    expect(text).to.contain('2017 Public Access Strategy (MOPAC)');
    expect(text).to.contain('Proposed July 2017; decided 31 October 2017.');
    expect(text).to.contain('£165m');
    expect(text).to.not.contain('GBP');
    expect(JSON.stringify(reply.card)).to.contain('"title":"Decided","value":"31 October 2017"');
  });

  it('how many are left: the counts as of the date', () => {
    const answer = plansAnswer('how-many-left', THURSDAY_AFTERNOON);
    const text = readAll(render(answer));
    expect(text).to.contain(`${answer.openCount} front counters are open in London now; two of them are open 24 hours a day.`);
    expect(text).to.contain('As of 26 November 2026');
    expect(answer.openCount).to.equal(27);
  });

  it('all plans: the three, newest first', () => {
    const text = readAll(render(plansAnswer('general', THURSDAY_AFTERNOON)));
    const at = (s: string) => text.indexOf(s);
    expect(at('2025 front counter review')).to.be.greaterThan(-1);
    expect(at('2025 front counter review')).to.be.lessThan(at('2017 Public Access Strategy'));
    expect(at('2017 Public Access Strategy')).to.be.lessThan(at('2013 Police and Crime Plan'));
  });
});
