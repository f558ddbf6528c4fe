/**
 * A reopening asked of what is to come ("is wood green reopening?", "are they bringing back wood green police
 * station", "will chingford ever reopen", "will wimbledon police station reopen"): whether a reopening is planned leads
 * ("My sources show no plan to reopen ...: it closed on ..."; was: "closed on ..., and has not reopened", which answers
 * when it reopened, not whether it will), with any reopening proposed or dropped since (Wood Green's, proposed in August
 * 2025 and left out of the October 2025 plan), and the sources' disagreement where they disagree (Woodford). An open
 * counter says there is no reopening to come. Control: "when did wimbledon reopen" keeps "has not reopened".
 */
import { expect } from 'chai';
import { Conversation, itAnswersFirst, itAnswersLast } from './harness';

describe('a reopening ahead, asked of a counter', () => {
  itAnswersFirst(
    [
      ['is wood green reopening', /^My sources show no plan to reopen the front counter at \*\*Wood Green police front counter \(Fishmongers Arms\)\*\*: it closed on 14 December 2017\./],
      ['are they bringing back wood green police station?', /^My sources show no plan to reopen the front counter at \*\*Wood Green police front counter \(Fishmongers Arms\)\*\*: it closed on 14 December 2017\./],
      ['will chingford ever reopen', /^My sources show no plan to reopen the front counter at \*\*Chingford Police Station\*\*: it closed on 28 February 2026\./],
      ['is the counter at mitcham going to open again', /^My sources show no plan to reopen the front counter at \*\*Mitcham Police Station\*\*: it closed on 28 February 2026\./],
      ['will wimbledon police station reopen', /^My sources show no plan to reopen the front counter at \*\*Wimbledon Police Station\*\*: it closed on 28 February 2026\./],
      ['would they ever reopen kensington police station', /^My sources show no plan to reopen the front counter at \*\*Kensington Police Station\*\*: it closed on 28 February 2026\./],
      ['will barkingside reopen', /^My sources show no plan to reopen the front counter at \*\*Barkingside Police Station\*\*: it closed around March 2021/],
      ['is brixton reopening', /^The front counter at \*\*Brixton Police Station\*\* is open, so there is no reopening to come\./],
    ],
    { understood: true },
  );

  itAnswersLast([[['is wimbledon open', 'will it reopen'], /^My sources show no plan to reopen the front counter at \*\*Wimbledon Police Station\*\*: it closed on 28 February 2026\./]]);
  it('control: "when did wimbledon reopen" is when, not whether', async () => {
    expect(await new Conversation().askText('when did wimbledon reopen')).to.match(/^The front counter at \*\*Wimbledon Police Station\*\* closed on 28 February 2026, and has not reopened\./);
  });

  it("Wood Green's reopening, proposed and then left out of the revised plan, is said", async () => {
    expect(await new Conversation().askText('is wood green reopening')).to.match(/reopening not included in the revised plan of 27 counters/);
  });

  it("Woodford's: the sources' disagreement is said in the text, as a status answer says it", async () => {
    for (const say of ['is woodford reopening', 'when did woodford close']) {
      expect(await new Conversation().askText(say), say).to.match(/Sources disagree: a source from June 2017 gave opening hours/);
    }
  });
});
