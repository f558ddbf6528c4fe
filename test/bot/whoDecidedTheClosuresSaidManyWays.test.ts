/**
 * Who decided the closures, asked many ways: the latest plan's deciding body first (plans.csv `body`), with its
 * date, then the earlier plans' bodies. A counter named keeps its own history ("who closed wimbledon").
 */
import { expect } from 'chai';
import { Conversation, itAnswersFirst, knowledge } from './harness';

const LATEST = /^The latest closures, under the 2025 front counter review \(Met\), were decided on 15 October 2025 by MPS \(operational decision; supported by the Mayor and MOPAC\)\./;

describe('who decided the closures', () => {
  describe('the latest plan\'s deciding body first', () => {
    itAnswersFirst(
      [
        ['who decided to close the police stations', LATEST],
        ['who decides which stations close', LATEST],
        ['whose decision was it to shut the front counters?', LATEST],
        ['is it the mayor closing police stations', LATEST],
        ['who is responsible for the front counter closures', LATEST],
        ['who signed off on closing the police counters', LATEST],
        // When the closures were decided: the same answer, which dates each decision.
        ['when were the closures decided', LATEST],
        ['when was it decided to close the police stations?', LATEST],
      ],
      { understood: true },
    );
  });

  it('then every earlier plan with its own body, from the data', async () => {
    const text = await new Conversation().ask('who decided to close the police stations');
    for (const plan of knowledge.data.plans) expect(text).to.contain(plan.body.replace(/[.\s]+$/, ''));
  });

  describe('a counter named keeps its history, the decision dated', () => {
    itAnswersFirst(
      [
        ['who closed wimbledon police station', /^The front counter at \*\*Wimbledon Police Station\*\* closed on 28 February 2026/],
        ['when was the closure of chingford announced', /^The front counter at \*\*Chingford Police Station\*\* closed on 28 February 2026 under the 2025 front counter review \(Met\), decided on 15 October 2025\./],
      ],
      { understood: true },
    );
  });

  it('"when was that decided" after a counter that closed: its closure, decided when', async () => {
    const c = new Conversation();
    await c.askText('is wimbledon open');
    expect(await c.askText('when was that decided')).to.match(/^The front counter at \*\*Wimbledon Police Station\*\* closed on 28 February 2026 under the 2025 front counter review \(Met\), decided on 15 October 2025\./);
  });
});
